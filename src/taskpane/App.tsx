import * as React from "react";
import {
  Body1,
  Caption1,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { StillRunningNotice, useActionState } from "./ExcelActivity";
import { format } from "./strings";
import { readWriteAs, type WriteMode } from "../excel";
import { useStrings } from "./StringsContext";
import { ErrorBoundary } from "./ErrorBoundary";
import { WriteAsContext } from "./WriteAsContext";

// Each action's panel is its own chunk, loaded when its tab is first shown: the pane opens faster.
// Made anew on a retry: React.lazy keeps a failed load's rejection.
function panels() {
  return {
    AnalyzePanel: React.lazy(() =>
      import(/* webpackChunkName: "analyze" */ "./analyze/AnalyzePanel").then((m) => ({
        default: m.AnalyzePanel,
      }))
    ),
    PeersPanel: React.lazy(() =>
      import(/* webpackChunkName: "peers" */ "./peers/PeersPanel").then((m) => ({
        default: m.PeersPanel,
      }))
    ),
  };
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  header: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
});

type TabId = "analyze" | "peers";

/** The tabs, locked while an action runs in Excel: another tab would offer other buttons. */
function ActionTabs({ tab, onSelect }: { tab: TabId; onSelect: (tab: TabId) => void }) {
  const s = useStrings();
  // Only the tabs follow the action's state: the panels do not re-render when it changes.
  const acting = useActionState() !== "idle";
  return (
    <TabList
      selectedValue={tab}
      onTabSelect={(_, d) => onSelect(d.value as TabId)}
      disabled={acting}
    >
      <Tab value="analyze">{s.tabs.analyze}</Tab>
      <Tab value="peers">{s.tabs.peers}</Tab>
    </TabList>
  );
}

export function App({
  inExcel,
  missingSets = [],
}: {
  inExcel: boolean;
  /** Requirement sets this Excel lacks, as "ExcelApi 1.7". */
  missingSets?: string[];
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId>("analyze");
  const [mode, setMode] = React.useState<WriteMode>("fin");
  const [attempt, setAttempt] = React.useState(0);
  const { AnalyzePanel, PeersPanel } = React.useMemo(panels, [attempt]);
  const writeAs = React.useMemo(() => ({ mode, setMode }), [mode]);
  React.useEffect(() => {
    // The workbook's remembered choice; FIN formulas until it is known (or if Excel can't say).
    if (inExcel) void readWriteAs().then((read) => read.ok && setMode(read.value));
  }, [inExcel]);
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{s.appTitle}</Title3>
        <Caption1>{s.appSubtitle}</Caption1>
      </header>
      {missingSets.length > 0 && (
        <Body1 as="p">{format(s.missingRequirements, { sets: missingSets.join(", ") })}</Body1>
      )}
      {inExcel ? (
        <>
          <StillRunningNotice />
          <ActionTabs tab={tab} onSelect={setTab} />
          <WriteAsContext.Provider value={writeAs}>
            <ErrorBoundary strings={s.boundary} onRetry={() => setAttempt((n) => n + 1)}>
              <React.Suspense fallback={<Spinner size="small" />}>
                {tab === "analyze" ? <AnalyzePanel /> : <PeersPanel />}
              </React.Suspense>
            </ErrorBoundary>
          </WriteAsContext.Provider>
        </>
      ) : (
        <Body1 as="p">{s.outsideExcel}</Body1>
      )}
    </main>
  );
}

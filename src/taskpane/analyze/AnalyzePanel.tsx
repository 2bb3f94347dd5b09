import * as React from "react";
import { Body1, Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { toExcelFailure } from "../../excel";
import type {
  AnalysisOptions,
  AnalysisWritten,
  ExcelFailureReason,
  FailureReason,
  Meaning,
  PlacementChoice,
  PlanFailure,
  SelectionRead,
  SheetArea,
} from "../../excel/analyze";
import { FailureBar } from "../FailureBar";
import { LazyNotice } from "../LazyNotice";
import { format } from "../strings";
import { useStrings } from "../StringsContext";
import { useWriteAs } from "../WriteAsContext";

// What FIN found and the choices appear after the first read: their controls load with them.
const AnalysisDetails = React.lazy(() =>
  import(/* webpackChunkName: "analyze-details" */ "./AnalysisDetails").then((m) => ({
    default: m.AnalysisDetails,
  }))
);

// The statement reader, the plan and their Office.js calls load on the first click, not with the pane.
type AnalyzeApi = typeof import("../../excel/analyze");
const loadApi = (): Promise<AnalyzeApi> =>
  import(/* webpackChunkName: "analyze-excel" */ "../../excel/analyze");

type Read = Extract<SelectionRead, { ok: true }>;
type Written = Extract<AnalysisWritten, { ok: true }>;
type Problem =
  | { kind: "excel"; reason: ExcelFailureReason; detail: string }
  | { kind: "read"; reason: FailureReason }
  | { kind: "plan"; reason: PlanFailure | "statementChanged" };

function covering(used: SheetArea | null, area: SheetArea): SheetArea {
  if (!used) return area;
  const row = Math.min(used.row, area.row);
  const column = Math.min(used.column, area.column);
  return {
    row,
    column,
    rowCount: Math.max(used.row + used.rowCount, area.row + area.rowCount) - row,
    columnCount: Math.max(used.column + used.columnCount, area.column + area.columnCount) - column,
  };
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  preview: { color: tokens.colorNeutralForeground2 },
});

export function AnalyzePanel(): React.JSX.Element {
  const s = useStrings().analyze;
  const styles = useStyles();
  const [api, setApi] = React.useState<AnalyzeApi | null>(null);
  const [busy, setBusy] = React.useState<"reading" | "writing" | null>(null);
  const [read, setRead] = React.useState<Read | null>(null);
  const [meaningOverrides, setMeaningOverrides] = React.useState<Record<number, Meaning | null>>(
    {}
  );
  const [toggles, setToggles] = React.useState<Partial<AnalysisOptions>>({});
  const [placement, setPlacement] = React.useState<PlacementChoice>("beside");
  const [problem, setProblem] = React.useState<Problem | null>(null);
  const [written, setWritten] = React.useState<Written | null>(null);
  const { mode } = useWriteAs();

  const statement = React.useMemo(
    () => (read && api ? api.withMeanings(read.statement, meaningOverrides) : null),
    [api, read, meaningOverrides]
  );
  const choices = React.useMemo(
    () => (statement && api ? api.analysisChoices(statement) : null),
    [api, statement]
  );
  const options = React.useMemo(
    () => (choices ? { ...choices.defaults, ...toggles } : null),
    [choices, toggles]
  );
  // Where the block would go as the sheet was when read; the write checks again.
  const preview = React.useMemo(() => {
    if (!read || !statement || !options || !api) return null;
    return api.planAnalysis({
      statement,
      source: read.source,
      options,
      placement,
      usedRange: read.usedRange,
      newSheetName: "FIN",
    });
  }, [api, read, statement, options, placement]);

  const analyze = async () => {
    setBusy("reading");
    setProblem(null);
    setWritten(null);
    try {
      const loaded = api ?? (await loadApi());
      setApi(loaded);
      const result = await loaded.readSelection();
      if (result.ok) {
        setRead(result);
        setMeaningOverrides({});
        setToggles({});
      } else {
        setRead(null);
        setProblem({ kind: "read", reason: result.reason });
      }
    } catch (e) {
      const failure = toExcelFailure(e);
      setProblem({ kind: "excel", reason: failure.reason, detail: failure.detail });
    } finally {
      setBusy(null);
    }
  };

  const insert = async () => {
    if (!read || !statement || !options || !api) return;
    setBusy("writing");
    setProblem(null);
    setWritten(null);
    try {
      const result = await api.writeAnalysis({
        statement,
        source: read.source,
        options,
        placement,
        mode,
      });
      if (result.ok) {
        setWritten(result);
        // The block is on the sheet now: the next one (and its preview) goes past it.
        if (result.sheet === read.source.sheet)
          setRead({ ...read, usedRange: covering(read.usedRange, result.area) });
      } else setProblem({ kind: "plan", reason: result.reason });
    } catch (e) {
      const failure = toExcelFailure(e);
      setProblem({ kind: "excel", reason: failure.reason, detail: failure.detail });
    } finally {
      setBusy(null);
    }
  };

  const writtenMessage = (w: Written) =>
    w.where === "newSheet"
      ? format(s.writtenNewSheet, { sheet: w.sheet, address: w.address.split("!").pop() ?? "" })
      : format(w.where === "nextFree" ? s.writtenMoved : s.written, { address: w.address });

  const previewMessage = () => {
    if (!preview) return null;
    if (!preview.ok) return s.planFailures[preview.reason];
    const { plan } = preview;
    if (plan.newSheet) return format(s.previewNewSheet, { count: plan.rows.length });
    return format(plan.where === "nextFree" ? s.previewMoved : s.preview, {
      count: plan.rows.length,
      address: plan.address,
    });
  };

  return (
    <section className={styles.root} aria-label={s.analyzeButton}>
      {!read && <Body1 as="p">{s.intro}</Body1>}

      {api && read && statement && choices && options && (
        <>
          <React.Suspense fallback={<Spinner size="tiny" />}>
            <AnalysisDetails
              statement={statement}
              address={api.areaAddress(read.source.sheet, read.source)}
              choices={choices}
              options={options}
              placement={placement}
              onMeaningChange={(index, meaning) =>
                setMeaningOverrides((o) => ({ ...o, [index]: meaning }))
              }
              onOptionChange={(key, on) => setToggles((t) => ({ ...t, [key]: on }))}
              onPlacementChange={setPlacement}
            />
          </React.Suspense>
          <Body1 as="p" className={styles.preview} aria-live="polite">
            {previewMessage()}
          </Body1>
        </>
      )}

      {problem?.kind === "excel" && <FailureBar reason={problem.reason} detail={problem.detail} />}
      {problem?.kind === "read" && (
        <LazyNotice intent="warning" role="alert">
          {s.readFailures[problem.reason]}
        </LazyNotice>
      )}
      {problem?.kind === "plan" && (
        <LazyNotice intent="warning" role="alert">
          {s.planFailures[problem.reason]}
        </LazyNotice>
      )}
      {written && (
        <LazyNotice intent="success" role="status">
          {writtenMessage(written)}
        </LazyNotice>
      )}

      <div className={styles.actions}>
        {read ? (
          <>
            <Button
              appearance="primary"
              disabled={busy !== null || !preview?.ok}
              onClick={() => void insert()}
            >
              {s.insertButton}
            </Button>
            <Button disabled={busy !== null} onClick={() => void analyze()}>
              {s.rereadButton}
            </Button>
          </>
        ) : (
          <Button appearance="primary" disabled={busy !== null} onClick={() => void analyze()}>
            {s.analyzeButton}
          </Button>
        )}
        {busy && <Spinner size="tiny" label={busy === "reading" ? s.reading : s.writing} />}
      </div>
    </section>
  );
}

import * as React from "react";
import { isExcelReason } from "../../excel";
import { Body1, Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type {
  AnalysisOptions,
  AnalysisUpdated,
  AnalysisWritten,
  Answers,
  Failure,
  LineItem,
  Meaning,
  PlacementChoice,
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

type Read = SelectionRead;
type Written = AnalysisWritten;
type Updated = AnalysisUpdated;

/** Column letters of a 0-based column: 0 → A, 27 → AB. */
function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

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
  const strings = useStrings();
  const s = strings.analyze;
  const styles = useStyles();
  const [api, setApi] = React.useState<AnalyzeApi | null>(null);
  const [busy, setBusy] = React.useState<"reading" | "writing" | null>(null);
  const [read, setRead] = React.useState<Read | null>(null);
  const [meaningOverrides, setMeaningOverrides] = React.useState<Record<number, Meaning | null>>(
    {}
  );
  const [toggles, setToggles] = React.useState<Partial<AnalysisOptions>>({});
  const [answers, setAnswers] = React.useState<Answers>({});
  const [placement, setPlacement] = React.useState<PlacementChoice>("beside");
  const [problem, setProblem] = React.useState<Failure | null>(null);
  const [written, setWritten] = React.useState<Written | null>(null);
  const [updated, setUpdated] = React.useState<Updated | null>(null);
  const { mode } = useWriteAs();

  const statement = React.useMemo(
    () => (read && api ? api.withMeanings(read.statement, meaningOverrides) : null),
    [api, read, meaningOverrides]
  );
  // Never guess: only the chosen line of each question keeps its meaning.
  const answered = React.useMemo(
    () => (statement && api ? api.answerQuestions(statement, answers) : null),
    [api, statement, answers]
  );
  const choices = React.useMemo(
    () => (answered && api ? api.analysisChoices(answered.statement) : null),
    [api, answered]
  );
  const lineAt = (line: LineItem): string => {
    if (!read || !statement) return "";
    if (statement.orientation === "across") return String(read.source.row + line.index + 1);
    return columnLetters(read.source.column + line.index);
  };
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
      answers,
    });
  }, [api, read, statement, options, placement, answers]);

  const analyze = async () => {
    setBusy("reading");
    setProblem(null);
    setWritten(null);
    setUpdated(null);
    try {
      const loaded = api ?? (await loadApi());
      setApi(loaded);
      const result = await loaded.readSelection();
      if (result.ok) {
        setRead(result.value);
        setMeaningOverrides({});
        // A block built from this statement: its choices again, for Update.
        setToggles(result.value.block?.remembered.options ?? {});
        setAnswers(result.value.block?.remembered.answers ?? {});
      } else {
        // A read Excel refused leaves what FIN read before; a selection that is no statement does not.
        if (!isExcelReason(result.failure.reason)) setRead(null);
        setProblem(result.failure);
      }
    } finally {
      setBusy(null);
    }
  };

  /** A write (Insert or Update): one at a time, its failure shown in plain words. */
  const writing = async (work: () => Promise<void>) => {
    setBusy("writing");
    setProblem(null);
    setWritten(null);
    setUpdated(null);
    try {
      await work();
    } finally {
      setBusy(null);
    }
  };

  const insert = () =>
    writing(async () => {
      if (!read || !statement || !options || !api) return;
      const result = await api.writeAnalysis({
        statement,
        source: read.source,
        options,
        placement,
        mode,
        answers,
      });
      if (result.ok) {
        const done = result.value;
        setWritten(done);
        // The block is on the sheet now: the next one (and its preview) goes past it.
        if (done.sheet === read.source.sheet)
          setRead({ ...read, usedRange: covering(read.usedRange, done.area) });
      } else setProblem(result.failure);
    });

  const update = () =>
    writing(async () => {
      if (!read?.block || !statement || !options || !api) return;
      const block = read.block;
      const result = await api.updateAnalysis({
        statement,
        source: read.source,
        options,
        mode,
        answers,
        block,
      });
      if (result.ok) {
        const done = result.value;
        setUpdated(done);
        const usedRange =
          done.sheet === read.source.sheet ? covering(read.usedRange, done.area) : read.usedRange;
        setRead({ ...read, block: { ...block, area: done.area }, usedRange });
      } else {
        // Its name is gone: what is left to offer is a new block.
        if (result.failure.reason === "blockGone") setRead({ ...read, block: null });
        setProblem(result.failure);
      }
    });

  const updatedMessage = (u: Updated) => {
    const done = format(s.updated, { name: u.name, address: u.address });
    if (u.kept.length === 0) return done;
    const kept = format(u.kept.length === 1 ? s.keptOne : s.kept, {
      count: u.kept.length,
      cells: u.kept.join(", "),
    });
    return `${done} ${kept}`;
  };

  const writtenMessage = (w: Written) =>
    w.where === "newSheet"
      ? format(s.writtenNewSheet, { sheet: w.sheet, address: w.address.split("!").pop() ?? "" })
      : format(w.where === "nextFree" ? s.writtenMoved : s.written, { address: w.address });

  const previewMessage = () => {
    if (!preview) return null;
    if (!preview.ok) return strings.failures[preview.failure.reason];
    const plan = preview.value;
    if (plan.newSheet) return format(s.previewNewSheet, { count: plan.rows.length });
    return format(plan.where === "nextFree" ? s.previewMoved : s.preview, {
      count: plan.rows.length,
      address: plan.address,
    });
  };

  const block = read?.block ?? null;
  const blockAddress = block && api ? api.areaAddress(block.sheet, block.area) : "";
  // Update writes where the block is: only a plan that cannot be made at all stops it.
  const updatable = !preview || preview.ok || preview.failure.reason === "noRoom";

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
              questions={answered?.questions ?? []}
              lineAt={lineAt}
              onAnswer={(meaning, line) => setAnswers((a) => ({ ...a, [meaning]: line }))}
            />
          </React.Suspense>
          {block && (
            <Body1 as="p" className={styles.preview}>
              {format(s.updateOffer, { name: block.name, address: blockAddress })}
            </Body1>
          )}
          <Body1 as="p" className={styles.preview} aria-live="polite">
            {previewMessage()}
          </Body1>
        </>
      )}

      {problem && <FailureBar failure={problem} />}
      {written && (
        <LazyNotice intent="success" role="status">
          {writtenMessage(written)}
        </LazyNotice>
      )}
      {updated && (
        <LazyNotice intent="success" role="status">
          {updatedMessage(updated)}
        </LazyNotice>
      )}

      <div className={styles.actions}>
        {read && block ? (
          <>
            <Button
              appearance="primary"
              disabled={busy !== null || !updatable}
              onClick={() => void update()}
            >
              {format(s.updateButton, { name: block.name, address: blockAddress })}
            </Button>
            <Button disabled={busy !== null || !preview?.ok} onClick={() => void insert()}>
              {s.insertNewButton}
            </Button>
            <Button disabled={busy !== null} onClick={() => void analyze()}>
              {s.rereadButton}
            </Button>
          </>
        ) : read ? (
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

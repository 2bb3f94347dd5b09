import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Label,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { displayLanguage, type Failure } from "../../excel";
import {
  buildPeerSheet,
  commonPeriods,
  findPeerStatements,
  insertSampleStatements,
  isShare,
  isSize,
  keyOf,
  keyText,
  latestPosition,
  rateKey,
  refreshPeerSheet,
  sizeLineOf,
  sizeScales,
  type PeerContext,
  type SizeUnit,
  periodText,
  segmentsOf,
  sharedMetrics,
  type FoundPeers,
  type FoundStatement,
  type MetricId,
  type PeriodKey,
} from "../../excel/peers";
import { FailureBar } from "../FailureBar";
import { LazyNotice } from "../LazyNotice";
import { format, type Strings } from "../strings";
import { peerStringsFor, type PeerStrings } from "../strings/peers";
import { useStrings } from "../StringsContext";

/** The pane's strings with Compare peers' own, which load with this chunk rather than the first view. */
type PanelStrings = Strings & { peers: PeerStrings };

function usePanelStrings(): PanelStrings {
  const s = useStrings();
  return React.useMemo(() => ({ ...s, peers: peerStringsFor(s.language) }), [s]);
}
import { WriteAsChoice } from "../WriteAsChoice";
import { useWriteAs } from "../WriteAsContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  company: { display: "grid", gridTemplateColumns: "auto 1fr", alignItems: "center" },
  detail: { gridColumn: "2", color: tokens.colorNeutralForeground3 },
  metrics: { display: "flex", flexDirection: "column" },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Notice = { intent: "success" | "warning" | "info"; text: string };

/** Metrics ticked by default, when the companies have them. */
const DEFAULT_METRICS: MetricId[] = [
  "size:revenue",
  "revenueGrowth",
  "netLossRate",
  "periodExpenseRatio",
];

function metricName(metric: MetricId, ticked: FoundStatement[], s: PanelStrings): string {
  if (isSize(metric)) return s.peers.sheet.sizeMetrics[sizeLineOf(metric)];
  if (!isShare(metric)) return s.peers.sheet.metrics[metric]; // the same name the sheet writes
  const key = metric.slice("share:".length);
  const written = ticked.map((f) => segmentsOf(f.statement).get(key)).find((l) => l);
  return format(s.peers.sheet.share, { segment: s.peers.sheet.segments[key] ?? written ?? key });
}

/** Compare peers: pick statements, metrics and a period basis; FIN builds a new sheet. */
export function PeersPanel(): React.JSX.Element {
  const s = usePanelStrings();
  const styles = useStyles();
  const metricsId = React.useId();
  const [found, setFound] = React.useState<FoundPeers | null>(null);
  const [ticked, setTicked] = React.useState<Set<string>>(new Set());
  const [names, setNames] = React.useState<Record<string, string>>({});
  const [metrics, setMetrics] = React.useState<Set<MetricId>>(new Set(DEFAULT_METRICS));
  const [basis, setBasis] = React.useState<"latest" | "common">("latest");
  const [period, setPeriod] = React.useState<string>("");
  const [transpose, setTranspose] = React.useState(false);
  // null: the first ticked metric; "": no chart.
  const [chart, setChart] = React.useState<MetricId | "" | null>(null);
  const [busy, setBusy] = React.useState<"list" | "build" | "samples" | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [failure, setFailure] = React.useState<Failure | null>(null);
  const { mode } = useWriteAs();
  const [context, setContext] = React.useState<PeerContext | null>(null);
  // undefined: the active sheet's company; "": no subject.
  const [subject, setSubject] = React.useState<string | undefined>(undefined);
  const [count, setCount] = React.useState(1);
  // Sizes default to the pane's money: USD millions, or 亿元人民币 in the Chinese pane.
  const [unit, setUnit] = React.useState<SizeUnit>(() =>
    displayLanguage() === "zh" ? { currency: "CNY", scale: 1e8 } : { currency: "USD", scale: 1e6 }
  );
  const [rates, setRates] = React.useState<Record<string, string>>({});
  // undefined: the first peer sheet FIN built (so building again updates it); "": a new sheet.
  const [target, setTarget] = React.useState<string | undefined>(undefined);

  const known = React.useRef<Set<string>>(new Set());
  const refresh = React.useCallback(async (): Promise<void> => {
    setBusy("list");
    setFailure(null);
    try {
      // Listing skips FIN's own output, and reads the peer sheets FIN built in the same round trips.
      const listed = await findPeerStatements();
      if (!listed.ok) return setFailure(listed.failure);
      const result = listed.value;
      const read = result.context;
      setFound(result);
      setContext(read);
      // Statements not listed before start ticked: after inserting samples, Compare works at once.
      const seen = known.current;
      known.current = new Set(result.statements.map((f) => f.id));
      // Like with like: new statements start ticked only when their latest period is of the kind
      // of the active sheet's statement (else of the first listed).
      const kindOf = (f: FoundStatement) => {
        const p = latestPosition(f.statement);
        return p === null ? null : keyOf(f.statement.periods[p]).kind;
      };
      const anchor =
        result.statements.find((f) => f.sheet === read.activeSheet) ?? result.statements[0];
      const kind = anchor ? kindOf(anchor) : null;
      setTicked((before) => {
        const next = new Set([...before].filter((id) => known.current.has(id)));
        for (const f of result.statements)
          if (!seen.has(f.id) && kindOf(f) === kind) next.add(f.id);
        return next;
      });
    } finally {
      setBusy(null);
    }
  }, []);

  React.useEffect(() => {
    void refresh();
  }, [refresh]);

  const statements = React.useMemo(() => found?.statements ?? [], [found]);
  const chosen = React.useMemo(
    () => statements.filter((f) => ticked.has(f.id)),
    [statements, ticked]
  );
  // Like with like: only the metrics every ticked company has.
  const offered = React.useMemo(
    () =>
      chosen.length >= 2
        ? sharedMetrics(
            chosen.map((f) => f.statement),
            chosen.length
          )
        : [],
    [chosen]
  );
  const mixedKinds = React.useMemo(() => {
    const kinds = new Set(
      chosen.map((f) => {
        const p = latestPosition(f.statement);
        return p === null ? null : keyOf(f.statement.periods[p]).kind;
      })
    );
    return kinds.size > 1;
  }, [chosen]);
  const activeCompany = chosen.find((f) => f.sheet === context?.activeSheet)?.id ?? "";
  const subjectId =
    subject === undefined ? activeCompany : chosen.some((f) => f.id === subject) ? subject : "";
  const into =
    target === undefined
      ? (context?.sheets[0]?.sheet ?? "")
      : context?.sheets.some((e) => e.sheet === target)
        ? target
        : "";
  const selected = offered.filter((m) => metrics.has(m));
  const sizes = selected.some(isSize);
  const rateKeys = sizes
    ? [...new Set(chosen.map((f) => rateKey(f.statement, f.id, unit)).filter((k) => k !== null))]
    : [];
  const rateValues = Object.fromEntries(
    rateKeys.map((k) => {
      const n = Number((rates[k] ?? "").trim());
      return [k, (rates[k] ?? "").trim() !== "" && Number.isFinite(n) ? n : null];
    })
  );
  const periods: PeriodKey[] = React.useMemo(
    () => commonPeriods(chosen.map((f) => f.statement)),
    [chosen]
  );
  const periodKey = periods.find((k) => keyText(k) === period) ?? periods[0];
  const chartMetric =
    chart === "" ? "" : chart !== null && selected.includes(chart) ? chart : (selected[0] ?? "");

  const toggle = <T,>(set: Set<T>, item: T, on: boolean): Set<T> => {
    const next = new Set(set);
    if (on) next.add(item);
    else next.delete(item);
    return next;
  };

  async function insertSamples(): Promise<void> {
    setBusy("samples");
    setNotice(null);
    setFailure(null);
    try {
      const added = await insertSampleStatements();
      if (added.ok)
        setNotice({
          intent: "info",
          text: format(s.peers.samplesInserted, { sheets: added.value.join(", ") }),
        });
      else setFailure(added.failure);
    } finally {
      setBusy(null);
    }
    await refresh();
  }

  async function compare(): Promise<void> {
    setNotice(null);
    setFailure(null);
    if (basis === "common" && !periodKey) {
      setNotice({ intent: "warning", text: s.peers.noCommonPeriod });
      return;
    }
    setBusy("build");
    try {
      const result = await buildPeerSheet({
        companies: chosen.map((f) => ({
          id: f.id,
          sheet: f.sheet,
          table: f.table,
          name: names[f.id] ?? f.name,
        })),
        metrics: selected,
        basis:
          basis === "common" && periodKey
            ? { kind: "common", period: periodKey, count }
            : { kind: "latest", count },
        transpose,
        chartMetric: chartMetric === "" ? null : chartMetric,
        text: s.peers.sheet,
        language: displayLanguage(),
        mode,
        subject: subjectId === "" ? null : subjectId,
        sizeUnit: sizes ? unit : null,
        rates: rateValues,
        into: into === "" ? null : into,
      });
      if (result.ok) {
        const built = result.value;
        const done = format(built.updated ? s.peers.updated : s.peers.built, {
          sheet: built.sheetName,
        });
        const kept =
          built.kept.length > 0 ? ` ${format(s.peers.kept, { cells: built.kept.join(", ") })}` : "";
        setNotice({ intent: "success", text: done + kept });
        const entry = built.remembered;
        // The pane's list of peer sheets follows without another round trip.
        setContext((c) =>
          c ? { ...c, sheets: [entry, ...c.sheets.filter((e) => e.sheet !== entry.sheet)] } : c
        );
      } else setFailure(result.failure);
    } finally {
      setBusy(null);
    }
  }

  /** `key`: the peer sheet's workbook name (FIN_peers_<n>), or its sheet's name if built before. */
  async function refreshSheet(key: string): Promise<void> {
    setNotice(null);
    setFailure(null);
    setBusy("build");
    try {
      const result = await refreshPeerSheet(key, s.peers.sheet, displayLanguage());
      if (result.ok) {
        const { kept: cells } = result.value;
        const kept =
          cells.length > 0 ? ` ${format(s.peers.kept, { cells: cells.join(", ") })}` : "";
        setNotice({
          intent: "success",
          text: format(s.peers.refreshed, { sheet: result.value.sheetName }) + kept,
        });
      } else setFailure(result.failure);
    } finally {
      setBusy(null);
    }
  }

  const currencyName = (key: string) =>
    key === "USD" || key === "CNY" ? s.peers.sheet.currencies[key] : key;

  return (
    <section aria-label={s.peers.heading} className={styles.root}>
      <Body1>{s.peers.intro}</Body1>
      <div className={styles.row}>
        <Button onClick={() => void refresh()} disabled={busy !== null}>
          {s.peers.refresh}
        </Button>
        <Button onClick={() => void insertSamples()} disabled={busy !== null}>
          {s.peers.insertSamples}
        </Button>
      </div>

      <Subtitle2 as="h2">{s.peers.statements}</Subtitle2>
      {busy === "list" && found === null ? (
        <Spinner size="tiny" label={s.peers.loading} />
      ) : statements.length === 0 ? (
        <Body1>{s.peers.none}</Body1>
      ) : (
        <div className={styles.list}>
          {statements.map((f) => (
            <div key={f.id} className={styles.company}>
              <Checkbox
                checked={ticked.has(f.id)}
                onChange={(_, d) => setTicked(toggle(ticked, f.id, d.checked === true))}
                aria-label={f.name}
              />
              <Input
                size="small"
                value={names[f.id] ?? f.name}
                aria-label={format(s.peers.nameLabel, { sheet: f.name })}
                onChange={(_, d) => setNames({ ...names, [f.id]: d.value })}
              />
              <Caption1 className={styles.detail}>
                {f.latest === null
                  ? format(s.peers.noPeriod, { address: f.address })
                  : format(s.peers.latestPeriod, { address: f.address, period: f.latest })}
              </Caption1>
            </div>
          ))}
        </div>
      )}
      {found?.unread.map((u) => (
        <Caption1 key={u.sheet}>
          {format(s.peers.unread, {
            sheet: u.sheet,
            reason: format(s.peers.unreadReasons[u.reason], {
              cells: (u.cells ?? 0).toLocaleString("en-US"),
              address: u.read ?? "",
            }),
          })}
        </Caption1>
      ))}

      {/* A group, not a Field: a Field would name every checkbox after its own label. */}
      <div role="group" aria-labelledby={metricsId} className={styles.metrics}>
        <Label id={metricsId}>{s.peers.metrics}</Label>
        {offered.length === 0 ? (
          <Body1>{s.peers.noMetrics}</Body1>
        ) : (
          offered.map((m) => (
            <Checkbox
              key={m}
              label={metricName(m, chosen, s)}
              checked={metrics.has(m)}
              onChange={(_, d) => setMetrics(toggle(metrics, m, d.checked === true))}
            />
          ))
        )}
        <Caption1 className={styles.hint}>{s.peers.metricsHint}</Caption1>
      </div>

      {mixedKinds ? <Caption1>{s.peers.mixedKinds}</Caption1> : null}

      <Field label={s.peers.subject}>
        <Select value={subjectId} onChange={(_, d) => setSubject(d.value)}>
          <option value="">{s.peers.noSubject}</option>
          {chosen.map((f) => (
            <option key={f.id} value={f.id}>
              {names[f.id] ?? f.name}
            </option>
          ))}
        </Select>
      </Field>

      {sizes ? (
        <div role="group" aria-label={s.peers.sizeUnit} className={styles.row}>
          <Field label={s.peers.sizeCurrency}>
            <Select
              value={unit.currency}
              onChange={(_, d) => setUnit({ ...unit, currency: d.value as SizeUnit["currency"] })}
            >
              {(["USD", "CNY"] as const).map((c) => (
                <option key={c} value={c}>
                  {s.peers.sheet.currencies[c]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={s.peers.sizeScale}>
            <Select
              value={String(unit.scale)}
              onChange={(_, d) => setUnit({ ...unit, scale: Number(d.value) })}
            >
              {sizeScales.map((k) => (
                <option key={k} value={String(k)}>
                  {s.peers.sheet.scales[String(k)] || "1"}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ) : null}
      {rateKeys.length > 0 ? (
        <div role="group" aria-label={s.peers.ratesHeading} className={styles.list}>
          <Caption1>{s.peers.ratesHeading}</Caption1>
          {rateKeys.map((k) => {
            const company = chosen.find((f) => `?${f.id}` === k);
            const to = s.peers.sheet.currencies[unit.currency];
            return (
              <Field
                key={k}
                label={
                  company
                    ? format(s.peers.sheet.rateUnknown, {
                        company: names[company.id] ?? company.name,
                        to,
                      })
                    : format(s.peers.sheet.rateRow, { from: currencyName(k), to })
                }
              >
                <Input
                  size="small"
                  inputMode="decimal"
                  value={rates[k] ?? ""}
                  onChange={(_, d) => setRates({ ...rates, [k]: d.value })}
                />
              </Field>
            );
          })}
        </div>
      ) : null}

      <Field label={s.peers.periodCount}>
        <Input
          type="number"
          min={1}
          max={12}
          value={String(count)}
          onChange={(_, d) => setCount(Math.min(12, Math.max(1, Math.floor(Number(d.value) || 1))))}
        />
      </Field>

      <Field label={s.peers.basis}>
        <RadioGroup value={basis} onChange={(_, d) => setBasis(d.value as "latest" | "common")}>
          <Radio value="latest" label={s.peers.basisLatest} />
          <Radio value="common" label={s.peers.basisCommon} disabled={periods.length === 0} />
        </RadioGroup>
      </Field>
      {basis === "common" ? (
        <Field label={s.peers.commonPeriod}>
          <Select
            value={periodKey ? keyText(periodKey) : ""}
            onChange={(_, d) => setPeriod(d.value)}
          >
            {periods.map((k) => (
              <option key={keyText(k)} value={keyText(k)}>
                {periodText(k, s.peers.sheet)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}

      <Switch
        checked={transpose}
        label={s.peers.transpose}
        onChange={(_, d) => setTranspose(d.checked)}
      />

      <Field label={s.peers.chartMetric}>
        <Select value={chartMetric} onChange={(_, d) => setChart(d.value as MetricId | "")}>
          <option value="">{s.peers.noChart}</option>
          {selected.map((m) => (
            <option key={m} value={m}>
              {metricName(m, chosen, s)}
            </option>
          ))}
        </Select>
      </Field>

      <WriteAsChoice />

      {context && context.sheets.length > 0 ? (
        <>
          <Field label={s.peers.target}>
            <Select value={into} onChange={(_, d) => setTarget(d.value)}>
              {context.sheets.map((e) => (
                <option key={e.sheet} value={e.sheet}>
                  {e.sheet}
                </option>
              ))}
              <option value="">{s.peers.newSheet}</option>
            </Select>
          </Field>
          <div role="group" aria-label={s.peers.peerSheets} className={styles.row}>
            {context.sheets.map((e) => (
              <Button
                key={e.sheet}
                onClick={() => void refreshSheet(e.name ?? e.sheet)}
                disabled={busy !== null}
              >
                {format(s.peers.refreshSheet, { sheet: e.sheet })}
              </Button>
            ))}
          </div>
        </>
      ) : null}

      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void compare()} disabled={busy !== null}>
          {s.peers.compare}
        </Button>
        {busy === "build" ? <Spinner size="tiny" label={s.peers.building} /> : null}
      </div>
      {notice ? (
        <LazyNotice intent={notice.intent} role="status">
          {notice.text}
        </LazyNotice>
      ) : null}
      {failure ? <FailureBar failure={failure} /> : null}
    </section>
  );
}

import * as React from "react";
import {
  Caption1,
  Checkbox,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { metricKeys, type MetricKey } from "../../excel/analyze";
import type { MetricOptionsProps } from "./panelProps";
import { format } from "../strings";
import { useDetailStrings } from "./detailStrings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { display: "flex", flexDirection: "column" },
  hint: {
    color: tokens.colorNeutralForeground3,
    paddingLeft: "32px",
    marginTop: `calc(-1 * ${tokens.spacingVerticalXS})`,
  },
  rd: { paddingLeft: "24px" },
});

export function MetricOptions({
  choices,
  options,
  onChange,
}: MetricOptionsProps): React.JSX.Element {
  const s = useDetailStrings();
  const styles = useStyles();
  const labelOf = (key: MetricKey): string => {
    if (key === "netResult")
      return choices.lossMaking ? s.metrics.netLossRate : s.metrics.netMargin;
    return s.metrics[key];
  };

  return (
    <section className={styles.section} aria-labelledby="fin-analyze-metrics">
      <Subtitle2 as="h2" id="fin-analyze-metrics">
        {s.metricsHeading}
      </Subtitle2>
      {metricKeys.map((key) => {
        const available = choices.available[key];
        const reason = choices.reasons[key];
        // Quarter on quarter means nothing for years: not offered rather than greyed out.
        if (reason === "notQuarterly") return null;
        const hintId = `fin-analyze-hint-${key}`;
        const hint = !available && reason ? s.unavailable[reason] : undefined;
        return (
          <div key={key} className={styles.item}>
            <Checkbox
              label={labelOf(key)}
              checked={available && options[key]}
              disabled={!available}
              aria-describedby={hint ? hintId : undefined}
              onChange={(_, data) => onChange(key, data.checked === true)}
            />
            {hint && (
              <Caption1 id={hintId} className={styles.hint}>
                {hint}
              </Caption1>
            )}
            {key === "periodExpenseRatio" && available && choices.totalLine && (
              <Caption1 className={styles.hint}>
                {format(s.fromTotal, { line: choices.totalLine.label })}
              </Caption1>
            )}
            {key === "periodExpenseRatio" && available && choices.rdSwitchApplies && (
              <Switch
                className={styles.rd}
                label={s.includeRd}
                checked={options.includeRd}
                disabled={!options.periodExpenseRatio}
                onChange={(_, data) => onChange("includeRd", data.checked)}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}

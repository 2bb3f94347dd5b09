import * as React from "react";
import {
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  Select,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { allMeanings, type Meaning } from "../../excel/analyze";
import type { StatementSummaryProps } from "./panelProps";
import { format } from "../strings";
import { useDetailStrings } from "./detailStrings";

/** More dropdowns than this make the pane slow and long; the rest keep their recognised meaning. */
const MAX_LINES_SHOWN = 60;
const NOT_USED = "none";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  table: { tableLayout: "fixed", width: "100%" },
  lineCell: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  meaningHeader: { width: "58%" },
  dropdown: { minWidth: "0", width: "100%" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function StatementSummary({
  statement,
  address,
  onMeaningChange,
}: StatementSummaryProps): React.JSX.Element {
  const s = useDetailStrings();
  const styles = useStyles();
  const { periods, lines } = statement;
  const span =
    periods.length === 1
      ? format(s.onePeriod, { first: periods[0].label })
      : format(s.periodSpan, {
          first: periods[0].label,
          last: periods[periods.length - 1].label,
          count: periods.length,
        });
  const shown = lines.slice(0, MAX_LINES_SHOWN);
  const fact = (term: string, value: string) => (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{value}</dd>
    </>
  );

  return (
    <section className={styles.section} aria-labelledby="fin-analyze-found">
      <Subtitle2 as="h2" id="fin-analyze-found">
        {s.foundHeading}
      </Subtitle2>
      <dl className={styles.facts}>
        {fact(s.range, address)}
        {fact(s.periods, span)}
        {fact(s.unit, statement.unit?.label ?? s.noUnit)}
        {fact(s.layout, statement.orientation === "across" ? s.across : s.down)}
      </dl>
      <Table size="extra-small" className={styles.table} aria-label={s.linesHeading}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.lineColumn}</TableHeaderCell>
            <TableHeaderCell className={styles.meaningHeader}>{s.meaningColumn}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((line) => (
            <TableRow key={line.index}>
              <TableCell className={styles.lineCell} title={line.label}>
                {line.label}
              </TableCell>
              <TableCell>
                <Select
                  size="small"
                  className={styles.dropdown}
                  aria-label={format(s.meaningLabel, { line: line.label })}
                  value={line.meaning ?? NOT_USED}
                  onChange={(_, data) =>
                    onMeaningChange(
                      line.index,
                      data.value === NOT_USED ? null : (data.value as Meaning)
                    )
                  }
                >
                  <option value={NOT_USED}>{s.notUsed}</option>
                  {allMeanings.map((m) => (
                    <option key={m} value={m}>
                      {s.meaningNames[m]}
                    </option>
                  ))}
                </Select>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {lines.length > shown.length && (
        <Caption1>{format(s.moreLines, { count: lines.length - shown.length })}</Caption1>
      )}
    </section>
  );
}

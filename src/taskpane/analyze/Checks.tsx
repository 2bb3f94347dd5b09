import * as React from "react";
import {
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Statement } from "../../excel/analyze";
import { useDetailStrings } from "./detailStrings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  figure: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

const figure = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 4 });

/** Where a total disagrees with its parts: line, period, reported, computed, difference. */
export function Checks({ statement }: { statement: Statement }): React.JSX.Element | null {
  const s = useDetailStrings();
  const styles = useStyles();
  const checks = statement.checks ?? [];
  if (checks.length === 0) return null;
  const c = s.checkColumns;
  return (
    <section className={styles.section} aria-labelledby="fin-analyze-checks">
      <Subtitle2 as="h2" id="fin-analyze-checks">
        {s.checksHeading}
      </Subtitle2>
      <Caption1>{s.checksIntro}</Caption1>
      <Table size="extra-small" aria-label={s.checksHeading}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{c.line}</TableHeaderCell>
            <TableHeaderCell>{c.period}</TableHeaderCell>
            <TableHeaderCell className={styles.figure}>{c.reported}</TableHeaderCell>
            <TableHeaderCell className={styles.figure}>{c.computed}</TableHeaderCell>
            <TableHeaderCell className={styles.figure}>{c.difference}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {checks.map((check) => (
            <TableRow key={`${check.total}-${check.period}`}>
              <TableCell>{statement.lines[check.total].label}</TableCell>
              <TableCell>{statement.periods[check.period].label}</TableCell>
              <TableCell className={styles.figure}>{figure(check.reported)}</TableCell>
              <TableCell className={styles.figure}>{figure(check.computed)}</TableCell>
              <TableCell className={styles.figure}>{figure(check.difference)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/* The props of the Analyze selection components (in a .ts file, where the TypeScript lint rules apply). */
import type { AnalysisChoices, AnalysisOptions, Meaning, Statement } from "../../excel/analyze";

export interface StatementSummaryProps {
  statement: Statement;
  /** Where it was read from, e.g. Sheet1!A1:D10. */
  address: string;
  /** The analyst reassigns a line (by its index); null is "not used". */
  onMeaningChange(lineIndex: number, meaning: Meaning | null): void;
}

export interface MetricOptionsProps {
  choices: AnalysisChoices;
  options: AnalysisOptions;
  /** Ticks or unticks a metric (or the R&D switch). */
  onChange(key: keyof AnalysisOptions, on: boolean): void;
}

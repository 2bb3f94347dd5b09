/** Every metric FIN writes, as data: lines, signs, FIN and plain-Excel formulas, formats, names (pure). */
export {
  AMOUNT_FORMAT,
  PERCENT_FORMAT,
  PP_FORMAT,
  catalogue,
  functionRules,
  cagrRecipe,
  cumulativeLossOperands,
  cumulativeRecipe,
  expenseRatioOperands,
  growthOperands,
  growthRecipe,
  inLoss,
  lacks,
  newestFirst,
  periodExpenseOperands,
  ppChangeRecipe,
  ratioRecipe,
  resultRatioOperands,
  shareOperands,
} from "./metrics";
export type { Better, CatalogueId, CellRefs, Lack, MetricDeclaration, Operands } from "./metrics";
export { PERIOD_EXPENSE_PARTS, costsWrittenNegative, lineOf, linesOf } from "./lines";
export { computeRecipe, excelFormula, finFormula, render, snapshotCell } from "./recipes";
export type { Cell, Recipe, WriteMode } from "./recipes";
export { fill, metricLabels, newSheetBaseName } from "./labels";
export type { MetricLabels, SheetLanguage } from "./labels";

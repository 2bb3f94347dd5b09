/*
 * The FIN custom functions: thin adapters from Excel's arguments to the metrics module.
 * Metadata (functions.json) is generated from this JSDoc by custom-functions-metadata-plugin, which
 * reads only top-level `function` declarations. Range parameters are typed `any[][]`: with a
 * `number` type Excel would pass an empty cell as 0, and FIN keeps blank (unknown) apart from 0.
 */
import * as metrics from "../metrics";
import { sayMessagesInOfficeLanguage } from "./messageLanguage";
import { guarded } from "./toExcel";

sayMessagesInOfficeLanguage();

/**
 * Growth of current over prior: (current − prior) ÷ |prior|, keeping its sign when the base is a loss.
 * @customfunction GROWTH
 * @helpurl https://localhost:3000/help.html#growth
 * @param current Current-period values: a cell or a range.
 * @param prior Prior-period values: a cell or a range of the same shape.
 * @param [negate] TRUE: read every value as −value first (a loss or an expense written negative), so a widening loss is positive growth.
 * @returns Growth rates, in the shape of the inputs.
 */
export function growth(current: any[][], prior: any[][], negate?: any): any[][] {
  return guarded(() => metrics.growth(current, prior, negate));
}

/**
 * Each period's growth over the one lag periods earlier; the first lag results are blank.
 * @customfunction GROWTHSERIES
 * @helpurl https://localhost:3000/help.html#growthseries
 * @param values A row or column of periods (or lines × periods, periods across).
 * @param [lag] Periods back to compare with (default 1; 4 gives year-on-year on quarters).
 * @param [negate] TRUE: read every value as −value first (a loss or an expense written negative).
 * @returns Growth rates, in the shape of values.
 */
export function growthSeries(values: any[][], lag?: number, negate?: any): any[][] {
  return guarded(() => metrics.growthSeries(values, lag, negate));
}

/**
 * Compound annual growth rate: (end ÷ begin)^(1 ÷ years) − 1.
 * @customfunction CAGR
 * @helpurl https://localhost:3000/help.html#cagr
 * @param begin Value at the start (must be greater than 0).
 * @param end Value at the end (must not be negative).
 * @param years Number of years between them (greater than 0).
 * @returns The compound annual growth rate.
 */
export function cagr(begin: any[][], end: any[][], years: any[][]): any[][] {
  return guarded(() => metrics.cagr(begin, end, years));
}

/**
 * Sum of the expense lines ÷ revenue, period by period (selling + admin + finance = period expense ratio); lines need not be adjacent.
 * @customfunction EXPENSERATIO
 * @helpurl https://localhost:3000/help.html#expenseratio
 * @param expenses One expense line or a block of lines over the same periods.
 * @param revenue Revenue for the same periods.
 * @param [negate] TRUE: the expenses are written negative, so −sum is used.
 * @param [expenses2] More expense lines over the same periods (not adjacent to the first).
 * @param [expenses3] More expense lines over the same periods.
 * @param [expenses4] More expense lines over the same periods.
 * @returns Expense ratios, one per period; blank where any line is blank.
 */
export function expenseRatio(
  expenses: any[][],
  revenue: any[][],
  negate?: any,
  expenses2?: any[][],
  expenses3?: any[][],
  expenses4?: any[][]
): any[][] {
  return guarded(() =>
    metrics.expenseRatio(expenses, revenue, negate, expenses2, expenses3, expenses4)
  );
}

/**
 * Net loss rate: −net income ÷ revenue, positive for a loss-making company.
 * @customfunction LOSSRATE
 * @helpurl https://localhost:3000/help.html#lossrate
 * @param netIncome Net income (a loss is negative).
 * @param revenue Revenue for the same periods.
 * @returns Net loss rates, in the shape of the inputs.
 */
export function lossRate(netIncome: any[][], revenue: any[][]): any[][] {
  return guarded(() => metrics.lossRate(netIncome, revenue));
}

/**
 * Amount ÷ revenue: net margin, gross margin, a cost's share of revenue.
 * @customfunction MARGIN
 * @helpurl https://localhost:3000/help.html#margin
 * @param amount Profit, cost or any amount.
 * @param revenue Revenue for the same periods.
 * @returns Margins, in the shape of the inputs.
 */
export function margin(amount: any[][], revenue: any[][]): any[][] {
  return guarded(() => metrics.margin(amount, revenue));
}

/**
 * Each part ÷ total: revenue mix, content mix.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/help.html#share
 * @param parts The parts: a row, a column, or lines × periods.
 * @param [total] The total (default: the sum of the parts, per period).
 * @returns Shares, in the shape of parts.
 */
export function share(parts: any[][], total?: any[][]): any[][] {
  return guarded(() => metrics.share(parts, total));
}

/**
 * Change of a ratio in percentage points: (current − prior) × 100.
 * @customfunction PPCHANGE
 * @helpurl https://localhost:3000/help.html#ppchange
 * @param current Current ratio (e.g. 41.32%).
 * @param prior Prior ratio (e.g. 92.67%).
 * @returns Changes in percentage points.
 */
export function ppChange(current: any[][], prior: any[][]): any[][] {
  return guarded(() => metrics.ppChange(current, prior));
}

/**
 * Running total along the periods (cumulative net loss).
 * @customfunction CUMULATIVE
 * @helpurl https://localhost:3000/help.html#cumulative
 * @param values A row or column of periods.
 * @param [negate] TRUE: add up −values (a loss or an expense written negative).
 * @returns Running totals, in the shape of values.
 */
export function cumulative(values: any[][], negate?: any): any[][] {
  return guarded(() => metrics.cumulative(values, negate));
}

/**
 * Trailing sum of the last periods values (trailing twelve months on quarters); blank until there are enough.
 * @customfunction TTM
 * @helpurl https://localhost:3000/help.html#ttm
 * @param values A row or column of periods.
 * @param [periods] How many periods to add up (default 4).
 * @returns Trailing sums, in the shape of values.
 */
export function ttm(values: any[][], periods?: number): any[][] {
  return guarded(() => metrics.ttm(values, periods));
}

/**
 * Trailing ratio: trailing sum of the numerator ÷ trailing sum of the denominator, never an average of ratios.
 * @customfunction TTMRATIO
 * @helpurl https://localhost:3000/help.html#ttmratio
 * @param numerator The amount, e.g. R&D expense per quarter.
 * @param denominator The base, e.g. revenue per quarter.
 * @param [periods] How many periods to add up (default 4).
 * @returns Trailing ratios, in the shape of the inputs.
 */
export function ttmRatio(numerator: any[][], denominator: any[][], periods?: number): any[][] {
  return guarded(() => metrics.ttmRatio(numerator, denominator, periods));
}

/**
 * Single-period figures from year-to-date ones (Q3 = 9M − H1), restarting every periodsPerYear values.
 * @customfunction DECUMULATE
 * @helpurl https://localhost:3000/help.html#decumulate
 * @param ytdValues Year-to-date figures, the first one starting a year.
 * @param [periodsPerYear] Values per year (default 4 for quarters, 2 for halves).
 * @returns Single-period figures, in the shape of ytdValues.
 */
export function decumulate(ytdValues: any[][], periodsPerYear?: number): any[][] {
  return guarded(() => metrics.decumulate(ytdValues, periodsPerYear));
}

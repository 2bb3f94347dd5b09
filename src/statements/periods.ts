/**
 * Period headers as analysts write them: 2018年, FY22, 2021E, 1Q22, 2021年一季度, H1 2021,
 * 2021年1-9月, "Three Months Ended March 31, 2022", and Excel dates at period ends.
 */
import { simplify } from "./text";

export type PeriodKind = "year" | "quarter" | "half" | "ytd";

export interface Period {
  /** The header as written; a date header gives its ISO date, a two-row header its two parts joined. */
  label: string;
  /** Four-digit year (two-digit years are 20xx). */
  year: number;
  kind: PeriodKind;
  quarter?: 1 | 2 | 3 | 4;
  half?: 1 | 2;
  /** Year-to-date only: months since January (9 for 1-9月). */
  months?: number;
  /** Written as a fiscal year (FY, 财年), or a year that ends in a month other than December. */
  fiscal: boolean;
  /** An estimate (2021E, 2021年预测). */
  estimate: boolean;
  /** Period end (YYYY-MM-DD) when the header was written as a date. */
  date?: string;
  /** Period end (YYYY-MM-DD) when the header names it ("Three Months Ended April 30, 2022"). */
  endsOn?: string;
  /** Trailing twelve months (TTM, LTM): a year's length ending anywhere, never paired with a fiscal year. */
  trailing?: boolean;
}

type Span = Pick<Period, "year" | "kind" | "quarter" | "half" | "months" | "date" | "endsOn"> & {
  fiscal?: boolean;
};

const yearOf = (year: number): Span => ({ year, kind: "year" });
const quarterOf = (year: number, quarter: number): Span => ({
  year,
  kind: "quarter",
  quarter: quarter as 1 | 2 | 3 | 4,
});
const halfOf = (year: number, half: number): Span => ({ year, kind: "half", half: half as 1 | 2 });

const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  六: 6,
  九: 9,
  十二: 12,
};
const ENGLISH_NUMBERS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12 };
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const digit = (text: string): number =>
  CHINESE_DIGITS[text] ?? ENGLISH_NUMBERS[text] ?? Number(text);
const fullYear = (text: string): number => {
  const n = Number(text.replace("'", ""));
  return n < 100 ? 2000 + n : n;
};
const monthNumber = (name: string): number =>
  name.length >= 3 ? MONTHS.indexOf(name.slice(0, 3)) + 1 : 0;
const day = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : Number(text);
const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();
const isoDate = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** A run of months within one year: Jan–Mar is Q1, Jan–Jun H1, Jan–Sep year-to-date, Jan–Dec the year. */
function monthRange(year: number, first: number, last: number): Span | null {
  const months = last - first + 1;
  if (first < 1 || last > 12 || months < 1) return null;
  if (months === 12) return yearOf(year);
  if (months === 3 && first % 3 === 1) return quarterOf(year, (first + 2) / 3);
  if (months === 6 && (first === 1 || first === 7)) return halfOf(year, first === 1 ? 1 : 2);
  if (first === 1) return { year, kind: "ytd", months };
  return null;
}

/** "N months ended <month> <day>": twelve months ending anywhere is a (fiscal) year; off-calendar quarters are fiscal. */
function monthsEnded(year: number, endMonth: number, months: number, day?: number): Span | null {
  if (endMonth < 1 || endMonth > 12) return null;
  const last = daysInMonth(year, endMonth);
  // 52/53-week years end a few days either side of a month's end.
  if (day !== undefined && (day < 1 || day > last)) return null;
  const endsOn = isoDate(year, endMonth, day ?? last);
  if (months === 12) return { ...yearOf(year), fiscal: endMonth !== 12 || undefined, endsOn };
  const calendar = monthRange(year, endMonth - months + 1, endMonth);
  if (calendar) return { ...calendar, endsOn };
  // Zoom's quarter ended April 30: its number counts calendar quarters so that order is kept.
  if (months === 3) return { ...quarterOf(year, Math.ceil(endMonth / 3)), fiscal: true, endsOn };
  if (months === 6) return { ...halfOf(year, endMonth <= 6 ? 1 : 2), fiscal: true, endsOn };
  if (months > 0 && months < 12) return { year, kind: "ytd", months, fiscal: true, endsOn };
  return null;
}

/** A period-end date: Mar 31 is Q1, Jun 30 Q2, Sep 30 Q3, Dec 31 the year; other days are not periods. */
function periodEnd(year: number, month: number, day?: number): Span | null {
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (day !== undefined && day !== last) return null;
  const date = isoDate(year, month, last);
  if (month === 12) return { ...yearOf(year), date };
  if (month % 3 === 0) return { ...quarterOf(year, month / 3), date };
  return null;
}

// Two-digit years only count next to a Q/H/M/FY marker; a bare "22" is not a period.
const Y = String.raw`(\d{4}|'?\d{2})`;
const CN_QUARTER = "([一二三四1-4])";

const RULES: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Span | null]> = [
  [/^(\d{4})(?:年(?:度|全年|报)?|全年)?$/, (m) => yearOf(+m[1])],
  [new RegExp(`^q([1-4])\\s*[-/']?\\s*${Y}$`), (m) => quarterOf(fullYear(m[2]), +m[1])],
  [new RegExp(`^${Y}\\s*年?\\s*[-/]?\\s*q([1-4])$`), (m) => quarterOf(fullYear(m[1]), +m[2])],
  [new RegExp(`^([1-4])q\\s*[-/']?\\s*${Y}$`), (m) => quarterOf(fullYear(m[2]), +m[1])],
  [new RegExp(`^(\\d{4})\\s*年?\\s*第?${CN_QUARTER}季度?$`), (m) => quarterOf(+m[1], digit(m[2]))],
  [new RegExp(`^h([12])\\s*[-/']?\\s*${Y}$`), (m) => halfOf(fullYear(m[2]), +m[1])],
  [new RegExp(`^${Y}\\s*年?\\s*[-/]?\\s*h([12])$`), (m) => halfOf(fullYear(m[1]), +m[2])],
  [new RegExp(`^([12])h\\s*[-/']?\\s*${Y}$`), (m) => halfOf(fullYear(m[2]), +m[1])],
  [
    /^(\d{4})\s*年?\s*(上半年|下半年|中期|半年度|半年报|中报)$/,
    (m) => halfOf(+m[1], m[2] === "下半年" ? 2 : 1),
  ],
  [
    /^(\d{4})\s*年\s*(\d{1,2})\s*月?\s*[-~至到]\s*(\d{1,2})\s*月(?:份)?$/,
    (m) => monthRange(+m[1], +m[2], +m[3]),
  ],
  [/^(\d{4})\s*年?\s*前([一二两三])季度?$/, (m) => monthRange(+m[1], 1, 3 * digit(m[2]))],
  [new RegExp(`^(\\d{1,2})m\\s*[-/']?\\s*${Y}$`), (m) => monthRange(fullYear(m[2]), 1, +m[1])],
  [/^(\d{4})\s*(\d{1,2})m$/, (m) => monthRange(+m[1], 1, +m[2])],
  [
    /^(three|six|nine|twelve|\d{1,2})[- ]months? ended ([a-z]+)\.? ?(\d{1,2})?,? (\d{4})$/,
    (m) => monthsEnded(+m[4], monthNumber(m[2]), digit(m[1]), day(m[3])),
  ],
  // Hong Kong and British order: "Six months ended 30 June 2024", "Year ended 31 December 2023".
  [
    /^(three|six|nine|twelve|\d{1,2})[- ]months? ended (\d{1,2}) ([a-z]+),? (\d{4})$/,
    (m) => monthsEnded(+m[4], monthNumber(m[3]), digit(m[1]), +m[2]),
  ],
  [
    /^(quarter|(?:fiscal )?year) ended (\d{1,2}) ([a-z]+),? (\d{4})$/,
    (m) => monthsEnded(+m[4], monthNumber(m[3]), m[1] === "quarter" ? 3 : 12, +m[2]),
  ],
  [
    /^(quarter|(?:fiscal )?year) ended ([a-z]+)\.? ?(\d{1,2})?,? (\d{4})$/,
    (m) => monthsEnded(+m[4], monthNumber(m[2]), m[1] === "quarter" ? 3 : 12, day(m[3])),
  ],
  [
    /^截至(\d{4})年(\d{1,2})月(\d{1,2})日止?的?(三|六|九|十二|\d{1,2})个月(?:期间)?$/,
    (m) => monthsEnded(+m[1], +m[2], digit(m[4]), +m[3]),
  ],
  [
    /^截至(\d{4})年(\d{1,2})月(\d{1,2})日止?的?(?:年度|财年)$/,
    (m) => monthsEnded(+m[1], +m[2], 12, +m[3]),
  ],
  [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, (m) => periodEnd(+m[1], +m[2], +m[3])],
  [/^(\d{4})年(\d{1,2})月(\d{1,2})日$/, (m) => periodEnd(+m[1], +m[2], +m[3])],
  [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, (m) => periodEnd(+m[3], +m[1], +m[2])],
  [/^([a-z]+)\.? (\d{1,2}),? (\d{4})$/, (m) => periodEnd(+m[3], monthNumber(m[1]), +m[2])],
  [
    /^(\d{1,2})[- ]([a-z]+)[- ](\d{4}|\d{2})$/,
    (m) => periodEnd(fullYear(m[3]), monthNumber(m[2]), +m[1]),
  ],
  [/^([a-z]+)[- ']+(\d{4}|\d{2})$/, (m) => periodEnd(fullYear(m[2]), monthNumber(m[1]))],
];

const ESTIMATE =
  /(?:(?<=[\d年度])\s*\(?[ef]\)?|\s*\(?(?:预测|预计|est\.?|estimated?|forecast)\)?)$/;
const FISCAL = /^fiscal (?:year )?|fy ?(?=['\d])|(?:财年|财政年度)$/;
const ACTUAL = /(?:(?<=[\d年度])\s*\(?a\)?|\s*\(?(?:实际|actual)\)?)$/;

const TRAILING =
  /^(?:ttm|ltm|trailing (?:twelve|12) months|last (?:twelve|12) months)\b[\s,]*(?:ended\s+)?/;

/** Reads one header cell; a number is a year (2018) or, with a date format, an Excel date serial. */
export function parsePeriod(input: string | number, numberFormat?: string): Period | null {
  if (typeof input === "number") return parseNumber(input, numberFormat);
  const trailing = TRAILING.exec(simplify(input));
  if (trailing) {
    const ending = parsePeriod(simplify(input).slice(trailing[0].length));
    if (!ending) return null;
    const { end } = periodSpan(ending);
    return {
      label: input.trim(),
      ...yearOf(Number(end.slice(0, 4))),
      fiscal: false,
      estimate: ending.estimate,
      endsOn: end,
      trailing: true,
    };
  }
  let text = simplify(input)
    .replace(/\s*(?:\*+|[†‡])$/, "")
    .replace(/^for the /, "");
  const estimate = ESTIMATE.test(text);
  text = text.replace(estimate ? ESTIMATE : ACTUAL, "");
  const fiscal = FISCAL.test(text);
  const unmarked = text
    .replace(FISCAL, "")
    .replace(/^full year /, "")
    .trim();
  const span =
    fiscal && /^'?\d{2}$/.test(unmarked)
      ? yearOf(fullYear(unmarked))
      : (matchRules(unmarked) ?? (fiscal ? matchRules(text) : null));
  if (!span || span.year < 1900 || span.year > 2199) return null;
  return withFlags(input.trim(), span, fiscal, estimate);
}

function matchRules(text: string): Span | null {
  for (const [pattern, read] of RULES) {
    const m = pattern.exec(text);
    const span = m && read(m);
    if (span) return span;
  }
  return null;
}

function withFlags(label: string, span: Span, fiscal: boolean, estimate: boolean): Period {
  const { fiscal: endsOffDecember, ...rest } = span;
  return { label, ...rest, fiscal: fiscal || Boolean(endsOffDecember), estimate };
}

function parseNumber(value: number, numberFormat?: string): Period | null {
  if (!Number.isFinite(value)) return null;
  const shown = numberFormat === undefined ? null : dateFormatParts(numberFormat);
  if (shown) return fromSerial(value, shown);
  if (Number.isInteger(value) && value >= 1900 && value <= 2199)
    return withFlags(String(value), yearOf(value), false, false);
  return null;
}

export function isDateFormat(format: string): boolean {
  return dateFormatParts(format) !== null;
}

/** Which of year, month and day a number format shows; null when it is not a date format. */
function dateFormatParts(format: string): { y: boolean; m: boolean; d: boolean } | null {
  // Quoted text, [$-804]/[Red] sections, escaped characters and the word General carry no date codes.
  const codes = format
    .replace(/"[^"]*"|\[[^\]]*\]|\\.|[_*]./g, "")
    .replace(/general/gi, "")
    .toLowerCase();
  const parts = { y: codes.includes("y"), m: codes.includes("m"), d: codes.includes("d") };
  return parts.y || parts.m || parts.d ? parts : null;
}

/** An Excel date serial shown by a date format: only period ends count (a format without days reads the month). */
function fromSerial(serial: number, shown: { y: boolean; m: boolean; d: boolean }): Period | null {
  if (serial < 1 || serial > 2958465) return null;
  // Serial 1 is 1900-01-01; counting from 1899-12-30 absorbs Excel's phantom 29 Feb 1900 for all later dates.
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const span =
    shown.y && !shown.m && !shown.d
      ? yearOf(year)
      : periodEnd(year, month, shown.d ? day : undefined);
  return span && withFlags(isoDate(year, month, day), span, false, false);
}

/** A bare number read as an Excel date at a period end (for header rows that hold only such numbers). */
export function parseDateSerial(serial: number): Period | null {
  return serial >= 10_000 ? fromSerial(serial, { y: true, m: true, d: true }) : null;
}

/** Dates three months apart are quarters (Dec 31 is Q4); six months apart, halves (Jun 30 is H1). */
export function resolveDateSeries(periods: Period[]): Period[] {
  const dates = periods.map((p) => p.date);
  if (periods.length < 2 || dates.some((d) => d === undefined)) return periods;
  const ends = (dates as string[]).map(
    (d) => [Number(d.slice(0, 4)), Number(d.slice(5, 7))] as const
  );
  const ordinals = ends.map(([year, month]) => year * 12 + month);
  const steps = ordinals.slice(1).map((o, i) => Math.abs(o - ordinals[i]));
  const step = steps.every((s) => s === steps[0]) ? steps[0] : 0;
  if (step !== 3 && step !== 6) return periods;
  if (step === 6 && ends.some(([, month]) => month % 6 !== 0)) return periods;
  return periods.map((p, i) => {
    const [year, month] = ends[i];
    const span = step === 3 ? quarterOf(year, month / 3) : halfOf(year, month / 6);
    return { label: p.label, ...span, fiscal: p.fiscal, estimate: p.estimate, date: p.date };
  });
}

/** A spanning header above a row of bare years ("Three Months Ended March 31," over 2022, 2021). */
export function qualifyYear(qualifier: string, period: Period): Period | null {
  const text = `${qualifier.trim().replace(/,$/, "")}, ${period.year}`;
  const qualified = parsePeriod(text);
  return qualified && qualified.year === period.year ? qualified : null;
}

/** Where a period ends (ISO date) and how many months it spans: 2020 → 2020-12-31, 12; Q1 2022 → 2022-03-31, 3. */
export function periodSpan(period: Period): { end: string; monthsLong: number } {
  const monthsLong =
    period.kind === "year"
      ? 12
      : period.kind === "half"
        ? 6
        : period.kind === "quarter"
          ? 3
          : (period.months ?? 12);
  const explicit = period.endsOn ?? period.date;
  if (explicit) return { end: explicit, monthsLong };
  const month =
    period.kind === "year"
      ? 12
      : period.kind === "half"
        ? 6 * (period.half ?? 1)
        : period.kind === "quarter"
          ? 3 * (period.quarter ?? 1)
          : (period.months ?? 12);
  return { end: isoDate(period.year, month, daysInMonth(period.year, month)), monthsLong };
}

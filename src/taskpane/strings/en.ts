/* Every user-visible English string of the task pane. Each feature keeps its own section. */
import type { FailureReason, QuestionReason } from "../../excel";

export const en = {
  language: "en" as "en" | "zh",
  appTitle: "FIN",
  appSubtitle: "Income-statement analysis",
  tabs: { analyze: "Analyze selection", peers: "Compare peers" },
  outsideExcel: "Open FIN from Excel: Home › FIN Analysis. This page needs a workbook to work on.",
  stillRunning:
    "Still running in Excel: Excel has not answered for a minute (a large workbook may still be calculating). FIN waits for it to finish, then shows what happened; until then the buttons stay locked so nothing is written twice.",
  missingRequirements:
    "This version of Excel lacks {sets}, which FIN needs. Update Office, or use Excel on the web.",
  // Why an action could not be done: one sentence per reason of src/failure, by where it arises.
  failures: {
    empty:
      "Nothing is selected: select the income statement (its labels, periods and figures), then click Analyze selection.",
    singleCell:
      "Only one cell is selected. Select the whole statement, with its periods and line labels.",
    noNumbers:
      "The selection holds no figures. Select the statement's labels, periods and figures.",
    noPeriods:
      "No row or column of periods was found (such as 2020, FY2021, Q1 2022 or 2021年一季度).",
    noLabels: "No column of line labels was found beside the periods.",
    nothingToWrite: "Tick at least one metric to add.",
    noRoom: "There is no room left on this sheet. Choose “On a new sheet”.",
    openQuestion:
      "Choose which line FIN should use above: nothing is written from an ambiguous line.",
    statementChanged:
      "The statement has changed since FIN read it. Click Read selection again, then insert.",
    blockGone:
      "The block FIN built is no longer there (its name was deleted). Insert adds a new one.",
    blockMoved:
      "The block has moved since FIN read the selection. Click Read selection again, then update.",
    noCompanies: "Tick the companies to compare.",
    noSizeUnit: "Choose the currency and unit the sizes are shown in.",
    oneCompany: "Tick at least two companies: a comparison needs peers.",
    noMetrics: "Tick at least one metric.",
    notRemembered: "FIN did not build that sheet, or it was renamed: build it again.",
    companyGone: "“{name}” is no longer found in the workbook.",
    notRecognised: "“{name}” no longer reads as a statement. Refresh the list and try again.",
    noRevenue: "No revenue line was found: a comparison needs one.",
    protected: "The sheet is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
    tooLarge:
      "The selection is too large for Excel on the web to send in one go. Select fewer rows or columns.",
    invalidSelection: "Select one rectangular range (not several areas, a chart or a shape).",
    timeout:
      "Excel did not answer in time. Wait for the workbook to finish calculating, then try again.",
    notFound: "A sheet FIN needed is no longer there.",
    stillRunning:
      "FIN's last action is still running in Excel. Wait for it to finish before starting another.",
    busy: "Excel is busy (perhaps a cell is being edited). Press Enter or Esc in the sheet, then try again.",
    unknown: "Something went wrong in Excel: {message}",
  } satisfies Record<FailureReason, string>,
  // Why the reader asks which line holds a meaning (Statement.questions[].reason).
  questions: {
    totalOrOperatingRevenue:
      "Two revenue lines: total operating revenue (营业总收入) and operating revenue (营业收入). Ratios use the total unless you pick the other.",
    totalOfParts:
      "Several lines hold this meaning: its parts and their total. Ratios use the total unless you pick another.",
    sameFigures:
      "Two lines with the same figures hold this meaning (a reconciliation repeats it). The first is used.",
    twoLines: "Two lines could hold this meaning. Choose the one FIN should use.",
  } satisfies Record<QuestionReason, string>,
  boundary: {
    message:
      "Part of FIN did not load (the connection may have dropped, or FIN was updated). Try again.",
    retry: "Try again",
  },
  writeAs: {
    heading: "Write as",
    fin: "FIN formulas (live; F2 shows FIN.*)",
    excel: "Excel formulas (live; open in any Excel without FIN)",
    values: "Values (a snapshot, noted with its source and time)",
  },
  analyze: {
    intro:
      "Select an income statement (labels, periods and figures), then analyze it. FIN writes live FIN formulas beside it.",
    analyzeButton: "Analyze selection",
    rereadButton: "Read selection again",
    insertButton: "Insert analysis",
    updateButton: "Update {name} ({address})",
    insertNewButton: "Insert a new block",
    updateOffer:
      "FIN built {name} at {address} from this statement. Update rewrites it in place; cells you typed into are kept.",
    reading: "Reading the selection…",
    writing: "Writing the analysis…",
    foundHeading: "What FIN found",
    range: "Range",
    periods: "Periods",
    unit: "Unit",
    layout: "Layout",
    across: "Periods across, lines down",
    down: "Periods down, lines across",
    periodSpan: "{first} – {last} ({count})",
    onePeriod: "{first} (1)",
    noUnit: "{company}: no unit stated.",
    linesHeading: "Lines",
    lineColumn: "Line",
    meaningColumn: "Meaning",
    meaningLabel: "Meaning of “{line}”",
    notUsed: "Not used",
    moreLines: "…and {count} more lines, as recognised.",
    meaningNames: {
      revenue: "Revenue",
      revenueSegment: "Segment revenue",
      costOfRevenue: "Cost of revenue",
      bandwidthCost: "Bandwidth cost",
      grossProfit: "Gross profit",
      sellingExpense: "Selling expense",
      adminExpense: "Admin expense",
      rdExpense: "R&D expense",
      financeCost: "Finance cost",
      totalOperatingExpenses: "Total operating expenses",
      operatingIncome: "Operating income",
      otherIncome: "Other income",
      profitBeforeTax: "Profit before tax",
      incomeTaxExpense: "Income tax",
      netIncome: "Net income",
      totalCosts: "Total costs (营业总成本)",
      taxesAndSurcharges: "Taxes and surcharges",
      interestExpense: "Interest expense",
      interestIncome: "Interest income",
      periodExpenses: "Period expenses (期间费用)",
      adjustedNetIncome: "Adjusted net income (non-GAAP)",
      adjustedEbitda: "Adjusted EBITDA",
      netIncomeAttributable: "Net income attributable to the company",
      revenueShareCost: "Revenue-sharing cost",
      otherOperating: "Other operating items",
    },
    metricsHeading: "Add to the analysis",
    metrics: {
      growthYoY: "Growth of every line, year on year",
      growthQoQ: "Growth of every line, quarter on quarter",
      expenseRatios: "Each expense as % of revenue",
      periodExpenseRatio: "Period expense ratio",
      netLossRate: "Net loss rate (−net income ÷ revenue)",
      netMargin: "Net margin",
      shares: "Revenue mix (each revenue line's share)",
      ppChange: "Change of each ratio, in percentage points",
      cumulativeLoss: "Cumulative net loss",
      cagr: "CAGR over the whole span",
      adjustedResult: "Adjusted (non-GAAP) net margin or loss rate, labelled as such",
      margins: "Gross margin and operating margin (or operating loss rate)",
      checks: "The statement's checks, as live rows (reported − computed)",
    },
    fromTotal: "From “{line}”",
    includeRd: "Include R&D in the period expense ratio",
    unavailable: {
      noRevenue: "Needs a revenue line.",
      noLag: "The periods are not evenly spaced.",
      notQuarterly: "Needs consecutive quarters.",
      noExpenses: "No expense lines found.",
      noPeriodExpenseParts:
        "Needs selling and admin expense lines, or a total operating expenses line.",
      noNetIncome: "No net income line found.",
      noSegments: "No revenue lines besides the total.",
      noRatios: "No ratios to compare.",
      notLossMaking: "The company is not loss-making.",
      periodsNotAdjacent: "The periods are not side by side.",
      notConsecutive: "Needs consecutive periods.",
      spanTooShort: "Needs at least a year between the first and last period.",
      noAdjusted: "No adjusted (non-GAAP) net income line.",
      noMarginLines: "Needs a gross profit or operating income line.",
      noChecks: "Every total agrees with its parts.",
    },
    noRevenue:
      "No revenue line was recognised, so FIN can't add ratios. Set a line's meaning to Revenue above.",
    placementHeading: "Where",
    placementBelow: "Below the statement",
    placementRight: "Right of the statement",
    placementNewSheet: "On a new sheet",
    preview: "{count} rows of metrics at {address}.",
    previewMoved:
      "The cells next to the statement are not empty, so FIN will write at {address}, past everything on the sheet.",
    previewNewSheet: "{count} rows of metrics on a new sheet.",
    written: "Added the analysis at {address}. Press F2 on any figure to see its formula.",
    writtenMoved:
      "The cells next to the statement were not empty, so FIN left them alone and wrote at {address}.",
    writtenNewSheet: "Added the analysis on the new sheet “{sheet}” ({address}).",
    updated: "Updated {name} at {address}.",
    kept: "Kept {count} cells you typed: {cells}.",
    keptOne: "Kept 1 cell you typed: {cells}.",
    questionsHeading: "Which line?",
    questionLabel: "Which line holds {meaning}?",
    questionLine: "{line} (row {row})",
    questionLineDown: "{line} (column {row})",
    checksHeading: "The statement's own arithmetic",
    checksIntro: "These totals disagree with their parts:",
    checkColumns: {
      line: "Line",
      period: "Period",
      reported: "Reported",
      computed: "Computed",
      difference: "Difference",
    },
    refused:
      "{metric}: not written: {line} is in {currency}, revenue ({revenue}) in {revenueCurrency}.",
  },
};

export type Strings = typeof en;

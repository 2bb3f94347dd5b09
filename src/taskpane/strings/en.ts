/* Every user-visible English string of the task pane. Each feature keeps its own section. */
import type { FailureReason } from "../../excel";

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
  boundary: {
    message:
      "Part of FIN did not load (the connection may have dropped, or FIN was updated). Try again.",
    retry: "Try again",
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
  },
};

export type Strings = typeof en;

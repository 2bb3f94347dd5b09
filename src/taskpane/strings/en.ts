/* Every user-visible English string of the task pane. Each feature keeps its own section. */
export const en = {
  appTitle: "FIN",
  appSubtitle: "Income-statement analysis",
  tabs: { analyze: "Analyze selection", peers: "Compare peers" },
  outsideExcel: "Open FIN from Excel: Home › FIN Analysis. This page needs a workbook to work on.",
  failures: {
    protected: "The sheet is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
    tooLarge:
      "The selection is too large for Excel on the web to send in one go. Select fewer rows or columns.",
    invalidSelection: "Select one rectangular range (not several areas, a chart or a shape).",
    timeout:
      "Excel did not answer in time. Wait for the workbook to finish calculating, then try again.",
    notFound: "A sheet FIN needed is no longer there.",
    busy: "Excel is busy (perhaps a cell is being edited). Press Enter or Esc in the sheet, then try again.",
    unknown: "Something went wrong in Excel: {detail}",
  },
  analyze: {},
  peers: {},
};

export type Strings = typeof en;

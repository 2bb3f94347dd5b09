/* Every string the workbench page shows, in English. The task pane has strings of its own. */
export const en = {
  title: "FIN workbench",
  subtitle: "Excel on the web, played locally",
  loadSample: "Load sample workbook",
  loadingSample: "Loading…",
  language: "Task pane language",
  nameBox: "Name box",
  formulaBar: "Formula bar",
  insertFunction: "fx",
  /** The heading over the row numbers, for screen readers. */
  rowNumbers: "Row",
  workbook: "Workbook",
  grid: "Worksheet",
  sheetTabs: "Sheets",
  newSheet: "New sheet",
  taskPane: "Task pane",
  taskPaneTitle: "FIN",
  booting: "Loading FIN…",
  bootFailed: "The workbench could not start: ",
  invalidReference: "That isn't a valid reference.",
  noSuchSheet: (sheet: string) => `There is no sheet named ${sheet}.`,
  chartLabel: (title: string) => `Chart: ${title}`,
  /** What the hover tip says for an error whose formula gave no message of its own. */
  errorHelp: {
    "#DIV/0!": "The formula divides by zero or by an empty cell.",
    "#VALUE!": "A value in the formula is of the wrong type.",
    "#NAME?": "The formula contains a name that isn't recognised.",
    "#N/A": "A value is not available to the formula.",
    "#NUM!": "A number in the formula is not valid.",
    "#REF!": "The formula refers to a cell that isn't valid.",
    "#NULL!": "The ranges in the formula don't intersect.",
    "#SPILL!": "The result can't spill: cells in the way aren't empty.",
    "#CYCLE!": "The formula refers to its own cell.",
    "#ERROR!": "The formula can't be calculated.",
  } as Record<string, string>,
};

export type PageStrings = typeof en;

/*
 * The Office.js requirement sets FIN uses, in one list: manifest.xml declares exactly these (a test
 * holds the two together), and the pane checks them at start, since a host that ignores the
 * manifest's list would otherwise fail later with an error that names none of them.
 */
export interface RequirementSet {
  name: string;
  version: string;
}

export const REQUIRED_SETS: readonly RequirementSet[] = [
  // 1.9: Range.getSpecialCells (listing finds a sheet's text before reading its cells); 1.7
  // getRangeByIndexes, freezePanes.freezeAt, Range.style; 1.6 conditional formats and
  // suspendApiCalculationUntilNextSync; 1.4 *OrNullObject; 1.1–1.2 ranges, sheets, charts, tables.
  { name: "ExcelApi", version: "1.9" },
  // One runtime for the task pane, the ribbon button and the custom functions.
  { name: "SharedRuntime", version: "1.1" },
  // 1.2 CustomFunctions.Error; 1.3 the #NULL! error code (nullReference) FIN returns.
  { name: "CustomFunctionsRuntime", version: "1.3" },
];

/** "ExcelApi 1.7", as the pane names a set. */
export function setLabel(set: RequirementSet): string {
  return `${set.name} ${set.version}`;
}

/** The required sets this host does not support; none outside Office (the pane says so itself). */
export function missingRequirements(): RequirementSet[] {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  if (!requirements) return [];
  return REQUIRED_SETS.filter((set) => !requirements.isSetSupported(set.name, set.version));
}

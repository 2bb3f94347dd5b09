/*
 * Excel's rules for worksheet names: fewer than 32 characters, not blank, none of / \ ? * : [ ],
 * not beginning or ending with an apostrophe, not "History" (Excel keeps it for change tracking),
 * unique ignoring case.
 */
import { WorkbookError } from "./errors";

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[/\\?*:[\]]/;
const RESERVED_NAME = "History";

/** Throws `InvalidArgument` for a name Excel refuses, `ItemAlreadyExists` for one already taken. */
export function checkSheetName(name: unknown, existing: readonly string[]): string {
  if (typeof name !== "string" || name.trim() === "") throw invalid("A sheet name can't be blank.");
  if (name.length > MAX_SHEET_NAME_LENGTH)
    throw invalid(`A sheet name must have fewer than 32 characters: "${name}" has ${name.length}.`);
  if (FORBIDDEN.test(name))
    throw invalid(`A sheet name can't contain / \\ ? * : [ or ]: "${name}".`);
  if (name.startsWith("'") || name.endsWith("'"))
    throw invalid(`A sheet name can't begin or end with an apostrophe: "${name}".`);
  if (name.toLocaleUpperCase() === RESERVED_NAME.toLocaleUpperCase())
    throw invalid(`"${name}" is a name Excel reserves: choose another sheet name.`);
  if (findSheetName(name, existing) !== null) {
    throw new WorkbookError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }
  return name;
}

/** The existing name matching `name` ignoring case, or null. */
export function findSheetName(name: string, existing: readonly string[]): string | null {
  const key = name.toLocaleUpperCase();
  return existing.find((n) => n.toLocaleUpperCase() === key) ?? null;
}

/** The name Excel gives a new sheet: the first free "SheetN" after the highest one in use. */
export function defaultSheetName(existing: readonly string[]): string {
  for (let n = existing.length + 1; ; n++) {
    const candidate = `Sheet${n}`;
    if (findSheetName(candidate, existing) === null) return candidate;
  }
}

function invalid(message: string): WorkbookError {
  return new WorkbookError("InvalidArgument", message);
}

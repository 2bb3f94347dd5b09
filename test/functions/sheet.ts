/* A HyperFormula sheet with FIN formulas in it, and what its cells show, for the functions' tests. */
import { DetailedCellError, HyperFormula } from "hyperformula";

export function sheetWith(
  rows: Array<Array<string | number | boolean | null>>,
  formulas: Record<string, string>
): HyperFormula {
  const hf = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3" });
  for (const [address, formula] of Object.entries(formulas)) {
    const at = hf.simpleCellAddressFromString(address, 0);
    if (!at) throw new Error(address);
    hf.setCellContents(at, formula);
  }
  return hf;
}

export function value(hf: HyperFormula, address: string): unknown {
  const v = hf.getCellValue(hf.simpleCellAddressFromString(address, 0)!);
  return v instanceof DetailedCellError ? v.value : v;
}

export function message(hf: HyperFormula, address: string): string {
  const v = hf.getCellValue(hf.simpleCellAddressFromString(address, 0)!);
  if (!(v instanceof DetailedCellError))
    throw new Error(`${address} is ${String(v)}, not an error`);
  return v.message;
}

/** The values of `n` cells from `address` across (a spilled row), errors as their codes. */
export function across(hf: HyperFormula, address: string, n: number): unknown[] {
  const at = hf.simpleCellAddressFromString(address, 0)!;
  return Array.from({ length: n }, (_, i) => {
    const v = hf.getCellValue({ ...at, col: at.col + i });
    return v instanceof DetailedCellError ? v.value : v;
  });
}

/** The values of `n` cells from `address` down (a spilled column), errors as their codes. */
export function down(hf: HyperFormula, address: string, n: number): unknown[] {
  const at = hf.simpleCellAddressFromString(address, 0)!;
  return Array.from({ length: n }, (_, i) => {
    const v = hf.getCellValue({ ...at, row: at.row + i });
    return v instanceof DetailedCellError ? v.value : v;
  });
}

/** Numbers rounded to `digits` decimals, anything else as it is: hand-worked figures compare exactly. */
export function rounded(values: unknown[], digits = 4): unknown[] {
  return values.map((v) => (typeof v === "number" ? Number(v.toFixed(digits)) : v));
}

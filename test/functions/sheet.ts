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

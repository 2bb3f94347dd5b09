/*
 * HyperFormula set up to calculate as Excel does where FIN's formulas meet the difference:
 * Excel's grid (1,048,576 × 16,384, held sparsely), `""` in arithmetic is #VALUE!, TRUE and FALSE
 * are literals, and the custom functions see the platform and the asynchronous calculation
 * through the engine's `context`.
 */
import { AlwaysSparse, HyperFormula } from "hyperformula";
import { MAX_COLUMNS, MAX_ROWS } from "../../references";
import type { EngineContext } from "./engineContext";
import { registerExcelFunctions } from "./excelFunctions";

interface CoercingHelper {
  coerceNonDateScalarToMaybeNumber(arg: unknown): unknown;
}

/**
 * HyperFormula reads "" as 0 in `+ - * / ^` and unary minus; Excel gives #VALUE!. Both read
 * through one coercion, so this engine's coercion leaves "" as no number at all (SUM over a range
 * skips text before coercing, so it still ignores "").
 */
function emptyTextIsNotANumber(hf: HyperFormula): void {
  const helper = (
    hf as unknown as { evaluator: { interpreter: { arithmeticHelper: CoercingHelper } } }
  ).evaluator.interpreter.arithmeticHelper;
  const coerce = helper.coerceNonDateScalarToMaybeNumber.bind(helper);
  helper.coerceNonDateScalarToMaybeNumber = (arg) => (arg === "" ? undefined : coerce(arg));
}

export function createExcelEngine(context: EngineContext, licenseKey = "gpl-v3"): HyperFormula {
  registerExcelFunctions();
  const hf = HyperFormula.buildEmpty({
    licenseKey,
    maxRows: MAX_ROWS,
    maxColumns: MAX_COLUMNS,
    // Only filled cells take memory, whatever their address.
    chooseAddressMappingPolicy: new AlwaysSparse(),
    undoLimit: 0,
    context,
  });
  emptyTextIsNotANumber(hf);
  // HyperFormula has TRUE() and FALSE() only; Excel reads TRUE and FALSE as literals.
  hf.addNamedExpression("TRUE", "=TRUE()");
  hf.addNamedExpression("FALSE", "=FALSE()");
  return hf;
}

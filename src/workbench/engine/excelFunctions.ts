/*
 * Excel built-ins the peer sheets use that HyperFormula lacks, with Excel's meaning, so the
 * workbench computes what Excel would: RANK.EQ(number, ref, [order]) — numbers in ref only (text
 * and blanks ignored), ties share a rank, order 0 or omitted ranks the largest first, #N/A when the
 * number is not in ref.
 */
import { HyperFormula } from "hyperformula";
import { registerCustomFunctions } from "./finPlugin";

function rankEq(value: unknown, ref: unknown[][], order: unknown): number | { code: string } {
  if (typeof value !== "number") return { code: "#VALUE!" };
  const numbers = ref.flat().filter((v): v is number => typeof v === "number");
  if (!numbers.includes(value)) return { code: "#N/A" };
  const ascending = typeof order === "number" && order !== 0;
  return 1 + numbers.filter((n) => (ascending ? n < value : n > value)).length;
}

/** Registers the missing built-ins once (HyperFormula's plugins are global). */
export function registerExcelFunctions(): void {
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes("RANK.EQ")) return;
  registerCustomFunctions(
    "RANK",
    {
      functions: [
        {
          id: "EQ",
          name: "EQ",
          parameters: [
            { name: "number" },
            { name: "ref", dimensionality: "matrix" },
            { name: "order", optional: true },
          ],
        },
      ],
    },
    new Map([["EQ", rankEq as (...args: unknown[]) => unknown]]),
    true
  );
}

/*
 * FIN returns only the errors a custom function may return (#DIV/0!, #N/A, #NUM!, #VALUE!, #NULL!),
 * and its metadata lets Excel pass error cells in at all: both read from the production build.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, registerBuiltFunctions } from "../helpers/builtFunctions";
import { message, sheetWith, value } from "./sheet";

registerBuiltFunctions();

const metadataFiles = fs.readdirSync(DIST).filter((f) => /^functions(-[\w-]+)?\.json$/.test(f));

describe("the built metadata lets Excel pass error cells to FIN's `any` parameters", () => {
  test("there is English metadata and at least one localised file", () => {
    expect(metadataFiles).toContain("functions.json");
    expect(metadataFiles).toContain("functions-zh-CN.json");
  });
  test.each(metadataFiles)(
    "%s sets allowErrorForDataTypeAny: true at the top level, where Microsoft's metadata reference puts it",
    (file) => {
      const metadata = JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8"));
      expect(metadata.allowErrorForDataTypeAny).toBe(true);
      expect(Array.isArray(metadata.functions)).toBe(true);
      for (const f of metadata.functions)
        expect({ f: f.id, options: f.options?.allowErrorForDataTypeAny }).toEqual({
          f: f.id,
          options: undefined,
        });
    }
  );
});

describe("an input #REF! or #NAME? comes back as #VALUE! naming the argument and the error", () => {
  // Ranges, so the workbench hands the error cells to the function as Excel does under the metadata.
  const hf = sheetWith(
    [
      ["#REF!", 5, 4],
      ["=NOSUCHNAME()", 2, 2],
    ],
    {
      A3: "=FIN.GROWTH(A1:B1,B1:C1)",
      A4: "=FIN.MARGIN(B1:C1,A2:B2)",
      A5: "=FIN.EXPENSERATIO(B1:C1,B2:C2,,A1:B1)",
      A6: "=FIN.GROWTH(B1:C1,A1:B1)",
    }
  );
  test("#REF! in current", () => {
    expect(value(hf, "A3")).toBe("#VALUE!");
    expect(message(hf, "A3")).toBe("current holds #REF!");
  });
  test("an error a custom function may return comes back as itself", () => {
    const hf2 = sheetWith([[1, 2]], { A3: "=FIN.GROWTH(A1:B1,A1:B1/0)" });
    expect(value(hf2, "A3")).toBe("#DIV/0!");
  });
  test("#NAME? in revenue", () => {
    expect(value(hf, "A4")).toBe("#VALUE!");
    expect(message(hf, "A4")).toBe("revenue holds #NAME?");
  });
  test("#REF! in a further expense range", () => {
    expect(value(hf, "A5")).toBe("#VALUE!");
    expect(message(hf, "A5")).toBe("expenses2 holds #REF!");
  });
  test("in prior, likewise; the cell beside it is computed", () => {
    expect(value(hf, "A6")).toBe("#VALUE!");
    expect(message(hf, "A6")).toBe("prior holds #REF!");
    expect(value(hf, "B6")).toBeCloseTo(-0.2, 12);
  });
});

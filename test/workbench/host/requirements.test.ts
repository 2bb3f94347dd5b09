import { REQUIRED_SETS } from "../../../src/excel/requirements";
import { setUp } from "./officeHost";

describe("requirement sets of the simulated host", () => {
  test("answers every set FIN declares, at the versions Excel on the web has", () => {
    const { host } = setUp();
    const { requirements } = host.Office.context;
    for (const set of REQUIRED_SETS)
      expect(requirements.isSetSupported(set.name, set.version)).toBe(true);
  });

  test("compares versions part by part: ExcelApi 1.7 is below 1.17, 1.18 above it", () => {
    const { requirements } = setUp().host.Office.context;
    expect(requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(requirements.isSetSupported("CustomFunctionsRuntime", "1.4")).toBe(false);
    expect(requirements.isSetSupported("WordApi", "1.1")).toBe(false);
  });
});

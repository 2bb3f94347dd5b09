/*
 * Every message the functions give is in one catalogue, in English and Simplified Chinese, and a
 * FIN formula shows it in Office's display language: Chinese for zh-CN and zh-SG, English for
 * every other language (zh-TW included), as the task pane chooses. The built functions.js runs
 * with the workbench's simulated Office.js as its `Office`, as in Excel's shared runtime.
 */
import { messageCatalogue, messageIn } from "../../src/metrics";
import type { MessageKey } from "../../src/metrics";
import { installOfficeHost } from "../../src/workbench/host";
import { registerCustomFunctions } from "../../src/workbench/engine/finPlugin";
import { createWorkbook } from "../../src/workbench/model";
import { loadBuiltFunctions } from "../helpers/builtFunctions";

const placeholders = (text: string) => [...text.matchAll(/\{(\d)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(messageCatalogue.en) as MessageKey[];

describe("the catalogue holds every message in both languages", () => {
  test("Chinese has exactly the English keys", () => {
    expect(Object.keys(messageCatalogue["zh-CN"]).sort()).toEqual([...keys].sort());
  });
  test.each(keys)("%s has the same placeholders in both, and Chinese words", (key) => {
    const zh = messageCatalogue["zh-CN"][key];
    expect(placeholders(zh)).toEqual(placeholders(messageCatalogue.en[key]));
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });
  test("values are filled in as given, a brace in them left alone", () => {
    expect(messageIn("zh-CN", "notANumber", "prior", "{1}")).toBe("prior：“{1}”不是数字");
    expect(messageIn("en", "inputError", "revenue", "#REF!")).toBe("revenue holds #REF!");
    expect(messageIn("zh-CN", "shapes", "current", "1×3", "prior", "1×2")).toBe(
      "current 是 1×3，prior 是 1×2：两者形状不匹配"
    );
  });
});

describe("a FIN formula's message follows Office's display language", () => {
  // functions.js runs first, with no Office yet (as in the workbench page): it reads the language late.
  const host = {} as { Office: typeof Office };
  const built = loadBuiltFunctions(host);
  registerCustomFunctions("FIN", built.metadata, built.registry);
  const wb = createWorkbook();
  installOfficeHost(host, wb, { displayLanguage: "en-US" });
  let row = 0;

  /** Types `formula` in a fresh row of column A with Office showing `language`; its error. */
  async function errorOf(language: string, formula: string) {
    host.Office.context.displayLanguage = language;
    const at = row++;
    wb.typeInput("Sheet1", at, 0, formula);
    await wb.settled();
    return wb.cell("Sheet1", at, 0).error;
  }

  test('=FIN.GROWTH("abc",1) names the argument and the text: English for en-US', async () => {
    expect(await errorOf("en-US", '=FIN.GROWTH("abc",1)')).toEqual({
      code: "#VALUE!",
      message: 'current: "abc" is not a number',
    });
  });
  test.each(["zh-CN", "zh-SG", "ZH-cn"])("the same in Chinese for %s", async (language) => {
    expect(await errorOf(language, '=FIN.GROWTH("abc",1)')).toEqual({
      code: "#VALUE!",
      message: "current：“abc”不是数字",
    });
  });
  test("Traditional Chinese (zh-TW) gets English, as the task pane does", async () => {
    expect((await errorOf("zh-TW", '=FIN.MARGIN(1,"n.a.x")'))?.message).toBe(
      'revenue: "n.a.x" is not a number'
    );
  });
  test("shapes that don't fit: both shapes, in Chinese", async () => {
    expect(await errorOf("zh-CN", "=FIN.GROWTH({1,2,3},{1,2})")).toEqual({
      code: "#VALUE!",
      message: "prior 是 1×2，current 是 1×3：两者形状不匹配",
    });
  });
  test("a TRUE where a number belongs, and a negate that is not TRUE or FALSE", async () => {
    expect((await errorOf("zh-CN", "=FIN.LOSSRATE(TRUE,10)"))?.message).toBe(
      "netIncome：TRUE 不是数字"
    );
    expect((await errorOf("zh-CN", '=FIN.CUMULATIVE({1,2},"yes")'))?.message).toBe(
      "negate：“yes”不是 TRUE 或 FALSE"
    );
  });
  test("back in English once Office is English again", async () => {
    expect((await errorOf("en-GB", '=FIN.CAGR("ten",1,2)'))?.message).toBe(
      'begin: "ten" is not a number'
    );
  });
});

/*
 * Where the help page, the functions' JSDoc (→ functions.json), their Chinese descriptions and the
 * README state a FIN function's rule or show a worked example, they say what the catalogue and
 * the metrics say.
 */
import * as fs from "fs";
import * as path from "path";
import { functionRules } from "../../src/catalogue";
import * as metrics from "../../src/metrics";

const ROOT = path.resolve(__dirname, "../..");
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");
const lower = (s: string) => s.toLowerCase();

const readme = read("README.md").replace(/\\\|/g, "|");
const help = read("src/help/help.html");
const source = read("src/functions/functions.ts");
const zh = JSON.parse(read("src/functions/locales/zh-CN.json")) as Record<
  string,
  { description: string }
>;

/** The JSDoc block of the function with this id. */
function jsdoc(id: string): string {
  const at = source.indexOf(`@customfunction ${id}\n`);
  return source.slice(source.lastIndexOf("/**", at), at);
}

/** The help page's section for the function: from its heading to the next. */
function helpSection(id: string): string {
  const at = help.indexOf(`id="${id.toLowerCase()}"`);
  return help.slice(at, help.indexOf("<h2", at + 1));
}

function readmeRow(id: string): string {
  return readme.split("\n").find((line) => line.startsWith(`| \`FIN.${id}(`)) ?? "";
}

describe.each(Object.entries(functionRules))("FIN.%s", (id, rule) => {
  test("the help page states the catalogue's rule", () => {
    expect(lower(helpSection(id))).toContain(lower(rule.en));
  });
  test("the JSDoc description states it", () => {
    expect(lower(jsdoc(id))).toContain(lower(rule.en));
  });
  test("the Chinese description states it", () => {
    expect(zh[id].description).toContain(rule.zh);
  });
  test("the README's table states it", () => {
    expect(lower(readmeRow(id))).toContain(lower(rule.en));
  });
});

describe("the README's worked examples on literal figures are what the metrics compute", () => {
  const examples: Array<[string, (args: number[]) => metrics.MatrixResult]> = [
    ["GROWTH", ([c, p]) => metrics.growth([[c]], [[p]])],
    ["CAGR", ([b, e, y]) => metrics.cagr([[b]], [[e]], [[y]])],
    ["PPCHANGE", ([c, p]) => metrics.ppChange([[c]], [[p]])],
  ];
  test.each(examples)("FIN.%s", (id, compute) => {
    const m = new RegExp(`=FIN\\.${id}\\(([-\\d.%,]+)\\)\` → (−?[\\d.]+)( %)?`).exec(readmeRow(id));
    expect(m).not.toBeNull();
    const args = m![1]
      .split(",")
      .map((a) => (a.endsWith("%") ? Number(a.slice(0, -1)) / 100 : Number(a)));
    const shown = Number(m![2].replace("−", "-"));
    const result = compute(args);
    if (metrics.isFailure(result)) throw new Error(result.message);
    const value = result[0][0] as number;
    const decimals = (m![2].split(".")[1] ?? "").length;
    expect((m![3] ? value * 100 : value).toFixed(decimals)).toBe(shown.toFixed(decimals));
  });
});

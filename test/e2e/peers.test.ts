/*
 * Compare peers end to end: the workbench page plays Excel on the web, the production task pane
 * (dist/taskpane.js) and FIN functions (dist/functions.js) run on it. Needs `npm run build:all`.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { screenshot, workbenchSuite } from "../helpers/browser";
import { unguarded } from "../helpers/guard";

const FIXTURES = path.resolve(__dirname, "../fixtures");
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");
const SHEETS: Array<[string, string]> = [
  ["Agora", "agora-quarterly-q1-2021-2022.csv"],
  ["Ximalaya", "ximalaya-annual-2018-2020.csv"],
  ["Zoom-like", "peers/zoom-like-q1-fy2022-fy2023.csv"],
  ["Twilio-like", "peers/twilio-like-q1-2021-2022.csv"],
  ["荔枝（示意）", "peers/lizhi-like-annual-2018-2020.csv"],
];

jest.setTimeout(120_000);

const suite = workbenchSuite();
let page: Page;

beforeEach(async () => {
  page = await suite.open({ width: 1600, height: 900 });
});

const values = (address: string) => page.evaluate((a) => window.workbench.values(a), address);
const formulas = (address: string) => page.evaluate((a) => window.workbench.formulas(a), address);
const one = async (address: string) => (await values(address))[0][0];

async function loadSheets(): Promise<void> {
  for (const [name, file] of SHEETS) {
    await page.evaluate(([n, csv]) => window.workbench.loadCsv(n, csv), [name, read(file)]);
  }
}

async function openPeers(): Promise<void> {
  await page.getByRole("tab", { name: "Compare peers" }).click();
  await page.getByRole("checkbox", { name: "Agora", exact: true }).waitFor();
}

async function tick(name: string, on: boolean): Promise<void> {
  const box = page.getByRole("checkbox", { name, exact: true });
  if ((await box.isChecked()) !== on) await box.click();
}

async function pressCompare(): Promise<string> {
  await page.getByRole("button", { name: "Compare peers" }).click();
  const built = page.getByRole("status").filter({ hasText: "Built the sheet" });
  const other = page
    .getByRole("alert")
    .or(page.getByRole("status").filter({ hasNotText: "Built" }));
  await built.or(other).first().waitFor();
  if (!(await built.isVisible()))
    throw new Error(`no sheet built: ${await other.first().textContent()}`);
  return /“(.+)”/.exec((await built.textContent()) ?? "")![1];
}

test("Compare peers builds a sheet of live formulas, statistics, ranks and a chart", async () => {
  await loadSheets();
  await openPeers();
  // Agora, Ximalaya and the Zoom-like peer; the others unticked.
  await tick("Twilio-like", false);
  await tick("荔枝（示意）", false);
  for (const metric of ["Revenue growth (YoY)", "Net loss rate", "Period expense ratio"])
    await tick(metric, true);
  await page.getByRole("checkbox", { name: "Bandwidth cost ratio" }).waitFor({ state: "detached" });
  await page.evaluate(() => window.workbench.syncs()); // reset the counter
  const sheet = await pressCompare();
  expect(sheet).toBe("Peer comparison");
  const syncs = await page.evaluate(() => window.workbench.syncs());
  expect(syncs.count).toBe(2);

  const q = (a: string) => `'Peer comparison'!${a}`;
  expect(await values(q("A1:D2"))).toEqual([
    ["Metric", "Agora", "Ximalaya", "Zoom-like"],
    ["Period", "Q1 2022", "2020年", "Q1 FY2023"],
  ]);
  expect(await values(q("A3:A5"))).toEqual([
    ["Revenue growth (YoY)"],
    ["Net loss rate"],
    ["Period expense ratio"],
  ]);
  // Live formulas over the source sheets, cell by cell.
  expect((await formulas(q("B3:D5"))).map((r) => r.map(unguarded))).toEqual([
    [
      "=FIN.GROWTH(Agora!C2,Agora!B2)",
      "=FIN.GROWTH(Ximalaya!D2,Ximalaya!C2)",
      "=FIN.GROWTH('Zoom-like'!C3,'Zoom-like'!B3)",
    ],
    [
      "=FIN.LOSSRATE(Agora!C5,Agora!C2)",
      "=FIN.LOSSRATE(Ximalaya!D10,Ximalaya!D2)",
      "=FIN.LOSSRATE('Zoom-like'!C9,'Zoom-like'!C3)",
    ],
    [
      "",
      "=FIN.EXPENSERATIO(Ximalaya!D9,Ximalaya!D2)",
      "=FIN.EXPENSERATIO('Zoom-like'!C8,'Zoom-like'!C3)",
    ],
  ]);
  expect(await one(q("B3"))).toBeCloseTo(38.59 / 40.2 - 1, 9); // −4.0 %
  expect(await one(q("B4"))).toBeCloseTo(26.94 / 38.59, 9); // 69.8 %
  expect(await one(q("C5"))).toBeCloseTo(26.33 / 40.5, 9); // 65.0 %
  expect(await one(q("B5"))).toBe(""); // Agora has no admin expense line: blank, never 0
  const [[median, mean, max, min]] = await values(q("E4:H4"));
  const lossRates = [26.94 / 38.59, 6.05 / 40.5, -110 / 1070];
  expect(median).toBeCloseTo(6.05 / 40.5, 9);
  expect(mean).toBeCloseTo(lossRates.reduce((a, b) => a + b) / 3, 9);
  expect(max).toBeCloseTo(26.94 / 38.59, 9);
  expect(min).toBeCloseTo(-110 / 1070, 9);
  expect(await formulas(q("I4"))).toEqual([[`=IF(ISNUMBER(B4),RANK.EQ(B4,$B4:$D4,1),"")`]]);
  expect(await values(q("L4"))).toEqual([["the lowest"]]);
  expect(
    await page.evaluate(() => window.workbench.numberFormats("'Peer comparison'!B3:H3"))
  ).toEqual([Array(7).fill("0.0%")]);

  const charts = await page.evaluate(() => window.workbench.charts("Peer comparison"));
  expect(charts).toHaveLength(1);
  expect(charts[0].type).toBe("ColumnClustered");
  expect(charts[0].seriesBy).toBe("Rows");
  expect(charts[0].categories).toEqual(["Agora", "Ximalaya", "Zoom-like"]);
  expect(charts[0].series).toHaveLength(1);
  expect(charts[0].series[0].name).toBe("Revenue growth (YoY)");
  expect(charts[0].series[0].values[0]).toBeCloseTo(38.59 / 40.2 - 1, 9);
  await screenshot(page, "peers-comparison");

  // Editing a source statement updates the comparison.
  await page.evaluate(() => window.workbench.setCell("Agora!C5", "(30.00)"));
  expect(await one(q("B4"))).toBeCloseTo(30 / 38.59, 9);

  // Pressing Compare again adds "Peer comparison (2)" and leaves the first alone.
  const before = await formulas(q("A1:L12"));
  expect(await pressCompare()).toBe("Peer comparison (2)");
  expect(await formulas(q("A1:L12"))).toEqual(before);
  expect(await page.evaluate(() => window.workbench.sheets())).toEqual([
    "Sheet1",
    ...SHEETS.map(([n]) => n),
    "Peer comparison",
    "Peer comparison (2)",
  ]);
});

test("a common period, transposed: Ximalaya against the Lizhi-like peer in 2019", async () => {
  await loadSheets();
  await openPeers();
  for (const name of ["Agora", "Zoom-like", "Twilio-like"]) await tick(name, false);
  await tick("Bandwidth cost ratio", true);
  await tick("Period expense ratio", true);
  await page.getByRole("radio", { name: "One period all of them have" }).click();
  await page.getByRole("combobox", { name: "Common period" }).selectOption({ label: "2019" });
  await page.getByRole("switch", { name: "Metrics across, companies down" }).click();
  // A name that looks like a formula stays text on the sheet.
  const rename = page.getByRole("textbox", { name: "Name of Ximalaya in the comparison" });
  await rename.fill('=HYPERLINK("http://example.com","Ximalaya")');
  const sheet = await pressCompare();
  const q = (a: string) => `'${sheet}'!${a}`;
  const header = (await values(q("A1:F1")))[0];
  expect(header.slice(0, 2)).toEqual(["Company", "Period"]);
  expect(await values(q("A2:B3"))).toEqual([
    ['=HYPERLINK("http://example.com","Ximalaya")', "2019年"],
    ["荔枝（示意）", "2019年"],
  ]);
  const bandwidth = header.indexOf("Bandwidth cost ratio");
  expect(bandwidth).toBeGreaterThan(1);
  const col = String.fromCharCode(65 + bandwidth);
  expect(await one(q(`${col}2`))).toBeCloseTo(0.75 / 26.77, 9);
  expect(await one(q(`${col}3`))).toBeCloseTo(0.5 / 15.1, 9);
  await screenshot(page, "peers-common-transposed");
});

test("Insert sample statements adds new sheets, never replacing one, and Compare works at once", async () => {
  await page.evaluate((csv) => window.workbench.loadCsv("Agora", csv), read(SHEETS[0][1]));
  await page.getByRole("tab", { name: "Compare peers" }).click();
  await page.getByRole("button", { name: "Insert sample statements" }).click();
  await page.getByRole("checkbox", { name: "Agora (2)", exact: true }).waitFor();
  const sheets = await page.evaluate(() => window.workbench.sheets());
  expect(sheets).toEqual([
    "Sheet1",
    "Agora",
    "Agora (2)",
    "Ximalaya",
    "Zoom-like",
    "Twilio-like",
    "荔枝（示意）",
    "哔哩哔哩（示意）",
  ]);
  expect(await values("'Zoom-like'!A1")).toEqual([
    ["Illustrative figures: a Zoom-like peer invented for trying FIN, not reported results"],
  ]);
  expect(await values("'荔枝（示意）'!B2:D2")).toEqual([["2018年", "2019年", "2020年"]]);
  const sheet = await pressCompare();
  expect(sheet).toBe("Peer comparison");
  expect((await values(`'${sheet}'!B1:H1`))[0]).toEqual([
    "Agora",
    "Agora (2)",
    "Ximalaya",
    "Zoom-like",
    "Twilio-like",
    "荔枝（示意）",
    "哔哩哔哩（示意）",
  ]);
  await screenshot(page, "peers-samples");
});

test("in the Chinese interface the sheet is 同业对比, with Chinese labels", async () => {
  page = await suite.open({ language: "zh-CN", width: 1600, height: 900 });
  await loadSheets();
  await page.getByRole("tab", { name: "同业对比" }).click();
  await page.getByRole("checkbox", { name: "Agora", exact: true }).waitFor();
  for (const name of ["Agora", "Zoom-like", "Twilio-like"]) await tick(name, false);
  await page.getByRole("button", { name: "同业对比" }).click();
  const built = page.getByRole("status").filter({ hasText: "已生成工作表" });
  await built.waitFor();
  expect(await built.textContent()).toContain("“同业对比”");
  expect(await values("同业对比!A1:C4")).toEqual([
    ["指标", "Ximalaya", "荔枝（示意）"],
    ["期间", "2020年", "2020年"],
    [expect.any(String), expect.any(Number), expect.any(Number)],
    ["净亏损率", expect.any(Number), expect.any(Number)],
  ]);
  expect(await one("同业对比!C5")).toBeCloseTo((2.6 + 1 + 0.03) / 15, 9); // 期间费用率, no 总营业费用 line
  await screenshot(page, "peers-zh");
});

test("the pane lists two statements of one sheet and names the sheet it could not read, with why", async () => {
  const both = `${read("ximalaya-annual-2018-2020.csv").trim()}\n,,,\n,,,\n${read("agora-quarterly-q1-2021-2022.csv")}`;
  await page.evaluate(([n, csv]) => window.workbench.loadCsv(n, csv), ["Both", both]);
  await page.evaluate(
    ([n, csv]) => window.workbench.loadCsv(n, csv),
    ["Notes", "just some words\nand more"]
  );
  await page.getByRole("tab", { name: "Compare peers" }).click();
  await page.getByRole("checkbox", { name: "Both (2)", exact: true }).waitFor();
  expect(await page.getByRole("checkbox", { name: "Both", exact: true }).isChecked()).toBe(true);
  await page.getByText("“Notes”: no figures.").waitFor();
});

/*
 * Compare peers end to end: the workbench page plays Excel on the web, the production task pane
 * (dist/taskpane.js) and FIN functions (dist/functions.js) run on it. Needs `npm run build:all`.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { screenshot, workbenchSuite } from "../helpers/browser";

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
  const built = page.getByRole("status").filter({ hasText: /Built the sheet|Rebuilt/ });
  const other = page
    .getByRole("alert")
    .or(page.getByRole("status").filter({ hasNotText: /built/i }));
  await built.or(other).first().waitFor();
  if (!(await built.isVisible()))
    throw new Error(`no sheet built: ${await other.first().textContent()}`);
  return /“(.+)”/.exec((await built.textContent()) ?? "")![1];
}

test("Agora the subject against Twilio and Zoom: peer medians without Agora, its difference, sizes, a percent chart", async () => {
  await loadSheets();
  await page.evaluate(() => window.workbench.select("Agora!A1"));
  await openPeers();
  // Like with like: the quarterly companies start ticked, the annual ones not.
  for (const [name, on] of [
    ["Agora", true],
    ["Zoom-like", true],
    ["Twilio-like", true],
    ["Ximalaya", false],
    ["荔枝（示意）", false],
  ] as const)
    expect(await page.getByRole("checkbox", { name, exact: true }).isChecked()).toBe(on);
  const subject = page.getByRole("combobox", { name: /Subject company/ });
  expect(await subject.locator("option:checked").textContent()).toBe("Agora");
  await tick("Revenue growth (YoY)", false);
  // Only metrics every ticked company has: Agora has no administrative expense line.
  await page.getByRole("checkbox", { name: "Period expense ratio" }).waitFor({ state: "detached" });
  await page.getByRole("combobox", { name: "Chart" }).selectOption({ label: "Net loss rate" });
  await page.evaluate(() => window.workbench.syncs()); // reset the counter
  const sheet = await pressCompare();
  expect(sheet).toBe("Peer comparison");
  expect((await page.evaluate(() => window.workbench.syncs())).count).toBe(2);

  const q = (a: string) => `'Peer comparison'!${a}`;
  expect(await values(q("A1:K2"))).toEqual([
    [
      "Metric",
      "Agora",
      "Zoom-like",
      "Twilio-like",
      "Peer median (excl. Agora)",
      "Peer mean (excl. Agora)",
      "Peer max (excl. Agora)",
      "Peer min (excl. Agora)",
      "Agora vs peer median",
      "Agora's rank of 3",
      "Rank 1 is",
    ],
    ["Period", "Q1 2022", "Q1 FY2023", "Q1 2022", "", "", "", "", "", "", ""],
  ]);
  expect(await values(q("A3:A4"))).toEqual([["Revenue (USD millions)"], ["Net loss rate"]]);
  // Revenue in USD millions as written; the peer median of 1,070 and 875 is 972.5.
  expect(await values(q("B3:D3"))).toEqual([[38.59, 1070, 875]]);
  expect(await one(q("E3"))).toBeCloseTo(972.5, 9);
  expect(await one(q("I3"))).toBeCloseTo(38.59 / 972.5 - 1, 9); // −96.0 %
  // Net loss rate: Agora 26.94 ÷ 38.59; the peers' median of −110 ÷ 1,070 and 220 ÷ 875.
  const median = (-110 / 1070 + 220 / 875) / 2;
  expect(await one(q("B4"))).toBeCloseTo(26.94 / 38.59, 9);
  expect(await one(q("E4"))).toBeCloseTo(median, 9);
  expect(await one(q("I4"))).toBeCloseTo((26.94 / 38.59 - median) * 100, 7); // 62.4 pp
  expect(await one(q("J4"))).toBe(3); // rank 1 is the lowest loss rate: Zoom-like
  expect(await values(q("K4"))).toEqual([["the lowest"]]);

  const [chart] = await page.evaluate(() => window.workbench.charts("Peer comparison"));
  expect(chart.title).toBe("Net loss rate, latest period");
  expect(chart.valueAxisFormat).toBe("0%");
  expect(chart.left).toBeGreaterThan(10); // beside the table (A:K), never over it
  expect(chart.categories).toEqual(["Agora", "Zoom-like", "Twilio-like"]);
  await screenshot(page, "peers-subject");

  // Q2 2022 arrives for Agora; the analyst has typed a figure of their own into FIN's area.
  await page.evaluate(() => {
    window.workbench.setCell("Agora!D1", "Q2 2022");
    window.workbench.setCell("Agora!D2", "41.00");
    window.workbench.setCell("Agora!D5", "(20.50)");
    window.workbench.setCell("'Peer comparison'!F4", "0.2");
  });
  await page.getByRole("button", { name: "Refresh Peer comparison" }).click();
  const refreshed = page.getByRole("status").filter({ hasText: "Refreshed" });
  await refreshed.waitFor();
  expect(await refreshed.textContent()).toContain("Kept as you typed: F4.");
  expect(await one(q("B2"))).toBe("Q2 2022");
  expect(await one(q("B4"))).toBeCloseTo(20.5 / 41, 9);
  expect(await one(q("F4"))).toBe(0.2);
  expect(await one(q("I4"))).toBeCloseTo((20.5 / 41 - median) * 100, 7);
  // Building again rewrites the same sheet: no Peer comparison (2).
  expect(await pressCompare()).toBe("Peer comparison");
  expect(await page.evaluate(() => window.workbench.sheets())).toEqual([
    "Sheet1",
    ...SHEETS.map(([n]) => n),
    "Peer comparison",
  ]);

  // Renamed by the analyst, the peer sheet is listed under its new name and still refreshes.
  await page.evaluate(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Peer comparison").name = "Comps Q2";
      await context.sync();
    })
  );
  await page.getByRole("button", { name: "Refresh list" }).click();
  await page.getByRole("button", { name: "Refresh Comps Q2" }).click();
  await page.getByRole("status").filter({ hasText: "Refreshed “Comps Q2”" }).waitFor();
  expect(await one("'Comps Q2'!B4")).toBeCloseTo(20.5 / 41, 9);
  expect(await page.evaluate(() => window.workbench.sheets())).toEqual([
    "Sheet1",
    ...SHEETS.map(([n]) => n),
    "Comps Q2",
  ]);
});

test("Ximalaya (RMB 亿元) against Agora (USD): a rate typed in the pane becomes the sheet's input cell", async () => {
  await loadSheets();
  await page.evaluate(() => window.workbench.select("Ximalaya!A1"));
  await openPeers();
  await tick("荔枝（示意）", false);
  await tick("Agora", true);
  // Mixing years and quarters is allowed, with a note.
  await page.getByText(/Years and quarters mixed/).waitFor();
  for (const metric of ["Revenue growth (YoY)", "Net loss rate"]) await tick(metric, false);
  await tick("Revenue", true);
  const rate = page.getByRole("textbox", { name: "1 RMB in USD" });
  expect(await rate.inputValue()).toBe(""); // never guessed
  await rate.fill("0.15");
  const sheet = await pressCompare();
  const q = (a: string) => `'${sheet}'!${a}`;
  expect(await values(q("A3:C3"))).toEqual([["Revenue (USD millions)", 607.5, 38.59]]); // 40.50 亿 × 100 × 0.15
  expect(await values(q("A6:B6"))).toEqual([["1 RMB in USD", 0.15]]);
  expect(await formulas(q("B3"))).toEqual([
    ['=IF(OR(Ximalaya!D2="",$B$6=""),"",Ximalaya!D2*100*$B$6)'],
  ]);
  await page.evaluate((a) => window.workbench.setCell(a, "0.14"), q("B6"));
  expect(await one(q("B3"))).toBeCloseTo(567, 9); // 4,050 × 0.14
  await screenshot(page, "peers-sizes");
});

test("three fiscal years side by side for Ximalaya, Lizhi and Bilibili, each under its own labels", async () => {
  await loadSheets();
  await page.evaluate(
    ([n, csv]) => window.workbench.loadCsv(n, csv),
    ["Bilibili", read("peers/bilibili-like-annual-2019-2020.csv")]
  );
  await page.evaluate(() => window.workbench.select("Ximalaya!A1"));
  await openPeers();
  expect(await page.getByRole("checkbox", { name: "Bilibili", exact: true }).isChecked()).toBe(
    true
  );
  await page.getByRole("spinbutton", { name: /Periods per company/ }).fill("3");
  const sheet = await pressCompare();
  const q = (a: string) => `'${sheet}'!${a}`;
  expect(await values(q("B1:J2"))).toEqual([
    [
      "Ximalaya",
      "荔枝（示意）",
      "Bilibili",
      "Ximalaya",
      "荔枝（示意）",
      "Bilibili",
      "Ximalaya",
      "荔枝（示意）",
      "Bilibili",
    ],
    ["2018年", "2018年", "", "2019年", "2019年", "2019年", "2020年", "2020年", "2020年"],
  ]);
  await screenshot(page, "peers-three-years");
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
  // Like with like: the quarterly statements, as the first one listed.
  expect((await values(`'${sheet}'!B1:E1`))[0]).toEqual([
    "Agora",
    "Agora (2)",
    "Zoom-like",
    "Twilio-like",
  ]);
  await screenshot(page, "peers-samples");
});

test("in the Chinese interface the sheet is 同业对比: subject columns, sizes and notes in Chinese", async () => {
  page = await suite.open({ language: "zh-CN", width: 1600, height: 900 });
  await loadSheets();
  await page.evaluate(() => window.workbench.select("Ximalaya!A1"));
  await page.getByRole("tab", { name: "同业对比" }).click();
  await page.getByRole("checkbox", { name: "Agora", exact: true }).waitFor();
  await page.getByRole("button", { name: "同业对比" }).click();
  const built = page.getByRole("status").filter({ hasText: "已生成工作表" });
  await built.waitFor();
  expect(await built.textContent()).toContain("“同业对比”");
  expect(await values("同业对比!A1:D3")).toEqual([
    ["指标", "Ximalaya", "荔枝（示意）", "同业中位数（不含Ximalaya）"],
    ["期间", "2020年", "2020年", ""],
    ["营业收入（亿元人民币）", 40.5, 15, 15],
  ]);
  expect(await one("同业对比!C6")).toBeCloseTo((2.6 + 1 + 0.03) / 15, 9); // 期间费用率, no 总营业费用 line
  const [chart] = await page.evaluate(() => window.workbench.charts("同业对比"));
  expect(chart.title).toBe("营业收入（亿元人民币）（2020年）");
  expect(chart.valueAxisFormat).toBe("#,##0");
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

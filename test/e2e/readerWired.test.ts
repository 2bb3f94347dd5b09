/*
 * Issue 10 in the workbench, through the task pane's buttons: the reader's questions, notes,
 * GAAP vs adjusted lines, checks and period defaults, with the figures read back cell by cell.
 * Needs `npm run build:all`.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { loadStatement, pressInPane, screenshot, workbenchSuite } from "../helpers/browser";

const corpus = (name: string) =>
  fs.readFileSync(path.resolve(__dirname, "../fixtures/statements/corpus", `${name}.csv`), "utf8");

const suite = workbenchSuite();
let page: Page;
const pane = () => page.locator(".wb-taskpane");

const press = (name: string) => pressInPane(page, name);

/** The row whose column A reads `label`, from `from` to `to`. */
async function rowOf(label: string, from: number, to: number): Promise<number> {
  const column = await page.evaluate((a) => window.workbench.values(a), `A${from}:A${to}`);
  const at = column.findIndex(([v]) => v === label);
  if (at < 0) throw new Error(`no row labelled ${label} in A${from}:A${to}: ${column.join("|")}`);
  return from + at;
}

async function shown(address: string): Promise<string> {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const cell = page.locator(`[role=gridcell][data-row="${Number(m[2]) - 1}"][data-col="${col}"]`);
  return (await cell.textContent())?.trim() ?? "";
}

/** A cell's value, once FIN's results are in (the grid draws only the rows in view). */
async function value(address: string): Promise<unknown> {
  return (await page.evaluate((a) => window.workbench.values(a), address))[0][0];
}

async function columnA(from: number, to: number): Promise<string[]> {
  const column = await page.evaluate((a) => window.workbench.values(a), `A${from}:A${to}`);
  return column.map(([v]) => String(v));
}

test("A-share: 15.9 % and 53.0 % over 营业总收入, 17.5 % and 58.3 % when the analyst picks 营业收入, the base named on the sheet", async () => {
  page = await suite.open({ height: 1600 });
  await loadStatement(page, "利润表", corpus("ashare-lirunbiao-qizhong"), "A1:D27");
  await press("Analyze selection");
  const total = pane().getByRole("radio", { name: /一、营业总收入/ });
  await total.waitFor();
  expect(await total.isChecked()).toBe(true);
  await press("Insert analysis");
  const per = await rowOf("期间费用率", 29, 90);
  expect(await shown(`C${per}`)).toBe("15.9%");
  const cost = await rowOf("其中：营业成本 占收入比", 29, 90);
  expect(await shown(`C${cost}`)).toBe("53.0%");
  expect(await columnA(29, 90)).toContain("收入基数：一、营业总收入（第 4 行）");
  await screenshot(page, "analyze-ashare-total-revenue");

  await pane()
    .getByRole("radio", { name: /其中：营业收入/ })
    .check();
  await press("Insert analysis");
  const second = per + (await columnA(per, 200)).findIndex((v, i) => i > 0 && v === "期间费用率");
  expect(await value(`C${second}`)).toBeCloseTo(21 / 120, 9); // 17.5 %
  const cost2 = await rowOf("其中：营业成本 占收入比", second - 30, second);
  expect(await value(`C${cost2}`)).toBeCloseTo(70 / 120, 9); // 58.3 %
  expect(await columnA(second, second + 20)).toContain("收入基数：其中：营业收入（第 5 行）");
});

test("Agora's press release with non-GAAP lines: net loss rate 69.8 %, the adjusted rate on its own row", async () => {
  page = await suite.open();
  await loadStatement(page, "Agora", corpus("press-release-agora-non-gaap"), "A1:C12");
  await press("Analyze selection");
  await press("Insert analysis");
  const loss = await rowOf("Net loss rate", 14, 60);
  expect(await shown(`C${loss}`)).toBe("69.8%");
  const adjusted = await rowOf("Adjusted net loss rate (Non-GAAP net loss)", 14, 60);
  expect(await shown(`C${adjusted}`)).toBe("38.9%");
});

test("a mistyped segment shows the check in the pane, and written it stays live", async () => {
  page = await suite.open({ height: 1600 });
  await loadStatement(page, "10-K", corpus("us-10k-segments-mistyped"), "A1:D29");
  await press("Analyze selection");
  const table = pane().getByRole("table", { name: "The statement's own arithmetic" });
  await table.waitFor();
  const row = table.getByRole("row", { name: /Total revenues/ });
  expect(await row.textContent()).toContain("1,755");
  expect(await row.textContent()).toContain("1,800");
  expect(await row.textContent()).toContain("-45");
  await pane()
    .getByRole("checkbox", { name: /The statement's checks/ })
    .check();
  await press("Insert analysis");
  const check = await rowOf("Check: Total revenues (reported − computed)", 31, 120);
  expect(await shown(`C${check}`)).toBe("-45.00");
  // The analyst corrects 2022 service revenue (750 → 705): the check row reads 0.
  await page.evaluate(() => window.workbench.setCell("C7", "705"));
  const after = await page.evaluate((a) => window.workbench.values(a), `C${check}`);
  expect(after[0][0]).toBe(0);
});

test("twelve quarters: the CAGR is not ticked", async () => {
  page = await suite.open();
  await loadStatement(page, "Q", corpus("twelve-quarters"), "A1:M3");
  await press("Analyze selection");
  const cagr = pane().getByRole("checkbox", { name: "CAGR over the whole span" });
  await cagr.waitFor();
  expect(await cagr.isChecked()).toBe(false);
});

/*
 * Analyze selection end to end: the production task pane (dist/taskpane.js) in the workbench, driven
 * through its buttons in Chromium, with the block read back cell by cell. Needs `npm run build:all`.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, screenshot, loadStatement, workbenchSuite } from "../helpers/browser";
import { unguarded } from "../helpers/guard";

const FIXTURES = path.resolve(__dirname, "../fixtures");
const XIMALAYA = fs.readFileSync(path.join(FIXTURES, "ximalaya-annual-2018-2020.csv"), "utf8");
const AGORA = fs.readFileSync(path.join(FIXTURES, "agora-quarterly-q1-2021-2022.csv"), "utf8");

const suite = workbenchSuite();
let page: Page;

async function open(language?: string, height?: number): Promise<void> {
  page = await suite.open({ language, height });
}

const pane = () => page.locator(".wb-taskpane");

/** The task pane alone (350 px wide), under test/artifacts/. */
async function paneShot(name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await pane().screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

const load = (sheet: string, csv: string, selection: string) =>
  loadStatement(page, sheet, csv, selection);

/** Clicks a task pane button and waits until it has finished working (no spinner). */
/** Clicks a pane button and waits for its work to finish; a large write may take longer than Playwright's 30 s default. */
async function press(name: string | RegExp, timeout = 30_000): Promise<void> {
  await pane()
    .getByRole("button", { name, exact: typeof name === "string" })
    .click({ timeout });
  await page.waitForFunction(
    () => !document.querySelector(".wb-taskpane [role=progressbar], .wb-taskpane .fui-Spinner"),
    undefined,
    { timeout }
  );
}

/** The sheet's column A from `from` down, to find a metric's row by its label. */
async function rowOf(label: string, from: number, to: number): Promise<number> {
  const column = await page.evaluate((a) => window.workbench.values(a), `A${from}:A${to}`);
  const at = column.findIndex(([v]) => v === label);
  if (at < 0) throw new Error(`no row labelled ${label} in A${from}:A${to}: ${column.join("|")}`);
  return from + at;
}

/** What the grid shows in a cell (the number formatted), as the analyst sees it. */
async function shown(address: string): Promise<string> {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const cell = page.locator(`[role=gridcell][data-row="${Number(m[2]) - 1}"][data-col="${col}"]`);
  return (await cell.textContent())?.trim() ?? "";
}

/** The text of a pane element, once it is there. */
async function text(locator: ReturnType<Page["locator"]>): Promise<string> {
  await locator.waitFor();
  return (await locator.textContent()) ?? "";
}

/** The FIN call a cell holds, inside the blank test every written formula starts with. */
const formula = async (address: string) =>
  unguarded((await page.evaluate((a) => window.workbench.formulas(a), address))[0][0]);

test("Ximalaya: the block of live formulas, 65.0 % period expense ratio and 51.3 % revenue growth in 2020", async () => {
  await open(undefined, 1500);
  await load("Ximalaya", XIMALAYA, "A1:D10");
  await paneShot("analyze-pane-start");
  await page.evaluate(() => window.workbench.syncs());
  await press("Analyze selection");
  expect((await page.evaluate(() => window.workbench.syncs())).count).toBe(1);
  await pane().getByText("Ximalaya!A1:D10").waitFor();
  await screenshot(page, "analyze-ximalaya-read");
  await paneShot("analyze-pane-read");

  await press("Insert analysis");
  expect((await page.evaluate(() => window.workbench.syncs())).count).toBe(2);
  expect(await text(pane().getByRole("status"))).toContain("Ximalaya!A12:D45");

  expect(await formula("D13")).toBe("=FIN.GROWTH(D2,C2)");
  expect(await shown("D13")).toBe("51.3%");
  expect(await formula("B13")).toBe("");
  const per = await rowOf("期间费用率", 12, 42);
  expect(await formula(`D${per}`)).toBe("=FIN.EXPENSERATIO(D9,D2)");
  expect(await shown(`D${per}`)).toBe("65.0%");
  const loss = await rowOf("净亏损率", 12, 42);
  expect(await formula(`D${loss}`)).toBe("=FIN.LOSSRATE(D10,D2)");
  expect(await shown(`D${loss}`)).toBe("14.9%");
  expect(await shown(`D${loss + 1}`)).toBe("-13.9 pp");
  expect(await page.evaluate(() => window.workbench.numberFormats("D13:D14"))).toEqual([
    ["0.0%"],
    ["0.0%"],
  ]);
  await screenshot(page, "analyze-ximalaya-written");
  await paneShot("analyze-pane-written");

  // A second click does not overwrite the first block.
  const first = await page.evaluate(() => window.workbench.formulas("A12:D45"));
  await press("Insert analysis");
  expect(await text(pane().getByRole("status"))).toContain("Ximalaya!A47:D80");
  expect(await page.evaluate(() => window.workbench.formulas("A12:D45"))).toEqual(first);
  expect(await formula("D48")).toBe("=FIN.GROWTH(D2,C2)");
});

test("Agora: Q1 2022 R&D ratio 80.4 % and net loss rate 69.8 %", async () => {
  await open();
  await load("Agora", AGORA, "A1:C5");
  await press("Analyze selection");
  await press("Insert analysis");
  const rd = await rowOf("Research and development % of revenue", 7, 20);
  expect(await formula(`C${rd}`)).toBe("=FIN.EXPENSERATIO(C3,C2)");
  expect(await shown(`C${rd}`)).toBe("80.4%");
  const loss = await rowOf("Net loss rate", 7, 20);
  expect(await formula(`C${loss}`)).toBe("=FIN.LOSSRATE(C5,C2)");
  expect(await shown(`C${loss}`)).toBe("69.8%");
  await screenshot(page, "analyze-agora-written");
});

test("reassigning a line in the pane changes what is written", async () => {
  await open();
  await load("Agora", AGORA, "A1:C5");
  await press("Analyze selection");
  await pane()
    .getByRole("combobox", { name: "Meaning of “Sales and marketing”" })
    .selectOption({ label: "Not used" });
  await press("Insert analysis");
  const labels = (await page.evaluate(() => window.workbench.values("A7:A20"))).map(([v]) => v);
  expect(labels).not.toContain("Sales and marketing % of revenue");
  expect(labels).toContain("Research and development % of revenue");
});

test("without a revenue line the pane says so and offers no ratios", async () => {
  await open();
  await load("Agora", AGORA, "A1:C5");
  await press("Analyze selection");
  await pane()
    .getByRole("combobox", { name: "Meaning of “Total revenues”" })
    .selectOption({ label: "Not used" });
  expect(await text(pane().getByText(/No revenue line was recognised/))).toContain("Revenue");
  const ratio = pane().getByRole("checkbox", { name: "Each expense as % of revenue" });
  expect(await ratio.isDisabled()).toBe(true);
  expect(await ratio.getAttribute("aria-describedby")).toBeTruthy();
});

test("the primary button is reached with Tab and pressed with Enter; failures are plain words", async () => {
  await open();
  await load("Ximalaya", XIMALAYA, "B3");
  // From the tab above it, one Tab lands on the primary button.
  await pane().getByRole("tab", { name: "Analyze selection" }).focus();
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  expect(focused).toBe("Analyze selection");
  await page.keyboard.press("Enter");
  expect(await text(pane().getByRole("alert"))).toContain("Only one cell is selected");
  await paneShot("analyze-pane-single-cell");
});

test("a 2,000-line × 40-period statement: 1 sync to read, 4 to write (requests under 5 MB)", async () => {
  await open();
  const years = Array.from({ length: 40 }, (_, i) => `FY${1983 + i}`);
  const rows = [
    ["USD in millions", ...years].join(","),
    ...Array.from({ length: 2000 }, (_, i) =>
      [
        i === 0 ? "Revenue" : i === 1999 ? "Net income" : `Item ${i}`,
        ...years.map((_, p) => 100 + i + p),
      ].join(",")
    ),
  ].join("\n");
  await load("Big", rows, "A1:AO2001");
  await page.evaluate(() => window.workbench.syncs());
  // Filling 80,000 formula cells in the simulated Excel blocks the page: allow it the test's time.
  await press("Analyze selection", 150_000);
  const reading = await page.evaluate(() => window.workbench.syncs());
  await press("Insert analysis", 150_000);
  const writing = await page.evaluate(() => window.workbench.syncs());
  expect(reading.count).toBe(1);
  expect(writing.count).toBe(4);
  expect(writing.bytes).toBeLessThan(4 * 5 * 1024 * 1024);
  expect(await text(pane().getByRole("status"))).toContain("Big!A2003:AO");
  expect(await formula("AO2004")).toBe("=FIN.GROWTH(AO2,AN2)");
  if (process.env.FIN_TEST_FIGURES)
    console.log(
      `e2e 2,000 × 40: read ${JSON.stringify(reading)}, write ${JSON.stringify(writing)}`
    );
}, 180_000);

test("the Chinese task pane renders in Chinese", async () => {
  await open("zh-CN", 1500);
  await load("Ximalaya", XIMALAYA, "A1:D10");
  await press("分析所选区域");
  await pane().getByText("FIN 识别的内容").waitFor();
  expect(
    await pane().getByRole("checkbox", { name: "净亏损率（−净利润 ÷ 营业收入）" }).isChecked()
  ).toBe(true);
  // The details' and the "Write as" choice's own strings follow the pane's language too.
  expect(await pane().getByText("报表勾稽核对，写为实时行（报告数 − 计算数）").count()).toBe(1);
  expect(
    await pane().getByRole("radio", { name: "FIN 公式（实时更新；按 F2 可见 FIN.*）" }).isChecked()
  ).toBe(true);
  await screenshot(page, "analyze-zh-read");
  await paneShot("analyze-pane-zh-read");
  await press("插入分析");
  expect(await text(pane().getByRole("status"))).toContain("已在 Ximalaya!A12:D45 添加分析");
  expect(await page.evaluate(() => window.workbench.values("A13"))).toEqual([["营业收入 增长率"]]);
  await screenshot(page, "analyze-zh-written");
});

test("Update: Agora's block gets Q1 2023 in place, the analyst's note kept and listed", async () => {
  await open(undefined, 1200);
  await load("Agora", AGORA, "A1:C5");
  await press("Analyze selection");
  await press("Insert analysis");
  expect(await text(pane().getByRole("status"))).toContain("Agora!A7:C20");
  const growth = await rowOf("Total revenues growth (YoY)", 7, 20);
  const loss = await rowOf("Net loss rate", 7, 20);
  // The analyst notes something in a cell FIN left blank (Q1 2021 has no prior year) …
  await page.evaluate((a) => window.workbench.setCell(a, "restated?"), `Agora!B${growth}`);
  // … and adds Q1 2023: revenue 35.00, R&D 28.00, sales and marketing 10.50, net loss (21.00).
  for (const [row, input] of ["Q1 2023", "35.00", "28.00", "10.50", "(21.00)"].entries())
    await page.evaluate(([a, v]) => window.workbench.setCell(a, v), [`Agora!D${row + 1}`, input]);
  await page.evaluate(() => window.workbench.select("Agora!A1:D5"));

  await page.evaluate(() => window.workbench.syncs());
  await press("Read selection again");
  expect((await page.evaluate(() => window.workbench.syncs())).count).toBe(1);
  const updateButton = pane().getByRole("button", { name: "Update FIN_analysis_1 (Agora!A7:C20)" });
  await updateButton.waitFor();
  expect(await pane().getByRole("button", { name: "Insert a new block" }).isEnabled()).toBe(true);
  await paneShot("analyze-pane-update-offered");

  await press("Update FIN_analysis_1 (Agora!A7:C20)");
  const updating = await page.evaluate(() => window.workbench.syncs());
  expect(updating.count).toBeLessThanOrEqual(2);
  if (process.env.FIN_TEST_FIGURES) console.log(`e2e update Agora: ${JSON.stringify(updating)}`);
  expect(await text(pane().getByRole("status"))).toBe(
    `Updated FIN_analysis_1 at Agora!A7:D20. Kept 1 cell you typed: B${growth}.`
  );

  // Q1 2023: (35.00 − 38.59) ÷ 38.59 = −9.3 %; 21.00 ÷ 35.00 = 60.0 %; 60.0 − 69.8 = −9.8 pp.
  expect(await formula(`D${growth}`)).toBe("=FIN.GROWTH(D2,C2)");
  expect(await shown(`D${growth}`)).toBe("-9.3%");
  expect(await formula(`D${loss}`)).toBe("=FIN.LOSSRATE(D5,D2)");
  expect(await shown(`D${loss}`)).toBe("60.0%");
  expect(await shown(`D${loss + 1}`)).toBe("-9.8 pp");
  expect(await shown("D7")).toBe("Q1 2023");
  // Q1 2022 as before: 26.94 ÷ 38.59 = 69.8 %.
  expect(await shown(`C${loss}`)).toBe("69.8%");
  expect(await page.evaluate((a) => window.workbench.values(a), `B${growth}`)).toEqual([
    ["restated?"],
  ]);
  // Nothing was written past the block: the next rows are still empty.
  expect(await page.evaluate(() => window.workbench.values("A21:D22"))).toEqual([
    ["", "", "", ""],
    ["", "", "", ""],
  ]);
  // The pane now offers the block where it is.
  await pane().getByRole("button", { name: "Update FIN_analysis_1 (Agora!A7:D20)" }).waitFor();
  await paneShot("analyze-pane-updated");
});

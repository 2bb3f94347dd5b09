/*
 * The workbench in a real browser: FIN's production functions.js and taskpane.js on the page that
 * plays Excel on the web. Needs `npm run build` (dist/) and the workbench build (dist-workbench/).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { screenshot, workbenchSuite } from "../helpers/browser";
import { parseCsv } from "../helpers/csv";

const FIXTURES = path.resolve(__dirname, "../fixtures");
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const XIMALAYA = fs.readFileSync(path.join(FIXTURES, "ximalaya-annual-2018-2020.csv"), "utf8");
const AGORA = fs.readFileSync(path.join(FIXTURES, "agora-quarterly-q1-2021-2022.csv"), "utf8");

const tabSeparated = (csv: string) =>
  parseCsv(csv)
    .map((row) => row.join("\t"))
    .join("\n");

const cell = (page: Page, address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return page.locator(`[role=gridcell][data-row="${Number(m[2]) - 1}"][data-col="${col}"]`);
};
const nameBox = (page: Page) => page.getByRole("textbox", { name: "Name box" });
const formulaBar = (page: Page) => page.getByRole("textbox", { name: "Formula bar" });

const suite = workbenchSuite();
let page: Page;

beforeEach(async () => {
  page = await suite.open();
});

test("a formula typed into a cell runs FIN's production function and spills across", async () => {
  await page.evaluate((csv) => window.workbench.loadCsv("Ximalaya", csv), XIMALAYA);
  await cell(page, "B12").click();
  await page.keyboard.type("=FIN.GROWTHSERIES(B2:D2)");
  await page.keyboard.press("Enter");

  const [[blank, growth2019, growth2020]] = await page.evaluate(() =>
    window.workbench.values("B12:D12")
  );
  expect(blank).toBe("");
  expect(growth2019).toBeCloseTo(26.77 / 14.76 - 1, 9); // 0.8137…
  expect(growth2020).toBeCloseTo(40.5 / 26.77 - 1, 9); // 0.5129…
  expect(await page.evaluate(() => window.workbench.formulas("B12"))).toEqual([
    ["=FIN.GROWTHSERIES(B2:D2)"],
  ]);
  // Enter moved down; the spilled cells show the numbers, fitted to the column as Excel does.
  await expect(nameBox(page).inputValue()).resolves.toBe("B13");
  await expect(cell(page, "C12").textContent()).resolves.toMatch(/^0\.8136\d*$/);
  await cell(page, "B12").click();
  await expect(formulaBar(page).inputValue()).resolves.toBe("=FIN.GROWTHSERIES(B2:D2)");
  await screenshot(page, "workbench-growthseries");
});

test("pasting tab-separated text reads every cell as if typed", async () => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: suite.url.replace(/\/$/, ""),
  });
  await cell(page, "A1").click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), tabSeparated(AGORA));
  await page.keyboard.press("Control+V");
  await expect(nameBox(page).inputValue()).resolves.toBe("A1:C5");
  expect(await page.evaluate(() => window.workbench.values("A5:C5"))).toEqual([
    ["Net loss", -14.67, -26.94],
  ]);

  // The same path, as the browser's paste event, at A8: Chinese period labels stay text.
  await nameBox(page).fill("A8");
  await nameBox(page).press("Enter");
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true })
    );
  }, tabSeparated(XIMALAYA));
  expect(await page.evaluate(() => window.workbench.values("A8:D9"))).toEqual([
    ["单位：亿元人民币", "2018年", "2019年", "2020年"],
    ["营业收入", 14.76, 26.77, 40.5],
  ]);
  await expect(cell(page, "C5").textContent()).resolves.toBe("-26.94");
});

test("an error shows as Excel shows it, with its message on hover", async () => {
  await page.evaluate((csv) => window.workbench.loadCsv("Ximalaya", csv), XIMALAYA);
  await cell(page, "B12").click();
  await page.keyboard.type("=FIN.LOSSRATE(B10,0)");
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => window.workbench.values("B12"))).toEqual([["#DIV/0!"]]);
  await expect(cell(page, "B12").textContent()).resolves.toBe("#DIV/0!");

  await cell(page, "B12").hover();
  const tip = await page.evaluate(() => {
    const el = document.querySelectorAll(":hover");
    return (el[el.length - 1]?.closest("[role=gridcell]") as HTMLElement | null)?.title;
  });
  expect(tip).toMatch(/zero/i);
});

test("arrow keys and shift+arrows move and grow the selection; the name box follows and leads", async () => {
  await cell(page, "B2").click();
  await page.keyboard.press("ArrowRight");
  await expect(nameBox(page).inputValue()).resolves.toBe("C2");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("Shift+ArrowDown");
  await expect(nameBox(page).inputValue()).resolves.toBe("C2:D4");
  await expect(page.locator('[role=gridcell][aria-selected="true"]').count()).resolves.toBe(6);
  await cell(page, "A1").click({ modifiers: ["Shift"] });
  await expect(nameBox(page).inputValue()).resolves.toBe("A1:C2");

  await nameBox(page).fill("e7");
  await nameBox(page).press("Enter");
  await expect(nameBox(page).inputValue()).resolves.toBe("E7");
  await expect(cell(page, "E7").getAttribute("aria-selected")).resolves.toBe("true");
  // Typing goes to the selected cell straight away, as in Excel.
  await page.keyboard.type("12%");
  await page.keyboard.press("Tab");
  expect(
    await page.evaluate(() => [window.workbench.values("E7"), window.workbench.numberFormats("E7")])
  ).toEqual([[[0.12]], [["0%"]]]);
  await expect(nameBox(page).inputValue()).resolves.toBe("F7");
});

test("Escape cancels an edit, the formula bar writes the active cell, Delete clears", async () => {
  await page.evaluate(() => window.workbench.setCell("B2", "42"));
  await cell(page, "B2").dblclick();
  await page.keyboard.type("0");
  await page.keyboard.press("Escape");
  expect(await page.evaluate(() => window.workbench.values("B2"))).toEqual([[42]]);

  await cell(page, "B3").click();
  await formulaBar(page).click();
  await formulaBar(page).fill("=B2*2");
  await formulaBar(page).press("Enter");
  expect(await page.evaluate(() => window.workbench.formulas("B2:B3"))).toEqual([[42], ["=B2*2"]]);
  expect(await page.evaluate(() => window.workbench.values("B3"))).toEqual([[84]]);
  await expect(nameBox(page).inputValue()).resolves.toBe("B4");

  await cell(page, "B2").click();
  await page.keyboard.press("Delete");
  expect(await page.evaluate(() => window.workbench.values("B2:B3"))).toEqual([[""], [0]]);
});

test("the task pane renders in its panel, and the language switch reloads it in Chinese", async () => {
  const panel = page.getByRole("complementary", { name: "Task pane" });
  await expect(panel.locator("#root > *").count()).resolves.toBeGreaterThan(0);
  const box = await panel.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(340);
  expect(box?.width).toBeLessThanOrEqual(360);

  await page.getByRole("button", { name: "中文" }).click();
  await page.waitForFunction(() => (document.querySelector("#root")?.childElementCount ?? 0) > 0);
  expect(await page.evaluate(() => Office.context.displayLanguage)).toBe("zh-CN");
  // The reloaded pane is styled like the first one: its theme reached the page again.
  const themed = () =>
    getComputedStyle(document.querySelector("#root > *") as Element).getPropertyValue(
      "--colorNeutralBackground1"
    );
  expect(await page.evaluate(themed)).not.toBe("");
  await expect(page.getByRole("button", { name: "载入示例工作簿" }).count()).resolves.toBe(1);
  await screenshot(page, "workbench-zh-CN");
});

test("Load sample workbook puts each company on its own sheet; tabs switch sheets", async () => {
  await page.getByRole("button", { name: "Load sample workbook" }).click();
  await page.getByRole("tab", { name: "Agora" }).waitFor();
  expect(await page.evaluate(() => window.workbench.sheets())).toEqual([
    "Sheet1",
    "Ximalaya",
    "Agora",
  ]);
  await expect(
    page.getByRole("tab", { name: "Ximalaya" }).getAttribute("aria-selected")
  ).resolves.toBe("true");
  await expect(cell(page, "A2").textContent()).resolves.toBe("营业收入");
  await screenshot(page, "workbench-sample");

  await page.getByRole("tab", { name: "Agora" }).click();
  await expect(cell(page, "A5").textContent()).resolves.toBe("Net loss");
  await expect(cell(page, "C5").textContent()).resolves.toBe("-26.94");
});

test("a 2,000 × 40 sheet draws only what is in view and moves with the keyboard (timing is npm run bench's)", async () => {
  const rows = Array.from({ length: 2000 }, (_, r) =>
    Array.from({ length: 40 }, (_, c) => (r === 0 ? `P${c}` : String(r * 40 + c))).join(",")
  );
  await page.evaluate((csv) => window.workbench.loadCsv("Big", csv), rows.join("\n"));
  expect(await page.locator("[role=gridcell]").count()).toBeLessThan(2500);

  await cell(page, "A1").click();
  await page.keyboard.press("Control+ArrowDown");
  await expect(nameBox(page).inputValue()).resolves.toBe("A2000");
  await expect(cell(page, "A2000").textContent()).resolves.toBe(String(1999 * 40));
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowUp");
  await expect(nameBox(page).inputValue()).resolves.toBe("A1990");

  // Typing into the active cell after scrolling it out of sight brings it back and keeps every key.
  await page.evaluate(() => document.querySelector(".wb-scroller")?.scrollTo(0, 0));
  await page.keyboard.type("=A1989+1");
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => window.workbench.values("A1990"))).toEqual([[1988 * 40 + 1]]);
});

test("a chart added through Office.js is drawn where it was put; syncs() counts the round trips", async () => {
  await page.evaluate((csv) => window.workbench.loadCsv("Agora", csv), AGORA);
  expect(await page.evaluate(() => window.workbench.syncs().count)).toBeGreaterThanOrEqual(0); // start counting from here
  await page.evaluate(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Agora");
      const chart = sheet.charts.add(
        Excel.ChartType.columnClustered,
        sheet.getRange("A1:C4"),
        Excel.ChartSeriesBy.columns
      );
      chart.title.text = "Agora: revenue and expenses";
      sheet.freezePanes.freezeRows(1);
      await context.sync();
    })
  );
  const syncs = await page.evaluate(() => window.workbench.syncs());
  expect(syncs.count).toBe(1);
  expect(syncs.bytes).toBeGreaterThan(0);

  const [chart] = await page.evaluate(() => window.workbench.charts("Agora"));
  expect(chart.title).toBe("Agora: revenue and expenses");
  expect(chart.series.map((s) => s.name)).toEqual(["Q1 2021", "Q1 2022"]);
  expect(chart.categories).toEqual([
    "Total revenues",
    "Research and development",
    "Sales and marketing",
  ]);

  const drawn = page.getByRole("img", { name: "Chart: Agora: revenue and expenses" });
  await expect(drawn.locator("rect[fill], g[fill] > rect").count()).resolves.toBeGreaterThanOrEqual(
    6
  );
  await expect(drawn.locator("text", { hasText: "Q1 2022" }).count()).resolves.toBe(1);
  await screenshot(page, "workbench-chart");

  // The frozen heading row stays on screen when the sheet scrolls.
  await page.evaluate(() => document.querySelector(".wb-scroller")?.scrollTo(0, 400));
  const heading = await cell(page, "B1").boundingBox();
  const viewport = await page.locator(".wb-scroller").boundingBox();
  expect(heading && viewport && heading.y - viewport.y).toBe(20); // just under the column letters
  await screenshot(page, "workbench-frozen");
});

test("the page passes axe's WCAG 2 A and AA checks (the task pane has checks of its own)", async () => {
  await page.getByRole("button", { name: "Load sample workbook" }).click();
  await page.getByRole("tab", { name: "Agora" }).waitFor();
  await page.evaluate(AXE); // evaluated, not a <script>: the page's CSP allows no inline script
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run({ exclude: [["#root"]] }, { runOnly: ["wcag2a", "wcag2aa"] });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`
    );
  });
  expect(violations).toEqual([]);
});

/*
 * One failure model, seen in the task pane: whatever could not be done (the selection is no
 * statement, Excel refused the write) is one plain sentence from the one catalogue, in the pane's
 * language, and so are the reader's questions. Needs `npm run build:all`.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { loadStatement, pressInPane, workbenchSuite } from "../helpers/browser";

const FIXTURES = path.resolve(__dirname, "../fixtures");
const XIMALAYA = fs.readFileSync(path.join(FIXTURES, "ximalaya-annual-2018-2020.csv"), "utf8");
const ASHARE = fs.readFileSync(
  path.join(FIXTURES, "statements/corpus/ashare-lirunbiao-qizhong.csv"),
  "utf8"
);

const suite = workbenchSuite();
let page: Page;
const pane = () => page.locator(".wb-taskpane");

const press = (name: string) => pressInPane(page, name);

async function alertText(): Promise<string> {
  const alert = pane().getByRole("alert");
  await alert.waitFor();
  return ((await alert.textContent()) ?? "").trim();
}

test("the Chinese pane says in Chinese that one cell is not a statement", async () => {
  page = await suite.open({ language: "zh-CN" });
  await loadStatement(page, "Ximalaya", XIMALAYA, "B3");
  await press("分析所选区域");
  expect(await alertText()).toBe("只选中了一个单元格。请选中整张利润表，包括期间和科目名称。");
});

test("the Chinese pane gives the reader's question in Chinese: two revenue lines", async () => {
  page = await suite.open({ language: "zh-CN", height: 1600 });
  await loadStatement(page, "利润表", ASHARE, "A1:D27");
  await press("分析所选区域");
  const reason = pane().getByText(
    "有两个收入行：营业总收入与营业收入。比率默认以营业总收入为基数，也可改选营业收入。"
  );
  await reason.waitFor();
  expect(await reason.isVisible()).toBe(true);
  expect(
    await pane()
      .getByText(/Two revenue lines/)
      .count()
  ).toBe(0);
});

test("a protected sheet: the plain sentence, and nothing written", async () => {
  page = await suite.open({ height: 1500 });
  await loadStatement(page, "Ximalaya", XIMALAYA, "A1:D10");
  await press("Analyze selection");
  await pane().getByText("Ximalaya!A1:D10").waitFor();
  await page.evaluate(() => window.workbench.protect("Ximalaya"));
  await press("Insert analysis");
  expect(await alertText()).toBe(
    "The sheet is protected. Unprotect it (Review › Unprotect Sheet) and try again."
  );
  // The block would start at A12, one blank row below the statement.
  expect(await page.evaluate(() => window.workbench.values("A11:D13"))).toEqual([
    ["", "", "", ""],
    ["", "", "", ""],
    ["", "", "", ""],
  ]);

  // Unprotected, the same button writes the block.
  await page.evaluate(() => window.workbench.protect("Ximalaya", false));
  await press("Insert analysis");
  expect(await page.evaluate(() => window.workbench.values("A13"))).toEqual([["营业收入 增长率"]]);
});

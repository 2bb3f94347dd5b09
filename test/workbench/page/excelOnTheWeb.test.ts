/*
 * The workbench page plays Excel on the web's part: Ctrl+click adds a selection area (and the task
 * pane's Office.js then sees several), FIN's cells show #BUSY! until their result arrives, and the
 * page can pass blanks the way desktop Excel does. Needs the builds in dist/ and dist-workbench/.
 */
import type { Page } from "playwright-core";
import { workbenchSuite } from "../../helpers/browser";

const suite = workbenchSuite();
let page: Page;

beforeEach(async () => {
  page = await suite.open();
});

const cell = (row: number, col: number) =>
  page.locator(`[role=gridcell][data-row="${row}"][data-col="${col}"]`);

test("Ctrl+click adds an area; Office.js getSelectedRange() then throws InvalidSelection", async () => {
  await cell(0, 0).click();
  await cell(1, 0).click({ modifiers: ["Shift"] });
  await cell(3, 3).click({ modifiers: ["Control"] });
  expect(await page.evaluate(() => window.workbench.selectedAreas())).toEqual([
    "Sheet1!A1:A2",
    "Sheet1!D4",
  ]);
  const seen = await page.evaluate(() =>
    Excel.run(async (context) => {
      const areas = context.workbook.getSelectedRanges().load("address");
      await context.sync();
      const single = context.workbook.getSelectedRange().load("address");
      try {
        await context.sync();
        return [areas.address, single.address];
      } catch (e) {
        return [areas.address, (e as { code: string }).code];
      }
    })
  );
  expect(seen).toEqual(["Sheet1!A1:A2, Sheet1!D4", "InvalidSelection"]);
  await cell(5, 5).click();
  expect(await page.evaluate(() => window.workbench.selectedAreas())).toEqual(["Sheet1!F6"]);
});

test("a FIN cell is #BUSY! the moment it is written; settled() waits for its result", async () => {
  const [now, later] = await page.evaluate(async () => {
    window.workbench.setCell("A1", "10");
    window.workbench.setCell("A2", "8");
    window.workbench.setCell("B1", "=FIN.GROWTH(A1,A2)");
    const busy = window.workbench.valuesNow("B1");
    await window.workbench.settled();
    return [busy, window.workbench.valuesNow("B1")];
  });
  expect(now).toEqual([["#BUSY!"]]);
  expect(later).toEqual([[0.25]]);
});

test("with desktop blanks a hand-typed FIN function sees 0; a formula testing the cell keeps the blank", async () => {
  await page.evaluate(() => {
    window.workbench.setPlatform("desktop");
    window.workbench.setCell("A1", "10");
    window.workbench.setCell("B1", "=FIN.GROWTH(A2,A1)"); // A2 empty: desktop passes 0
    window.workbench.setCell("C1", '=IF(ISBLANK(A2),"",FIN.GROWTH(A2,A1))');
  });
  expect(await page.evaluate(() => window.workbench.values("B1:C1"))).toEqual([[-1, ""]]);
});

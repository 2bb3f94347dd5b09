/*
 * An action Excel does not answer in time, end to end: the production task pane in the workbench,
 * with every sync held back until the test lets Excel answer, and the page's clock moved past the
 * time-out. The pane must say the action is still running in Excel, keep every button and tab
 * locked, and then show what Excel actually did. Needs `npm run build:all`.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { loadStatement, workbenchSuite } from "../helpers/browser";

const XIMALAYA = fs.readFileSync(
  path.resolve(__dirname, "../fixtures/ximalaya-annual-2018-2020.csv"),
  "utf8"
);
const TIMEOUT_MS = 60_000;

const suite = workbenchSuite();
let page: Page;
const pane = () => page.locator(".wb-taskpane");

/** From now on every context.sync() waits for `answer()` in the page, as a busy Excel on the web does. */
async function holdSyncs(): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { answer: () => void };
    const answered = new Promise<void>((resolve) => (w.answer = resolve));
    const run = Excel.run.bind(Excel) as (batch: unknown) => Promise<unknown>;
    (Excel as unknown as { run: unknown }).run = (
      batch: (context: Excel.RequestContext) => Promise<unknown>
    ) =>
      run((context: Excel.RequestContext) => {
        const sync = context.sync.bind(context);
        context.sync = (() => answered.then(() => sync())) as typeof context.sync;
        return batch(context);
      });
  });
}

test("past the time-out the pane says the action is still running in Excel, stays locked, then shows what Excel did", async () => {
  page = await suite.open();
  await loadStatement(page, "Ximalaya", XIMALAYA, "A1:D10");
  await holdSyncs();
  await page.clock.install();

  const analyzeButton = pane().getByRole("button", { name: "Analyze selection", exact: true });
  await analyzeButton.click();
  await page.clock.fastForward(TIMEOUT_MS);
  const stillRunning = pane().getByRole("status").filter({ hasText: "Still running in Excel" });
  await stillRunning.waitFor();
  await expect(analyzeButton.isDisabled()).resolves.toBe(true);
  for (const tab of ["Analyze selection", "Compare peers"])
    await expect(pane().getByRole("tab", { name: tab }).isDisabled()).resolves.toBe(true);
  await expect(pane().getByRole("alert").count()).resolves.toBe(0); // no "timed out" failure

  await page.evaluate(() => (window as unknown as { answer: () => void }).answer());
  await pane().getByText("Ximalaya!A1:D10").waitFor();
  await stillRunning.waitFor({ state: "detached" });
  await expect(pane().getByRole("button", { name: "Insert analysis" }).isDisabled()).resolves.toBe(
    false
  );
  await expect(pane().getByRole("tab", { name: "Compare peers" }).isDisabled()).resolves.toBe(
    false
  );
}, 120_000); // the browser steps alone can pass Jest's 30 s default on a loaded 2-core machine

/*
 * The task pane's error boundary: a panel whose chunk fails to load shows a plain sentence and a
 * retry, never a blank pane; the retry loads it. Needs `npm run build:all`.
 */
import { launchWorkbench, type WorkbenchBrowser } from "../helpers/browser";

let browser: WorkbenchBrowser;

beforeAll(async () => {
  browser = await launchWorkbench();
});

afterAll(async () => {
  await browser?.close();
});

test("the Compare peers chunk failing to load: a message and a retry that loads it", async () => {
  const { page, errors, close } = await browser.open();
  try {
    let blocked = true;
    await page.route(/\/peers\.[0-9a-f]+\.js$/, (route) =>
      blocked ? route.abort() : route.continue()
    );
    await page.getByRole("tab", { name: "Compare peers" }).click();
    const alert = page.locator(".wb-taskpane").getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Part of FIN did not load");
    blocked = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("button", { name: "Insert sample statements" }).waitFor();
    // The only errors logged are the blocked request's and the boundary's report of it.
    expect(errors.every((e) => /peers|chunk|Failed to load|ERR_FAILED/i.test(e))).toBe(true);
  } finally {
    await close();
  }
});

/*
 * The task pane's first render in headless Chromium: from navigation start to the primary button
 * ("Analyze selection") being visible in the pane, median of 5 fresh page loads of the workbench,
 * where taskpane.js runs exactly as in Excel (after the page's own start-up, which is included).
 */
import { chromium } from "playwright-core";
import { en } from "../../src/taskpane/strings/en";
import { CHROMIUM, CHROMIUM_ARGS } from "../helpers/browser";
import { startServer } from "../helpers/server";

/** Runs in the page before anything else: notes when the primary button first shows. */
function watchPrimaryButton(label: string): void {
  const w = window as unknown as { __finFirstRender?: number };
  const look = () => {
    const button = [...document.querySelectorAll("button")].find(
      (b) => b.textContent?.trim() === label && b.getBoundingClientRect().height > 0
    );
    if (button) w.__finFirstRender = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

export async function benchFirstRender(runs = 5): Promise<{ runsMs: number[]; medianMs: number }> {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const runsMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(watchPrimaryButton, en.analyze.analyzeButton);
      await page.goto(`${server.url}workbench.html`);
      await page.waitForFunction(
        () => (window as unknown as { __finFirstRender?: number }).__finFirstRender !== undefined,
        null,
        {
          timeout: 30_000,
        }
      );
      runsMs.push(
        Math.round(
          await page.evaluate(
            () => (window as unknown as { __finFirstRender: number }).__finFirstRender
          )
        )
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { runsMs, medianMs: sorted[Math.floor(sorted.length / 2)] };
}

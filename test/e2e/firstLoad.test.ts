/*
 * The task pane's real first load, as Excel would fetch it: taskpane.html, then every script it
 * and the default view (Analyze selection) request until the primary button shows — measured from
 * the browser's own requests in the workbench, sized from the production dist/ files, gzipped.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { WorkbenchBrowser, launchWorkbench } from "../helpers/browser";
import { DIST } from "../helpers/builtFunctions";

const BUDGET = 120 * 1024;
const gzipped = (file: string) =>
  zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;

let browser: WorkbenchBrowser;

beforeAll(async () => {
  browser = await launchWorkbench();
});
afterAll(async () => {
  await browser?.close();
});

test("taskpane.html and everything its first view loads is at most 120 KB gzipped", async () => {
  const requested = new Set<string>();
  const wb = await browser.open({
    onRequest: (url) => requested.add(decodeURIComponent(new URL(url).pathname.slice(1))),
  });
  await wb.page
    .locator(".wb-taskpane")
    .getByRole("button", { name: "Analyze selection", exact: true })
    .waitFor();
  await wb.close();

  const shipped = new Set(fs.readdirSync(DIST));
  const files = [
    "taskpane.html",
    ...[...requested].filter((f) => shipped.has(f) && f.endsWith(".js")),
  ];
  const sizes = files.map((f) => [f, gzipped(f)] as const);
  const total = sizes.reduce((sum, [, b]) => sum + b, 0);
  if (process.env.FIN_TEST_FIGURES)
    console.log(
      [
        "task pane first view (gzipped):",
        ...sizes.map(([f, b]) => `  ${f.padEnd(24)} ${(b / 1024).toFixed(1)} KB`),
        `  ${"total".padEnd(24)} ${(total / 1024).toFixed(1)} KB of ${BUDGET / 1024} KB`,
      ].join("\n")
    );
  expect(files).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
  expect(total).toBeLessThanOrEqual(BUDGET);
});

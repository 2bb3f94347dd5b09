/*
 * Budgets on the production build: what the task pane page loads and the custom functions script,
 * gzipped, and the security rules every shipped page follows.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { DIST } from "../helpers/builtFunctions";

const TASKPANE_BUDGET = 120 * 1024;
const FUNCTIONS_BUDGET = 15 * 1024;

const read = (f: string) => fs.readFileSync(path.join(DIST, f));
const gzipped = (f: string) => zlib.gzipSync(read(f), { level: 9 }).length;

/** The page and the same-origin scripts and styles it loads on opening (Office.js comes from Microsoft's CDN). */
function initialLoad(page: string): string[] {
  const html = read(page).toString();
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="?([^"\s>]+)"?/g)].map(
    (m) => m[1]
  );
  return [page, ...refs.filter((r) => !/^https?:/.test(r))];
}

// The first view's full load, chunks included, is measured from the browser's requests in test/e2e/firstLoad.
test("the scripts taskpane.html references itself are at most 120 KB gzipped, each chunk printed", () => {
  const files = initialLoad("taskpane.html");
  const sizes = files.map((f) => [f, gzipped(f)] as const);
  const total = sizes.reduce((sum, [, b]) => sum + b, 0);
  const lazy = fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith(".js") && !files.includes(f) && f !== "functions.js");
  if (process.env.FIN_TEST_FIGURES)
    console.log(
      [
        "taskpane.html initial load (gzipped):",
        ...sizes.map(([f, b]) => `  ${f.padEnd(28)} ${(b / 1024).toFixed(1)} KB`),
        `  ${"total".padEnd(28)} ${(total / 1024).toFixed(1)} KB of ${TASKPANE_BUDGET / 1024} KB`,
        "loaded when an action's tab opens:",
        ...lazy.map((f) => `  ${f.padEnd(28)} ${(gzipped(f) / 1024).toFixed(1)} KB`),
      ].join("\n")
    );
  expect(files).toContain("taskpane.js");
  expect(total).toBeLessThanOrEqual(TASKPANE_BUDGET);
});

test("functions.js is at most 15 KB gzipped", () => {
  const size = gzipped("functions.js");
  if (process.env.FIN_TEST_FIGURES)
    console.log(
      `functions.js: ${(size / 1024).toFixed(1)} KB gzipped of ${FUNCTIONS_BUDGET / 1024} KB`
    );
  expect(size).toBeLessThanOrEqual(FUNCTIONS_BUDGET);
});

const pages = fs.readdirSync(DIST).filter((f) => f.endsWith(".html"));
const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));

test.each(pages)(
  "%s has a Content-Security-Policy allowing only its own origin and Office.js's hosts",
  (page) => {
    const html = read(page).toString();
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directives = Object.fromEntries(
      csp!
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([k, ...v]) => [k, v])
    );
    expect(directives["default-src"]).toEqual(["'self'"]);
    // The hosts Office.js itself loads from, frames and reports to (scripts/build/contentSecurityPolicy.js).
    const allowed = new Set([
      "'self'",
      "'none'",
      "https://appsforoffice.microsoft.com",
      "https://ajax.aspnetcdn.com",
      "https://*.pipe.aria.microsoft.com",
      "https://telemetryservice.firstpartyapps.oaspapps.com",
      "data:",
      "'unsafe-inline'",
    ]);
    for (const [name, sources] of Object.entries(directives)) {
      for (const s of sources as string[])
        expect({ name, s, allowed: allowed.has(s) }).toEqual({ name, s, allowed: true });
      if (name === "script-src") expect(sources).not.toContain("'unsafe-inline'");
    }
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i); // no inline script
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
  }
);

test.each(scripts)("%s uses no eval and no new Function", (file) => {
  const js = read(file).toString();
  expect(js).not.toMatch(/\beval\s*\(/);
  expect(js).not.toMatch(/new\s+Function\s*\(/);
  expect(js).not.toMatch(/\bFunction\s*\(\s*["'`]/);
});

test("no source file puts text into the page as HTML", () => {
  const root = path.resolve(__dirname, "../../src");
  const sources = fs
    .readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => /\.(ts|tsx)$/.test(f));
  expect(sources.length).toBeGreaterThan(50);
  for (const f of sources) {
    const text = fs.readFileSync(path.join(root, f), "utf8");
    expect({
      f,
      html: /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(
        text
      ),
    }).toEqual({
      f,
      html: false,
    });
  }
});

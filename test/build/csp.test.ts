/*
 * The task pane's Content Security Policy: strict (no inline or eval'd script, no wildcard host, no
 * plugins) and working: dist/taskpane.html loaded in Chromium with Office.js (from the
 * @microsoft/office-js package, served at Microsoft's address) renders with no violation.
 */
import * as fs from "fs";
import * as path from "path";
import { Browser, Page, chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../helpers/browser";
import { DIST } from "../helpers/builtFunctions";
import { StaticServer, startServer } from "../helpers/server";

const { CONTENT_SECURITY_POLICY } = require("../../scripts/build/contentSecurityPolicy") as {
  CONTENT_SECURITY_POLICY: string;
};
const OFFICE_JS = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources] as [string, string[]];
    })
  );
}

test("taskpane.html carries the policy in a <meta> before its first script", () => {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
});

test("scripts only from FIN itself and Office.js's hosts: no inline, no eval, no wildcard, no plugins", () => {
  const policy = directives(CONTENT_SECURITY_POLICY);
  const scripts = policy.get("script-src")!;
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "*", "https:", "data:", "blob:"])
    expect(scripts).not.toContain(unsafe);
  for (const sources of policy.values())
    for (const source of sources) expect(source).not.toMatch(/^(\*|https?:)$/);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'self'"]);
  for (const [, src] of html.matchAll(/<script[^>]* src="([^"]+)"/g)) {
    const origin = /^https?:/.test(src) ? new URL(src).origin : "'self'";
    expect(scripts).toContain(origin);
  }
});

describe("in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer(0, [DIST]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** taskpane.html with Office.js served from the package; other Microsoft hosts answer empty. */
  async function open(query = ""): Promise<void> {
    page = await browser.newPage();
    await page.addInitScript(() => {
      // Marks each frame once it has loaded (a blocked frame reports a violation instead).
      document.addEventListener(
        "load",
        (e) => {
          if (e.target instanceof HTMLIFrameElement) e.target.dataset.loaded = "yes";
        },
        true
      );
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener("securitypolicyviolation", (e) =>
        seen.push(`${e.effectiveDirective} ${e.blockedURI}`)
      );
    });
    await page.route(/^https:\/\//, (route) => {
      const url = new URL(route.request().url());
      const file = path.join(
        OFFICE_JS,
        url.pathname.replace(/^\/lib\/1\/hosted\//, "").toLowerCase()
      );
      if (url.hostname === "appsforoffice.microsoft.com" && fs.existsSync(file))
        return route.fulfill({ path: file, contentType: "text/javascript" });
      return route.fulfill({ status: 200, body: "" });
    });
    await page.goto(`${server.url}taskpane.html${query}`);
  }
  const violations = () =>
    page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  afterEach(() => page?.close());

  test("outside Office the pane renders and Office.js runs, its telemetry frame included, with no violation", async () => {
    await open();
    await page.getByText("Open FIN from Excel").waitFor();
    // Office.js frames its telemetry service a moment after loading outside Office.
    await page.waitForFunction(() => document.querySelector("iframe[src^='https://']"));
    await page.waitForFunction(
      () =>
        (window as unknown as { violations: string[] }).violations.length > 0 ||
        [...document.querySelectorAll("iframe")].some((f) => f.dataset.loaded)
    );
    expect(await page.evaluate(() => typeof Office.onReady)).toBe("function");
    expect(await violations()).toEqual([]);
  });

  test("as Excel on the web, Office.js loads its host script and strings with no violation", async () => {
    await open("?_host_Info=Excel$Web$16.00$en-US$$$$0");
    await page.waitForFunction(() =>
      performance
        .getEntriesByType("resource")
        .some((r) => r.name.endsWith("/en-us/office_strings.js"))
    );
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((r) => new URL(r.name).pathname)
    );
    expect(loaded).toEqual(
      expect.arrayContaining(["/lib/1/hosted/office.js", "/lib/1/hosted/excel-web-16.00.js"])
    );
    expect(await violations()).toEqual([]);
  });
});

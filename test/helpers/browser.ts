/*
 * Opens the workbench in Debian's Chromium through playwright-core, waits until FIN's functions are
 * registered and the task pane has drawn, and keeps every console error and uncaught exception so
 * a test can fail on them.
 */
import * as fs from "fs";
import * as path from "path";
import { Browser, ConsoleMessage, Page, chromium } from "playwright-core";
import type {} from "../../src/workbench/page/testApi"; // declares window.workbench
import { StaticServer, startServer } from "./server";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const ARTIFACTS = path.resolve(__dirname, "../artifacts");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Workbench {
  page: Page;
  /** Console errors and uncaught exceptions since the page opened. */
  errors: string[];
  close(): Promise<void>;
}

export interface WorkbenchBrowser {
  url: string;
  open(options?: {
    language?: string;
    width?: number;
    height?: number;
    /** Sees every request the page makes, from the first. */
    onRequest?: (url: string) => void;
  }): Promise<Workbench>;
  close(): Promise<void>;
}

/** Starts the static server and Chromium once per test file; `open` gives each test a fresh page. */
export async function launchWorkbench(): Promise<WorkbenchBrowser> {
  for (const needed of ["dist/functions.js", "dist/taskpane.js", "dist-workbench/workbench.html"]) {
    if (!fs.existsSync(path.resolve(__dirname, "../..", needed))) {
      throw new Error(
        `${needed} is missing: build the add-in and the workbench before the browser tests`
      );
    }
  }
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`
    );
  const server: StaticServer = await startServer();
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (e) {
    await server.close();
    throw e;
  }

  return {
    url: server.url,
    async open({ language, width = 1400, height = 800, onRequest } = {}) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      if (onRequest) page.on("request", (r) => onRequest(r.url()));
      const errors: string[] = [];
      page.on("console", (m: ConsoleMessage) => {
        if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
      });
      page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
      await page.goto(`${server.url}workbench.html${language ? `?lang=${language}` : ""}`);
      await page.waitForFunction(() => typeof window.workbench === "object");
      await page.evaluate(() => window.workbench.ready);
      return { page, errors, close: () => context.close() };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Saves a screenshot under test/artifacts/ (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * One server and one Chromium per test file. `open` gives a fresh page; the page before it, and the
 * last one after each test, is closed and the test fails if it logged a console error or threw.
 */
export function workbenchSuite(): {
  readonly url: string;
  open(options?: Parameters<WorkbenchBrowser["open"]>[0]): Promise<Page>;
} {
  let browser: WorkbenchBrowser | undefined;
  let current: Workbench | undefined;
  const closeCurrent = async () => {
    if (!current) return;
    const { errors } = current;
    await current.close();
    current = undefined;
    expect(errors).toEqual([]);
  };
  beforeAll(async () => {
    browser = await launchWorkbench();
  });
  afterEach(closeCurrent);
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get url() {
      if (!browser) throw new Error("the workbench browser is not running yet");
      return browser.url;
    },
    async open(options) {
      await closeCurrent();
      if (!browser) throw new Error("the workbench browser is not running yet");
      current = await browser.open(options);
      return current.page;
    },
  };
}

/** Puts a CSV statement on a new sheet, as if typed, and selects `selection` on it. */
export async function loadStatement(
  page: Page,
  sheet: string,
  csv: string,
  selection: string
): Promise<void> {
  await page.evaluate(([name, text]) => window.workbench.loadCsv(name, text), [sheet, csv]);
  await page.evaluate((address) => window.workbench.select(address), selection);
}

/** Clicks a task pane button and waits until the pane has finished working (no spinner). */
export async function pressInPane(page: Page, name: string): Promise<void> {
  await page.locator(".wb-taskpane").getByRole("button", { name, exact: true }).click();
  await page.waitForFunction(
    () => !document.querySelector(".wb-taskpane [role=progressbar], .wb-taskpane .fui-Spinner")
  );
}

/*
 * npm run build in one step: it refuses to write a manifest for a placeholder host, with one line
 * that says what to set, and writes the URL it is given as https with its trailing slash.
 */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const { productionUrl } = require("../../scripts/build/urls") as {
  productionUrl(value: string | undefined): { url?: string; error?: string };
};

test.each([
  ["https://fin.acme.com/addin", "https://fin.acme.com/addin/"],
  ["https://fin.acme.com/addin/", "https://fin.acme.com/addin/"],
  ["https://fin.acme.com", "https://fin.acme.com/"],
  ["  https://FIN.Acme.com:8443/a/b  ", "https://fin.acme.com:8443/a/b/"],
])("%s is written as %s", (value, url) => {
  expect(productionUrl(value)).toEqual({ url });
});

test.each([
  [undefined, /needs FIN_PRODUCTION_URL/],
  ["", /needs FIN_PRODUCTION_URL/],
  ["fin.acme.com/addin", /not a URL/],
  ["http://fin.acme.com/addin/", /must be https/],
  ["https://fin.contoso.com/addin/", /placeholder host/],
  ["https://www.example.com/", /placeholder host/],
  ["https://example.org/fin/", /placeholder host/],
  ["https://localhost:3000/", /placeholder host/],
  ["https://127.0.0.1/", /placeholder host/],
  ["https://fin.invalid/addin/", /placeholder host/],
  ["https://fin.acme.com/addin/?v=2", /plain folder address/],
])("FIN_PRODUCTION_URL=%s is refused in one line", (value, reason) => {
  const { url, error } = productionUrl(value);
  expect(url).toBeUndefined();
  expect(error).toMatch(reason);
  expect(error).not.toMatch(/\n/);
});

/** `npm run build` as a user runs it, with FIN_PRODUCTION_URL set to `value` or not at all. */
function build(value?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FIN_PRODUCTION_URL;
  if (value !== undefined) env.FIN_PRODUCTION_URL = value;
  return spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    { cwd: ROOT, env, encoding: "utf8" }
  );
}

test.each([undefined, "https://fin.contoso.com/addin/"])(
  "npm run build with FIN_PRODUCTION_URL=%s stops before building, with one line on stderr",
  (value) => {
    const run = build(value);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^FIN: .*FIN_PRODUCTION_URL.*npm run build$/),
    ]);
  }
);

test("a development build needs no production URL and rewrites no URL", async () => {
  const saved = process.env.FIN_PRODUCTION_URL;
  delete process.env.FIN_PRODUCTION_URL;
  try {
    const config = require("../../webpack.config.js") as (
      env: Record<string, unknown>,
      argv: { mode: string }
    ) => Promise<Array<{ name: string; plugins: object[] }>>;
    const [addin] = await config({}, { mode: "development" });
    expect(addin.name).toBe("addin");
    expect(addin.plugins.map((p) => p.constructor.name)).not.toContain("ProductionUrlsPlugin");
  } finally {
    if (saved !== undefined) process.env.FIN_PRODUCTION_URL = saved;
  }
});

/*
 * Hosting dist/: the static host's config (Azure Static Web Apps) ships in dist/ and gives every
 * functions*.json the CORS header Excel on the web needs; and the functions' metadata cannot change
 * without a new manifest Version, since Excel caches it for up to a day.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DIST } from "../helpers/builtFunctions";

const ROOT = path.resolve(__dirname, "../..");
const lockModule = require("../../scripts/build/metadataLock") as {
  checkLock(lock: unknown, now: { version: string; sha256: string }): string | null;
  currentLock(dist: string, manifestFile?: string): { version: string; sha256: string };
  readLock(): { version: string; sha256: string } | null;
};
const { checkLock, currentLock, readLock } = lockModule;

interface StaticWebAppConfig {
  routes: { route: string; headers?: Record<string, string> }[];
}

/** The headers Azure Static Web Apps adds to `urlPath`: the first matching route's (a trailing * matches any rest). */
function headersFor(config: StaticWebAppConfig, urlPath: string): Record<string, string> {
  const route = config.routes.find((r) =>
    r.route.endsWith("*") ? urlPath.startsWith(r.route.slice(0, -1)) : urlPath === r.route
  );
  return route?.headers ?? {};
}

test("dist holds the Static Web Apps config, the one in the repository", () => {
  expect(fs.readFileSync(path.join(DIST, "staticwebapp.config.json"), "utf8")).toBe(
    fs.readFileSync(path.join(ROOT, "staticwebapp.config.json"), "utf8")
  );
});

test("every functions*.json in dist is served with Access-Control-Allow-Origin: *", () => {
  const config = JSON.parse(
    fs.readFileSync(path.join(DIST, "staticwebapp.config.json"), "utf8")
  ) as StaticWebAppConfig;
  const metadata = fs.readdirSync(DIST).filter((f) => /^functions(-[\w-]+)?\.json$/.test(f));
  expect(metadata).toEqual(expect.arrayContaining(["functions.json", "functions-zh-CN.json"]));
  for (const file of metadata)
    expect({ file, cors: headersFor(config, `/${file}`)["Access-Control-Allow-Origin"] }).toEqual({
      file,
      cors: "*",
    });
  expect(headersFor(config, "/taskpane.html")["Access-Control-Allow-Origin"]).toBeUndefined();
});

test("the built functions' metadata is the one recorded for manifest.xml's Version", () => {
  expect(checkLock(readLock(), currentLock(DIST))).toBeNull();
});

describe("when the metadata changes", () => {
  let copy: string;
  beforeEach(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), "fin-metadata-"));
    for (const f of fs
      .readdirSync(DIST)
      .filter((x) => /^(functions.*\.json|manifest\.xml)$/.test(x)))
      fs.copyFileSync(path.join(DIST, f), path.join(copy, f));
    const file = path.join(copy, "functions.json");
    const metadata = JSON.parse(fs.readFileSync(file, "utf8"));
    metadata.functions[0].description += " (changed)";
    fs.writeFileSync(file, JSON.stringify(metadata));
  });
  afterEach(() => fs.rmSync(copy, { recursive: true, force: true }));

  test("under the same Version, the check says to raise it", () => {
    const manifest = path.join(ROOT, "manifest.xml");
    const problem = checkLock(readLock(), currentLock(copy, manifest));
    expect(problem).toMatch(/metadata changed but manifest\.xml's <Version> is still/);
    expect(problem).toMatch(/npm run lock-metadata/);
  });

  test("a new layout or another host is not a change", () => {
    const file = path.join(copy, "functions-zh-CN.json");
    const text = fs.readFileSync(file, "utf8");
    const base = /id="Taskpane\.Url" DefaultValue="([^"]+)taskpane\.html"/.exec(
      fs.readFileSync(path.join(copy, "manifest.xml"), "utf8")
    )![1];
    fs.writeFileSync(file, JSON.stringify(JSON.parse(text), null, 7));
    fs.copyFileSync(path.join(DIST, "functions.json"), path.join(copy, "functions.json"));
    const moved = (f: string) =>
      fs.writeFileSync(
        path.join(copy, f),
        fs.readFileSync(path.join(copy, f), "utf8").split(base).join("https://fin.acme.com/x/")
      );
    ["functions.json", "functions-zh-CN.json", "manifest.xml"].forEach(moved);
    expect(currentLock(copy).sha256).toBe(currentLock(DIST).sha256);
  });
});

/*
 * Offline checks of the manifest (npm run validate needs Microsoft's online service): on the source
 * manifest.xml and on the production dist/manifest.xml.
 */
import * as fs from "fs";
import * as path from "path";
import { REQUIRED_SETS } from "../../src/excel/requirements";
import { SIMPLIFIED_CHINESE_LOCALES } from "../../src/excel/run";
import { ManifestFacts, pngSize, readManifest, tag } from "../helpers/manifest";

const ROOT = path.resolve(__dirname, "../..");
const targets = [
  ["manifest.xml", path.join(ROOT, "manifest.xml"), ROOT],
  ["dist/manifest.xml", path.join(ROOT, "dist/manifest.xml"), path.join(ROOT, "dist")],
] as const;

function resourcesById(
  m: ManifestFacts
): Map<string, { kind: string; attrs: Record<string, string>; overrides: string[] }> {
  const out = new Map<
    string,
    { kind: string; attrs: Record<string, string>; overrides: string[] }
  >();
  let last: string | null = null;
  for (const e of m.elements) {
    const inResources = e.path.includes("Resources");
    if (inResources && e.attrs.id && ["bt:Image", "bt:Url", "bt:String"].includes(tag(e.path))) {
      const kind = e.path[e.path.length - 2];
      out.set(e.attrs.id, { kind, attrs: e.attrs, overrides: [] });
      last = e.attrs.id;
    } else if (inResources && tag(e.path) === "bt:Override" && last) {
      out.get(last)!.overrides.push(e.attrs.Value);
    }
  }
  return out;
}

function resid(m: ManifestFacts, parent: string, child = "SourceLocation"): string | undefined {
  const e = m.elements.find((x) => tag(x.path) === child && x.path[x.path.length - 2] === parent);
  return e?.attrs.resid;
}

describe.each(targets)("%s", (name, file, base) => {
  const m = readManifest(file);
  const resources = resourcesById(m);

  test("Id is a GUID and Version has one to four numeric parts", () => {
    const id = /<Id>([^<]+)<\/Id>/.exec(m.xml)?.[1];
    const version = /<Version>([^<]+)<\/Version>/.exec(m.xml)?.[1];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(version).toMatch(/^\d+(\.\d+){0,3}$/);
  });

  test("every resid resolves to a resource", () => {
    const residUses = m.elements.filter((e) => e.attrs.resid).map((e) => e.attrs.resid);
    expect(residUses.length).toBeGreaterThan(10);
    for (const r of residUses) expect({ r, found: resources.has(r) }).toEqual({ r, found: true });
  });

  test("every URL is HTTPS", () => {
    const urls = m.elements
      .flatMap((e) => [e.attrs.DefaultValue, e.attrs.Value])
      .filter((v): v is string => typeof v === "string" && /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  test("every icon exists at the size it is declared at", () => {
    const declared: Array<[string, number]> = [];
    for (const e of m.elements) {
      if (tag(e.path) === "bt:Image" && e.attrs.size && e.attrs.resid) {
        declared.push([resources.get(e.attrs.resid)!.attrs.DefaultValue, Number(e.attrs.size)]);
      }
    }
    const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(m.xml)![1];
    const hiRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(m.xml)![1];
    declared.push([icon, 32], [hiRes, 64]);
    expect(declared.length).toBeGreaterThanOrEqual(5);
    for (const [url, size] of declared) {
      const file = path.join(base, new URL(url).pathname.replace(/^.*?\/assets\//, "assets/"));
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });

  test("strings are within the schema's limits (short 125, long 250), overrides included", () => {
    for (const [id, r] of resources) {
      const limit = r.kind === "bt:ShortStrings" ? 125 : r.kind === "bt:LongStrings" ? 250 : 2048;
      for (const s of [r.attrs.DefaultValue, ...r.overrides])
        expect({ id, long: s.length > limit }).toEqual({ id, long: false });
    }
    for (const e of m.elements.filter((x) => x.path.length === 2 || tag(x.path) === "Override")) {
      const owner = tag(e.path) === "Override" ? e.path[e.path.length - 2] : tag(e.path);
      const limit = owner === "DisplayName" ? 125 : owner === "Description" ? 250 : Infinity;
      for (const s of [e.attrs.DefaultValue, e.attrs.Value].filter(Boolean))
        expect(s.length).toBeLessThanOrEqual(limit);
    }
  });

  test("asks for ReadWriteDocument and nothing more", () => {
    expect(m.xml.match(/<Permissions>([^<]+)<\/Permissions>/g)).toEqual([
      "<Permissions>ReadWriteDocument</Permissions>",
    ]);
  });

  test("a shared runtime: SharedRuntime 1.1 and one long-lived Runtime", () => {
    expect(m.xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    const runtimes = m.elements.filter((e) => tag(e.path) === "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs.lifetime).toBe("long");
  });

  test("Runtime, FunctionFile, the custom-functions page and ShowTaskpane point at the same resource", () => {
    const runtime = m.elements.find((e) => tag(e.path) === "Runtime")!.attrs.resid;
    const functionFile = m.elements.find((e) => tag(e.path) === "FunctionFile")!.attrs.resid;
    const page = resid(m, "Page");
    const action = m.elements.find(
      (e) => tag(e.path) === "SourceLocation" && e.path.includes("Action")
    )!.attrs.resid;
    expect([functionFile, page, action]).toEqual([runtime, runtime, runtime]);
    expect(resources.get(runtime)!.attrs.DefaultValue).toMatch(/\/taskpane\.html$/);
  });

  test("the custom functions' script, page, metadata and namespace FIN are present", () => {
    const script = resources.get(resid(m, "Script")!)!.attrs.DefaultValue;
    const metadata = resources.get(resid(m, "Metadata")!)!;
    const namespace = m.elements.find((e) => tag(e.path) === "Namespace")!.attrs.resid;
    expect(script).toMatch(/\/functions\.js$/);
    expect(metadata.attrs.DefaultValue).toMatch(/\/functions\.json$/);
    expect(metadata.overrides).toEqual(
      SIMPLIFIED_CHINESE_LOCALES.map(() => expect.stringMatching(/\/functions-zh-CN\.json$/))
    );
    expect(resources.get(namespace)!.attrs.DefaultValue).toBe("FIN");
  });

  test("declares exactly the requirement sets FIN uses, the list the pane checks at start", () => {
    const sets = m.elements
      .filter((e) => e.path.join("/") === "OfficeApp/Requirements/Sets/Set")
      .map((e) => ({ name: e.attrs.Name, version: e.attrs.MinVersion }));
    expect(sets).toEqual([...REQUIRED_SETS]);
    expect(sets).toContainEqual({ name: "ExcelApi", version: "1.9" });
  });

  test("one language per user: every Chinese override is Simplified, for the pane's Chinese locales, zh-SG as zh-CN", () => {
    const overrides = m.elements.filter((e) => /(^|:)Override$/.test(tag(e.path)));
    const byOwner = new Map<string, Map<string, string>>();
    let owner = "";
    for (const e of m.elements) {
      if (/(^|:)Override$/.test(tag(e.path))) {
        if (!byOwner.has(owner)) byOwner.set(owner, new Map());
        byOwner.get(owner)!.set(e.attrs.Locale, e.attrs.Value);
      } else owner = e.attrs.id ?? tag(e.path);
    }
    expect(new Set(overrides.map((e) => e.attrs.Locale))).toEqual(
      new Set(SIMPLIFIED_CHINESE_LOCALES)
    );
    for (const [id, locales] of byOwner)
      expect({ id, "zh-SG": locales.get("zh-SG") }).toEqual({ id, "zh-SG": locales.get("zh-CN") });
    expect(byOwner.get("Functions.Metadata.Url")!.size).toBe(SIMPLIFIED_CHINESE_LOCALES.length);
  });

  test("a button on the Home tab opens the task pane", () => {
    const button = m.elements.find(
      (e) => tag(e.path) === "Control" && e.path.includes("OfficeTab")
    )!;
    expect(button.attrs["xsi:type"]).toBe("Button");
    expect(m.elements.find((e) => tag(e.path) === "OfficeTab")!.attrs.id).toBe("TabHome");
    expect(m.elements.find((e) => tag(e.path) === "Action")!.attrs["xsi:type"]).toBe(
      "ShowTaskpane"
    );
  });
});

test("the production manifest has its https base URL, with the trailing slash, in place of every development URL", () => {
  const dist = fs.readFileSync(path.join(ROOT, "dist/manifest.xml"), "utf8");
  const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const devCount = source.split("https://localhost:3000/").length - 1;
  expect(devCount).toBeGreaterThan(5);
  expect(dist).not.toMatch(/localhost/);
  const base = /id="Taskpane\.Url" DefaultValue="([^"]+)taskpane\.html"/.exec(dist)![1];
  expect(base).toMatch(/^https:\/\/[^/]+\/(.+\/)?$/);
  expect(dist.split(base).length - 1).toBe(devCount);
});

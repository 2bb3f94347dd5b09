/* The production build in dist/: what Excel loads, and nothing that must not ship. */
import * as fs from "fs";
import * as path from "path";
import { loadBuiltFunctions, DIST } from "../helpers/builtFunctions";

const files = fs.readdirSync(DIST, { recursive: true }).map(String);
const read = (f: string) => fs.readFileSync(path.join(DIST, f), "utf8");

test("dist holds the pages, the functions and their metadata in both languages, the icons and the manifest", () => {
  for (const f of [
    "taskpane.html",
    "taskpane.js",
    "functions.js",
    "functions.json",
    "functions-zh-CN.json",
    "help.html",
    "manifest.xml",
  ]) {
    expect(files).toContain(f);
  }
  expect(files.filter((f) => f.startsWith("assets/") && f.endsWith(".png")).sort()).toEqual([
    "assets/icon-16.png",
    "assets/icon-32.png",
    "assets/icon-64.png",
    "assets/icon-80.png",
  ]);
});

test("no source maps are shipped", () => {
  expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
  for (const f of files.filter((x) => x.endsWith(".js")))
    expect(read(f)).not.toMatch(/sourceMappingURL/);
});

test("nothing of the workbench or HyperFormula (GPL) is in the production build", () => {
  for (const f of files.filter((x) => /\.(js|html)$/.test(x))) {
    expect({ f, hyperformula: /hyperformula|HyperFormula/.test(read(f)) }).toEqual({
      f,
      hyperformula: false,
    });
    expect(f).not.toMatch(/workbench/);
  }
});

test("functions.js registers every function in functions.json through CustomFunctions.associate, with no DOM", () => {
  const { metadata, registry } = loadBuiltFunctions(); // runs in a context that has no window or document
  const ids = metadata.functions.map((f) => f.id).sort();
  expect([...registry.keys()].sort()).toEqual(ids);
  expect(ids).toEqual(
    [
      "CAGR",
      "CUMULATIVE",
      "DECUMULATE",
      "EXPENSERATIO",
      "GROWTH",
      "GROWTHSERIES",
      "LOSSRATE",
      "MARGIN",
      "PPCHANGE",
      "SHARE",
      "TTM",
      "TTMRATIO",
    ].sort()
  );
});

test("parameters are declared `any`, so a blank cell is not passed as 0, and results spill", () => {
  const metadata = JSON.parse(read("functions.json"));
  for (const f of metadata.functions) {
    expect(f.result.dimensionality).toBe("matrix");
    for (const p of f.parameters) {
      if (p.dimensionality === "matrix")
        expect({ f: f.id, p: p.name, type: p.type }).toEqual({ f: f.id, p: p.name, type: "any" });
    }
  }
});

test("every function has a help URL with its own anchor on the served help page", () => {
  const metadata = JSON.parse(read("functions.json"));
  const help = read("help.html");
  const anchors = new Set<string>();
  for (const f of metadata.functions) {
    const anchor = new URL(f.helpUrl).hash.slice(1);
    expect(help).toMatch(new RegExp(`id="?${anchor}"?[ >]`));
    anchors.add(anchor);
  }
  expect(anchors.size).toBe(metadata.functions.length);
});

test("functions-zh-CN.json keeps every id and name and describes every function, parameter and result in Chinese", () => {
  const en = JSON.parse(read("functions.json"));
  const zh = JSON.parse(read("functions-zh-CN.json"));
  expect(zh.functions.map((f: { id: string }) => f.id)).toEqual(
    en.functions.map((f: { id: string }) => f.id)
  );
  const chinese = /[\u4e00-\u9fff]/;
  zh.functions.forEach(
    (
      f: {
        id: string;
        name: string;
        description: string;
        result: { description: string };
        parameters: { name: string; description: string }[];
      },
      i: number
    ) => {
      expect(f.name).toBe(en.functions[i].name);
      expect(f.description).toMatch(chinese);
      expect(f.result.description).toMatch(chinese);
      expect(f.parameters.map((p) => p.name)).toEqual(
        en.functions[i].parameters.map((p: { name: string }) => p.name)
      );
      for (const p of f.parameters)
        expect({ f: f.id, p: p.name, zh: chinese.test(p.description) }).toEqual({
          f: f.id,
          p: p.name,
          zh: true,
        });
    }
  );
});

test("the production metadata points help at the production URL", () => {
  expect(read("functions.json")).not.toMatch(/localhost/);
  expect(read("functions-zh-CN.json")).not.toMatch(/localhost/);
});

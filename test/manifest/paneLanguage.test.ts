/*
 * The pane's side of "one language per user" and of the requirement sets: what it shows for each
 * Office display language, and what it says when the host lacks a set the manifest declares.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { missingRequirements, setLabel } from "../../src/excel/requirements";
import { displayLanguage } from "../../src/excel/run";
import { App } from "../../src/taskpane/App";
import { format, stringsFor } from "../../src/taskpane/strings";
import { StringsContext } from "../../src/taskpane/StringsContext";

function officeWith(context: object): void {
  (globalThis as { Office?: unknown }).Office = { context };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

test.each([
  ["zh-CN", "zh"],
  ["zh-cn", "zh"],
  ["zh-SG", "zh"],
  ["zh-TW", "en"],
  ["zh-HK", "en"],
  ["zh-MO", "en"],
  ["en-US", "en"],
  ["ja-JP", "en"],
])("display language %s shows the pane in %s", (displayLanguageTag, shown) => {
  officeWith({ displayLanguage: displayLanguageTag });
  expect(displayLanguage()).toBe(shown);
});

test("outside Office the pane is English", () => {
  expect(displayLanguage()).toBe("en");
});

test("a host without ExcelApi 1.9 is told so by name, in both languages", () => {
  officeWith({
    requirements: {
      isSetSupported: (name: string, version: string) =>
        name !== "ExcelApi" || Number(version) <= 1.5,
    },
  });
  const missing = missingRequirements().map(setLabel);
  expect(missing).toEqual(["ExcelApi 1.9"]);
  for (const language of ["en", "zh"] as const) {
    const text = format(stringsFor(language).missingRequirements, { sets: missing.join(", ") });
    expect(text).toContain("ExcelApi 1.9");
    expect(text).not.toMatch(/[{}]/);
  }
});

test("a host that has every set is told nothing", () => {
  officeWith({ requirements: { isSetSupported: () => true } });
  expect(missingRequirements()).toEqual([]);
});

test("the pane names what the host lacks above its actions, in the user's language", () => {
  const render = (language: "en" | "zh") =>
    renderToStaticMarkup(
      React.createElement(
        FluentProvider,
        { theme: webLightTheme },
        React.createElement(
          StringsContext.Provider,
          { value: stringsFor(language) },
          React.createElement(App, { inExcel: true, missingSets: ["ExcelApi 1.7"] })
        )
      )
    ).replace(/<[^>]+>/g, " ");
  expect(render("en")).toContain("This version of Excel lacks ExcelApi 1.7, which FIN needs.");
  expect(render("zh")).toContain("此版本的 Excel 缺少 FIN 所需的 ExcelApi 1.7。");
});

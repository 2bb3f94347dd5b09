import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { displayLanguage, isInExcel, missingRequirements, setLabel } from "../excel";
import { App } from "./App";
import { stringsFor } from "./strings";
import { StringsContext } from "./StringsContext";

async function start(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) return;
  const inExcel = await isInExcel().catch(() => false);
  const language = displayLanguage();
  const missingSets = inExcel ? missingRequirements().map(setLabel) : [];
  document.documentElement.lang = language === "zh" ? "zh-CN" : "en";
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <StringsContext.Provider value={stringsFor(language)}>
        <App inExcel={inExcel} missingSets={missingSets} />
      </StringsContext.Provider>
    </FluentProvider>
  );
}

void start();

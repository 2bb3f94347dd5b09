/*
 * The workbench page. Boot order matters and follows Excel's: functions first (so formulas work from
 * the first keystroke), then the workbook and the Office host, then the task pane on top of them.
 */
import * as React from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { App, LANGUAGES, stringsFor } from "./App";
import { PageController } from "./controller";
import { loadTaskPane } from "./taskPane";
import { createWorkbenchApi } from "./testApi";
import { Session, startSession } from "./session";

/** `?lang=zh-CN` opens the workbench with the task pane in Chinese; English otherwise. */
function initialLanguage(): string {
  const asked = new URLSearchParams(window.location.search).get("lang");
  return (
    LANGUAGES.find((l) => l.tag.toLowerCase() === asked?.toLowerCase())?.tag ?? LANGUAGES[0].tag
  );
}

function rememberLanguage(language: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set("lang", language);
  window.history.replaceState(null, "", url);
}

async function boot(mount: HTMLElement): Promise<{ controller: PageController; session: Session }> {
  let language = initialLanguage();
  const session = await startSession(language);
  const controller = new PageController(session.workbook);
  const panel = React.createRef<HTMLDivElement>();
  const root = createRoot(mount);

  const render = () =>
    root.render(
      <App
        controller={controller}
        language={language}
        panelRef={panel}
        onLanguage={(next) => {
          language = next;
          rememberLanguage(next);
          session.setDisplayLanguage(next);
          render();
          if (panel.current) loadTaskPane(panel.current).catch((e: unknown) => console.error(e));
        }}
      />
    );
  flushSync(render);
  if (!panel.current) throw new Error("the task pane panel did not mount");
  await loadTaskPane(panel.current);
  return { controller, session };
}

const mount = document.getElementById("workbench");
if (!mount) throw new Error("workbench.html has no #workbench element");
const started = boot(mount);
window.workbench = createWorkbenchApi(started);
started.catch((e: unknown) => {
  const message = e instanceof Error ? e.message : String(e);
  mount.textContent = stringsFor(initialLanguage()).bootFailed + message;
  mount.className = "wb-boot-failed";
  console.error(e);
});

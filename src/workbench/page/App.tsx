/* The workbench page: toolbar, name box and formula bar, the grid, sheet tabs, and the task pane at the right. */
import * as React from "react";
import type { PageController } from "./controller";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { en } from "./locales/en";
import { zhCN } from "./locales/zh-CN";
import { loadSampleWorkbook } from "./samples";
import { SheetTabs } from "./SheetTabs";

export const LANGUAGES = [
  { tag: "en-US", label: "English" },
  { tag: "zh-CN", label: "中文" },
];

export function stringsFor(language: string) {
  return language.toLowerCase().startsWith("zh") ? zhCN : en;
}

export interface AppProps {
  controller: PageController;
  language: string;
  /** Sets `Office.context.displayLanguage` and reloads the task pane. */
  onLanguage: React.Dispatch<string>;
  /** Receives the element the task pane is loaded into, once it exists. */
  panelRef: React.Ref<HTMLDivElement>;
}

export function App({ controller, language, onLanguage, panelRef }: AppProps): React.JSX.Element {
  const strings = stringsFor(language);
  const [loading, setLoading] = React.useState(false);
  const focusGrid = () =>
    document.querySelector<HTMLElement>(".wb-grid")?.focus({ preventScroll: true });

  const loadSample = () => {
    setLoading(true);
    loadSampleWorkbook(controller)
      .catch((e: unknown) => console.error("Load sample workbook:", e))
      .finally(() => {
        setLoading(false);
        focusGrid();
      });
  };

  return (
    <div className="wb-app" lang={language}>
      <header className="wb-toolbar">
        <div className="wb-brand">
          <span className="wb-logo" aria-hidden="true">
            X
          </span>
          <span className="wb-title">{strings.title}</span>
          <span className="wb-subtitle">{strings.subtitle}</span>
        </div>
        <div className="wb-actions">
          <button type="button" className="wb-button" onClick={loadSample} disabled={loading}>
            {loading ? strings.loadingSample : strings.loadSample}
          </button>
          <div role="group" aria-label={strings.language} className="wb-lang">
            {LANGUAGES.map((l) => (
              <button
                key={l.tag}
                type="button"
                lang={l.tag}
                aria-pressed={language === l.tag}
                className="wb-lang-option"
                onClick={() => language !== l.tag && onLanguage(l.tag)}
              >
                {l.label}
              </button>
            ))}
          </div>
        </div>
      </header>
      <div className="wb-main">
        {/* Not <main>: the task pane on this page brings its own. */}
        <section className="wb-sheet" aria-label={strings.workbook}>
          <FormulaBar controller={controller} strings={strings} gridFocus={focusGrid} />
          <Grid controller={controller} strings={strings} />
          <SheetTabs controller={controller} strings={strings} />
        </section>
        <aside className="wb-taskpane" aria-label={strings.taskPane}>
          <div className="wb-taskpane-header">{strings.taskPaneTitle}</div>
          <div className="wb-taskpane-body" ref={panelRef} />
        </aside>
      </div>
    </div>
  );
}

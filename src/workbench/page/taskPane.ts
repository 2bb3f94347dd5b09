/*
 * The real task pane (dist/taskpane.js) in the panel at the right. It runs on this window, against
 * the simulated `Office` and `Excel` globals, and mounts itself on `#root` as in taskpane.html.
 */
const TASKPANE_SCRIPT = "taskpane.js";
/** Long enough for a slow machine; a pane that never renders is a failure the tests must see. */
const RENDER_TIMEOUT_MS = 15000;

/** What <head> and <body> held before the first pane loaded; anything else the pane put there. */
let pageOwn: Set<Element> | null = null;

/**
 * Runs taskpane.js into a fresh `#root` inside `panel` and resolves once it has drawn something.
 * Reloading the pane (for another display language) first removes the previous pane's root and
 * what it added to the document (style sheets, portals), so the new one starts as on a fresh page.
 */
export function loadTaskPane(panel: HTMLElement): Promise<void> {
  const own = (pageOwn ??= new Set([...document.head.children, ...document.body.children]));
  for (const el of [...document.head.children, ...document.body.children])
    if (!own.has(el)) el.remove();
  panel.querySelector("#root")?.remove();
  const root = document.createElement("div");
  root.id = "root";
  root.className = "wb-taskpane-root";
  panel.appendChild(root);

  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the task pane did not render within ${RENDER_TIMEOUT_MS / 1000} s`));
    }, RENDER_TIMEOUT_MS);
    const observer = new MutationObserver(() => {
      if (root.childElementCount === 0) return;
      observer.disconnect();
      window.clearTimeout(timer);
      resolve();
    });
    observer.observe(root, { childList: true });
    const script = document.createElement("script");
    script.src = TASKPANE_SCRIPT;
    script.onerror = () => {
      observer.disconnect();
      window.clearTimeout(timer);
      reject(new Error(`could not load ${TASKPANE_SCRIPT}`));
    };
    document.head.appendChild(script);
  });
}

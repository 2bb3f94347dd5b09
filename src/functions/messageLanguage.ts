import { MessageLanguage, setMessageLanguage } from "../metrics";
import { languageOf } from "../locale";

/**
 * The language of Office's user interface, as the task pane reads it. In the shared runtime the
 * functions see the same `Office`, but `Office.context` exists only once Office.js has initialised;
 * it is read when a message is built, and until then (or without Office.js) messages are English.
 */
function officeMessageLanguage(): MessageLanguage {
  try {
    return languageOf(Office.context.displayLanguage) === "zh" ? "zh-CN" : "en";
  } catch {
    return "en"; // no Office.js here, or not initialised yet
  }
}

/** FIN's messages follow Office's display language from now on. */
export function sayMessagesInOfficeLanguage(): void {
  setMessageLanguage(officeMessageLanguage);
}

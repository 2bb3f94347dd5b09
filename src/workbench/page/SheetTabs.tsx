/* The sheet tabs along the bottom: click one to show that sheet; + adds one. */
import * as React from "react";
import type { PageController } from "./controller";
import type { PageStrings } from "./locales/en";

export function SheetTabs({
  controller,
  strings,
}: {
  controller: PageController;
  strings: PageStrings;
}): React.JSX.Element {
  React.useSyncExternalStore(controller.subscribe, controller.getVersion);
  const active = controller.sheet();
  return (
    <div className="wb-tabs">
      <button
        type="button"
        className="wb-tab-add"
        aria-label={strings.newSheet}
        title={strings.newSheet}
        onClick={() => controller.addSheet()}
      >
        +
      </button>
      <div role="tablist" aria-label={strings.sheetTabs} className="wb-tablist">
        {controller.workbook
          .sheetNames()
          .filter((name) => (controller.workbook.sheet(name).visibility ?? "Visible") === "Visible")
          .map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={name === active}
              className={"wb-tab" + (name === active ? " wb-tab-active" : "")}
              onClick={() => controller.activateSheet(name)}
            >
              {name}
            </button>
          ))}
      </div>
    </div>
  );
}

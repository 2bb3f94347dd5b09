/* The name box (the selection's address; type one to go there) and the formula bar (the active cell's formula). */
import * as React from "react";
import { rangeAddress } from "./addresses";
import { PageController, formulaText } from "./controller";
import type { PageStrings } from "./locales/en";

export function FormulaBar({
  controller,
  strings,
  gridFocus,
}: {
  controller: PageController;
  strings: PageStrings;
  gridFocus: () => void;
}): React.JSX.Element {
  React.useSyncExternalStore(controller.subscribe, controller.getVersion);
  const sel = controller.selection();
  const active = controller.active();
  const address = rangeAddress(sel);
  const snap = controller.workbook.cell(sel.sheet, active.row, active.col);
  const editing = controller.editing;

  const [typedAddress, setTypedAddress] = React.useState<string | null>(null);

  const onNameKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      if (controller.goTo(e.currentTarget.value, strings)) {
        setTypedAddress(null);
        gridFocus();
      } else {
        e.currentTarget.select();
      }
    } else if (e.key === "Escape") {
      e.preventDefault();
      setTypedAddress(null);
      gridFocus();
    }
  };

  const onFormulaKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      const down = e.key === "Enter";
      if (
        controller.commitEdit(down ? (e.shiftKey ? "up" : "down") : e.shiftKey ? "left" : "right")
      )
        gridFocus();
    } else if (e.key === "Escape") {
      e.preventDefault();
      controller.cancelEdit();
      gridFocus();
    }
  };

  return (
    <div className="wb-formula-row">
      <input
        className="wb-namebox"
        aria-label={strings.nameBox}
        value={typedAddress ?? address}
        aria-invalid={controller.status !== "" || undefined}
        title={controller.status || undefined}
        spellCheck={false}
        autoComplete="off"
        onFocus={(e) => {
          setTypedAddress(address);
          e.currentTarget.select();
        }}
        onBlur={() => setTypedAddress(null)}
        onChange={(e) => setTypedAddress(e.target.value)}
        onKeyDown={onNameKey}
      />
      <span className="wb-fx" aria-hidden="true">
        {strings.insertFunction}
      </span>
      <input
        className={"wb-formula" + (snap.spilled && !editing ? " wb-formula-spilled" : "")}
        aria-label={strings.formulaBar}
        value={editing ? editing.draft : formulaText(snap.formula)}
        spellCheck={false}
        autoComplete="off"
        onFocus={() => controller.editIn("bar")}
        onChange={(e) => controller.setDraft(e.target.value)}
        onKeyDown={onFormulaKey}
      />
      {controller.status ? (
        <span role="status" className="wb-status">
          {controller.status}
        </span>
      ) : null}
    </div>
  );
}

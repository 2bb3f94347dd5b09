import * as React from "react";
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { WriteMode } from "../excel";
import { useStrings } from "./StringsContext";

/** The workbook's "Write as" choice, shared by both actions (the pane reads it once on opening). */
export const WriteAsContext = React.createContext<{
  mode: WriteMode;
  setMode(mode: WriteMode): void;
}>({ mode: "fin", setMode: () => undefined });

export function useWriteAs(): { mode: WriteMode; setMode(mode: WriteMode): void } {
  return React.useContext(WriteAsContext);
}

/** FIN formulas, Excel formulas or values: how an action writes its figures. */
export function WriteAsChoice(): React.JSX.Element {
  const s = useStrings().writeAs;
  const { mode, setMode } = useWriteAs();
  return (
    <Field label={s.heading}>
      <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as WriteMode)}>
        <Radio value="fin" label={s.fin} />
        <Radio value="excel" label={s.excel} />
        <Radio value="values" label={s.values} />
      </RadioGroup>
    </Field>
  );
}

import * as React from "react";
// Loaded with the panels that show it, not with the pane's first view (Fluent radios are large).
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { WriteMode } from "../excel";
import { writeAsStringsFor } from "./strings/writeAs";
import { useStrings } from "./StringsContext";
import { useWriteAs } from "./WriteAsContext";

/** FIN formulas, Excel formulas or values: how an action writes its figures. */
export function WriteAsChoice(): React.JSX.Element {
  const s = writeAsStringsFor(useStrings().language);
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

import * as React from "react";
import type { WriteMode } from "../excel";

/** The workbook's "Write as" choice, shared by both actions (the pane reads it once on opening). */
export const WriteAsContext = React.createContext<{
  mode: WriteMode;
  setMode(mode: WriteMode): void;
}>({ mode: "fin", setMode: () => undefined });

export function useWriteAs(): { mode: WriteMode; setMode(mode: WriteMode): void } {
  return React.useContext(WriteAsContext);
}

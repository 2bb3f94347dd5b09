import * as React from "react";
import { actionState, onActionState, type ActionState } from "../excel";
import { LazyNotice } from "./LazyNotice";
import { useStrings } from "./StringsContext";

/** Where FIN's one Excel action stands, re-rendering when it changes. */
export function useActionState(): ActionState {
  return React.useSyncExternalStore(onActionState, actionState, actionState);
}

/** Shown while an action has outlived its time-out: Excel has not answered, and may still write. */
export function StillRunningNotice(): React.JSX.Element | null {
  const s = useStrings();
  if (useActionState() !== "stillRunning") return null;
  return (
    <LazyNotice intent="warning" role="status">
      {s.stillRunning}
    </LazyNotice>
  );
}

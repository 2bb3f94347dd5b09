import * as React from "react";
import { isExcelReason, type Failure } from "../excel";
import { LazyNotice } from "./LazyNotice";
import { format } from "./strings";
import { useStrings } from "./StringsContext";

/**
 * Any failed action, in plain words from the one catalogue: what Excel refused is an error, what
 * FIN declined to do (nothing ticked, an open question) a warning.
 */
export function FailureBar({ failure }: { failure: Failure }): React.JSX.Element {
  const s = useStrings();
  return (
    <LazyNotice intent={isExcelReason(failure.reason) ? "error" : "warning"} role="alert">
      {format(s.failures[failure.reason], failure.detail ?? {})}
    </LazyNotice>
  );
}

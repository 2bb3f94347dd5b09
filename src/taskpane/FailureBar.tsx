import * as React from "react";
import type { ExcelFailureReason } from "../excel";
import { LazyNotice } from "./LazyNotice";
import { format } from "./strings";
import { useStrings } from "./StringsContext";

/** A plain-words message bar for a failed action. */
export function FailureBar({
  reason,
  detail,
}: {
  reason: ExcelFailureReason;
  detail: string;
}): React.JSX.Element {
  const s = useStrings();
  return (
    <LazyNotice intent="error" role="alert">
      {format(s.failures[reason], { detail })}
    </LazyNotice>
  );
}

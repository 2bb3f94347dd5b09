import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ExcelFailureReason } from "../excel";
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
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{format(s.failures[reason], { detail })}</MessageBarBody>
    </MessageBar>
  );
}

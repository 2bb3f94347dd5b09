import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface NoticeProps {
  intent: "success" | "warning" | "error" | "info";
  /** "alert" for a failure the analyst must read, "status" for news of what was done. */
  role: "alert" | "status";
  children: React.ReactNode;
}

/** A message bar in the task pane. */
export function Notice({ intent, role, children }: NoticeProps): React.JSX.Element {
  return (
    <MessageBar intent={intent} role={role}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

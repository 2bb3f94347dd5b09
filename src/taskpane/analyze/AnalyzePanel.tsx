import * as React from "react";

/** Analyze selection: being built (issue 4). */
export function AnalyzePanel(): React.JSX.Element {
  return <section aria-label="Analyze selection" />;
}

import * as React from "react";

/** Compare peers: being built (issue 5). */
export function PeersPanel(): React.JSX.Element {
  return <section aria-label="Compare peers" />;
}

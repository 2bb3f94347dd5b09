import * as React from "react";
import { Button } from "@fluentui/react-components";
import { LazyNotice } from "./LazyNotice";
import type { Strings } from "./strings";

interface Props {
  strings: Strings["boundary"];
  /** Starts again: the panels' chunks are requested anew. */
  onRetry(): void;
  children: React.ReactNode;
}

/**
 * The pane's one error boundary: a panel whose chunk fails to load (or that fails while drawing)
 * shows a plain sentence and a retry, never a blank pane.
 */
export class ErrorBoundary extends React.Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render(): React.ReactNode {
    if (!this.state.failed) return this.props.children;
    const s = this.props.strings;
    return (
      <>
        <LazyNotice intent="error" role="alert">
          {s.message}
        </LazyNotice>
        <Button
          onClick={() => {
            this.setState({ failed: false });
            this.props.onRetry();
          }}
        >
          {s.retry}
        </Button>
      </>
    );
  }
}

import * as React from "react";
import type { NoticeProps } from "./Notice";

/**
 * A Notice whose message bar loads when the first message shows: message bars are not part of the
 * pane's first view. Until it has loaded, the text shows plainly, with the same role.
 */
const NoticeChunk = React.lazy(() =>
  import(/* webpackChunkName: "notice" */ "./Notice").then((m) => ({ default: m.Notice }))
);

export function LazyNotice(props: NoticeProps): React.JSX.Element {
  return (
    <React.Suspense fallback={<p role={props.role}>{props.children}</p>}>
      <NoticeChunk {...props} />
    </React.Suspense>
  );
}

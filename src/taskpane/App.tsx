import * as React from "react";
import { Body1, Title3 } from "@fluentui/react-components";

export function App(): React.JSX.Element {
  return (
    <main style={{ padding: 16 }}>
      <Title3 as="h1">FIN</Title3>
      <Body1 as="p">Type =FIN.GROWTH(), =FIN.EXPENSERATIO() or =FIN.LOSSRATE() in a cell.</Body1>
    </main>
  );
}

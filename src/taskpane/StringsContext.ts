import * as React from "react";
import { en, type Strings } from "./strings/en";

export const StringsContext = React.createContext<Strings>(en);

export function useStrings(): Strings {
  return React.useContext(StringsContext);
}

/* The details chunk's strings in the pane's language; they load with this chunk rather than the first view. */
import { detailStringsFor, type DetailStrings } from "../strings/details";
import { useStrings } from "../StringsContext";

export function useDetailStrings(): DetailStrings {
  return detailStringsFor(useStrings().language);
}

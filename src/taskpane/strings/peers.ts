/* Compare peers' strings in the pane's language: imported only by the Compare peers chunk. */
import { peersEn, type PeerStrings } from "./peers-en";
import { peersZhCN } from "./peers-zh-CN";

export type { PeerStrings };
export { peersEn, peersZhCN };

export function peerStringsFor(language: "en" | "zh"): PeerStrings {
  return language === "zh" ? peersZhCN : peersEn;
}

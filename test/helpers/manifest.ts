/* Reads an add-in manifest into the facts the offline checks need. */
import * as fs from "fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface ManifestFacts {
  xml: string;
  root: Record<string, unknown>;
  /** Every element with its attributes, in document order, with the path of tag names. */
  elements: Array<{ path: string[]; attrs: Record<string, string> }>;
}

type Node = Record<string, unknown>;

export function readManifest(file: string): ManifestFacts {
  const xml = fs.readFileSync(file, "utf8");
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new Error(`${file} is not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    preserveOrder: true,
  });
  const tree = parser.parse(xml) as Node[];
  const elements: ManifestFacts["elements"] = [];
  const walk = (nodes: Node[], path: string[]) => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((k) => k !== ":@");
      if (!tag || tag === "#text" || tag === "?xml") continue;
      const attrs = Object.fromEntries(
        Object.entries((node[":@"] as Record<string, string>) ?? {}).map(([k, v]) => [
          k.replace(/^@/, ""),
          v,
        ])
      );
      elements.push({ path: [...path, tag], attrs });
      walk(node[tag] as Node[], [...path, tag]);
    }
  };
  walk(tree, []);
  const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(
    xml
  ) as Record<string, unknown>;
  return { xml, root, elements };
}

export function tag(path: string[]): string {
  return path[path.length - 1];
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  if (b.readUInt32BE(0) !== 0x89504e47) throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

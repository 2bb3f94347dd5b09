/* Excel.RangeFormat and its font, fill and borders, stored as the model's cell formats. */
import { WorkbookError } from "../model/errors";
import type { CellFormat, CellRange } from "../model/types";
import { uniform } from "./cells";
import { ClientObject } from "./clientObject";
import type { HostContext } from "./context";

/** Points per CSS pixel: Office.js reports sizes in points, the page draws pixels. */
export const POINTS_PER_PIXEL = 0.75;
const DEFAULT_COLUMN_WIDTH_PX = 64;
const DEFAULT_ROW_HEIGHT_PT = 15;

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  purple: "#800080",
};

/** "#ff0000", "#F00" or "red" → "#FF0000", as Office.js reports colours. */
export function normalizeColor(color: unknown): string {
  if (typeof color !== "string")
    throw new WorkbookError("InvalidArgument", `${String(color)} is not a colour.`);
  const named = NAMED_COLORS[color.toLowerCase()];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (short)
    return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toUpperCase();
  throw new WorkbookError("InvalidArgument", `${color} is not a colour.`);
}

abstract class FormatPart extends ClientObject<CellRange> {
  constructor(context: HostContext, path: string, resolver: () => CellRange | null) {
    super(context, path, resolver);
  }
  /** Sets a format on every cell of the range. */
  protected _setEach(
    name: string,
    value: unknown,
    change: (row: number, col: number, r: CellRange) => Partial<CellFormat> | null
  ): void {
    this._set(name, value, (r) => {
      const model = this.context.model;
      for (let row = r.row; row < r.row + r.rowCount; row++) {
        for (let col = r.col; col < r.col + r.colCount; col++) {
          const f = change(row, col, r);
          if (f) model.setFormat(r.sheet, row, col, f);
        }
      }
    });
  }
}

export class RangeFormat extends FormatPart {
  private _font?: RangeFont;
  private _fill?: RangeFill;
  private _borders?: RangeBorderCollection;

  protected _typeName(): string {
    return "RangeFormat";
  }
  protected _scalarNames(): readonly string[] {
    return ["columnWidth", "rowHeight", "horizontalAlignment"];
  }
  protected _child(name: string): ClientObject<unknown> | undefined {
    if (name === "font") return this.font as ClientObject<unknown>;
    if (name === "fill") return this.fill as ClientObject<unknown>;
    if (name === "borders") return this.borders as ClientObject<unknown>;
    return undefined;
  }
  protected _read(name: string, r: CellRange): unknown {
    const model = this.context.model;
    if (name === "columnWidth") {
      const widths = new Set<number>();
      const sheet = model.sheet(r.sheet);
      for (let c = r.col; c < r.col + r.colCount && widths.size < 2; c++)
        widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_PX);
      return widths.size === 1 ? [...widths][0] * POINTS_PER_PIXEL : null;
    }
    if (name === "rowHeight") return DEFAULT_ROW_HEIGHT_PT;
    return uniform(model, r, (f) => f.horizontalAlignment ?? "General");
  }

  get font(): RangeFont {
    return (this._font ??= new RangeFont(this.context, `${this._path}.font`, () => this._target()));
  }
  get fill(): RangeFill {
    return (this._fill ??= new RangeFill(this.context, `${this._path}.fill`, () => this._target()));
  }
  get borders(): RangeBorderCollection {
    return (this._borders ??= new RangeBorderCollection(this.context, `${this._path}.borders`, () =>
      this._target()
    ));
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(points: number) {
    this._set("columnWidth", points, (r) => {
      for (let c = r.col; c < r.col + r.colCount; c++)
        this.context._editing().setColumnWidth(r.sheet, c, points / POINTS_PER_PIXEL);
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    const allowed = ["General", "Left", "Center", "Right"];
    this._setEach("horizontalAlignment", value, () => {
      if (!allowed.includes(value))
        throw new WorkbookError(
          "InvalidArgument",
          `${value} is not an alignment the workbench shows.`
        );
      return { horizontalAlignment: value as CellFormat["horizontalAlignment"] };
    });
  }

  /** Widens each column to its longest text, measured generously so a fitted number never shows ###. */
  autofitColumns(): void {
    this._call("autofitColumns", [], (r) => {
      const model = this.context.model;
      const used = model.usedRange(r.sheet, true);
      if (!used) return;
      const r1 = Math.max(r.row, used.row);
      const r2 = Math.min(r.row + r.rowCount, used.row + used.rowCount);
      for (
        let c = Math.max(r.col, used.col);
        c < Math.min(r.col + r.colCount, used.col + used.colCount);
        c++
      ) {
        let longest = 0;
        for (let row = r1; row < r2; row++)
          longest = Math.max(longest, textWidth(model.cell(r.sheet, row, c).text));
        if (longest > 0) this.context._editing().setColumnWidth(r.sheet, c, longest + 10);
      }
    });
  }
  autofitRows(): void {
    this._call("autofitRows", [], () => undefined);
  }
}

/** Pixels for text in an 11-point font: 7 for a narrow character, 13 for a wide (CJK) one. */
function textWidth(text: string): number {
  let px = 0;
  for (const ch of text) px += /[\u1100-\uFFFF]/.test(ch) ? 14 : 9; // the grid's widest digit is 9 px
  return px;
}

export class RangeFont extends FormatPart {
  protected _typeName(): string {
    return "RangeFont";
  }
  protected _scalarNames(): readonly string[] {
    return ["bold", "italic", "color", "name", "size"];
  }
  protected _read(name: string, r: CellRange): unknown {
    const model = this.context.model;
    switch (name) {
      case "bold":
        return uniform(model, r, (f) => f.bold ?? false);
      case "italic":
        return uniform(model, r, (f) => f.italic ?? false);
      case "color":
        return uniform(model, r, (f) => f.color ?? "#000000");
      case "name":
        return "Aptos Narrow";
      default:
        return 11;
    }
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._setEach("bold", value, () => ({ bold: Boolean(value) }));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._setEach("italic", value, () => ({ italic: Boolean(value) }));
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._setEach("color", value, () => ({ color: normalizeColor(value) }));
  }
  get name(): string {
    return this._get("name");
  }
  get size(): number {
    return this._get("size");
  }
}

export class RangeFill extends FormatPart {
  protected _typeName(): string {
    return "RangeFill";
  }
  protected _scalarNames(): readonly string[] {
    return ["color"];
  }
  protected _read(_name: string, r: CellRange): unknown {
    return uniform(this.context.model, r, (f) => f.fill ?? "#FFFFFF");
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._setEach("color", value, () => ({ fill: normalizeColor(value) }));
  }
  clear(): void {
    this._call("clear", [], (r) => {
      for (let row = r.row; row < r.row + r.rowCount; row++) {
        for (let col = r.col; col < r.col + r.colCount; col++)
          this.context.model.setFormat(r.sheet, row, col, { fill: undefined });
      }
    });
  }
}

type Side = "borderTop" | "borderBottom" | "borderLeft" | "borderRight";
type Weight = NonNullable<CellFormat["borderBottom"]>;
const WEIGHTS: Record<string, Weight> = {
  Hairline: "thin",
  Thin: "thin",
  Medium: "medium",
  Thick: "thick",
};

/** Which cells of a range an Office.js border index draws on, and which side of them. */
function sideOf(index: string, r: CellRange, row: number, col: number): Side | null {
  switch (index) {
    case "EdgeTop":
      return row === r.row ? "borderTop" : null;
    case "EdgeBottom":
      return row === r.row + r.rowCount - 1 ? "borderBottom" : null;
    case "EdgeLeft":
      return col === r.col ? "borderLeft" : null;
    case "EdgeRight":
      return col === r.col + r.colCount - 1 ? "borderRight" : null;
    case "InsideHorizontal":
      return row < r.row + r.rowCount - 1 ? "borderBottom" : null;
    case "InsideVertical":
      return col < r.col + r.colCount - 1 ? "borderRight" : null;
    default:
      return null;
  }
}

export class RangeBorderCollection extends FormatPart {
  private readonly _items = new Map<string, RangeBorder>();
  protected _typeName(): string {
    return "RangeBorderCollection";
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  getItem(index: string): RangeBorder {
    const known = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
      "DiagonalDown",
      "DiagonalUp",
    ];
    let item = this._items.get(index);
    if (!item) {
      item = new RangeBorder(
        this.context,
        `${this._path}.getItem(${JSON.stringify(index)})`,
        () => {
          if (!known.includes(index))
            throw new WorkbookError("InvalidArgument", `${index} is not a border.`);
          return this._target();
        },
        index
      );
      this._items.set(index, item);
    }
    return item;
  }
}

export class RangeBorder extends FormatPart {
  constructor(
    context: HostContext,
    path: string,
    resolver: () => CellRange | null,
    readonly sideIndex: string
  ) {
    super(context, path, resolver);
  }
  protected _typeName(): string {
    return "RangeBorder";
  }
  protected _scalarNames(): readonly string[] {
    return ["style", "weight", "color", "sideIndex"];
  }
  protected _read(name: string, r: CellRange): unknown {
    if (name === "sideIndex") return this.sideIndex;
    if (name === "color") return "#000000";
    const weights = new Set<string>();
    const model = this.context.model;
    for (let row = r.row; row < r.row + r.rowCount && weights.size < 2; row++) {
      for (let col = r.col; col < r.col + r.colCount && weights.size < 2; col++) {
        const side = sideOf(this.sideIndex, r, row, col);
        if (side) weights.add(model.cell(r.sheet, row, col).format[side] ?? "none");
      }
    }
    if (weights.size !== 1) return null;
    const w = [...weights][0];
    if (name === "style") return w === "none" ? "None" : "Continuous";
    return w === "none" ? "Thin" : w[0].toUpperCase() + w.slice(1);
  }
  private _apply(
    name: string,
    value: unknown,
    weightOf: (current: Weight | undefined) => Weight | undefined
  ): void {
    this._setEach(name, value, (row, col, r) => {
      const side = sideOf(this.sideIndex, r, row, col);
      if (!side) return null;
      const current = this.context.model.cell(r.sheet, row, col).format[side];
      return { [side]: weightOf(current) };
    });
  }
  get style(): string {
    return this._get("style");
  }
  set style(value: string) {
    this._apply("style", value, (current) => (value === "None" ? undefined : (current ?? "thin")));
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(value: string) {
    const w = WEIGHTS[value];
    this._apply("weight", value, () => {
      if (!w) throw new WorkbookError("InvalidArgument", `${value} is not a border weight.`);
      return w;
    });
  }
  get color(): string {
    return this._get("color");
  }
  /** The workbench draws borders in black; the colour is kept on the proxy only. */
  set color(value: string) {
    this._set("color", value, () => normalizeColor(value));
  }
}

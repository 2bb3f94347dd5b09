/* Excel.RangeAreas: the areas of a multi-area selection (`workbook.getSelectedRanges()`). */
import { formatSheetAddress, MAX_COLUMNS, MAX_ROWS } from "../../references";
import { WorkbookError } from "../model/errors";
import type { CellRange } from "../model/types";
import { ClientCollection, ClientObject } from "./clientObject";
import type { HostContext } from "./context";
import { Range } from "./range";

const SCALARS = [
  "address",
  "addressLocal",
  "areaCount",
  "cellCount",
  "isEntireColumn",
  "isEntireRow",
] as const;

export class RangeAreas extends ClientObject<CellRange[]> {
  private _areas?: RangeCollection;

  protected _typeName(): string {
    return "RangeAreas";
  }
  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }
  protected _child(name: string): ClientObject<unknown> | undefined {
    return name === "areas" ? (this.areas as ClientObject<unknown>) : undefined;
  }
  protected _read(name: string, areas: CellRange[]): unknown {
    switch (name) {
      case "address":
      case "addressLocal":
        return areas.map(formatSheetAddress).join(", "); // "Sheet1!A1:B4, Sheet1!D1:D4" (reference docs)
      case "areaCount":
        return areas.length;
      case "cellCount":
        return areas.reduce((n, a) => n + a.rowCount * a.colCount, 0);
      case "isEntireColumn":
        return areas.every((a) => a.row === 0 && a.rowCount === MAX_ROWS);
      case "isEntireRow":
        return areas.every((a) => a.col === 0 && a.colCount === MAX_COLUMNS);
    }
    throw new WorkbookError("InvalidArgument", `RangeAreas has no property ${name}.`);
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get areas(): RangeCollection {
    return (this._areas ??= new RangeCollection(this.context, `${this._path}.areas`, () =>
      this._target()
    ));
  }
}

export class RangeCollection extends ClientCollection<CellRange[], Range> {
  constructor(context: HostContext, path: string, resolver: () => CellRange[] | null) {
    super(context, path, resolver);
  }
  protected _typeName(): string {
    return "RangeCollection";
  }
  protected _list(areas: CellRange[]): Range[] {
    return areas.map((a, i) => this._at(i, a));
  }
  private _at(index: number, area: CellRange | null): Range {
    return new Range(this.context, `${this._path}.getItemAt(${index})`, () => area);
  }
  getItemAt(index: number): Range {
    return new Range(this.context, `${this._path}.getItemAt(${index})`, () => {
      const area = this._target()[index];
      if (!area) throw new WorkbookError("InvalidArgument", `There is no area ${index}.`);
      return area;
    });
  }
}

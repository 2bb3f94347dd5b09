/* Excel.Range: a rectangle of cells found at sync time, with Office.js's properties and methods. */
import { formatSheetAddress, MAX_COLUMNS, MAX_ROWS } from "../../references";
import { WorkbookError } from "../model/errors";
import type { CellRange } from "../model/types";
import { onGrid, rangeOnSheet, readGrid, valueType, writeEach } from "./cells";
import { ClientObject } from "./clientObject";
import { ConditionalFormatCollection } from "./conditionalFormats";
import type { HostContext } from "./context";
import { RangeAreas } from "./rangeAreas";
import { RangeFormat } from "./rangeFormat";
import { specialCellAreas } from "./specialCells";
import { Worksheet } from "./worksheet";

const SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "columnIndex",
  "rowCount",
  "rowIndex",
  "isEntireColumn",
  "isEntireRow",
  "values",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "text",
  "valueTypes",
] as const;

export type RangeTarget = CellRange;

export class Range extends ClientObject<RangeTarget> {
  private _format?: RangeFormat;
  private _worksheet?: Worksheet;
  private _conditionalFormats?: ConditionalFormatCollection;

  constructor(
    context: HostContext,
    path: string,
    resolver: () => RangeTarget | null,
    orNull = false
  ) {
    super(context, path, resolver, orNull);
  }

  protected _typeName(): string {
    return "Range";
  }
  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }
  protected _child(name: string): ClientObject<unknown> | undefined {
    if (name === "format") return this.format as ClientObject<unknown>;
    if (name === "worksheet") return this.worksheet as ClientObject<unknown>;
    return undefined;
  }

  protected _read(name: string, r: RangeTarget): unknown {
    const model = this.context.model;
    switch (name) {
      case "address":
      case "addressLocal":
        return formatSheetAddress(r);
      case "cellCount":
        return r.rowCount * r.colCount;
      case "columnCount":
        return r.colCount;
      case "columnIndex":
        return r.col;
      case "rowCount":
        return r.rowCount;
      case "rowIndex":
        return r.row;
      case "isEntireColumn":
        return r.row === 0 && r.rowCount === MAX_ROWS;
      case "isEntireRow":
        return r.col === 0 && r.colCount === MAX_COLUMNS;
      case "values":
        return readGrid(model, r, (c) => c.value);
      case "formulas":
      case "formulasLocal":
        return readGrid(model, r, (c) => c.formula);
      case "numberFormat":
        return readGrid(model, r, (c) => c.numberFormat);
      case "text":
        return readGrid(model, r, (c) => c.text);
      case "valueTypes":
        return readGrid(model, r, valueType);
    }
    throw new WorkbookError("InvalidArgument", `Range has no property ${name}.`);
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(values: unknown[][]) {
    this._set("values", values, (r) =>
      writeEach(r, values, true, (row, col, v) =>
        this.context.model.writeValue(r.sheet, row, col, v)
      )
    );
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this._set("formulas", formulas, (r) =>
      writeEach(r, formulas, true, (row, col, v) =>
        this.context.model.writeFormula(r.sheet, row, col, v)
      )
    );
  }
  get formulasLocal(): unknown[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(formulas: unknown[][]) {
    this._set("formulasLocal", formulas, (r) =>
      writeEach(r, formulas, true, (row, col, v) =>
        this.context.model.writeFormula(r.sheet, row, col, v)
      )
    );
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this._set("numberFormat", formats, (r) =>
      writeEach(r, formats, false, (row, col, f) => {
        if (f === null || f === undefined) return; // null leaves the cell's format as it is
        if (typeof f !== "string")
          throw new WorkbookError("InvalidArgument", `${String(f)} is not a number format.`);
        this.context.model.setNumberFormat(r.sheet, row, col, f === "" ? "General" : f);
      })
    );
  }

  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(this.context, `${this._path}.format`, () =>
      this._target()
    ));
  }
  get worksheet(): Worksheet {
    return (this._worksheet ??= new Worksheet(
      this.context,
      `${this._path}.worksheet`,
      () => this._target().sheet
    ));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return (this._conditionalFormats ??= new ConditionalFormatCollection(
      this.context,
      `${this._path}.conditionalFormats`,
      () => this._target()
    ));
  }

  private _derived(
    name: string,
    args: unknown[],
    make: (r: RangeTarget) => RangeTarget | null,
    orNull = false
  ): Range {
    return new Range(
      this.context,
      `${this._path}.${name}(${args.map((a) => JSON.stringify(a)).join(",")})`,
      () => {
        const r = make(this._target());
        return r === null ? null : onGrid(r);
      },
      orNull
    );
  }

  getCell(row: number, column: number): Range {
    return this._derived("getCell", [row, column], (r) => ({
      ...r,
      row: r.row + row,
      col: r.col + column,
      rowCount: 1,
      colCount: 1,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derived("getResizedRange", [deltaRows, deltaColumns], (r) => ({
      ...r,
      rowCount: r.rowCount + deltaRows,
      colCount: r.colCount + deltaColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derived("getOffsetRange", [rowOffset, columnOffset], (r) => ({
      ...r,
      row: r.row + rowOffset,
      col: r.col + columnOffset,
    }));
  }
  getRow(row: number): Range {
    return this._derived("getRow", [row], (r) => ({ ...r, row: r.row + row, rowCount: 1 }));
  }
  getColumn(column: number): Range {
    return this._derived("getColumn", [column], (r) => ({
      ...r,
      col: r.col + column,
      colCount: 1,
    }));
  }
  getLastRow(): Range {
    return this._derived("getLastRow", [], (r) => ({
      ...r,
      row: r.row + r.rowCount - 1,
      rowCount: 1,
    }));
  }
  getLastColumn(): Range {
    return this._derived("getLastColumn", [], (r) => ({
      ...r,
      col: r.col + r.colCount - 1,
      colCount: 1,
    }));
  }
  getEntireRow(): Range {
    return this._derived("getEntireRow", [], (r) => ({ ...r, col: 0, colCount: MAX_COLUMNS }));
  }
  getEntireColumn(): Range {
    return this._derived("getEntireColumn", [], (r) => ({ ...r, row: 0, rowCount: MAX_ROWS }));
  }
  getBoundingRect(anotherRange: Range | string): Range {
    return this._derived(
      "getBoundingRect",
      [typeof anotherRange === "string" ? anotherRange : "<Range>"],
      (r) => {
        const o =
          typeof anotherRange === "string"
            ? rangeOnSheet(this.context.model, r.sheet, anotherRange)
            : anotherRange._target();
        if (o.sheet.toLocaleUpperCase() !== r.sheet.toLocaleUpperCase())
          throw new WorkbookError("InvalidArgument", "The ranges are on different sheets.");
        const row = Math.min(r.row, o.row);
        const col = Math.min(r.col, o.col);
        return {
          sheet: r.sheet,
          row,
          col,
          rowCount: Math.max(r.row + r.rowCount, o.row + o.rowCount) - row,
          colCount: Math.max(r.col + r.colCount, o.col + o.colCount) - col,
        };
      }
    );
  }
  /** The used cells within this range; ItemNotFound when there are none (reference docs). */
  getUsedRange(valuesOnly = false): Range {
    return this._derived("getUsedRange", [valuesOnly], (r) => {
      const hit = this._usedWithin(r, valuesOnly);
      if (!hit) throw new WorkbookError("ItemNotFound", "There are no used cells in the range.");
      return hit;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this._derived(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (r) => this._usedWithin(r, valuesOnly),
      true
    );
  }

  private _usedWithin(r: RangeTarget, valuesOnly: boolean): RangeTarget | null {
    const used = this.context.model.usedRange(r.sheet, valuesOnly);
    if (!used) return null;
    const row = Math.max(r.row, used.row);
    const col = Math.max(r.col, used.col);
    const rowEnd = Math.min(r.row + r.rowCount, used.row + used.rowCount);
    const colEnd = Math.min(r.col + r.colCount, used.col + used.colCount);
    return rowEnd > row && colEnd > col
      ? { sheet: r.sheet, row, col, rowCount: rowEnd - row, colCount: colEnd - col }
      : null;
  }

  /** The constants or formulas of the range, as areas; ItemNotFound when none match (ExcelApi 1.9). */
  getSpecialCells(cellType: string, cellValueType?: string): RangeAreas {
    return this._special("getSpecialCells", cellType, cellValueType, false);
  }
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreas {
    return this._special("getSpecialCellsOrNullObject", cellType, cellValueType, true);
  }

  private _special(
    name: string,
    cellType: string,
    cellValueType: string | undefined,
    orNull: boolean
  ): RangeAreas {
    const args = cellValueType === undefined ? [cellType] : [cellType, cellValueType];
    return new RangeAreas(
      this.context,
      `${this._path}.${name}(${args.map((a) => JSON.stringify(a)).join(",")})`,
      () => {
        const areas = specialCellAreas(this.context.model, this._target(), cellType, cellValueType);
        if (areas.length > 0 || orNull) return areas.length > 0 ? areas : null;
        throw new WorkbookError("ItemNotFound", "No cells were found.");
      },
      orNull
    );
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this._call("clear", [applyTo], (r) => this.context._editing().clear(r, applyTo));
  }
  select(): void {
    this._call("select", [], (r) => this.context.model.select(r));
  }
}

/* Excel.Worksheet with its protection and freeze panes. Its target is the sheet's name. */
import { MAX_COLUMNS, MAX_ROWS } from "../../references";
import { WorkbookError } from "../model/errors";
import type { CellRange } from "../model/types";
import { onGrid, rangeOnSheet } from "./cells";
import { ChartCollection } from "./chart";
import { ClientObject } from "./clientObject";
import type { HostContext } from "./context";
import { Range } from "./range";
import { TableCollection } from "./tables";

export class Worksheet extends ClientObject<string> {
  private _protection?: WorksheetProtection;
  private _freezePanes?: WorksheetFreezePanes;
  private _charts?: ChartCollection;
  private _tables?: TableCollection;

  constructor(context: HostContext, path: string, resolver: () => string | null, orNull = false) {
    super(context, path, resolver, orNull);
  }

  protected _typeName(): string {
    return "Worksheet";
  }
  protected _scalarNames(): readonly string[] {
    return ["name", "position", "visibility", "id"];
  }
  protected _child(name: string): ClientObject<unknown> | undefined {
    if (name === "protection") return this.protection as ClientObject<unknown>;
    if (name === "charts") return this.charts as ClientObject<unknown>;
    if (name === "tables") return this.tables as ClientObject<unknown>;
    if (name === "freezePanes") return this.freezePanes as ClientObject<unknown>;
    return undefined;
  }
  protected _read(name: string, sheet: string): unknown {
    const model = this.context.model;
    switch (name) {
      case "name":
        return sheet;
      case "position":
        return model.sheetNames().indexOf(sheet);
      case "visibility":
        return model.sheet(sheet).visibility ?? "Visible";
      default:
        return `{${sheet}}`;
    }
  }

  get name(): string {
    return this._get("name");
  }
  /** Renaming follows Excel's rules for names ("History" is reserved); formulas follow the sheet. */
  set name(value: string) {
    this._set("name", value, (sheet) => {
      this.context._editing().renameSheet(sheet, value);
      this._retarget(value);
    });
  }
  get position(): number {
    return this._get("position");
  }
  get id(): string {
    return this._get("id");
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(value: string) {
    this._set("visibility", value, (sheet) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(value))
        throw new WorkbookError("InvalidArgument", `${value} is not a visibility.`);
      this.context
        ._editing()
        .updateSheet(sheet, { visibility: value as "Visible" | "Hidden" | "VeryHidden" });
    });
  }

  get protection(): WorksheetProtection {
    return (this._protection ??= new WorksheetProtection(
      this.context,
      `${this._path}.protection`,
      () => this._target()
    ));
  }
  get freezePanes(): WorksheetFreezePanes {
    return (this._freezePanes ??= new WorksheetFreezePanes(
      this.context,
      `${this._path}.freezePanes`,
      () => this._target()
    ));
  }
  get charts(): ChartCollection {
    return (this._charts ??= new ChartCollection(this.context, `${this._path}.charts`, () =>
      this._target()
    ));
  }
  get tables(): TableCollection {
    return (this._tables ??= new TableCollection(this.context, `${this._path}.tables`, () =>
      this._target()
    ));
  }

  private _range(
    name: string,
    args: unknown[],
    make: (sheet: string) => CellRange | null,
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

  /** The whole sheet when no address is given. */
  getRange(address?: string): Range {
    return this._range("getRange", address === undefined ? [] : [address], (sheet) =>
      address === undefined || address === ""
        ? { sheet, row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLUMNS }
        : rangeOnSheet(this.context.model, sheet, address)
    );
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): Range {
    return this._range(
      "getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      (sheet) => ({
        sheet,
        row: startRow,
        col: startColumn,
        rowCount,
        colCount: columnCount,
      })
    );
  }
  getCell(row: number, column: number): Range {
    return this._range("getCell", [row, column], (sheet) => ({
      sheet,
      row,
      col: column,
      rowCount: 1,
      colCount: 1,
    }));
  }
  /** A blank sheet's used range is A1 (reference docs). */
  getUsedRange(valuesOnly = false): Range {
    return this._range(
      "getUsedRange",
      [valuesOnly],
      (sheet) =>
        this.context.model.usedRange(sheet, valuesOnly) ?? {
          sheet,
          row: 0,
          col: 0,
          rowCount: 1,
          colCount: 1,
        }
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this._range(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (sheet) => this.context.model.usedRange(sheet, valuesOnly),
      true
    );
  }

  activate(): void {
    this._call("activate", [], (sheet) => this.context.model.activate(sheet));
  }
}

export class WorksheetProtection extends ClientObject<string> {
  protected _typeName(): string {
    return "WorksheetProtection";
  }
  protected _scalarNames(): readonly string[] {
    return ["protected"];
  }
  protected _read(_name: string, sheet: string): unknown {
    return this.context.model.sheet(sheet).protected;
  }
  get protected(): boolean {
    return this._get("protected");
  }
  protect(): void {
    this._call("protect", [], (sheet) => {
      if (this.context.model.sheet(sheet).protected)
        throw new WorkbookError("InvalidArgument", "The sheet is already protected.");
      this.context._editing().updateSheet(sheet, { protected: true });
    });
  }
  unprotect(): void {
    this._call("unprotect", [], (sheet) =>
      this.context._editing().updateSheet(sheet, { protected: false })
    );
  }
}

export class WorksheetFreezePanes extends ClientObject<string> {
  protected _typeName(): string {
    return "WorksheetFreezePanes";
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], (sheet) =>
      this.context._editing().updateSheet(sheet, { frozenRows: count, frozenColumns: 0 })
    );
  }
  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], (sheet) =>
      this.context._editing().updateSheet(sheet, { frozenRows: 0, frozenColumns: count })
    );
  }
  /** The given cells become the frozen top-left pane. */
  freezeAt(frozenRange: Range | string): void {
    this._call("freezeAt", [typeof frozenRange === "string" ? frozenRange : "<Range>"], (sheet) => {
      const r =
        typeof frozenRange === "string"
          ? rangeOnSheet(this.context.model, sheet, frozenRange)
          : frozenRange._target();
      const rows =
        r.col === 0 && r.colCount === MAX_COLUMNS
          ? r.row + r.rowCount
          : r.row === 0 && r.rowCount === MAX_ROWS
            ? 0
            : r.row + r.rowCount;
      const cols =
        r.row === 0 && r.rowCount === MAX_ROWS
          ? r.col + r.colCount
          : r.col === 0 && r.colCount === MAX_COLUMNS
            ? 0
            : r.col + r.colCount;
      this.context._editing().updateSheet(sheet, { frozenRows: rows, frozenColumns: cols });
    });
  }
  unfreeze(): void {
    this._call("unfreeze", [], (sheet) =>
      this.context._editing().updateSheet(sheet, { frozenRows: 0, frozenColumns: 0 })
    );
  }
}

/* Excel.TableCollection and Excel.Table: names unique in the workbook, no overlaps. */
import { splitSheetPrefix } from "../../references";
import { WorkbookError } from "../model/errors";
import type { TableModel } from "../model/editing";
import { rangeOnSheet } from "./cells";
import { ClientCollection, ClientObject } from "./clientObject";
import type { HostContext } from "./context";
import { Range } from "./range";

/** A sheet's tables, or (sheet null) the workbook's. */
export interface TablesTarget {
  sheet: string | null;
}

export class TableCollection extends ClientCollection<TablesTarget, Table> {
  constructor(context: HostContext, path: string, resolver: () => TablesTarget | string | null) {
    super(context, path, () => {
      const t = resolver();
      return typeof t === "string" ? { sheet: t } : t;
    });
  }
  protected _typeName(): string {
    return "TableCollection";
  }
  protected _list(target: TablesTarget): Table[] {
    return this.context
      ._editing()
      .tables(target.sheet ?? undefined)
      .map((t) => this._fixed(t.name));
  }
  private _fixed(name: string): Table {
    return new Table(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () =>
      this._byName(name)
    );
  }
  private _byName(name: string): TableModel | null {
    return (
      this.context
        ._editing()
        .tables()
        .find((t) => t.name.toLocaleUpperCase() === name.toLocaleUpperCase()) ?? null
    );
  }

  /** `address` is a Range, or an address on this sheet (for workbook.tables it must name its sheet). */
  add(address: Range | string, hasHeaders: boolean): Table {
    let added: string | null = null;
    this._call("add", [typeof address === "string" ? address : "<Range>", hasHeaders], (target) => {
      const model = this.context.model;
      let range;
      if (typeof address !== "string") range = address._target();
      else if (target.sheet !== null) range = rangeOnSheet(model, target.sheet, address);
      else
        range = rangeOnSheet(
          model,
          model.sheet(splitSheetPrefix(address).sheet ?? model.activeSheet()).name,
          address
        );
      added = this.context._editing().addTable(range, Boolean(hasHeaders)).name;
    });
    return new Table(this.context, `${this._path}.add(...)`, () =>
      added === null ? null : this._byName(added)
    );
  }
  getItem(key: string): Table {
    return new Table(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const t = this._byName(key);
      if (!t) throw new WorkbookError("ItemNotFound", `There is no table named "${key}".`);
      return t;
    });
  }
  getItemOrNullObject(key: string): Table {
    return new Table(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => this._byName(key),
      true
    );
  }
}

export class Table extends ClientObject<TableModel> {
  protected _typeName(): string {
    return "Table";
  }
  protected _scalarNames(): readonly string[] {
    return ["name", "showHeaders"];
  }
  protected _read(name: string, t: TableModel): unknown {
    return name === "name" ? t.name : t.hasHeaders;
  }
  get name(): string {
    return this._get("name");
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  getRange(): Range {
    return new Range(this.context, `${this._path}.getRange()`, () => this._target().range);
  }
}

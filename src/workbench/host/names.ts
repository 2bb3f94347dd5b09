/*
 * Excel.NamedItemCollection (ExcelApi 1.4; `formula` 1.7), as much as FIN uses: `add(name,
 * reference)` over a range, `getItemOrNullObject(name)`, and `items` with name, type and formula
 * ("=Sheet1!$A$12:$D$28"); setting `formula` points a name at another range. FIN names each block
 * it writes, so it never reads one back as a statement. Names are kept with the workbook and,
 * as in Excel, follow their sheet when it is renamed.
 * Only range names are modelled: a formula that is not a single range is refused here, where Excel
 * would take it. Excel moves a name when rows or columns are inserted; the workbench inserts none.
 */
import { columnLetters, parseAddress, quoteSheetName } from "../../references";
import { WorkbookError } from "../model/errors";
import type { CellRange, WorkbookModel } from "../model/types";
import { ClientCollection, ClientObject } from "./clientObject";
import type { HostContext } from "./context";
import type { Range } from "./range";

/** A named range: its sheet held by the sheet's own record, whose name changes when it is renamed. */
interface Named {
  sheet: { name: string };
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

const stores = new WeakMap<WorkbookModel, Map<string, Named>>();

function storeOf(model: WorkbookModel): Map<string, Named> {
  let store = stores.get(model);
  if (!store) stores.set(model, (store = new Map()));
  return store;
}

/** Excel compares names case-insensitively. */
function find(model: WorkbookModel, name: string): string | null {
  const key = name.toLowerCase();
  return [...storeOf(model).keys()].find((k) => k.toLowerCase() === key) ?? null;
}

function named(model: WorkbookModel, r: CellRange): Named {
  return { ...r, sheet: model.sheet(r.sheet) };
}

function absolute(r: Named): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const first = cell(r.row, r.col);
  const last = cell(r.row + r.rowCount - 1, r.col + r.colCount - 1);
  return `=${quoteSheetName(r.sheet.name)}!${first === last ? first : `${first}:${last}`}`;
}

export class NamedItemCollection extends ClientCollection<true, NamedItem> {
  constructor(context: HostContext, path: string) {
    super(context, path, () => true);
  }
  protected _typeName(): string {
    return "NamedItemCollection";
  }
  protected _list(): NamedItem[] {
    return [...storeOf(this.context.model).keys()].map((name) => this._item(name, false));
  }
  private _item(name: string, orNull: boolean): NamedItem {
    return new NamedItem(
      this.context,
      `${this._path}.getItem${orNull ? "OrNullObject" : ""}(${JSON.stringify(name)})`,
      () => find(this.context.model, name),
      orNull
    );
  }

  /** `reference`: a Range, or an address such as "=Sheet1!$A$1:$B$2". */
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    const args = [name, typeof reference === "string" ? reference : "(Range)", comment ?? ""];
    this._call("add", args, () => {
      const model = this.context.model;
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name))
        throw new WorkbookError("InvalidArgument", `"${name}" is not a valid name.`);
      if (find(model, name) !== null)
        throw new WorkbookError("InvalidArgument", `The name "${name}" already exists.`);
      const target = typeof reference === "string" ? fromAddress(reference) : reference._target();
      storeOf(model).set(name, named(model, target));
    });
    return this._item(name, false);
  }
  getItem(name: string): NamedItem {
    return this._item(name, false);
  }
  getItemOrNullObject(name: string): NamedItem {
    return this._item(name, true);
  }
}

function fromAddress(address: string): CellRange {
  const parsed = parseAddress(address.replace(/^=/, ""));
  if (!parsed || parsed.sheet === null)
    throw new WorkbookError("InvalidArgument", `"${address}" is not a range reference.`);
  return { ...parsed, sheet: parsed.sheet };
}

export class NamedItem extends ClientObject<string> {
  constructor(context: HostContext, path: string, resolver: () => string | null, orNull: boolean) {
    super(context, path, resolver, orNull);
  }
  protected _typeName(): string {
    return "NamedItem";
  }
  protected _scalarNames(): readonly string[] {
    return ["name", "type", "formula", "value", "visible", "comment"];
  }
  protected _read(property: string, name: string): unknown {
    const range = storeOf(this.context.model).get(name);
    if (!range) throw new WorkbookError("ItemNotFound", `There is no name "${name}".`);
    switch (property) {
      case "name":
        return name;
      case "type":
        return "Range";
      case "formula":
      case "value":
        return absolute(range);
      case "visible":
        return true;
      default:
        return "";
    }
  }
  get name(): string {
    return this._get("name");
  }
  get type(): string {
    return this._get("type");
  }
  get formula(): string {
    return this._get("formula");
  }
  /** ExcelApi 1.4. */
  delete(): void {
    this._call("delete", [], (name) => {
      storeOf(this.context.model).delete(name);
    });
  }
  /** A range reference such as "=Sheet1!$A$1:$K$6" (FIN names only ranges). */
  set formula(value: string) {
    this._set("formula", value, (name) => {
      storeOf(this.context.model).set(name, named(this.context.model, fromAddress(value)));
    });
  }
}

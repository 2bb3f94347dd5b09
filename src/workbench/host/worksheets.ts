/* Excel.WorksheetCollection: add (appends, doesn't activate), getItem, getItemOrNullObject, the active sheet. */
import { WorkbookError } from "../model/errors";
import { defaultSheetName, findSheetName } from "../model/sheetNames";
import { ClientCollection } from "./clientObject";
import type { HostContext } from "./context";
import { Worksheet } from "./worksheet";

export class WorksheetCollection extends ClientCollection<true, Worksheet> {
  constructor(context: HostContext, path: string) {
    super(context, path, () => true);
  }
  protected _typeName(): string {
    return "WorksheetCollection";
  }
  protected _list(): Worksheet[] {
    return this.context.model.sheetNames().map((name) => this._fixed(name));
  }
  private _fixed(name: string): Worksheet {
    return new Worksheet(
      this.context,
      `${this._path}.getItem(${JSON.stringify(name)})`,
      () => name
    );
  }
  private _find(key: string): string | null {
    return findSheetName(key, this.context.model.sheetNames());
  }

  add(name?: string): Worksheet {
    let added: string | null = null;
    this._call("add", name === undefined ? [] : [name], () => {
      const model = this.context.model;
      const chosen =
        name === undefined || name === null ? defaultSheetName(model.sheetNames()) : name;
      model.addSheet(chosen);
      added = chosen;
    });
    return new Worksheet(
      this.context,
      `${this._path}.add(${name === undefined ? "" : JSON.stringify(name)})`,
      () => added
    );
  }
  getItem(key: string): Worksheet {
    return new Worksheet(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const found = this._find(key);
      if (found === null)
        throw new WorkbookError("ItemNotFound", `There is no sheet named "${key}".`);
      return found;
    });
  }
  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => this._find(key),
      true
    );
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, `${this._path}.getActiveWorksheet()`, () =>
      this.context.model.activeSheet()
    );
  }
  getFirst(): Worksheet {
    return new Worksheet(
      this.context,
      `${this._path}.getFirst()`,
      () => this.context.model.sheetNames()[0]
    );
  }
}

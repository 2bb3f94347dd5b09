/*
 * Excel.SettingCollection (ExcelApi 1.4), as much as FIN uses: `add(key, value)` (replaces a
 * setting of that key) and `getItemOrNullObject(key)` with its `value`. Settings are kept with the
 * workbook, as Excel saves them in the file. Added by the `cat` branch for "Write as".
 */
import type { WorkbookModel } from "../model/types";
import { ClientObject } from "./clientObject";
import type { HostContext } from "./context";

const stores = new WeakMap<WorkbookModel, Map<string, unknown>>();

function storeOf(model: WorkbookModel): Map<string, unknown> {
  let store = stores.get(model);
  if (!store) stores.set(model, (store = new Map()));
  return store;
}

export class SettingCollection extends ClientObject<true> {
  constructor(context: HostContext, path: string) {
    super(context, path, () => true);
  }
  protected _typeName(): string {
    return "SettingCollection";
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  add(key: string, value: unknown): Setting {
    this._call("add", [key, value], () => {
      storeOf(this.context.model).set(key, JSON.parse(JSON.stringify(value)));
    });
    return new Setting(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, key, false);
  }
  getItemOrNullObject(key: string): Setting {
    return new Setting(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      key,
      true
    );
  }
}

export class Setting extends ClientObject<{ key: string; value: unknown }> {
  constructor(context: HostContext, path: string, key: string, orNull: boolean) {
    super(
      context,
      path,
      () => {
        const store = storeOf(context.model);
        return store.has(key) ? { key, value: store.get(key) } : null;
      },
      orNull
    );
  }
  protected _typeName(): string {
    return "Setting";
  }
  protected _scalarNames(): readonly string[] {
    return ["key", "value"];
  }
  protected _read(name: string, target: { key: string; value: unknown }): unknown {
    return name === "key" ? target.key : target.value;
  }
  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
}

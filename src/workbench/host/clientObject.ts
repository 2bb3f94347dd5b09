/*
 * The proxy objects' common part: properties are read only after `load` and `sync`, property sets
 * and method calls are queued, and the object the proxy stands for is found at sync time (so
 * `getItem("Nope")` fails in the sync that first uses it, as in Office.js).
 */
import { WorkbookError } from "../model/errors";
import type { HostContext } from "./context";
import { invalidArgument, propertyNotLoaded } from "./errors";
import { byteLength } from "./queue";

export type LoadOption = string | string[] | { [key: string]: unknown } | undefined;

export abstract class ClientObject<T = unknown> {
  protected readonly _loaded = new Map<string, unknown>();
  private _resolved: T | undefined;
  private _nullState: boolean | undefined;

  constructor(
    readonly context: HostContext,
    protected readonly _path: string,
    private readonly _resolver: () => T | null,
    protected readonly _orNull = false
  ) {
    // Office.js instantiates *OrNullObject results in the request so that `isNullObject` comes back.
    if (_orNull) {
      this.context._enqueue({
        request: { path: _path, op: "get", name: "isNullObject" },
        location: `${this._typeName()}.isNullObject`,
        apply: () => {
          const exists = this._targetOrNull() !== null;
          return () => {
            this._nullState = !exists;
          };
        },
      });
    }
  }

  /** The Office.js type name, for error locations. */
  protected abstract _typeName(): string;
  /** The scalar properties `load()` with no argument reads. */
  protected abstract _scalarNames(): readonly string[];
  /** Reads one scalar property of the object as it is now (at sync time). */
  protected abstract _read(name: string, target: T): unknown;
  /** A navigation property (`range.format`), for loads like "format/font/bold". */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- subclasses with children use it
  protected _child(_name: string): ClientObject<unknown> | undefined {
    return undefined;
  }

  /** The object this proxy stands for; ItemNotFound when it doesn't exist. */
  _target(): T {
    const t = this._targetOrNull();
    if (t === null) throw new WorkbookError("ItemNotFound", `${this._path} doesn't exist.`);
    return t;
  }

  _targetOrNull(): T | null {
    if (this._resolved !== undefined) return this._resolved;
    const t = this._resolver();
    if (t !== null) this._resolved = t;
    return t;
  }

  /** The object now goes by another key (a renamed sheet): later operations follow it. */
  protected _retarget(target: T): void {
    this._resolved = target;
  }

  get isNullObject(): boolean {
    if (!this._orNull) return false;
    if (this._nullState === undefined) throw propertyNotLoaded("isNullObject", this._typeName());
    return this._nullState;
  }

  protected _get<V>(name: string): V {
    if (!this._loaded.has(name)) throw propertyNotLoaded(name, this._typeName());
    return this._loaded.get(name) as V;
  }

  /** Queues a property set; the proxy keeps the value set, as Office.js proxies do. */
  protected _set(name: string, value: unknown, apply: (target: T) => void): void {
    this._loaded.set(name, value);
    this.context._enqueue({
      request: { path: this._path, op: "set", name, value },
      location: `${this._typeName()}.${name}`,
      apply: () => apply(this._target()),
    });
  }

  /** Queues a method call. */
  protected _call(name: string, args: unknown[], apply: (target: T) => void): void {
    this.context._enqueue({
      request: { path: this._path, op: "call", name, value: args },
      location: `${this._typeName()}.${name}`,
      apply: () => apply(this._target()),
    });
  }

  load(option?: LoadOption): this {
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    const unknown: string[] = [];
    const paths = loadPaths(option);
    if (paths.length === 0) own.push(...this._scalarNames());
    for (const path of paths) {
      const [head, ...rest] = path.split("/").map((s) => s.trim());
      if (this._scalarNames().includes(head) && rest.length === 0) own.push(head);
      else if (this._loadsNested(head))
        nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
      else unknown.push(path);
    }
    for (const [head, rest] of nested) this._loadNested(head, rest);
    if (own.length > 0 || unknown.length > 0) this._queueLoad([...new Set(own)], unknown);
    return this;
  }

  protected _loadsNested(head: string): boolean {
    return this._child(head) !== undefined;
  }

  protected _loadNested(head: string, rest: string[]): void {
    this._child(head)!.load(rest.length ? rest : undefined);
  }

  /** Reads `names` now and returns what makes them readable once the sync succeeds (used by collections for their items). */
  _snapshot(names: readonly string[] | null): { commit: () => void; size: number } {
    const all = names === null || names.length === 0 ? this._scalarNames() : names;
    const bad = all.filter((n) => !this._scalarNames().includes(n));
    if (bad.length > 0)
      throw invalidArgument(`${this._typeName()} has no property ${bad.join(", ")}.`);
    const target = this._target();
    const values = all.map((n) => [n, this._read(n, target)] as const);
    return {
      size: byteLength(JSON.stringify(values)),
      commit: () => {
        for (const [n, v] of values) this._loaded.set(n, v);
      },
    };
  }

  private _queueLoad(names: string[], unknown: string[]): void {
    let size = 0;
    this.context._enqueue({
      request: { path: this._path, op: "load", name: [...names, ...unknown].join(",") },
      location: `${this._typeName()}.load`,
      apply: () => {
        if (unknown.length > 0)
          throw invalidArgument(`${this._typeName()} has no property ${unknown.join(", ")}.`);
        const target = this._targetOrNull();
        if (target === null) {
          if (this._orNull) return;
          this._target();
        }
        const values = names.map((n) => [n, this._read(n, target as T)] as const);
        size = byteLength(JSON.stringify(values));
        return () => {
          for (const [n, v] of values) this._loaded.set(n, v);
        };
      },
      responseBytes: () => size,
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** "values, address", ["values", "format/font/bold"], { values: true, format: { font: { bold: true } } }, { select, expand }. */
export function loadPaths(option: LoadOption): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === "string")
    return option
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(option)) return option.flatMap((o) => loadPaths(o));
  if ("select" in option || "expand" in option) {
    return [...loadPaths(option.select as LoadOption), ...loadPaths(option.expand as LoadOption)];
  }
  const paths: string[] = [];
  for (const [name, value] of Object.entries(option)) {
    if (name.startsWith("$")) continue; // $top, $skip
    if (value === true) paths.push(name);
    else if (value && typeof value === "object")
      paths.push(...loadPaths(value as LoadOption).map((p) => `${name}/${p}`));
  }
  return paths;
}

/** Office.js ClientResult: a value that arrives with the next sync. */
export class ClientResult<V> {
  private _value: V | undefined;
  private _set = false;
  _resolve(value: V): void {
    this._value = value;
    this._set = true;
  }
  get value(): V {
    if (!this._set) throw propertyNotLoaded("value", "ClientResult");
    return this._value as V;
  }
}

/** A collection: `items` arrive after `load("items")` or `load("items/name")` and a sync. */
export abstract class ClientCollection<
  T,
  Item extends ClientObject<unknown>,
> extends ClientObject<T> {
  private _items: Item[] | undefined;

  /** The items as they are now, each a proxy bound to its own object. */
  protected abstract _list(target: T): Item[];

  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  protected _loadsNested(head: string): boolean {
    return head === "items";
  }

  load(option?: LoadOption): this {
    return loadPaths(option).length === 0 ? super.load("items") : super.load(option);
  }

  protected _loadNested(_head: string, rest: string[]): void {
    let size = 0;
    this.context._enqueue({
      request: { path: this._path, op: "load", name: ["items", ...rest].join(",") },
      location: `${this._typeName()}.load`,
      apply: () => {
        const items = this._list(this._target());
        const snaps = items.map((item) => item._snapshot(rest.length ? rest : null));
        size = snaps.reduce((n, s) => n + s.size, 0);
        return () => {
          snaps.forEach((s) => s.commit());
          this._items = items;
        };
      },
      responseBytes: () => size,
    });
  }

  get items(): Item[] {
    if (this._items === undefined) throw propertyNotLoaded("items", this._typeName());
    return this._items;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context._enqueue({
      request: { path: this._path, op: "call", name: "getCount" },
      location: `${this._typeName()}.getCount`,
      apply: () => {
        const n = this._list(this._target()).length;
        return () => result._resolve(n);
      },
    });
    return result;
  }
}

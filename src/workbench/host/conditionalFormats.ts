/* Excel.ConditionalFormatCollection (range.conditionalFormats): add puts the new format at the top priority. */
import { formatSheetAddress } from "../../references";
import { WorkbookError } from "../model/errors";
import type { CellRange, ConditionalFormatModel } from "../model/types";
import { ClientCollection, ClientObject } from "./clientObject";
import type { HostContext } from "./context";

interface FormatTarget {
  sheet: string;
  id: string;
}

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

export class ConditionalFormatCollection extends ClientCollection<CellRange, ConditionalFormat> {
  constructor(context: HostContext, path: string, resolver: () => CellRange | null) {
    super(context, path, resolver);
  }
  protected _typeName(): string {
    return "ConditionalFormatCollection";
  }
  /** The formats whose range is this range. */
  protected _list(r: CellRange): ConditionalFormat[] {
    const address = formatSheetAddress(r);
    return this.context.model
      .conditionalFormats(r.sheet)
      .filter((cf) => cf.range === address && cf.id)
      .map(
        (cf) =>
          new ConditionalFormat(
            this.context,
            `${this._path}.getItem(${JSON.stringify(cf.id)})`,
            () => ({ sheet: r.sheet, id: cf.id! })
          )
      );
  }

  add(type: string): ConditionalFormat {
    let target: FormatTarget | null = null;
    this._call("add", [type], (r) => {
      if (!TYPES.includes(type))
        throw new WorkbookError("InvalidArgument", `${type} is not a conditional format type.`);
      const cf = this.context._editing().addConditionalFormat(r, type);
      target = { sheet: r.sheet, id: cf.id! };
    });
    return new ConditionalFormat(
      this.context,
      `${this._path}.add(${JSON.stringify(type)})`,
      () => target
    );
  }
}

export class ConditionalFormat extends ClientObject<FormatTarget> {
  private _colorScale?: ColorScaleConditionalFormat;
  protected _typeName(): string {
    return "ConditionalFormat";
  }
  protected _scalarNames(): readonly string[] {
    return ["type", "id", "priority"];
  }
  protected _child(name: string): ClientObject<unknown> | undefined {
    return name === "colorScale" ? (this.colorScale as ClientObject<unknown>) : undefined;
  }
  protected _read(name: string, t: FormatTarget): unknown {
    const all = this.context.model.conditionalFormats(t.sheet);
    const index = all.findIndex((cf) => cf.id === t.id);
    if (index < 0) throw new WorkbookError("ItemNotFound", "The conditional format was deleted.");
    return name === "type" ? all[index].type : name === "id" ? t.id : index;
  }
  get type(): string {
    return this._get("type");
  }
  get id(): string {
    return this._get("id");
  }
  get priority(): number {
    return this._get("priority");
  }
  get colorScale(): ColorScaleConditionalFormat {
    return (this._colorScale ??= new ColorScaleConditionalFormat(
      this.context,
      `${this._path}.colorScale`,
      () => this._target()
    ));
  }
}

export class ColorScaleConditionalFormat extends ClientObject<FormatTarget> {
  protected _typeName(): string {
    return "ColorScaleConditionalFormat";
  }
  protected _scalarNames(): readonly string[] {
    return ["criteria", "threeColorScale"];
  }
  private _model(t: FormatTarget): ConditionalFormatModel {
    const cf = this.context.model.conditionalFormats(t.sheet).find((c) => c.id === t.id);
    if (!cf || cf.type !== "ColorScale")
      throw new WorkbookError("InvalidArgument", "This conditional format is not a colour scale.");
    return cf;
  }
  protected _read(name: string, t: FormatTarget): unknown {
    const criteria = this._model(t).criteria ?? {};
    return name === "criteria" ? criteria : "midpoint" in criteria && criteria.midpoint != null;
  }
  get criteria(): Record<string, unknown> {
    return this._get("criteria");
  }
  set criteria(value: Record<string, unknown>) {
    this._set("criteria", value, (t) => {
      this._model(t);
      if (!value || typeof value !== "object" || !("minimum" in value) || !("maximum" in value)) {
        throw new WorkbookError("InvalidArgument", "A colour scale needs a minimum and a maximum.");
      }
      this.context
        ._editing()
        .updateConditionalFormat(
          t.sheet,
          t.id,
          JSON.parse(JSON.stringify(value)) as Record<string, unknown>
        );
    });
  }
  get threeColorScale(): boolean {
    return this._get("threeColorScale");
  }
}

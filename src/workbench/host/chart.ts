/*
 * Excel.ChartCollection and Excel.Chart. Office.js gives positions and sizes in points; the model
 * keeps the top-left cell and the size in pixels, which is how the page draws charts.
 */
import { WorkbookError } from "../model/errors";
import type { ChartModel } from "../model/types";
import { rangeOnSheet } from "./cells";
import { ClientCollection, ClientObject } from "./clientObject";
import type { HostContext } from "./context";
import { Range } from "./range";
import { POINTS_PER_PIXEL } from "./rangeFormat";

const ROW_HEIGHT_PX = 20;
const DEFAULT_COLUMN_WIDTH_PX = 64;

interface ChartTarget {
  sheet: string;
  chart: ChartModel;
}

export class ChartCollection extends ClientCollection<string, Chart> {
  constructor(context: HostContext, path: string, resolver: () => string | null) {
    super(context, path, resolver);
  }
  protected _typeName(): string {
    return "ChartCollection";
  }
  protected _list(sheet: string): Chart[] {
    return this.context.model
      .charts(sheet)
      .map((c) => this._byId(`${this._path}.getItem(${JSON.stringify(c.name)})`, () => c.id));
  }
  private _byId(path: string, id: () => string | null, orNull = false): Chart {
    return new Chart(
      this.context,
      path,
      () => {
        const sheet = this._target();
        const wanted = id();
        const chart = this.context.model.charts(sheet).find((c) => c.id === wanted);
        return chart ? { sheet, chart } : null;
      },
      orNull
    );
  }

  /** `seriesBy` "Auto" is stored as given; the model reads it as columns, as Excel on the web does. */
  add(type: string, sourceData: Range, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): Chart {
    let id: string | null = null;
    this._call("add", [type, "<Range>", seriesBy], (sheet) => {
      if (!["Auto", "Columns", "Rows"].includes(seriesBy))
        throw new WorkbookError("InvalidArgument", `${seriesBy} is not a ChartSeriesBy.`);
      id = this.context
        ._editing()
        .addChart(sheet, { type, source: sourceData._target(), seriesBy }).id;
    });
    return this._byId(`${this._path}.add(${JSON.stringify(type)})`, () => id);
  }
  getItem(name: string): Chart {
    return this._byId(`${this._path}.getItem(${JSON.stringify(name)})`, () => this._idOf(name));
  }
  getItemOrNullObject(name: string): Chart {
    return this._byId(
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      () => this._idOf(name),
      true
    );
  }
  private _idOf(name: string): string | null {
    return this.context.model.charts(this._target()).find((c) => c.name === name)?.id ?? null;
  }
}

export class Chart extends ClientObject<ChartTarget> {
  private _title?: ChartTitle;
  private _axes?: ChartAxes;

  protected _typeName(): string {
    return "Chart";
  }
  protected _scalarNames(): readonly string[] {
    return ["name", "id", "chartType", "top", "left", "width", "height"];
  }
  protected _child(name: string): ClientObject<unknown> | undefined {
    if (name === "axes") return this.axes as ClientObject<unknown>;
    return name === "title" ? (this.title as ClientObject<unknown>) : undefined;
  }
  /** Reads the chart as it is now (the proxy's first lookup fixed which chart it is). */
  private _now(t: ChartTarget): ChartModel {
    const chart = this.context.model.charts(t.sheet).find((c) => c.id === t.chart.id);
    if (!chart) throw new WorkbookError("ItemNotFound", "The chart was deleted.");
    return chart;
  }
  protected _read(name: string, t: ChartTarget): unknown {
    const c = this._now(t);
    const sheet = this.context.model.sheet(t.sheet);
    switch (name) {
      case "name":
        return c.name;
      case "id":
        return c.id;
      case "chartType":
        return c.type;
      case "top":
        return c.top * ROW_HEIGHT_PX * POINTS_PER_PIXEL;
      case "left": {
        let px = 0;
        for (let col = 0; col < c.left; col++)
          px += sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH_PX;
        return px * POINTS_PER_PIXEL;
      }
      case "width":
        return c.width * POINTS_PER_PIXEL;
      default:
        return c.height * POINTS_PER_PIXEL;
    }
  }
  private _update(
    name: string,
    value: unknown,
    change: (t: ChartTarget) => Parameters<ReturnType<HostContext["_editing"]>["updateChart"]>[2]
  ): void {
    this._set(name, value, (t) =>
      this.context._editing().updateChart(t.sheet, t.chart.id, change(t))
    );
  }

  get title(): ChartTitle {
    return (this._title ??= new ChartTitle(
      this.context,
      `${this._path}.title`,
      () => this._target(),
      this
    ));
  }
  /** The value axis's number format (ExcelApi 1.1); added by the `comps` branch for percent axes. */
  get axes(): ChartAxes {
    return (this._axes ??= new ChartAxes(this.context, `${this._path}.axes`, () => this._target()));
  }
  /** Points the chart at other cells (ExcelApi 1.1), as a rebuilt peer sheet needs. */
  setData(sourceData: Range, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): void {
    this._call("setData", ["<Range>", seriesBy], (t) =>
      this.context._editing().updateChart(t.sheet, t.chart.id, {
        source: sourceData._target(),
        seriesBy,
      })
    );
  }
  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._update("name", value, () => ({ name: String(value) }));
  }
  get id(): string {
    return this._get("id");
  }
  get chartType(): string {
    return this._get("chartType");
  }
  get top(): number {
    return this._get("top");
  }
  set top(points: number) {
    this._update("top", points, () => ({
      top: Math.max(0, Math.round(points / POINTS_PER_PIXEL / ROW_HEIGHT_PX)),
    }));
  }
  get left(): number {
    return this._get("left");
  }
  set left(points: number) {
    this._update("left", points, (t) => ({
      left: this._columnAt(t.sheet, points / POINTS_PER_PIXEL),
    }));
  }
  get width(): number {
    return this._get("width");
  }
  set width(points: number) {
    this._update("width", points, () => ({ width: points / POINTS_PER_PIXEL }));
  }
  get height(): number {
    return this._get("height");
  }
  set height(points: number) {
    this._update("height", points, () => ({ height: points / POINTS_PER_PIXEL }));
  }

  private _columnAt(sheet: string, px: number): number {
    const widths = this.context.model.sheet(sheet).columnWidths;
    let col = 0;
    for (let x = 0; x + (widths.get(col) ?? DEFAULT_COLUMN_WIDTH_PX) <= px; col++)
      x += widths.get(col) ?? DEFAULT_COLUMN_WIDTH_PX;
    return col;
  }

  /** Anchors the chart at `startCell`; with `endCell` it also spans to that cell's bottom-right corner. */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const label = (c: Range | string | undefined) =>
      typeof c === "string" ? c : c === undefined ? undefined : "<Range>";
    this._call(
      "setPosition",
      [label(startCell), label(endCell)].filter((a) => a !== undefined),
      (t) => {
        const cellOf = (c: Range | string) =>
          typeof c === "string" ? rangeOnSheet(this.context.model, t.sheet, c) : c._target();
        const start = cellOf(startCell);
        const change: Parameters<ReturnType<HostContext["_editing"]>["updateChart"]>[2] = {
          top: start.row,
          left: start.col,
        };
        if (endCell !== undefined) {
          const end = cellOf(endCell);
          const widths = this.context.model.sheet(t.sheet).columnWidths;
          let width = 0;
          for (let col = start.col; col < end.col + end.colCount; col++)
            width += widths.get(col) ?? DEFAULT_COLUMN_WIDTH_PX;
          change.width = width;
          change.height = (end.row + end.rowCount - start.row) * ROW_HEIGHT_PX;
          if (change.width <= 0 || change.height <= 0)
            throw new WorkbookError("InvalidArgument", "The end cell is before the start cell.");
        }
        this.context._editing().updateChart(t.sheet, t.chart.id, change);
      }
    );
  }
}

export class ChartTitle extends ClientObject<ChartTarget> {
  constructor(
    context: HostContext,
    path: string,
    resolver: () => ChartTarget | null,
    private readonly _chart: Chart
  ) {
    super(context, path, resolver);
  }
  protected _typeName(): string {
    return "ChartTitle";
  }
  protected _scalarNames(): readonly string[] {
    return ["text", "visible"];
  }
  protected _read(name: string, t: ChartTarget): unknown {
    const chart = this.context.model.charts(t.sheet).find((c) => c.id === t.chart.id);
    return name === "text" ? (chart?.title ?? "") : Boolean(chart?.title);
  }
  get text(): string {
    return this._get("text");
  }
  set text(value: string) {
    this._set("text", value, (t) =>
      this.context._editing().updateChart(t.sheet, t.chart.id, { title: String(value) })
    );
  }
  get visible(): boolean {
    return this._get("visible");
  }
  get chart(): Chart {
    return this._chart;
  }
}

export class ChartAxes extends ClientObject<ChartTarget> {
  private _value?: ChartAxis;
  protected _typeName(): string {
    return "ChartAxes";
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  protected _child(name: string): ClientObject<unknown> | undefined {
    return name === "valueAxis" ? (this.valueAxis as ClientObject<unknown>) : undefined;
  }
  get valueAxis(): ChartAxis {
    return (this._value ??= new ChartAxis(this.context, `${this._path}.valueAxis`, () =>
      this._target()
    ));
  }
}

export class ChartAxis extends ClientObject<ChartTarget> {
  protected _typeName(): string {
    return "ChartAxis";
  }
  protected _scalarNames(): readonly string[] {
    return ["numberFormat"];
  }
  protected _read(_name: string, t: ChartTarget): unknown {
    return this.context.model.charts(t.sheet).find((c) => c.id === t.chart.id)?.valueAxisFormat;
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(value: string) {
    this._set("numberFormat", value, (t) =>
      this.context._editing().updateChart(t.sheet, t.chart.id, { valueAxisFormat: String(value) })
    );
  }
}

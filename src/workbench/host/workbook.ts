/* Excel.Workbook: the worksheets, the selection, workbook tables, and the application's no-ops. */
import { WorkbookError } from "../model/errors";
import { ClientObject } from "./clientObject";
import type { HostContext } from "./context";
import { NamedItemCollection } from "./names";
import { Range } from "./range";
import { RangeAreas } from "./rangeAreas";
import { SettingCollection } from "./settings";
import { TableCollection } from "./tables";
import { WorksheetCollection } from "./worksheets";

export class Workbook extends ClientObject<true> {
  readonly worksheets: WorksheetCollection;
  readonly application: Application;
  readonly tables: TableCollection;
  readonly settings: SettingCollection;
  readonly names: NamedItemCollection;

  constructor(context: HostContext) {
    super(context, "workbook", () => true);
    this.worksheets = new WorksheetCollection(context, "workbook.worksheets");
    this.application = new Application(context, "workbook.application", () => true);
    this.tables = new TableCollection(context, "workbook.tables", () => ({ sheet: null }));
    this.settings = new SettingCollection(context, "workbook.settings");
    this.names = new NamedItemCollection(context, "workbook.names");
  }
  protected _typeName(): string {
    return "Workbook";
  }
  protected _scalarNames(): readonly string[] {
    return ["name"];
  }
  protected _read(): unknown {
    return "Workbench.xlsx";
  }
  get name(): string {
    return this._get("name");
  }

  /** The selected range; InvalidSelection when several areas are selected (Ctrl+click). */
  getSelectedRange(): Range {
    return new Range(this.context, "workbook.getSelectedRange()", () => {
      const areas = this.context.model.selectionAreas();
      if (areas.length !== 1)
        throw new WorkbookError(
          "InvalidSelection",
          "The current selection is invalid for this operation."
        );
      return areas[0];
    });
  }
  /** Every selected area, one or more. */
  getSelectedRanges(): RangeAreas {
    return new RangeAreas(this.context, "workbook.getSelectedRanges()", () =>
      this.context.model.selectionAreas()
    );
  }
  getActiveCell(): Range {
    return new Range(this.context, "workbook.getActiveCell()", () => ({
      ...this.context.model.selection(),
      rowCount: 1,
      colCount: 1,
    }));
  }
}

export class Application extends ClientObject<true> {
  protected _typeName(): string {
    return "Application";
  }
  protected _scalarNames(): readonly string[] {
    return ["calculationMode"];
  }
  protected _read(): unknown {
    return "Automatic";
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  /** The engine recalculates as it goes; suspending is a no-op here. */
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
  calculate(calculationType = "Recalculate"): void {
    this._call("calculate", [calculationType], () => undefined);
  }
}

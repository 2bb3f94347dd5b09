/*
 * What a person does to the sheet — select, move, type, paste, clear, switch sheets — kept apart from
 * drawing it. The workbook holds the selected range (so Office.js sees what the person selected);
 * the controller adds the active cell inside it and the edit in progress.
 */
import { isEditable } from "../model";
import type { CellRange, WorkbookModel } from "../model/types";
import { MAX_COLUMNS, MAX_ROWS, contains, parseAddress, spanning } from "./addresses";
import { parseDelimited, toTabSeparated } from "./delimited";

export interface Position {
  row: number;
  col: number;
}

export interface EditState {
  sheet: string;
  row: number;
  col: number;
  draft: string;
  /** "enter": typing replaced the cell, arrows finish the edit; "edit": F2 or double-click, arrows move the caret. */
  mode: "enter" | "edit";
  /** Where the person is typing: in the cell or in the formula bar. */
  source: "cell" | "bar";
}

export type Direction = "up" | "down" | "left" | "right";

const STEP: Record<Direction, Position> = {
  up: { row: -1, col: 0 },
  down: { row: 1, col: 0 },
  left: { row: 0, col: -1 },
  right: { row: 0, col: 1 },
};

function clamp(p: Position): Position {
  return {
    row: Math.min(MAX_ROWS - 1, Math.max(0, p.row)),
    col: Math.min(MAX_COLUMNS - 1, Math.max(0, p.col)),
  };
}

export class PageController {
  private readonly listeners = new Set<() => void>();
  /** The active cell per sheet; it stays where the selection started when the selection grows. */
  private readonly activeCells = new Map<string, Position>();
  /** Each sheet's last selection, restored when its tab is clicked again (as Excel does). */
  private readonly selections = new Map<string, CellRange>();
  private version = 0;
  private usedCache: { version: number; sheet: string; range: CellRange | null } | null = null;
  editing: EditState | null = null;
  /** A short message for the status line (a reference that isn't valid …). */
  status = "";

  constructor(readonly workbook: WorkbookModel) {
    workbook.subscribe(() => this.changed());
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    this.listeners.forEach((l) => l());
  }

  /** The used range, read once per change: the model scans the whole sheet for it. */
  usedRange(sheet = this.sheet()): CellRange | null {
    const c = this.usedCache;
    if (c && c.version === this.version && c.sheet === sheet) return c.range;
    const range = this.workbook.usedRange(sheet);
    this.usedCache = { version: this.version, sheet, range };
    return range;
  }

  sheet(): string {
    return this.workbook.activeSheet();
  }

  /** The selection on the active sheet (the workbook may still hold one from another sheet). */
  selection(): CellRange {
    const sel = this.workbook.selection();
    if (sel.sheet === this.sheet()) return sel;
    return (
      this.selections.get(this.sheet()) ?? {
        sheet: this.sheet(),
        row: 0,
        col: 0,
        rowCount: 1,
        colCount: 1,
      }
    );
  }

  /** The active cell: where typing goes. Top-left of the selection unless the person put it elsewhere. */
  active(): Position {
    const sel = this.selection();
    const a = this.activeCells.get(sel.sheet);
    return a && contains(sel, a.row, a.col) ? a : { row: sel.row, col: sel.col };
  }

  /** The corner of the selection opposite the active cell: the one shift+arrows moves. */
  focus(): Position {
    const sel = this.selection();
    const a = this.active();
    return {
      row: a.row === sel.row ? sel.row + sel.rowCount - 1 : sel.row,
      col: a.col === sel.col ? sel.col + sel.colCount - 1 : sel.col,
    };
  }

  /** Selects one range; `keepOthers` keeps the other areas of a Ctrl+click selection. */
  select(range: CellRange, active?: Position, keepOthers = false): void {
    if (range.sheet !== this.sheet()) this.workbook.activate(range.sheet);
    this.status = "";
    if (active) this.activeCells.set(range.sheet, active);
    else this.activeCells.delete(range.sheet);
    this.selections.set(range.sheet, range);
    if (keepOthers) this.workbook.selectAreas([...this.otherAreas(), range]);
    else this.workbook.select(range);
  }

  /** Every selected area but the active one (empty unless Ctrl+click added areas). */
  otherAreas(): CellRange[] {
    const areas = this.workbook.selectionAreas();
    return areas[0]?.sheet === this.sheet() ? areas.slice(0, -1) : [];
  }

  selectCell(p: Position): void {
    const c = clamp(p);
    this.select({ sheet: this.sheet(), row: c.row, col: c.col, rowCount: 1, colCount: 1 }, c);
  }

  /** Ctrl+click: the cell becomes a new area beside those already selected. */
  addCell(p: Position): void {
    const c = clamp(p);
    const sheet = this.sheet();
    const cell = { sheet, row: c.row, col: c.col, rowCount: 1, colCount: 1 };
    const areas = this.workbook.selectionAreas().filter((a) => a.sheet === sheet);
    this.status = "";
    this.activeCells.set(sheet, c);
    this.selections.set(sheet, cell);
    this.workbook.selectAreas([...areas, cell]);
  }

  /** Shift-click and shift+arrows: the active cell stays, the block reaches to `to`. */
  extendTo(to: Position): void {
    const a = this.active();
    this.select(spanning(this.sheet(), a, clamp(to)), a, this.otherAreas().length > 0);
  }

  /** Name box: `B2`, `B2:D4`, `'Agora'!A1`. Returns false (and says why) for what isn't a reference. */
  goTo(
    text: string,
    strings: { invalidReference: string; noSuchSheet: (s: string) => string }
  ): boolean {
    const range = parseAddress(text, this.sheet());
    if (!range) return this.say(strings.invalidReference);
    if (!this.workbook.sheetNames().includes(range.sheet))
      return this.say(strings.noSuchSheet(range.sheet));
    this.status = "";
    this.select(range);
    return true;
  }

  private say(message: string): false {
    this.status = message;
    this.changed();
    return false;
  }

  move(direction: Direction, options: { extend?: boolean; toEdge?: boolean } = {}): void {
    const from = options.extend ? this.focus() : this.active();
    const to = options.toEdge
      ? this.edge(from, direction)
      : { row: from.row + STEP[direction].row, col: from.col + STEP[direction].col };
    if (options.extend) this.extendTo(to);
    else this.selectCell(to);
  }

  /** PageDown, Home and the like: the active cell (or, with shift, the moving corner) goes to `to`. */
  jump(to: (from: Position) => Position, extend: boolean): void {
    const target = to(extend ? this.focus() : this.active());
    if (extend) this.extendTo(target);
    else this.selectCell(target);
  }

  /**
   * Ctrl+arrow: from a filled cell to the last filled one before a gap, otherwise to the next filled
   * one; where there is nothing further, to the end of the used range.
   */
  private edge(from: Position, direction: Direction): Position {
    const sheet = this.sheet();
    const used = this.usedRange(sheet);
    const step = STEP[direction];
    const lastRow = Math.max(from.row, used ? used.row + used.rowCount - 1 : 0);
    const lastCol = Math.max(from.col, used ? used.col + used.colCount - 1 : 0);
    const inside = (p: Position) =>
      p.row >= 0 && p.col >= 0 && p.row <= lastRow && p.col <= lastCol;
    const filled = (p: Position) => this.workbook.cell(sheet, p.row, p.col).value !== "";
    let p = { row: from.row + step.row, col: from.col + step.col };
    if (!inside(p)) return clamp(from);
    if (filled(from) && filled(p)) {
      for (
        let next = { row: p.row + step.row, col: p.col + step.col };
        inside(next) && filled(next);
        next = { row: next.row + step.row, col: next.col + step.col }
      )
        p = next;
      return p;
    }
    while (inside(p) && !filled(p)) {
      const next = { row: p.row + step.row, col: p.col + step.col };
      if (!inside(next)) return p;
      p = next;
    }
    return p;
  }

  /**
   * Enter and Tab: in a block, the active cell walks through it (down then across for Enter, across
   * then down for Tab) and the block stays selected; otherwise the selection moves one cell.
   */
  advance(direction: Direction): void {
    const sel = this.selection();
    if (sel.rowCount * sel.colCount === 1) return this.move(direction);
    const a = this.active();
    const r0 = sel.row;
    const c0 = sel.col;
    const rows = sel.rowCount;
    const cols = sel.colCount;
    const vertical = direction === "up" || direction === "down";
    const forward = direction === "down" || direction === "right";
    // Index the cells in walking order, step once and wrap around.
    const index = vertical
      ? (a.col - c0) * rows + (a.row - r0)
      : (a.row - r0) * cols + (a.col - c0);
    const n = rows * cols;
    const next = (index + (forward ? 1 : -1) + n) % n;
    const p = vertical
      ? { row: r0 + (next % rows), col: c0 + Math.floor(next / rows) }
      : { row: r0 + Math.floor(next / cols), col: c0 + (next % cols) };
    this.select(sel, p);
  }

  activateSheet(name: string): void {
    if (this.editing && !this.commitEdit()) return;
    if (name === this.sheet()) return;
    this.workbook.activate(name);
    this.workbook.select(
      this.selections.get(name) ?? { sheet: name, row: 0, col: 0, rowCount: 1, colCount: 1 }
    );
  }

  addSheet(): void {
    const names = new Set(this.workbook.sheetNames().map((n) => n.toLowerCase()));
    let i = names.size + 1;
    while (names.has(`sheet${i}`)) i++;
    this.workbook.addSheet(`Sheet${i}`);
    this.activateSheet(`Sheet${i}`);
  }

  // Editing -------------------------------------------------------------------------------------

  startEdit(mode: EditState["mode"], source: EditState["source"], draft?: string): void {
    const a = this.active();
    const sheet = this.sheet();
    const formula = this.workbook.cell(sheet, a.row, a.col).formula;
    this.editing = {
      sheet,
      row: a.row,
      col: a.col,
      mode,
      source,
      draft: draft ?? formulaText(formula),
    };
    this.changed();
  }

  /** Clicking into the formula bar while typing in the cell carries on the same edit there. */
  editIn(source: EditState["source"]): void {
    if (!this.editing) return this.startEdit("edit", source);
    if (this.editing.source === source) return;
    this.editing = { ...this.editing, source, mode: "edit" };
    this.changed();
  }

  setDraft(draft: string): void {
    if (!this.editing) return;
    this.editing = { ...this.editing, draft };
    this.changed();
  }

  setEditMode(mode: EditState["mode"]): void {
    if (!this.editing) return;
    this.editing = { ...this.editing, mode };
    this.changed();
  }

  /**
   * Writes the draft as if typed; then Enter moves down, Tab right, and so on. A formula Excel would
   * refuse keeps the editor open with the reason in the status line; returns whether it was written.
   */
  commitEdit(then?: Direction): boolean {
    const e = this.editing;
    if (!e) return true;
    try {
      this.workbook.typeInput(e.sheet, e.row, e.col, e.draft);
    } catch (error) {
      this.status = error instanceof Error ? error.message : String(error);
      this.editing = { ...e, mode: "edit" };
      this.changed();
      return false;
    }
    this.editing = null;
    this.status = "";
    if (then) this.advance(then);
    else this.changed();
    return true;
  }

  cancelEdit(): void {
    if (!this.editing) return;
    this.editing = null;
    this.status = "";
    this.changed();
  }

  // Whole-selection commands ---------------------------------------------------------------------

  /** Delete: clears what the selection holds (within the used range; the rest is empty already). */
  clearSelection(): void {
    const sel = this.selection();
    if (isEditable(this.workbook)) return this.workbook.clear(sel, "Contents");
    const used = this.usedRange(sel.sheet);
    if (!used) return;
    const r1 = Math.min(sel.row + sel.rowCount, used.row + used.rowCount);
    const c1 = Math.min(sel.col + sel.colCount, used.col + used.colCount);
    for (let r = Math.max(sel.row, used.row); r < r1; r++) {
      for (let c = Math.max(sel.col, used.col); c < c1; c++) {
        if (this.workbook.cell(sel.sheet, r, c).formula !== "")
          this.workbook.typeInput(sel.sheet, r, c, "");
      }
    }
  }

  /** Pastes tab-separated text from the active cell, each cell read as typed, and selects it. */
  paste(text: string): void {
    const rows = parseDelimited(text, "\t");
    if (rows.length === 0) return;
    const sheet = this.sheet();
    const a = this.active();
    const width = Math.max(...rows.map((r) => r.length));
    rows.forEach((cells, i) =>
      cells.forEach((input, j) => {
        try {
          this.workbook.typeInput(sheet, a.row + i, a.col + j, input);
        } catch {
          // Excel pastes what isn't a valid formula as the text it is.
          this.workbook.typeInput(sheet, a.row + i, a.col + j, `'${input}`);
        }
      })
    );
    this.select({ sheet, row: a.row, col: a.col, rowCount: rows.length, colCount: width }, a);
  }

  /** What Ctrl+C puts on the clipboard: the cells as displayed, tab-separated. */
  copyText(): string {
    const sel = this.selection();
    const rows: string[][] = [];
    for (let r = sel.row; r < sel.row + Math.min(sel.rowCount, 100000); r++) {
      const row: string[] = [];
      for (let c = sel.col; c < sel.col + sel.colCount; c++)
        row.push(this.workbook.cell(sel.sheet, r, c).text);
      rows.push(row);
    }
    return toTabSeparated(rows);
  }
}

/** The formula bar's text for what Office.js reports in `formulas`. */
export function formulaText(formula: unknown): string {
  if (typeof formula === "boolean") return formula ? "TRUE" : "FALSE";
  return formula === null || formula === undefined ? "" : String(formula);
}

/*
 * The worksheet grid. Only the rows and columns in view are drawn, so a 2,000 × 40 sheet scrolls as
 * easily as a small one. Headers and frozen panes stay put with `position: sticky`.
 */
import * as React from "react";
import { flushSync } from "react-dom";
import type { CellSnapshot } from "../model/types";
import { columnLetters, contains } from "./addresses";
import { ChartView } from "./ChartView";
import { fitNumber, measureWith } from "./fitNumber";
import type { Direction, EditState, PageController } from "./controller";
import {
  HEADER_HEIGHT,
  MARGIN_COLUMNS,
  MARGIN_ROWS,
  MIN_COLUMNS,
  MIN_ROWS,
  ROW_HEIGHT,
  columnAt,
  columnsOf,
  rowHeaderWidth,
} from "./geometry";
import type { PageStrings } from "./locales/en";

const ARROWS: Record<string, Direction> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};
/** Rows and columns drawn beyond the visible edge, so fast scrolling shows no blank strip. */
const OVERSCAN = 4;

interface Viewport {
  top: number;
  left: number;
  width: number;
  height: number;
}

function alignmentOf(snap: CellSnapshot): "left" | "center" | "right" {
  const h = snap.format.horizontalAlignment;
  if (h === "Left") return "left";
  if (h === "Center") return "center";
  if (h === "Right") return "right";
  if (snap.error || typeof snap.value === "boolean") return "center";
  return typeof snap.value === "number" ? "right" : "left";
}

const BORDER_PX = { thin: 1, medium: 2, thick: 3 } as const;
/** The cells' font (see workbench.html), for fitting numbers to their column. */
const CELL_FONT = '13px "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif';
const measureCellText = measureWith(CELL_FONT);
const measureBoldText = measureWith(`bold ${CELL_FONT}`);
const MAX_DRAWN_ROWS = 100000;
const MAX_DRAWN_COLUMNS = 1000;
/** Space a cell keeps free around its text. */
const CELL_PADDING = 7;

export function Grid({
  controller,
  strings,
}: {
  controller: PageController;
  strings: PageStrings;
}): React.JSX.Element {
  React.useSyncExternalStore(controller.subscribe, controller.getVersion);
  const scrollerRef = React.useRef<HTMLDivElement>(null);
  const gridRef = React.useRef<HTMLDivElement>(null);
  const dragging = React.useRef(false);
  const [viewport, setViewport] = React.useState<Viewport>({
    top: 0,
    left: 0,
    width: 1000,
    height: 600,
  });

  const wb = controller.workbook;
  const sheet = controller.sheet();
  const sheetModel = wb.sheet(sheet);
  const sel = controller.selection();
  const otherAreas = controller.otherAreas();
  const active = controller.active();
  const focus = controller.focus();
  const editing: EditState | null =
    controller.editing && controller.editing.sheet === sheet ? controller.editing : null;
  const used = controller.usedRange(sheet);
  const charts = wb.charts(sheet);

  const rowCount = Math.max(
    MIN_ROWS,
    Math.min((used ? used.row + used.rowCount : 0) + MARGIN_ROWS, MAX_DRAWN_ROWS),
    // A whole-column selection (from Office.js) doesn't make the grid a million rows tall.
    Math.min(sel.row + sel.rowCount, MAX_DRAWN_ROWS) + 10,
    ...charts.map((c) => c.top + Math.ceil(c.height / ROW_HEIGHT) + 10)
  );
  const colCount = Math.max(
    MIN_COLUMNS,
    (used ? used.col + used.colCount : 0) + MARGIN_COLUMNS,
    Math.min(sel.col + sel.colCount, MAX_DRAWN_COLUMNS) + 4,
    ...charts.map((c) => c.left + 12)
  );
  const cols = columnsOf(sheetModel, colCount);
  const headW = rowHeaderWidth(rowCount);
  const frozenRows = Math.min(sheetModel.frozenRows, rowCount);
  const frozenCols = Math.min(sheetModel.frozenColumns, colCount);
  const frozenH = frozenRows * ROW_HEIGHT;
  const frozenW = cols.left[frozenCols];

  const firstRow = Math.max(
    frozenRows,
    frozenRows + Math.floor(viewport.top / ROW_HEIGHT) - OVERSCAN
  );
  const lastRow = Math.min(
    rowCount - 1,
    frozenRows + Math.ceil((viewport.top + viewport.height) / ROW_HEIGHT) + OVERSCAN
  );
  const firstCol = Math.max(frozenCols, columnAt(cols, frozenW + viewport.left) - 1);
  const lastCol = Math.min(
    colCount - 1,
    columnAt(cols, frozenW + viewport.left + viewport.width) + 1
  );
  // The cell being edited is drawn even when scrolled away, so its editor keeps the keyboard.
  const shownCols = withExtra(frozenCols, firstCol, lastCol, editing?.col);
  /** Blank space before a shown column that follows hidden ones: the width of those left out. */
  const gapBefore = (i: number): number => {
    const c = shownCols[i];
    const prev = i === 0 ? -1 : shownCols[i - 1];
    return c === prev + 1 ? 0 : cols.left[c] - cols.left[prev + 1];
  };

  // Keep the viewport in step with scrolling and resizing.
  React.useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return undefined;
    const measure = () =>
      setViewport((v) => {
        const next = {
          top: el.scrollTop,
          left: el.scrollLeft,
          width: el.clientWidth,
          height: el.clientHeight,
        };
        return v.top === next.top &&
          v.left === next.left &&
          v.width === next.width &&
          v.height === next.height
          ? v
          : next;
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    el.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", measure);
    };
  }, []);

  // Bring the moving corner of the selection (or the cell being edited) into view, as Excel does.
  const target = editing ?? focus;
  React.useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const focus = target;
    const body = { top: HEADER_HEIGHT + frozenH, left: headW + frozenW };
    if (focus.row >= frozenRows) {
      const top = focus.row * ROW_HEIGHT - frozenH;
      const visibleH = el.clientHeight - body.top;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_HEIGHT > el.scrollTop + visibleH)
        el.scrollTop = top + ROW_HEIGHT - visibleH;
    }
    if (focus.col >= frozenCols && focus.col < cols.count) {
      const left = cols.left[focus.col] - frozenW;
      const w = cols.left[focus.col + 1] - cols.left[focus.col];
      const visibleW = el.clientWidth - body.left;
      if (left < el.scrollLeft) el.scrollLeft = left;
      else if (left + w > el.scrollLeft + visibleW)
        el.scrollLeft = Math.min(left, left + w - visibleW);
    }
    // Only a move of the selection (or a sheet switch) scrolls; redraws for other reasons don't.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sheet, target.row, target.col, editing !== null]);

  // Typing goes to the grid whenever nothing else has the keyboard.
  React.useEffect(() => {
    if (
      !controller.editing &&
      (document.activeElement === document.body || document.activeElement === null)
    )
      gridRef.current?.focus({ preventScroll: true });
  });

  // Paste and copy reach the grid through the document: a div is not an editable target.
  React.useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (document.activeElement !== gridRef.current || !e.clipboardData) return;
      e.preventDefault();
      controller.paste(e.clipboardData.getData("text/plain"));
    };
    const onCopy = (e: ClipboardEvent) => {
      if (document.activeElement !== gridRef.current || !e.clipboardData) return;
      e.preventDefault();
      e.clipboardData.setData("text/plain", controller.copyText());
    };
    document.addEventListener("paste", onPaste);
    document.addEventListener("copy", onCopy);
    return () => {
      document.removeEventListener("paste", onPaste);
      document.removeEventListener("copy", onCopy);
    };
  }, [controller]);

  React.useEffect(() => {
    const stop = () => (dragging.current = false);
    document.addEventListener("mouseup", stop);
    return () => document.removeEventListener("mouseup", stop);
  }, []);

  const cellAt = (target: EventTarget | null): { row: number; col: number } | null => {
    const el = (target as HTMLElement | null)?.closest?.("[data-row]") as HTMLElement | null;
    if (!el) return null;
    return { row: Number(el.dataset.row), col: Number(el.dataset.col) };
  };

  const onMouseDown = (e: React.MouseEvent) => {
    if ((e.target as HTMLElement).closest(".wb-editor, .wb-chart")) return;
    const p = cellAt(e.target);
    if (!p || e.button !== 0) return;
    e.preventDefault(); // no text selection while dragging across cells
    if (controller.editing && !controller.commitEdit()) return;
    gridRef.current?.focus({ preventScroll: true });
    if (e.shiftKey) controller.extendTo(p);
    else if (e.ctrlKey || e.metaKey) controller.addCell(p);
    else controller.selectCell(p);
    dragging.current = true;
  };

  const onMouseOver = (e: React.MouseEvent) => {
    if (!dragging.current || (e.buttons & 1) === 0) return;
    const p = cellAt(e.target);
    const f = controller.focus();
    if (p && (p.row !== f.row || p.col !== f.col)) controller.extendTo(p);
  };

  const onDoubleClick = (e: React.MouseEvent) => {
    const p = cellAt(e.target);
    if (!p || (e.target as HTMLElement).closest(".wb-editor")) return;
    flushSync(() => controller.startEdit("edit", "cell"));
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.target !== gridRef.current) return; // keys typed in the cell editor are its own
    const ctrl = e.ctrlKey || e.metaKey;
    const arrow = ARROWS[e.key];
    if (arrow) {
      controller.move(arrow, { extend: e.shiftKey, toEdge: ctrl });
    } else if (e.key === "PageDown" || e.key === "PageUp") {
      const page =
        Math.max(1, Math.floor(viewport.height / ROW_HEIGHT) - 2) * (e.key === "PageUp" ? -1 : 1);
      controller.jump((p) => ({ row: p.row + page, col: p.col }), e.shiftKey);
    } else if (e.key === "Home") {
      controller.jump((p) => ({ row: ctrl ? 0 : p.row, col: 0 }), e.shiftKey);
    } else if (e.key === "Enter") {
      controller.advance(e.shiftKey ? "up" : "down");
    } else if (e.key === "Tab") {
      controller.advance(e.shiftKey ? "left" : "right");
    } else if (e.key === "F2") {
      flushSync(() => controller.startEdit("edit", "cell"));
    } else if (e.key === "Delete") {
      controller.clearSelection();
    } else if (e.key === "Backspace") {
      flushSync(() => controller.startEdit("enter", "cell", ""));
    } else if (e.key.length === 1 && !ctrl && !e.altKey) {
      // Typing replaces the cell; the editor must exist before the next key arrives.
      flushSync(() => controller.startEdit("enter", "cell", e.key));
    } else {
      return;
    }
    e.preventDefault();
  };

  /** What one cell shows, as plain data: rows compare it to skip redrawing what hasn't changed. */
  const cellView = (r: number, c: number, snap: CellSnapshot, overflow: OverflowPlan): CellView => {
    const w = cols.left[c + 1] - cols.left[c];
    const selected = contains(sel, r, c);
    const isActive = r === active.row && c === active.col;
    const classes = ["wb-cell"];
    const style: React.CSSProperties = { width: w };
    const f = snap.format;
    if (f.fill) style.backgroundColor = f.fill;
    if (f.color) style.color = f.color;
    if (f.bold) style.fontWeight = 700;
    if (f.italic) style.fontStyle = "italic";
    const shadows: string[] = [];
    if (f.borderTop) shadows.push(`inset 0 ${BORDER_PX[f.borderTop]}px 0 #000`);
    if (f.borderBottom) shadows.push(`inset 0 -${BORDER_PX[f.borderBottom]}px 0 #000`);
    if (f.borderLeft) shadows.push(`inset ${BORDER_PX[f.borderLeft]}px 0 0 #000`);
    if (f.borderRight) shadows.push(`inset -${BORDER_PX[f.borderRight]}px 0 0 #000`);
    if (selected) {
      if (sel.rowCount * sel.colCount > 1 && !isActive) classes.push("wb-in-range");
      if (r === sel.row) shadows.push("inset 0 2px 0 var(--wb-select)");
      if (r === sel.row + sel.rowCount - 1) shadows.push("inset 0 -2px 0 var(--wb-select)");
      if (c === sel.col) shadows.push("inset 2px 0 0 var(--wb-select)");
      if (c === sel.col + sel.colCount - 1) shadows.push("inset -2px 0 0 var(--wb-select)");
    }
    else if (otherAreas.some((area) => contains(area, r, c))) classes.push("wb-in-range");
    if (shadows.length) style.boxShadow = shadows.join(", ");
    if (c < frozenCols) {
      classes.push("wb-frozen-col");
      style.left = headW + cols.left[c];
    }
    if (c === frozenCols - 1) classes.push("wb-freeze-right");
    if (overflow.covered.has(c)) classes.push("wb-no-right");
    if (snap.error) classes.push("wb-error");

    const edit = editing && editing.row === r && editing.col === c ? editing : null;
    let text = "";
    let spanWidth: number | undefined;
    if (edit && edit.source === "cell") {
      classes.push("wb-editing");
    } else if (edit) {
      text = edit.draft;
    } else {
      text = snap.error ? snap.error.code : snap.text;
      if (typeof snap.value === "number" && !snap.error) {
        text = fitNumber(
          snap.value,
          text,
          snap.numberFormat,
          w - CELL_PADDING,
          f.bold ? measureBoldText : measureCellText
        );
      }
      spanWidth = overflow.width.get(c);
      if (spanWidth !== undefined) classes.push("wb-overflow");
    }
    const view: CellView = {
      col: c,
      width: w,
      className: classes.join(" "),
      style,
      text,
      align: edit ? "left" : alignmentOf(snap),
      spanWidth,
      title:
        snap.error && !edit
          ? snap.error.message || strings.errorHelp[snap.error.code] || snap.error.code
          : undefined,
      selected,
      editor: edit && edit.source === "cell" ? edit : null,
      gapBefore: 0,
      key: "",
    };
    view.key = [
      c,
      view.className,
      JSON.stringify(style),
      text,
      view.align,
      spanWidth,
      view.title,
      selected,
      view.editor ? `${view.editor.mode}:${view.editor.draft}` : "",
    ].join("\u0001");
    return view;
  };

  const renderRow = (r: number) => {
    const snaps = new Map(shownCols.map((c) => [c, wb.cell(sheet, r, c)]));
    const overflow = planOverflow(r, shownCols, snaps, cols.left, editing);
    const views = shownCols.map((c) => cellView(r, c, snaps.get(c) as CellSnapshot, overflow));
    views.forEach((v, i) => (v.gapBefore = gapBefore(i)));
    const rowSelected = r >= sel.row && r < sel.row + sel.rowCount;
    const className = "wb-row" + (r === frozenRows - 1 ? " wb-freeze-bottom" : "");
    const signature = [
      headW,
      rowSelected,
      className,
      ...views.map((v) => `${v.gapBefore}\u0001${v.key}`),
    ].join("\u0002");
    return (
      <GridRow
        key={r}
        row={r}
        views={views}
        headWidth={headW}
        rowSelected={rowSelected}
        className={className}
        signature={signature}
        controller={controller}
        gridRef={gridRef}
      />
    );
  };

  const headers: React.ReactNode[] = [];
  shownCols.forEach((c, i) => {
    const gap = gapBefore(i);
    if (gap > 0) headers.push(<div key={`gap${c}`} className="wb-gap" style={{ width: gap }} />);
    const colSelected = c >= sel.col && c < sel.col + sel.colCount;
    headers.push(
      <div
        key={c}
        role="columnheader"
        aria-colindex={c + 2}
        className={
          "wb-colhead" +
          (colSelected ? " wb-head-selected" : "") +
          (c < frozenCols ? " wb-frozen-col" : "")
        }
        style={{
          width: cols.left[c + 1] - cols.left[c],
          left: c < frozenCols ? headW + cols.left[c] : undefined,
        }}
      >
        {columnLetters(c)}
      </div>
    );
  });

  const bodyRows: React.ReactNode[] = [];
  let nextTop = frozenRows;
  for (const r of withExtra(
    0,
    firstRow,
    lastRow,
    editing && editing.row >= frozenRows ? editing.row : undefined
  )) {
    if (r > nextTop)
      bodyRows.push(<div key={`gap${r}`} style={{ height: (r - nextTop) * ROW_HEIGHT }} />);
    bodyRows.push(renderRow(r));
    nextTop = r + 1;
  }
  const frozen: React.ReactNode[] = [];
  for (let r = 0; r < frozenRows; r++) frozen.push(renderRow(r));

  return (
    <div className="wb-scroller" ref={scrollerRef}>
      <div
        ref={gridRef}
        role="grid"
        aria-label={`${strings.grid}: ${sheet}`}
        aria-rowcount={rowCount + 1}
        aria-colcount={colCount + 1}
        aria-multiselectable
        tabIndex={0}
        className="wb-grid"
        style={{
          width: headW + cols.left[colCount],
          height: HEADER_HEIGHT + rowCount * ROW_HEIGHT,
        }}
        onMouseDown={onMouseDown}
        onMouseOver={onMouseOver}
        onDoubleClick={onDoubleClick}
        onKeyDown={onKeyDown}
      >
        <div className="wb-top">
          <div
            role="row"
            aria-rowindex={1}
            className="wb-row wb-header-row"
            style={{ height: HEADER_HEIGHT }}
          >
            <div
              role="columnheader"
              aria-colindex={1}
              className="wb-corner"
              style={{ width: headW }}
            >
              <span className="wb-sr-only">{strings.rowNumbers}</span>
            </div>
            {headers}
          </div>
          {frozen}
        </div>
        {bodyRows}
        {charts.map((chart) => (
          <div
            key={chart.id}
            className="wb-chart"
            style={{
              top: HEADER_HEIGHT + chart.top * ROW_HEIGHT,
              left: headW + (cols.left[Math.min(chart.left, colCount)] ?? 0),
              width: chart.width,
              height: chart.height,
            }}
          >
            <ChartView
              chart={chart}
              width={chart.width}
              height={chart.height}
              label={strings.chartLabel(chart.title || chart.name)}
            />
          </div>
        ))}
      </div>
    </div>
  );
}

/** 0…fixed−1, then first…last, plus `extra` where it falls outside them; in order. */
function withExtra(
  fixed: number,
  first: number,
  last: number,
  extra: number | undefined
): number[] {
  const out: number[] = [];
  for (let i = 0; i < fixed; i++) out.push(i);
  if (extra !== undefined && extra >= fixed && extra < first) out.push(extra);
  for (let i = first; i <= last; i++) out.push(i);
  if (extra !== undefined && extra > last) out.push(extra);
  return out;
}

interface CellView {
  col: number;
  width: number;
  className: string;
  style: React.CSSProperties;
  text: string;
  align: "left" | "center" | "right";
  spanWidth: number | undefined;
  title: string | undefined;
  selected: boolean;
  editor: EditState | null;
  gapBefore: number;
  /** Everything above as one string, for comparing renders. */
  key: string;
}

interface GridRowProps {
  row: number;
  views: CellView[];
  headWidth: number;
  rowSelected: boolean;
  className: string;
  signature: string;
  controller: PageController;
  gridRef: React.RefObject<HTMLDivElement>;
}

/** One row of cells; redrawn only when what it shows changes (scrolling and moving the selection touch few rows). */
const GridRow = React.memo(
  function GridRow({
    row,
    views,
    headWidth,
    rowSelected,
    className,
    controller,
    gridRef,
  }: GridRowProps): React.JSX.Element {
    return (
      <div role="row" aria-rowindex={row + 2} className={className} style={{ height: ROW_HEIGHT }}>
        <div
          role="rowheader"
          className={"wb-rowhead" + (rowSelected ? " wb-head-selected" : "")}
          style={{ width: headWidth }}
        >
          {row + 1}
        </div>
        {views.map((v) => (
          <React.Fragment key={v.col}>
            {v.gapBefore > 0 ? <div className="wb-gap" style={{ width: v.gapBefore }} /> : null}
            <div
              role="gridcell"
              aria-colindex={v.col + 2}
              aria-selected={v.selected}
              data-row={row}
              data-col={v.col}
              className={v.className}
              style={v.style}
              title={v.title}
            >
              {v.editor ? (
                <CellEditor
                  controller={controller}
                  edit={v.editor}
                  minWidth={v.width}
                  gridRef={gridRef}
                />
              ) : v.text ? (
                <span className="wb-text" style={{ textAlign: v.align, width: v.spanWidth }}>
                  {v.text}
                </span>
              ) : null}
            </div>
          </React.Fragment>
        ))}
      </div>
    );
  },
  (a, b) => a.signature === b.signature && a.row === b.row
);

interface OverflowPlan {
  /** Text cells whose text runs on over empty neighbours: the width it may use. */
  width: Map<number, number>;
  /** Cells whose right gridline the running text hides. */
  covered: Set<number>;
}

/** Left-aligned text runs on into empty cells to its right, as in Excel; numbers never do. */
function planOverflow(
  row: number,
  shown: number[],
  snaps: Map<number, CellSnapshot>,
  left: number[],
  editing: EditState | null
): OverflowPlan {
  const plan: OverflowPlan = { width: new Map(), covered: new Set() };
  const empty = (c: number) => {
    const s = snaps.get(c);
    return (
      !!s &&
      s.value === "" &&
      s.formula === "" &&
      !(editing && editing.row === row && editing.col === c)
    );
  };
  for (let i = 0; i < shown.length; i++) {
    const c = shown[i];
    const s = snaps.get(c);
    if (
      !s ||
      typeof s.value !== "string" ||
      s.value === "" ||
      s.error ||
      (s.format.horizontalAlignment &&
        s.format.horizontalAlignment !== "Left" &&
        s.format.horizontalAlignment !== "General")
    )
      continue;
    let j = i;
    while (j + 1 < shown.length && shown[j + 1] === shown[j] + 1 && empty(shown[j + 1])) j++;
    if (j === i) continue;
    plan.width.set(c, left[shown[j] + 1] - left[c]);
    for (let k = i; k < j; k++) plan.covered.add(shown[k]);
    i = j;
  }
  return plan;
}

function CellEditor({
  controller,
  edit,
  minWidth,
  gridRef,
}: {
  controller: PageController;
  edit: EditState;
  minWidth: number;
  gridRef: React.RefObject<HTMLDivElement>;
}): React.JSX.Element {
  const ref = React.useRef<HTMLInputElement>(null);
  React.useLayoutEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus({ preventScroll: true });
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);

  const finish = (then?: Direction) => {
    if (then === undefined) controller.cancelEdit();
    else if (!controller.commitEdit(then)) return; // refused: keep typing
    gridRef.current?.focus({ preventScroll: true });
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const arrow = ARROWS[e.key];
    if (e.key === "Enter") finish(e.shiftKey ? "up" : "down");
    else if (e.key === "Tab") finish(e.shiftKey ? "left" : "right");
    else if (e.key === "Escape") finish();
    else if (e.key === "F2") controller.setEditMode(edit.mode === "enter" ? "edit" : "enter");
    else if (arrow && edit.mode === "enter") finish(arrow);
    else return;
    e.preventDefault();
  };

  return (
    <input
      ref={ref}
      className="wb-editor"
      aria-label={`${columnLetters(edit.col)}${edit.row + 1}`}
      value={edit.draft}
      spellCheck={false}
      autoComplete="off"
      style={{ minWidth, width: Math.max(minWidth, edit.draft.length * 7.5 + 12) }}
      onChange={(e) => controller.setDraft(e.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}

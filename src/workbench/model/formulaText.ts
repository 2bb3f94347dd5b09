/*
 * The few things the workbench does to formula text: writing sheet references the way the engine
 * reads them and back the way Excel writes them, and moving relative references when one formula
 * is written to many cells. String literals are never touched.
 */
import {
  columnIndex,
  columnLetters,
  MAX_ROWS,
  quoteSheetName,
  unquoteSheetName,
} from "../../references";

export interface FormulaPiece {
  kind: "string" | "sheet" | "cell" | "other";
  text: string;
}

const NAME_CHAR = /[\p{L}\p{N}\p{M}_.$]/u;
const CELL_REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

export function formulaPieces(formula: string): FormulaPiece[] {
  const pieces: FormulaPiece[] = [];
  const other = (text: string) => {
    const last = pieces[pieces.length - 1];
    if (last && last.kind === "other") last.text += text;
    else pieces.push({ kind: "other", text });
  };
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch))
        j += formula[j] === ch ? 2 : 1;
      const text = formula.slice(i, j + 1);
      if (ch === "'" && formula[j + 1] === "!") {
        pieces.push({ kind: "sheet", text: `${text}!` });
        i = j + 2;
      } else if (ch === '"') {
        pieces.push({ kind: "string", text });
        i = j + 1;
      } else {
        other(text);
        i = j + 1;
      }
      continue;
    }
    if (NAME_CHAR.test(ch)) {
      let j = i;
      while (j < formula.length && NAME_CHAR.test(formula[j])) j++;
      const run = formula.slice(i, j);
      if (formula[j] === "!") {
        pieces.push({ kind: "sheet", text: `${run}!` });
        i = j + 1;
      } else {
        if (CELL_REF.test(run) && formula[j] !== "(") pieces.push({ kind: "cell", text: run });
        else other(run);
        i = j;
      }
      continue;
    }
    other(ch);
    i++;
  }
  return pieces;
}

function sheetOf(piece: FormulaPiece): string {
  return unquoteSheetName(piece.text.slice(0, -1));
}

/** Quotes every sheet reference, which the engine needs for names outside Latin letters (`'喜马拉雅'!D2`). */
export function toEngineFormula(formula: string): string {
  return formulaPieces(formula)
    .map((p) => (p.kind === "sheet" ? `'${sheetOf(p).replace(/'/g, "''")}'!` : p.text))
    .join("");
}

/** Writes sheet references as Excel does: quoted only where Excel quotes them. */
export function fromEngineFormula(formula: string): string {
  return formulaPieces(formula)
    .map((p) => (p.kind === "sheet" ? `${quoteSheetName(sheetOf(p))}!` : p.text))
    .join("");
}

/** The formula as it reads when copied `rows` down and `cols` across: relative references move, $ ones stay. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formulaPieces(formula)
    .map((p) => {
      if (p.kind !== "cell") return p.text;
      const [, colAbs, letters, rowAbs, digits] = CELL_REF.exec(p.text)!;
      const col = columnIndex(letters);
      if (col === null) return p.text;
      const newCol = colAbs ? col : col + cols;
      const newRow = rowAbs ? Number(digits) - 1 : Number(digits) - 1 + rows;
      if (newCol < 0 || newRow < 0 || newRow >= MAX_ROWS || columnIndexOutOfGrid(newCol))
        return "#REF!";
      return `${colAbs}${columnLetters(newCol)}${rowAbs}${newRow + 1}`;
    })
    .join("");
}

function columnIndexOutOfGrid(col: number): boolean {
  try {
    columnLetters(col);
    return false;
  } catch {
    return true;
  }
}

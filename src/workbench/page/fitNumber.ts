/*
 * Excel fits a number to its column: General drops decimals (then goes to scientific) until the
 * text fits; any other format that doesn't fit shows ####. The model formats for an unbounded cell.
 */
import { GENERAL } from "../model";

type Measure = (text: string) => number;

let canvas: CanvasRenderingContext2D | null = null;

/** Text width in the grid's font, measured once per string shape via a canvas. */
export function measureWith(font: string): Measure {
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      canvas ??= document.createElement("canvas").getContext("2d");
      if (!canvas) return text.length * 7.5;
      canvas.font = font;
      w = canvas.measureText(text).width;
      if (cache.size > 5000) cache.clear();
      cache.set(text, w);
    }
    return w;
  };
}

function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

/** No digit, sign or separator is wider than this many pixels at the grid's 13px. */
const WIDEST_CHARACTER = 9;

export function fitNumber(
  value: number,
  text: string,
  numberFormat: string,
  room: number,
  measure: Measure
): string {
  if (text.length * WIDEST_CHARACTER <= room || measure(text) <= room) return text;
  const hashes = () => "#".repeat(Math.max(1, Math.floor(room / Math.max(1, measure("#")))));
  if (numberFormat !== GENERAL) return hashes();
  const decimals = (/\.(\d+)/.exec(text)?.[1].length ?? 0) - 1;
  for (let d = decimals; d >= 0; d--) {
    const s = trimZeros(value.toFixed(d));
    if (measure(s) <= room && Number(s) !== 0) return s;
  }
  for (let d = 5; d >= 0; d--) {
    const s = value
      .toExponential(d)
      .replace(/e([+-])(\d)$/, "E$10$2")
      .replace("e", "E");
    if (measure(s) <= room) return s;
  }
  return hashes();
}

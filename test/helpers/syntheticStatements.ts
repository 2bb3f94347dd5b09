/* Statements of any size for scale tests and the benchmark, built from the real fixtures' shape. */

/** `lines` lines over `periods` fiscal years: revenue first, R&D second, net income last. */
export function bigStatement(lines: number, periods: number): string[][] {
  const years = Array.from({ length: periods }, (_, i) => `FY${2022 - periods + 1 + i}`);
  const label = (i: number) =>
    i === 0
      ? "Revenue"
      : i === lines - 1
        ? "Net income"
        : i === 1
          ? "Research and development"
          : `Item ${i}`;
  return [
    ["USD in millions", ...years],
    ...Array.from({ length: lines }, (_, i) => [
      label(i),
      ...years.map((_, p) => String(100 + i + p * 1.5)),
    ]),
  ];
}

/** Agora's statement with its revenue nudged per company, so each peer differs. */
export function peerLike(agora: string[][], i: number): string[][] {
  return agora.map((row, r) => (r === 1 ? [row[0], String(40 + i), String(38 + i * 1.5)] : row));
}

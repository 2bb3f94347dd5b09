/*
 * The statement corpus (issue 10): each CSV under test/fixtures/statements/corpus is a statement as pasted,
 * with its reading worked out by hand beside it in name.expected.json (format: ./corpusReading.ts).
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import {
  cagrSpan,
  multiLineMeanings,
  priorPeriod,
  readStatement,
  type CellRect,
  type ReadResult,
  type Statement,
} from "../../src/statements";
import { asTyped, FIXTURES, readFixture } from "./csv";
import { compactReading, type CompactReading } from "./corpusReading";

interface Expected extends Partial<CompactReading> {
  description: string;
  /** Position pairs: for each period, the position of its prior year / prior quarter (null: none). */
  yoy?: (number | null)[];
  qoq?: (number | null)[];
  /** [from, to, whole years or null]. */
  cagr?: [number, number, number | null][];
  /** Figures of some lines, by label (first line with that label). */
  values?: Record<string, (number | null)[]>;
  exclude?: CellRect[];
  fail?: string;
}

const CORPUS = join(FIXTURES, "statements", "corpus");
const corpus = readdirSync(CORPUS)
  .filter((name) => name.endsWith(".csv"))
  .map((name) => ({
    name,
    rows: readFixture(join("statements", "corpus", name)),
    expected: JSON.parse(
      readFileSync(join(CORPUS, name.replace(/\.csv$/, ".expected.json")), "utf8")
    ) as Expected,
  }));

const modes = { text: (rows: string[][]) => rows as unknown[][], typed: asTyped };

function statementOf(result: ReadResult): Statement {
  if (!result.ok) throw new Error(`expected a statement, got ${result.failure.reason}`);
  return result.value;
}

test("the corpus holds at least 40 statements read and 5 malformed ones", () => {
  expect(corpus.filter((c) => !c.expected.fail).length).toBeGreaterThanOrEqual(40);
  expect(corpus.filter((c) => c.expected.fail).length).toBeGreaterThanOrEqual(5);
});

describe.each(corpus)("$name", ({ rows, expected }) => {
  describe.each(Object.entries(modes))("with cells as %s", (_mode, toCells) => {
    const result = readStatement(toCells(rows), undefined, { exclude: expected.exclude });

    if (expected.fail) {
      test(`fails: ${expected.fail}`, () => {
        expect(result).toEqual({
          ok: false,
          failure: { reason: expected.fail },
        });
      });
      return;
    }

    test(expected.description, () => {
      const reading = compactReading(statementOf(result));
      expect(reading).toEqual({
        periods: expected.periods,
        translations: expected.translations ?? [],
        lines: expected.lines,
        questions: expected.questions ?? [],
        checks: expected.checks ?? [],
      });
    });

    if (expected.yoy || expected.qoq || expected.cagr)
      test("periods pair like with like", () => {
        const { periods } = statementOf(result);
        const pairs = (comparison: "yoy" | "qoq") =>
          periods.map((_, i) => priorPeriod(periods, i, comparison));
        if (expected.yoy) expect(pairs("yoy")).toEqual(expected.yoy);
        if (expected.qoq) expect(pairs("qoq")).toEqual(expected.qoq);
        for (const [from, to, years] of expected.cagr ?? [])
          expect([from, to, cagrSpan(periods, from, to)]).toEqual([from, to, years]);
      });

    if (expected.values)
      test("figures as printed: blanks and placeholders stay null", () => {
        const { lines } = statementOf(result);
        for (const [label, values] of Object.entries(expected.values!))
          expect([label, lines.find((l) => l.label === label)?.values]).toEqual([label, values]);
      });
  });
});

describe("never guess: over every statement of the corpus and of the layout fixtures", () => {
  const layoutFixtures = readdirSync(join(FIXTURES, "statements"))
    .filter((name) => name.endsWith(".csv"))
    .map((name) => readFixture(join("statements", name)));
  const statements = [...corpus.map((c) => c.rows), ...layoutFixtures]
    .map((rows) => readStatement(rows))
    .filter((r): r is Extract<ReadResult, { ok: true }> => r.ok)
    .map((r) => r.value);

  test("no single-valued meaning is held by two amount lines without a question naming both", () => {
    for (const statement of statements) {
      const held = new Map<string, number[]>();
      statement.lines.forEach((line, i) => {
        if (line.meaning === null || line.kind !== "amount" || multiLineMeanings.has(line.meaning))
          return;
        held.set(line.meaning, [...(held.get(line.meaning) ?? []), i]);
      });
      for (const [meaning, holders] of held) {
        if (holders.length < 2) continue;
        const question = statement.questions.find((q) => q.meaning === meaning);
        expect([meaning, question?.candidates]).toEqual([meaning, holders]);
      }
    }
  });

  test("every line has one meaning or none, only amounts carry one, and questions name real lines", () => {
    for (const statement of statements) {
      for (const line of statement.lines) {
        if (line.kind !== "amount") expect([line.label, line.meaning]).toEqual([line.label, null]);
        if (line.parent !== null) expect(line.parent).toBeLessThan(statement.lines.indexOf(line));
      }
      for (const q of statement.questions) {
        for (const i of q.candidates) expect(statement.lines[i].meaning).toBe(q.meaning);
        if (q.chosen !== null) expect(q.candidates).toContain(q.chosen);
      }
    }
  });
});

/* The sample statements: all recognised, illustrative ones labelled, the fixtures kept in step. */
import { recognise, sampleGrid, sampleStatements, sharedMetrics } from "../../src/peers";
import { fixture } from "../helpers/csv";

const FIXTURES: Record<string, string> = {
  Agora: "agora-quarterly-q1-2021-2022.csv",
  Ximalaya: "ximalaya-annual-2018-2020.csv",
  "Zoom-like": "peers/zoom-like-q1-fy2022-fy2023.csv",
  "Twilio-like": "peers/twilio-like-q1-2021-2022.csv",
  "荔枝（示意）": "peers/lizhi-like-annual-2018-2020.csv",
  "哔哩哔哩（示意）": "peers/bilibili-like-annual-2019-2020.csv",
};

const asCells = (rows: (string | number | null)[][]) =>
  rows.map((r) => r.map((v) => (v === null ? "" : v)));

test.each(sampleStatements.map((s) => [s.sheet, s] as const))(
  "%s is recognised as a statement with revenue",
  (_, sample) => {
    const found = recognise({
      sheet: sample.sheet,
      table: null,
      address: "A1",
      values: asCells(sampleGrid(sample)),
    });
    expect(found).not.toBeNull();
    expect(found!.metrics).toContain("netLossRate");
  }
);

test("invented figures say so in their first cell", () => {
  for (const s of sampleStatements) {
    if (s.illustrative) expect(s.title).toMatch(/^(Illustrative figures|示意数据)/);
    else expect(s.title).toMatch(/test fixture|测试样本/);
  }
  expect(sampleStatements.filter((s) => s.illustrative)).toHaveLength(4);
});

test("the samples hold the real fixtures' figures, and the peer fixtures the samples'", () => {
  for (const s of sampleStatements) {
    const rows = fixture(FIXTURES[s.sheet]);
    const grid = sampleGrid(s).map((r) => r.map((v) => (v === null ? "" : String(v))));
    // The real fixtures have no title row; the peer fixtures are the samples as written.
    const expected = s.illustrative ? grid : grid.slice(1).map((r) => r.slice(0, rows[0].length));
    const normal = rows.map((r) =>
      r.map((v) =>
        v.replace(/^\((.*)\)$/, "-$1").replace(/\.?0+$/, (z) => (v.includes(".") ? "" : z))
      )
    );
    expect(
      normal.map((r) =>
        r.map((v) => (v === "" ? "" : Number.isNaN(Number(v)) ? v : String(Number(v))))
      )
    ).toEqual(expected);
  }
});

test("English quarterly peers share metrics, and so do Chinese annual ones", () => {
  const read = (sheet: string) =>
    recognise({
      sheet,
      table: null,
      address: "A1",
      values: asCells(sampleGrid(sampleStatements.find((s) => s.sheet === sheet)!)),
    })!.statement;
  expect(sharedMetrics([read("Zoom-like"), read("Twilio-like")])).toContain("adminExpenseRatio");
  expect(sharedMetrics([read("Ximalaya"), read("荔枝（示意）"), read("哔哩哔哩（示意）")])).toEqual(
    expect.arrayContaining(["bandwidthCostRatio", "periodExpenseRatio", "costOfRevenueRatio"])
  );
});

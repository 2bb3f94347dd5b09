/* The comparison plan: which cells and formulas, from which statements, under which sheet name. */
import {
  asCompany,
  commonPeriods,
  latestPosition,
  planPeerSheet,
  recognise,
  sampleStatements,
  sampleGrid,
  sharedMetrics,
  type FoundStatement,
  type MetricId,
  type PeerSheetPlan,
  type PlanRequest,
} from "../../src/peers";
import { priorPeriod } from "../../src/statements";
import { peersEn, peersZhCN } from "../../src/taskpane/strings/peers";
import { fixture } from "../helpers/csv";
import { unguarded } from "../helpers/guard";

/** A grid as it reads from a sheet: numbers where Excel would hold numbers. */
function typed(rows: string[][]): unknown[][] {
  return rows.map((row) =>
    row.map((v) => {
      const paren = /^\((\d+(?:\.\d+)?)\)$/.exec(v);
      if (paren) return -Number(paren[1]);
      return v !== "" && Number.isFinite(Number(v)) ? Number(v) : v;
    })
  );
}

function statementOf(sheet: string, values: unknown[][], address = `A1`): FoundStatement {
  const rows = values.length;
  const cols = Math.max(...values.map((r) => r.length));
  const [, col, row] = /^([A-Z])(\d+)$/.exec(address)!;
  const end = String.fromCharCode(col.charCodeAt(0) + cols - 1) + (Number(row) + rows - 1);
  const quoted = /^[A-Za-z_]\w*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const found = recognise({ sheet, table: null, address: `${quoted}!${address}:${end}`, values });
  if (!found) throw new Error(`${sheet} is not recognised`);
  return found;
}

const sample = (sheet: string) => {
  const s = sampleStatements.find((x) => x.sheet === sheet)!;
  return statementOf(
    sheet,
    sampleGrid(s).map((r) => r.map((v) => v ?? ""))
  );
};
const agora = statementOf("Agora", typed(fixture("agora-quarterly-q1-2021-2022.csv")));
const ximalaya = statementOf("Ximalaya", typed(fixture("ximalaya-annual-2018-2020.csv")));
const zoom = sample("Zoom-like");
const twilio = sample("Twilio-like");
const lizhi = sample("荔枝（示意）");

function plan(
  found: FoundStatement[],
  metrics: MetricId[],
  more: Partial<PlanRequest> = {}
): PeerSheetPlan {
  const result = planPeerSheet({
    companies: found.map((f) => asCompany(f, f.name)),
    metrics,
    basis: { kind: "latest" },
    transpose: false,
    chartMetric: null,
    existingSheets: ["Sheet1", ...found.map((f) => f.sheet)],
    text: peersEn.sheet,
    language: "en",
    builtAt: "2024-05-01 14:03",
    ...more,
  });
  if (!result.ok) throw new Error(result.failure.reason);
  return result.value;
}

/** The cell at an A1 address of the plan's grid. */
function at(p: PeerSheetPlan, address: string): string | number {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return unguarded(p.cells[Number(m[2]) - 1]?.[col] ?? "");
}

describe("cells and formulas", () => {
  const p = plan([agora, ximalaya], ["revenueGrowth", "netLossRate", "periodExpenseRatio"]);

  test("companies across, a row of period labels, one row per metric", () => {
    expect(p.cells[0].slice(0, 3)).toEqual(["'Metric", "'Agora", "'Ximalaya"]);
    expect(p.cells[1].slice(0, 3)).toEqual(["'Period", "'Q1 2022", "'2020年"]);
    expect(at(p, "A3")).toBe("'Revenue growth (YoY)");
    expect(p.table).toBe("A1:H5");
    expect(p.frozen).toBe("A1:A2");
  });

  test("growth compares with the period a year before, by the statement's lag", () => {
    expect(at(p, "B3")).toBe("=FIN.GROWTH(Agora!C2,Agora!B2)");
    expect(at(p, "C3")).toBe("=FIN.GROWTH(Ximalaya!D2,Ximalaya!C2)");
  });

  test("net loss rate and period expense ratio reference the source cells", () => {
    expect(at(p, "B4")).toBe("=FIN.LOSSRATE(Agora!C5,Agora!C2)");
    expect(at(p, "C4")).toBe("=FIN.LOSSRATE(Ximalaya!D10,Ximalaya!D2)");
    expect(at(p, "C5")).toBe("=FIN.EXPENSERATIO(Ximalaya!D9,Ximalaya!D2)");
  });

  test("statistics ignore blanks and stay blank over a row of no figures, never 0", () => {
    expect(at(p, "D4")).toBe('=IF(COUNT(B4:C4)=0,"",MEDIAN(B4:C4))');
    expect(at(p, "E4")).toBe('=IF(COUNT(B4:C4)=0,"",AVERAGE(B4:C4))');
    expect(at(p, "F4")).toBe('=IF(COUNT(B4:C4)=0,"",MAX(B4:C4))');
    expect(at(p, "G4")).toBe('=IF(COUNT(B4:C4)=0,"",MIN(B4:C4))');
  });

  test("without a subject: no rank column; the direction column says which end is best", () => {
    expect(at(p, "H3")).toBe("'the highest");
    expect(at(p, "H4")).toBe("'the lowest");
  });

  test("with a subject: peer statistics without it, the difference in pp, one rank per metric", () => {
    const q = plan([ximalaya, agora], ["revenueGrowth", "netLossRate"], { subject: agora.id });
    expect(q.cells[0].slice(0, 10)).toEqual([
      "'Metric",
      "'Agora",
      "'Ximalaya",
      "'Peer median (excl. Agora)",
      "'Peer mean (excl. Agora)",
      "'Peer max (excl. Agora)",
      "'Peer min (excl. Agora)",
      "'Agora vs peer median",
      "'Agora's rank of 2",
      "'Rank 1 is",
    ]);
    expect(at(q, "D4")).toBe('=IF(COUNT(C4)=0,"",MEDIAN(C4))');
    expect(at(q, "H4")).toBe("=(B4-D4)*100"); // behind the blank test
    expect(q.numberFormats[3][7]).toBe('0.0 "pp"');
    expect(at(q, "I3")).toBe('=IF(ISNUMBER(B3),RANK.EQ(B3,B3:C3),"")'); // growth: highest first
    expect(at(q, "I4")).toBe('=IF(ISNUMBER(B4),RANK.EQ(B4,B4:C4,1),"")'); // loss rate: lowest first
    expect(q.periods).toEqual([[2], [1]]); // in the request's order
  });

  test("percentages as 0.0 %, ranks as whole numbers, a colour scale per metric row", () => {
    expect(p.numberFormats[2].slice(1, 8)).toEqual([...Array(6).fill("0.0%"), null]);
    expect(p.colorScales).toEqual([
      { range: "B3:C3", better: "higher" },
      { range: "B4:C4", better: "lower" },
      { range: "B5:C5", better: "lower" },
    ]);
  });

  test("a company without a metric gets a blank cell and a note, never a zero", () => {
    expect(at(p, "B5")).toBe("");
    expect(p.numberFormats[4][1]).toBeNull();
    expect(p.notes).toContain(
      "Agora: Period expense ratio left blank: the statement has no General and administrative expenses line."
    );
  });

  test("notes name each source range and when the sheet was built", () => {
    expect(p.notes).toContain("Agora: Agora!A1:C5 (USD in millions)");
    expect(p.notes).toContain("Ximalaya: Ximalaya!A1:D10 (亿元人民币)");
    expect(p.notes[p.notes.length - 1]).toMatch(/^Built by FIN on 2024-05-01 14:03\./);
    expect(at(p, "A7")).toBe("'Notes");
    expect(at(p, "A8")).toBe(`'${p.notes[0]}`);
  });
});

describe("names and labels", () => {
  test("the sheet is Peer comparison, then Peer comparison (2), ignoring case", () => {
    expect(plan([agora, ximalaya], ["netLossRate"]).sheetName).toBe("Peer comparison");
    const taken = { existingSheets: ["Agora", "Ximalaya", "PEER COMPARISON"] };
    expect(plan([agora, ximalaya], ["netLossRate"], taken).sheetName).toBe("Peer comparison (2)");
  });

  test("同业对比 in the Chinese interface", () => {
    const p = plan([agora, ximalaya], ["netLossRate"], {
      text: peersZhCN.sheet,
      language: "zh",
      existingSheets: ["同业对比"],
    });
    expect(p.sheetName).toBe("同业对比 (2)");
    expect(at(p, "A3")).toBe("'净亏损率");
  });

  test("a sheet whose name needs quotes is quoted, an apostrophe doubled", () => {
    const rows = typed(fixture("agora-quarterly-q1-2021-2022.csv"));
    const obrien = statementOf("O'Brien Ltd", rows);
    const p = plan([obrien, agora], ["netLossRate"]);
    expect(at(p, "B3")).toBe("=FIN.LOSSRATE('O''Brien Ltd'!C5,'O''Brien Ltd'!C2)");
    expect(p.notes).toContain("O'Brien Ltd: 'O''Brien Ltd'!A1:C5 (USD in millions)");
  });

  test("a statement away from A1 is referenced where it sits", () => {
    const found = statementOf("Agora2", typed(fixture("agora-quarterly-q1-2021-2022.csv")), "D4");
    const p = plan([found, agora], ["netLossRate"]);
    expect(at(p, "B3")).toBe("=FIN.LOSSRATE(Agora2!F8,Agora2!F5)");
  });

  test("names and labels from the data are written as text, never as formulas", () => {
    const company = asCompany(agora, '=HYPERLINK("http://example.com","click")');
    const result = planPeerSheet({
      companies: [company, asCompany(ximalaya, "+1 Ximalaya")],
      metrics: ["netLossRate"],
      basis: { kind: "latest" },
      transpose: false,
      chartMetric: "netLossRate",
      existingSheets: [],
      text: peersEn.sheet,
      language: "en",
      builtAt: "now",
    });
    if (!result.ok) throw new Error(result.failure.reason);
    const row = result.value.cells[0];
    expect(row[1]).toBe(`'=HYPERLINK("http://example.com","click")`);
    expect(row[2]).toBe("'+1 Ximalaya");
    // Every cell is a formula FIN wrote, text behind an apostrophe, or empty.
    for (const cell of result.value.cells.flat())
      expect(
        typeof cell === "string" &&
          (cell === "" || cell.startsWith("'") || /^=(FIN\.|IF\(|[A-Z]+\d+$)/.test(cell))
      ).toBe(true);
  });
});

describe("periods across fiscal calendars", () => {
  test("latest: each company's own latest period, its label shown, fiscal years noted", () => {
    const p = plan([agora, zoom], ["revenueGrowth"]);
    expect(p.cells[1].slice(1, 3)).toEqual(["'Q1 2022", "'Q1 FY2023"]);
    expect(at(p, "C3")).toBe("=FIN.GROWTH('Zoom-like'!C3,'Zoom-like'!B3)");
    expect(p.notes).toContain(
      "Zoom-like reports fiscal periods (Q1 FY2023): fiscal calendars differ, so periods sit side by side as each company labels them."
    );
  });

  test("common: matched by kind, year and quarter; the period each company labels so", () => {
    const periods = commonPeriods([agora.statement, twilio.statement, zoom.statement]);
    expect(periods).toEqual([{ kind: "quarter", year: 2022, part: 1 }]);
    const p = plan([agora, twilio, zoom], ["netLossRate"], {
      basis: { kind: "common", period: periods[0] },
    });
    expect(p.cells[1].slice(1, 4)).toEqual(["'Q1 2022", "'Q1 2022", "'Q1 FY2022"]);
    expect(at(p, "D3")).toBe("=FIN.LOSSRATE('Zoom-like'!B9,'Zoom-like'!B3)");
    expect(p.notes[1]).toBe("Period basis: Q1 2022 for every company.");
  });

  test("annual statements share years; quarterly and annual ones share none", () => {
    expect(commonPeriods([ximalaya.statement, lizhi.statement]).map((k) => k.year)).toEqual([
      2020, 2019, 2018,
    ]);
    expect(commonPeriods([agora.statement, ximalaya.statement])).toEqual([]);
  });

  test("a company without the common period gets blank cells and a note", () => {
    const p = plan([agora, ximalaya], ["netLossRate"], {
      basis: { kind: "common", period: { kind: "year", year: 2020, part: null } },
    });
    expect(p.periods).toEqual([[null], [2]]);
    expect(at(p, "B3")).toBe("");
    expect(p.cells[1][1]).toBe("");
    expect(p.notes).toContain("Agora: left blank: the statement has no 2020.");
  });

  test("growth without a period a year before is blank with a note", () => {
    const p = plan([agora, ximalaya], ["revenueGrowth"], {
      basis: { kind: "common", period: { kind: "year", year: 2018, part: null } },
    });
    expect(at(p, "C3")).toBe("");
    expect(p.notes).toContain(
      "Ximalaya: Revenue growth (YoY) left blank: no period a year before 2018年 to compare with."
    );
  });

  test("the latest period skips estimates and columns without figures", () => {
    const found = statementOf("Est", [
      ["RMB m", "2021", "2022", "2023E", "2024"],
      ["Revenue", 10, 12, 15, ""],
      ["Net income", 1, 2, 3, ""],
    ]);
    expect(found.statement.periods[latestPosition(found.statement)!].label).toBe("2022");
  });

  test("the prior year is found by its label when the columns are not evenly spaced", () => {
    const found = statementOf("Mixed", [
      ["USD m", "Q1 2021", "FY2021", "Q1 2022"],
      ["Revenue", 10, 45, 12],
    ]);
    expect(found.statement.growth.yoy).toBeNull();
    expect(priorPeriod(found.statement.periods, 2, "yoy")).toBe(0);
  });
});

describe("metrics", () => {
  test("offered when at least two companies have the lines", () => {
    expect(sharedMetrics([agora.statement, ximalaya.statement])).toEqual([
      "size:revenue",
      "size:netIncome",
      "revenueGrowth",
      "netLossRate",
      "netMargin",
    ]);
    expect(sharedMetrics([ximalaya.statement, lizhi.statement])).toContain("bandwidthCostRatio");
  });

  test("offered in the catalogue's order, whichever company comes first", () => {
    expect(sharedMetrics([zoom.statement, twilio.statement])).toEqual([
      "size:revenue",
      "size:netIncome",
      "revenueGrowth",
      "netLossRate",
      "netMargin",
      "costOfRevenueRatio",
      "sellingExpenseRatio",
      "adminExpenseRatio",
      "rdExpenseRatio",
      "periodExpenseRatio",
    ]);
  });

  test("period expense ratio without a total: selling + admin + finance, one call over the blocks", () => {
    const p = plan([ximalaya, lizhi], ["periodExpenseRatio"]);
    expect(at(p, "C3")).toBe(
      `=FIN.EXPENSERATIO('荔枝（示意）'!D6:D7,'荔枝（示意）'!D3,,'荔枝（示意）'!D9)`
    );
  });

  test("selling and admin side by side, no finance line: one range, and a note", () => {
    const found = statementOf("Two", [
      ["USD m", "2021", "2022"],
      ["Revenue", 100, 120],
      ["Selling expenses", 10, 12],
      ["General and administrative", 5, 6],
    ]);
    const p = plan([found, ximalaya], ["periodExpenseRatio"]);
    expect(at(p, "B3")).toBe("=FIN.EXPENSERATIO(Two!C3:C4,Two!C2)");
    expect(
      p.notes.some((n) => n.startsWith("Two: period expense ratio is selling + administrative"))
    ).toBe(true);
  });

  test("a net loss written as a positive figure gives its loss rate by FIN.MARGIN", () => {
    const found = statementOf("Pos", [
      ["USD m", "2021", "2022"],
      ["Revenue", 100, 120],
      ["Net loss", 10, 12],
    ]);
    const p = plan([found, ximalaya], ["netLossRate", "netMargin"]);
    expect(at(p, "B3")).toBe("=FIN.MARGIN(Pos!C3,Pos!C2)");
    expect(at(p, "B4")).toBe("=FIN.LOSSRATE(Pos!C3,Pos!C2)");
  });

  test("revenue mix: each segment's share, named the same across languages", () => {
    const p = plan([ximalaya, ximalaya], ["share:subscription"]);
    expect(at(p, "A3")).toBe("'Subscription share of revenue");
    expect(at(p, "B3")).toBe("=FIN.SHARE(Ximalaya!D3,Ximalaya!D2)");
  });

  test("transposed: metrics across, companies down, statistics below", () => {
    const p = plan([agora, ximalaya], ["revenueGrowth", "netLossRate"], {
      transpose: true,
      chartMetric: "netLossRate",
    });
    expect(p.cells.slice(0, 3).map((r) => r.slice(0, 4).map(unguarded))).toEqual([
      ["'Company", "'Period", "'Revenue growth (YoY)", "'Net loss rate"],
      ["'Agora", "'Q1 2022", "=FIN.GROWTH(Agora!C2,Agora!B2)", "=FIN.LOSSRATE(Agora!C5,Agora!C2)"],
      [
        "'Ximalaya",
        "'2020年",
        "=FIN.GROWTH(Ximalaya!D2,Ximalaya!C2)",
        "=FIN.LOSSRATE(Ximalaya!D10,Ximalaya!D2)",
      ],
    ]);
    expect(at(p, "D4")).toBe('=IF(COUNT(D2:D3)=0,"",MEDIAN(D2:D3))');
    expect(at(p, "D8")).toBe("'the lowest");
    expect(p.frozen).toBe("A1:B1");
    expect(p.colorScales[1]).toEqual({ range: "D2:D3", better: "lower" });
  });

  test("the chart reads names over the chosen metric's values, beside the table", () => {
    const p = plan([agora, ximalaya], ["revenueGrowth", "netLossRate"], {
      chartMetric: "netLossRate",
    });
    const chart = p.chart!;
    expect(chart.seriesBy).toBe("Rows");
    expect(chart.title).toBe("Net loss rate, latest period");
    const top = p.cells.length - 2;
    expect(chart.source).toBe(`A${top + 1}:C${top + 2}`);
    expect(p.cells[top]).toEqual(["", "=B1", "=C1", ...Array(5).fill("")]);
    expect(p.cells[top + 1].slice(0, 3)).toEqual(["'Net loss rate", "=B4", "=C4"]);
    expect(chart.from).toBe("J1");
    expect(chart.axisFormat).toBe("0%");
  });

  test("one company or no metric: a problem to tell, no sheet", () => {
    const base = {
      basis: { kind: "latest" } as const,
      transpose: false,
      chartMetric: null,
      existingSheets: [],
      text: peersEn.sheet,
      language: "en" as const,
      builtAt: "",
    };
    expect(planPeerSheet({ ...base, companies: [], metrics: ["netLossRate"] })).toEqual({
      ok: false,
      failure: { reason: "noCompanies" },
    });
    expect(
      planPeerSheet({ ...base, companies: [asCompany(agora, "A")], metrics: ["netLossRate"] })
    ).toEqual({ ok: false, failure: { reason: "oneCompany" } });
    expect(
      planPeerSheet({
        ...base,
        companies: [asCompany(agora, "A"), asCompany(ximalaya, "X")],
        metrics: [],
      })
    ).toEqual({ ok: false, failure: { reason: "noMetrics" } });
  });
});

import { parseUnit, unitParts } from "../../src/statements/units";

describe("parseUnit reads the unit from a title or header cell", () => {
  test.each([
    ["单位：亿元", "亿元", "CNY", 1e8],
    ["单位：亿元人民币", "亿元人民币", "CNY", 1e8],
    ["单位:万元", "万元", "CNY", 1e4],
    ["金额单位：人民币千元", "人民币千元", "CNY", 1e3],
    ["万元", "万元", "CNY", 1e4],
    ["元", "元", "CNY", 1],
    ["人民币千元", "人民币千元", "CNY", 1e3],
    ["（单位：百万元）", "百万元", "CNY", 1e6],
    ["单位：百万美元", "百万美元", "USD", 1e6],
    ["单位：千港元", "千港元", "HKD", 1e3],
    ["RMB'000", "RMB'000", "CNY", 1e3],
    ["RMB’000", "RMB'000", "CNY", 1e3],
    ["USD in millions", "USD in millions", "USD", 1e6],
    ["(in thousands)", "in thousands", null, 1e3],
    ["(In thousands, except per share data)", "In thousands, except per share data", null, 1e3],
    ["$ millions", "$ millions", "USD", 1e6],
    ["$m", "$m", "USD", 1e6],
    ["US$ in thousands", "US$ in thousands", "USD", 1e3],
    ["RMB in millions", "RMB in millions", "CNY", 1e6],
    ["RMB mn", "RMB mn", "CNY", 1e6],
    ["HK$ million", "HK$ million", "HKD", 1e6],
    ["USD bn", "USD bn", "USD", 1e9],
    [
      "Statements of Operations (in thousands of U.S. dollars)",
      "in thousands of U.S. dollars",
      "USD",
      1e3,
    ],
    ["利润表（单位：万元）", "万元", "CNY", 1e4],
    ["RMB", "RMB", "CNY", 1],
  ])("%s → %s, %s, %d", (text, label, currency, scale) => {
    expect(parseUnit(text)).toEqual({ label, currency, scale });
  });

  test.each([
    "",
    "项目",
    "Revenue",
    "2020年",
    "Q1 2022",
    "千方科技股份有限公司",
    "2020年营业收入超过40亿元",
    "Twilio Inc.",
  ])("%p names no unit", (text) => {
    expect(parseUnit(text)).toBeNull();
  });
});

describe("Hong Kong units and per-column currencies", () => {
  test.each([
    ["人民幣千元", "CNY", 1e3],
    ["HK$'000", "HKD", 1e3],
    ["港幣百萬元", "HKD", 1e6],
  ])("%p is %p at %p", (text, currency, scale) => {
    expect(parseUnit(text)).toMatchObject({ currency, scale });
  });

  test("a lone currency in a column leaves the scale to the table", () => {
    expect(unitParts("US$")).toEqual({ currency: "USD", scale: null });
    expect(unitParts("RMB'000")).toEqual({ currency: "CNY", scale: 1e3 });
  });
});

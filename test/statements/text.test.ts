import { halfWidth, hasCjk, simplify } from "../../src/statements/text";

describe("text clean-up", () => {
  test.each([
    ["２０２１年", "2021年"],
    ["（２６.９４）", "(26.94)"],
    ["单位：亿元", "单位:亿元"],
    ["−5", "-5"],
    ["RMB’000", "RMB'000"],
    ["营业\u3000收入", "营业 收入"],
  ])("halfWidth(%p) is %p", (text, expected) => {
    expect(halfWidth(text)).toBe(expected);
  });

  test("simplify lowercases and collapses spaces", () => {
    expect(simplify("  Three  Months\tEnded ")).toBe("three months ended");
  });

  test("hasCjk tells Chinese labels from English ones", () => {
    expect(hasCjk("营业收入 Revenue")).toBe(true);
    expect(hasCjk("Revenue")).toBe(false);
  });
});

import { asTyped, parseCsv } from "./csv";

describe("the fixture CSV reader", () => {
  test("quoted fields keep commas, doubled quotes and line breaks", () => {
    expect(parseCsv('a,"1,234.5","say ""hi""","two\nlines"\nb,,(26.94)\n')).toEqual([
      ["a", "1,234.5", 'say "hi"', "two\nlines"],
      ["b", "", "(26.94)"],
    ]);
  });

  test("CRLF line ends and a missing final newline", () => {
    expect(parseCsv("a,b\r\nc,d")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  test("typed cells become numbers as Excel would read them; other text and blanks stay text", () => {
    expect(asTyped([["Net loss", "(14.67)", "1,234", "", "2018年", "40.50*"]])).toEqual([
      ["Net loss", -14.67, 1234, "", "2018年", "40.50*"],
    ]);
  });
});

/* Names of the sheets FIN adds: Excel's rules, and never a taken name. */
import { cleanSheetName, uniqueSheetName } from "../../src/references";

test("a free name is used as it is", () => {
  expect(uniqueSheetName("Peer comparison", ["Sheet1", "Agora"])).toBe("Peer comparison");
});

test("a taken name counts on, ignoring case", () => {
  expect(uniqueSheetName("Peer comparison", ["peer COMPARISON"])).toBe("Peer comparison (2)");
  expect(uniqueSheetName("Peer comparison", ["Peer comparison", "Peer comparison (2)"])).toBe(
    "Peer comparison (3)"
  );
});

test("the base is shortened so the name with its number stays within 31 characters", () => {
  const base = "Comparison of listed audio peers"; // 32 characters
  const first = uniqueSheetName(base, []);
  expect(first).toBe("Comparison of listed audio peer");
  expect(first).toHaveLength(31);
  const second = uniqueSheetName(base, [first]);
  expect(second).toBe("Comparison of listed audio (2)");
  expect(second.length).toBeLessThanOrEqual(31);
  const names = [first, second];
  for (let i = 0; i < 9; i++) names.push(uniqueSheetName(base, names));
  expect(names[names.length - 1]).toBe("Comparison of listed audio (11)");
  expect(names.every((n) => n.length <= 31)).toBe(true);
});

test("characters Excel forbids become spaces; apostrophes may not start or end a name", () => {
  expect(cleanSheetName("Q1/Q2: peers [draft]?")).toBe("Q1 Q2 peers draft");
  expect(cleanSheetName("'quoted'")).toBe("quoted");
  expect(cleanSheetName("O'Brien")).toBe("O'Brien");
  expect(cleanSheetName("***", "Peers")).toBe("Peers");
});

/*
 * One catalogue of failures: every reason an action of FIN can fail for has a sentence in English
 * and in Chinese, and both sentences name the same details. (The types hold the keys at compile
 * time: `satisfies Record<FailureReason, string>` in en.ts, `Strings` in zh-CN.ts; this holds the
 * sentences at run time.)
 */
import { failureReasons, type FailureReason } from "../../src/failure";
import { en } from "../../src/taskpane/strings/en";
import { zhCN } from "../../src/taskpane/strings/zh-CN";

const reasons: FailureReason[] = Object.values(failureReasons).flat();

function placeholders(sentence: string): string[] {
  return [...sentence.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

const CJK = /[\u4e00-\u9fff]/;

test("every failure reason has an English and a Chinese sentence, and no sentence is left over", () => {
  expect(Object.keys(en.failures).sort()).toEqual([...reasons].sort());
  expect(Object.keys(zhCN.failures).sort()).toEqual([...reasons].sort());
});

test.each(reasons)("%s: a sentence in each language, naming the same details", (reason) => {
  const english = en.failures[reason];
  const chinese = zhCN.failures[reason];
  expect(english.trim()).not.toBe("");
  expect(chinese).toMatch(CJK);
  expect(placeholders(chinese)).toEqual(placeholders(english));
});

test("no reason is listed under two origins", () => {
  expect(new Set(reasons).size).toBe(reasons.length);
});

test.each(Object.keys(en.questions) as Array<keyof typeof en.questions>)(
  "question %s: a sentence in each language, naming the same details",
  (reason) => {
    expect(zhCN.questions[reason]).toMatch(CJK);
    expect(placeholders(zhCN.questions[reason])).toEqual(placeholders(en.questions[reason]));
  }
);

test("the Chinese catalogue asks the same questions as the English one", () => {
  expect(Object.keys(zhCN.questions).sort()).toEqual(Object.keys(en.questions).sort());
});

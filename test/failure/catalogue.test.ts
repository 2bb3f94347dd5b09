/*
 * One catalogue of failures: every reason an action of FIN can fail for has a sentence in English
 * and in Chinese, and both sentences name the same details. (The types hold the keys at compile
 * time: `satisfies Record<FailureReason, string>` in en.ts, `Strings` in zh-CN.ts; this holds the
 * sentences at run time.)
 */
import { failureReasons, type FailureReason } from "../../src/failure";
import { en } from "../../src/taskpane/strings/en";
import { zhCN } from "../../src/taskpane/strings/zh-CN";
import { detailsEn, detailsZhCN } from "../../src/taskpane/strings/details";
import { writeAsEn, writeAsZhCN } from "../../src/taskpane/strings/writeAs";

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

// The reader's questions load with the "What FIN found" details, in their own catalogue.
test.each(Object.keys(detailsEn.questions) as Array<keyof typeof detailsEn.questions>)(
  "question %s: a sentence in each language, naming the same details",
  (reason) => {
    expect(detailsZhCN.questions[reason]).toMatch(CJK);
    expect(placeholders(detailsZhCN.questions[reason])).toEqual(
      placeholders(detailsEn.questions[reason])
    );
  }
);

test("the Chinese catalogue asks the same questions as the English one", () => {
  expect(Object.keys(detailsZhCN.questions).sort()).toEqual(
    Object.keys(detailsEn.questions).sort()
  );
});

type Catalogue = { [key: string]: string | Catalogue };

/** Every sentence of a catalogue by its path, e.g. "meaningNames.revenue". */
function sentences(catalogue: Catalogue, prefix = ""): Array<[string, string]> {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[prefix + key, value] as [string, string]]
      : sentences(value, `${prefix}${key}.`)
  );
}

// Catalogues that load with the chunks using them, not with the pane's first view.
const lazy: Array<[string, Catalogue, Catalogue]> = [
  ["details", detailsEn, detailsZhCN],
  ["writeAs", writeAsEn, writeAsZhCN],
];

test.each(lazy)(
  "%s: the Chinese catalogue has every English sentence, and no sentence left over",
  (_, english, chinese) => {
    const keys = (c: Catalogue) =>
      sentences(c)
        .map(([key]) => key)
        .sort();
    expect(keys(chinese)).toEqual(keys(english));
  }
);

test.each(
  lazy.flatMap(([name, english, chinese]) => {
    const chineseByKey = new Map(sentences(chinese));
    return sentences(english).map(([key, sentence]) => [
      `${name} ${key}`,
      sentence,
      chineseByKey.get(key) ?? "",
    ]);
  })
)("%s: a sentence in each language, naming the same details", (_, english, chinese) => {
  expect(english.trim()).not.toBe("");
  expect(chinese).toMatch(CJK);
  expect(placeholders(chinese)).toEqual(placeholders(english));
});

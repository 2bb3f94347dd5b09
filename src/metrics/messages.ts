/**
 * Every message a FIN function can give, in one catalogue, in English and Simplified Chinese
 * (Excel shows them on hover with #VALUE! and #N/A). `{name}` marks a value filled in when the
 * message is built; argument names stay as they are written in the formula, in both languages.
 */
const en = {
  notANumber: '{arg}: "{text}" is not a number',
  notANumberBoolean: "{arg}: {value} is not a number",
  shapes: "{a} is {aShape} and {b} is {bShape}: the shapes don't fit",
  raggedRange: "{arg} has rows of different lengths",
  divisionByZero: "{arg} is zero",
  negativeBase: "{arg} is negative: the ratio has no meaning",
  positiveInteger: "{arg} must be a whole number of at least 1, not {value}",
  scalarArgument: "{arg} must be a single value",
  blankArgument: "{arg} is blank",
  cagrBegin: "begin must be greater than 0",
  cagrEnd: "end must not be negative",
  cagrYears: "years must be greater than 0",
  emptyRange: "{arg} is empty",
  tooLarge: "the result is too large to represent",
  notFinite: "{arg} is not a finite number",
  unsupported: "{arg}: unsupported value",
  notAFlag: '{arg}: "{text}" is not TRUE or FALSE',
  inputError: "{arg} holds {code}",
  unexpected: "unexpected input: {detail}",
} as const;

export type MessageKey = keyof typeof en;
export type MessageLanguage = "en" | "zh-CN";

export const messageCatalogue: Readonly<
  Record<MessageLanguage, Readonly<Record<MessageKey, string>>>
> = {
  en,
  "zh-CN": {
    notANumber: "{arg}：“{text}”不是数字",
    notANumberBoolean: "{arg}：{value} 不是数字",
    shapes: "{a} 是 {aShape}，{b} 是 {bShape}：两者形状不匹配",
    raggedRange: "{arg} 的各行长度不一致",
    divisionByZero: "{arg} 为零",
    negativeBase: "{arg} 为负数：比率没有意义",
    positiveInteger: "{arg} 必须是不小于 1 的整数，而不是 {value}",
    scalarArgument: "{arg} 必须是单个值",
    blankArgument: "{arg} 为空",
    cagrBegin: "begin 必须大于 0",
    cagrEnd: "end 不能为负数",
    cagrYears: "years 必须大于 0",
    emptyRange: "{arg} 是空区域",
    tooLarge: "结果太大，无法表示",
    notFinite: "{arg} 不是有限数值",
    unsupported: "{arg}：不支持的值",
    notAFlag: "{arg}：“{text}”不是 TRUE 或 FALSE",
    inputError: "{arg} 含有 {code}",
    unexpected: "意外的输入：{detail}",
  },
};

let language: () => MessageLanguage = () => "en";

/**
 * Sets how the language of a message is chosen (English until then). It is asked only when a
 * message is built, that is on a failure, so the metrics stay as fast and Office.js stays outside.
 */
export function setMessageLanguage(choose: () => MessageLanguage): void {
  language = choose;
}

/** The catalogue's `key` in `lang`, its `{name}`s filled from `values`. */
export function messageIn(
  lang: MessageLanguage,
  key: MessageKey,
  values: Readonly<Record<string, string | number>> = {}
): string {
  return messageCatalogue[lang][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name])
  );
}

const say = (key: MessageKey, values?: Readonly<Record<string, string | number>>): string =>
  messageIn(language(), key, values);

/** The messages the metrics give, each built in the chosen language when it is needed. */
export const messages = {
  notANumber: (arg: string, text: string) => say("notANumber", { arg, text }),
  notANumberBoolean: (arg: string, value: boolean) =>
    say("notANumberBoolean", { arg, value: value ? "TRUE" : "FALSE" }),
  shapes: (a: string, aShape: string, b: string, bShape: string) =>
    say("shapes", { a, aShape, b, bShape }),
  raggedRange: (arg: string) => say("raggedRange", { arg }),
  divisionByZero: (arg: string) => say("divisionByZero", { arg }),
  negativeBase: (arg: string) => say("negativeBase", { arg }),
  positiveInteger: (arg: string, value: number) => say("positiveInteger", { arg, value }),
  scalarArgument: (arg: string) => say("scalarArgument", { arg }),
  blankArgument: (arg: string) => say("blankArgument", { arg }),
  cagrBegin: () => say("cagrBegin"),
  cagrEnd: () => say("cagrEnd"),
  cagrYears: () => say("cagrYears"),
  emptyRange: (arg: string) => say("emptyRange", { arg }),
  tooLarge: () => say("tooLarge"),
  notFinite: (arg: string) => say("notFinite", { arg }),
  unsupported: (arg: string) => say("unsupported", { arg }),
  notAFlag: (arg: string, text: string) => say("notAFlag", { arg, text }),
  inputError: (arg: string, code: string) => say("inputError", { arg, code }),
  unexpected: (detail: string) => say("unexpected", { detail }),
} as const;

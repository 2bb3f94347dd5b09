/**
 * Every message a FIN function can give, in one catalogue, in English and Simplified Chinese
 * (Excel shows them on hover with #VALUE! and #N/A). `{0}`, `{1}` … are the values named in
 * `MessageValues`, filled in when the message is built; argument names stay as they are written in
 * the formula, in both languages.
 */
const en = {
  notANumber: '{0}: "{1}" is not a number',
  notANumberBoolean: "{0}: {1} is not a number",
  shapes: "{0} is {1} and {2} is {3}: the shapes don't fit",
  raggedRange: "{0} has rows of different lengths",
  divisionByZero: "{0} is zero",
  negativeBase: "{0} is negative: the ratio has no meaning",
  positiveInteger: "{0} must be a whole number of at least 1, not {1}",
  scalarArgument: "{0} must be a single value",
  blankArgument: "{0} is blank",
  cagrBegin: "begin must be greater than 0",
  cagrEnd: "end must not be negative",
  cagrYears: "years must be greater than 0",
  emptyRange: "{0} is empty",
  tooLarge: "the result is too large to represent",
  notFinite: "{0} is not a finite number",
  unsupported: "{0}: unsupported value",
  notAFlag: '{0}: "{1}" is not TRUE or FALSE',
  inputError: "{0} holds {1}",
  unexpected: "unexpected input: {0}",
} as const;

export type MessageKey = keyof typeof en;

/** What fills each message's `{0}`, `{1}` …, in order (types only: nothing of it is in the bundle). */
export interface MessageValues {
  notANumber: [arg: string, text: string];
  notANumberBoolean: [arg: string, value: "TRUE" | "FALSE"];
  shapes: [a: string, aShape: string, b: string, bShape: string];
  raggedRange: [arg: string];
  divisionByZero: [arg: string];
  negativeBase: [arg: string];
  positiveInteger: [arg: string, value: number];
  scalarArgument: [arg: string];
  blankArgument: [arg: string];
  cagrBegin: [];
  cagrEnd: [];
  cagrYears: [];
  emptyRange: [arg: string];
  tooLarge: [];
  notFinite: [arg: string];
  unsupported: [arg: string];
  notAFlag: [arg: string, text: string];
  inputError: [arg: string, code: string];
  unexpected: [detail: string];
}
export type MessageLanguage = "en" | "zh-CN";

export const messageCatalogue: Readonly<
  Record<MessageLanguage, Readonly<Record<MessageKey, string>>>
> = {
  en,
  "zh-CN": {
    notANumber: "{0}：“{1}”不是数字",
    notANumberBoolean: "{0}：{1} 不是数字",
    shapes: "{0} 是 {1}，{2} 是 {3}：两者形状不匹配",
    raggedRange: "{0} 的各行长度不一致",
    divisionByZero: "{0} 为零",
    negativeBase: "{0} 为负数：比率没有意义",
    positiveInteger: "{0} 必须是不小于 1 的整数，而不是 {1}",
    scalarArgument: "{0} 必须是单个值",
    blankArgument: "{0} 为空",
    cagrBegin: "begin 必须大于 0",
    cagrEnd: "end 不能为负数",
    cagrYears: "years 必须大于 0",
    emptyRange: "{0} 是空区域",
    tooLarge: "结果太大，无法表示",
    notFinite: "{0} 不是有限数值",
    unsupported: "{0}：不支持的值",
    notAFlag: "{0}：“{1}”不是 TRUE 或 FALSE",
    inputError: "{0} 含有 {1}",
    unexpected: "意外的输入：{0}",
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

/** The catalogue's `key` in `lang`, its `{0}`, `{1}` … filled from `values`. */
export function messageIn<K extends MessageKey>(
  lang: MessageLanguage,
  key: K,
  ...values: MessageValues[K]
): string {
  return messageCatalogue[lang][key].replace(/\{(\d)\}/g, (_, i: string) =>
    String(values[Number(i)])
  );
}

/** A message of the metrics, in the chosen language. */
export function say<K extends MessageKey>(key: K, ...values: MessageValues[K]): string {
  return messageIn(language(), key, ...values);
}

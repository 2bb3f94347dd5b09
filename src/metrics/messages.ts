/** Every message a metric can give, in one catalogue (English; Excel shows them on hover). */
export const messages = {
  notANumber: (arg: string, text: string) => `${arg}: "${text}" is not a number`,
  notANumberBoolean: (arg: string, value: boolean) =>
    `${arg}: ${value ? "TRUE" : "FALSE"} is not a number`,
  shapes: (a: string, aShape: string, b: string, bShape: string) =>
    `${a} is ${aShape} and ${b} is ${bShape}: the shapes don't fit`,
  divisionByZero: (arg: string) => `${arg} is zero`,
  negativeBase: (arg: string) => `${arg} is negative: the ratio has no meaning`,
  positiveInteger: (arg: string, value: number) =>
    `${arg} must be a whole number of at least 1, not ${value}`,
  scalarArgument: (arg: string) => `${arg} must be a single value`,
  blankArgument: (arg: string) => `${arg} is blank`,
  cagrBegin: "begin must be greater than 0",
  cagrEnd: "end must not be negative",
  cagrYears: "years must be greater than 0",
  emptyRange: (arg: string) => `${arg} is empty`,
  tooLarge: "the result is too large to represent",
  notFinite: (arg: string) => `${arg} is not a finite number`,
  unsupported: (arg: string) => `${arg}: unsupported value`,
  notAFlag: (arg: string, text: string) => `${arg}: "${text}" is not TRUE or FALSE`,
  inputError: (arg: string, code: string) => `${arg} holds ${code}`,
} as const;

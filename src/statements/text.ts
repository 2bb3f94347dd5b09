/** Text clean-up shared by the parsers, so one set of patterns reads what every input method types. */

/** Full-width forms typed by Chinese input methods (２０２１, （１）, ：) become ASCII. */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/[\u2212\u2012\u2013]/g, "-")
    .replace(/[\u2018\u2019\u2032]/g, "'");
}

/** Lower case, half width, single spaces: the form every pattern is written against. */
export function simplify(text: string): string {
  return halfWidth(text).toLowerCase().replace(/\s+/g, " ").trim();
}

export function hasCjk(text: string): boolean {
  return /[\u3400-\u9fff]/.test(text);
}

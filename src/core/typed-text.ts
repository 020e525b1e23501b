/**
 * Whether Excel would read a text as something else than text when it is written as a string
 * through `Range.values` or `Range.formulas`. Excel parses such a string as if a person typed it in
 * an en-US Excel (OfficeDev/office-js #1559 and #229, the d.ts of Range.values; the workbench's
 * host-rules.ts `writeParseLocale`): "9/12" becomes 12 September, "1.400" 1.4, "5%" 0.05, "TRUE" a
 * boolean, "#N/A" an error. A text for which this says true is written with Excel's quote prefix
 * (core/literal.ts) so it stays the text it was.
 *
 * Conservative on purpose: a false "true" only costs an invisible apostrophe on a text, while a
 * false "false" turns a person's words into a date. So anything made only of digits and the
 * characters numbers, dates, times, fractions and currencies are typed with is taken as parsed,
 * whether or not en-US Excel really accepts that exact shape ("1.400.000" is text in en-US Excel;
 * it is still protected). Words other than English month and day names, AM/PM and "E" of a
 * scientific number keep a text a text: "9/14 xã", "khoảng 4%", "Quý 1/2026" are left alone
 * (Excel's typed-date parser knows no Vietnamese word: a GUESS from en-US Excel behaviour; the
 * month names it knows are the English ones).
 */

/** Excel's error values, which a typed "#N/A" becomes. */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

/** Characters a number, date, time, fraction or currency amount is typed with (besides digits). */
const FIGURE_CHARS = /^[\d\s.,:/\-+()%$€£¥₫]*$/;

/** English month names Excel's date parser knows, full and short ("Sep", "Sept"). */
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** A word that may stand in a date or time Excel recognises: a month, a weekday, AM/PM. */
function isDateWord(word: string): boolean {
  const w = word.toLowerCase();
  if (w === "am" || w === "pm" || w === "a" || w === "p" || w === "sept") return true;
  const known = (names: readonly string[]): boolean =>
    names.some((n) => n === w || (w.length >= 3 && n.startsWith(w)));
  return known(MONTHS) || known(DAYS);
}

/**
 * True when Excel (en-US parsing) would store `text`, written as a string, as a number, a date,
 * a time, a boolean or an error rather than as this text.
 */
export function excelReadsAsNonText(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  const upper = t.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return true;
  if (ERROR_VALUES.has(upper)) return true;
  if (!/\d/.test(t)) return false;
  // Scientific notation: "1E5", "1,5e-3" — the E between digits is part of a number.
  const withoutExponent = t.replace(/(\d)[eE]([+-]?\d)/g, "$1$2");
  if (FIGURE_CHARS.test(withoutExponent)) return true;
  // Dates and times with English words: "12-Sep", "Sep 12, 2026", "9 AM", "Monday, 9/12".
  const words = withoutExponent.split(/[\d\s.,:/\-+()%$€£¥₫]+/).filter((w) => w !== "");
  return words.length > 0 && words.every(isDateWord);
}

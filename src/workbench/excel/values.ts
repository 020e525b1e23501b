/**
 * Conversions between what the API takes and returns and what WorkbookState stores:
 * colours, 2-D arrays and their shape rule, cell writes through `values` / `formulas`,
 * and locale-shaped formulas for `formulasLocal`.
 */
import { formatAfterTyping, parseTyped, type Locale } from "../numfmt";
import { signedTextAsFormula } from "../host-rules";
import { StateError, type WorkbookState } from "../state";
import { rectColumns, rectRows, type Rect } from "./address";
import { MESSAGES, RichApiError } from "./errors";

const NAMED_COLOURS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
  lightgreen: "#90EE90",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  pink: "#FFC0CB",
};

/** "#c6efce", "C6EFCE", "red" → "#C6EFCE"; anything else is an InvalidArgument. */
export function normalizeColour(input: unknown, location: string): string {
  if (typeof input !== "string")
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, location);
  const named = NAMED_COLOURS[input.trim().toLowerCase()];
  if (named) return named;
  const m = /^#?([0-9a-fA-F]{6})$/.exec(input.trim());
  if (!m || m[1] === undefined) throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, location);
  return `#${m[1].toUpperCase()}`;
}

/**
 * Applies Excel's shape rule to a value written to a range property: a scalar or a 1×1 array
 * goes to every cell; otherwise the array must be exactly rows × columns (OFFICE-NOTES §2).
 * Returns a getter by offset inside the range.
 */
export function shapeFor<T>(value: unknown, rect: Rect, location: string): (r: number, c: number) => T {
  if (!Array.isArray(value)) return () => value as T;
  const rows = value as unknown[];
  const first = rows[0];
  if (rows.length === 1 && Array.isArray(first) && first.length === 1) return () => first[0] as T;
  const ok =
    rows.length === rectRows(rect) &&
    rows.every((row) => Array.isArray(row) && row.length === rectColumns(rect));
  if (!ok) throw new RichApiError("InvalidArgument", MESSAGES.shapeMismatch, location);
  return (r, c) => (rows[r] as unknown[])[c] as T;
}

/**
 * One cell written through `values`, `formulas` or `formulasLocal`. null leaves the cell alone; ""
 * clears the value and resets the number format; "=…" is a formula. Other strings are parsed as if
 * typed in `locale` (writeParseLocale: en-US but for `formulasLocal`), and the cell's format
 * follows as after typing (formatAfterTyping): "9/12" is 12 September with "d-mmm", "5%" 0.05
 * with "0%", "37.067" 37.067.
 */
export function writeCell(
  state: WorkbookState,
  sheetId: string,
  row: number,
  col: number,
  value: unknown,
  locale: Locale,
): void {
  if (value === null || value === undefined) return;
  if (value === "") {
    state.setInput(sheetId, row, col, null);
    state.setNumberFormat(sheetId, row, col, "General");
    return;
  }
  if (typeof value === "number" || typeof value === "boolean") {
    state.setInput(sheetId, row, col, value);
    return;
  }
  if (typeof value !== "string") throw new StateError("InvalidArgument", MESSAGES.invalidArgument);
  const parsed = parseTyped(value, locale);
  const asFormula = parsed.kind === "text" && !parsed.quotePrefix ? signedTextAsFormula(value) : null;
  const typed = asFormula === null ? parsed : parseTyped(asFormula, locale);
  switch (typed.kind) {
    case "empty":
      state.setInput(sheetId, row, col, null);
      return;
    case "formula":
      state.setInput(sheetId, row, col, typed.formula);
      return;
    case "boolean":
      state.setInput(sheetId, row, col, typed.value);
      return;
    case "text":
      state.setInput(sheetId, row, col, typed.text, typed.quotePrefix);
      return;
    case "number": {
      state.setInput(sheetId, row, col, typed.value);
      const current = state.record(sheetId, row, col)?.numberFormat ?? "General";
      const format = formatAfterTyping(current, typed.numberFormat);
      if (format !== current) state.setNumberFormat(sheetId, row, col, format);
      return;
    }
  }
}

/** Maps over the parts of a formula outside string literals. */
function outsideStrings(formula: string, fn: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join("");
}

/** en-US formula → how a person in that locale sees it (vi: ";" between arguments, "," decimals). */
export function localizeFormula(formula: string, locale: Locale): string {
  if (locale === "en") return formula;
  return outsideStrings(formula, (p) => p.replace(/,/g, ";").replace(/(\d)\.(\d)/g, "$1,$2"));
}

/** The reverse of localizeFormula, for writes to `formulasLocal`. */
export function delocalizeFormula(formula: string, locale: Locale): string {
  if (locale === "en") return formula;
  return outsideStrings(formula, (p) => p.replace(/(\d),(\d)/g, "$1.$2").replace(/;/g, ","));
}

/**
 * The one place that decides whether a text is written as text. Plans (SheetPlan, Block) carry a
 * formula as a string starting with "="; a text that came from a person or a file (an indicator
 * name, a unit, a note, a plan text, a "Đơn vị:" line) must never be taken for one, so every such
 * text goes through `literalCellValue` before it is put into a block. Only formulas that core builds
 * are written as formulas.
 *
 * The same holds for a text Excel would parse as a number, a date or a boolean ("9/12", "1.400",
 * "5%", "TRUE"; typed-text.ts decides which).
 *
 * The marker is Excel's own: a leading apostrophe (the "quote prefix") means "this is text". Excel
 * (and Office.js `values`/`formulas`) store "'=1+1" as the text "=1+1"; the CLI's xlsx writer strips
 * the apostrophe and writes a plain string (see `cellTextOf`).
 */

import { excelReadsAsNonText } from "./typed-text";

/**
 * Leading characters that make Excel (or a spreadsheet opening a CSV) read a cell as a formula or
 * a DDE call: OWASP's list (= + - @ tab CR) plus LF, the full-width forms East Asian IMEs type
 * (Excel takes "＝1+1" as a formula in those locales; a guess for other locales, so kept), and "'"
 * itself, so that a text which really starts with an apostrophe keeps it.
 */
const FORMULA_LEADS = new Set(["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠", "'"]);

/** True when a text written as is could be read as a formula (or lose its leading apostrophe). */
export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_LEADS.has(text.charAt(0));
}

/**
 * A person's or a file's text as a cell content that is written as that text, never evaluated
 * nor parsed: "=HYPERLINK(…)" → "'=HYPERLINK(…)", "- Tỷ lệ" → "'- Tỷ lệ", "9/12" → "'9/12" (Excel
 * would store 12 September), "1.400" → "'1.400" (1.4), "TRUE" → "'TRUE"; "Hà Nội" → "Hà Nội".
 * Whether the apostrophe keeps a date-like or number-like string a text when written through
 * `values`/`formulas` in real Excel is Excel's documented behaviour for typing, which the API
 * follows for strings ("as if typed", typed-text.ts); that it does so for the API too is a GUESS
 * backed by OfficeDev/office-js #6687 (a text typed as "'=…" is stored as text, and `formulas`
 * reads it back without the apostrophe).
 */
export function literalCellValue(text: string): string {
  return looksLikeFormula(text) || excelReadsAsNonText(text) ? `'${text}` : text;
}

/** A cell content as the writer must put it: a formula core built, or a text (quote prefix removed). */
export type CellWrite =
  { kind: "formula"; formula: string } | { kind: "text"; text: string; quoted: boolean };

/**
 * How a string content of a plan is written: "=…" is a formula core built; "'…" is a literal text
 * (the apostrophe is the marker, not part of the text); anything else is plain text.
 */
export function cellWriteOf(content: string): CellWrite {
  if (content.startsWith("=")) return { kind: "formula", formula: content };
  if (content.startsWith("'")) return { kind: "text", text: content.slice(1), quoted: true };
  return { kind: "text", text: content, quoted: false };
}

/**
 * A CSV field that a spreadsheet opening the file will not evaluate (OWASP "CSV injection"): a
 * leading = + - @ tab CR is escaped with an apostrophe. Only texts go through it: a number core
 * writes ("-5") is written by the caller as a number.
 */
export function csvTextField(text: string): string {
  return looksLikeFormula(text) && !text.startsWith("'") ? `'${text}` : text;
}

/** `literalCellValue` on a text, other contents (numbers, booleans, empty) as they are. */
export function literalContent<T extends string | number | boolean | null>(content: T): T | string {
  return typeof content === "string" ? literalCellValue(content) : content;
}

/** What Excel puts in the editor (and the formula bar) for a cell. */
import type { CellView, Locale, Rect } from "../state";
import { cellA1, rectA1 } from "../excel/address";
import { isDateCode, shortDate } from "../datefmt";

export function editText(cell: CellView, locale: Locale): string {
  const { input, value } = cell;
  if (cell.isFormula && typeof input === "string") return input;
  if (cell.quotePrefix && typeof input === "string") return `'${input}`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number" && Number.isInteger(value) && value > 0 && isDateCode(cell.numberFormat)) {
    // Excel edits a date as the system short date ("09/12/2026" in vi), so Enter keeps it a date.
    return shortDate(value, locale);
  }
  if (typeof value === "number") {
    // Percent-formatted cells are edited as "117.33%", like Excel; no grouping in the editor.
    const percent = cell.numberFormat.includes("%");
    const raw = String(percent ? Number((value * 100).toPrecision(15)) : value);
    const local = locale === "vi" ? raw.replace(".", ",") : raw;
    return percent ? `${local}%` : local;
  }
  return value === null ? "" : String(input ?? value);
}

export const addressOf = (row: number, col: number): string => cellA1(row, col);
export const rectAddress = (rect: Rect): string => rectA1(rect);

/** The marks statistical tables print for no figure, apart so any module may read them (no imports). */
import type { CellValue } from "./model";

/**
 * A lone dash, or the "…" / "..." statistical tables print, for a figure not (yet) given; a lone
 * "x" / "X", which they print for "not applicable". (A yes/no row reads "x" as a tick before this.)
 */
export function isNoFigure(raw: CellValue): boolean {
  return typeof raw === "string" && NO_FIGURE_MARKS.includes(raw.trim());
}
/** The marks isNoFigure reads, spaces trimmed: the sheet's formulas test the same list. */
export const NO_FIGURE_MARKS: readonly string[] = ["-", "–", "—", "…", "..", "...", "x", "X"];

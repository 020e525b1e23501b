/**
 * What a merged sheet knows of its rows the merge could not combine, read back from the sheet
 * itself, so that Tính toán on a merged sheet keeps them "Không tổng hợp được" instead of turning
 * them into "Chưa có số liệu".
 *
 * The knowledge lives in the verdict formula the merge wrote (formulas.ts labelsOf):
 * `IF(COUNT(I7:K7)>=2,"Không tổng hợp được",…)`. A formula is kept by a save and reopen in Excel
 * and in the CLI's xlsx, and Excel moves its references when rows or columns are inserted, so the
 * test stays on the row and unit columns it was written for. A merged sheet computed again gets
 * the same test back (plan.ts options.notCombined), so it survives any number of Tính toán, and a
 * switch of language (either label is recognised). Cleared verdict cells forget it: they are ours.
 */
import type { NotCombinedContext } from "./formulas";
import type { TableRead } from "./model";
import { planColumns } from "./plan";
import { NOT_COMBINED_LABEL } from "./summary-text";

const CELL = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const LABELS = [NOT_COMBINED_LABEL.vi, NOT_COMBINED_LABEL.en].map((l) => `"${l}"`).join("|");
/** The live test and the label, as labelsOf writes them. */
const UNITS_GAVE = new RegExp(String.raw`IF\((COUNTA?\(${CELL}(?::${CELL})?\)>=\d+),(?:${LABELS})[,)]`);

/** The merge's test in one verdict formula, or null when the formula has none. */
export function unitsGaveOf(formula: unknown): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  return UNITS_GAVE.exec(formula)?.[1] ?? null;
}

/**
 * The rows of `read` whose verdict cell holds a merge's "not combined" test, by sheet row, with
 * that test; empty for a sheet no merge wrote. `formulaAt` gives a cell's formula (or value).
 */
export function notCombinedFromSheet(
  read: TableRead,
  formulaAt: (row: number, col: number) => unknown,
): Map<number, NotCombinedContext> {
  const found = new Map<number, NotCombinedContext>();
  const verdictCol = planColumns(read.layout).verdict;
  if (verdictCol === undefined) return found;
  for (const group of read.table.groups) {
    for (const row of group.rows) {
      const unitsGave = unitsGaveOf(formulaAt(row.sheetRow, verdictCol));
      if (unitsGave !== null) found.set(row.sheetRow, { unitsGave });
    }
  }
  return found;
}

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
import { countedApart } from "./merge";
import type { TableCheck, TableRead, Text } from "./model";
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

/** Why a row read back as not combined is so: the sheet keeps the test, not the merge's reason. */
export const NOT_COMBINED_ON_SHEET: Text = {
  vi: "bảng tổng hợp: các đơn vị đều có số liệu nhưng không tổng hợp được thành một số",
  en: "merged sheet: every unit gave a figure, but they could not be combined into one",
};

/**
 * `check` of a merged sheet with its rows not combined counted apart, as checkMerged counts them
 * when merging: a row whose verdict cell holds the merge's test and shows the label now (every unit
 * still gives its figure), and which core leaves unjudged ("chưa có số liệu", "không giao kế
 * hoạch"). Unchanged for any other sheet.
 */
export function checkedApart(
  check: TableCheck,
  formulaAt: (row: number, col: number) => unknown,
  valueAt: (row: number, col: number) => unknown,
): TableCheck {
  const verdictCol = planColumns(check.read.layout).verdict;
  if (verdictCol === undefined) return check;
  const labels: unknown[] = [NOT_COMBINED_LABEL.vi, NOT_COMBINED_LABEL.en];
  const apart = new Map<number, Text>();
  for (const [row] of notCombinedFromSheet(check.read, formulaAt)) {
    const verdict = check.results.get(row)?.verdict;
    const unjudged = verdict === "chua_co_so_lieu" || verdict === "khong_giao_ke_hoach";
    if (unjudged && labels.includes(valueAt(row, verdictCol))) apart.set(row, NOT_COMBINED_ON_SHEET);
  }
  return apart.size === 0 ? check : countedApart(check, apart);
}

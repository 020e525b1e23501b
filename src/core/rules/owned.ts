/** owned_column_has_user_value: a typed constant where our formula belongs. */
import { toA1 } from "../a1";
import type { CellValue, ComputedColumn, Finding, Settings, TableLayout } from "../model";
import { COMPUTED_COLUMNS } from "../model";
import { formatNumber } from "../numbers";
import { cellFinding } from "./finding";

/** What the Excel adapter read from a computed-column cell. */
export interface OwnedCell {
  row: number;
  col: number;
  formula: string | null;
  value: CellValue;
}

/** Excel reports a constant's "formula" as the constant itself; only "=…" is a formula. */
function isFormula(formula: string | null): boolean {
  return formula !== null && formula.trimStart().startsWith("=");
}

function isEmpty(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * The typed value as the message shows it: a number in the workbook's convention; text as typed,
 * in quotes, since it may say anything. A non-finite number cannot be held in a cell: Excel shows
 * it as #NUM!.
 */
function shownValue(value: CellValue, settings: Settings): string {
  if (typeof value === "number")
    return Number.isFinite(value) ? formatNumber(value, settings.convention, 4) : "#NUM!";
  return `"${String(value)}"`;
}

/**
 * Only indicator rows are ours: group headings inside the table keep whatever the user put there,
 * since the write plan leaves them as they are.
 */
export function ownedColumnValues(
  layout: TableLayout,
  indicatorRows: ReadonlySet<number>,
  cells: readonly OwnedCell[],
  settings: Settings,
): Finding[] {
  const byCol = new Map<number, ComputedColumn>();
  for (const column of COMPUTED_COLUMNS) {
    const col = layout.columns[column];
    if (col !== undefined) byCol.set(col, column);
  }
  const out: Finding[] = [];
  for (const owned of cells) {
    const column = byCol.get(owned.col);
    if (column === undefined || !indicatorRows.has(owned.row)) continue;
    if (isFormula(owned.formula) || isEmpty(owned.value)) continue;
    const { value } = owned;
    out.push(
      cellFinding(
        "owned_column_has_user_value",
        "warning",
        { row: owned.row, col: owned.col, address: toA1(owned.row, owned.col) },
        column,
        () => ({ shown: shownValue(value, settings) }),
      ),
    );
  }
  return out;
}

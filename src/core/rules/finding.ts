/** Building findings that point at a cell of an indicator row. */
import type {
  CellRef,
  ColumnKey,
  Finding,
  FindingCode,
  Fix,
  IndicatorRow,
  InputColumn,
  Severity,
} from "../model";
import { msg, type MessageParams } from "../messages/index";

/**
 * Where a finding points: the row's cell in that column. When the table has no such column, the
 * row's name cell, so the pane can still take the user to the row, and the message says
 * "Dòng 7" / "Row 7" rather than naming a cell of another column.
 */
export function locate(
  row: IndicatorRow,
  column: InputColumn,
): { cell: CellRef | null; params: MessageParams } {
  const own = row.cells[column];
  if (own) return { cell: own, params: { cell: own.address } };
  return { cell: row.cells.name ?? null, params: { row: row.sheetRow + 1 } };
}

export function rowFinding(
  code: FindingCode,
  severity: Severity,
  row: IndicatorRow,
  column: InputColumn,
  params: MessageParams,
  fix: Fix | null = null,
): Finding {
  const { cell, params: where } = locate(row, column);
  return { code, severity, cell, column, message: msg(code, { ...params, ...where, column }), fix };
}

export function cellFinding(
  code: FindingCode,
  severity: Severity,
  cell: CellRef,
  column: ColumnKey,
  params: MessageParams,
): Finding {
  return {
    code,
    severity,
    cell,
    column,
    message: msg(code, { ...params, cell: cell.address, column }),
    fix: null,
  };
}

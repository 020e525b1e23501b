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
  Text,
} from "../model";
import { lazyText, msg, type MessageParams } from "../messages/index";

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

/** What a rule gives for a row it finds nothing on (most rows): one array for all, never written to. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** A message's values, or a function giving them: figures are then formatted only when it is read. */
export type LazyParams = MessageParams | (() => MessageParams);

function paramsOf(params: LazyParams): MessageParams {
  return typeof params === "function" ? params() : params;
}

/** The finding with its sentence built on first read (messages/index.ts, lazyText). */
function finding(
  code: FindingCode,
  severity: Severity,
  cell: CellRef | null,
  column: ColumnKey,
  fix: Fix | null,
  message: () => Text,
): Finding {
  return lazyText({ code, severity, cell, column, fix } as Finding, "message", message);
}

export function rowFinding(
  code: FindingCode,
  severity: Severity,
  row: IndicatorRow,
  column: InputColumn,
  params: LazyParams,
  fix: Fix | null = null,
): Finding {
  const cell = row.cells[column] ?? row.cells.name ?? null;
  return finding(code, severity, cell, column, fix, () =>
    msg(code, { ...paramsOf(params), ...locate(row, column).params, column }),
  );
}

export function cellFinding(
  code: FindingCode,
  severity: Severity,
  cell: CellRef,
  column: ColumnKey,
  params: LazyParams,
): Finding {
  return finding(code, severity, cell, column, null, () =>
    msg(code, { ...paramsOf(params), cell: cell.address, column }),
  );
}

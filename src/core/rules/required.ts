/** Rules on what a row must have: a name, a plan, a unit, and a direction where it matters. */
import type { Finding, IndicatorRow, IndicatorTable, TableLayout } from "../model";
import { msg } from "../messages/index";
import { isCompositionShare } from "../compute";
import { NO_FINDINGS, rowFinding } from "./finding";
import { hintsLowerIsBetter, isBlank } from "./text";

function hasName(row: IndicatorRow): boolean {
  return row.name.trim() !== "";
}

function hasActual(row: IndicatorRow): boolean {
  return row.actual !== null || row.actualYesNo !== null;
}

function hasAnyFigure(row: IndicatorRow): boolean {
  return (
    hasActual(row) ||
    row.target !== null ||
    row.prior !== null ||
    row.stretch !== null ||
    !isBlank(row.raw.plan)
  );
}

/** empty_required: figures with no indicator name cannot be reported or counted. */
export function emptyRequired(row: IndicatorRow): readonly Finding[] {
  if (hasName(row) || !hasAnyFigure(row)) return NO_FINDINGS;
  return [rowFinding("empty_required", "error", row, "name", {})];
}

/**
 * missing_plan: no target, so no verdict. At most a warning: many indicators are reported against
 * the prior year only (seed 000's revenue), and they are "Không giao kế hoạch", not an error. A
 * plan cell with unreadable text is the reader's unreadable_target, not this.
 */
export function missingPlan(row: IndicatorRow): readonly Finding[] {
  if (!hasName(row) || row.target !== null || !isBlank(row.raw.plan)) return NO_FINDINGS;
  // An empty template row is still being filled: say it, but do not paint 45 cells yellow.
  const severity = hasActual(row) || row.prior !== null || row.stretch !== null ? "warning" : "info";
  return [
    rowFinding("missing_plan", severity, row, "plan", { name: row.name, hasActual: hasActual(row) ? 1 : 0 }),
  ];
}

/** missing_unit: a figure without a unit cannot be read right. Yes/no rows have no unit. */
export function missingUnit(row: IndicatorRow): readonly Finding[] {
  if (!hasName(row) || row.kind === "yesno" || row.target?.kind === "yesno") return NO_FINDINGS;
  if (row.unit.trim() !== "") return NO_FINDINGS;
  return [rowFinding("missing_unit", "warning", row, "unit", { name: row.name })];
}

/**
 * missing_direction: the direction was left empty and defaulted to "up", though the row looks
 * like it may not be: its name speaks of accidents, poverty, violations… or it is a structure
 * share (a share may be meant to shrink; one planned as a figure is then judged as a composition,
 * which the message says instead). Limits, ranges and relative targets carry their own
 * direction; "all" and yes/no targets do not need one.
 */
export function missingDirection(row: IndicatorRow): readonly Finding[] {
  if (!hasName(row) || !isBlank(row.raw.direction) || row.direction !== "up") return NO_FINDINGS;
  if (row.kind === "yesno") return NO_FINDINGS;
  const target = row.target;
  if (target === null || (target.kind !== "value" && target.kind !== "approx")) return NO_FINDINGS;
  if (row.kind !== "structure" && !hintsLowerIsBetter(row.name)) return NO_FINDINGS;
  const noColumn = row.cells.direction === undefined ? 1 : 0;
  // A share with no direction is judged as a planned composition, not "higher is better": say so.
  const composition = isCompositionShare(row) ? 1 : 0;
  return [
    rowFinding("missing_direction", "info", row, "direction", { name: row.name, noColumn, composition }),
  ];
}

/** Input columns whose absence is one finding for the whole table, not one per row. */
export type TableLevelColumn = "plan" | "unit" | "actual";

/**
 * A table with no Thực hiện column (its header unread, as "Thực hiện quý I/2021" once was): every
 * row is "Chưa có số liệu", which says nothing of why. A term table keeps its actuals in year
 * columns and a partial-period table may have only its "Ước thực hiện cả năm".
 */
export function lacksActualColumn(layout: TableLayout): boolean {
  return (
    layout.columns.actual === undefined &&
    layout.columns.yearEstimate === undefined &&
    layout.term === undefined
  );
}

/**
 * A table with no Kế hoạch (or no Đơn vị) column at all: one finding for the table instead of one
 * per row, which would bury everything else. Rows are then not checked for that cell.
 */
export function missingColumns(
  layout: TableLayout,
  table: IndicatorTable,
): { findings: Finding[]; absent: Set<TableLevelColumn> } {
  const absent = new Set<TableLevelColumn>();
  const findings: Finding[] = [];
  const noPlan = layout.columns.plan === undefined;
  const noUnit = layout.columns.unit === undefined;
  const noActual = lacksActualColumn(layout);
  if (!noPlan && !noUnit && !noActual) return { findings, absent };
  const rows = table.groups.flatMap((g) => g.rows).filter(hasName);
  if (rows.length === 0) return { findings, absent };
  if (noActual) {
    absent.add("actual");
    findings.push(missingColumnFinding("actual"));
  }
  if (noPlan) {
    absent.add("plan");
    findings.push(missingColumnFinding("plan"));
  }
  if (noUnit && rows.some((r) => r.kind !== "yesno" && r.unit.trim() === "")) {
    absent.add("unit");
    findings.push(missingColumnFinding("unit"));
  }
  return { findings, absent };
}

/** The table-level warning that a column is absent (said once for the table, not per row). */
export function missingColumnFinding(column: TableLevelColumn): Finding {
  const code = column === "plan" ? "missing_plan" : column === "unit" ? "missing_unit" : "empty_required";
  return { code, severity: "warning", cell: null, column, message: msg(code, { table: 1 }), fix: null };
}

/**
 * checkTable: compute every row, run every validation rule, summarize. The rules themselves live
 * in rules/*.ts, one family per file; this module only wires them in order.
 */
import { computeRow } from "./compute";
import type {
  Finding,
  IndicatorGroup,
  IndicatorRow,
  RowResult,
  Settings,
  TableCheck,
  TableRead,
} from "./model";
import { negativeCounts, ratesOutOfRange, thousandsSlips } from "./rules/figures";
import { duplicateNames, sharesOver100 } from "./rules/groups";
import { ownedColumnValues, type OwnedCell } from "./rules/owned";
import { priorOutlier } from "./rules/prior";
import { reportedPct } from "./rules/reported";
import {
  emptyRequired,
  missingColumns,
  missingDirection,
  missingPlan,
  missingUnit,
  type TableLevelColumn,
} from "./rules/required";
import { summarize } from "./summary";

export { PRIOR_OUTLIER_PCT } from "./rules/prior";
export { SLIP_RATIO_MAX, SLIP_RATIO_MIN, figuresOf, hasExactlyThreeDecimals } from "./rules/figures";
export { isCountUnit, foldText } from "./rules/text";
export type { OwnedCell } from "./rules/owned";

export interface CheckExtra {
  /** What the computed-column cells of the table hold, as the Excel adapter read them. */
  ownedCells?: OwnedCell[];
}

/** What the row rules need to know about the rest of the table. */
export interface RowContext {
  /**
   * Addresses of cells whose value the reader could not be sure of (ambiguous separators): rules
   * that judge a value's size leave them alone, since the value may be the other reading.
   */
  doubtful: ReadonlySet<string>;
  /** Columns the whole table lacks; said once for the table, not on every row. */
  absentColumns: ReadonlySet<TableLevelColumn>;
}

const NO_CONTEXT: RowContext = { doubtful: new Set(), absentColumns: new Set() };

const FIGURE_COLUMNS = ["plan", "stretch", "actual", "prior"] as const;

function columnsOf(findings: readonly Finding[]): string[] {
  return findings.flatMap((f) => (f.column === null ? [] : [f.column]));
}

/** Every rule that looks at one row, given its computed result. */
export function rowFindings(
  row: IndicatorRow,
  result: RowResult,
  settings: Settings,
  context: RowContext = NO_CONTEXT,
): Finding[] {
  const slips = thousandsSlips(row, settings);
  const unsure = FIGURE_COLUMNS.filter((c) => {
    const address = row.cells[c]?.address;
    return address !== undefined && context.doubtful.has(address);
  });
  // A figure with a finding of its own already says what is wrong with it: one finding per mistake.
  const explained = new Set<string>([...columnsOf(slips), ...unsure]);
  const negatives = negativeCounts(row, settings, explained);
  const rates = ratesOutOfRange(row, settings, explained);
  const judged = new Set<string>([...explained, ...columnsOf(negatives), ...columnsOf(rates)]);
  return [
    ...emptyRequired(row),
    ...(context.absentColumns.has("plan") ? [] : missingPlan(row)),
    ...(context.absentColumns.has("unit") ? [] : missingUnit(row)),
    ...missingDirection(row),
    ...slips,
    ...negatives,
    ...rates,
    ...priorOutlier(row, result, settings, judged),
    ...reportedPct(row, result, settings, judged),
  ];
}

/** Every rule that looks across the rows of one group. */
export function groupFindings(group: IndicatorGroup, settings: Settings): Finding[] {
  return [...sharesOver100(group, settings), ...duplicateNames(group)];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Sheet order (top to bottom, left to right), findings without a cell last; stable otherwise. */
function byPosition(a: Finding, b: Finding): number {
  const ra = a.cell?.row ?? Number.MAX_SAFE_INTEGER;
  const rb = b.cell?.row ?? Number.MAX_SAFE_INTEGER;
  if (ra !== rb) return ra - rb;
  const ca = a.cell?.col ?? Number.MAX_SAFE_INTEGER;
  const cb = b.cell?.col ?? Number.MAX_SAFE_INTEGER;
  if (ca !== cb) return ca - cb;
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

function doubtfulCells(findings: readonly Finding[]): Set<string> {
  return new Set(
    findings.flatMap((f) => (f.code === "ambiguous_separator" && f.cell ? [f.cell.address] : [])),
  );
}

export function checkTable(read: TableRead, settings: Settings, extra: CheckExtra = {}): TableCheck {
  const columns = missingColumns(read.layout, read.table);
  const context: RowContext = { doubtful: doubtfulCells(read.findings), absentColumns: columns.absent };
  const results = new Map<number, RowResult>();
  const found: Finding[] = [...read.findings, ...columns.findings];
  for (const group of read.table.groups) {
    for (const row of group.rows) {
      const result = computeRow(row, settings);
      results.set(row.sheetRow, result);
      found.push(...result.reasons, ...rowFindings(row, result, settings, context));
    }
    found.push(...groupFindings(group, settings));
  }
  const indicatorRows = new Set(results.keys());
  found.push(...ownedColumnValues(read.layout, indicatorRows, extra.ownedCells ?? [], settings));
  return { read, results, findings: found.sort(byPosition), summary: summarize(read.table, results) };
}

/**
 * checkTable: compute every row, run every validation rule, summarize. The rules themselves live
 * in rules/*.ts, one family per file; this module only wires them in order.
 */
import { assertPeriodFits, effectivePeriod, judgeInPeriod } from "./period";
import type {
  Finding,
  IndicatorGroup,
  IndicatorRow,
  RowResult,
  Settings,
  TableCheck,
  TableRead,
} from "./model";
import { figuresOf, negativeCounts, ratesOutOfRange, thousandsSlips } from "./rules/figures";
import { directionInferred, type NewDirectionColumn } from "./rules/direction";
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
import { judgeTerm } from "./term";

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
  /** Where a fix would add the Chiều column the table lacks (null when it has one or none can be placed). */
  newDirectionColumn?: NewDirectionColumn | null;
}

const NO_CONTEXT: RowContext = { doubtful: new Set(), absentColumns: new Set() };

const FIGURE_COLUMNS = ["plan", "stretch", "actual", "prior"] as const;

/** Most rows have nothing explained: they share this one set rather than each making its own. */
const NOTHING: ReadonlySet<string> = new Set();

/** `explained` with the columns of `findings` added; the same set when there are none. */
function withColumns(explained: ReadonlySet<string>, findings: readonly Finding[]): ReadonlySet<string> {
  if (findings.length === 0) return explained;
  const out = new Set(explained);
  for (const f of findings) if (f.column !== null) out.add(f.column);
  return out;
}

function pushAll(out: Finding[], findings: readonly Finding[]): void {
  for (const f of findings) out.push(f);
}

/** Every rule that looks at one row, given its computed result. */
export function rowFindings(
  row: IndicatorRow,
  result: RowResult,
  settings: Settings,
  context: RowContext = NO_CONTEXT,
): Finding[] {
  const figures = figuresOf(row);
  const slips = thousandsSlips(row, settings, figures);
  let unsure: ReadonlySet<string> = NOTHING;
  if (context.doubtful.size > 0) {
    for (const c of FIGURE_COLUMNS) {
      const address = row.cells[c]?.address;
      if (address !== undefined && context.doubtful.has(address)) {
        if (unsure === NOTHING) unsure = new Set();
        (unsure as Set<string>).add(c);
      }
    }
  }
  // A figure with a finding of its own already says what is wrong with it: one finding per mistake.
  const explained = withColumns(unsure, slips);
  const negatives = negativeCounts(row, settings, explained, figures);
  const rates = ratesOutOfRange(row, settings, explained, figures);
  const judged = withColumns(withColumns(explained, negatives), rates);
  const out: Finding[] = [];
  pushAll(out, emptyRequired(row));
  if (!context.absentColumns.has("plan")) pushAll(out, missingPlan(row));
  if (!context.absentColumns.has("unit")) pushAll(out, missingUnit(row));
  pushAll(out, missingDirection(row));
  pushAll(out, directionInferred(row, context.newDirectionColumn ?? null));
  pushAll(out, slips);
  pushAll(out, negatives);
  pushAll(out, rates);
  pushAll(out, priorOutlier(row, result, settings, judged));
  pushAll(out, reportedPct(row, result, settings, judged));
  return out;
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

/** A table without Chiều gets one right of its last header column, where nothing of the user's is. */
function newDirectionColumn(read: TableRead): NewDirectionColumn | null {
  const { layout } = read;
  if (layout.columns.direction !== undefined) return null;
  const used = Object.values(layout.columns).filter((c): c is number => c !== undefined);
  return { col: Math.max(layout.lastCol ?? -1, ...used) + 1, headerRow: layout.headerTop };
}

export function checkTable(read: TableRead, settings: Settings, extra: CheckExtra = {}): TableCheck {
  assertPeriodFits(read, settings);
  const columns = missingColumns(read.layout, read.table);
  const context: RowContext = {
    doubtful: doubtfulCells(read.findings),
    absentColumns: columns.absent,
    newDirectionColumn: newDirectionColumn(read),
  };
  const results = new Map<number, RowResult>();
  const found: Finding[] = read.findings.slice();
  pushAll(found, columns.findings);
  const period = effectivePeriod(read.table, settings);
  for (const group of read.table.groups) {
    for (const row of group.rows) {
      const result = row.term !== undefined ? judgeTerm(row) : judgeInPeriod(row, settings, period);
      results.set(row.sheetRow, result);
      pushAll(found, result.reasons);
      pushAll(found, rowFindings(row, result, settings, context));
    }
    pushAll(found, groupFindings(group, settings));
  }
  const owned = extra.ownedCells ?? [];
  if (owned.length > 0) {
    const indicatorRows = new Set(results.keys());
    pushAll(found, ownedColumnValues(read.layout, indicatorRows, owned, settings));
  }
  return { read, results, findings: found.sort(byPosition), summary: summarize(read.table, results) };
}

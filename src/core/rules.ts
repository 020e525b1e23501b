/**
 * checkTable: compute every row, run every validation rule, summarize. The rules themselves live
 * in rules/*.ts, one family per file; this module only wires them in order.
 */
import { assertPeriodFits, effectivePeriod, judgeInPeriod } from "./period";
import type {
  CellRef,
  Finding,
  IndicatorGroup,
  IndicatorRow,
  RowResult,
  Settings,
  Summary,
  TableCheck,
  TableLayout,
  TableRead,
  TotalResult,
  Verdict,
  IndicatorTable,
} from "./model";
import {
  figureRulesMayFind,
  figuresOf,
  negativeCounts,
  ratesOutOfRange,
  thousandsSlips,
  type Figure,
} from "./rules/figures";
import { directionInferred, type NewDirectionColumn } from "./rules/direction";
import { duplicateNames, duplicateNamesIn, sharesOver100, type SeenNames } from "./rules/groups";
import { ownedColumnValues, type OwnedCell } from "./rules/owned";
import { priorOutlier } from "./rules/prior";
import { printedFigures, reportedPct } from "./rules/reported";
import {
  emptyRequired,
  lacksActualColumn,
  missingColumnFinding,
  missingColumns,
  missingDirection,
  missingPlan,
  missingUnit,
  type TableLevelColumn,
} from "./rules/required";
import { emptyCounts, summaryOfCounts } from "./summary";
import type { TableRows } from "./table";
import { judgeTerm } from "./term";
import { latest } from "./kept";

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
   * Cells whose value the reader could not be sure of (ambiguous separators), by cellKey: rules
   * that judge a value's size leave them alone, since the value may be the other reading.
   */
  doubtful: ReadonlySet<number>;
  /** The sheet rows of those cells: other rows' cells are not made only to be looked up. */
  doubtfulRows?: ReadonlySet<number>;
  /** Columns the whole table lacks; said once for the table, not on every row. */
  absentColumns: ReadonlySet<TableLevelColumn>;
  /** Where a fix would add the Chiều column the table lacks (null when it has one or none can be placed). */
  newDirectionColumn?: NewDirectionColumn | null;
}

const NO_CONTEXT: RowContext = { doubtful: new Set(), absentColumns: new Set() };

const FIGURE_COLUMNS = ["plan", "stretch", "actual", "prior"] as const;

/** One number per sheet cell (Excel has at most 16 384 columns): a set of cells without A1 strings. */
function cellKey(cell: CellRef): number {
  return cell.row * 16_384 + cell.col;
}

/** The figures of a row on which no figure rule can find anything (figureRulesMayFind). */
const NO_FIGURES: readonly Figure[] = [];

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
  // Indexed: an iterator is an object, and this runs ten times a row.
  for (let i = 0; i < findings.length; i++) out.push(findings[i]!);
}

/** Every rule that looks at one row, given its computed result. */
export function rowFindings(
  row: IndicatorRow,
  result: RowResult,
  settings: Settings,
  context: RowContext = NO_CONTEXT,
): Finding[] {
  const out: Finding[] = [];
  addRowFindings(out, row, result, settings, context);
  return out;
}

/** rowFindings added to `out`: no array of its own for a row (most rows have nothing to say). */
function addRowFindings(
  out: Finding[],
  row: IndicatorRow,
  result: RowResult,
  settings: Settings,
  context: RowContext,
): void {
  const figures = figureRulesMayFind(row, settings) ? figuresOf(row) : NO_FIGURES;
  const slips = thousandsSlips(row, settings, figures);
  let unsure: ReadonlySet<string> = NOTHING;
  if (context.doubtful.size > 0 && (context.doubtfulRows?.has(row.sheetRow) ?? true)) {
    for (const c of FIGURE_COLUMNS) {
      const cell = row.cells[c];
      if (cell !== undefined && context.doubtful.has(cellKey(cell))) {
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
  pushAll(out, printedFigures(row, result, settings, judged));
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

function doubtfulCells(findings: readonly Finding[]): Set<number> {
  const out = new Set<number>();
  for (const f of findings) if (f.code === "ambiguous_separator" && f.cell) out.add(cellKey(f.cell));
  return out;
}

/** A table without Chiều gets one right of its last header column, where nothing of the user's is. */
function newDirectionColumn(layout: TableLayout): NewDirectionColumn | null {
  if (layout.columns.direction !== undefined) return null;
  const used = Object.values(layout.columns).filter((c): c is number => c !== undefined);
  return { col: Math.max(layout.lastCol ?? -1, ...used) + 1, headerRow: layout.headerTop };
}

/** What one part of a table gave: the rows as read, each row's result, and the part's findings. */
export interface CheckedPart {
  groups: IndicatorGroup[];
  /** Keyed by IndicatorRow.sheetRow. */
  results: Map<number, RowResult>;
  /** In the order found; a group's own findings come when the group ends (a later part or finish). */
  findings: Finding[];
  /** The part's total rows' percentages, keyed by sheetRow; absent when the part has none. */
  totals?: Map<number, TotalResult>;
}

/** The group being read: only what its rules need, not its rows. */
interface OpenGroup {
  name: string;
  sheetRow: number | null;
  byVerdict: Record<Verdict, number>;
  structure: IndicatorRow[];
  seen: SeenNames;
  duplicates: Finding[];
}

/**
 * checkTable for a table read in parts (TableReader): each part is judged and checked as it comes,
 * and only what needs the whole table is kept, small: per group a count of verdicts, its structure
 * rows and the names seen; for the table, whether a row has a name and whether one lacks a unit.
 */
export class TableChecker {
  readonly #layout: TableLayout;
  readonly #settings: Settings;
  readonly #period: ReturnType<typeof effectivePeriod>;
  readonly #tablePeriod: IndicatorTable["period"];
  readonly #context: RowContext;
  readonly #tableLevel: { findings: Finding[] } | null;
  #pending: Finding[] = [];
  #open: OpenGroup | null = null;
  readonly #counts: { name: string; byVerdict: Record<Verdict, number> }[] = [];
  #named = false;
  #noUnit = false;

  /** `columns`: the table-level findings when the whole table is known (checkTable), else found at finish. */
  constructor(
    layout: TableLayout,
    table: Pick<IndicatorTable, "period">,
    settings: Settings,
    columns?: { findings: Finding[]; absent: ReadonlySet<TableLevelColumn> },
  ) {
    assertPeriodFits({ layout }, settings);
    latest.checker = this;
    this.#layout = layout;
    this.#settings = settings;
    this.#tablePeriod = table.period;
    this.#period = effectivePeriod(table, settings);
    const absent = new Set<TableLevelColumn>();
    if (columns !== undefined) for (const c of columns.absent) absent.add(c);
    else {
      // Said once for the table at finish; rows without the column are not checked for it.
      if (layout.columns.plan === undefined) absent.add("plan");
      if (layout.columns.unit === undefined) absent.add("unit");
      if (lacksActualColumn(layout)) absent.add("actual");
    }
    this.#context = {
      doubtful: new Set(),
      absentColumns: absent,
      newDirectionColumn: newDirectionColumn(layout),
    };
    this.#tableLevel = columns === undefined ? null : { findings: columns.findings };
    if (columns !== undefined) this.#pending = columns.findings.slice();
  }

  #close(out: Finding[]): void {
    const g = this.#open;
    if (g === null) return;
    this.#counts.push({ name: g.name, byVerdict: g.byVerdict });
    pushAll(
      out,
      sharesOver100({ stt: "", name: g.name, sheetRow: g.sheetRow, rows: g.structure }, this.#settings),
    );
    pushAll(out, g.duplicates);
    this.#open = null;
  }

  check(part: TableRows, ownedCells: readonly OwnedCell[] = []): CheckedPart {
    const settings = this.#settings;
    const found: Finding[] = part.findings.slice();
    // The table-level findings checkTable knew at the start come right after the reader's.
    pushAll(found, this.#pending);
    this.#pending = [];
    const doubtful = doubtfulCells(part.findings);
    const doubtfulRows = new Set<number>();
    for (const key of doubtful) doubtfulRows.add(Math.floor(key / 16_384));
    const context: RowContext = { ...this.#context, doubtful, doubtfulRows };
    const results = new Map<number, RowResult>();
    for (const [i, group] of part.groups.entries()) {
      // Only a part's first group can go on from the previous part: a table built in code may
      // hold several groups without a heading row (sheetRow null), each its own.
      if (i > 0 || this.#open === null || this.#open.sheetRow !== group.sheetRow) {
        this.#close(found);
        this.#open = {
          name: group.name,
          sheetRow: group.sheetRow,
          byVerdict: emptyCounts(),
          structure: [],
          seen: new Map(),
          duplicates: [],
        };
      }
      const open = this.#open;
      for (const row of group.rows) {
        const result = row.term !== undefined ? judgeTerm(row) : judgeInPeriod(row, settings, this.#period);
        results.set(row.sheetRow, result);
        open.byVerdict[result.verdict] += 1;
        if (row.kind === "structure") open.structure.push(row);
        if (row.name.trim() !== "") {
          this.#named = true;
          if (row.kind !== "yesno" && row.unit.trim() === "") this.#noUnit = true;
        }
        pushAll(found, result.reasons);
        addRowFindings(found, row, result, settings, context);
      }
      pushAll(open.duplicates, duplicateNamesIn(group.name, group.rows, open.seen));
    }
    if (ownedCells.length > 0) {
      pushAll(found, ownedColumnValues(this.#layout, new Set(results.keys()), ownedCells, settings));
    }
    const checked: CheckedPart = { groups: part.groups, results, findings: found };
    if (part.totals !== undefined) checked.totals = totalResults(part.totals, settings, this.#period);
    return checked;
  }

  /** The last group's findings, the table's own, and the summary. */
  finish(): { findings: Finding[]; summary: Summary } {
    const found: Finding[] = this.#pending;
    this.#pending = [];
    this.#close(found);
    if (this.#tableLevel === null && this.#named) {
      const absent = this.#context.absentColumns;
      if (absent.has("actual")) found.push(missingColumnFinding("actual"));
      if (absent.has("plan")) found.push(missingColumnFinding("plan"));
      if (absent.has("unit") && this.#noUnit) found.push(missingColumnFinding("unit"));
    }
    const counts = this.#counts.length > 0 ? this.#counts : [{ name: "", byVerdict: emptyCounts() }];
    return { findings: found, summary: summaryOfCounts(counts, this.#tablePeriod) };
  }
}

/**
 * A total row's percentages, computed as an indicator's are (the same period, the same like with
 * like for % CK); its verdict is dropped: a total sums the targets, it is not one (total-row.ts).
 */
function totalResults(
  totals: readonly IndicatorRow[],
  settings: Settings,
  period: ReturnType<typeof effectivePeriod>,
): Map<number, TotalResult> {
  const out = new Map<number, TotalResult>();
  for (const row of totals) {
    // A term table shows the path, not % KH (term-plan.ts): a total there has none either.
    if (row.term !== undefined) continue;
    const { pctPlan, pctStretch, pctPrior, changePct, diffPoints, priorBasis } = judgeInPeriod(
      row,
      settings,
      period,
    );
    out.set(row.sheetRow, { pctPlan, pctStretch, pctPrior, changePct, diffPoints, priorBasis });
  }
  return out;
}

/** Findings in sheet order, as checkTable gives them. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(byPosition);
}

export function checkTable(read: TableRead, settings: Settings, extra: CheckExtra = {}): TableCheck {
  const checker = new TableChecker(
    read.layout,
    read.table,
    settings,
    missingColumns(read.layout, read.table),
  );
  const { groups, totals } = read.table;
  const rows =
    totals === undefined ? { groups, findings: read.findings } : { groups, findings: read.findings, totals };
  const part = checker.check(rows, extra.ownedCells);
  const end = checker.finish();
  pushAll(part.findings, end.findings);
  const check: TableCheck = {
    read,
    results: part.results,
    findings: part.findings.sort(byPosition),
    // The checker counted each group's verdicts as it went: summarize(read.table, results) again.
    summary: end.summary,
  };
  if (part.totals !== undefined) check.totals = part.totals;
  return check;
}

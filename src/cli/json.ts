/** `chitieu check --json`: the table check as the one documented JSON shape. */
import { textForSurface } from "../core/messages/surface";
import { termSummaryText } from "../core/summary";
import type {
  ColumnKey,
  Direction,
  Finding,
  IndicatorGroup,
  IndicatorRow,
  RowResult,
  Summary,
  IndicatorKind,
  Period,
  PriorBasis,
  ProjectionMethod,
  Severity,
  TableCheck,
  TermRowResult,
  Text,
  TotalResult,
  Verdict,
} from "../core/model";

export interface JsonRow {
  /** 1-based sheet row or CSV line. */
  row: number;
  group: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  direction: Direction;
  plan: number | null;
  actual: number | null;
  prior: number | null;
  pctPlan: number | null;
  pctStretch: number | null;
  pctPrior: number | null;
  changePct: number | null;
  diffPoints: number | null;
  verdict: Verdict;
  /** The period the row was judged for ("9_thang"…); partial periods are judged on progress. */
  period: Period;
  /** The figure projected to the year's end, and how; null at the year. */
  projected: number | null;
  projection: ProjectionMethod | null;
  /**
   * "yearEstimate" where pctPrior and changePct compare the year's estimate with the prior full
   * year (a partial period with no Cùng kỳ column); absent where they compare actual with prior,
   * so the rows of most tables keep their shape.
   */
  priorBasis?: PriorBasis;
  /** A term table's row (nhiệm kỳ): the term target and where its path stands; absent otherwise. */
  term?: TermRowResult;
}

export interface JsonIssue {
  row: number | null;
  column: ColumnKey | null;
  code: string;
  severity: Severity;
  message: Text;
}

/**
 * A total row ("Tổng cộng", "Cộng"): its figures and percentages as the sheet shows them; not an
 * indicator, so no verdict and no place in `rows` or the summary's counts. Its name is the name
 * cell's, else the STT cell's ("Tổng cộng" typed there).
 */
export type JsonTotal = Pick<
  JsonRow,
  | "row"
  | "name"
  | "unit"
  | "actual"
  | "prior"
  | "pctPlan"
  | "pctStretch"
  | "pctPrior"
  | "changePct"
  | "diffPoints"
>;

export interface JsonCheck {
  rows: JsonRow[];
  /** The table's total rows, in sheet order; absent when it has none. */
  totals?: JsonTotal[];
  issues: JsonIssue[];
  /**
   * Findings left out of `issues` (a table past the CLI's first 10 000 findings, read in parts);
   * absent when none were.
   */
  issuesOmitted?: number;
  summary: {
    reached: number;
    total: number;
    noData: number;
    noTarget: number;
    groups: { name: string; reached: number; total: number }[];
    /**
     * A term table's: rows on their path (Đúng tiến độ, or Vượt / Đạt at the end), and the line
     * the sheet, the pane and the report show ("Đúng tiến độ 1/2 chỉ tiêu nhiệm kỳ").
     */
    term?: { onTrack: number; text: Text };
  };
}

/** JSON has no NaN or Infinity; core never yields them, but a file must never carry one. */
function num(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : value;
}

/** lines[i] is the 1-based line of grid row i; beyond it (never expected) fall back to i + 1. */
export function lineOf(lines: readonly number[], sheetRow: number): number {
  return lines[sheetRow] ?? sheetRow + 1;
}

function jsonTerm(t: TermRowResult): TermRowResult {
  return { ...t, toDate: num(t.toDate), needed: num(t.needed), projected: num(t.projected) };
}

/** One indicator row as the JSON gives it. */
export function jsonRow(
  group: IndicatorGroup,
  row: IndicatorRow,
  result: RowResult | undefined,
  period: Period,
  lines: readonly number[],
): JsonRow {
  return {
    row: lineOf(lines, row.sheetRow),
    group: group.name,
    name: row.name,
    unit: row.unit,
    kind: row.kind,
    direction: row.direction,
    plan: num(result?.planValue),
    actual: num(row.actual),
    prior: num(row.prior),
    pctPlan: num(result?.pctPlan),
    pctStretch: num(result?.pctStretch),
    pctPrior: num(result?.pctPrior),
    changePct: num(result?.changePct),
    diffPoints: num(result?.diffPoints),
    verdict: result?.verdict ?? "chua_co_so_lieu",
    period: result?.period ?? period,
    projected: num(result?.projected),
    projection: result?.projection ?? null,
    ...(result?.priorBasis == null ? {} : { priorBasis: result.priorBasis }),
    ...(result?.term === undefined ? {} : { term: jsonTerm(result.term) }),
  };
}

export function jsonTotal(
  row: IndicatorRow,
  total: TotalResult | undefined,
  lines: readonly number[],
): JsonTotal {
  return {
    row: lineOf(lines, row.sheetRow),
    name: row.name === "" ? row.stt : row.name,
    unit: row.unit,
    actual: num(row.actual),
    prior: num(row.prior),
    pctPlan: num(total?.pctPlan),
    pctStretch: num(total?.pctStretch),
    pctPrior: num(total?.pctPrior),
    changePct: num(total?.changePct),
    diffPoints: num(total?.diffPoints),
  };
}

export function jsonIssue(f: Finding, lines: readonly number[]): JsonIssue {
  return {
    row: f.cell === null ? null : lineOf(lines, f.cell.row),
    column: f.column,
    code: f.code,
    severity: f.severity,
    message: textForSurface(f.message, "cli"),
  };
}

export function jsonSummary(s: Summary): JsonCheck["summary"] {
  return {
    reached: s.reached,
    total: s.total,
    noData: s.noData,
    noTarget: s.noTarget,
    groups: s.groups.map((g) => ({ name: g.name, reached: g.reached, total: g.total })),
    ...(s.term === true
      ? {
          term: {
            onTrack: s.reached + s.byVerdict.dung_tien_do,
            text: { vi: termSummaryText(s, "vi"), en: termSummaryText(s, "en") },
          },
        }
      : {}),
  };
}

export function checkJson(check: TableCheck, lines: readonly number[]): JsonCheck {
  const rows: JsonRow[] = [];
  for (const group of check.read.table.groups) {
    for (const row of group.rows) {
      rows.push(jsonRow(group, row, check.results.get(row.sheetRow), check.read.table.period, lines));
    }
  }
  const totals = check.read.table.totals?.map((r) => jsonTotal(r, check.totals?.get(r.sheetRow), lines));
  return {
    rows,
    ...(totals === undefined ? {} : { totals }),
    issues: check.findings.map((f) => jsonIssue(f, lines)),
    summary: jsonSummary(check.summary),
  };
}

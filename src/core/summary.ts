/** "Đạt và vượt x/y chỉ tiêu", per group and overall. */
import type {
  GroupSummary,
  IndicatorRow,
  IndicatorTable,
  Period,
  RowResult,
  Summary,
  Verdict,
} from "./model";
import { isJudged, isReached } from "./compute";

export function emptyCounts(): Record<Verdict, number> {
  return {
    vuot: 0,
    dat: 0,
    co_ban_dat: 0,
    khong_dat: 0,
    chua_co_so_lieu: 0,
    khong_giao_ke_hoach: 0,
    dung_tien_do: 0,
    cham_tien_do: 0,
  };
}

function tally(name: string, rows: readonly IndicatorRow[], results: Map<number, RowResult>): GroupSummary {
  const byVerdict = emptyCounts();
  // A row without a result was never computed: it has no data as far as the summary knows.
  for (const r of rows) byVerdict[results.get(r.sheetRow)?.verdict ?? "chua_co_so_lieu"] += 1;
  return fromCounts(name, byVerdict);
}

function fromCounts(name: string, byVerdict: Record<Verdict, number>): GroupSummary {
  const verdicts = Object.keys(byVerdict) as Verdict[];
  const countOf = (test: (v: Verdict) => boolean): number =>
    verdicts.filter(test).reduce((a, v) => a + byVerdict[v], 0);
  return {
    name,
    reached: countOf(isReached),
    total: countOf(isJudged),
    noData: byVerdict.chua_co_so_lieu,
    noTarget: byVerdict.khong_giao_ke_hoach,
    byVerdict,
  };
}

/**
 * reached = Vượt + Đạt; total = rows that could be judged (Cơ bản đạt and Không đạt count in the
 * total, not in reached); rows with no data are counted apart. `results` is keyed by sheetRow.
 */
export function summarize(table: IndicatorTable, results: Map<number, RowResult>): Summary {
  return summaryOfGroups(
    table.groups.map((g) => tally(g.name, g.rows, results)),
    table.period,
  );
}

/** The summary from each group's count of verdicts, as a table read in parts keeps them. */
export function summaryOfCounts(
  groups: readonly { name: string; byVerdict: Record<Verdict, number> }[],
  period: Period,
): Summary {
  return summaryOfGroups(
    groups.map((g) => fromCounts(g.name, g.byVerdict)),
    period,
  );
}

function summaryOfGroups(counted: GroupSummary[], period: Period): Summary {
  // A term table's lines speak of terms, not of annual plans (summary-text.ts termSummaryText).
  const term = period === "nhiem_ky" ? ({ term: true } as const) : {};
  const groups = counted.map((g) => ({ ...g, ...term }));
  const byVerdict = emptyCounts();
  for (const g of groups) for (const v of Object.keys(byVerdict) as Verdict[]) byVerdict[v] += g.byVerdict[v];
  const { reached, total, noData, noTarget } = fromCounts("", byVerdict);
  return { reached, total, noData, noTarget, byVerdict, groups, ...term, period };
}

// The sentences live apart, so the pane's first chunk can say them without the verdict logic.
export { apartText, summaryText, termSummaryText } from "./summary-text";

/**
 * Partial periods (quý I, 6 tháng, 9 tháng): a row is judged on progress against the annual plan,
 * not as if the year were over (DOMAIN.md, "Periods"). Flows (amounts that accumulate over the
 * year) are compared with the share of the year elapsed, or with the prior year's seasonal share
 * when the table has the prior year's same-period and full-year figures; levels (rates, per-head
 * figures, stocks) are compared as levels. A table's own "Ước thực hiện cả năm" is judged as the year.
 */
import { computeRow, effectiveDirection, isPointsKind, isYesNoRow, planValue, slack } from "./compute";
import type {
  TableRead,
  IndicatorRow,
  IndicatorTable,
  Period,
  PeriodColumn,
  ProjectionMethod,
  RowResult,
  Settings,
  TableLayout,
  Text,
} from "./model";
import { foldWord } from "./numbers";
import { NOT_A_TERM_TABLE } from "./period-names";
import { PeriodMismatchError } from "./refusals";
export { PeriodMismatchError };

/** Months from the start of the year a period's figures cover; null for the term. */
export const PERIOD_MONTHS: Record<Period, number | null> = {
  "3_thang": 3,
  "6_thang": 6,
  "9_thang": 9,
  nam: 12,
  nhiem_ky: null,
};

/** A period shorter than the year, judged on progress. */
export function isPartial(period: Period): boolean {
  const m = PERIOD_MONTHS[period];
  return m !== null && m < 12;
}

// Names and the term-mismatch message live apart, so the pane's first chunk can say them.
export { NOT_A_TERM_TABLE, PERIOD_NAMES, periodName } from "./period-names";

/** The share of the year elapsed: 9 tháng → 0,75. */
export function elapsedShare(period: Period): number {
  return (PERIOD_MONTHS[period] ?? 12) / 12;
}

function fold(text: string): string {
  return foldWord(text.normalize("NFC"))
    .replace(/[\s\u00a0\u202f\u2009]+/g, " ")
    .trim();
}

/** Quý II and III reports carry the figures since January: they are the first 6 and 9 months. */
const QUARTERS: readonly (readonly [RegExp, Period])[] = [
  [/\bquy (?:iv|4)\b|\b(?:fourth|4th) quarter\b|\bq4\b/, "nam"],
  [/\bquy (?:iii|3)\b|\b(?:third|3rd) quarter\b|\bq3\b/, "9_thang"],
  [/\bquy (?:ii|2)\b|\b(?:second|2nd) quarter\b|\bq2\b/, "6_thang"],
  [/\bquy (?:i|1)\b|\b(?:first|1st) quarter\b|\bq1\b/, "3_thang"],
];

/** The period a title or header names ("9 tháng đầu năm 2020", "Ước thực hiện 6 tháng", "quý III"). */
export function periodOfText(text: string): Period | null {
  const f = fold(text);
  if (/\b(9|chin) thang\b|\b(9|nine) months?\b/.test(f)) return "9_thang";
  if (/\b(6|sau) thang\b|\b(6|six) months?\b/.test(f)) return "6_thang";
  if (/\b(3|ba) thang\b|\b(3|three) months?\b/.test(f)) return "3_thang";
  for (const [re, period] of QUARTERS) if (re.test(f)) return period;
  if (/\bnhiem ky\b|\bterm\b/.test(f)) return "nhiem_ky";
  return null;
}

/** The first period the texts (title lines, then headers) name; the year when none does. */
export function periodFromTexts(texts: readonly string[]): Period {
  for (const text of texts) {
    const p = periodOfText(text);
    if (p !== null) return p;
  }
  return "nam";
}

/** A period as a flag or setting says it: "9m", "6m", "q1", "year", "nam", "term", or its id. */
export function parsePeriod(input: string): Period | null {
  const f = fold(input).replace(/[\s_-]+/g, "");
  const table: Record<string, Period> = {
    "3m": "3_thang",
    "3thang": "3_thang",
    q1: "3_thang",
    "6m": "6_thang",
    "6thang": "6_thang",
    q2: "6_thang",
    "9m": "9_thang",
    "9thang": "9_thang",
    q3: "9_thang",
    "12m": "nam",
    q4: "nam",
    year: "nam",
    nam: "nam",
    term: "nhiem_ky",
    nhiemky: "nhiem_ky",
  };
  return table[f] ?? null;
}

/** Throws PeriodMismatchError when the term is asked of a table that is not a term table. */
export function assertPeriodFits(read: Pick<TableRead, "layout">, settings: Pick<Settings, "period">): void {
  if (settings.period === "nhiem_ky" && read.layout.term === undefined)
    throw new PeriodMismatchError(NOT_A_TERM_TABLE);
}

/** The period a table is judged for: the user's setting, else what the sheet says. */
export function effectivePeriod(table: Pick<IndicatorTable, "period">, settings: Settings): Period {
  return settings.period ?? table.period;
}

/**
 * In a partial-period table, an actual or prior-year header that names the whole year:
 * "Ước thực hiện cả năm" → the year's estimate; "Thực hiện năm 2019" or "Cả năm 2019" (a year
 * before the reported one, no months, no "cùng kỳ") → the prior full year. Null otherwise.
 */
export function periodColumn(
  folded: string,
  above: string | undefined,
  input: "actual" | "prior",
  year: number | null,
  reportedYear: number | null,
): PeriodColumn | null {
  const text = above === undefined ? folded : `${fold(above)} ${folded}`;
  const wholeYear = /\b(ca nam|full year|whole year|full-year)\b/.test(text);
  const months = /\b(\d+|ba|sau|chin) thang\b|\bmonths?\b|\bquy\b|\bquarter\b/.test(text);
  const samePeriod = /\b(cung ky|ck|same period)\b/.test(text);
  const earlier = year !== null && reportedYear !== null && year < reportedYear;
  if (input === "actual" && wholeYear && !earlier) return "yearEstimate";
  if ((input === "prior" || earlier) && (wholeYear || earlier) && !months && !samePeriod) return "priorYear";
  return null;
}

/**
 * Units and names of levels: a rate, a per-head figure, a density, a stock at a date. Everything
 * else of kind quantity (tỷ đồng of revenue, doanh nghiệp thành lập mới, lao động có việc làm) is a
 * flow that accumulates over the year.
 */
export const LEVEL_UNITS: readonly RegExp[] = [/%/, /\//, /\bdiem\b/, /\bnguoi\s*\/|\bper\b/];
export const LEVEL_NAME_WORDS: readonly string[] = [
  "binh quan",
  "dau nguoi",
  "ty le",
  "ti le",
  "mat do",
  "dan so",
  "dat chuan",
  "hien co",
  "tong so",
  "du no",
  "so du",
  "chi so",
  "tuoi tho",
  "co cau",
  "per capita",
  "per head",
  "average",
  "rate",
  "share",
  "stock",
  "population",
];

export type Measure = "flow" | "level";

/** Flow or level, from the row's kind, unit and name. */
export function measureOf(row: Pick<IndicatorRow, "kind" | "unit" | "name" | "target">): Measure {
  if (row.kind !== "quantity") return "level";
  if (row.target?.kind === "all" || row.target?.kind === "range") return "level";
  const unit = fold(row.unit);
  if (LEVEL_UNITS.some((re) => re.test(unit))) return "level";
  const name = ` ${fold(row.name)} `;
  if (LEVEL_NAME_WORDS.some((w) => name.includes(` ${w} `))) return "level";
  return "flow";
}

/** Share of the year a flow should have reached: the prior year's seasonal share, else the months. */
export function expectedShare(
  row: Pick<IndicatorRow, "prior" | "priorYear">,
  period: Period,
): { share: number; method: "linear" | "seasonal" } {
  const ck = row.prior;
  const py = row.priorYear ?? null;
  // A same-period figure above its own full year is not a share of it: fall back to the months.
  if (ck !== null && py !== null && py > 0 && ck > 0 && ck <= py)
    return { share: ck / py, method: "seasonal" };
  return { share: elapsedShare(period), method: "linear" };
}

/** A flow judged against the share of its plan (a relative plan is already a same-period plan). */
export function isProgressFlow(row: IndicatorRow): boolean {
  return measureOf(row) === "flow" && row.target?.kind !== "relative" && !isPointsKind(row);
}

/**
 * A row judged for its period. At the year (and the term) the result is computeRow's. In a
 * partial period:
 * - an "Ước thực hiện cả năm" figure is judged against the plan as the year's actual (not against
 *   a plan relative to Cùng kỳ, a same-period plan);
 * - a level keeps its verdict, except that "Không đạt" is "Chậm tiến độ" while the year runs;
 * - a flow that reached the annual plan is Vượt / Đạt as at the year; else it is "Đúng tiến độ"
 *   when it has reached the expected share of the plan, "Chậm tiến độ" when not. A lower-is-better
 *   flow under its limit so far is on track (not yet Vượt), and one already over the limit is
 *   Không đạt. A plan relative to Cùng kỳ is already a same-period plan: it is judged as a level.
 */
export function judgeInPeriod(row: IndicatorRow, settings: Settings, period: Period): RowResult {
  const out = judgePace(row, settings, period);
  if (isPartial(period) && comparesYearEstimate(row)) compareYearEstimate(row, out);
  return out;
}

/**
 * A partial-period table with no Cùng kỳ column but both "Ước thực hiện cả năm" and the prior
 * full year ("Thực hiện năm 2024"): its % CK and tăng/giảm compare the year's estimate with the
 * prior year, like with like. The period's own figure (9 months) is never compared with a whole
 * year; where a Cùng kỳ column exists, the period is compared with it (computeRow). By the table's
 * columns, not the row's figures, so every row of a table compares the same two things.
 */
export function comparesYearEstimate(row: IndicatorRow): boolean {
  const cells = row.periodCells;
  return (
    row.cells.prior === undefined &&
    cells?.yearEstimate !== undefined &&
    cells.priorYear !== undefined &&
    !isYesNoRow(row)
  );
}

/** The prior full year a table's "Thực hiện năm 2024" names: the year before the reported one. */
export function priorFullYear(table: Pick<IndicatorTable, "year">): number | null {
  return table.year === null ? null : table.year - 1;
}

/** comparesYearEstimate for a whole table: what its % CK and tăng/giảm columns compare. */
export function tableComparesYearEstimate(layout: Pick<TableLayout, "columns">, period: Period): boolean {
  const c = layout.columns;
  return (
    isPartial(period) && c.prior === undefined && c.yearEstimate !== undefined && c.priorYear !== undefined
  );
}

/** computeRow's % CK and tăng/giảm, on the year's estimate and the prior full year; "—" without either. */
function compareYearEstimate(row: IndicatorRow, out: RowResult): void {
  out.priorBasis = "yearEstimate";
  const est = row.yearEstimate ?? null;
  const py = row.priorYear ?? null;
  if (est === null || py === null || py === 0) return;
  // As computeRow: no ratio to a negative base, the change on its absolute value.
  const pct = py > 0 ? (est / py) * 100 : null;
  const change = ((est - py) / Math.abs(py)) * 100;
  out.pctPrior = pct !== null && Number.isFinite(pct) ? pct : null;
  out.changePct = Number.isFinite(change) ? change : null;
}

/** judgeInPeriod's verdict and projection. */
function judgePace(row: IndicatorRow, settings: Settings, period: Period): RowResult {
  // computeRow's result is the row's own: completed in place, not copied (one object less a row).
  const out = computeRow(row, settings, period);
  if (!isPartial(period)) return out;
  const base = out;
  if (isYesNoRow(row)) return out;
  // The year's estimate is judged even while the period's own figure is missing; not against a
  // plan relative to Cùng kỳ, which is a same-period plan ("giảm 10%" on 6 months' 10 accidents
  // is 9 in 6 months, not 9 in the year): that row is judged on its period's own figure.
  const estimate = row.target?.kind === "relative" ? null : (row.yearEstimate ?? null);
  if (estimate !== null) {
    const year = computeRow({ ...row, actual: estimate }, settings);
    return { ...out, verdict: year.verdict, projected: estimate, projection: "estimate" };
  }
  if (row.actual === null || base.verdict === "chua_co_so_lieu") return out;
  if (!isProgressFlow(row)) {
    const verdict = base.verdict === "khong_dat" ? "cham_tien_do" : base.verdict;
    return { ...out, verdict, projected: row.actual, projection: "level" };
  }
  const p = planValue(row);
  const th = row.actual;
  const { share, method } = expectedShare(row, period);
  out.projected = th / share;
  out.projection = method;
  if (p === null) return out;
  const e = share * p;
  const t = row.target;
  if (effectiveDirection(row) === "up") {
    const year = computeRow(row, { ...settings, basicBandPct: null });
    if (year.verdict === "vuot" || year.verdict === "dat") return { ...out, verdict: year.verdict };
    return { ...out, verdict: th >= e - slack(th, e) ? "dung_tien_do" : "cham_tien_do" };
  }
  const exclusive = t?.kind === "limit" && !t.inclusive;
  const s = slack(th, p);
  const over = exclusive ? th >= p - s : th > p + s;
  if (over) return { ...out, verdict: "khong_dat" };
  return { ...out, verdict: th <= e + slack(th, e) ? "dung_tien_do" : "cham_tien_do" };
}

/** Names of the projection methods, for reports and the pane. */
export const PROJECTION_NAMES: Record<ProjectionMethod, Text> = {
  linear: { vi: "theo tỷ lệ thời gian", en: "by the share of the year elapsed" },
  seasonal: { vi: "theo tỷ trọng cùng kỳ năm trước", en: "by last year's seasonal share" },
  estimate: { vi: "ước thực hiện cả năm của đơn vị", en: "the office's full-year estimate" },
  level: { vi: "giữ mức hiện tại", en: "the level as it stands" },
};

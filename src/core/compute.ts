/**
 * One indicator row → % KH, % Phấn đấu, % CK, tăng/giảm, điểm %, verdict (docs/ARCHITECTURE.md,
 * "Computation"). Pure; never NaN or Infinity: a value that cannot be computed is null plus a reason.
 * formulas.ts writes the same arithmetic as Excel formulas; keep the two in step (the agreement
 * test in tests/core/formulas.test.ts proves it).
 */
import type {
  CellRef,
  Direction,
  Finding,
  IndicatorRow,
  Lang,
  Period,
  RowResult,
  Settings,
  Text,
  Verdict,
} from "./model";
import { lazyText, msg, type MessageParams } from "./messages/index";
import { latest } from "./kept";
import { formatNumber } from "./numbers";
import { isNoFigure } from "./no-figure";

/** Relative epsilon for every comparison, so 0.1 + 0.2 style noise never flips a verdict. */
export const EPSILON = 1e-9;

/** The tolerance two figures may differ by and still count as equal. */
export function slack(a: number, b: number): number {
  return EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

export const VERDICT_LABELS: Record<Verdict, Text> = {
  vuot: { vi: "Vượt", en: "Exceeded" },
  dat: { vi: "Đạt", en: "Reached" },
  co_ban_dat: { vi: "Cơ bản đạt", en: "Mostly reached" },
  khong_dat: { vi: "Không đạt", en: "Not reached" },
  chua_co_so_lieu: { vi: "Chưa có số liệu", en: "No data" },
  khong_giao_ke_hoach: { vi: "Không giao kế hoạch", en: "No target" },
  dung_tien_do: { vi: "Đúng tiến độ", en: "On track" },
  cham_tien_do: { vi: "Chậm tiến độ", en: "Behind" },
};

export function verdictLabel(v: Verdict, lang: Lang): string {
  return VERDICT_LABELS[v][lang];
}

/** "đạt và vượt": Cơ bản đạt is not counted as reached. */
export function isReached(v: Verdict): boolean {
  return v === "vuot" || v === "dat";
}

/** Counted in the y of "đạt và vượt x/y": judged against a target (not missing data, not without one). */
export function isJudged(v: Verdict): boolean {
  return v !== "chua_co_so_lieu" && v !== "khong_giao_ke_hoach";
}

/**
 * Judged and not reached: the rows a report lists as "chưa đạt" (Cơ bản đạt is said apart); in a
 * partial period, a row behind schedule too.
 */
export function isMissed(v: Verdict): boolean {
  return v === "khong_dat" || v === "cham_tien_do";
}

/** Judged by the word in Thực hiện rather than by figures. */
export function isYesNoRow(row: IndicatorRow): boolean {
  return row.kind === "yesno" || row.target?.kind === "yesno";
}

/** Rows compared in điểm % (TH − KH). */
export function isPointsKind(row: IndicatorRow): boolean {
  return row.kind === "rate" || row.kind === "growth" || row.kind === "structure";
}

/** A limit's side fixes the direction ("dưới 4%" is lower-is-better whatever Chiều says). */
export function effectiveDirection(row: IndicatorRow): Direction {
  const t = row.target;
  if (t?.kind === "limit") return t.side === "upper" ? "down" : "up";
  return row.direction;
}

/** The prior year moved by a change: in % of it, or in điểm % (`points`: "giảm 0,5 điểm %"). */
function changedBy(prior: number, change: number, points: true | undefined): number {
  return points ? prior + change : prior * (1 + change / 100);
}

/** The plan figure the row is judged against; null for ranges, yes/no and missing targets. */
export function planValue(row: IndicatorRow): number | null {
  const t = row.target;
  if (t === null) return null;
  switch (t.kind) {
    case "value":
    case "approx":
      return t.value;
    case "limit":
      return t.bound;
    case "relative":
      // A range of change ("tăng 5–7%") has no single plan figure, as a range has none.
      return row.prior === null || t.changeTo !== undefined ? null : changedBy(row.prior, t.change, t.points);
    case "all":
      return 100;
    case "range":
    case "yesno":
      return null;
  }
}

function reason(
  row: IndicatorRow,
  code: Finding["code"],
  severity: Finding["severity"],
  column: "plan" | "stretch" | "prior",
  params: MessageParams,
): Finding {
  const cell: CellRef | null = row.cells[column] ?? null;
  // The sentence is built when first read (messages/index.ts, lazyText): most are never shown.
  return lazyText({ code, severity, cell, column, fix: null } as Finding, "message", () => {
    const where: MessageParams = cell ? { cell: cell.address } : { row: row.sheetRow + 1 };
    return msg(code, { name: row.name, ...params, ...where });
  });
}

/**
 * A structure share planned as one figure, with no direction given (no Chiều cell, none in the
 * plan's words or the name): DOMAIN's shares of one whole, whose plan is a target composition. A
 * share above its plan is another share below its own, so neither side is "better": it is judged as
 * "khoảng" is, Đạt within approxTolerancePoints (điểm %) and Không đạt outside, never Vượt; a reason
 * says whether it is higher or lower than planned. A direction the table gives is followed.
 */
export function isCompositionShare(row: IndicatorRow): boolean {
  return row.kind === "structure" && row.target?.kind === "value" && row.directionFrom === "default";
}

/**
 * How far TH may be from KH and still be Đạt: "khoảng" on a rate, growth or structure row in điểm %
 * (those rows are compared in points), otherwise a % of KH. formulas.ts writes the same test.
 */
export function tolerance(row: IndicatorRow, settings: Settings): { points: number } | { pct: number } {
  if (isCompositionShare(row)) return { points: settings.approxTolerancePoints };
  if (row.target?.kind !== "approx") return { pct: settings.tolerancePct };
  return isPointsKind(row)
    ? { points: settings.approxTolerancePoints }
    : { pct: settings.approxTolerancePct };
}

/** TH vs a single plan figure (value, limit, approx, relative), by direction. */
function judgeAgainst(row: IndicatorRow, th: number, p: number, settings: Settings): Verdict {
  const t = row.target;
  const tol = tolerance(row, settings);
  const allowed = "points" in tol ? tol.points : (Math.abs(p) * tol.pct) / 100;
  const exclusive = t?.kind === "limit" && !t.inclusive;
  const s = slack(th, p);
  if (!exclusive && Math.abs(th - p) <= allowed + s) return "dat";
  if (isCompositionShare(row)) return "khong_dat";
  const up = effectiveDirection(row) === "up";
  if (up ? th > p + s : th < p - s) return "vuot";
  const band = settings.basicBandPct;
  if (band !== null && th > 0 && p > 0) {
    const ratio = up ? (th / p) * 100 : (p / th) * 100;
    if (ratio >= band - slack(ratio, band)) return "co_ban_dat";
  }
  return "khong_dat";
}

/** Inside the range (its bounds included) is Đạt; beyond it on the better side, Vượt. */
function judgeRange(row: IndicatorRow, th: number, lo: number, hi: number): Verdict {
  const up = effectiveDirection(row) === "up";
  if (th < lo - slack(th, lo)) return up ? "khong_dat" : "vuot";
  if (th > hi + slack(th, hi)) return up ? "vuot" : "khong_dat";
  return "dat";
}

/** The plan range of a range of change on the prior year ("tăng 5–7%"); null without CK. */
export function relativeRange(row: IndicatorRow): { lo: number; hi: number } | null {
  const t = row.target;
  if (t?.kind !== "relative" || t.changeTo === undefined || row.prior === null) return null;
  const a = changedBy(row.prior, t.change, t.points);
  const b = changedBy(row.prior, t.changeTo, t.points);
  return { lo: Math.min(a, b), hi: Math.max(a, b) };
}

function judge(row: IndicatorRow, settings: Settings): Verdict {
  const t = row.target;
  if (t === null) {
    // The actual missing is "no data"; an actual with no target is reported, not judged.
    return row.actual === null && row.actualYesNo === null ? "chua_co_so_lieu" : "khong_giao_ke_hoach";
  }
  if (isYesNoRow(row)) {
    if (row.actualYesNo === null) return "chua_co_so_lieu";
    return row.actualYesNo === "yes" ? "dat" : "khong_dat";
  }
  const th = row.actual;
  if (th === null) return "chua_co_so_lieu";
  switch (t.kind) {
    case "all":
      return Math.abs(th - 100) <= slack(th, 100) ? "dat" : "khong_dat";
    case "range":
      return judgeRange(row, th, t.lo, t.hi);
    default: {
      if (t.kind === "relative" && t.changeTo !== undefined) {
        const range = relativeRange(row);
        return range === null ? "chua_co_so_lieu" : judgeRange(row, th, range.lo, range.hi);
      }
      const p = planValue(row);
      return p === null ? "chua_co_so_lieu" : judgeAgainst(row, th, p, settings);
    }
  }
}

/** Distance to a range in điểm %: 0 inside, else to the nearer bound (signed). */
function rangeGap(th: number, lo: number, hi: number): number {
  if (th < lo) return th - lo;
  if (th > hi) return th - hi;
  return 0;
}

/** A figure that overflowed (or is NaN): shown as "—", never as Infinity. */
function infinite(value: number | null): boolean {
  return value !== null && !Number.isFinite(value);
}

/**
 * Most rows have no reason: they share this one (frozen) array instead of each keeping an empty
 * one for the whole check; addReason gives a row its own array at its first reason.
 */
const NO_REASONS = Object.freeze([]) as unknown as Finding[];

function addReason(result: RowResult, finding: Finding): void {
  if (result.reasons === NO_REASONS) result.reasons = [];
  result.reasons.push(finding);
}

/**
 * A row's result before its figures are computed: its verdict, no figure, no reason; with a period
 * (judgeInPeriod, judgeTerm) its period fields too. They are in the literal, not added after: an
 * object whose shape grows after it is made keeps the added fields in a second object, and a check
 * keeps every row's result.
 */
export function emptyResult(verdict: Verdict, period?: Period): RowResult {
  return period === undefined
    ? {
        pctPlan: null,
        pctStretch: null,
        pctPrior: null,
        changePct: null,
        diffPoints: null,
        planValue: null,
        verdict,
        reasons: NO_REASONS,
      }
    : {
        pctPlan: null,
        pctStretch: null,
        pctPrior: null,
        changePct: null,
        diffPoints: null,
        planValue: null,
        verdict,
        reasons: NO_REASONS,
        period,
        projected: null,
        projection: null,
        priorBasis: null,
      };
}

/** The Kế hoạch cell holds words or a figure as text (read or not), not nothing or a "-" mark. */
function planWords(row: IndicatorRow): boolean {
  const raw = row.raw.plan;
  return typeof raw === "string" && raw.trim() !== "" && !isNoFigure(raw);
}

/**
 * Computes one row. Reasons are given only where TH is present (a row without TH is simply
 * "Chưa có số liệu"); an empty Cùng kỳ is explained only when the table has a Cùng kỳ cell.
 */
export function computeRow(row: IndicatorRow, settings: Settings, period?: Period): RowResult {
  const verdict = judge(row, settings);
  const result = emptyResult(verdict, period);
  if (isYesNoRow(row)) return result;

  const th = row.actual;
  const pv = planValue(row);
  result.planValue = pv;
  const t = row.target;
  const relativeWithoutPrior = t?.kind === "relative" && row.prior === null;

  if (th !== null) {
    if (pv !== null && pv !== 0) result.pctPlan = (th / pv) * 100;
    else if (relativeWithoutPrior)
      addReason(result, reason(row, "relative_needs_prior", "warning", "prior", {}));
    // Words the reader could not read are an error of their own (unreadable_target), not "trống".
    else if (t === null && !planWords(row))
      addReason(result, reason(row, "no_plan_base", "info", "plan", { case: "missing" }));
    else if (pv === 0) addReason(result, reason(row, "no_plan_base", "warning", "plan", { case: "zero" }));

    if (row.stretch !== null) {
      if (row.stretch !== 0) result.pctStretch = (th / row.stretch) * 100;
      else
        addReason(
          result,
          reason(row, "no_plan_base", "warning", "stretch", { base: "stretch", case: "zero" }),
        );
    }

    const ck = row.prior;
    if (ck === null) {
      if (row.cells.prior !== undefined && !relativeWithoutPrior) {
        addReason(result, reason(row, "no_prior_base", "info", "prior", { case: "missing" }));
      }
    } else if (ck === 0) {
      addReason(result, reason(row, "no_prior_base", "info", "prior", { case: "zero" }));
    } else {
      // A ratio to a negative base means nothing; the change still does (a loss turned into a profit).
      if (ck > 0) result.pctPrior = (th / ck) * 100;
      else addReason(result, reason(row, "no_prior_base", "info", "prior", { case: "negative" }));
      result.changePct = ((th - ck) / Math.abs(ck)) * 100;
    }

    if (isPointsKind(row)) {
      if (t?.kind === "range") result.diffPoints = rangeGap(th, t.lo, t.hi);
      else if (pv !== null) result.diffPoints = th - pv;
    }
    if (isCompositionShare(row) && pv !== null && result.verdict === "khong_dat") {
      const gap = th - pv;
      addReason(
        result,
        reason(row, "share_off_plan", "info", "plan", {
          actual: formatNumber(th, settings.convention),
          plan: formatNumber(pv, settings.convention),
          gap: formatNumber(Math.abs(gap), settings.convention),
          tolerance: formatNumber(settings.approxTolerancePoints, settings.convention),
          side: gap > 0 ? "higher" : "lower",
        }),
      );
    }
  }
  // Figures near the double limits can overflow; a computed cell then shows "—", never Infinity.
  // Field by field, not by a list of keys: a keyed store per figure per row is slow.
  if (infinite(result.pctPlan)) result.pctPlan = null;
  if (infinite(result.pctStretch)) result.pctStretch = null;
  if (infinite(result.pctPrior)) result.pctPrior = null;
  if (infinite(result.changePct)) result.changePct = null;
  if (infinite(result.diffPoints)) result.diffPoints = null;
  if (infinite(result.planValue)) result.planValue = null;
  latest.result = result;
  return result;
}

/** A finite non-negative number as a plain decimal string without exponent ("1e-7" → "0.0000001"). */
export function plainDecimal(abs: number): string {
  const s = String(abs);
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = (m[1] ?? "") + (m[2] ?? "");
  const point = (m[1] ?? "").length + Number(m[3]);
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Cuts x to `decimals` on its shortest decimal string; `roundUp` adds one unit in the last place. */
function cutDecimal(x: number, decimals: number, mode: "round" | "trunc"): number {
  if (!Number.isFinite(x)) return x;
  const d = Math.max(0, Math.floor(decimals));
  const [intPart = "0", frac = ""] = plainDecimal(Math.abs(x)).split(".");
  const kept = intPart + frac.padEnd(d, "0").slice(0, d);
  let n = BigInt(kept);
  if (mode === "round" && (frac[d] ?? "0") >= "5") n += 1n;
  const s = n.toString().padStart(d + 1, "0");
  const out = Number(d === 0 ? s : `${s.slice(0, -d)}.${s.slice(-d)}`);
  return x < 0 && out !== 0 ? -out : out;
}

/** Rounds half away from zero on the decimal string, so 1.005 → 1.01 (not 1.00 as toFixed gives). */
export function roundPct(x: number, decimals: number): number {
  return cutDecimal(x, decimals, "round");
}

/** Cuts toward zero, the way some articles print (35 / 30 → 116,66). */
export function truncPct(x: number, decimals: number): number {
  return cutDecimal(x, decimals, "trunc");
}

/** Decimals a printed figure shows: from its text ("116,66%" → 2) or, failing that, the number. */
export function printedDecimals(printed: number, printedText?: string): number {
  const text = printedText?.replace(/[^\d.,]/g, "") ?? plainDecimal(Math.abs(printed));
  const mark = Math.max(text.lastIndexOf("."), text.lastIndexOf(","));
  return mark < 0 ? 0 : text.length - mark - 1;
}

/**
 * Is a printed percentage the one we compute? "match" within the rounding of its last digit
 * (117,33 ± 0,005; 171 ± 0,5), "truncated" when it is ours cut instead of rounded
 * (35 / 30 printed 116,66), else "mismatch".
 */
export function comparePrinted(
  computed: number,
  printed: number,
  printedText?: string,
): "match" | "truncated" | "mismatch" {
  const d = printedDecimals(printed, printedText);
  const half = 0.5 * 10 ** -d;
  if (roundPct(computed, d) === printed || Math.abs(computed - printed) <= half + slack(computed, printed)) {
    return "match";
  }
  if (truncPct(computed, d) === printed) return "truncated";
  return "mismatch";
}

/**
 * The term (nhiệm kỳ, 5 years): a resolution's headline targets in their four forms (DOMAIN.md,
 * "term"), what each year so far achieved, what the remaining years need, and where the path ends.
 * Levels project by compound growth, rates by a linear trend in points, totals by the run rate.
 */
import type {
  Direction,
  IndicatorRow,
  Lang,
  NumberConvention,
  RowResult,
  TermProjection,
  TermRowResult,
  TermTarget,
  Verdict,
} from "./model";
import { emptyResult } from "./compute";
import { foldWord, formatNumber, parseNumber } from "./numbers";
import { isPercentUnit } from "./rules/text";
import { formatInUnit } from "./unit-figure";

export type { TermProjection, TermTarget } from "./model";

export interface TermIndicator {
  name: string;
  unit: string;
  target: TermTarget;
  /** The base year (the last year before the term, e.g. 2020) and the term's last year (2025). */
  baseYear: number;
  endYear: number;
  /** The base year's figure (needed by growth and levels; unused by totals). */
  base: number | null;
  /** Each year's actual from baseYear + 1 on; null for a year not reported yet. */
  actuals: readonly (number | null)[];
  /**
   * A rate (in %) moves in points: linear trend; anything else compounds. With a growth target
   * ("tăng bình quân 7,5%/năm") a rate row's actuals are each year's growth rate itself.
   */
  rate: boolean;
  direction: Direction;
}

export interface TermResult {
  target: TermTarget;
  /** Years reported so far (the last non-empty actual's position) and years left. */
  yearsDone: number;
  yearsLeft: number;
  /** The latest actual, and the total so far (totals). */
  latest: number | null;
  cumulative: number | null;
  /** Average annual growth so far, in % (compound), or the average change in points (rates). */
  averageSoFar: number | null;
  /** What each remaining year needs: growth % a year, points a year (rates), or a yearly amount (totals). */
  neededPerYear: number | null;
  /** The figure at the term's end (or the total over it) if the path so far continues. */
  projected: number | null;
  projection: TermProjection;
  onTrack: boolean | null;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * A rate's straight-line trend stops at 0 % and 100 %: a poverty rate falling 0,45 points a year
 * from 1,2 % is 0 % by the term's end, never −0,15 % (a rate outside 0–100 is an error finding).
 * term-plan.ts writes the same bounds into the sheet's formula.
 */
export function withinRate(x: number): number {
  return Math.min(100, Math.max(0, x));
}

/** Compound average growth in % from a to b over n years; null without a positive base. */
export function averageGrowthPct(from: number, to: number, years: number): number | null {
  if (years <= 0 || from <= 0 || to <= 0) return null;
  return finite(((to / from) ** (1 / years) - 1) * 100);
}

export function computeTerm(ind: TermIndicator): TermResult {
  const span = ind.endYear - ind.baseYear;
  let done = 0;
  ind.actuals.forEach((a, i) => {
    if (a !== null) done = i + 1;
  });
  const left = Math.max(0, span - done);
  const latest = done > 0 ? (ind.actuals[done - 1] ?? null) : null;
  const t = ind.target;
  const out: TermResult = {
    target: t,
    yearsDone: done,
    yearsLeft: left,
    latest,
    cumulative: null,
    averageSoFar: null,
    neededPerYear: null,
    projected: null,
    projection: t.kind === "total" ? "run_rate" : ind.rate ? "linear" : "compound",
    onTrack: null,
  };
  if (latest === null) return out;

  if (t.kind === "total") {
    const sum = ind.actuals.slice(0, done).reduce<number>((s, a) => s + (a ?? 0), 0);
    out.cumulative = sum;
    out.averageSoFar = sum / done;
    out.projected = (sum / done) * span;
    out.neededPerYear = left > 0 ? (t.value - sum) / left : null;
    out.onTrack = out.projected >= t.value;
    return out;
  }
  if (ind.rate && t.kind === "growth") {
    // Each year's actual is that year's growth: the term's average compounds them.
    const factors = ind.actuals.slice(0, done).map((a) => 1 + (a ?? 0) / 100);
    const product = factors.reduce((p, f) => p * f, 1);
    out.projection = "compound";
    if (product <= 0) return out;
    const avg = (product ** (1 / done) - 1) * 100;
    out.averageSoFar = finite(avg);
    out.projected = out.averageSoFar;
    const goal = (1 + t.ratePct / 100) ** span;
    out.neededPerYear = left > 0 ? finite(((goal / product) ** (1 / left) - 1) * 100) : null;
    out.onTrack = avg >= t.ratePct - 1e-9;
    return out;
  }
  const base = ind.base;
  const up = t.kind === "limit" ? t.side === "lower" : ind.direction === "up";

  if (ind.rate && t.kind !== "growth") {
    // Rates move in points: the trend so far, carried on in a straight line.
    const goal = t.kind === "level" ? t.value : t.bound;
    out.neededPerYear = left > 0 ? (goal - latest) / left : null;
    if (base === null) return out;
    const slope = (latest - base) / done;
    out.averageSoFar = slope;
    out.projected = withinRate(latest + slope * left);
    out.onTrack = reaches(out.projected, goal, up, t.kind === "limit");
    return out;
  }

  if (t.kind !== "growth") {
    // What is needed does not depend on the base; the projection does.
    const goal = t.kind === "level" ? t.value : t.bound;
    out.neededPerYear = left > 0 ? averageGrowthPct(latest, goal, left) : null;
    if (base === null) return out;
    out.averageSoFar = averageGrowthPct(base, latest, done);
    const g = out.averageSoFar;
    out.projected = g === null ? null : latest * (1 + g / 100) ** left;
    out.onTrack = out.projected === null ? null : reaches(out.projected, goal, up, t.kind === "limit");
    return out;
  }
  if (base === null) return out;
  out.averageSoFar = averageGrowthPct(base, latest, done);
  const g = out.averageSoFar;
  out.projected = g === null ? null : latest * (1 + g / 100) ** left;
  const goal = base * (1 + t.ratePct / 100) ** span;
  out.neededPerYear = left > 0 ? averageGrowthPct(latest, goal, left) : null;
  out.onTrack = g === null ? null : g >= t.ratePct - 1e-9;
  return out;
}

/**
 * A limit is strict ("dưới 1%"); a level is reached at its value. Both within 1e-9, as every
 * comparison of the project: 4,5 → 2,4 in 3 years projects 1 % (0,9999999999999998 in binary), which
 * is not under 1 % (LibreOffice, which rounds such noise away, said so and core did not).
 */
function reaches(value: number, goal: number, up: boolean, strict: boolean): boolean {
  if (strict) return up ? value > goal + 1e-9 : value < goal - 1e-9;
  return up ? value >= goal - 1e-9 : value <= goal + 1e-9;
}

/**
 * A term target as resolutions word it: "tăng bình quân 7,5%/năm", "đến năm 2025 đạt 90 triệu
 * đồng", "90.000 lao động trong 5 năm", "dưới 1%", "trên 60%". Null when it is none of these.
 */
export function parseTermTarget(text: string, convention: NumberConvention = "vi"): TermTarget | null {
  const f = foldWord(text.normalize("NFC")).replace(/\s+/g, " ").trim();
  // The end year ("đến năm 2025") is not the figure.
  const figures = [...f.replace(/\bnam (?:19|20)\d{2}\b/g, " ").matchAll(/\d[\d.,]*/g)].map((m) => m[0]);
  const first = figures[0];
  if (first === undefined) return null;
  const parsed = parseNumber(first.replace(/[.,]$/, ""), convention);
  if (parsed.kind !== "number") return null;
  const v = parsed.value;
  if (/\bbinh quan\b|\baverage\b/.test(f) && /\btang\b|\bgrowth\b|\bgrow/.test(f))
    return { kind: "growth", ratePct: v };
  if (/\btrong \d+ nam\b|\bca nhiem ky\b|\bover \d+ years\b/.test(f)) return { kind: "total", value: v };
  if (/^(duoi|khong qua|toi da|below|under|at most)\b/.test(f))
    return { kind: "limit", bound: v, side: "upper" };
  if (/^(tren|it nhat|toi thieu|above|over|at least)\b/.test(f))
    return { kind: "limit", bound: v, side: "lower" };
  return { kind: "level", value: v };
}

/**
 * The report's sentence for one term indicator, e.g. "bình quân 3 năm tăng 7,29%/năm; cần
 * 7,82%/năm trong 2 năm còn lại để đạt mục tiêu 7,5%/năm".
 */
export function termSentence(
  r: TermRowResult,
  unit: string,
  lang: Lang,
  convention: NumberConvention,
): string {
  const n = (x: number): string => formatNumber(x, convention, 2);
  // Figures in the row's unit: a count is whole ("18.167 lao động"), money keeps its decimals.
  const f = (x: number): string => formatInUnit(x, unit, convention);
  const vi = lang === "vi";
  const u = unit.trim() === "" ? "" : unit.trim() === "%" ? "%" : ` ${unit.trim()}`;
  const t = r.target;
  if (r.yearsDone === 0) return vi ? "chưa có số liệu" : "no data yet";
  const parts: string[] = [];
  if (t.kind === "total") {
    if (r.toDate !== null)
      parts.push(
        vi ? `${r.yearsDone} năm đạt ${f(r.toDate)}${u}` : `${f(r.toDate)}${u} in ${r.yearsDone} years`,
      );
    // What is needed each year left is an average of what is left: said so.
    if (r.needed !== null && r.yearsLeft > 0)
      parts.push(
        vi
          ? `cần bình quân ${f(r.needed)}${u}/năm trong ${r.yearsLeft} năm còn lại để đạt mục tiêu ${f(t.value)}${u}`
          : `${f(r.needed)}${u} a year on average needed in the ${r.yearsLeft} years left to reach ${f(t.value)}${u}`,
      );
  } else if (r.method === "linear") {
    if (r.average !== null)
      parts.push(
        vi
          ? `bình quân ${r.yearsDone} năm ${r.average < 0 ? "giảm" : "tăng"} ${n(Math.abs(r.average))} điểm %/năm`
          : `${r.average < 0 ? "down" : "up"} ${n(Math.abs(r.average))} points a year over ${r.yearsDone} years`,
      );
    if (r.projected !== null)
      parts.push(
        vi
          ? `dự kiến cuối nhiệm kỳ ${f(r.projected)}${u}`
          : `projected at ${f(r.projected)}${u} by the term's end`,
      );
  } else {
    if (r.average !== null)
      parts.push(
        vi
          ? `bình quân ${r.yearsDone} năm ${r.average < 0 ? "giảm" : "tăng"} ${n(Math.abs(r.average))}%/năm`
          : `${r.average < 0 ? "down" : "up"} ${n(Math.abs(r.average))}% a year on average over ${r.yearsDone} years`,
      );
    if (r.needed !== null && r.yearsLeft > 0) {
      const goalVi =
        t.kind === "growth" ? `${n(t.ratePct)}%/năm` : `${f(t.kind === "level" ? t.value : t.bound)}${u}`;
      const goalEn =
        t.kind === "growth" ? `${n(t.ratePct)}% a year` : `${f(t.kind === "level" ? t.value : t.bound)}${u}`;
      parts.push(
        vi
          ? `cần ${n(r.needed)}%/năm trong ${r.yearsLeft} năm còn lại để đạt mục tiêu ${goalVi}`
          : `${n(r.needed)}% a year needed in the ${r.yearsLeft} years left to reach ${goalEn}`,
      );
    }
  }
  if (r.onTrack !== null) parts.push(TERM_WORDS[r.onTrack ? "onTrack" : "behind"][lang]);
  return parts.join("; ");
}

/** The term's words, one source for the report, the pane and the charts. */
export const TERM_WORDS = {
  onTrack: { vi: "đúng tiến độ nhiệm kỳ", en: "on track for the term" },
  behind: { vi: "chậm so với mục tiêu nhiệm kỳ", en: "behind the term's target" },
  actual: { vi: "Thực hiện", en: "Actual" },
  projection: { vi: "Dự kiến", en: "Projected" },
  target: { vi: "Mục tiêu", en: "Target" },
} as const;

/** A row of a term table as computeTerm's input; null without a term target. */
export function termIndicatorOf(row: IndicatorRow): TermIndicator | null {
  const term = row.term;
  if (term === undefined || term.target === null) return null;
  return {
    name: row.name,
    unit: row.unit,
    target: term.target,
    baseYear: term.baseYear,
    endYear: term.endYear,
    base: term.base,
    actuals: term.actuals,
    rate: isPercentUnit(row.unit) || row.kind === "rate" || row.kind === "growth",
    direction: row.direction,
  };
}

/** Achieved so far, as the table shows it: the average growth, the total, or the level now. */
export function termToDate(r: TermResult): number | null {
  if (r.target.kind === "growth") return r.averageSoFar;
  if (r.target.kind === "total") return r.cumulative;
  return r.latest;
}

/** The term's path for `check --json`, the report and the pane. */
export function termRowResult(
  r: TermResult,
  ind: Pick<TermIndicator, "baseYear" | "endYear">,
): TermRowResult {
  return {
    target: r.target,
    kind: r.target.kind,
    baseYear: ind.baseYear,
    endYear: ind.endYear,
    toDate: termToDate(r),
    average: r.averageSoFar,
    needed: r.neededPerYear,
    projected: r.projected,
    onTrack: r.onTrack,
    method: r.projection,
    yearsDone: r.yearsDone,
    yearsLeft: r.yearsLeft,
  };
}

/**
 * The verdict of a term row: while years are left, "Đúng tiến độ" when the path so far reaches the
 * target, "Chậm tiến độ" when not; at the term's end, Vượt / Đạt / Không đạt.
 */
export function termVerdict(r: TermResult): Verdict {
  if (r.latest === null || r.onTrack === null) return "chua_co_so_lieu";
  if (r.yearsLeft > 0) return r.onTrack ? "dung_tien_do" : "cham_tien_do";
  if (!r.onTrack) return "khong_dat";
  return beyond(r) ? "vuot" : "dat";
}

/** At the term's end, strictly better than the target (equal is Đạt). */
function beyond(r: TermResult): boolean {
  const t = r.target;
  const eps = (x: number): number => 1e-9 * Math.max(1, Math.abs(x));
  switch (t.kind) {
    case "growth":
      return r.averageSoFar !== null && r.averageSoFar > t.ratePct + eps(t.ratePct);
    case "total":
      return r.cumulative !== null && r.cumulative > t.value + eps(t.value);
    case "level":
      return r.latest !== null && Math.abs(r.latest - t.value) > eps(t.value);
    case "limit":
      return true;
  }
}

/** A term row judged: its verdict from the path, the term's figures beside it. */
export function judgeTerm(row: IndicatorRow): RowResult {
  const empty = emptyResult(row.actual === null ? "chua_co_so_lieu" : "khong_giao_ke_hoach", "nhiem_ky");
  const ind = termIndicatorOf(row);
  if (ind === null) return empty;
  const r = computeTerm(ind);
  const planValue = ind.target.kind === "level" || ind.target.kind === "total" ? ind.target.value : null;
  const reached = ind.target.kind === "total" ? r.cumulative : r.latest;
  // % of the term's target: the level now of a level, the total so far of a total.
  const pctPlan =
    planValue !== null && planValue !== 0 && reached !== null ? (reached / planValue) * 100 : null;
  return {
    ...empty,
    planValue,
    pctPlan,
    verdict: termVerdict(r),
    term: termRowResult(r, ind),
  };
}

/** A term indicator's path for its chart: one entry per year from the base year to the end. */
export interface TermPath {
  years: number[];
  /** The actuals (a total's running sum); null where nothing is reported. */
  actual: (number | null)[];
  /** From the last year reported to the term's end if the path so far continues; null before. */
  projected: (number | null)[];
  /** The target: a level or limit flat, a growth target's path from the base, a total's even share. */
  target: (number | null)[];
}

export function termPath(ind: TermIndicator): TermPath {
  const r = computeTerm(ind);
  const span = ind.endYear - ind.baseYear;
  const years = Array.from({ length: span + 1 }, (_, j) => ind.baseYear + j);
  const t = ind.target;
  const total = t.kind === "total";
  const growthRates = ind.rate && t.kind === "growth";
  let run = 0;
  const actual = years.map((_, j): number | null => {
    if (j === 0) return total ? 0 : growthRates ? null : ind.base;
    const a = ind.actuals[j - 1] ?? null;
    if (a !== null) run += a;
    return a === null ? null : total ? run : a;
  });
  const K = r.yearsDone;
  const at = (j: number): number | null => {
    if (r.latest === null || j < K) return null;
    const steps = j - K;
    if (total) return r.cumulative === null ? null : r.cumulative + (r.cumulative / K) * steps;
    if (growthRates) return j === K ? r.latest : r.averageSoFar;
    if (r.averageSoFar === null) return j === K ? r.latest : null;
    if (r.projection === "linear") return withinRate(r.latest + r.averageSoFar * steps);
    return r.latest * (1 + r.averageSoFar / 100) ** steps;
  };
  const projected = years.map((_, j) => (K === 0 ? null : at(j)));
  const target = years.map((_, j): number | null => {
    switch (t.kind) {
      case "level":
        return t.value;
      case "limit":
        return t.bound;
      case "total":
        return (t.value * j) / span;
      case "growth":
        if (growthRates) return j === 0 ? null : t.ratePct;
        return ind.base === null ? null : ind.base * (1 + t.ratePct / 100) ** j;
    }
  });
  return { years, actual, projected, target };
}

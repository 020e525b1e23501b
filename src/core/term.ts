/**
 * The term (nhiệm kỳ, 5 years): a resolution's headline targets in their four forms (DOMAIN.md,
 * "term"), what each year so far achieved, what the remaining years need, and where the path ends.
 * Levels project by compound growth, rates by a linear trend in points, totals by the run rate.
 */
import type { Direction, Lang, NumberConvention } from "./model";
import { foldWord, formatNumber, parseNumber } from "./numbers";

export type TermTarget =
  /** "đến năm 2025 đạt 90 triệu đồng", "đạt 80% tiêu chí đô thị loại I". */
  | { kind: "level"; value: number }
  /** "tăng bình quân 7,5%/năm". */
  | { kind: "growth"; ratePct: number }
  /** "giải quyết việc làm cho 90.000 lao động trong 5 năm". */
  | { kind: "total"; value: number }
  /** "tỷ lệ hộ nghèo dưới 1%" (upper), "trên 60%" (lower). */
  | { kind: "limit"; bound: number; side: "upper" | "lower" };

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
  /** A rate (in %) moves in points: linear trend; anything else compounds. */
  rate: boolean;
  direction: Direction;
}

export type TermProjection = "compound" | "linear" | "run_rate";

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
  const base = ind.base;
  if (base === null) return out;
  const up = t.kind === "limit" ? t.side === "lower" : ind.direction === "up";

  if (ind.rate) {
    // Rates move in points: the trend so far, carried on in a straight line.
    const slope = (latest - base) / done;
    out.averageSoFar = slope;
    out.projected = latest + slope * left;
    const goal = t.kind === "level" ? t.value : t.kind === "limit" ? t.bound : null;
    if (t.kind === "growth") {
      out.onTrack = slope >= t.ratePct;
      out.neededPerYear = left > 0 ? (base + t.ratePct * span - latest) / left : null;
      return out;
    }
    if (goal !== null) {
      out.neededPerYear = left > 0 ? (goal - latest) / left : null;
      out.onTrack = reaches(out.projected, goal, up, t.kind === "limit");
    }
    return out;
  }

  out.averageSoFar = averageGrowthPct(base, latest, done);
  const g = out.averageSoFar;
  out.projected = g === null ? null : latest * (1 + g / 100) ** left;
  if (t.kind === "growth") {
    const goal = base * (1 + t.ratePct / 100) ** span;
    out.neededPerYear = left > 0 ? averageGrowthPct(latest, goal, left) : null;
    out.onTrack = g === null ? null : g >= t.ratePct - 1e-9;
    return out;
  }
  const goal = t.kind === "level" ? t.value : t.bound;
  out.neededPerYear = left > 0 ? averageGrowthPct(latest, goal, left) : null;
  out.onTrack = out.projected === null ? null : reaches(out.projected, goal, up, t.kind === "limit");
  return out;
}

/** A limit is strict ("dưới 1%"); a level is reached at its value. */
function reaches(value: number, goal: number, up: boolean, strict: boolean): boolean {
  if (strict) return up ? value > goal : value < goal;
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
export function termSentence(r: TermResult, unit: string, lang: Lang, convention: NumberConvention): string {
  const n = (x: number): string => formatNumber(x, convention, 2);
  const vi = lang === "vi";
  const u = unit.trim() === "" ? "" : unit.trim() === "%" ? "%" : ` ${unit.trim()}`;
  const t = r.target;
  if (r.latest === null) return vi ? "chưa có số liệu" : "no data yet";
  const parts: string[] = [];
  if (t.kind === "total" && r.cumulative !== null) {
    parts.push(
      vi ? `${r.yearsDone} năm đạt ${n(r.cumulative)}${u}` : `${n(r.cumulative)}${u} in ${r.yearsDone} years`,
    );
    if (r.neededPerYear !== null && r.yearsLeft > 0)
      parts.push(
        vi
          ? `cần ${n(r.neededPerYear)}${u}/năm trong ${r.yearsLeft} năm còn lại để đạt mục tiêu ${n(t.value)}${u}`
          : `${n(r.neededPerYear)}${u} a year needed in the ${r.yearsLeft} years left to reach ${n(t.value)}${u}`,
      );
  } else if (r.projection === "linear") {
    if (r.averageSoFar !== null)
      parts.push(
        vi
          ? `bình quân ${r.yearsDone} năm ${r.averageSoFar < 0 ? "giảm" : "tăng"} ${n(Math.abs(r.averageSoFar))} điểm %/năm`
          : `${r.averageSoFar < 0 ? "down" : "up"} ${n(Math.abs(r.averageSoFar))} points a year over ${r.yearsDone} years`,
      );
    if (r.projected !== null)
      parts.push(
        vi
          ? `dự kiến cuối nhiệm kỳ ${n(r.projected)}${u}`
          : `projected at ${n(r.projected)}${u} by the term's end`,
      );
  } else {
    if (r.averageSoFar !== null)
      parts.push(
        vi
          ? `bình quân ${r.yearsDone} năm tăng ${n(r.averageSoFar)}%/năm`
          : `up ${n(r.averageSoFar)}% a year on average over ${r.yearsDone} years`,
      );
    if (r.neededPerYear !== null && r.yearsLeft > 0) {
      const goal =
        t.kind === "growth" ? `${n(t.ratePct)}%/năm` : t.kind === "level" ? `${n(t.value)}${u}` : "";
      const goalEn = t.kind === "growth" ? `${n(t.ratePct)}% a year` : goal;
      parts.push(
        vi
          ? `cần ${n(r.neededPerYear)}%/năm trong ${r.yearsLeft} năm còn lại để đạt mục tiêu ${goal}`
          : `${n(r.neededPerYear)}% a year needed in the ${r.yearsLeft} years left to reach ${goalEn}`,
      );
    }
  }
  if (r.onTrack !== null)
    parts.push(
      vi
        ? r.onTrack
          ? "đúng tiến độ nhiệm kỳ"
          : "chậm so với mục tiêu nhiệm kỳ"
        : r.onTrack
          ? "on track for the term"
          : "behind the term's target",
    );
  return parts.join("; ");
}

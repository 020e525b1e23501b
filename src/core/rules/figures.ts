/** Rules on single figures: ×1000 slips, counts that are negative or fractional, rates outside 0–100. */
import type { Finding, Fix, IndicatorRow, Settings } from "../model";
import { lazyText } from "../messages/index";
import { formatNumber } from "../numbers";
import { NO_FINDINGS, rowFinding } from "./finding";
import { isBlank, isCountUnit, isPercentUnit, isPointsUnit, namesGrowth } from "./text";

export type FigureColumn = "plan" | "stretch" | "actual" | "prior";

/** One number of a row, and whether the cell held a real number (not text). */
export interface Figure {
  column: FigureColumn;
  value: number;
  typedAsNumber: boolean;
}

/** A slip makes the figure ≈ 1000× smaller than the row's other figures: this band, both ends in. */
export const SLIP_RATIO_MIN = 1 / 3000;
export const SLIP_RATIO_MAX = 1 / 300;

/** Beyond this, a float×1000 is too large to tell an integer from rounding noise. */
const SLIP_MAX_MAGNITUDE = 1e9;

/** The row's numeric figures. Relative and "all" targets carry no figure of their own. */
export function figuresOf(row: IndicatorRow): Figure[] {
  const out: Figure[] = [];
  const t = row.target;
  if (t !== null) {
    if (t.kind === "value" || t.kind === "approx") addFigure(out, row, "plan", t.value);
    else if (t.kind === "limit") addFigure(out, row, "plan", t.bound);
    else if (t.kind === "range") {
      addFigure(out, row, "plan", t.lo);
      addFigure(out, row, "plan", t.hi);
    }
  }
  addFigure(out, row, "stretch", row.stretch);
  addFigure(out, row, "actual", row.actual);
  addFigure(out, row, "prior", row.prior);
  return out;
}

// Helpers below are plain functions, not closures: a closure over a loop's or a call's variables
// makes V8 allocate a context on every row, even when no finding is made.
function addFigure(out: Figure[], row: IndicatorRow, column: FigureColumn, value: number | null): void {
  if (value !== null && Number.isFinite(value))
    out.push({ column, value, typedAsNumber: typeof row.raw[column] === "number" });
}

/**
 * Whether thousandsSlips, negativeCounts or ratesOutOfRange could find anything on the row, from
 * its figures read in place: most rows have nothing to find and need no list of figures. Never
 * false where one of them finds something (each test below is looser than its rule's).
 */
export function figureRulesMayFind(row: IndicatorRow, settings: Settings): boolean {
  const slips = settings.convention === "vi";
  const counts = row.kind === "quantity" && isCountUnit(row.unit);
  const rates = isBoundedRate(row);
  if (!slips && !counts && !rates) return false;
  const t = row.target;
  if (t !== null) {
    if (t.kind === "value" || t.kind === "approx") {
      if (mayFind(t.value, slips, counts, rates)) return true;
    } else if (t.kind === "limit") {
      if (mayFind(t.bound, slips, counts, rates)) return true;
    } else if (t.kind === "range") {
      if (mayFind(t.lo, slips, counts, rates) || mayFind(t.hi, slips, counts, rates)) return true;
    }
  }
  if (slips && spansThousandfold(row)) return true;
  return (
    mayFind(row.stretch, slips, counts, rates) ||
    mayFind(row.actual, slips, counts, rates) ||
    mayFind(row.prior, slips, counts, rates)
  );
}

/** The row's largest positive figure is at least 300 times its smallest: a slip may hide there. */
function spansThousandfold(row: IndicatorRow): boolean {
  const span = { lo: Infinity, hi: 0 };
  const t = row.target;
  if (t !== null) {
    if (t.kind === "value" || t.kind === "approx") widen(span, t.value);
    else if (t.kind === "limit") widen(span, t.bound);
    else if (t.kind === "range") {
      widen(span, t.lo);
      widen(span, t.hi);
    }
  }
  widen(span, row.stretch);
  widen(span, row.actual);
  widen(span, row.prior);
  return span.hi > 0 && span.lo / span.hi <= SLIP_RATIO_MAX;
}

function widen(span: { lo: number; hi: number }, v: number | null): void {
  if (v === null || !(v > 0) || !Number.isFinite(v)) return;
  if (v < span.lo) span.lo = v;
  if (v > span.hi) span.hi = v;
}

function mayFind(value: number | null, slips: boolean, counts: boolean, rates: boolean): boolean {
  if (value === null || !Number.isFinite(value)) return false;
  if (slips && hasExactlyThreeDecimals(value)) return true;
  if (counts && (value < 0 || !isWhole(value))) return true;
  return rates && (value < -RATE_EPSILON || value > 100 + RATE_EPSILON);
}

/** A finding on this column is already in `out`. */
function hasColumn(out: readonly Finding[] | null, column: FigureColumn): boolean {
  if (out === null) return false;
  for (const f of out) if (f.column === column) return true;
  return false;
}

function isWhole(value: number): boolean {
  return Math.abs(value - Math.round(value)) <= 1e-9 * Math.max(1, Math.abs(value));
}

/** 37.067 yes; 6794.12 no (two decimals); 37.06 no (a lost trailing zero cannot be told apart). */
export function hasExactlyThreeDecimals(value: number): boolean {
  if (value === 0 || Math.abs(value) >= SLIP_MAX_MAGNITUDE) return false;
  const thousandths = value * 1000;
  const hundredths = value * 100;
  return (
    Math.abs(thousandths - Math.round(thousandths)) < 1e-6 &&
    Math.abs(hundredths - Math.round(hundredths)) >= 1e-6
  );
}

/**
 * 1.4 or 1.25: what "1.400" or "1.250" become in en-US, ×1000 a whole number. A whole number
 * ("5.000" read as 5) is left alone: plan 1 beside an actual of 1 001 may well be meant.
 */
function lostTrailingZeros(value: number): boolean {
  // Below 1 no thousands group was typed: "0,01" is not "10" with its zeros lost.
  if (value < 1 || value >= SLIP_MAX_MAGNITUDE || isWhole(value)) return false;
  const thousandths = value * 1000;
  return Math.abs(thousandths - Math.round(thousandths)) < 1e-6;
}

/** Some other figure of the row is 300 to 3 000 times this one; with `sure`, one not itself a slip. */
function looksThousandTimesSmaller(figure: Figure, all: readonly Figure[], sure = false): boolean {
  if (figure.value <= 0) return false;
  for (const other of all) {
    if (other.column === figure.column || other.value <= 0) continue;
    if (sure && hasExactlyThreeDecimals(other.value)) continue;
    const ratio = figure.value / other.value;
    if (ratio >= SLIP_RATIO_MIN && ratio <= SLIP_RATIO_MAX) return true;
  }
  return false;
}

/**
 * thousands_slip: "37.067" typed into an en-US Excel becomes the number 37.067. Only real numbers
 * (text went through our own parser) and only in a vi workbook, where "." groups thousands.
 */
export function thousandsSlips(
  row: IndicatorRow,
  settings: Settings,
  figures: readonly Figure[] = figuresOf(row),
): readonly Finding[] {
  if (settings.convention !== "vi") return NO_FINDINGS;
  let out: Finding[] | null = null;
  for (const figure of figures) {
    if (!figure.typedAsNumber || hasColumn(out, figure.column)) continue;
    if (hasExactlyThreeDecimals(figure.value)) {
      if (!isCountUnit(row.unit) && !looksThousandTimesSmaller(figure, figures)) continue;
    } else if (!(lostTrailingZeros(figure.value) && looksThousandTimesSmaller(figure, figures, true))) {
      // "1.400" typed in en-US is 1.4: its digits alone cannot tell, but beside an actual of
      // 1 352,5 the row can (a plan 1 000× too small judged the row Vượt at 96 607 %).
      continue;
    }
    (out ??= []).push(thousandsSlip(row, settings, figure));
  }
  return out ?? NO_FINDINGS;
}

function thousandsSlip(row: IndicatorRow, settings: Settings, figure: Figure): Finding {
  const { convention } = settings;
  const { value } = figure;
  const fixed = Math.round(value * 1000);
  const shown = (): string => formatNumber(value, convention, 3);
  const fixedText = (): string => formatNumber(fixed, convention, 0);
  // A fix writes to the figure's own cell, never to a stand-in.
  const cell = row.cells[figure.column];
  const fix = cell
    ? lazyText({ cell, value: fixed } as Fix, "description", () => ({
        vi: `Đổi ${shown()} thành ${fixedText()}`,
        en: `Change ${shown()} to ${fixedText()}`,
      }))
    : null;
  return rowFinding(
    "thousands_slip",
    "warning",
    row,
    figure.column,
    () => ({
      name: row.name,
      shown: shown(),
      fixed: fixedText(),
      plain: fixed,
      ...(hasExactlyThreeDecimals(value) ? {} : { lost: 1 }),
    }),
    fix,
  );
}

/** negative_count: a count of people, firms, communes… is a whole number, never below zero. */
export function negativeCounts(
  row: IndicatorRow,
  settings: Settings,
  explained: ReadonlySet<string>,
  figures: readonly Figure[] = figuresOf(row),
): readonly Finding[] {
  if (row.kind !== "quantity" || !isCountUnit(row.unit)) return NO_FINDINGS;
  let out: Finding[] | null = null;
  for (const figure of figures) {
    if (hasColumn(out, figure.column)) continue;
    const { value } = figure;
    const negative = value < 0;
    // A ×1000 slip or an unsure reading is also a fraction; its own finding says what to do.
    const fraction = !negative && !isWhole(value) && !explained.has(figure.column);
    if (!negative && !fraction) continue;
    (out ??= []).push(negativeCount(row, settings, figure.column, value, negative));
  }
  return out ?? NO_FINDINGS;
}

function negativeCount(
  row: IndicatorRow,
  settings: Settings,
  column: FigureColumn,
  value: number,
  negative: boolean,
): Finding {
  return rowFinding("negative_count", "error", row, column, () => ({
    name: row.name,
    unit: row.unit.trim(),
    shown: formatNumber(value, settings.convention, 3),
    problem: negative ? "negative" : "fraction",
  }));
}

/** Float noise such as 100.00000000001 from a sum is not out of range. */
const RATE_EPSILON = 1e-9;

/**
 * Rates and structure shares live in 0–100; growth rates and điểm % differences do not. A "%" row
 * whose Loại was left empty is inferred to be a rate, but when its name speaks of growth
 * (GRDP −3,1 % in a bad year) it is taken as one.
 */
export function isBoundedRate(row: IndicatorRow): boolean {
  if (row.kind === "growth" || row.kind === "yesno" || isPointsUnit(row.unit)) return false;
  if (isBlank(row.raw.kind) && namesGrowth(row.name)) return false;
  return row.kind === "rate" || row.kind === "structure" || isPercentUnit(row.unit);
}

/** rate_out_of_range: 140 % of households cannot be poor. */
export function ratesOutOfRange(
  row: IndicatorRow,
  settings: Settings,
  explained: ReadonlySet<string>,
  figures: readonly Figure[] = figuresOf(row),
): readonly Finding[] {
  if (!isBoundedRate(row)) return NO_FINDINGS;
  let out: Finding[] | null = null;
  for (const figure of figures) {
    if (hasColumn(out, figure.column) || explained.has(figure.column)) continue;
    const { value } = figure;
    if (value >= -RATE_EPSILON && value <= 100 + RATE_EPSILON) continue;
    (out ??= []).push(rateOutOfRange(row, settings, figure.column, value));
  }
  return out ?? NO_FINDINGS;
}

function rateOutOfRange(row: IndicatorRow, settings: Settings, column: FigureColumn, value: number): Finding {
  return rowFinding("rate_out_of_range", "error", row, column, () => ({
    name: row.name,
    shown: formatNumber(value, settings.convention, 3),
  }));
}

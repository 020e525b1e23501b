/** Rules on single figures: ×1000 slips, counts that are negative or fractional, rates outside 0–100. */
import type { Finding, IndicatorRow, Settings } from "../model";
import { formatNumber } from "../numbers";
import { rowFinding } from "./finding";
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
  const typed = (column: FigureColumn): boolean => typeof row.raw[column] === "number";
  const out: Figure[] = [];
  const t = row.target;
  const planValues =
    t === null
      ? []
      : t.kind === "value" || t.kind === "approx"
        ? [t.value]
        : t.kind === "limit"
          ? [t.bound]
          : t.kind === "range"
            ? [t.lo, t.hi]
            : [];
  for (const value of planValues) out.push({ column: "plan", value, typedAsNumber: typed("plan") });
  const others: [FigureColumn, number | null][] = [
    ["stretch", row.stretch],
    ["actual", row.actual],
    ["prior", row.prior],
  ];
  for (const [column, value] of others) {
    if (value !== null) out.push({ column, value, typedAsNumber: typed(column) });
  }
  return out.filter((f) => Number.isFinite(f.value));
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

function looksThousandTimesSmaller(figure: Figure, all: Figure[]): boolean {
  if (figure.value <= 0) return false;
  return all.some((other) => {
    if (other.column === figure.column || other.value <= 0) return false;
    const ratio = figure.value / other.value;
    return ratio >= SLIP_RATIO_MIN && ratio <= SLIP_RATIO_MAX;
  });
}

/**
 * thousands_slip: "37.067" typed into an en-US Excel becomes the number 37.067. Only real numbers
 * (text went through our own parser) and only in a vi workbook, where "." groups thousands.
 */
export function thousandsSlips(row: IndicatorRow, settings: Settings): Finding[] {
  if (settings.convention !== "vi") return [];
  const figures = figuresOf(row);
  const countUnit = isCountUnit(row.unit);
  const out: Finding[] = [];
  for (const figure of figures) {
    if (!figure.typedAsNumber || !hasExactlyThreeDecimals(figure.value)) continue;
    if (out.some((f) => f.column === figure.column)) continue;
    if (!countUnit && !looksThousandTimesSmaller(figure, figures)) continue;
    const fixed = Math.round(figure.value * 1000);
    const shown = formatNumber(figure.value, settings.convention, 3);
    const fixedText = formatNumber(fixed, settings.convention, 0);
    // A fix writes to the figure's own cell, never to a stand-in.
    const cell = row.cells[figure.column];
    const description = { vi: `Đổi ${shown} thành ${fixedText}`, en: `Change ${shown} to ${fixedText}` };
    const fix = cell ? { cell, value: fixed, description } : null;
    out.push(
      rowFinding(
        "thousands_slip",
        "warning",
        row,
        figure.column,
        { name: row.name, shown, fixed: fixedText, plain: fixed },
        fix,
      ),
    );
  }
  return out;
}

/** negative_count: a count of people, firms, communes… is a whole number, never below zero. */
export function negativeCounts(
  row: IndicatorRow,
  settings: Settings,
  explained: ReadonlySet<string>,
): Finding[] {
  if (row.kind !== "quantity" || !isCountUnit(row.unit)) return [];
  const out: Finding[] = [];
  for (const figure of figuresOf(row)) {
    if (out.some((f) => f.column === figure.column)) continue;
    const negative = figure.value < 0;
    // A ×1000 slip or an unsure reading is also a fraction; its own finding says what to do.
    const fraction = !negative && !isWhole(figure.value) && !explained.has(figure.column);
    if (!negative && !fraction) continue;
    out.push(
      rowFinding("negative_count", "error", row, figure.column, {
        name: row.name,
        unit: row.unit.trim(),
        shown: formatNumber(figure.value, settings.convention, 3),
        problem: negative ? "negative" : "fraction",
      }),
    );
  }
  return out;
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
): Finding[] {
  if (!isBoundedRate(row)) return [];
  const out: Finding[] = [];
  for (const figure of figuresOf(row)) {
    if (out.some((f) => f.column === figure.column) || explained.has(figure.column)) continue;
    if (figure.value >= -RATE_EPSILON && figure.value <= 100 + RATE_EPSILON) continue;
    out.push(
      rowFinding("rate_out_of_range", "error", row, figure.column, {
        name: row.name,
        shown: formatNumber(figure.value, settings.convention, 3),
      }),
    );
  }
  return out;
}

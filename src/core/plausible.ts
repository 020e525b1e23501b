/**
 * Figures nobody meant: a 30-digit paste, 1e+30 from a formula. Excel keeps 15 significant digits,
 * so a longer figure is not the one typed; and an amount bigger than any economy's, in the row's
 * unit, is a slip. The reader reports such a cell (implausible_number) and does not compute with it,
 * so no 30-digit percentage ever reaches a sheet, the pane or a report.
 */
import { remember, unitScale } from "./numbers";
import { isCountUnit, isPercentUnit, isPointsUnit } from "./rules/text";

/** Significant digits Excel keeps. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/** Largest plausible amount in đồng (Vietnam's GDP is about 1e16 đồng): tỷ đồng rows stop at 1e7. */
const MAX_DONG = 1e16;
/** A count of people, households, firms… (the world has 8e9 people). */
const MAX_COUNT = 1e10;
/** A percentage or điểm %: growth of a thousand-fold is still 1e5 %. */
const MAX_PERCENT = 1e6;

/** Significant digits of a figure as typed ("0,000123" → 3; "94.450.000" → 4); 0 when none. */
export function significantDigits(typed: string): number {
  const digits = typed.replace(/[eE][+-]?\d+$/, "").replace(/\D/g, "");
  return digits.replace(/^0+/, "").replace(/0+$/, "").length;
}

export type Implausible = { why: "digits"; digits: number } | { why: "size"; limit: number } | null;

/** Why a figure of the row's unit cannot be meant, or null when it may be. */
export function implausible(value: number, unit: string, typed: string | null): Implausible {
  // Only a long figure can hold more than 15 digits: most cells skip the count.
  if (typed !== null && typed.length > MAX_SIGNIFICANT_DIGITS) {
    const digits = significantDigits(typed);
    if (digits > MAX_SIGNIFICANT_DIGITS) return { why: "digits", digits };
  }
  const limit = plausibleLimit(unit);
  if (!Number.isFinite(value) || Math.abs(value) >= limit) return { why: "size", limit };
  return null;
}

/** Units repeat on every row: each distinct one is read once. */
const LIMITS = new Map<string, number>();

/** The largest magnitude a figure in this unit may have. */
export function plausibleLimit(unit: string): number {
  let limit = LIMITS.get(unit);
  if (limit === undefined) {
    if (isPercentUnit(unit) || isPointsUnit(unit)) limit = MAX_PERCENT;
    else if (isCountUnit(unit)) limit = MAX_COUNT;
    else limit = Math.min(10 ** MAX_SIGNIFICANT_DIGITS, MAX_DONG / unitScale(unit));
    remember(LIMITS, unit, limit);
  }
  return limit;
}

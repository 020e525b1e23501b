/**
 * A figure as a report prints it beside its unit, by the unit's kind: counts (lao động, hộ,
 * doanh nghiệp …) are whole numbers, so a per-year average of 90.000 jobs reads "18.167 lao động",
 * never "18.166,67"; money, rates and measures keep their decimals.
 */
import type { NumberConvention } from "./model";
import { formatNumber } from "./numbers";
import { isCountUnit } from "./rules/text";

/** Decimals a figure in this unit is printed with. */
export function unitDecimals(unit: string, decimals = 2): number {
  return isCountUnit(unit) ? 0 : decimals;
}

/** The number alone, rounded as its unit wants ("18.167" for lao động, "6.794,12" for tỷ đồng). */
export function formatInUnit(
  value: number,
  unit: string,
  convention: NumberConvention,
  decimals = 2,
): string {
  return formatNumber(value, convention, unitDecimals(unit, decimals));
}

/** The number and its unit: "61,5%", "18.167 lao động", "37.067 tỷ đồng". */
export function figureWithUnit(
  value: number,
  unit: string,
  convention: NumberConvention,
  decimals = 2,
): string {
  const u = unit.trim();
  const n = formatInUnit(value, u, convention, decimals);
  if (u === "%") return `${n}%`;
  return u === "" ? n : `${n} ${u}`;
}

/**
 * Consolidation across scale words: one commune reports "Thu ngân sách" in triệu đồng, another in
 * tỷ đồng. Units that differ only by their scale words (numbers.ts SCALE_WORDS: nghìn, triệu, tỷ,
 * stacked as "nghìn tỷ") are one measure; each unit's figures are moved to the merged row's unit by
 * a decimal shift (exact), and the merged table says which unit was converted.
 */
import type { Target, Text } from "./model";
import { rescaled, splitUnitScale } from "./numbers";

/** What a unit of measure is, for matching: its base folded ("dong"), its scale (1e6). */
export interface UnitMeasure {
  /** Same key, same measure: figures convert. A bare scale ("tỷ") never matches an empty unit. */
  key: string;
  scale: number;
}

export function unitMeasure(unit: string, fold: (text: string) => string): UnitMeasure {
  const { scale, base } = splitUnitScale(unit);
  const folded = fold(base);
  return { key: folded === "" && scale !== 1 ? "(scale)" : folded, scale };
}

/**
 * The unit the merged row is written in: the one most units used, ties going to the earliest unit.
 * An office consolidating 14 communes where 13 report tỷ đồng and one reports triệu đồng expects
 * the table in tỷ đồng, whichever file it happened to pick first; the fewest figures are converted,
 * and the merged row reads like most of the tables it came from. `units` in unit order, null where
 * the unit lacks the row; `fold` compares spellings ("Tỷ đồng" = "tỷ đồng").
 */
export function commonUnit(units: readonly (string | null)[], fold: (text: string) => string): string {
  const counts = new Map<string, { unit: string; n: number }>();
  for (const unit of units) {
    if (unit === null) continue;
    const seen = counts.get(fold(unit));
    if (seen === undefined) counts.set(fold(unit), { unit, n: 1 });
    else seen.n += 1;
  }
  let best: { unit: string; n: number } | null = null;
  // Map order is first-seen order, so a tie keeps the earliest unit's spelling.
  for (const c of counts.values()) if (best === null || c.n > best.n) best = c;
  return best?.unit ?? "";
}

/** A figure from one scale to another; null stays null. */
export function convertFigure(value: number | null, from: number, to: number): number | null {
  return value === null ? null : rescaled(value, from, to);
}

/**
 * A target from one scale to another: its amounts move, a change in % (relative) does not, nor do
 * targets without an amount (all, yes/no).
 */
export function convertTarget(target: Target | null, from: number, to: number): Target | null {
  if (target === null || from === to) return target;
  const r = (v: number): number => rescaled(v, from, to);
  switch (target.kind) {
    case "value":
    case "approx":
      return { ...target, value: r(target.value) };
    case "range":
      return { ...target, lo: r(target.lo), hi: r(target.hi) };
    case "limit":
      return { ...target, bound: r(target.bound) };
    case "relative":
    case "all":
    case "yesno":
      return target;
  }
}

/** The heading of the list of conversions (CLI, pane). */
export const CONVERTED_LABEL = { vi: "Đã đổi đơn vị", en: "Units converted" } as const;

/** One unit of measure converted, and the units that wrote it. */
export interface Conversion {
  from: string;
  to: string;
  units: string[];
}

/** "Xã B, Xã C: triệu đồng → tỷ đồng; Xã D: nghìn tỷ đồng → tỷ đồng". */
export function conversionText(conversions: readonly Conversion[]): string {
  return conversions.map((c) => `${c.units.join(", ")}: ${c.from} → ${c.to}`).join("; ");
}

/** The note of a row with converted figures, vi and en. */
export function conversionNote(conversions: readonly Conversion[]): Text {
  const text = conversionText(conversions);
  return { vi: `${text} (đã đổi đơn vị)`, en: `${text} (units converted)` };
}

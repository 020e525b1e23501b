/**
 * Column widths, decided here for every sheet core lays out (templates, the term template, the
 * merged, extracted and rolled tables); the computed columns Tính toán appends are sized by
 * plan.ts computedWidth, re-exported here so callers have one place to ask.
 */
import type { ComputePlan, InputColumn } from "./model";
import { computedWidth } from "./plan";

export { computedWidth };

/** Characters each input column is given on a sheet core lays out ("doanh nghiệp" whole in Đơn vị tính). */
export const INPUT_WIDTHS: Record<InputColumn, number> = {
  stt: 6,
  name: 46,
  unit: 14,
  kind: 12,
  direction: 8,
  plan: 14,
  stretch: 14,
  actual: 14,
  prior: 14,
  reportedPct: 12,
  note: 30,
};

/** A column the layout gives no other width (a unit's column in a merge, a year of a term). */
export const OTHER_WIDTH = 12;

/** Bold header text is about this much wider than the plain characters a width counts. */
const BOLD_FACTOR = 1.15;

/**
 * Characters a column needs so its header fits the header row's two lines ("Ước thực hiện năm
 * 2024" was clipped at 14): the wider of the two halves a greedy wrap gives, and the longest word.
 */
export function headerWidth(text: string): number {
  const words = text.split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return 0;
  let best = Infinity;
  for (let cut = 1; cut <= words.length; cut++) {
    const first = words.slice(0, cut).join(" ").length;
    const second = words.slice(cut).join(" ").length;
    best = Math.min(best, Math.max(first, second));
  }
  return Math.ceil(best * BOLD_FACTOR) + 2;
}

/**
 * A laid-out sheet's widths from column A to `right`: the input columns' as given, each column the
 * plan appends as the plan sizes it (never narrower than its content, computedWidth), any other
 * OTHER_WIDTH.
 */
export function sheetColumnWidths(
  inputs: readonly number[],
  plan: Pick<ComputePlan, "columnWidths">,
  right: number,
): number[] {
  const planned = new Map(plan.columnWidths.map((w) => [w.col, w.chars]));
  return Array.from(
    { length: Math.max(right + 1, inputs.length) },
    (_, c) => Math.max(inputs[c] ?? 0, planned.get(c) ?? 0) || OTHER_WIDTH,
  );
}

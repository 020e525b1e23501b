/** Sizes: the state keeps points (like the Excel API); the screen needs pixels (96 dpi). */
export const PX_PER_PT = 4 / 3;
export const ROW_HEADER_PX = 40;
export const COL_HEADER_PX = 20;

export const px = (pt: number): number => Math.round(pt * PX_PER_PT);

/** Start offsets (px) of `count` consecutive rows or columns, plus the end: length count + 1. */
export function offsets(count: number, sizePt: (i: number) => number): number[] {
  const out = new Array<number>(count + 1);
  out[0] = 0;
  for (let i = 0; i < count; i++) out[i + 1] = (out[i] ?? 0) + px(sizePt(i));
  return out;
}

/** The index whose span holds `pos` (clamped to the last index). */
export function indexAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** Visible index window [first, last] for a scroll position, with a few spare on each side. */
export function visibleWindow(
  starts: readonly number[],
  from: number,
  size: number,
  overscan = 4,
): [number, number] {
  const last = starts.length - 2;
  const first = Math.max(0, indexAt(starts, from) - overscan);
  return [first, Math.min(last, indexAt(starts, from + size) + overscan)];
}

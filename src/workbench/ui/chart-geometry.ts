/** Pure layout maths for ChartSvg: value-axis ticks and category label fitting. */

export interface Ticks {
  min: number;
  max: number;
  step: number;
  values: number[];
}

/** "Nice" ticks (1, 2, 2.5, 5 × 10^n) covering the data and zero, about `target` of them. */
export function niceTicks(
  dataMin: number,
  dataMax: number,
  fixedMin: number | null,
  fixedMax: number | null,
  target = 6,
  /** The axis shows whole numbers only ("0", "#,##0"): a 2.5 or 0.5 step would print 3, 8, 13. */
  wholeSteps = false,
): Ticks {
  let lo = fixedMin ?? Math.min(0, dataMin);
  let hi = fixedMax ?? Math.max(0, dataMax);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (hi - lo < 1e-12) hi = lo + (Math.abs(lo) || 1);
  const rough = (hi - lo) / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const whole = (x: number) => !wholeSteps || Number.isInteger(Number(x.toPrecision(12)));
  const step = Math.max(
    wholeSteps ? 1 : 0,
    ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough && whole(m * magnitude)) ?? 10) * magnitude,
  );
  const min = fixedMin ?? Math.floor(lo / step + 1e-9) * step;
  const max = fixedMax ?? Math.ceil(hi / step - 1e-9) * step;
  const values: number[] = [];
  // Round each tick so 0.1 + 0.2 style noise does not show in labels.
  for (let v = min; v <= max + step * 1e-6; v += step) values.push(Number(v.toPrecision(12)));
  return { min, max, step, values };
}

/** Splits a label into at most `maxLines` lines of about `width` characters, with an ellipsis. */
export function wrapLabel(label: string, width: number, maxLines: number): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= width || !current) current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines.map((l) => truncate(l, width + 4));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} …`, width + 2);
  return kept.map((l) => truncate(l, width + 4));
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Rough width in px of text in an 11px Segoe-like font: enough to reserve margins. */
export function textWidth(text: string, fontPx = 11): number {
  return text.length * fontPx * 0.55;
}

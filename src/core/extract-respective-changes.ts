/**
 * "so với năm 2025 giảm 21 vụ, giảm 12 người chết và giảm 17 người bị thương, tương ứng giảm 10,88%,
 * 11,32% và 11,49%": after counts whose changes were said in their own units, "tương ứng" and as
 * many percentages give each count its change in %, in order; the percentages are no rows of their
 * own. ("A và B lần lượt tăng 5% và 7%" is read by extract-respectively.ts.)
 */
import type { Draft } from "./extract-drafts";

const LIST =
  /(?<!\p{L})tương ứng\s+(giảm|tăng)\s+(\d+(?:,\d+)?\s*%(?:\s*(?:,|và|,\s*và)\s*\d+(?:,\d+)?\s*%)+)/gu;

export function respectiveChanges(src: string, drafts: readonly Draft[]): Draft[] {
  let out = [...drafts];
  for (const m of src.matchAll(LIST)) {
    const values = [...(m[2] ?? "").matchAll(/\d+(?:,\d+)?/gu)].map((v) => Number(v[0].replace(",", ".")));
    const sign = m[1] === "giảm" ? -1 : 1;
    const from = m.index;
    const to = m.index + m[0].length;
    // The percentages may have been read as rows of their own, or as the change of a count nearby.
    const inList = out.filter((d) => d.unit === "%" && d.source.start < to && d.source.end > from);
    const last = out.filter((d) => d.source.end <= from).pop();
    if (last === undefined) continue;
    const sentence = last.sentence;
    const counts = out.filter(
      (d) => d.sentence === sentence && d.unit !== "%" && d.actual !== null && d.source.end <= from,
    );
    if (counts.length < values.length) continue;
    // The changes in the counts' own units come first ("giảm 21 vụ, giảm 12 người chết").
    const firstAt = (counts[counts.length - values.length] as Draft).source.end;
    if (!/(?<!\p{L})(?:tăng|giảm)\s+\d/u.test(src.slice(firstAt, from))) continue;
    counts.slice(-values.length).forEach((d, i) => {
      d.changePct = sign * (values[i] as number);
    });
    out = out.filter((d) => !inList.includes(d));
  }
  return out;
}

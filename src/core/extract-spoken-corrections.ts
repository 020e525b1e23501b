/**
 * A speaker who corrects a figure ("giải ngân khoảng 3.400 tỷ đồng, à, tôi nói lại là 3.460 tỷ
 * đồng", "làm chết 96 người, à xin lỗi, 93 người", "khoảng 97%, chính xác là 97,4%") means only the
 * figure said last; a chat that amends its own draft ("9.200 tr.đ (không phải 9.000 tr.đ như bản
 * trước)") means only the figure kept. Transcripts and minutes copy both, so the figure taken back is
 * cut before extraction, leaving the corrected one where it stood, with the words that named it.
 */
import type { TextEdit } from "./extract-edit";

const FIG = String.raw`\d+(?:[.,]\d+)*`;

/** What a speaker says to take a figure back, after it: a filler, then the words that correct. */
const TAKEN_BACK =
  /[,;]?\s{0,2}(?:[—–-]\s{0,2})?(?:(?:à|ờ|ừ)(?![\p{L}])[,\s]{0,3})?(?:xin lỗi|(?:tôi\s+)?nói lại(?:\s+là)?|(?:con số\s+)?chính xác(?:\s+là)?|đúng ra(?:\s+là)?|cụ thể là)[,:\s]{1,3}(?=\d)/giu;

/** A figure's value as written in vi-VN ("3.460" → 3460, "94,3" → 94.3). */
const valueOf = (s: string): number => Number(s.replace(/\./gu, "").replace(",", "."));

/** The first word (or "%") after a figure: what it counts, for a correction must count the same. */
const unitAfter = (s: string): string => /^\s*(%|\p{L}+(?:\.\p{L}+)?)/u.exec(s)?.[1]?.toLowerCase() ?? "";

export function correctionEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of src.matchAll(TAKEN_BACK)) {
    const after = new RegExp(`^${FIG}`, "u").exec(
      src.slice(m.index + m[0].length, m.index + m[0].length + 24),
    );
    if (after === null) continue;
    // The figure taken back: the last one in the few words before, in the same clause.
    const lookFrom = Math.max(0, m.index - 40);
    const before = src.slice(lookFrom, m.index);
    const figures = [...before.matchAll(new RegExp(`(?<![\\d.,/])${FIG}(?![\\d/])`, "gu"))];
    const last = figures[figures.length - 1];
    if (last === undefined || /[;.!?\n](?:\s|$)/u.test(before.slice(last.index))) continue;
    const oldValue = valueOf(last[0]);
    const newValue = valueOf(after[0]);
    // A correction is of the same thing and near it: "cụ thể là 5 dự án" after "12 dự án" lists parts.
    const afterNew = src.slice(
      m.index + m[0].length + after[0].length,
      m.index + m[0].length + after[0].length + 16,
    );
    if (unitAfter(before.slice(last.index + last[0].length)) !== unitAfter(afterNew)) continue;
    if (!(Math.abs(newValue - oldValue) <= 0.25 * Math.max(oldValue, newValue))) continue;
    edits.push({ start: lookFrom + last.index, end: m.index + m[0].length, insert: "" });
  }
  // "(không phải 9.000 tr.đ như bản trước)", "chứ không phải 9.000": the figure a draft dropped.
  for (const m of src.matchAll(/\s?\(\s{0,2}(?:chứ\s+)?không phải[^()\n]{0,60}\d[^()\n]{0,40}\)/gu))
    edits.push({ start: m.index, end: m.index + m[0].length, insert: "" });
  for (const m of src.matchAll(
    new RegExp(`,?\\s(?:chứ|mà)\\s+không phải(?:\\s+là)?\\s+${FIG}[^,;.\\n()]{0,30}`, "gu"),
  ))
    edits.push({ start: m.index, end: m.index + m[0].length, insert: "" });
  return edits;
}

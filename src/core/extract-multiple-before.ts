/**
 * "So với năm 2020, kim ngạch xuất khẩu năm 2025 tăng gấp 2,1 lần, ước đạt 3,18 tỷ USD": the level
 * said after a multiple is the level of what the multiple was said of. The multiple is no row of its
 * own (a base year far back), so the clause rules, cut at it, left the level without a name or named
 * it "… tăng gấp lần".
 */
import type { Draft } from "./extract-drafts";
import { capitalize, words } from "./extract-text";

/** Subject, the multiple, then only a verb of reaching before the level's figure. */
const MULTIPLE_THEN_LEVEL =
  /^(.*?)\s+(?:đã\s+)?(?:tăng\s+)?gấp\s+\d+(?:,\d+)?\s+lần(?:\s+(?:so với\s+)?(?:năm\s+(?:19|20)\d\d|cùng kỳ|đầu nhiệm kỳ))?\s*,\s*(?:ước\s+)?(?:đạt|là|lên|với)?\s*$/iu;

export function nameLevelsAfterMultiple(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (d.unit === "%") continue;
    const figure = d.source.start + (/\d/u.exec(src.slice(d.source.start, d.source.end))?.index ?? 0);
    const near = src.slice(Math.max(0, figure - 200), figure);
    const open = Math.max(
      near.lastIndexOf(". "),
      near.lastIndexOf(";"),
      near.lastIndexOf(":"),
      near.lastIndexOf("\n"),
    );
    const m = MULTIPLE_THEN_LEVEL.exec(near.slice(open + 1).trim());
    if (m?.[1] === undefined) continue;
    // "So với năm 2020, …": the comparison's base before the subject is no part of it.
    const subject = m[1].replace(/^so với[^,]{1,40},\s*/iu, "").trim();
    if (
      words(subject).length < 2 ||
      /\d{3,}(?!\d)(?<!(?:19|20)\d\d)/u.test(subject.replace(/(?:19|20)\d\d/gu, ""))
    )
      continue;
    d.name = capitalize(subject);
    if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
  }
}

/**
 * "Trong năm, toàn tỉnh cứng hóa 312 km đường giao thông nông thôn … Dự kiến năm 2027 sẽ cứng hóa
 * thêm 250 km": a target said by its verb alone, after a result of the same verb and unit, is the
 * next step of that result and is named as it is (a report's table keeps one row name for both).
 * Looks back a few drafts only, within the paragraph.
 */
import type { Draft } from "./extract-drafts";
import { lower, words } from "./extract-text";

/** Hedges and time before a target's verb ("dự kiến năm 2027 sẽ", "phấn đấu", "thêm"). */
const HEDGES =
  /^(?:(?:dự kiến|phấn đấu|sẽ|tiếp tục|thêm|(?:trong\s+|đến\s+|cuối\s+)?năm\s+(?:19|20)\d\d|năm tới)\s+)*/u;
/** How many drafts back the result is looked for. */
const LOOK_BACK = 8;

export function nameTargetsByEarlierVerb(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    if (d.actual !== null || (d.plan === null && d.planText === null)) return;
    const verb = lower(d.name)
      .trim()
      .replace(HEDGES, "")
      .replace(/\s+thêm$/u, "");
    if (verb === "" || words(verb).length > 2 || ` ${verb} `.includes(` ${lower(d.unit)} `)) return;
    for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
      const prev = drafts[j] as Draft;
      if (src.slice(prev.source.end, d.source.start).includes("\n\n")) return;
      if (prev.unit !== d.unit || prev.actual === null) continue;
      if (!` ${lower(prev.name)} `.includes(` ${verb} `) || words(prev.name).length <= words(verb).length)
        continue;
      d.name = prev.name;
      if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
      return;
    }
  });
}

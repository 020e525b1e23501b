/**
 * "… phát hiện, bắt giữ 312 vụ, 498 đối tượng phạm tội về ma túy": two counts of one action listed
 * side by side share what is said after the last of them; the cases are "vụ phạm tội về ma túy" too,
 * not bare "vụ".
 */
import type { Draft } from "./extract-drafts";
import { lower } from "./extract-text";

/** Gives a count named by its action and unit alone the words after the next count of that action; in place. */
export function shareQualifiers(src: string, drafts: readonly Draft[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i] as Draft;
    const b = drafts[i + 1] as Draft;
    const unit = lower(a.unit);
    // "Phát hiện vụ của lực lượng cảnh sát kinh tế": who did it, added after the unit, stays last.
    const by = / (?:của|tại) [^,;]+$/u.exec(a.name);
    const head = by === null ? a.name : a.name.slice(0, by.index);
    const name = lower(head);
    if (unit === lower(b.unit) || !/^\p{L}[\p{L} ]*$/u.test(unit) || !name.endsWith(` ${unit}`)) continue;
    // Only ", " between the two: a list of counts, not two clauses.
    if (!/^\s*,\s*$/u.test(src.slice(a.source.end, b.source.start))) continue;
    const action = name.slice(0, -unit.length - 1);
    const other = lower(b.name);
    const at = other.indexOf(` ${lower(b.unit)} `);
    if (action === "" || !other.startsWith(`${action} `) || at < 0) continue;
    const qualifier = b.name.slice(at + b.unit.length + 2).trim();
    if (qualifier === "" || /\d/u.test(qualifier) || qualifier.split(/\s+/u).length > 10) continue;
    a.name = `${head} ${qualifier}${by === null ? "" : by[0]}`;
  }
}

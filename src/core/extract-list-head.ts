/**
 * "Số người tham gia BHXH bắt buộc 6.120 người; BHXH tự nguyện 1.845 người; BHTN 4.310 người": the
 * items after the first leave out the head they share with it ("người tham gia"), which names what
 * they count as much as the first's. An item that names its own head, or whose words the first item
 * does not hold after its head, is left as it is. An item led by an acronym ("BHTN") takes the head
 * before the first's acronym ("BHXH").
 */
import type { Draft } from "./extract-drafts";
import { MONEY } from "./extract-units";
import { capitalize, decapitalize, lower, words } from "./extract-text";

export function nameByListHead(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    const unit = words(lower(d.unit));
    if (unit.length === 0 || d.unit === "%" || MONEY.some((m) => lower(d.unit).includes(m))) return;
    const own = words(lower(d.name));
    if (own.length === 0 || own.slice(0, unit.length).join(" ") === unit.join(" ")) return;
    // The item before it of the same unit in the sentence, with only its comparisons between.
    let prev: Draft | undefined;
    for (let j = k - 1; j >= 0 && prev === undefined; j--) {
      const p = drafts[j] as Draft;
      if (p.sentence !== d.sentence) return;
      if (p.unit === d.unit) prev = p;
    }
    if (prev === undefined) return;
    const between = src.slice(prev.source.end, d.source.start);
    if (between.length > 120 || !/[;,]/u.test(between) || /[.:\n]/u.test(between)) return;
    const theirs = words(lower(prev.name));
    const from = theirs[0] === "số" ? 1 : 0;
    if (theirs.slice(from, from + unit.length).join(" ") !== unit.join(" ")) return;
    // Where the first's words meet the item's first word: the head is what comes before.
    let meet = theirs.indexOf(own[0] as string, from + unit.length + 1);
    // "…tham gia BHXH tự nguyện 1.845 người; BHTN 4.310 người": an item led by another acronym
    // meets the first where the first's own acronym stands.
    const acronym = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}{2,}$/u.test(w);
    if (meet < 0 && acronym(words(d.name)[0]))
      meet = words(prev.name).findIndex((w, i) => i > from + unit.length && acronym(w));
    const head = meet < 0 ? [] : theirs.slice(from, meet);
    if (head.length < unit.length + 1 || head.length > unit.length + 3) return;
    // "BHTN người": the unit a thin name took after it is the head's already.
    const item =
      own.slice(-unit.length).join(" ") === unit.join(" ") && own.length > unit.length
        ? words(d.name).slice(0, -unit.length).join(" ")
        : d.name;
    d.name = capitalize(`${head.join(" ")} ${decapitalize(item)}`);
  });
}

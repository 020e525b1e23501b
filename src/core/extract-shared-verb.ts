/**
 * "cung ứng 960 tấn phân bón và 54 tấn giống lúa cho thành viên", "chế biến 2.140 tấn chè búp tươi và
 * 380 tấn chè khô": the verb said once before the first figure is the second's too, which is named
 * after its unit only by what was measured ("Cung ứng giống lúa"); who it was for is no part of it.
 * Areas ("Diện tích …") and money keep the names they were given.
 */
import type { Draft } from "./extract-drafts";
import { opensWithBody } from "./extract-enterprise";
import { MONEY } from "./extract-units";
import { capitalize, decapitalize, lower, words } from "./extract-text";

/** The verb written before the figure that opens `d`'s source, when its name holds it. */
function verbBefore(src: string, d: Draft): string | null {
  const text = src.slice(d.source.start, d.source.end);
  const digit = /\d/u.exec(text);
  if (digit === null) return null;
  let verb = text.slice(0, digit.index).trim();
  if (/[,;:()]/u.test(verb)) return null;
  // (It may hold the business that did it, "Nhà máy chế biến", cut from every name at the end; a
  // proper name cut short, "nghiệp Đông Sơn cung ứng", ends before the verb.)
  if (!opensWithBody(verb) && /\p{Lu}/u.test(verb))
    verb = /\p{Lu}\S*\s+((?:\p{Ll}+\s*){1,3})$/u.exec(verb)?.[1]?.trim() ?? "";
  const n = words(verb).length;
  if (n === 0 || n > (opensWithBody(verb) ? 10 : 3)) return null;
  const name = lower(d.name);
  return name.includes(`${lower(verb)} `) && !name.endsWith(lower(verb)) ? verb : null;
}

/** Units of neither money, nor a share, nor a size: things counted one by one. */
const isCount = (unit: string): boolean =>
  unit !== "%" &&
  !/^(?:m|km|m2|km2|ha|m3|tấn|kg|tạ|lít)$/u.test(unit) &&
  !MONEY.some((m) => unit.includes(m));

/**
 * "Hội viên làm chủ 37 doanh nghiệp, 52 trang trại": a count of another unit listed bare after a
 * count named by the verb alone (what it counts is its unit) is the same verb's object too.
 */
function nameBareCountByVerb(src: string, prev: Draft, d: Draft): void {
  const [unit, prevUnit] = [lower(d.unit), lower(prev.unit)];
  if (unit === prevUnit || !isCount(unit) || !isCount(prevUnit)) return;
  if (lower(d.name).trim() !== unit || words(prev.name).length < 2) return;
  if (lower(prev.name).includes(prevUnit) || /[,;:()\d]/u.test(prev.name)) return;
  if (!/^\s*,\s*$/u.test(src.slice(prev.source.end, d.source.start))) return;
  if (!/^\d/u.test(src.slice(d.source.start, d.source.end))) return;
  // The first's name is written whole right before its figure ("Hội viên làm chủ 37 doanh nghiệp").
  const own = src.slice(prev.source.start, prev.source.end);
  const digit = /\d/u.exec(own);
  if (digit === null || !lower(own.slice(0, digit.index)).trimEnd().endsWith(lower(prev.name))) return;
  d.name = capitalize(`${decapitalize(prev.name)} ${unit}`);
}

export function nameBySharedVerb(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    const prev = drafts[k - 1];
    if (prev !== undefined && prev.sentence === d.sentence && prev.unit !== d.unit)
      nameBareCountByVerb(src, prev, d);
    if (prev === undefined || prev.sentence !== d.sentence || prev.unit !== d.unit) return;
    const unit = lower(d.unit);
    if (unit === "%" || unit === "ha" || MONEY.some((m) => unit.includes(m))) return;
    if (!/^\s*(?:,\s*)?và\s*$|^\s*,\s*$/u.test(src.slice(prev.source.end, d.source.start))) return;
    // The second names only what follows its figure.
    const own = src.slice(d.source.start, d.source.end);
    if (!/^\d/u.test(own) || !lower(own).includes(lower(d.name))) return;
    const verb = verbBefore(src, prev);
    if (verb === null) return;
    const what = d.name.replace(/\s+cho\s+(?!vay(?!\p{L})).*$/u, "").trim();
    if (words(what).length === 0) return;
    d.name = capitalize(`${lower(verb)} ${decapitalize(what)}`);
  });
}

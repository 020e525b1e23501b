/**
 * "Chỉ số sản xuất công nghiệp (IIP) năm 2026 ước tăng 11,6%. Kế hoạch năm 2027: IIP tăng 12 - 13%":
 * a report spells an indicator out once with its abbreviation in brackets, then writes the
 * abbreviation alone. A later figure named by the abbreviation alone (or led by it) takes the name
 * spelt out, as a table would name its row.
 */
import type { Draft } from "./extract-drafts";

/** "Chỉ số sản xuất công nghiệp (IIP)": a name that ends on its abbreviation in brackets. */
const SPELT_OUT = /^(.{6,}?)\s*\(([A-Z][A-Z0-9-]{1,9})\)\s*$/u;

/** Renames, in place, drafts named by an abbreviation a draft before them spelt out. */
export function spellOutAbbreviations(drafts: readonly Draft[]): void {
  const spelt = new Map<string, string>();
  for (const d of drafts) {
    const m = SPELT_OUT.exec(d.name);
    if (m?.[2] !== undefined) {
      spelt.set(m[2], d.name);
      continue;
    }
    const lead = /^([A-Z][A-Z0-9-]{1,9})(?=\s|$)/u.exec(d.name)?.[1];
    const full = lead === undefined ? undefined : spelt.get(lead);
    if (full !== undefined) d.name = `${full}${d.name.slice((lead as string).length)}`;
  }
}

/**
 * "Chỉ số sản xuất công nghiệp (IIP) năm 2026 ước tăng 11,6%. Kế hoạch năm 2027: IIP tăng 12 - 13%":
 * a report spells an indicator out once with its abbreviation in brackets, then writes the
 * abbreviation alone. A later figure named by the abbreviation alone (or led by it) takes the name
 * spelt out, as a table would name its row.
 */
import type { Draft } from "./extract-drafts";

/** "Chỉ số sản xuất công nghiệp (IIP)": a name that ends on its abbreviation in brackets. */
const SPELT_OUT = /^(.{6,}?)\s*\(([A-Z][A-Z0-9-]{1,9})\)\s*$/u;

/** Who aims and the aim's word before the abbreviation ("Tỉnh phấn đấu", "Ngành đặt mục tiêu"). */
const AIM_LEAD =
  /^(?:[Nn]ăm \d{4},?\s+)?(?:(?:[Tt]ỉnh|[Hh]uyện|[Tt]hành phố|[Tt]hị xã|[Nn]gành|[Tt]oàn tỉnh)\s+)?(?:[Pp]hấn đấu|[Đđ]ặt mục tiêu|[Mm]ục tiêu|[Dd]ự kiến)\s+/u;

/** Renames, in place, drafts named by an abbreviation a draft before them spelt out. */
export function spellOutAbbreviations(drafts: readonly Draft[]): void {
  const spelt = new Map<string, string>();
  for (const d of drafts) {
    const m = SPELT_OUT.exec(d.name);
    if (m?.[2] !== undefined) {
      spelt.set(m[2], d.name);
      continue;
    }
    // "Năm 2027, tỉnh phấn đấu IIP tăng 10 - 11%": who aims and the aim's word may lead it.
    const aim = AIM_LEAD.exec(d.name)?.[0] ?? "";
    const lead = /^([A-Z][A-Z0-9-]{1,9})(?=\s|$)/u.exec(d.name.slice(aim.length))?.[1];
    const full = lead === undefined ? undefined : spelt.get(lead);
    if (full !== undefined) d.name = `${full}${d.name.slice(aim.length + (lead as string).length)}`;
  }
}

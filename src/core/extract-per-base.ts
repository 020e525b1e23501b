/**
 * Names of figures per something that the words around them left thin: a count per head of
 * population named by who reached it ("Ngành y tế tỉnh năm 2026 đạt 11,8 bác sĩ/vạn dân") is named by
 * what it counts ("Số bác sĩ trên vạn dân"), as tables name it; an average per unit named "Bình quân"
 * alone ("…, với kinh phí 11,6 tỷ đồng, bình quân 10 triệu đồng/hộ", "…, bình quân 112 lít/người/ngày
 * đêm") is the average of what the figure just before it measured.
 */
import type { Draft } from "./extract-drafts";
import { capitalize, decapitalize, lower, words } from "./extract-text";

/** "bác sĩ/vạn dân", "thuê bao/100 dân", "doanh nghiệp/1.000 dân": a count per head of population. */
const PER_POPULATION =
  /^(\p{L}+(?:\s+\p{L}+){0,2})\/((?:một\s+)?vạn dân|[\d.]+\s+(?:dân|người|hộ(?:\s+gia đình)?))$/u;

/** A name that says only that the figure is an average. */
const ONLY_AVERAGE = /^(?:bình quân|trung bình)$/u;

/** Renames thin names of figures per something; in place. */
export function namePerBase(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    const unit = lower(d.unit).trim();
    const name = lower(d.name).trim();
    const perHead = PER_POPULATION.exec(unit);
    if (perHead !== null) {
      const [, counted = "", said = ""] = perHead;
      const base = said.replace(/^một\s+/u, "");
      // "… có 286.540 thuê bao băng rộng cố định, tăng 9,8%, đạt 82,6 thuê bao/100 hộ gia đình": named
      // by its unit alone, the density of the count just before it of the same noun, in its sentence.
      const prev = drafts[k - 1];
      const prevCount = prev === undefined ? "" : lower(prev.name).replace(/^số\s+/u, "");
      if (
        name === unit &&
        prev !== undefined &&
        prev.sentence === d.sentence &&
        lower(prev.unit) === counted &&
        prevCount.startsWith(counted) &&
        words(prev.name).length > words(counted).length
      ) {
        d.name = `Số ${prevCount} trên ${base}`;
        return;
      }
      // Named by the count's own noun already ("Giường bệnh/vạn dân", "Tỉnh bác sĩ/vạn dân"): kept;
      // named by the unit alone ("Bác sĩ/vạn dân"), named as tables name it.
      if (name.includes(counted) && name !== unit) return;
      d.name = `Số ${counted} trên ${base}`;
      return;
    }
    if (!unit.includes("/") || !ONLY_AVERAGE.test(name)) return;
    const prev = drafts[k - 1];
    // The figure just before, in the same sentence and listed with it: what the average is of.
    if (prev === undefined || prev.sentence !== d.sentence || prev.source.end > d.source.start) return;
    if (!/^[\s,;]*$/u.test(src.slice(prev.source.end, d.source.start).replace(/bình quân|trung bình/giu, "")))
      return;
    const of = prev.name.replace(/^tỷ lệ\s+/iu, "");
    if (words(of).length < 2) return;
    d.name = `${capitalize(decapitalize(of))} ${name}`;
    if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
  });
}

/**
 * "phát hiện 214 trường hợp vi phạm trật tự xây dựng, đã xử lý 197 trường hợp, đạt 92,06%", "9/11
 * trường đạt chuẩn quốc gia, …, nâng lên 10/11 trường": a count said again by its bare unit in the
 * same sentence is the kind of thing counted before, with the words that said which ones.
 */
import type { Draft } from "./extract-drafts";
import { lower, words } from "./extract-text";

/** How far back in the sentence a bare unit looks for its kind: a sentence lists a few counts. */
const LOOK_BACK = 6;

/** The words after `unit` in `name` ("vi phạm trật tự xây dựng"), or "" when the name ends with it. */
function whichOnes(name: string, unit: string): string {
  const l = lower(name);
  const at = l.indexOf(`${unit} `);
  if (at < 0 || (at > 0 && l[at - 1] !== " ")) return "";
  const rest = name.slice(at + unit.length + 1).trim();
  // A short phrase of words only: a figure or a clause after it says something else. A comma the
  // name kept is inside it ("tin báo, tố giác tội phạm"), unless a verb follows it.
  return /[\d;:()]|,\s*(?:đã|được|đạt|giảm|tăng)(?!\p{L})/u.test(rest) || words(rest).length > 8 ? "" : rest;
}

/** "Trường xã Phù Vân Thượng có": the unit, then where that has it ("xã …" and its proper name). */
const UNIT_THEN_PLACE =
  /^(\p{L}+(?:\s+\p{L}+)?)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(?:\s+\p{Lu}\p{Ll}*)+\s+(?:hiện\s+)?có$/u;

export function nameBareUnitsAgain(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    // "xã Phù Vân Thượng có 11 trường": where is no part of the name; the unit names the count.
    const placed = UNIT_THEN_PLACE.exec(d.name.trim());
    if (placed?.[1] !== undefined && lower(placed[1]) === lower(d.unit)) d.name = placed[1];
    const name = lower(d.name).trim();
    for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
      const c = drafts[j] as Draft;
      if (c.sentence !== d.sentence) return;
      if (c.unit === "%") continue;
      const unit = lower(c.unit);
      // The count said again, or its rate ("Tỷ lệ xử lý trường hợp"), ending with the bare unit; or
      // with the unit's head word ("7/9 trạm" after "6/9 trạm y tế …").
      const said = d.unit === "%" ? unit : lower(d.unit);
      if ((said !== unit && !unit.startsWith(`${said} `)) || !name.endsWith(` ${said}`)) continue;
      const which = whichOnes(c.name, unit);
      if (which === "") continue;
      const rest = `${c.unit.slice(said.length)} ${which}`.trim();
      // "3.271 hộ đạt danh hiệu (cấp huyện 612 hộ, …)": a part in brackets is named by its label.
      if (/\([^)]*$/u.test(src.slice(c.source.end, d.source.start))) return;
      d.name = `${d.name.trim()} ${rest}`;
      return;
    }
  });
}

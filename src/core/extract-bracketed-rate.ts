/**
 * "142/156 xã, phường, thị trấn đạt tiêu chuẩn xã, phường phù hợp với trẻ em (91%)", "còn 1.320 hộ
 * nghèo (2,4%)": a bare rate in brackets right after a count is the share that count makes, a rate
 * of its own named by what the count counts ("Tỷ lệ xã, phường, thị trấn đạt …"), not by the last
 * words before the bracket ("Trẻ em").
 */
import type { Draft } from "./extract-drafts";
import { capitalize, decapitalize, lower } from "./extract-text";

/** Names each bracketed bare rate by the count just before it in its sentence (one pass). */
export function nameBracketedRates(src: string, drafts: readonly Draft[]): void {
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    const count = drafts[k - 1] as Draft;
    if (d.unit !== "%" || d.actual === null || count.sentence !== d.sentence) continue;
    if (count.unit === "%" || count.actual === null || count.name === "") continue;
    const digit = /\d/u.exec(src.slice(d.source.start, d.source.end));
    if (digit === null) continue;
    const figure = d.source.start + digit.index;
    // Only words between the count and the bracket, and the rate alone inside it.
    const between = src.slice(count.source.end, figure);
    if (between.length > 160 || !/^[^\d;:.()\n]*\(\s*$/u.test(between)) continue;
    if (!/^[\d.,]+\s*%\s*\)/u.test(src.slice(figure, figure + 12))) continue;
    const counted = decapitalize(count.name).replace(/^(?:tổng\s+)?số\s+(?:lượng\s+)?/u, "");
    if (/^tỷ lệ\s/u.test(lower(d.name)) && lower(d.name).includes(lower(counted))) continue;
    d.name = capitalize(`Tỷ lệ ${counted}`);
  }
}

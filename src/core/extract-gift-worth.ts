/**
 * The worth of gifts counted just before it, after a comma, when who got them is a list or the
 * occasion has a date: "tặng 640 suất quà cho hộ nghèo, người khuyết tật, trẻ mồ côi, trị giá 320
 * triệu đồng", "… dịp lễ 30/4, trị giá 70 triệu đồng" → "Trị giá suất quà" ("… Tết" when the
 * sentence is about Tết gifts). Keys name such a worth by the gifts alone; a single recipient
 * ("cho người có công, trị giá …") is kept by completeGeneric, which a list or a date breaks.
 */
import type { Draft } from "./extract-drafts";
import { MONEY } from "./extract-units";
import { lower } from "./extract-text";

/** What was given, in the count's name: "suất quà", "phần quà". */
const GIFT = /(?<!\p{L})(suất|phần)\s+quà(?!\p{L})/u;

/**
 * From the end of the gift count to the money's figure: no new sentence or clause (";"), a list
 * (a comma) or a date (a digit) in who got them, then ", (tổng) trị giá" and a limit word at most.
 * At most 240 characters are read.
 */
const WORTH_BEFORE_FIGURE =
  /^[^;:\n]*?[\d,][^;:\n]*?,\s*(tổng\s+)?trị giá\s+(?:(?:khoảng|hơn|gần|trên|ước)\s+)?$/u;

const isMoney = (unit: string): boolean => MONEY.some((m) => lower(unit).includes(m));

/** The figure's first digit inside the draft's span (its name may come before it). */
function figureStart(src: string, d: Draft): number {
  const at = /(?<![\p{L}\d])\d/u.exec(src.slice(d.source.start, d.source.end));
  return at === null ? d.source.start : d.source.start + at.index;
}

/** Renames money drafts that are the worth of the gift count right before them. */
export function nameGiftWorth(src: string, drafts: readonly Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const gifts = drafts[i - 1] as Draft;
    if (!isMoney(d.unit) || gifts.sentence !== d.sentence || isMoney(gifts.unit) || gifts.unit === "%")
      continue;
    const gift = GIFT.exec(lower(gifts.name));
    if (gift === null) continue;
    // From past the gift count's own number (its name may run on after it, "… cho đoàn viên, …").
    const from = figureStart(src, gifts);
    const after = from + (/^[\d.,]+/u.exec(src.slice(from, from + 40))?.[0].length ?? 0);
    const at = figureStart(src, d);
    if (at <= after || at - after > 240) continue;
    const between = src.slice(after, at);
    const worth = WORTH_BEFORE_FIGURE.exec(lower(between));
    if (worth === null || /\.(?!\d)/u.test(between)) continue;
    const tet = /(?<!\p{L})Tết(?!\p{L})/u.test(src.slice(gifts.source.start, at));
    d.name = `${worth[1] === undefined ? "Trị giá" : "Tổng trị giá"} ${gift[1]} quà${tet ? " Tết" : ""}`;
  }
}

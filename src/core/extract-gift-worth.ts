/**
 * The worth of gifts counted just before it is named by the gifts, not by who got them nor by the
 * occasion's date: "tặng 640 suất quà cho hộ nghèo, người khuyết tật dịp lễ 30/4, trị giá 320 triệu
 * đồng" → "Trị giá suất quà"; "… suất quà Tết …" or "… dịp Tết …" → "Trị giá suất quà Tết". Writers
 * key a gift's worth this way whether "trị giá" follows a comma or "với", and a list of recipients
 * (commas) or a date ("2/9") between the count and its worth otherwise breaks the name.
 */
import type { Draft } from "./extract-drafts";
import { MONEY } from "./extract-units";
import { lower } from "./extract-text";

/** What was given, in the count's name: "suất quà", "phần quà". */
const GIFT = /(?<!\p{L})(suất|phần)\s+quà(?!\p{L})/u;

/**
 * From the end of the gift count to the money's figure: no new sentence or clause (";"), then
 * "(tổng) trị giá" and a limit word at most before the figure. Only the last 240 characters are read.
 */
const WORTH_BEFORE_FIGURE =
  /^[^;.:\n]*?(?:,\s*|\s)(?:với\s+)?(?:tổng\s+)?trị giá\s+(?:(?:khoảng|hơn|gần|trên|ước)\s+)?$/u;

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
    const at = figureStart(src, d);
    if (at <= gifts.source.end || at - gifts.source.end > 240) continue;
    const between = src.slice(gifts.source.end, at);
    if (!WORTH_BEFORE_FIGURE.test(lower(between))) continue;
    const tet = /(?<!\p{L})Tết(?!\p{L})/u.test(src.slice(gifts.source.start, at));
    d.name = `Trị giá ${gift[1]} quà${tet ? " Tết" : ""}`;
  }
}

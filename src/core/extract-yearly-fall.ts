/**
 * "tỷ lệ hộ nghèo giảm từ 14,6% xuống còn 4,1%, bình quân giảm 3,5%/năm": the yearly mean fall of a
 * rate is an indicator of its own ("Mức giảm tỷ lệ hộ nghèo bình quân mỗi năm"), a size in %, not a
 * negative change of something named "Bình quân". Poverty and labour reports state a term's result
 * and its target this way; the target side is read by the target rules already.
 */
import type { Draft } from "./extract-drafts";
import { decapitalize, lower, words } from "./extract-text";

/** "bình quân giảm 3,51%", "giảm bình quân mỗi năm 1,2%" ending where the figure ends. */
const YEARLY_FALL =
  /(?:bình quân(?:\s+mỗi năm|\s+hằng năm)?\s+giảm|giảm\s+bình quân(?:\s+mỗi năm|\s+hằng năm)?)\s+(?:khoảng\s+|hơn\s+|trên\s+)?\d[\d.,]*\s*%$/u;

/** A name that says no more than the mean ("Bình quân", "Tỷ lệ hộ nghèo (bình quân)"). */
const THIN_MEAN = /^(?:bình quân|(.+?)\s*\(bình quân\))$/u;

export function nameYearlyFalls(src: string, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.unit !== "%" || d.actual === null) continue;
    // The figure ends its source, maybe with "/năm" after it.
    const end =
      d.source.end - (/\s*\/\s*năm$/u.exec(src.slice(d.source.start, d.source.end))?.[0].length ?? 0);
    if (!YEARLY_FALL.test(lower(src.slice(Math.max(0, end - 60), end)))) continue;
    const thin = THIN_MEAN.exec(lower(d.name.trim()));
    if (thin === null && words(d.name).length > 2) continue;
    // The rate the sentence spoke of: the thin name's own, else the last rate before it.
    const before = drafts
      .filter((o) => o !== d && o.sentence === d.sentence && o.source.end <= d.source.start)
      .reverse()
      .find((o) => /^tỷ lệ\s/u.test(lower(o.name)));
    const rate = thin?.[1] ?? (before === undefined ? undefined : lower(before.name));
    if (rate === undefined || !/^tỷ lệ\s/u.test(rate)) continue;
    d.name = `Mức giảm ${decapitalize(rate)} bình quân mỗi năm`;
    d.actual = Math.abs(d.actual);
    d.changePct = null;
    d.changeOnly = false;
    d.direction = "down";
  }
}

/**
 * "Ước cả năm, tổng doanh thu đạt 5.240 tỷ đồng, lợi nhuận trước thuế 372 tỷ đồng, nộp ngân sách 548
 * tỷ đồng": a sentence led by the whole year, set off by a comma, gives every result in it for the
 * year, beside the part of the year reported before. Tables key each as its indicator "… cả năm", so
 * the year stays in each name, or the rows would read as the months' figures again.
 */
import type { Draft } from "./extract-drafts";
import { capitalize, lower } from "./extract-text";

/** "Ước cả năm,", "Cả năm 2026,", "Ước tính cả năm,": the year as the sentence's lead-in. */
const YEAR_LEAD = /^\s*(?:ước(?:\s+tính)?\s+)?cả năm(?:\s+(?:19|20)\d\d)?\s*,/iu;

/**
 * "Tính chung 9 tháng năm 2026,", "Lũy kế 10 tháng,", "Bình quân 9 tháng,": the months summed so far,
 * said against the month reported before them. Keys keep the months ("IIP 9 tháng", "CPI bình quân
 * 9 tháng") in every figure of such a sentence, the parts after its ";" too.
 */
const MONTHS_LEAD =
  /^\s*(tính chung|lũy kế|cộng dồn|bình quân)\s+(\d{1,2})\s+tháng(?:\s+đầu năm)?(?:\s+năm\s+(?:19|20)\d\d)?\s*,/iu;

/**
 * "CPI tăng …" after "Bình quân 9 tháng," is "CPI bình quân 9 tháng": the months summed (and the
 * mean, when the lead says it) are appended to each figure of the sentence that names no month yet.
 */
function nameByMonthsLead(
  src: string,
  drafts: readonly Draft[],
  sentenceOpens: ReadonlyMap<number, number>,
): void {
  const suffix = new Map<number, string | null>();
  for (const d of drafts) {
    if (d.actual === null || d.name === "" || /(?<!\p{L})(?:tháng|quý|cả năm)(?!\p{L})/iu.test(d.name))
      continue;
    let said = suffix.get(d.sentence);
    if (said === undefined) {
      const open = sentenceOpens.get(d.sentence);
      const m = open === undefined ? null : MONTHS_LEAD.exec(src.slice(open, open + 48));
      said = m === null ? null : `${lower(m[1] ?? "") === "bình quân" ? "bình quân " : ""}${m[2]} tháng`;
      suffix.set(d.sentence, said);
    }
    if (said === null) continue;
    // "Lạm phát cơ bản bình quân" already says the mean.
    const add = / bình quân$/iu.test(d.name) ? said.replace(/^bình quân /u, "") : said;
    d.name = `${d.name} ${add}`;
  }
}

/**
 * Appends "cả năm" to the results of sentences led by the whole year, up to the sentence's first ";"
 * (a later item of a semicolon list may be a stock at a date, not the year's flow). Each sentence's
 * text is read once, forward only, as its drafts come in text order.
 */
export function nameByWholeYearLead(
  src: string,
  drafts: readonly Draft[],
  sentenceOpens: ReadonlyMap<number, number>,
): void {
  nameByMonthsLead(src, drafts, sentenceOpens);
  /** Per sentence led by the year: how far it was read, and where its first ";" is (-1: not yet). */
  const led = new Map<number, { read: number; semi: number } | null>();
  for (const d of drafts) {
    // "Cả năm, doanh thu": the lead read into the name goes to its end.
    const name = d.name.replace(/^(?:ước(?:\s+tính)?\s+)?cả năm(?:\s+(?:19|20)\d\d)?\s*,\s*(?=\p{L})/iu, "");
    if (d.actual === null || name === "" || /(?<!\p{L})cả năm(?!\p{L})/iu.test(name)) continue;
    let state = led.get(d.sentence);
    if (state === undefined) {
      const open = sentenceOpens.get(d.sentence);
      state =
        open !== undefined && YEAR_LEAD.test(src.slice(open, open + 24)) ? { read: open, semi: -1 } : null;
      led.set(d.sentence, state);
    }
    if (state === null) continue;
    if (state.semi < 0 && d.source.start > state.read) {
      const at = src.slice(state.read, d.source.start).indexOf(";");
      if (at >= 0) state.semi = state.read + at;
      state.read = d.source.start;
    }
    if (state.semi >= 0 && d.source.start > state.semi) continue;
    d.name = `${capitalize(name)} cả năm`;
  }
}

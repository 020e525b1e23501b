/**
 * Figures whose own clause says only the period they cover: "Chỉ số giá tiêu dùng tháng 11 tăng
 * 0,21% so với tháng trước; bình quân 11 tháng tăng 3,12%", "… tháng 11 ước đạt 4.215,6 tỷ đồng; 11
 * tháng đạt 43.870,2 tỷ đồng", "thu ngân sách 5 năm đạt 71.934 tỷ đồng, tăng bình quân 11,6%/năm;
 * riêng năm 2025 ước thu 17.285 tỷ đồng". Monthly briefs and term reviews say the indicator once and
 * then give it again over another period: such a figure is the indicator named last before it in the
 * sentence (in its unit) over that period; a growth in % after an amount, with no % before it, is that
 * amount's rate of growth ("Tốc độ tăng …").
 */
import type { Draft } from "./extract-drafts";
import { capitalize, decapitalize, lower, words } from "./extract-text";

/** The periods and aggregates a figure may be given over (lower case). */
const PERIOD =
  /(?<!\p{L})(?:bình quân(?:\s+(?:mỗi|hằng|hàng)\s+năm)?|lũy kế(?:\s+từ đầu năm)?|cả năm|(?:mỗi|hằng|hàng)\s+năm|(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+đầu\s+năm)?|tháng\s+\d{1,2}|quý\s+(?:[ivx]+|[1-4])|năm\s+(?:19|20)\d\d|\d\s+năm|giai đoạn(?:\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)?)(?![\p{L}\d])/gu;

/** Words that say no more than that the figure was reached or estimated. */
const FILLER =
  /(?<!\p{L})(?:tính chung|riêng|ước tính|ước|đạt|tăng|giảm|thu|là|thực hiện|được|còn|và)(?!\p{L})/gu;

/** Where the draft's own figure starts: its source may open with words ("11 tháng tăng 10,2%"). */
function figureAt(src: string, d: Draft): number {
  const own = src.slice(d.source.start, d.source.end).replace(/\s*\([^()]*\)\s*$/u, "");
  let at = 0;
  for (const m of own.matchAll(/(?<![\p{L}\d.,])\d[\d.,]*/gu)) at = m.index;
  return d.source.start + at;
}

/** The period words of a clause that says nothing else, or null. */
function periodOnly(clause: string): string | null {
  const l = lower(clause);
  const periods = [...l.matchAll(PERIOD)].map((m) => m[0]);
  if (periods.length === 0) return null;
  const rest = l
    .replace(PERIOD, " ")
    .replace(FILLER, " ")
    .replace(/[()\s]+/gu, "");
  return rest === "" ? periods.join(" ") : null;
}

/** A name without the periods it was given over ("Tổng mức bán lẻ … tháng 11" → "Tổng mức bán lẻ …"). */
const withoutPeriod = (name: string): string =>
  name.replace(new RegExp(PERIOD.source, "giu"), " ").replace(/\s+/gu, " ").trim();

export function namePeriodFigures(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    const prev = drafts[k - 1];
    if (prev === undefined || prev.sentence !== d.sentence) return;
    // "bình quân giảm 2,1%/năm" already named as the size of a change ("Mức giảm … bình quân mỗi năm").
    if (/^mức\s/u.test(lower(d.name))) return;
    const window = src.slice(prev.source.end, figureAt(src, d));
    // The figure opens a clause of its own ("; 11 tháng đạt", ", tăng bình quân").
    const cut = Math.max(window.lastIndexOf(";"), window.lastIndexOf(","));
    if (cut < 0) return;
    const period = periodOnly(window.slice(cut + 1));
    if (period === null) return;
    let named: Draft | undefined;
    let growth = false;
    for (let j = k - 1; j >= 0 && named === undefined; j--) {
      const c = drafts[j] as Draft;
      if (c.sentence !== d.sentence) break;
      if (c.unit === d.unit && withoutPeriod(c.name) !== "") named = c;
    }
    if (
      named === undefined &&
      d.unit === "%" &&
      /(?<!\p{L})tăng(?!\p{L})/u.test(lower(window.slice(cut + 1)))
    ) {
      const c = drafts[k - 1] as Draft;
      if (c.unit !== "%" && c.actual !== null && withoutPeriod(c.name) !== "") [named, growth] = [c, true];
    }
    // A target set after a result for a later year ("…, năm 2027 là 19 tổ") keeps the result's name
    // (extract-proposals.ts sameIndicatorAgain): the other tense already tells them apart.
    if (named === undefined || (named.actual === null) !== (d.actual === null)) return;
    const base = withoutPeriod(named.name);
    if (words(base).length < 2) return;
    const name = `${growth ? `Tốc độ tăng ${decapitalize(base)}` : base} ${period}`;
    d.name = capitalize(name);
    if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
  });
}

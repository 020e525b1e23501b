/**
 * A clause that names only the period of its figure. Monthly and quarterly reports give an indicator
 * for the month, then for the months so far ("Doanh thu tháng 9 ước đạt 512 tỷ đồng; lũy kế 9 tháng
 * đạt 4.108 tỷ đồng", "…; tính chung 9 tháng tăng 8,7%", "…; ước cả năm đạt 6.100 tỷ đồng"); term
 * reviews give it for five years, then for the last ("thu ngân sách 5 năm đạt 71.934 tỷ đồng, tăng
 * bình quân 11,6%/năm; riêng năm 2025 ước thu 17.285 tỷ đồng"). Such a clause has no subject of its
 * own: its figure is the indicator of the figure before it (in its unit) over the clause's period,
 * and a growth in % after an amount, with no % before it, is that amount's rate of growth ("Tốc độ
 * tăng …"). One reader of such clauses serves the rates (extract.ts) and the names (here).
 */
import type { Draft } from "./extract-drafts";
import { capitalize, decapitalize, lower, words } from "./extract-text";

const YEAR = String.raw`(?:19|20)\d\d`;
/** A period or average a figure may be given over, as a clause says it (lower case). */
const PERIOD_SOURCE = String.raw`bình quân(?:\s+(?:mỗi|hằng|hàng)\s+năm)?|cả năm(?:\s+${YEAR})?|(?:mỗi|hằng|hàng)\s+năm|(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+đầu)?(?:\s+năm(?:\s+${YEAR})?)?|tháng\s+\d{1,2}(?:\s*\/\s*${YEAR})?|quý\s+(?:[ivx]+|[1-4])(?:\s*\/\s*${YEAR})?|năm\s+${YEAR}|\d\s+năm|giai đoạn(?:\s+${YEAR}\s*[-–]\s*${YEAR})?`;
const PERIOD = new RegExp(String.raw`^(?:${PERIOD_SOURCE})(?![\p{L}\d])`, "u");
/**
 * A period a rate is given again over, the months so far, the year or a quarter ("9 tháng", "bình
 * quân 9 tháng", "cả năm"): "bình quân mỗi năm giảm 1,5%" is the yearly change of the rate before,
 * not its value over a period.
 */
const RUNNING =
  /^(?:bình quân\s+)?(?:\d{1,2}\s+tháng(?:\s+đầu)?(?:\s+năm)?|cả năm|quý\s+[ivx]+(?:\s*\/\s*(?:19|20)\d\d)?)$/u;
/** Words that only sum up, or say that the figure was reached or estimated: no part of a name. */
const STATING =
  /^(?:và|còn|riêng|tính chung|chung|lũy kế(?:\s+từ đầu năm)?|cộng dồn|ước tính|ước thực hiện|ước|thực hiện|đạt được|đạt|tăng(?!\s+trưởng)|giảm|là|được|có)(?![\p{L}\d])/u;
/** A period said in a name, dropped before the clause's own is put in its place. */
const NAME_PERIOD = new RegExp(
  String.raw`(?<![\p{L}\d])(?:trong\s+)?(?:${PERIOD_SOURCE}|trong tháng|lũy kế)(?![\p{L}\d])|\s+so với\s+(?:cùng kỳ|tháng trước|kỳ trước)(?:\s+năm\s+(?:trước|${YEAR}))?$`,
  "giu",
);

/** Where the clause that holds `at` opens: after ";", ":", a line break, or "." / "," before a space. */
function clauseOpen(src: string, at: number): number {
  const from = Math.max(0, at - 160);
  let open = -1;
  for (const m of src.slice(from, at).matchAll(/[;:\n]|[.,](?=\s)/gu)) open = m.index + 1;
  return open < 0 ? from : from + open;
}

/** What a clause says before its figure when that is only a period: the period, and any words after it. */
interface PeriodLead {
  period: string;
  /** Words after the period ("thu" in "riêng năm 2025 ước thu"): the indicator's own verb, or not. */
  rest: string;
}

/** Reads a clause from its start up to its first figure ("lũy kế 9 tháng ước đạt 4.108 …"). */
function readLead(clause: string): PeriodLead | null {
  let s = lower(clause)
    .replace(/\([^()]*\)/gu, " ")
    .trim();
  const periods: string[] = [];
  const rest: string[] = [];
  while (!/^\d/u.test(s) || PERIOD.test(s)) {
    const period = PERIOD.exec(s);
    const match = period ?? STATING.exec(s) ?? /^[^\s\d]+/u.exec(s);
    if (match === null || (period === null && rest.length === 3 && !STATING.test(s))) return null;
    if (period !== null) periods.push(period[0]);
    else if (!STATING.test(s)) rest.push(match[0]);
    s = s.slice(match[0].length).trim();
  }
  if (periods.length === 0) return null;
  // "cả năm 2026", "9 tháng năm 2026": the year is the report's, no part of the indicator's period.
  const period = periods
    .join(" ")
    .replace(/(?<=tháng(?:\s+đầu)?)\s+năm\s+(?:19|20)\d\d$/u, "")
    .replace(/(?<=cả năm)\s+(?:19|20)\d\d$/u, "");
  return { period, rest: rest.join(" ") };
}

/** The period a clause that names only its period says ("9 tháng"), or null when the clause is none. */
export function periodOfClause(src: string, figureStart: number): string | null {
  const lead = readLead(src.slice(clauseOpen(src, figureStart), figureStart + 1));
  return lead !== null && lead.rest === "" && RUNNING.test(lead.period) ? lead.period : null;
}

/**
 * Whether the figure at `figureStart` is stated by a clause that names only its period ("…; 9 tháng
 * ước tăng 8,12%"): after a rate, its own rate for that period, not the change of the rate before.
 */
export const periodOnlyClause = (src: string, figureStart: number): boolean =>
  periodOfClause(src, figureStart) !== null;

/** A name without the periods it was given over ("Tổng mức bán lẻ … tháng 11" → "Tổng mức bán lẻ …"). */
const withoutPeriod = (name: string): string => name.replace(NAME_PERIOD, " ").replace(/\s+/gu, " ").trim();

/** The name of a figure for `period` of the indicator `before` names ("Tăng trưởng GRDP 9 tháng"). */
export const periodName = (before: string, period: string): string =>
  capitalize(`${withoutPeriod(before)} ${period}`);

/** Whether `p` is a part of the whole before it ("…, trong đó chi thường xuyên 22.642 triệu đồng"). */
function isPart(src: string, p: Draft): boolean {
  const back = lower(src.slice(Math.max(0, p.source.start - 200), p.source.start));
  return /(?<!\p{L})trong đó(?!\p{L})/u.test(back.slice(back.lastIndexOf(". ") + 1));
}

/** The words of a draft's name and of its clause up to its figure, spaced at both ends. */
const saidOf = (src: string, d: Draft): string =>
  ` ${words(lower(`${d.name} ${src.slice(clauseOpen(src, d.source.start + 1), d.source.end)}`)).join(" ")} `;

/** Names the figures of period-only clauses after the indicator before them (drafts in text order). */
export function namePeriodClauses(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, i) => {
    // "bình quân giảm 2,1%/năm" already named as the size of a change ("Mức giảm … bình quân mỗi năm").
    if (i === 0 || /^mức\s/u.test(lower(d.name))) return;
    // The span of a draft opens with its name: the clause it opens in, read up to the figure.
    const open = clauseOpen(src, d.source.start + 1);
    const lead = readLead(src.slice(open, d.source.end));
    if (lead === null) return;
    // The figure before in the same unit and tense, in this sentence or the one before.
    let before: Draft | undefined;
    let growth = false;
    // The sentence before only for a clause that opens its sentence ("…. Ước cả năm đạt …").
    const first = (drafts[i - 1] as Draft).sentence < d.sentence;
    for (let j = i - 1; j >= 0 && before === undefined; j--) {
      const p = drafts[j] as Draft;
      if (p.sentence < d.sentence - (first ? 1 : 0)) break;
      // "cấp 1.926 giấy chứng nhận …; ước cả năm 2.650 giấy": the unit said again by its first word.
      const sameUnit = p.unit === d.unit || lower(p.unit).startsWith(`${lower(d.unit)} `);
      if (!sameUnit || p.source.end > open || withoutPeriod(p.name) === "") continue;
      if (!isPart(src, p)) before = p;
    }
    // "5 năm đạt 12.480 tỷ đồng, tăng bình quân 9,3%/năm": the amount's rate of growth.
    const prev = drafts[i - 1] as Draft;
    if (
      before === undefined &&
      d.unit === "%" &&
      prev.sentence === d.sentence &&
      prev.unit !== "%" &&
      prev.actual !== null &&
      /(?<!\p{L})tăng(?!\p{L})/u.test(lower(src.slice(open, d.source.end)))
    )
      [before, growth] = [prev, true];
    // A target set after a result for a later year ("…, năm 2027 là 19 tổ") keeps the result's name
    // (extract-proposals.ts sameIndicatorAgain): the other tense already tells them apart.
    if (before === undefined || (before.actual === null) !== (d.actual === null)) return;
    // "Ước cả năm có 1.520 doanh nghiệp thành lập mới": the count names itself after its figure.
    const own = withoutPeriod(d.name);
    if (lead.rest === "" && d.unit !== "%" && lower(own).startsWith(`${lower(d.unit)} `)) {
      d.name = capitalize(`${own} ${lead.period}`);
      return;
    }
    // "Lũy kế 10 tháng thu …" after "Thu ngân sách … tháng 10": the verb is the indicator's own.
    if (lead.rest !== "" && !saidOf(src, before).includes(` ${lead.rest} `)) return;
    const base = withoutPeriod(before.name);
    if (words(base).length < 2) return;
    d.name = capitalize(`${growth ? `Tốc độ tăng ${decapitalize(base)}` : base} ${lead.period}`);
    // A name put together from another clause of the sentence is a guess where figures of other units
    // were passed over to find it, or where it is the growth of an amount; the figure right before in
    // its own unit ("…tháng 10 ước đạt 862 tỷ đồng; lũy kế 10 tháng …"), or a sentence that opens with
    // only a period ("Ước cả năm đón …"), can mean nothing but the indicator said before.
    const guessed = growth || (before !== drafts[i - 1] && before.sentence === d.sentence);
    if (guessed && !d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
  });
}

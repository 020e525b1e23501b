/**
 * Monthly and quarterly reports state a figure for the month, then the same indicator for the
 * months so far in a clause that names only the period ("Doanh thu tháng 9 ước đạt 512 tỷ đồng; lũy
 * kế 9 tháng đạt 4.108 tỷ đồng", "…; tính chung 9 tháng tăng 8,7%", "…; ước cả năm đạt 6.100 tỷ
 * đồng"). Such a clause has no subject of its own: its figure is named by the indicator of the figure
 * before it, with that figure's period replaced by the clause's ("Doanh thu 9 tháng").
 */
import type { Draft } from "./extract-drafts";
import { capitalize, lower, words } from "./extract-text";

/** A clause lead that says only the period ("lũy kế 9 tháng", "tính chung 9 tháng", "ước cả năm"). */
const PERIOD_LEAD =
  /^(?:(?:và|còn|riêng)\s+)?(?:(?:ước(?:\s+tính)?|ước thực hiện|thực hiện|tính chung|chung|lũy kế(?:\s+từ đầu năm)?|cộng dồn|bình quân)\s+)*((?:bình quân\s+)?(?:\d{1,2}\s+tháng(?:\s+đầu)?(?:\s+năm(?:\s+(?:19|20)\d\d)?)?|cả năm(?:\s+(?:19|20)\d\d)?|quý\s+[ivx]+(?:\s*\/\s*(?:19|20)\d\d)?))((?:\s+\p{L}+){0,3})\s+(?=\d)/u;

/** Verbs a period clause states its figure with, no part of any name. */
const STATING_VERBS =
  /^(?:(?:ước|đạt|ước đạt|tăng|giảm|ước tăng|ước giảm|thực hiện|được|là|có|đạt được)\s*)*$/u;

/** A period said in the name of the figure before, replaced by the clause's own. */
const OWN_PERIOD =
  /(?:\s+(?:trong\s+)?(?:tháng\s+\d{1,2}(?:\s*\/\s*(?:19|20)\d\d)?|quý\s+[IVX]+(?:\s*\/\s*(?:19|20)\d\d)?|\d{1,2}\s+tháng(?:\s+đầu)?(?:\s+năm(?:\s+(?:19|20)\d\d)?)?|trong tháng|năm\s+(?:19|20)\d\d))+|\s+so với\s+(?:cùng kỳ|tháng trước|kỳ trước)(?:\s+năm\s+(?:trước|(?:19|20)\d\d))?$/giu;

/** Where the clause that holds `at` opens: after ";", ":", a line break, or "." / "," before a space. */
function clauseOpen(src: string, at: number): number {
  const from = Math.max(0, at - 160);
  const near = src.slice(from, at);
  let open = -1;
  for (const m of near.matchAll(/[;:\n]|[.,](?=\s)/gu)) open = m.index + 1;
  return open < 0 ? from : from + open;
}

/**
 * Whether the figure at `figureStart` is stated by a clause that names only its period ("…; 9 tháng
 * ước tăng 8,12%"): after a rate, its own rate for that period, not the change of the rate before.
 */
export function periodOnlyClause(src: string, figureStart: number): boolean {
  return periodOfClause(src, figureStart) !== null;
}

/** The period a period-only clause names ("9 tháng"), or null when the clause is none. */
export function periodOfClause(src: string, figureStart: number): string | null {
  const open = clauseOpen(src, figureStart);
  const lead = PERIOD_LEAD.exec(lower(src.slice(open, figureStart + 1).trim()));
  return lead !== null && STATING_VERBS.test((lead[2] ?? "").trim()) ? (lead[1] ?? null) : null;
}

/** The name of a figure for `period` of the indicator `before` names ("Tăng trưởng GRDP 9 tháng"). */
export function periodName(before: string, period: string): string {
  return capitalize(
    `${before.replace(OWN_PERIOD, "").trim()} ${period.replace(/\s+năm\s+(?:19|20)\d\d$/u, "")}`,
  );
}

/** Names the figures of period-only clauses after the indicator before them (drafts in text order). */
export function namePeriodClauses(src: string, drafts: readonly Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    // The span of a draft opens with its name: the clause it opens in, read up to the figure.
    const open = clauseOpen(src, d.source.start + 1);
    const lead = PERIOD_LEAD.exec(lower(src.slice(open, d.source.end).trim()));
    if (lead === null) continue;
    const period = (lead[1] ?? "").replace(/\s+năm\s+(?:19|20)\d\d$/u, "");
    const rest = (lead[2] ?? "").trim();
    // The figure before with the same unit, in this sentence or the one before.
    let before: Draft | undefined;
    for (let j = i - 1; j >= 0 && before === undefined; j--) {
      const p = drafts[j] as Draft;
      if (p.sentence < d.sentence - 1) break;
      if (p.unit !== d.unit || p.name === "" || p.source.end > open) continue;
      // "…, trong đó chi thường xuyên 22.642 triệu đồng. Ước cả năm chi …": a part is not the whole.
      const back = lower(src.slice(Math.max(0, p.source.start - 200), p.source.start));
      if (!/(?<!\p{L})trong đó(?!\p{L})/u.test(back.slice(back.lastIndexOf(". ") + 1))) before = p;
    }
    if (before === undefined) continue;
    // "Lũy kế 10 tháng thu …" after "Thu ngân sách … tháng 10": the verb is the indicator's own.
    if (rest !== "" && !STATING_VERBS.test(rest) && !lower(before.name).startsWith(rest)) continue;
    const indicator = before.name.replace(OWN_PERIOD, "").trim();
    if (words(indicator).length < 1) continue;
    d.name = capitalize(`${indicator} ${period}`);
  }
}

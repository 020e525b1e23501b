/**
 * "Cảng đón 2.184 lượt tàu", "năm 2027 cảng dự kiến đón 5,2 triệu lượt hành khách", "phấn đấu đón
 * 16 triệu tấn hàng hóa": the verb that receives names no row; a table names what was received
 * ("Tàu", "Hành khách", "Hàng hóa"). The counter "lượt" right after the verb is the unit's
 * ("lượt tàu", "lượt hành khách") and goes with the verb: the unit column already says it.
 */
import { capitalize, lower, words } from "./extract-text";

/** The receiving verb that opens a name, with the words that may follow it. */
const RECEIVED = /^đón(?:\s+(?:tiếp|được|thêm|nhận))?\s+/u;

/** `name` without an opening "Đón" (and "lượt" when the unit counts turns), if a word is left. */
export function withoutReceivingVerb(name: string, unit: string): string {
  const m = RECEIVED.exec(lower(name));
  // Visitors keep theirs: tables name them "Lượt khách (du lịch) đón", and the tourism rule
  // (extract-tourists.ts) has already named them.
  if (m === null || /^lượt khách$/u.test(lower(unit).trim())) return name;
  let rest = name.slice(m[0].length);
  if (/^lượt(?!\p{L})/u.test(lower(unit)) && /^lượt\s+\p{L}/u.test(lower(rest)))
    rest = rest.slice("lượt".length).trimStart();
  return words(rest).length >= 1 ? capitalize(rest) : name;
}

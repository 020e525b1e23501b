/**
 * "Tỷ lệ đường huyện được nhựa hóa đạt 97%; đường xã đạt 91%; đường thôn, xóm đạt 84%": a rate
 * listed after a rate, in a clause of its own, naming only the part that differs. The part replaces
 * its parallel part of the rate before (from the same first word up to the rate's predicate) and
 * the predicate is kept: "Tỷ lệ đường xã được nhựa hóa".
 */
import { lower, words } from "./extract-text";

/** The words that open what a rate says of its part ("… được nhựa hóa", "… có điện"). */
// "ở", "tại", "của" open who or where the rate is of ("… thể thấp còi ở trẻ dưới 5 tuổi"): said once for
// every part, so the part replaced stops before them too.
const PREDICATE = /\s(?:được|bị|đã|đang|có|sử dụng|tham gia|đạt chuẩn|ở|tại|của)(?!\p{L})/u;

/**
 * The name of `part` ("Đường xã") listed after the rate `rate`, or null when the rate has no part
 * that starts with the same word before a predicate, at most six words on.
 */
export function parallelRateName(rate: string, part: string): string | null {
  const r = lower(rate);
  if (!/^tỷ lệ\s/u.test(r)) return null;
  const p = lower(part).trim();
  const first = words(p)[0]?.replace(/[,;]$/u, "");
  if (first === undefined || first === "" || /^(?:tỷ|chỉ|tốc|số)$/u.test(first) || words(p).length > 6)
    return null;
  const at = r.indexOf(` ${first} `);
  if (at < 0) return null;
  // "… suy dinh dưỡng thể nhẹ cân còn 9%; thể thấp còi còn 18%": with no predicate, the part runs
  // to the end of the rate's name.
  // (A proper name's part, "khu công nghiệp Nam Sơn", is left to the caller's own parallel rule.)
  const predicate = PREDICATE.exec(r.slice(at + 1));
  if (predicate === null && /\p{Lu}/u.test(`${rate.slice(at + 1)} ${part.trim().slice(1)}`)) return null;
  const cut = predicate?.index ?? r.length - at - 1;
  const replaced = r.slice(at + 1, at + 1 + cut);
  // The part replaced is a noun phrase of at most six words.
  if (words(replaced).length > 6 || replaced === p) return null;
  return `${rate.slice(0, at)} ${p}${rate.slice(at + 1 + cut)}`;
}

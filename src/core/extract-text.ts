/** Small text helpers of extraction: case, words, trimming punctuation and filler words at the edges of a name. */
import { charsIn, isSpaceCode, trimEndWhere, trimStartWhere } from "./trim";

// ---------------------------------------------------------------------------------------------
// Text helpers

export const lower = (s: string): string => s.toLowerCase();
export const words = (s: string): string[] => s.split(/\s+/u).filter(Boolean);
/** A literal for a regular expression ("triệu đồng/người" matched as written). */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** Punctuation and spaces a name never starts or ends with. */
const EDGE_PUNCT = charsIn(",;:-–(“”\"'+•*");
const isEdge = (c: number): boolean => EDGE_PUNCT(c) || isSpaceCode(c);

/**
 * Drops listed phrases at the start (or end) of `s`, repeatedly, on word boundaries. Works on
 * offsets into one lower-cased copy, so "và và và … thu" is linear, not one slice per phrase.
 */
export function stripEdges(s: string, lead: readonly string[], tail: readonly string[]): string {
  const text = trimEndWhere(trimStartWhere(s, isEdge), isEdge);
  const l = lower(text);
  // Lower-casing that changes the length ("İ") would shift offsets: strip the lower-cased text.
  const out = l.length === text.length ? text : l;
  let start = 0;
  let end = l.length;
  const boundary = (at: number): boolean => at >= end || l[at] === " " || l[at] === ",";
  for (let changed = true; changed && start < end;) {
    changed = false;
    for (const w of lead) {
      if (!l.startsWith(w, start) || !boundary(start + w.length) || start + w.length > end) continue;
      // "tăng trưởng" is a name, not the verb "tăng".
      if ((w === "tăng" || w === "giảm") && l.startsWith("tăng trưởng", start)) continue;
      // "giảm lỗ 96 tỷ đồng", "giảm khấu trừ 18 tỷ đồng": a tax audit's own results, named by the
      // verb (the loss and the deduction cut), not a change of something before.
      if (w === "giảm" && /^giảm (?:lỗ|khấu trừ)(?!\p{L})/u.test(l.slice(start, start + 16))) continue;
      // "làm chết 11 người", "làm bị thương 2 người": the verb goes, the harm stays.
      if (w === "làm" && !/^làm (?:chết|bị)/u.test(l.slice(start, start + 8))) continue;
      start += w.length;
      changed = true;
      break;
    }
    for (const w of tail) {
      const at = end - w.length;
      if (at < start || !l.startsWith(w, at) || (at > start && l[at - 1] !== " ")) continue;
      // "bằng cấp, chứng chỉ đạt 35%": "chỉ" of "chứng chỉ" is no hedge.
      if (w === "chỉ đạt" && l.slice(Math.max(start, at - 6), at).endsWith("chứng ")) continue;
      // "ngân sách cấp trên", "cấp dưới": a level, not a limit.
      if ((w === "trên" || w === "dưới") && l.slice(Math.max(start, at - 4), at) === "cấp ") continue;
      // "cắt giảm 213 thủ tục hành chính", "tinh giảm 140 biên chế": a verb of two syllables that
      // counts what was cut, not the change "giảm".
      if (w === "giảm" && /(?:cắt|tinh) $/u.test(l.slice(Math.max(start, at - 5), at))) continue;
      // "bàn giao mặt bằng 18,3 km": "mặt bằng" is a noun (the site), not "bằng" (equal to).
      if (w === "bằng" && l.slice(Math.max(start, at - 4), at) === "mặt ") continue;
      // "diện tích bàn giao", "chuyển giao": "giao" of a verb of two syllables is no filler.
      if (w === "giao" && /(?:bàn|chuyển|trao|bàn) $/u.test(l.slice(Math.max(start, at - 7), at))) continue;
      end = at;
      changed = true;
      break;
    }
    // A closing bracket never starts a name ("(đạt 98%), hỗ trợ …"), nor does a list marker
    // ("(1) Tốc độ tăng trưởng", "b) Về xã hội").
    while (start < end && (isEdge(l.charCodeAt(start)) || l[start] === ")")) start++;
    const marker = /^\(?(?:\d{1,2}|[a-zđ])\)\s+/u.exec(l.slice(start, end));
    if (marker !== null) {
      start += marker[0].length;
      changed = true;
    }
    while (end > start && isEdge(l.charCodeAt(end - 1))) end--;
  }
  return out.slice(start, end);
}

/** Years and periods inside a name say when, not what: "doanh thu năm 2020" → "doanh thu". */
export function dropPeriods(s: string): string {
  return (
    s
      .replace(
        /(?:(?:trong|đầu|cuối)\s+)?(?:giai đoạn|năm học|niên khóa|niên vụ)\s+(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}/giu,
        " ",
      )
      .replace(/\b(?:trong\s+)?(?:năm|cuối năm|đầu năm)\s+(?:19|20)\d{2}\b/giu, " ")
      .replace(/(?:đến\s+)?cuối năm(?!\s+(?:19|20)\d{2})/giu, " ")
      .replace(/theo dự toán(?:\s[^,]{0,60}?)?\s+giao\b/giu, " ")
      // "6 tháng đầu năm 2027": "năm 2027" went above, "đầu" goes with its months.
      .replace(/\b\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)(?:\s+năm)?)?(?:\s+(?:19|20)\d{2})?/giu, " ")
      .replace(/\s+/gu, " ")
      .trim()
  );
}

/** "Thu ngân sách" → "thu ngân sách", but "GRDP" stays. */
export function decapitalize(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

export function capitalize(s: string): string {
  // Not toLocaleUpperCase("vi"): Vietnamese has no casing of its own, and the locale lookup costs a
  // call into ICU per name, which dominated a long paste.
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * An office or body that sends a brief, heading it before a colon ("Phòng GD&ĐT:", "Điện lực Mỹ
 * Sa:", "Trạm Y tế phường …, 11 tháng:"): named by a proper name or an acronym after its kind, or
 * a district office by its field ("Phòng nông nghiệp huyện"); "Phòng học", "Trung tâm thương mại"
 * are things counted.
 */
export function isSender(name: string): boolean {
  const t = name.trim();
  if (/^(?:UBND|PGD|VP|BTC|TC-KH|NHCSXH|@)(?![\p{L}])/u.test(t)) return true;
  if (
    /^phòng\s+(?:nông nghiệp|tài chính|giáo dục|văn hóa|y tế|kinh tế|nội vụ|tư pháp|lao động|tài nguyên|quản lý đô thị|thanh tra)(?!\p{L})/iu.test(
      t,
    )
  )
    return true;
  const m =
    /^(?:phòng giao dịch|phòng|sở|ban|ủy ban|trạm|trung tâm|điện lực|chi nhánh|văn phòng|công an|chi cục|cục|bệnh viện|huyện ủy|thành ủy|tỉnh ủy|đảng ủy)\s+(\S+)/iu.exec(
      t,
    );
  return m !== null && /^\p{Lu}/u.test(m[1] ?? "");
}

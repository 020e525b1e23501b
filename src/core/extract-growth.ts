/**
 * Statistics releases say a growth and then what goes with it in a few words, leaving the subject
 * to the clause before: "khu vực dịch vụ tăng 8,1%, đóng góp 52,3%" (the sector's share of the
 * growth) and "doanh thu … tăng 9,3%; nếu loại trừ yếu tố giá tăng 6,1%" (the same growth net of
 * prices); a change against a second base follows the first ("tăng 0,21% so với tháng trước và tăng
 * 2,94% so với cùng kỳ"). Alone these figures would be named "Đóng góp", "Nếu loại trừ yếu tố giá",
 * "So với tháng trước và": each is named here by the subject of the figure said just before it.
 */
import type { Draft } from "./extract-drafts";
import { decapitalize, lower } from "./extract-text";

/** "đóng góp", "đóng góp vào mức tăng chung": the words after the verb say into what. */
const CONTRIBUTION = /^(?:mức\s+)?đóng góp(?:\s+(vào\s+.+))?$/u;

/** "nếu loại trừ yếu tố giá", "loại trừ yếu tố tăng giá", "khi loại trừ biến động giá". */
const NET_OF_PRICES = /^(?:(?:nếu|khi)\s+)?(?:loại trừ|trừ)\s+(?:yếu tố\s+(?:tăng\s+)?giá|biến động giá)$/u;

/** "so với tháng trước và": all a second change's own words are the first one's base. */
const SECOND_BASE = /^so với\s[^\d,;]*?\s+và$/u;

/**
 * "CPI tăng 0,38% so với tháng trước, tăng 3,26% so với cùng kỳ năm trước": a rate said as a change
 * against one base, then at once as a change against another, is two figures (the second no change
 * of the first). Only a % said after a verb, each with its own "so với", a comma or semicolon between.
 * Returns the two bases ("tháng trước", "cùng kỳ năm trước"), else null.
 */
export function secondBaseOf(
  src: string,
  prev: Draft,
  start: number,
  end: number,
): { first: string; second: string } | null {
  if (prev.unit !== "%" || prev.actual === null || start - prev.source.end > 80) return null;
  // A base may be a month of a year ("so với tháng 12/2025"); a third change may follow the second
  // ("…, tăng 3,15% so với tháng 12/2025 và tăng 3,62% so với cùng kỳ").
  // (a second change read as a draft of its own holds its base: the third finds it in the name)
  const between =
    /^\s*%?\s*so với\s+([^,;%]{2,40}?)(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)(?:tăng|giảm)\s*$/u.exec(
      lower(src.slice(prev.source.end, start)),
    ) ??
    (/(?<!\p{L})so với\s+\S/u.test(lower(prev.name)) && prev.source.start < prev.source.end - 1
      ? /^(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)(?:tăng|giảm)\s*$/u.exec(lower(src.slice(prev.source.end, start)))
      : null);
  const first = between?.[1] ?? /(?<!\p{L})so với\s+(.+)$/u.exec(lower(prev.name))?.[1];
  const base = /^\s*%?\s*so với\s+([^,;.()%]{2,40}?)\s*(?:[,;.()]|\svà\s|$)/u.exec(
    lower(src.slice(end, end + 60)),
  );
  if (between === null || first === undefined || base?.[1] === undefined || first === base[1]) return null;
  // (the draft made of a second change starts at its figure: the verb is looked for before it)
  return /(?:tăng|giảm)\s+[\d.,]+\s*%(?:\s*so với\s+[^,;%]{2,40})?$/u.test(
    lower(src.slice(Math.max(0, prev.source.end - 70), prev.source.end)),
  )
    ? { first, second: base[1] }
    : null;
}

/** The subject a growth's name says, without the words that name it as a growth or its prices. */
function subjectOf(name: string): string {
  return decapitalize(
    name
      .replace(/^(?:tốc độ\s+)?(?:tăng trưởng|tăng)\s+/iu, "")
      .replace(/\s+theo giá\s+(?:hiện hành|so sánh)(?:\s+năm\s+\d{4})?/iu, "")
      .trim(),
  );
}

/** Renames each such figure by the figure before it in its sentence (a % said just before). */
export function nameGrowthParts(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, i) => {
    const prev = drafts[i - 1];
    if (d.unit !== "%" || prev === undefined || prev.sentence !== d.sentence) return;
    const own = lower(d.name).trim();
    // Only what the clause before left (its change, a comparison) and the verb: no new sentence or
    // topic between them.
    if (/[.:]\s/u.test(src.slice(prev.source.end, d.source.start)) || d.source.start - prev.source.end > 120)
      return;
    const subject = subjectOf(prev.name);
    if (subject === "") return;
    const contribution = CONTRIBUTION.exec(own);
    // "khu vực công nghiệp và xây dựng tăng 9,04%, đóng góp 43,65%": the share of the growth.
    if (contribution !== null && prev.unit === "%") {
      d.name = `Mức đóng góp của ${subject} ${contribution[1] ?? "vào tăng trưởng"}`;
      return;
    }
    // "Chỉ số giá tiêu dùng tăng 0,21% so với tháng trước và tăng 2,94% so với cùng kỳ năm trước": the
    // same subject against a second base, named by that base.
    if (SECOND_BASE.test(own) && prev.unit === "%") {
      const base = /\d\s*%\s*(so với\s+[^,;.()]+?)\s*(?:[,;.()]|$)/u.exec(
        src.slice(d.source.start, d.source.start + 160),
      )?.[1];
      if (base === undefined) return;
      d.name = `${prev.name} ${base.trim()}`;
      // The first change is against the base its remnant names ("so với tháng trước").
      if (!/so với/u.test(lower(prev.name))) prev.name = `${prev.name} ${own.replace(/\s+và$/u, "")}`;
      return;
    }
    // "…, tăng 9,3% so với năm trước; nếu loại trừ yếu tố giá tăng 6,1%": the real growth.
    if (NET_OF_PRICES.test(own) && (prev.changePct !== null || prev.unit === "%"))
      d.name = `Tốc độ tăng ${subject} loại trừ yếu tố giá`;
  });
}

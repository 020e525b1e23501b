/**
 * Statistics releases say a growth and then what goes with it in a few words, leaving the subject
 * to the clause before: "khu vực dịch vụ tăng 8,1%, đóng góp 52,3%" (the sector's share of the
 * growth) and "doanh thu … tăng 9,3%; nếu loại trừ yếu tố giá tăng 6,1%" (the same growth net of
 * prices). Alone these figures would be named "Đóng góp" and "Nếu loại trừ yếu tố giá": each is named
 * here by the subject of the figure said just before it in the sentence.
 */
import type { Draft } from "./extract-drafts";
import { decapitalize, lower } from "./extract-text";

/** "đóng góp", "đóng góp vào mức tăng chung": the words after the verb say into what. */
const CONTRIBUTION = /^(?:mức\s+)?đóng góp(?:\s+(vào\s+.+))?$/u;

/** "nếu loại trừ yếu tố giá", "loại trừ yếu tố tăng giá", "khi loại trừ biến động giá". */
const NET_OF_PRICES = /^(?:(?:nếu|khi)\s+)?(?:loại trừ|trừ)\s+(?:yếu tố\s+(?:tăng\s+)?giá|biến động giá)$/u;

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
    // "…, tăng 9,3% so với năm trước; nếu loại trừ yếu tố giá tăng 6,1%": the real growth.
    if (NET_OF_PRICES.test(own) && (prev.changePct !== null || prev.unit === "%"))
      d.name = `Tốc độ tăng ${subject} loại trừ yếu tố giá`;
  });
}

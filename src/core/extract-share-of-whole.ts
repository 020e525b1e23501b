/**
 * A part's share of a whole value ("trong đó nông nghiệp chiếm 68%", "thị trường Nhật Bản chiếm 24%
 * tổng kim ngạch"): reports and their tables call it "Tỷ trọng", while a share of counted units
 * ("hộ nghèo chiếm 2%", "nợ xấu chiếm 1% tổng dư nợ") is a "Tỷ lệ". A list of such parts after the
 * first ("…, lâm nghiệp 9%, thủy sản 22%") names each part by itself, never the parts before it.
 */
import type { Draft } from "./extract-drafts";
import { decapitalize, lower } from "./extract-text";

/**
 * Parts of a value: sectors of an economy or of production, markets, goods, money by source or use.
 * Debts ("nợ xấu", "nợ quá hạn") are shares of a total too, but every writer calls them "Tỷ lệ".
 */
const VALUE_PART =
  /^(?:khu vực|ngành|nông nghiệp|nông, lâm|lâm nghiệp|thủy sản|công nghiệp|xây dựng|dịch vụ|thương mại|du lịch|thuế sản phẩm|kinh tế|thị trường|xuất khẩu|nhập khẩu|kim ngạch|nhóm hàng|mặt hàng|doanh thu|dư nợ|vốn|nguồn vốn|chi(?!\s+(?:bộ|đoàn|hội|nhánh))|thu(?!\s+nhập)|giá trị|điện)(?!\p{L})/u;

/** The share's word for a part `name` said before "chiếm": "Tỷ trọng" for a part of a value. */
export function shareHead(name: string): "Tỷ trọng" | "Tỷ lệ" {
  return VALUE_PART.test(lower(name).trim()) ? "Tỷ trọng" : "Tỷ lệ";
}

/**
 * "…, lâm nghiệp 9,5%" after "Tỷ trọng nông nghiệp" (", " and a few words only between them): the
 * next part of the same whole, named "Tỷ trọng lâm nghiệp"; null when `current` is no such share.
 */
export function nextPartShare(current: Draft | null, lead: string, part: string): string | null {
  if (current === null || current.unit !== "%" || !/^tỷ trọng\s/u.test(lower(current.name))) return null;
  if (!/^\s*,\s*[^,;:\d]+$/u.test(lead) || part.trim() === "") return null;
  // "…, EU chiếm 19,6%": named "Tỷ lệ EU" by its own "chiếm", a part of the same whole all the same.
  const own = decapitalize(
    /(?<!\p{L})chiếm\s*$/u.test(lower(lead)) ? part.trim().replace(/^tỷ lệ\s+/iu, "") : part.trim(),
  );
  if (/^(?:tỷ lệ|tỷ trọng|chỉ số|tốc độ)(?!\p{L})/u.test(lower(own))) return null;
  return `Tỷ trọng ${own}`;
}

/**
 * "Trong 9 tháng, toàn tỉnh đón trên 4,2 triệu lượt khách": in a paragraph on tourism, visitors
 * counted by the verb that receives them are the tourists the report counts, "Lượt khách du lịch",
 * not "Đón lượt khách" nor the sector that received them ("Ngành du lịch ước đón lượt khách").
 */
import type { Draft } from "./extract-drafts";
import { lower } from "./extract-text";

/** A name that says only who received the visitors and the verb, the unit maybe after it. */
const RECEIVED =
  /^(?:(?:ngành|lĩnh vực)\s+du lịch\s+)?(?:(?:toàn|cả)\s+(?:tỉnh|huyện|thành phố|thị xã|nước)\s+)?(?:(?:ước|đã|dự kiến)\s+)?(?:thu hút\s+|đón(?:\s+(?:tiếp|được))?)(?:\s+(?:trên|khoảng|gần|hơn))?(?:\s+lượt khách)?$/u;

/** Who aims and the aim's verb before a target's count ("tỉnh phấn đấu đón", "ngành đặt mục tiêu đón"). */
const AIMED =
  /^(?:năm \d{4},?\s+)?(?:(?:tỉnh|huyện|thành phố|thị xã|ngành(?:\s+du lịch)?|toàn\s+(?:tỉnh|huyện))\s+)?(?:phấn đấu|đặt mục tiêu|dự kiến|hướng tới)\s+/u;

const TOURISM = /(?<!\p{L})du lịch(?!\p{L})/u;

/**
 * Renames each count of visitors received, a result or a target, where tourism is the topic: said before the
 * figure or in its own sentence (a mention only in a later sentence may be a different subject,
 * "… đón 1,2 triệu lượt khách. Doanh thu du lịch …" leaves the visitors the place's). In place.
 */
export function nameTourists(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    // A target too: "Năm 2027, tỉnh phấn đấu đón 7,5 triệu lượt khách" closes a news article on tourism.
    const name = lower(d.name).trim().replace(AIMED, "");
    if (!/^lượt khách$/u.test(lower(d.unit)) || !RECEIVED.test(name)) continue;
    const after = src.slice(d.source.end, d.source.end + 200);
    const ends = /[.\n](?!\d)/u.exec(after);
    const around = lower(src.slice(Math.max(0, d.source.start - 400), d.source.end + (ends?.index ?? 200)));
    // A target keeps its verb: "Đón lượt khách du lịch" is what the year is to reach.
    if (TOURISM.test(around)) d.name = d.actual === null ? "Đón lượt khách du lịch" : "Lượt khách du lịch";
  }
}

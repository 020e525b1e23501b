/**
 * Areas in hectares named by what was done on them ("bảo đảm tưới chủ động cho 86.520 ha", "còn vướng
 * 3,2 ha", "hiến 52,3 ha đất"): a report's table names such a row by its measure, "Diện tích …" (most
 * keyed areas are), and the works or firm that serve the land ("Các công trình thủy lợi bảo đảm tưới
 * …", "công trình sẽ tưới …") are who did it, no part of what is measured.
 */
import type { Draft } from "./extract-drafts";
import { capitalize, decapitalize, lower } from "./extract-text";

/** Names that already say they measure land. */
const LAND_HEAD = /^(?:tổng\s+)?(?:diện tích|quỹ đất)(?!\p{L})/u;
/** Irrigation works, a firm or a project that serves land, before the verb of that service. */
const AGENT =
  /^(?:các\s+)?(?:công trình|hệ thống|công ty|dự án|trạm bơm|hồ chứa)(?:\s+(?:thủy lợi|thuỷ lợi))?(?:\s+\p{Lu}\p{Ll}*)*(?:\s+(?:sẽ|đã|đang))?\s+(?=(?:bảo đảm|đảm bảo|tưới|tiêu|phục vụ|cấp nước)(?!\p{L}))/u;

export function nameAreas(drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (lower(d.unit).trim() !== "ha" || d.name === "") continue;
    const name = lower(d.name).trim();
    if (LAND_HEAD.test(name)) continue;
    const own = decapitalize(d.name.trim());
    const rest = own.slice(AGENT.exec(own)?.[0].length ?? 0);
    d.name = capitalize(`diện tích ${decapitalize(rest)}`);
  }
}

/**
 * Areas in hectares named by a verb alone or by a service ("còn vướng 3,2 ha", "bảo đảm tưới chủ động
 * cho 86.520 ha"): a report's table names such a row by its measure, "Diện tích …" (most keyed areas
 * are), and the works or firm that serve the land ("Các công trình thủy lợi bảo đảm tưới …",
 * "công trình sẽ tưới …") are who did it, no part of what is measured.
 */
import type { Draft } from "./extract-drafts";
import { capitalize, decapitalize, lower, words } from "./extract-text";

/** Names that already say they measure land. */
const LAND_HEAD = /^(?:tổng\s+)?(?:diện tích|quỹ đất)(?!\p{L})/u;
/** Irrigation works, a firm or a project that serves land, before the verb of that service. */
const AGENT =
  /^(?:các\s+)?(?:công trình|hệ thống|công ty|dự án|trạm bơm|hồ chứa)(?:\s+(?:thủy lợi|thuỷ lợi))?(?:\s+\p{Lu}\p{Ll}*)*(?:\s+(?:sẽ|đã|đang))?\s+(?=(?:bảo đảm|đảm bảo|tưới|tiêu|phục vụ|cấp nước)(?!\p{L}))/u;

/** Irrigation and supply services, measured by the area they serve, and damage, by the area hit. */
const SERVICE = /^(?:bảo đảm|đảm bảo|phục vụ|cấp nước|tưới|tiêu|thiệt hại|bị thiệt hại)(?!\p{L})/u;

/**
 * Field work said by its verb alone ("Vụ mùa đã gieo cấy được 18.460 ha", "tái canh 380 ha"): two
 * words that are a verb, not a crop, so the length test below would keep them bare.
 */
const FIELD_WORK =
  /^(?:(?:đã|được)\s+)?(?:gieo cấy|gieo trồng|gieo sạ|xuống giống|tái canh|thu hoạch|trồng mới|cấy)$/u;

export function nameAreas(drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (lower(d.unit).trim() !== "ha" || d.name === "") continue;
    const name = lower(d.name).trim();
    if (LAND_HEAD.test(name)) continue;
    const own = decapitalize(d.name.trim());
    const agent = AGENT.exec(own)?.[0].length ?? 0;
    const rest = own.slice(agent);
    // A verb with its object ("Trồng mới rừng", "Gieo sạ lúa") already names the area well; a verb
    // alone ("Vướng", "Thiệt hại"), a service ("Bảo đảm tưới, tiêu …") or works as the subject do not.
    if (agent === 0 && !SERVICE.test(rest) && !FIELD_WORK.test(lower(rest)) && words(rest).length > 1)
      continue;
    d.name = capitalize(`diện tích ${decapitalize(rest)}`);
  }
}

/**
 * Freight work in tonne-kilometres named by its verb alone ("…; luân chuyển 412,7 triệu tấn.km"):
 * statistics name that row "Khối lượng hàng hóa luân chuyển", the measure and the goods it moved
 * (every keyed tấn.km row is named so), beside "Khối lượng hàng hóa vận chuyển" in tonnes.
 */
export function nameFreightWork(drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (lower(d.unit).trim() !== "tấn.km") continue;
    const name = lower(d.name).trim();
    const bare = /^(?:luân chuyển|vận chuyển)(?:\s+hàng hóa)?$/u.exec(name);
    if (bare === null) continue;
    d.name = capitalize(`khối lượng ${name.includes("hàng hóa") ? name : `hàng hóa ${name}`}`);
  }
}

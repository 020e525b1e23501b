/**
 * An area in hectares named by what was done to the land ("Thu hồi đất", "Giao đất", "Cho thuê
 * đất"): land reports and their tables name such a row "Diện tích …" (nine keys in ten of the
 * corpus's rows in ha say it). The head is put before a short name of land that has no measure of
 * its own; a bare verb ("Bàn giao") may be of a site ("Mặt bằng"), and is left.
 */
import { capitalize, decapitalize, lower, words } from "./extract-text";

/** Names that already say what the hectares are (an area, a forest, a field, a plan's share …). */
const HAS_MEASURE =
  /(?:^|\s)(?:diện tích|quy mô|tổng|rừng|đất rừng|vùng|cánh đồng|mô hình|khu|cụm|dự án|năng suất)(?!\p{L})/u;

/** "Thu hồi đất" in ha (`said`: the proposal's text) → "Diện tích thu hồi đất"; any other as it is. */
export function withAreaHead(name: string, unit: string, said: string): string {
  // "thu hồi đất 21,4 ha" is labelled by its writer; "thu hồi 4,25 ha đất" names the land after.
  if (lower(unit).trim() !== "ha" || name.trim() === "" || !/(?<!\p{L})ha\s+đất(?!\p{L})/u.test(lower(said)))
    return name;
  if (HAS_MEASURE.test(lower(name)) || words(name).length > 5 || !/(?:^|\s)đất(?!\p{L})/u.test(lower(name)))
    return name;
  return capitalize(`Diện tích ${decapitalize(name.trim())}`);
}

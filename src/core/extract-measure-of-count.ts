/**
 * Reports count things and then say how big they are in one breath: "5 điểm sạt lở dài 2.315 m",
 * "12 tuyến đường dài 18,6 km", "3 hồ chứa có diện tích 42 ha". The measure is led only by the word
 * that says which measure it is; alone it would be named by that word or by its unit ("M"). It is
 * the measure of what the count before it counted ("Chiều dài điểm sạt lở").
 */
import type { Draft } from "./extract-drafts";
import { countedOf } from "./extract-names";
import { capitalize, decapitalize, lower } from "./extract-text";

/** The words between the count and the measure: "dài", ", có diện tích", "với chiều dài khoảng". */
const MEASURE_LEAD =
  /^\s*[,(]?\s*(?:(?:với|có)\s+)?(?:tổng\s+)?(chiều dài|chiều rộng|chiều sâu|chiều cao|diện tích|dài|rộng|sâu|cao|trọng lượng|khối lượng)\s*(?:(?:là|khoảng|gần|hơn|trên)\s*)?$/u;

/** The measure's words at the end of a count's name that ran on over them. */
const MEASURE_TAIL =
  /\s+(?:(?:với|có)\s+)?(?:tổng\s+)?(?:chiều dài|chiều rộng|chiều sâu|chiều cao|diện tích|dài|rộng|sâu|cao)$/u;

const MEASURE_NAME: Readonly<Record<string, string>> = {
  dài: "Chiều dài",
  rộng: "Chiều rộng",
  sâu: "Chiều sâu",
  cao: "Chiều cao",
};

/** Units a size is given in (a length or an area), or a weight ("tiêu hủy 312 con lợn, trọng lượng 18 tấn"). */
const SIZE_UNIT = /^(?:m|km|m2|km2|ha|kg|tạ|tấn)$/u;
/** Units of weight: only a weight's word leads them ("12 tàu cá khai thác 840 tấn" is an output). */
const WEIGHT_UNIT = /^(?:kg|tạ|tấn)$/u;

/**
 * Names `draft`, a size right after `count` in the same sentence, as the size of what was counted,
 * and takes the measure's word off the end of the count's name ("Điểm sạt lở dài" → "Điểm sạt lở").
 */
export function nameMeasureOfCount(
  src: string,
  draft: Draft,
  figureStart: number,
  count: Draft | null,
): void {
  // (a measure's lead is a few words: no longer stretch of text is read)
  if (count === null || count.sentence !== draft.sentence || count.head === "") return;
  if (figureStart - count.source.end > 40) return;
  if (!SIZE_UNIT.test(lower(draft.unit)) || count.unit === "%" || lower(count.unit) === lower(draft.unit))
    return;
  // The count's name may have run on over the measure's word ("Điểm đặc biệt nguy hiểm dài").
  const ranOn = MEASURE_TAIL.exec(lower(count.name))?.[0] ?? "";
  const lead = MEASURE_LEAD.exec(`${ranOn}${lower(src.slice(count.source.end, figureStart))}`);
  if (lead?.[1] === undefined) return;
  if (WEIGHT_UNIT.test(lower(draft.unit)) !== /lượng$/u.test(lead[1])) return;
  if (ranOn !== "") {
    count.name = count.name.slice(0, count.name.length - ranOn.length);
    if (lower(count.head).endsWith(ranOn)) count.head = count.head.slice(0, count.head.length - ranOn.length);
  }
  const counted = decapitalize(countedOf(count)).trim();
  if (counted === "") return;
  const measure = MEASURE_NAME[lead[1]] ?? lead[1];
  draft.name = capitalize(`${/tổng\s/u.test(lead[0]) ? "tổng " : ""}${lower(measure)} ${counted}`);
}

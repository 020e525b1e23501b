/**
 * Tết gifts named by the occasion, not by who got them nor by the verb: "Dịp Tết Nguyên đán, trao
 * 2.150 suất quà cho hộ nghèo, gia đình chính sách, tổng trị giá …" → "Tổng trị giá suất quà Tết"
 * ("tổng kinh phí …" likewise), and a count named by its verb alone ("trao 96 suất quà") → "Suất quà
 * Tết". Keys name the money of Tết gifts by "quà Tết" ("Kinh phí quà Tết", "Trị giá quà tặng dịp
 * Tết"), not by the recipients, which a comma cuts anyway; counts that name their recipients keep
 * them (their keys do). Gifts of other occasions keep their names.
 */
import type { Draft } from "./extract-drafts";
import { lower } from "./extract-text";
import { MONEY } from "./extract-units";

const isMoney = (unit: string): boolean => MONEY.some((m) => lower(unit).includes(m));

/**
 * A gift count named by its verb alone: "trao suất quà", "Xã tặng phần quà" (who gave may come
 * first when the verb is said). One that names its recipients keeps them: keys of such counts do.
 */
const GIFT_COUNT =
  /^(?:(?:.*\s)?(?:trao tặng|trao|tặng|cấp phát|phát|hỗ trợ)\s+)?(suất|phần)\s+quà(?:\s+(?:nhân\s+)?dịp\s+tết.*)?$/u;

/** The money of such gifts: "tổng trị giá suất quà cho …", "tổng kinh phí trao suất quà …". */
const GIFT_MONEY =
  /^(tổng\s+)?(trị giá|kinh phí)\s+(?:(?:.*\s)?(?:trao tặng|trao|tặng)\s+)?(suất|phần)\s+quà(?:\s+tết)?(?:\s+(?:cho|(?:nhân\s+)?dịp)\s.*)?$/u;

const TET = /(?<!\p{L})Tết(?!\p{L})/u;

/** Another occasion beside Tết ("dịp Tết Nguyên đán và ngày 27/7"): the gifts are not Tết's alone. */
const OTHER_DAY = /(?<!\p{L})(?:ngày|lễ)\s+\d/u;

/** The sentence around `at`: back to and on to a full stop (not one inside a figure) or a line end. */
function sentenceAround(src: string, at: number): string {
  let start = at;
  while (start > 0 && !/[\n!?]/u.test(src[start - 1] as string) && !isStop(src, start - 1)) start--;
  let end = at;
  while (end < src.length && !/[\n!?]/u.test(src[end] as string) && !isStop(src, end)) end++;
  return src.slice(start, end);
}

const isStop = (src: string, i: number): boolean => src[i] === "." && !/\d/u.test(src[i + 1] ?? "");

/** Renames the counts and money of gifts given for Tết. */
export function nameTetGifts(src: string, drafts: readonly Draft[]): void {
  const tetOf = new Map<number, boolean>();
  for (const d of drafts) {
    const name = lower(d.name);
    const count = /^(?:suất|phần)(?: quà)?$/u.test(lower(d.unit)) ? GIFT_COUNT.exec(name) : null;
    const money = count === null && isMoney(d.unit) ? GIFT_MONEY.exec(name) : null;
    if (count === null && money === null) continue;
    let tet = tetOf.get(d.sentence);
    if (tet === undefined) {
      const sentence = sentenceAround(src, d.source.start);
      tet = TET.test(sentence) && !OTHER_DAY.test(sentence);
      tetOf.set(d.sentence, tet);
    }
    if (!tet) continue;
    if (count !== null) d.name = `${count[1] === "suất" ? "Suất" : "Phần"} quà Tết`;
    else if (money !== null) {
      const head = `${money[1] === undefined ? "" : "Tổng "}${money[2] as string}`;
      d.name = `${head.charAt(0).toUpperCase()}${head.slice(1)} ${money[3] as string} quà Tết`;
    }
  }
}

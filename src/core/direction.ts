/**
 * Which way is better when the table has no Chiều: read from the indicator's name (and the plan's
 * words, "giảm còn 4%"). Most offices' tables have no Chiều column, and "Tỷ lệ hộ nghèo" 2 → 1,8 is
 * reached, not missed. The vocabulary is data, below; tests/corpus/directions holds the names it is
 * measured on. Words are matched on the name in lower case with its diacritics kept, since folding
 * merges words ("cháy" fire, "chạy" run).
 */
import type { Direction } from "./model";
import { remember } from "./numbers";

/** Words naming a thing a resolution wants less of. */
export const LOWER_IS_BETTER_WORDS: readonly string[] = [
  "hộ nghèo",
  "cận nghèo",
  "tai nạn",
  "vi phạm",
  "phạm pháp",
  "phạm tội",
  "tội phạm",
  "tái phạm",
  "kỷ luật",
  "thất nghiệp",
  "suy dinh dưỡng",
  "thấp còi",
  "tử vong",
  "chết",
  "bị thương",
  "đuối nước",
  "ô nhiễm",
  "cháy",
  "ma túy",
  "ma tuý",
  "nghiện",
  "nợ đọng",
  "nợ xấu",
  "nợ thuế",
  "tồn đọng",
  "khiếu nại đông người",
  "vượt cấp",
  "trễ hạn",
  "quá hạn",
  "bỏ học",
  "trộm cắp",
  "tham nhũng",
  "buôn lậu",
  "gian lận",
  "hàng giả",
  "trái phép",
  "sai phép",
  "lấn chiếm",
  "tảo hôn",
  "bạo lực",
  "ngộ độc",
  "sốt xuất huyết",
  "mắc mới",
  "nhiễm hiv",
  "sinh con thứ ba",
  "thiệt hại",
  "thua lỗ",
  "accident",
  "poverty rate",
  "poor household",
  "crime",
  "violation",
  "unemploy",
  "mortality",
  "death",
  "pollution",
  "malnutrition",
  "arrears",
];

/**
 * Phrases that make a name with such a word count a good thing: the work done against it, or the
 * households that left poverty. "Tỷ lệ giảm nghèo" is a rate of reduction: more is better.
 */
export const HIGHER_IS_BETTER_PHRASES: readonly string[] = [
  "giảm nghèo",
  "thoát nghèo",
  "tỷ lệ giảm",
  "tỉ lệ giảm",
  "tốc độ giảm",
  "mức giảm",
  "giảm trong năm",
  "giảm được",
  "phòng chống",
  "phòng, chống",
  "phòng cháy",
  "chữa cháy",
  "được giải quyết",
  "được xử lý",
  "xử lý được",
  "thu gom",
  "điều tra",
  "khám phá",
  "triệt phá",
  "bắt giữ",
  "cai nghiện",
  "được hỗ trợ",
  "hỗ trợ",
  "tuyên truyền",
  "kiểm tra",
  "thu hồi",
  "hòa giải",
  "không có",
  "không còn",
  "resolved",
  "reduction",
  "free of",
  "prevention",
  "out of poverty",
];

/** A word undoing a good phrase after it: "chưa được xử lý" is what is left undone. */
const NOT_YET: readonly string[] = ["chưa", "không được", "not yet", "un"];

/** Verbs that open a name set as a reduction: "Kéo giảm số vụ tai nạn", "Giảm tỷ lệ hộ nghèo". */
const REDUCE_VERBS: readonly string[] = ["kéo giảm", "giảm thiểu", "giảm", "reduce", "cut"];

/** After a reduction verb: the level to reach ("còn 4%"), so the figure is that level. */
const LEVEL_WORDS = /(^|\s)(còn|xuống|dưới|to|below)(\s|$)/u;

/** After a reduction verb: the size of the cut each year, so the figure is the cut. */
const PER_YEAR_WORDS = /bình quân|mỗi năm|hằng năm|hàng năm|\/\s*năm|per year|a year/u;

export interface DirectionGuess {
  direction: Direction;
  /** The words that decided it, as they appear in the name (lower case), for the message. */
  because: string;
  /** A reading a person may well mean otherwise ("Giảm tỷ lệ hộ nghèo 1,5%": the cut or the level?). */
  unsure: boolean;
}

function normal(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The first of `words` in `text` at a word start; "chết" is in "số người chết", not in "chếtx". */
function firstWord(text: string, words: readonly string[]): string | null {
  for (const word of words) {
    let at = text.indexOf(word);
    while (at >= 0) {
      const before = at === 0 ? " " : (text[at - 1] ?? " ");
      if (!/\p{L}/u.test(before)) return word;
      at = text.indexOf(word, at + 1);
    }
  }
  return null;
}

/** A good phrase, unless "chưa"/"không được" stands right before it. */
function goodPhrase(text: string): string | null {
  for (const phrase of HIGHER_IS_BETTER_PHRASES) {
    const at = text.indexOf(phrase);
    if (at < 0) continue;
    const before = text.slice(Math.max(0, at - 12), at);
    if (NOT_YET.some((w) => before.endsWith(`${w} `) || before.endsWith(w))) continue;
    return phrase;
  }
  return null;
}

/** A plan cell that sets the level to reach by a cut: "giảm còn 4%", "còn dưới 2%", "xuống 1,5%". */
export function planSaysLower(plan: unknown): boolean {
  if (typeof plan !== "string") return false;
  return /^(kéo )?(giảm )?(còn|xuống)(\s|\d)/u.test(normal(plan));
}

/**
 * The direction a name implies, or null when it says nothing (most names: higher is better by
 * default). `unit` tells a cut ("Kéo giảm 5% số vụ": %) from a level ("Kéo giảm số vụ": vụ).
 */
export function directionFromName(name: string, unit = "", plan: unknown = null): DirectionGuess | null {
  // A sheet repeats its names (templates, consolidations): each distinct row is read once.
  const key = `${name}\u0000${unit}\u0000${typeof plan === "string" ? plan : ""}`;
  const known = GUESSES.get(key);
  if (known !== undefined) return known;
  const guess = guessFromName(name, unit, plan);
  remember(GUESSES, key, guess);
  return guess;
}

const GUESSES = new Map<string, DirectionGuess | null>();

function guessFromName(name: string, unit: string, plan: unknown): DirectionGuess | null {
  const text = normal(name);
  if (text === "") return null;
  const good = goodPhrase(text);
  const reduce = good === null ? REDUCE_VERBS.find((v) => text.startsWith(`${v} `)) : undefined;
  if (reduce !== undefined) {
    const rest = text.slice(reduce.length + 1);
    if (LEVEL_WORDS.test(rest) || planSaysLower(plan))
      return { direction: "down", because: reduce, unsure: false };
    if (PER_YEAR_WORDS.test(rest)) return { direction: "up", because: reduce, unsure: false };
    // "Kéo giảm số vụ tai nạn" in vụ: the figure is the number of accidents. In %, it may be the cut
    // ("Giảm tỷ lệ hộ nghèo 1,5%") as well as the level: taken as the cut, and said so.
    if (normal(unit) === "%") return { direction: "up", because: reduce, unsure: true };
    return { direction: "down", because: reduce, unsure: false };
  }
  const bad = firstWord(text, LOWER_IS_BETTER_WORDS);
  if (bad === null) return null;
  if (good !== null) return null;
  return { direction: "down", because: bad, unsure: false };
}

/** The name speaks of something to reduce (accidents, poverty…): for rules and extraction. */
export function hintsLowerIsBetter(name: string): boolean {
  return directionFromName(name)?.direction === "down";
}

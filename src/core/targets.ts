/**
 * Kế hoạch / Loại / Chiều cells → Target, IndicatorKind, Direction. Words are matched case- and
 * diacritic-insensitively, in Vietnamese and English (vocabulary in ARCHITECTURE.md).
 */
import type { CellValue, Direction, IndicatorKind, NumberConvention, Target } from "./model";
import { SCALE_WORDS, foldWord, inUnit, parseNumber, type ParsedFigure } from "./numbers";
import { MAX_NUMBER_CHARS } from "./trim";

export interface ParsedTarget {
  target: Target | null;
  problem: "empty" | "unreadable" | null;
  /** A figure in the plan that reads two ways ("121,729" in vi), so the reader can ask. */
  ambiguous?: { value: number; alternative: number } | null;
}

/** Folded, with runs of spaces (and no-break spaces) made one. */
function fold(text: string): string {
  return foldWord(text.normalize("NFC"))
    .replace(/[\s\u00a0\u202f\u2009]+/g, " ")
    .trim();
}

/** A number as typed inside a phrase: sign, digits, marks, grouping spaces. */
const NUM = String.raw`[+\-\u2212]?\d(?:[\d.,]|[ \u00a0\u202f\u2009](?=\d{3}))*`;
/** What may follow a figure: "%", a scale word, unit words or a note in brackets ("6,6 -" is neither); never another figure. */
const TAIL = String.raw`(?:\s*%)?(?:\s+[a-z(][^\d]*)?`;

/** Limit words, longest first; `upper` bounds from above ("dưới 4"), `lower` from below. */
const LIMIT_WORDS: readonly (readonly [string, "upper" | "lower", boolean])[] = [
  ["khong vuot qua", "upper", true],
  ["khong qua", "upper", true],
  ["toi da", "upper", true],
  ["at most", "upper", true],
  ["no more than", "upper", true],
  ["maximum", "upper", true],
  ["max", "upper", true],
  ["<=", "upper", true],
  ["≤", "upper", true],
  ["nho hon", "upper", false],
  ["it hon", "upper", false],
  ["thap hon", "upper", false],
  ["less than", "upper", false],
  ["duoi", "upper", false],
  ["below", "upper", false],
  ["under", "upper", false],
  ["<", "upper", false],
  ["it nhat", "lower", true],
  ["toi thieu", "lower", true],
  ["at least", "lower", true],
  ["no less than", "lower", true],
  ["minimum", "lower", true],
  ["min", "lower", true],
  [">=", "lower", true],
  ["≥", "lower", true],
  ["lon hon", "lower", false],
  ["cao hon", "lower", false],
  ["more than", "lower", false],
  ["greater than", "lower", false],
  ["tren", "lower", false],
  ["hon", "lower", false],
  ["above", "lower", false],
  ["over", "lower", false],
  [">", "lower", false],
];

const APPROX_WORDS = ["khoang", "xap xi", "chung", "approximately", "about", "around", "~", "≈"];

const YES_WORDS = ["hoan thanh", "dat", "co", "complete", "completed", "yes", "done"];

/** "so với cùng kỳ", "so CK", "vs prior", "over prior year", "compared with 2019"… */
const COMPARED = String.raw`(?:so voi|so|vs\.?|versus|over|compared (?:to|with)|from|on)\s+\S.*`;
const CHANGE_WORD = String.raw`(?:keo )?(giam|tang|decrease|increase|reduce|reduction|down|up|raise)(?: by)?`;
const RELATIVE = new RegExp(String.raw`^${CHANGE_WORD}\s+(${NUM})\s*%\s*${COMPARED}$`);
/**
 * "giảm 10%", "tăng 8%" with no base named: in a row counted in vụ, người, tỷ đồng… a change in %
 * can only be against the prior year. Not in a % row, where "giảm 1,5%" is as often points.
 */
const BARE_CHANGE = new RegExp(String.raw`^${CHANGE_WORD}\s+(${NUM})\s*%$`);
/** "tăng 5-7%", "tăng 5 – 7% so với cùng kỳ", "giảm từ 5 đến 7%": a range of change on the prior year. */
const CHANGE_RANGE = String.raw`^${CHANGE_WORD}\s+(?:tu |from |between )?(${NUM})\s*%?\s*(?:-|–|—|den|toi|to|and)\s*(${NUM})\s*%`;
const RELATIVE_RANGE = new RegExp(String.raw`${CHANGE_RANGE}\s*${COMPARED}$`);
const BARE_CHANGE_RANGE = new RegExp(String.raw`${CHANGE_RANGE}$`);
const DOWN_WORDS = ["giam", "decrease", "reduce", "reduction", "down"];
/**
 * "giảm 0,5 điểm %", "tăng 1–1,5 điểm phần trăm (so với năm 2024)": a change in điểm % on the prior
 * year's rate. Unlike a bare "giảm 0,5%" in a % row, the words say points.
 */
const POINTS_CHANGE = new RegExp(
  String.raw`^${CHANGE_WORD}\s+(?:tu |from |between )?(${NUM})(?:\s*(?:-|–|—|den|toi|to|and)\s*(${NUM}))?\s*(?:diem %|diem phan tram|percentage points?|% points?)(?:\s+${COMPARED})?$`,
);

/** "1,5%/năm", "7% mỗi năm", "7% per year": a rate a year; in a yearly table the year's figure. */
const PER_YEAR = /(%)\s*(?:\/\s*(?:nam|year)|(?:moi|hang|hang) nam|per year|a year|each year)$/;
/** "bình quân", "trung bình", "on average": an average over the years, each year judged against it. */
const AVERAGE = /\b(?:binh quan|trung binh|on average|average|an average of)\s+/;

/** Units in which a bare "giảm 1,5%" may mean points or a level, not a change on the prior year. */
function percentUnit(unit: string): boolean {
  const u = fold(unit);
  return (
    u === "" || u.startsWith("%") || u.startsWith("diem") || u.includes("phan tram") || u.includes("percent")
  );
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "dưới 4", "dưới4" but not "dướii 4": a word ends at a space or a figure; a symbol needs neither. */
// Built once per word: readTable parses thousands of plan cells, and compiling regexes per cell
// dominated its profile.
const LEADING_WORDS = new Map<string, RegExp>();
function leadingWord(word: string): RegExp {
  let re = LEADING_WORDS.get(word);
  if (re === undefined) {
    const after = /[a-z]$/.test(word) ? String.raw`(?:\s+|(?=[\d+\-\u2212]))` : String.raw`\s*`;
    re = new RegExp(String.raw`^${escape(word)}${after}(.+)$`);
    LEADING_WORDS.set(word, re);
  }
  return re;
}

const FIGURE = new RegExp(String.raw`^(${NUM})(${TAIL})$`);
const RANGE = new RegExp(
  String.raw`^(?:tu |from |between )?(${NUM})\s*%?\s*(?:-|–|—|den|toi|to|and)\s*(${NUM}${TAIL})$`,
);
const OR_MORE = new RegExp(String.raw`^(?:tu )?(${NUM}${TAIL}?)\s+tro len$`);
const OR_LESS = new RegExp(String.raw`^(?:tu )?(${NUM}${TAIL}?)\s+tro xuong$`);

/** The scale words a tail starts with: ["nghin", "ty"] for "nghin ty dong". */
function leadingScaleWords(tail: string): string[] {
  const words: string[] = [];
  for (const w of tail.split(/\s+/)) {
    if (SCALE_WORDS[w] === undefined) break;
    words.push(w);
  }
  return words;
}

/** One figure and what follows it, e.g. "4%" or "1.400 triệu USD"; null when it is not that. */
function figureOf(text: string, convention: NumberConvention): ParsedFigure | null {
  const m = FIGURE.exec(text.trim());
  if (m?.[1] === undefined) return null;
  const tail = (m[2] ?? "").trim();
  // Keep "%" and the scale words for parseNumber ("nghìn tỷ" is one scale, 10¹²: its first word
  // alone read "khoảng 50 nghìn tỷ" in a tỷ đồng row as 0,00005); other unit words ("hộ",
  // "doanh nghiệp") are dropped.
  const scales = leadingScaleWords(tail);
  const word = scales.length > 1 ? scales.join(" ") : (/^(%|\S+)/.exec(tail)?.[1] ?? "");
  const withWord = parseNumber(`${m[1]}${word === "%" ? "%" : ` ${word}`}`.trim(), convention);
  const parsed = withWord.kind === "number" ? withWord : parseNumber(m[1], convention);
  return parsed.kind === "number" ? parsed : null;
}

interface Figures {
  /** In the row's unit (scale words applied). */
  values: number[];
  /** The first figure that reads two ways, as typed (no scale applied). */
  ambiguous: { value: number; alternative: number } | null;
}

function figures(texts: readonly string[], convention: NumberConvention, unit: string): Figures | null {
  const values: number[] = [];
  let ambiguous: Figures["ambiguous"] = null;
  for (const text of texts) {
    const f = figureOf(text, convention);
    if (f === null) return null;
    values.push(inUnit(f, unit));
    if (f.ambiguous && ambiguous === null)
      ambiguous = { value: f.value, alternative: f.ambiguous.alternative };
  }
  return { values, ambiguous };
}

const unreadable: ParsedTarget = { target: null, problem: "unreadable" };

/**
 * The Kế hoạch cell as a Target. `unit` (optional) scales figures typed with a scale word
 * ("1.400 triệu" in a "tỷ đồng" row is 1,4). `name` (optional): in a % row named as a growth
 * rate ("Tốc độ tăng trưởng GRDP"), "tăng 7 - 7,5%" is the growth itself, the range 7 – 7,5.
 */
export function parseTarget(
  input: CellValue,
  convention: NumberConvention,
  unit = "",
  name = "",
): ParsedTarget {
  if (input === null) return { target: null, problem: "empty" };
  if (typeof input === "boolean") return unreadable;
  if (typeof input === "number") {
    return Number.isFinite(input) ? { target: { kind: "value", value: input }, problem: null } : unreadable;
  }
  // A plan is a phrase of a few words; a longer cell is unreadable before any pattern runs on it.
  if (input.length > MAX_NUMBER_CHARS) return unreadable;
  // Most plans are a plain figure ("4.835", "150"): read it without folding words or running phrases.
  const direct = parseNumber(input, convention);
  if (direct.kind === "empty") return { target: null, problem: "empty" };
  if (direct.kind === "number" && !direct.percent) {
    const ambiguous = direct.ambiguous && { value: direct.value, alternative: direct.ambiguous.alternative };
    return { target: { kind: "value", value: inUnit(direct, unit) }, problem: null, ambiguous };
  }
  const text = fold(input);
  if (text === "") return { target: null, problem: "empty" };
  const growth = GROWTH_NAME.test(fold(name)) && percentUnit(unit) ? GROWTH_WORD.exec(text) : null;
  const plain = growth === null ? text : text.slice(growth[0].length);
  return parseTargetText(plain, convention, unit) ?? unreadable;
}

/** A name that says the row's figure is itself a growth rate (GRDP, production value…). */
const GROWTH_NAME = /\b(?:tang truong|toc do tang|growth)\b/;
/** "tăng 7 - 7,5%", "tăng trên 7%" in such a row: the word says growth, the rest is the plan. */
const GROWTH_WORD = /^(?:tang|increase|grow)\s+(?=(?:tu |tren |duoi |khoang |it nhat |toi thieu )?[+\d])/;

function found(target: Target, f: Figures | null = null): ParsedTarget {
  return { target, problem: null, ambiguous: f?.ambiguous ?? null };
}

/** "giảm còn 4%", "còn dưới 2%", "xuống 1,5": the level a cut is to reach (direction.ts reads the words). */
const REDUCE_TO = /^(?:keo )?(?:giam )?(?:con|xuong)(?: con)? (?=\S)/;

// In a module of their own, importing nothing, so compute.ts can use them without a cycle.
export { NO_FIGURE_MARKS, isNoFigure } from "./no-figure";

/** "đạt 100%", "đạt trên 95%", "phấn đấu đạt 60%", "đạt mức 44,1": the figure after the verb is the plan. */
const REACH = /^(?:phan dau )?dat(?: muc| ty le| ti le)? (?=\S)/;

function parseTargetText(text: string, convention: NumberConvention, unit: string): ParsedTarget | null {
  if (YES_WORDS.includes(text)) return found({ kind: "yesno" });
  const reduceTo = REDUCE_TO.exec(text) ?? REACH.exec(text);
  if (reduceTo !== null) return parseTargetText(text.slice(reduceTo[0].length), convention, unit);
  // "100%", "100 %", "100% xã đạt 4 tiêu chí", "100% số đăng ký".
  if (/^100\s*%(\s+\S.*)?$/.test(text)) return found({ kind: "all" });

  // "dưới 1,5%/năm", "tăng bình quân 7,5%/năm": a resolution's yearly (or average yearly) figure
  // is what each year's row is judged against; the words around it change nothing else.
  const perYear = PER_YEAR.test(text);
  const averaged = AVERAGE.test(text);
  if (perYear || averaged) {
    const plain = text.replace(PER_YEAR, "$1").replace(AVERAGE, "").trim();
    // "tăng bình quân 7,5%/năm" in a % row is a growth rate a year (GRDP), not a change on the
    // prior year's rate: the figure is the plan. "giảm bình quân 1,5%/năm" there is points or a
    // level, as a bare "giảm 1,5%" is: left unread (a finding), not guessed.
    const up = /^(?:tang|increase|up|grow) (?=[+\d])/.exec(plain);
    const rest = up !== null && percentUnit(unit) ? plain.slice(up[0].length) : plain;
    return rest === text ? null : parseTargetText(rest, convention, unit);
  }

  const points = POINTS_CHANGE.exec(text);
  if (points?.[1] !== undefined && points[2] !== undefined) {
    const f = figures(points[3] === undefined ? [points[2]] : [points[2], points[3]], convention, "");
    const [from, to] = f?.values ?? [];
    if (f === null || from === undefined || from < 0 || (to !== undefined && from > to)) return null;
    const sign = DOWN_WORDS.includes(points[1]) ? -1 : 1;
    const target: Target =
      to === undefined
        ? { kind: "relative", change: sign * from, points: true }
        : { kind: "relative", change: sign * from, changeTo: sign * to, points: true };
    return found(target, f);
  }
  const relative = RELATIVE.exec(text) ?? (percentUnit(unit) ? null : BARE_CHANGE.exec(text));
  if (relative?.[1] !== undefined && relative[2] !== undefined) {
    const f = figures([relative[2]], convention, "");
    const change = f?.values[0];
    if (f === null || change === undefined || change < 0) return null;
    const down = DOWN_WORDS.includes(relative[1]);
    return found({ kind: "relative", change: down ? -change : change }, f);
  }
  // A range of change, under the same rule as one change: with its base named, or in a row whose
  // unit is not a %.
  const changes = RELATIVE_RANGE.exec(text) ?? (percentUnit(unit) ? null : BARE_CHANGE_RANGE.exec(text));
  if (changes?.[1] !== undefined && changes[2] !== undefined && changes[3] !== undefined) {
    const f = figures([changes[2], changes[3]], convention, "");
    const [from, to] = f?.values ?? [];
    if (f === null || from === undefined || to === undefined || from < 0 || from > to) return null;
    const sign = DOWN_WORDS.includes(changes[1]) ? -1 : 1;
    return found({ kind: "relative", change: sign * from, changeTo: sign * to }, f);
  }

  const range = RANGE.exec(text);
  if (range?.[1] !== undefined && range[2] !== undefined) {
    // "6,6 – 6,8%": the unit words after the second figure belong to both; so do its scale words
    // ("1,2 - 1,5 nghìn tỷ" is 1 200 – 1 500 tỷ, not 1,2 – 1 500).
    const scales = leadingScaleWords((FIGURE.exec(range[2].trim())?.[2] ?? "").trim());
    const first = scales.length > 0 ? `${range[1]} ${scales.join(" ")}` : range[1];
    const f = figures([first, range[2]], convention, unit);
    const [lo, hi] = f?.values ?? [];
    if (f === null || lo === undefined || hi === undefined || lo > hi) return null;
    return found({ kind: "range", lo, hi }, f);
  }

  // "từ 30 trở lên", "30 trở lên": at least 30; "4% trở xuống": at most 4 %.
  const orMore = OR_MORE.exec(text);
  const orLess = orMore === null ? OR_LESS.exec(text) : null;
  const bounded = orMore?.[1] ?? orLess?.[1];
  if (bounded !== undefined) {
    const f = figures([bounded], convention, unit);
    const bound = f?.values[0];
    const side = orMore === null ? "upper" : "lower";
    return f === null || bound === undefined
      ? null
      : found({ kind: "limit", bound, side, inclusive: true }, f);
  }

  for (const [word, side, inclusive] of LIMIT_WORDS) {
    const m = leadingWord(word).exec(text);
    if (m?.[1] === undefined) continue;
    const f = figures([m[1]], convention, unit);
    const bound = f?.values[0];
    if (f === null || bound === undefined) return null;
    return found({ kind: "limit", bound, side, inclusive }, f);
  }

  for (const word of APPROX_WORDS) {
    const m = leadingWord(word).exec(text);
    if (m?.[1] === undefined) continue;
    const f = figures([m[1]], convention, unit);
    const value = f?.values[0];
    return f === null || value === undefined ? null : found({ kind: "approx", value }, f);
  }

  const f = figures([text], convention, unit);
  const value = f?.values[0];
  return f === null || value === undefined ? null : found({ kind: "value", value }, f);
}

/** Loại vocabulary, folded; "/" and "-" between words are made one form before lookup. */
const KIND_WORDS: Record<IndicatorKind, readonly string[]> = {
  quantity: ["so luong", "quantity", "count", "amount", "sl"],
  rate: ["ty le", "ti le", "rate", "ratio", "%", "ty le %"],
  growth: ["tang truong", "toc do tang truong", "growth", "growth rate"],
  structure: ["co cau", "ty trong", "ti trong", "structure", "share"],
  yesno: ["dat/khong", "dat/khong dat", "co/khong", "yes/no", "yesno", "hoan thanh/khong"],
};

const DIRECTION_WORDS: Record<Direction, readonly string[]> = {
  up: ["tang", "tang la tot", "cao la tot", "cang cao cang tot", "up", "higher", "higher is better", "↑"],
  down: ["giam", "giam la tot", "thap la tot", "cang thap cang tot", "down", "lower", "lower is better", "↓"],
};

function vocabularyKey(input: CellValue): string | null {
  if (input === null) return null;
  const text = fold(String(input)).replace(/\s*[/\-–]\s*/g, "/");
  return text === "" ? null : text;
}

/** A column repeats the same few words on every row: remember each word's reading. */
function remembered<T>(cache: Map<CellValue, T>, input: CellValue, read: (input: CellValue) => T): T {
  const known = cache.get(input);
  if (known !== undefined) return known;
  const value = read(input);
  if (cache.size > 1000) cache.clear();
  cache.set(input, value);
  return value;
}

const KIND_CACHE = new Map<CellValue, IndicatorKind | null | "unknown">();
const DIRECTION_CACHE = new Map<CellValue, Direction | null | "unknown">();

/** The Loại cell: a kind, null when empty, "unknown" when it says something else. */
export function parseKind(input: CellValue): IndicatorKind | null | "unknown" {
  return remembered(KIND_CACHE, input, readKind);
}

/** The Chiều cell: a direction, null when empty, "unknown" when it says something else. */
export function parseDirection(input: CellValue): Direction | null | "unknown" {
  return remembered(DIRECTION_CACHE, input, readDirection);
}

function readKind(input: CellValue): IndicatorKind | null | "unknown" {
  const key = vocabularyKey(input);
  if (key === null) return null;
  for (const [kind, words] of Object.entries(KIND_WORDS) as [IndicatorKind, readonly string[]][]) {
    if (words.includes(key)) return kind;
  }
  return "unknown";
}

function readDirection(input: CellValue): Direction | null | "unknown" {
  const key = vocabularyKey(input);
  if (key === null) return null;
  for (const [direction, words] of Object.entries(DIRECTION_WORDS) as [Direction, readonly string[]][]) {
    if (words.includes(key)) return direction;
  }
  return "unknown";
}

/**
 * Kind when Loại is empty: a "%" or "điểm %" unit is a rate, a yes/no target is yes/no. A "%" row
 * named as a share of a whole ("Cơ cấu kinh tế: nông - lâm - thủy sản", "Tỷ trọng công nghiệp") is
 * a structure share, as in seed 002, so shares of one group that sum over 100 are caught in tables
 * without a Loại column too (most have none).
 */
export function inferKind(unit: string, target: Target | null, name = ""): IndicatorKind {
  if (target?.kind === "yesno") return "yesno";
  const u = fold(unit).replace(/\s+/g, " ");
  if (["%", "diem %", "diem phan tram", "% points", "percentage points", "percent"].includes(u))
    return (u === "%" || u === "percent") && SHARE_NAME.test(fold(name)) ? "structure" : "rate";
  return "quantity";
}
/** "cơ cấu", "tỷ trọng" / "tỉ trọng", "share of", "structure": a share of one whole. */
const SHARE_NAME = /\b(?:co cau|ty trong|ti trong|share of|structure)\b/;

/** The direction a target carries: a decrease or an upper limit means lower is better; null when it says none. */
export function targetDirection(target: Target | null): Direction | null {
  if (target?.kind === "relative") return target.change < 0 ? "down" : "up";
  if (target?.kind === "limit") return target.side === "upper" ? "down" : "up";
  return null;
}

/** Direction when Chiều is empty and the name says nothing: the target's, else higher is better. */
export function inferDirection(target: Target | null): Direction {
  return targetDirection(target) ?? "up";
}

/**
 * Words a yes/no indicator's Thực hiện cell may hold, as offices write them ("Đã hoàn thành",
 * "Vượt", "Hoàn thành 100%"), lower case. The live formula (formulas.ts) lists each also without
 * diacritics, as typed without a Vietnamese keyboard, and parseYesNo reads them folded: one list,
 * so the sheet and core never disagree on a word.
 */
export const YESNO_ACTUAL_WORDS: Record<"yes" | "no", readonly string[]> = {
  yes: [
    "đạt",
    "đã đạt",
    "hoàn thành",
    "đã hoàn thành",
    "hoàn thành 100%",
    "vượt",
    "đạt yêu cầu",
    "có",
    "x",
    "✓",
    "yes",
    "done",
    "complete",
    "completed",
    "reached",
  ],
  no: [
    "không đạt",
    "chưa đạt",
    "chưa hoàn thành",
    "không hoàn thành",
    "không đạt yêu cầu",
    "chưa đạt yêu cầu",
    "không",
    "chưa",
    "no",
    "not done",
    "not reached",
  ],
};
const YES_ACTUAL = new Set(YESNO_ACTUAL_WORDS.yes.map(fold));
const NO_ACTUAL = new Set(YESNO_ACTUAL_WORDS.no.map(fold));

/** Thực hiện of a yes/no indicator: "hoàn thành" → yes, "không đạt" → no, else null. */
export function parseYesNo(input: CellValue): "yes" | "no" | null {
  if (typeof input !== "string") return null;
  const text = fold(input);
  if (YES_ACTUAL.has(text)) return "yes";
  return NO_ACTUAL.has(text) ? "no" : null;
}

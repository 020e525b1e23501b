/**
 * One parser for numbers as people type them in Vietnamese and English offices, and formatting
 * back. Decisions: docs/ARCHITECTURE.md, "Numbers". Pure: no locale APIs, so vi and en behave the
 * same on every machine.
 */
import { plainDecimal, roundPct } from "./compute";
import type { CellValue, NumberConvention } from "./model";
import { isDateFormat } from "./dates";
import { MAX_NUMBER_CHARS, cutForMessage, isSpaceCode, trimEndWhere, trimSpaces } from "./trim";

/** What a cell holds as a number. `value` is never NaN or Infinity and never scaled. */
export type ParsedNumber =
  | { kind: "empty" }
  | {
      kind: "number";
      value: number;
      /** The text ended in "%"; the value stays in percent ("117,33%" → 117.33). */
      percent: boolean;
      /** 1, or 1e3 / 1e6 / 1e9 for a trailing scale word; the caller multiplies. */
      scale: number;
      /** The scale word as written ("triệu", "tỷ", "million"), or null. */
      scaleWord: string | null;
      /** The figure came as text, not as a number. */
      wasText: boolean;
      /** "121,729" in vi: value 121.729, but an en-US reader would see 121729. */
      ambiguous: null | { alternative: number };
      /** A decimal mark that is not the convention's ("1.5" in vi): read as a decimal anyway. */
      foreignDecimal: boolean;
    }
  | { kind: "invalid"; text: string };

export type ParsedFigure = Extract<ParsedNumber, { kind: "number" }>;

/** Scale words, lower case, NFC. tỷ/tỉ and nghìn/ngàn are spelling variants. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  nghìn: 1e3,
  ngàn: 1e3,
  ngan: 1e3,
  nghin: 1e3,
  triệu: 1e6,
  trieu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
  ty: 1e9,
  ti: 1e9,
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
};

/** Spaces people (and Excel in fr/vi locales) put between digit groups. */
const SPACES = " \u00A0\u202F\u2009";
const SPACE_CLASS = `[${SPACES}]`;
// Compiled once: parseNumber runs on every figure cell of a sheet.
const HAS_SPACE = new RegExp(SPACE_CLASS, "u");
const ALL_SPACES = new RegExp(SPACE_CLASS, "gu");
const SPACE_GROUPED = new RegExp(`^\\d{1,3}(?:${SPACE_CLASS}\\d{3})+(?:[.,]\\d+)?$`, "u");

/** "tấn", "đồng/người", "USD": words that may follow a scale word. */
const UNIT_TAIL = /^[\p{L}][\p{L}\p{M}\s/.-]*$/u;

const SCALE_TAIL = new RegExp(
  `^(.*?\\d)${SPACE_CLASS}*(${Object.keys(SCALE_WORDS).join("|")})(?:${SPACE_CLASS}+(.+))?$`,
  "u",
);

const PAREN = /^\((.*)\)$/su;
/** "rưỡi" (and its spellings without marks): a half of the scale before it. */
const HALF_WORDS = new Set(["rưỡi", "ruoi", "rưởi"]);
// Unicode minus, en dash and figure dash typed before digits mean minus.
const SIGN = /^([-+\u2212\u2012\u2013])[\s\u00A0\u202F\u2009]*(?=\d)/u;

/** Separator marks of a convention. */
export function marksOf(convention: NumberConvention): { group: string; decimal: string } {
  return convention === "vi" ? { group: ".", decimal: "," } : { group: ",", decimal: "." };
}

/** As typed, for messages; cut here so that no caller quotes a long text back whole. */
function invalid(text: string): ParsedNumber {
  return { kind: "invalid", text: cutForMessage(text) };
}

interface Digits {
  value: number;
  ambiguous: null | { alternative: number };
  foreignDecimal: boolean;
}

const DIGITS_AND_MARKS = /^\d[\d.,]*$/;
const DOT = 0x2e;
const COMMA = 0x2c;

/** "1.234.567": a first group of 1–3 digits, then groups of exactly 3. */
function isGrouped(parts: readonly string[]): boolean {
  return parts.every((p, i) => (i === 0 ? FIRST_GROUP.test(p) : GROUP.test(p)));
}
const FIRST_GROUP = /^\d{1,3}$/;
const GROUP = /^\d{3}$/;
const NO_LEADING_ZERO_GROUP = /^[1-9]\d{0,2}$/;

function finite(text: string): number | null {
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * Digits with at most "." and "," (spaces already checked and dropped), no sign, to a value.
 * `spaceGrouped`: spaces grouped the integer part, so a lone "." or "," is a decimal mark.
 */
function readDigits(text: string, convention: NumberConvention, spaceGrouped: boolean): Digits | null {
  if (!DIGITS_AND_MARKS.test(text)) return null;
  const last = text.charCodeAt(text.length - 1);
  if (last === DOT || last === COMMA) return null;
  const { group, decimal } = marksOf(convention);
  let dots = 0;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === DOT) dots++;
    else if (ch === COMMA) commas++;
  }
  const plain = (value: number | null, foreignDecimal = false): Digits | null =>
    value === null ? null : { value, ambiguous: null, foreignDecimal };

  if (dots === 0 && commas === 0) return plain(finite(text));

  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, whatever the convention.
    const dec = text.lastIndexOf(".") > text.lastIndexOf(",") ? "." : ",";
    const grp = dec === "." ? "," : ".";
    const [intPart, fracPart, ...rest] = text.split(dec);
    if (intPart === undefined || fracPart === undefined || rest.length > 0) return null;
    if (spaceGrouped || !isGrouped(intPart.split(grp)) || fracPart.includes(grp)) return null;
    return plain(finite(`${intPart.split(grp).join("")}.${fracPart}`), dec !== decimal);
  }

  const mark = dots > 0 ? "." : ",";
  const parts = text.split(mark);
  if (parts.length > 2) {
    // Repeated: group marks only.
    if (spaceGrouped || !isGrouped(parts)) return null;
    return plain(finite(parts.join("")));
  }
  const [intPart = "", fracPart = ""] = parts;
  const asDecimal = finite(`${intPart}.${fracPart}`);
  // Grouping is only possible for 3 digits after the mark, 1–3 before, and no leading zero.
  const couldGroup = !spaceGrouped && fracPart.length === 3 && NO_LEADING_ZERO_GROUP.test(intPart);
  if (!couldGroup) return plain(asDecimal, mark !== decimal);
  const asGrouped = finite(intPart + fracPart);
  if (mark === group) return plain(asGrouped);
  if (asDecimal === null || asGrouped === null) return null;
  return { value: asDecimal, ambiguous: { alternative: asGrouped }, foreignDecimal: false };
}

/** Drops spaces that group digits ("1 390 000", "6 794,12"); null when the groups are wrong. */
function dropSpaceGroups(text: string): { text: string; spaceGrouped: boolean } | null {
  if (!HAS_SPACE.test(text)) return { text, spaceGrouped: false };
  if (!SPACE_GROUPED.test(text)) return null;
  return { text: text.replace(ALL_SPACES, ""), spaceGrouped: true };
}

/** Reads what a person typed (or Excel gave) as a number in the given convention. */
export function parseNumber(input: CellValue, convention: NumberConvention): ParsedNumber {
  if (input === null) return { kind: "empty" };
  if (typeof input === "boolean") return invalid(String(input));
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return invalid(String(input));
    return {
      kind: "number",
      value: input,
      percent: false,
      scale: 1,
      scaleWord: null,
      wasText: false,
      ambiguous: null,
      foreignDecimal: false,
    };
  }
  // No number is this long; cut before any regular expression sees it.
  if (input.length > MAX_NUMBER_CHARS) return invalid(trimSpaces(input.slice(0, MAX_NUMBER_CHARS)));
  // Most typed figures are digits and marks only ("6.794,12"): nothing to trim, scale or sign.
  if (DIGITS_AND_MARKS.test(input)) {
    const digits = readDigits(input, convention, false);
    if (digits === null) return invalid(input);
    return {
      kind: "number",
      value: digits.value,
      percent: false,
      scale: 1,
      scaleWord: null,
      wasText: true,
      ambiguous: digits.ambiguous,
      foreignDecimal: digits.foreignDecimal,
    };
  }
  const original = input;
  let text = trimSpaces(input.normalize("NFC"));
  if (text === "") return { kind: "empty" };

  // Brackets first: accountants write a negative as "(15 tỷ)" or "(5%)".
  let negative = false;
  const paren = PAREN.exec(text);
  if (paren?.[1] !== undefined) {
    negative = true;
    text = trimSpaces(paren[1]);
  }

  // Scale words, with the unit words that may follow them ("1,39 triệu tấn"). Compound scales
  // multiply ("36 nghìn tỷ" = 36e12, "5 thousand million" = 5e9); "rưỡi" after one adds a half
  // of it ("2 triệu rưỡi" = 2,5 triệu).
  let scale = 1;
  let scaleWord: string | null = null;
  let half = false;
  const scaled = SCALE_TAIL.exec(text.toLowerCase());
  if (scaled?.[1] !== undefined && scaled[2] !== undefined) {
    scale = SCALE_WORDS[scaled[2]] ?? 1;
    const words = [scaled[2]];
    const tail = scaled[3] === undefined ? [] : scaled[3].split(/\s+/u).filter((w) => w !== "");
    while (tail.length > 0 && SCALE_WORDS[tail[0] ?? ""] !== undefined) {
      const word = tail.shift() ?? "";
      scale *= SCALE_WORDS[word] ?? 1;
      words.push(word);
    }
    if (tail.length > 0 && HALF_WORDS.has(tail[0] ?? "")) {
      half = true;
      words.push(tail.shift() ?? "");
    }
    if (tail.length > 0 && !UNIT_TAIL.test(tail.join(" "))) return invalid(original);
    // A scale word again after the unit ("5 tỷ đồng tỷ") says two things at once.
    if (tail.some((w) => SCALE_WORDS[w] !== undefined)) return invalid(original);
    // As written ("Tỷ"), for messages.
    scaleWord = trimSpaces(text.slice(scaled[1].length)).split(/\s+/u).slice(0, words.length).join(" ");
    text = text.slice(0, scaled[1].length);
  }

  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = trimEndWhere(text.slice(0, -1), isSpaceCode);
  }
  if (percent && scale !== 1) return invalid(original);

  const sign = SIGN.exec(text);
  if (sign?.[1] !== undefined) {
    // "(−5)" or "(+5)": a sign inside brackets says two things at once.
    if (negative) return invalid(original);
    negative = sign[1] !== "+";
    text = text.slice(sign[0].length);
  }

  const spaced = dropSpaceGroups(text);
  if (spaced === null) return invalid(original);
  const digits = readDigits(spaced.text, convention, spaced.spaceGrouped);
  if (digits === null) return invalid(original);
  // "rưỡi" only follows a whole count of the scale ("2 triệu rưỡi", not "2,5 triệu rưỡi").
  if (half && !Number.isInteger(digits.value)) return invalid(original);
  const s = negative ? -1 : 1;
  const value = s * (digits.value + (half ? 0.5 : 0)) + 0; // + 0 turns -0 into 0
  return {
    kind: "number",
    value,
    percent,
    scale,
    scaleWord,
    wasText: true,
    ambiguous: digits.ambiguous === null ? null : { alternative: s * digits.ambiguous.alternative + 0 },
    foreignDecimal: digits.foreignDecimal,
  };
}

/** A count done of a total, as reports write it in the Thực hiện cell: "9/14 xã", "25/42". */
export interface Fraction {
  done: number;
  total: number;
}

const FRACTION = /^(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)(?:\s+[\p{L}][\p{L}\s.-]*)?$/u;

/**
 * "9/14 xã" → 9 of 14; null for anything else. Both parts are whole numbers read in the
 * convention ("1.200/1.500" in vi), the total above zero; "9/2021" is a month and a year, not a
 * fraction.
 */
export function parseFraction(text: string, convention: NumberConvention): Fraction | null {
  if (text.length > 100) return null;
  const m = FRACTION.exec(trimSpaces(text.normalize("NFC")));
  if (m === null) return null;
  const whole = (part: string | undefined): number | null => {
    const parsed = parseNumber(part ?? "", convention);
    if (parsed.kind !== "number" || parsed.ambiguous !== null) return null;
    return Number.isInteger(parsed.value) && parsed.value >= 0 ? parsed.value : null;
  };
  const done = whole(m[1]);
  const total = whole(m[2]);
  if (done === null || total === null || total === 0) return null;
  if (done >= 1 && done <= 12 && total >= 1900 && total <= 2099) return null;
  return { done, total };
}

/** A unit as its scale and what is counted: "nghìn tỷ đồng" → 1e12 and "đồng"; "tấn" → 1 and "tấn". */
export interface ScaledUnit {
  scale: number;
  /** The unit without its scale words, as written ("đồng", "kWh"); "" for a bare scale ("tỷ"). */
  base: string;
}

const LEADING_WORD = /^([^\s/]+)\s*/u;

/**
 * The scale words a unit starts with (SCALE_WORDS, stacked: "nghìn tỷ" is 10¹², as parseNumber
 * reads it) and the rest: "triệu kWh" → 1e6 and "kWh", "tỉ đồng" → 1e9 and "đồng".
 */
export function splitUnitScale(unit: string): ScaledUnit {
  let rest = unit.normalize("NFC").trim();
  let scale = 1;
  for (let m = LEADING_WORD.exec(rest); m?.[1] !== undefined; m = LEADING_WORD.exec(rest)) {
    const factor = SCALE_WORDS[foldWord(m[1])];
    if (factor === undefined) break;
    scale *= factor;
    rest = rest.slice(m[0].length);
  }
  return { scale, base: rest };
}

/** The scale a unit starts with: "tỷ đồng" → 1e9, "nghìn tỷ đồng" → 1e12, "triệu USD" → 1e6, "tấn" → 1. */
export function unitScale(unit: string): number {
  return splitUnitScale(unit).scale;
}

/**
 * A figure moved from one scale to another by shifting its decimal point, not by multiplying in
 * binary: 1.234,5 triệu is 1,2345 tỷ exactly (the double nearest 1.2345), never 1.2345000000000002.
 * Scales are powers of ten (SCALE_WORDS).
 */
export function rescaled(value: number, from: number, to: number): number {
  if (from === to || value === 0) return value;
  const shift = Math.round(Math.log10(from / to));
  const [digits = "0", exponent = "0"] = String(value).split("e");
  return Number(`${digits}e${Number(exponent) + shift}`);
}

/**
 * A parsed figure in the row's unit: "1,39 triệu" in a "tấn" row is 1 390 000, "4.835 tỷ" in a
 * "tỷ đồng" row is 4835, "1,5 tỷ" in a "triệu đồng" row is 1500.
 */
export function inUnit(parsed: ParsedFigure, unit: string): number {
  if (parsed.scale === 1) return parsed.value;
  const value = (parsed.value * parsed.scale) / unitScale(unit);
  // Scaling by powers of ten should not leave 1390000.0000000002 behind.
  const rounded = Number(value.toPrecision(15));
  return Number.isFinite(rounded) ? rounded : parsed.value;
}

/**
 * Lower case without diacritics, đ → d: "Tỷ lệ" → "ty le". Offices type with and without
 * diacritics (and in NFC or NFD), so words are compared folded.
 */
export function foldWord(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    folded = foldLatin(text) ?? text.normalize("NFD").replace(MARKS, "").replace(D_BAR, "d").toLowerCase();
    remember(FOLDED, text, folded);
  }
  return folded;
}

const MARKS = /\p{M}/gu;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const D_BAR = /[đĐ]/g;

/** Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF) → their folded ASCII letter. */
const LATIN_END = 0x1f00;
let latinTable: Int32Array | null = null;
const KEEP = -1;
const DROP = -2;

function latin(): Int32Array {
  if (latinTable !== null) return latinTable;
  const table = new Int32Array(LATIN_END).fill(KEEP);
  for (const [from, to] of [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let c = from; c <= to; c++) {
      const nfd = String.fromCharCode(c).normalize("NFD");
      const folded = nfd.replace(MARKS, "").replace(D_BAR, "d").toLowerCase();
      // Only letters whose marks are all U+0300–U+036F, so rules' foldText agrees.
      if (nfd.replace(COMBINING_MARKS, "").replace(D_BAR, "d").toLowerCase() !== folded) continue;
      if (folded === "") table[c] = DROP;
      else if (folded.length === 1 && folded.charCodeAt(0) < 0x80) table[c] = folded.charCodeAt(0);
    }
  }
  for (let c = 0x0300; c <= 0x036f; c++) table[c] = DROP; // combining marks of NFD input
  latinTable = table;
  return table;
}

const FOLD_BUFFER = new Uint16Array(256);

/**
 * foldWord of a text made of ASCII and Latin letters with diacritics (all Vietnamese is), one
 * character at a time without normalizing the whole string; null for anything else (other scripts,
 * long texts), which the caller folds the general way. Same result: NFD only decomposes and
 * reorders marks, and every mark is dropped.
 */
export function foldLatin(text: string): string | null {
  const n = text.length;
  if (n > FOLD_BUFFER.length) return null;
  const table = latin();
  let len = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
    } else {
      const to = c < LATIN_END ? (table[c] ?? KEEP) : KEEP;
      if (to === DROP) continue;
      if (to === KEEP) return null;
      c = to;
    }
    FOLD_BUFFER[len++] = c;
  }
  return String.fromCharCode.apply(null, foldView(len) as unknown as number[]);
}

/** FOLD_BUFFER's first `n` code units: one view per length, made once (a view per fold is garbage). */
function foldView(n: number): Uint16Array {
  let view = FOLD_VIEWS[n];
  if (view === undefined) {
    view = FOLD_BUFFER.subarray(0, n);
    FOLD_VIEWS[n] = view;
  }
  return view;
}
const FOLD_VIEWS: (Uint16Array | undefined)[] = [];
/** A sheet repeats the same units, kinds and headings on every row: fold each text once. */
const FOLDED = new Map<string, string>();
/** Bounded, so a long session with many distinct texts does not keep them all. */
export const FOLD_CACHE_SIZE = 4096;

/** Puts a value in a bounded cache, emptying it first when full. */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V, size = FOLD_CACHE_SIZE): void {
  if (cache.size >= size) cache.clear();
  cache.set(key, value);
}

/** Digits of |value| with thousands grouped, and the fractional digits, as strings. */
function groupDigits(fixed: string, group: string): string {
  return fixed.length <= 3 ? fixed : fixed.replace(THOUSANDS, group);
}
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * |value| rounded to `decimals` half away from zero on its shortest decimal string (1.005 → "1.01",
 * not toFixed's "1.00"), the same rounding as compute's roundPct; `frac` has no trailing zeros.
 */
function roundedParts(value: number, decimals: number): { negative: boolean; int: string; frac: string } {
  const d = Math.min(20, Math.max(0, Math.floor(decimals)));
  let digits = plainDecimal(Math.abs(value));
  let point = digits.indexOf(".");
  if (point >= 0 && digits.length - point - 1 > d) {
    digits = plainDecimal(Math.abs(roundPct(value, d)));
    point = digits.indexOf(".");
  }
  const int = point < 0 ? digits : digits.slice(0, point);
  const frac = point < 0 ? "" : digits.slice(point + 1).replace(TRAILING_ZEROS, "");
  const zero = ZEROS.test(int) && frac === "";
  return { negative: value < 0 && !zero, int, frac };
}
const TRAILING_ZEROS = /0+$/;
const ZEROS = /^0*$/;

/** vi "6.794,12", en "6,794.12"; at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, convention: NumberConvention, maxDecimals = 2): string {
  // Nothing a person reads shows NaN or Infinity: "—" is how tables say "no figure".
  if (!Number.isFinite(value)) return "—";
  const { group, decimal } = marksOf(convention);
  const { negative, int, frac } = roundedParts(value, maxDecimals);
  return `${negative ? "-" : ""}${groupDigits(int, group)}${frac === "" ? "" : decimal + frac}`;
}

/** A value already in percent: formatPercent(117.333, "vi") → "117,33%" (fixed decimals). */
export function formatPercent(valuePct: number, convention: NumberConvention, decimals = 2): string {
  if (!Number.isFinite(valuePct)) return "—";
  const { group, decimal } = marksOf(convention);
  const d = Math.min(20, Math.max(0, Math.floor(decimals)));
  const { negative, int, frac } = roundedParts(valuePct, d);
  const fixed = frac.padEnd(d, "0");
  return `${negative ? "-" : ""}${groupDigits(int, group)}${fixed === "" ? "" : decimal + fixed}%`;
}

/**
 * Whether an Excel number format shows a percent (multiplies by 100): a "%" that is not literal.
 * "0.00%" is; '0.00"%"' and "0.00\\%" (quoted or escaped, shown as is) are not. Linear scan.
 */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (typeof format !== "string") return false;
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (quoted) {
      if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === "\\" || ch === "_" || ch === "*")
      i++; // the next character is literal / padding
    else if (ch === "%") return true;
  }
  return false;
}

const UNFORMATTED = new Set(["general", "@", ""]);

/**
 * How a fix writes its number so the cell looks like its column ("34.864" beside "37.067", not
 * "34864"): in the cell's own number format when it has one, else in the format most of the
 * column's numbers show, else General (never Text "@", where a number stays text, nor a date
 * format, where it shows as a date). Under a percent
 * format the value, read in percent, is written as the fraction the format shows ×100.
 */
export function fixedCell(
  value: number,
  own: string,
  column: readonly { value: CellValue; format: string }[],
): { value: number; numberFormat: string | null } {
  // null leaves the cell's own format.
  let format: string | null = null;
  // A date format (Excel's, once "9/12" became a date) would show the count 9 as 09/01/1900.
  const date = isDateFormat(own);
  if (date || UNFORMATTED.has(own.toLowerCase())) {
    const counts = new Map<string, number>();
    for (const cell of column) {
      if (typeof cell.value === "number" && cell.format !== "@" && !isDateFormat(cell.format))
        counts.set(cell.format, (counts.get(cell.format) ?? 0) + 1);
    }
    let best = 0;
    for (const [f, n] of counts) if (n > best) [format, best] = [f, n];
    if (format === null && (own === "@" || date)) format = "General";
    if (format === own) format = null;
  }
  const shown = format ?? own;
  const written = isPercentFormat(shown) ? Number((value / 100).toPrecision(15)) : value;
  return { value: written, numberFormat: format };
}

const EVIDENCE = /^[-+(]?\d{1,3}(?:([.,])\d{3})*(?:([.,])\d+)?%?\)?$/;

/**
 * Which convention a grid's own texts prove: "1.185,25", "1.234.567" and "6,5" can only be vi;
 * "1,185.25", "1,234,567" and "6.5" only en. "1,185" or "1.185" alone prove nothing. The first
 * text on each side is kept to say why.
 */
export function conventionEvidence(grid: readonly (readonly CellValue[] | undefined)[]): {
  vi: string | null;
  en: string | null;
} {
  const found: { vi: string | null; en: string | null } = { vi: null, en: null };
  for (const row of grid) {
    if (row === undefined) continue;
    for (const cell of row) {
      if (typeof cell !== "string" || cell.length > 40) continue;
      const text = trimSpaces(cell);
      const m = EVIDENCE.exec(text);
      if (m === null) continue;
      const side = evidenceSide(text, m[1], m[2]);
      if (side !== null && found[side] === null) found[side] = text;
      if (found.vi !== null && found.en !== null) return found;
    }
  }
  return found;
}

function evidenceSide(
  text: string,
  group: string | undefined,
  last: string | undefined,
): NumberConvention | null {
  if (group !== undefined && last !== undefined) {
    if (group === last) return null; // "1.234.5": not a number either way
    return last === "," ? "vi" : "en";
  }
  const mark = group ?? last;
  if (mark === undefined) return null;
  const marks = text.split(mark).length - 1;
  if (group !== undefined) return marks > 1 ? (mark === "." ? "vi" : "en") : null; // "1.185": either
  // One mark not followed by exactly three digits: a decimal mark.
  return mark === "," ? "vi" : "en";
}

/** The convention to read a grid in: its own evidence when one-sided, else the one asked for. */
export function conventionFor(
  grid: readonly (readonly CellValue[] | undefined)[],
  asked: NumberConvention,
): { convention: NumberConvention; because: string | null } {
  const { vi, en } = conventionEvidence(grid);
  if (vi !== null && en === null) return { convention: "vi", because: vi };
  if (en !== null && vi === null) return { convention: "en", because: en };
  return { convention: asked, because: null };
}

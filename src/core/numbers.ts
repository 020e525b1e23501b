/**
 * One parser for numbers as people type them in Vietnamese and English offices, and formatting
 * back. Decisions: docs/ARCHITECTURE.md, "Numbers". Pure: no locale APIs, so vi and en behave the
 * same on every machine.
 */
import type { CellValue, NumberConvention } from "./model";

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
const TRIM = new RegExp(`^[\\s${SPACES}]+|[\\s${SPACES}]+$`, "gu");
const TRAILING_SPACES = new RegExp(`${SPACE_CLASS}+$`, "u");
const HAS_SPACE = new RegExp(SPACE_CLASS, "u");
const ALL_SPACES = new RegExp(SPACE_CLASS, "gu");
const SPACE_GROUPED = new RegExp(`^\\d{1,3}(?:${SPACE_CLASS}\\d{3})+(?:[.,]\\d+)?$`, "u");

/** "tấn", "đồng/người", "USD": words that may follow a scale word. */
const UNIT_TAIL = /^[\p{L}][\p{L}\p{M}\s/.-]*$/u;

const SCALE_TAIL = new RegExp(
  `^(.*?\\d)${SPACE_CLASS}*(${Object.keys(SCALE_WORDS).join("|")})(?:${SPACE_CLASS}+(.+))?$`,
  "u",
);

/** Separator marks of a convention. */
export function marksOf(convention: NumberConvention): { group: string; decimal: string } {
  return convention === "vi" ? { group: ".", decimal: "," } : { group: ",", decimal: "." };
}

function invalid(text: string): ParsedNumber {
  return { kind: "invalid", text };
}

interface Digits {
  value: number;
  ambiguous: null | { alternative: number };
  foreignDecimal: boolean;
}

/** "1.234.567": a first group of 1–3 digits, then groups of exactly 3. */
function isGrouped(parts: readonly string[]): boolean {
  return parts.every((p, i) => (i === 0 ? /^\d{1,3}$/.test(p) : /^\d{3}$/.test(p)));
}

function finite(text: string): number | null {
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * Digits with at most "." and "," (spaces already checked and dropped), no sign, to a value.
 * `spaceGrouped`: spaces grouped the integer part, so a lone "." or "," is a decimal mark.
 */
function readDigits(text: string, convention: NumberConvention, spaceGrouped: boolean): Digits | null {
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return null;
  const { group, decimal } = marksOf(convention);
  const dots = text.split(".").length - 1;
  const commas = text.split(",").length - 1;
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
  const couldGroup = !spaceGrouped && fracPart.length === 3 && /^[1-9]\d{0,2}$/.test(intPart);
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
  const original = input;
  let text = input.normalize("NFC").replace(TRIM, "");
  if (text === "") return { kind: "empty" };

  // Scale word, with the unit words that may follow it ("1,39 triệu tấn").
  let scale = 1;
  let scaleWord: string | null = null;
  const scaled = SCALE_TAIL.exec(text.toLowerCase());
  if (scaled?.[1] !== undefined && scaled[2] !== undefined) {
    if (scaled[3] !== undefined && !UNIT_TAIL.test(scaled[3])) return invalid(original);
    scale = SCALE_WORDS[scaled[2]] ?? 1;
    scaleWord = text.slice(scaled[1].length).trim().split(/\s+/u)[0] ?? scaled[2];
    text = text.slice(0, scaled[1].length);
  }

  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1).replace(TRAILING_SPACES, "");
  }

  let negative = false;
  const paren = /^\((.*)\)$/u.exec(text);
  if (paren?.[1] !== undefined) {
    negative = true;
    text = paren[1].trim();
  }
  // Unicode minus, en dash and figure dash typed before digits mean minus.
  const sign = /^([-+\u2212\u2012\u2013])[\s\u00A0\u202F\u2009]*(?=\d)/u.exec(text);
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
  const s = negative ? -1 : 1;
  const value = s * digits.value + 0; // + 0 turns -0 into 0
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

/** The scale a unit starts with: "tỷ đồng" → 1e9, "triệu USD" → 1e6, "tấn" → 1. */
export function unitScale(unit: string): number {
  const first =
    unit
      .normalize("NFC")
      .trim()
      .toLowerCase()
      .split(/[\s/]+/u)[0] ?? "";
  return SCALE_WORDS[first] ?? 1;
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
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Digits of |value| with thousands grouped, and the fractional digits, as strings. */
function groupDigits(fixed: string, group: string): string {
  return fixed.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

function fixedParts(value: number, decimals: number): { negative: boolean; int: string; frac: string } {
  const d = Math.min(20, Math.max(0, Math.floor(decimals)));
  const abs = Math.abs(value);
  if (abs >= 1e21) {
    // toFixed switches to exponent notation here; BigInt keeps plain digits.
    return { negative: value < 0, int: BigInt(Math.round(abs)).toString(), frac: "0".repeat(d) };
  }
  const fixed = abs.toFixed(d);
  const [int = "0", frac = ""] = fixed.split(".");
  const zero = /^0*$/.test(int + frac);
  return { negative: value < 0 && !zero, int, frac };
}

/** vi "6.794,12", en "6,794.12"; at most `maxDecimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, convention: NumberConvention, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const { group, decimal } = marksOf(convention);
  const { negative, int, frac } = fixedParts(value, maxDecimals);
  const trimmed = frac.replace(/0+$/, "");
  return `${negative ? "-" : ""}${groupDigits(int, group)}${trimmed === "" ? "" : decimal + trimmed}`;
}

/** A value already in percent: formatPercent(117.333, "vi") → "117,33%" (fixed decimals). */
export function formatPercent(valuePct: number, convention: NumberConvention, decimals = 2): string {
  if (!Number.isFinite(valuePct)) return String(valuePct);
  const { group, decimal } = marksOf(convention);
  const { negative, int, frac } = fixedParts(valuePct, decimals);
  return `${negative ? "-" : ""}${groupDigits(int, group)}${frac === "" ? "" : decimal + frac}%`;
}

/**
 * Numbers as Excel shows them and as Excel reads what a person types.
 * Format codes are en-US ("#,##0.00", "0.0%"); the locale only decides the separators shown
 * and the separators a typed number may use (vi: "," decimal, "." grouping).
 */
import { dateCellCode, formatDate, isDateCode, parseTypedDate } from "./datefmt";

/** How the workbench's Excel is set up: Vietnamese or US separators. */
export type Locale = "vi" | "en";

/** What Excel stores after a person types into a cell. */
export type TypedInput =
  | { kind: "empty" }
  | { kind: "formula"; formula: string }
  /** `quotePrefix`: typed with a leading "'", so it stays text even if it looks like a number. */
  | { kind: "text"; text: string; quotePrefix: boolean }
  | { kind: "boolean"; value: boolean }
  /** `numberFormat`: the format Excel applies on its own ("0.00%" for "117,33%"), or null. */
  | { kind: "number"; value: number; numberFormat: string | null };

export interface Separators {
  decimal: string;
  group: string;
}

export function separators(locale: Locale): Separators {
  return locale === "vi" ? { decimal: ",", group: "." } : { decimal: ".", group: "," };
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Parses typed text the way Excel does in that locale: "'…" text as typed, "=…" a formula,
 * TRUE/FALSE, numbers with the locale's separators ("1.400" is 1400 in vi, 1.4 in en), "5%" 0.05
 * with "0%", and dates by the locale's day/month order ("9/12": 9 December in vi, 12 September in
 * en; datefmt.ts), `year` being the year a day and month without one take (the current year, as
 * Excel takes it from the clock). Currencies, times and month names are not recognised (they
 * stay text): the add-in never relies on them.
 */
export function parseTyped(text: string, locale: Locale, year = new Date().getFullYear()): TypedInput {
  if (text === "") return { kind: "empty" };
  if (text.startsWith("'")) return { kind: "text", text: text.slice(1), quotePrefix: true };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
  const num = parseNumberText(trimmed, locale);
  if (num) return num;
  const date = parseTypedDate(trimmed, locale, year);
  if (date) return { kind: "number", value: date.serial, numberFormat: date.numberFormat };
  return { kind: "text", text, quotePrefix: false };
}

/**
 * The number format a cell has after a number is typed into it (or written as a string through
 * `values`), from its `current` format and the one the typing implies (`typed`, parseTyped's
 * numberFormat). A cell left General takes the implied format ("5%" → "0%", "9/12" → "d-mmm");
 * a date keeps a date format the cell already has. A date typed over another number format
 * ("#,##0", "0%") takes the date format: a GUESS (Excel shows a typed date as a date; that it
 * replaces a Number format rather than keep it is unverified). Other implied formats leave a
 * formatted cell alone ("6,50%" over "0%" stays "0%").
 */
export function formatAfterTyping(current: string, typed: string | null): string {
  if (typed === null) return current;
  if (current === "General" || current === "") return typed;
  if (isDateCode(typed) && !isDateCode(current) && current !== "@") return typed;
  return current;
}

function parseNumberText(text: string, locale: Locale): TypedInput | null {
  const { decimal, group } = separators(locale);
  const d = escapeRe(decimal);
  const g = escapeRe(group);
  let body = text;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(body);
  if (paren && paren[1] !== undefined) {
    negative = true;
    body = paren[1];
  }
  const sign = /^([+-])(.*)$/.exec(body);
  if (sign && sign[2] !== undefined) {
    if (sign[1] === "-") negative = !negative;
    body = sign[2];
  }
  const percent = body.endsWith("%");
  if (percent) body = body.slice(0, -1).trimEnd();
  const grouped = new RegExp(`^([0-9]{1,3}(?:${g}[0-9]{3})+)(?:${d}([0-9]*))?$`).exec(body);
  const plain = new RegExp(`^([0-9]*)(?:${d}([0-9]*))?(?:[eE]([+-]?[0-9]+))?$`).exec(body);
  let intPart: string;
  let fracPart: string;
  let exponent = 0;
  let usedGrouping = false;
  if (grouped && grouped[1] !== undefined) {
    intPart = grouped[1].split(group).join("");
    fracPart = grouped[2] ?? "";
    usedGrouping = true;
  } else if (plain && plain[1] !== undefined && (plain[1] !== "" || (plain[2] ?? "") !== "")) {
    intPart = plain[1];
    fracPart = plain[2] ?? "";
    exponent = plain[3] === undefined ? 0 : Number(plain[3]);
  } else {
    return null;
  }
  let value = Number(`${intPart || "0"}.${fracPart || "0"}e${exponent}`);
  if (!Number.isFinite(value)) return null;
  if (percent) value = value / 100;
  if (negative) value = -value;
  if (Object.is(value, -0)) value = 0;
  const decimals = fracPart.length > 0;
  let numberFormat: string | null = null;
  if (percent) numberFormat = decimals ? "0.00%" : "0%";
  else if (usedGrouping) numberFormat = decimals ? "#,##0.00" : "#,##0";
  return { kind: "number", value, numberFormat };
}

/** Rounds half away from zero at `decimals`, after Excel's 15 significant digits. */
function roundTo(value: number, decimals: number): number {
  const clean = Number(value.toPrecision(15));
  // From 1e15 up there is no fraction left to round ("1.2e29e2" would be NaN).
  if (Math.abs(clean) >= 1e15) return clean;
  const shifted = Math.round(Number(`${Math.abs(clean)}e${decimals}`));
  return Math.sign(clean) * Number(`${shifted}e-${decimals}`);
}

function groupDigits(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Fixed-point digits for a non-negative number: [integer digits, fraction digits]. */
function fixedParts(abs: number, decimals: number): [string, string] {
  if (abs >= 1e15) {
    // Excel shows 15 significant digits and zeros after them, never an exponent, in a fixed format.
    const [mantissa = "0", exp = "0"] = abs.toExponential(14).split("e");
    const digits = mantissa.replace(".", "");
    return [digits.padEnd(Number(exp) + 1, "0"), "0".repeat(decimals)];
  }
  const fixed = roundTo(abs, decimals).toFixed(decimals);
  const [i = "0", f = ""] = fixed.split(".");
  return [i, f];
}

/** Excel's General: about 11 characters, trailing zeros dropped, scientific when too wide. */
function formatGeneral(value: number, sep: Separators): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  const sign = value < 0 ? "-" : "";
  if (abs >= 1e11 || abs < 1e-9) {
    const [mant = "0", exp = "0"] = abs.toExponential(5).split("e");
    const m = mant.replace(/\.?0+$/, "").replace(".", sep.decimal);
    const e = Number(exp);
    return `${sign}${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const intDigits = Math.floor(abs).toString().length;
  const decimals = abs < 1 ? 9 : Math.max(0, 10 - intDigits); // "0." takes two of the 11 characters
  const [i, f] = fixedParts(abs, decimals);
  const frac = f.replace(/0+$/, "");
  return `${sign}${i}${frac ? sep.decimal + frac : ""}`;
}

/** Splits a format code into sections at ";" outside quotes. */
function sections(code: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] ?? "";
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      cur += ch + (code[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

interface Section {
  prefix: string;
  suffix: string;
  minInt: number;
  decimals: number;
  optionalDecimals: number;
  grouping: boolean;
  percent: boolean;
  general: boolean;
  hasDigits: boolean;
}

/** Reads one section: literal text around one number pattern of 0 # ? , . %. */
function parseSection(code: string): Section {
  const s: Section = {
    prefix: "",
    suffix: "",
    minInt: 0,
    decimals: 0,
    optionalDecimals: 0,
    grouping: false,
    percent: false,
    general: false,
    hasDigits: false,
  };
  let inFraction = false;
  let afterDigits = false;
  const literal = (text: string): void => {
    if (s.hasDigits) {
      afterDigits = true;
      s.suffix += text;
    } else s.prefix += text;
  };
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] ?? "";
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      literal(code.slice(i + 1, end < 0 ? code.length : end));
      i = end < 0 ? code.length : end;
    } else if (ch === "\\") {
      literal(code[i + 1] ?? "");
      i++;
    } else if (ch === "[") {
      const end = code.indexOf("]", i);
      i = end < 0 ? code.length : end; // colours and conditions are not displayed as text
    } else if (ch === "_") {
      literal(" ");
      i++;
    } else if (ch === "*") {
      i++; // fill character: no width to fill in text
    } else if (code.slice(i, i + 7).toLowerCase() === "general") {
      s.general = true;
      s.hasDigits = true;
      i += 6;
    } else if ((ch === "0" || ch === "#" || ch === "?") && !afterDigits) {
      s.hasDigits = true;
      if (inFraction) {
        s.decimals++;
        if (ch !== "0") s.optionalDecimals++;
      } else if (ch === "0") s.minInt++;
    } else if (ch === "." && s.hasDigits && !afterDigits) {
      inFraction = true;
    } else if (ch === "." && !s.hasDigits && /[0#?]/.test(code[i + 1] ?? "")) {
      inFraction = true;
      s.hasDigits = true;
    } else if (ch === "," && s.hasDigits && !inFraction && !afterDigits) {
      s.grouping = true;
    } else if (ch === "%") {
      s.percent = true;
      literal("%");
    } else {
      literal(ch);
    }
  }
  return s;
}

function formatWithSection(abs: number, section: Section, sep: Separators): string {
  if (section.general) return section.prefix + formatGeneral(abs, sep) + section.suffix;
  if (!section.hasDigits) return section.prefix + section.suffix;
  const scaled = section.percent ? abs * 100 : abs;
  const [intDigits, fracDigitsRaw] = fixedParts(scaled, section.decimals);
  let fracDigits = fracDigitsRaw;
  // "#" and "?" after the decimal point drop trailing zeros.
  let drop = section.optionalDecimals;
  while (drop > 0 && fracDigits.endsWith("0")) {
    fracDigits = fracDigits.slice(0, -1);
    drop--;
  }
  let int = intDigits.replace(/^0+/, "");
  if (int.length < section.minInt) int = int.padStart(section.minInt, "0");
  if (section.grouping) int = groupDigits(int, sep.group);
  const frac = section.decimals > 0 ? sep.decimal + fracDigits : "";
  // Like Excel, "0.##" keeps its decimal mark even when no decimals are left ("5.").
  return section.prefix + int + frac + section.suffix;
}

/**
 * The text Excel shows for a value with a format code (what `Range.text` returns), using the
 * locale's separators. Errors and strings pass through; booleans show as TRUE / FALSE.
 * Dates and times show through datefmt.ts (a negative date as "########", as Excel fills the
 * cell); fractions are not implemented and fall back to General.
 */
export function formatValue(
  value: number | string | boolean | null,
  numberFormat: string,
  locale: Locale,
): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sep = separators(locale);
  const parts = sections(numberFormat || "General");
  if (typeof value === "string") {
    const textSection = parts[3] ?? (parts.length === 1 && parts[0]?.includes("@") ? parts[0] : null);
    if (textSection === null || !textSection.includes("@")) return value;
    return textSection.replace(/"/g, "").replace("@", value);
  }
  const first = parts[0] ?? "General";
  if (first.trim() === "@") return formatGeneral(value, sep);
  if (isDateCode(first)) return formatDate(value, numberFormat, locale) ?? "#".repeat(8);
  if (value < 0 && parts.length >= 2) return formatWithSection(-value, parseSection(parts[1] ?? ""), sep);
  if (value === 0 && parts.length >= 3) return formatWithSection(0, parseSection(parts[2] ?? ""), sep);
  const section = parseSection(first);
  const text = formatWithSection(Math.abs(value), section, sep);
  // Excel shows "-0.00" as "0.00": a value that rounds to zero loses its sign.
  const roundsToZero = !/[1-9]/.test(text);
  return value < 0 && !roundsToZero ? `-${text}` : text;
}

const CURRENCY = /[$€£¥₫]|\[\$[^\]]+\]/;

/**
 * What Excel's CELL("format", ref) returns for a number format, after the table in ECMA-376 Part 1
 * §18.17.7.34: "G", "F2", ",0", "C2", "P0", "S2", dates "D…"; "-" appended when negatives show in
 * colour, "()" when positives show in brackets. The letter and decimals come from the first
 * section, as for the standard's formats; how real Excel classes other custom codes is a guess
 * (LibreOffice answers "P1" for "#,##0.0%" and "F0" for 0.0"%", and so does this).
 */
export function cellFormatCode(code: string): string {
  if (code.trim() === "" || /^general$/i.test(code.trim())) return "G";
  const [first = "", second = ""] = sections(code);
  const bare = first.replace(/"[^"]*"|\\./g, "").replace(/\[[^\]]*\]/g, "");
  let letter: string;
  if (bare.includes("%")) letter = "P";
  else if (/E[+-]/i.test(bare)) letter = "S";
  else if (isDateCode(first)) return dateCellCode(first) ?? "G";
  else if (CURRENCY.test(first)) letter = "C";
  else if (/[0#?],[0#?]/.test(bare)) letter = ",";
  else if (/[0#?]/.test(bare)) letter = "F";
  else return "G";
  const decimals = /\.([0#?]+)/.exec(bare)?.[1]?.length ?? 0;
  const colour = /\[(black|blue|cyan|green|magenta|red|white|yellow|color\d+)\]/i.test(second) ? "-" : "";
  const brackets = /\(.*\)/.test(first.replace(/"[^"]*"/g, "")) ? "()" : "";
  return `${letter}${decimals}${colour}${brackets}`;
}

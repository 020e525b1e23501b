/**
 * Dates as the workbench's Excel types, shows and classifies them: what a person's "9/12" becomes
 * (a serial number with a date format), how a date format code shows a serial, and what Excel's
 * CELL("format") answers for a date or time code. Serials are Excel's 1900 date system.
 * The workbench keeps its own reading of format codes (not core's dates.ts): it stands in for
 * Excel, against which core is tested. The calendar itself (serial ↔ day, with Excel's
 * 29 February 1900) is core's dayOfSerial / serialOfDay, tested on Excel's own serials.
 */
import { dayOfSerial, serialOfDay } from "../core/dates";
import type { Locale } from "./numfmt";

/** A date typed into a cell: the serial Excel stores and the format it gives the cell. */
export interface TypedDate {
  serial: number;
  numberFormat: string;
}

/**
 * The system short date as Office.js reports it: `numberFormat` reads "m/d/yyyy" for a typed or
 * API-written full date whatever the computer's locale (OfficeDev/office-js #229: an en-AU Excel
 * shows 31/12/2018 and reports "m/d/yyyy" for `values = "2018-12-31"`). Shown in the locale's
 * order (formatDate).
 */
export const SYSTEM_SHORT_DATE = "m/d/yyyy";
/** Built-in format 16 (ECMA-376 §18.8.30), what Excel gives a typed day and month: "9/12" → 12-Sep. */
export const DAY_MONTH = "d-mmm";
/** Built-in format 17, what Excel gives a typed month and year: "12/2026" → Dec-26. */
export const MONTH_YEAR = "mmm-yy";

/**
 * The calendar date and time of a serial as Excel shows it: the day is core's dayOfSerial (60 is
 * Excel's 29 February 1900), null where Excel shows no date (negative, past 31/12/9999).
 */
export function dateOfSerial(serial: number): {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
} | null {
  const day = dayOfSerial(serial);
  if (day === null) return null;
  const whole = Math.floor(serial);
  const seconds = Math.round((serial - whole) * 86_400);
  return {
    ...day,
    hours: Math.floor(seconds / 3600) % 24,
    minutes: Math.floor(seconds / 60) % 60,
    seconds: seconds % 60,
  };
}

/** A two-digit year as Excel reads it: 00–29 is 2000–2029, 30–99 is 1930–1999. */
function fullYear(digits: string): number | null {
  const n = Number(digits);
  if (digits.length <= 2) return n < 30 ? 2000 + n : 1900 + n;
  if (digits.length === 4 && n >= 1900 && n <= 9999) return n;
  return null;
}

/** The serial of a typed day, or null when Excel's calendar has no such day (it has 29/02/1900). */
function typedSerial(year: number, month: number, day: number): number | null {
  return day >= 1 ? serialOfDay(year, month, day) : null;
}

/**
 * The date Excel makes of typed text, or null when the text is no date. `locale` decides the order
 * of day and month (vi-VN d/m: "9/12" is 9 December; en-US m/d: 12 September); `year` is the
 * current year, which a day and month without one take.
 *   - "9/12", "9-12": day and month → DAY_MONTH ("d-mmm", Excel's 12-Sep for "9/12" in en-US).
 *   - "9/12/2026", "9/12/26": a full date → SYSTEM_SHORT_DATE; two-digit years as fullYear.
 *   - "2026-12-09", "2026/12/9": year first, in any locale (Excel reads ISO dates everywhere;
 *     #229 for `values`) → SYSTEM_SHORT_DATE.
 *   - "12/2026", "2/30": month and year → MONTH_YEAR, the first of the month. A GUESS for two
 *     digits: Excel is said to read en-US "2/30" as February 1930 once 30 February fails; that a
 *     d/m locale reads "2/30" the same way (month first) is unverified.
 * Month names ("9-Dec"), times ("9:30") and dotted dates are not recognised (they stay text).
 */
export function parseTypedDate(text: string, locale: Locale, year: number): TypedDate | null {
  const t = text.trim();
  const ymd = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/.exec(t);
  if (ymd) {
    const [y, m, d] = [Number(ymd[1]), Number(ymd[3]), Number(ymd[4])];
    const serial = typedSerial(y, m, d);
    return serial === null ? null : { serial, numberFormat: SYSTEM_SHORT_DATE };
  }
  const full = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(t);
  if (full) {
    const [a, b] = [Number(full[1]), Number(full[3])];
    const [d, m] = locale === "vi" ? [a, b] : [b, a];
    const y = fullYear(full[4] ?? "");
    const serial = y === null ? null : typedSerial(y, m, d);
    return serial === null ? null : { serial, numberFormat: SYSTEM_SHORT_DATE };
  }
  const pair = /^(\d{1,2})([/-])(\d{1,4})$/.exec(t);
  if (!pair) return null;
  const first = pair[1] ?? "";
  const second = pair[3] ?? "";
  if (second.length <= 2) {
    const [a, b] = [Number(first), Number(second)];
    const [d, m] = locale === "vi" ? [a, b] : [b, a];
    const serial = typedSerial(year, m, d);
    if (serial !== null) return { serial, numberFormat: DAY_MONTH };
  }
  const m = Number(first);
  const y = second.length === 3 ? null : fullYear(second);
  const serial = y === null ? null : typedSerial(y, m, 1);
  return serial === null ? null : { serial, numberFormat: MONTH_YEAR };
}

/** One piece of a date or time format section. */
type Piece =
  | { kind: "literal"; text: string }
  | { kind: "y" | "m" | "d" | "h" | "s"; length: number }
  | { kind: "minute"; length: number }
  | { kind: "ampm"; upper: boolean };

/** The first section of a format code as date pieces; null when it shows no date or time. */
function datePieces(code: string): Piece[] | null {
  const section = firstSection(code);
  const pieces: Piece[] = [];
  let any = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] ?? "";
    const lower = ch.toLowerCase();
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      pieces.push({ kind: "literal", text: section.slice(i + 1, end < 0 ? section.length : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      pieces.push({ kind: "literal", text: section[i + 1] ?? "" });
      i++;
    } else if (ch === "_") {
      pieces.push({ kind: "literal", text: " " });
      i++;
    } else if (ch === "*") {
      i++;
    } else if (ch === "[") {
      // Locale tags and colours ("[$-42A]", "[Red]") are not shown; elapsed "[h]" is not emulated.
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end;
    } else if (/^(am\/pm|a\/p)/i.test(section.slice(i, i + 5))) {
      const long = section.slice(i, i + 5).toLowerCase() === "am/pm";
      pieces.push({ kind: "ampm", upper: ch === ch.toUpperCase() });
      i += long ? 4 : 2;
    } else if (/^general/i.test(section.slice(i, i + 7))) {
      return null;
    } else if (lower === "y" || lower === "m" || lower === "d" || lower === "h" || lower === "s") {
      let length = 1;
      while (section[i + length]?.toLowerCase() === lower) length++;
      pieces.push({ kind: lower, length });
      any = true;
      i += length - 1;
    } else {
      pieces.push({ kind: "literal", text: ch });
    }
  }
  if (!any) return null;
  // "m" right after an hour or right before a second is minutes (ECMA-376 §18.8.31).
  const tokens = pieces.filter((p) => p.kind !== "literal");
  tokens.forEach((p, k) => {
    if (p.kind !== "m" || p.length > 2) return;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if (before?.kind === "h" || after?.kind === "s") (p as { kind: string }).kind = "minute";
  });
  return pieces;
}

function firstSection(code: string): string {
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\\") i++;
    else if (ch === ";" && !quoted) return code.slice(0, i);
  }
  return code;
}

/** True for a format code whose first section shows a date or a time. */
export function isDateCode(code: string): boolean {
  return datePieces(code) !== null;
}

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const EN_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const VI_DAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

/**
 * Month names as a vi-VN Excel shows "mmm" / "mmmm": a GUESS after Windows' vi-VN culture data
 * ("Thg12", "Tháng 12"); en-US as in Excel ("Dec", "December").
 */
function monthName(month: number, length: number, locale: Locale): string {
  if (locale === "vi") return length === 3 ? `Thg${month}` : `Tháng ${month}`;
  const name = EN_MONTHS[month - 1] ?? "";
  return length === 3 ? name.slice(0, 3) : length === 5 ? name.slice(0, 1) : name;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** The system short date in the locale's order: vi-VN dd/mm/yyyy, en-US m/d/yyyy (GUESS for vi: its culture's short date). */
export function shortDate(serial: number, locale: Locale): string {
  const date = dateOfSerial(serial);
  if (date === null) return String(serial);
  const { year, month, day } = date;
  return locale === "vi" ? `${pad2(day)}/${pad2(month)}/${year}` : `${month}/${day}/${year}`;
}

/**
 * The text a date or time format shows for a serial, or null when the code shows no date (or the
 * value is no serial Excel can show: negative, or past 31/12/9999 — Excel fills such cells with #).
 */
export function formatDate(serial: number, code: string, locale: Locale): string | null {
  const pieces = datePieces(code);
  if (pieces === null) return null;
  const t = dateOfSerial(serial);
  if (t === null) return null;
  if (code.trim().toLowerCase() === SYSTEM_SHORT_DATE) return shortDate(serial, locale);
  const twelve = pieces.some((p) => p.kind === "ampm");
  // Excel's weekdays run on from serial 1, a Sunday (0): one early before March 1900, as if
  // 29 February 1900 had been (ECMA-376 Part 1 §18.17.4.1), right from 1 March 1900 on.
  const weekday = (Math.floor(serial) + 6) % 7;
  return pieces
    .map((p) => {
      switch (p.kind) {
        case "literal":
          return p.text;
        case "y":
          return p.length <= 2 ? pad2(t.year % 100) : String(t.year);
        case "m":
          return p.length === 1
            ? String(t.month)
            : p.length === 2
              ? pad2(t.month)
              : monthName(t.month, p.length, locale);
        case "d": {
          if (p.length <= 2) return p.length === 1 ? String(t.day) : pad2(t.day);
          const name = (locale === "vi" ? VI_DAYS : EN_DAYS)[weekday] ?? "";
          return p.length === 3 && locale === "en" ? name.slice(0, 3) : name;
        }
        case "h": {
          const h = twelve ? t.hours % 12 || 12 : t.hours;
          return p.length === 1 ? String(h) : pad2(h);
        }
        case "minute":
          return p.length === 1 ? String(t.minutes) : pad2(t.minutes);
        case "s":
          return p.length === 1 ? String(t.seconds) : pad2(t.seconds);
        case "ampm":
          return t.hours < 12 ? (p.upper ? "AM" : "am") : p.upper ? "PM" : "pm";
      }
    })
    .join("");
}

/**
 * Excel's CELL("format") for a date or time format code, after the table of ECMA-376 Part 1
 * §18.17.7.34 (and Microsoft's CELL page): d-mmm-yy "D1", d-mmm "D2", mmm-yy "D3", m/d/yy (also
 * with h:mm, and mm/dd/yy) "D4", mm/dd "D5", h:mm:ss AM/PM "D6", h:mm AM/PM "D7", h:mm:ss "D8",
 * h:mm "D9". Codes outside the table are classed by what they show (day, month name, year, time):
 * a GUESS for them, e.g. "dd/mm/yyyy" as "D4" and "mmmm" as "D3". Null when the code shows no date.
 */
export function dateCellCode(code: string): string | null {
  const pieces = datePieces(code);
  if (pieces === null) return null;
  const has = (kind: Piece["kind"]): boolean => pieces.some((p) => p.kind === kind);
  const day = pieces.some((p) => p.kind === "d" && p.length <= 2);
  const monthWord = pieces.some((p) => p.kind === "m" && p.length >= 3);
  const month = has("m");
  const year = has("y");
  if (month || day || year) {
    if (monthWord) return day && year ? "D1" : day ? "D2" : "D3";
    if (day && month && !year) return "D5";
    return "D4";
  }
  const seconds = has("s");
  if (has("ampm")) return seconds ? "D6" : "D7";
  return seconds ? "D8" : "D9";
}

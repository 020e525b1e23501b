/**
 * Dates where a figure belongs. Excel turns what looks like a date into one as it is typed: "9/12"
 * (nine works done of twelve) becomes 9 December in a vi-VN Excel (d/m) and 12 September in an
 * en-US one (m/d), a serial number (46365) shown with a date format; "25/42" is no date and stays
 * text. A figure cell whose number format is a date or time format therefore holds no figure. This
 * module recognises Excel's date and time format codes and says which date a cell holds and what
 * was probably typed; table.ts makes the finding.
 */
import type { CellValue, NumberConvention } from "./model";

/** The order day and month were typed in: "dm" (vi-VN, 9/12 = 9 December) or "md" (en-US). */
export type DayMonthOrder = "dm" | "md";

/** What a date or time number format shows, as far as reading a typed fraction back needs. */
export interface DateFormatInfo {
  /** A day, a month or a year token ("dd/mm/yyyy", "mmm-yy"). */
  date: boolean;
  /** An hour, a minute or a second token, or elapsed time ("h:mm", "[h]:mm:ss"). */
  time: boolean;
  /** A day of the month and a month, both (as numbers or the month as a word). */
  dayAndMonth: boolean;
  /** Day and month both numbers, in this order in the format; null when either is missing. */
  order: DayMonthOrder | null;
  /** The month is written as a word ("d-mmm", "mmm-yy"): the shown order says nothing of the typed one. */
  monthName: boolean;
  /**
   * The system short date (built-in format 14, and 22 with a time): Excel shows it in the order of
   * the computer's locale, whatever its code ("mm-dd-yy" in the file, "m/d/yyyy" through Office.js).
   */
  system: boolean;
}

/**
 * Codes of the system short date (ECMA-376 §18.8.30 ids 14 and 22, and how Office.js and the
 * xlsx reader name them). Which one Office.js reports for id 14 in a vi-VN Excel is a guess: its
 * numberFormat is said to be locale-independent, so "m/d/yyyy" rather than the "dd/mm/yyyy" shown.
 */
const SYSTEM_DATE_CODES = new Set(["mm-dd-yy", "m/d/yyyy", "m/d/yy", "m/d/yy h:mm", "m/d/yyyy h:mm"]);

const cache = new Map<string, DateFormatInfo | null>();

/**
 * The date or time an Excel number format shows, or null when it shows none ("0.00", "#,##0",
 * "0%", "General", "@"). Tokens d, m, y, h, s count outside quotes, escapes (\x, _x, *x) and
 * brackets, so "[$-42A]dd/mm/yyyy" and '0 "ngày"' read right; "[h]", "[mm]", "[ss]" are elapsed
 * time. "m" is minutes after an "h" or before an "s", else a month. Only the first section is read:
 * a date is a positive number.
 */
export function dateFormatOf(format: string | null | undefined): DateFormatInfo | null {
  if (typeof format !== "string" || format === "") return null;
  const known = cache.get(format);
  if (known !== undefined) return known;
  const info = parseDateFormat(format);
  if (cache.size > 1000) cache.clear();
  cache.set(format, info);
  return info;
}

/** A date or time format (dateFormatOf says what it shows). */
export function isDateFormat(format: string | null | undefined): boolean {
  return dateFormatOf(format) !== null;
}

type Token = { kind: "d" | "m" | "y" | "h" | "s"; at: number; length: number };

function parseDateFormat(format: string): DateFormatInfo | null {
  const tokens: Token[] = [];
  let elapsed = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === ";") break;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      i = end < 0 ? format.length : end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      const inner = format.slice(i + 1, end < 0 ? format.length : end);
      if (/^(?:h+|m+|s+)$/i.test(inner)) elapsed = true;
      i = end < 0 ? format.length : end;
    } else if (/^general/i.test(format.slice(i, i + 7))) {
      i += 6;
    } else if (/^(?:am\/pm|a\/p)/i.test(format.slice(i, i + 5))) {
      i += format[i + 1] === "/" ? 2 : 4;
    } else {
      const kind = ch.toLowerCase();
      if (kind !== "d" && kind !== "m" && kind !== "y" && kind !== "h" && kind !== "s") continue;
      let length = 1;
      while (format[i + length]?.toLowerCase() === kind) length++;
      tokens.push({ kind, at: tokens.length, length });
      i += length - 1;
    }
  }
  let day: Token | undefined;
  let month: Token | undefined;
  let date = false;
  let time = elapsed;
  tokens.forEach((t, k) => {
    if (t.kind === "m") {
      const minute = tokens[k - 1]?.kind === "h" || tokens[k + 1]?.kind === "s";
      if (minute) time = true;
      else {
        month ??= t;
        date = true;
      }
    } else if (t.kind === "h" || t.kind === "s") time = true;
    else {
      date = true;
      // "ddd" and "dddd" are the weekday's name, not the day of the month.
      if (t.kind === "d" && t.length <= 2) day ??= t;
    }
  });
  if (!date && !time) return null;
  const monthName = month !== undefined && month.length >= 3;
  const order: DayMonthOrder | null =
    day === undefined || month === undefined || monthName ? null : day.at < month.at ? "dm" : "md";
  return {
    date,
    time,
    dayAndMonth: day !== undefined && month !== undefined,
    order,
    monthName,
    system: SYSTEM_DATE_CODES.has(format.trim().toLowerCase()),
  };
}

/** A day as Excel shows it: 29 February 1900 and 0 January 1900 are among them. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
/** What Excel counts from for dates after February 1900: serial 61 is 61 days after it. */
const EPOCH = Date.UTC(1899, 11, 30);
/** 29 February 1900, the day Excel counts that never was. */
const PHANTOM = 60;
/** 31 December 9999, the last day Excel shows. */
const LAST_SERIAL = 2_958_465;

/**
 * The day Excel's 1900 date system shows for a serial (its whole part; the fraction is the time).
 * Excel keeps Lotus 1-2-3's 29 February 1900: serial 59 is 28 February, 60 the phantom 29th, 61
 * 1 March, so every day before March 1900 is a serial later than the days since 30 December 1899
 * (ECMA-376 Part 1 §18.17.4.1; Microsoft's "Excel incorrectly assumes that the year 1900 is a leap
 * year"). Serial 0 is shown as 0 January 1900 ("1/0/1900"). Null outside 0 … 31/12/9999, where
 * Excel shows no date (the cell fills with #).
 */
export function dayOfSerial(serial: number): CalendarDay | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= LAST_SERIAL + 1) return null;
  const whole = Math.floor(serial);
  if (whole === 0) return { year: 1900, month: 1, day: 0 };
  if (whole === PHANTOM) return { year: 1900, month: 2, day: 29 };
  const d = new Date(EPOCH + (whole < PHANTOM ? whole + 1 : whole) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The serial of a day as Excel counts it (dayOfSerial's inverse), or null for a day Excel has not. */
export function serialOfDay(year: number, month: number, day: number): number | null {
  if (year === 1900 && month === 1 && day === 0) return 0;
  if (year === 1900 && month === 2 && day === 29) return PHANTOM;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  const time = Date.UTC(year, month - 1, day);
  const d = new Date(time);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  const days = Math.round((time - EPOCH) / MS_PER_DAY);
  const serial = days <= PHANTOM ? days - 1 : days;
  return serial >= 1 && serial <= LAST_SERIAL ? serial : null;
}

/** A calendar date and, when the cell holds one, a time of day. */
export interface CellDate extends CalendarDay {
  /** Minutes since midnight, when known (a serial number; not an ISO date string). */
  minutes: number | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date a cell with a date format holds: a serial number as Office.js gives it (1900 date
 * system; 46365 is 9 December 2026), or "yyyy-mm-dd" as the CLI's xlsx reader gives it. Null for
 * anything else: words in a date-formatted cell are read as words. Serial 60 is the 29 February
 * 1900 Excel shows for it: a date all the same, no figure (and "1900-02-29" from the xlsx reader
 * the same date).
 */
export function cellDate(value: CellValue): CellDate | null {
  if (typeof value === "number") {
    const day = dayOfSerial(value);
    if (day === null) return null;
    return { ...day, minutes: Math.round((value - Math.floor(value)) * 24 * 60) };
  }
  if (typeof value !== "string") return null;
  const m = ISO_DATE.exec(value.trim());
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return serialOfDay(year, month, day) === null ? null : { year, month, day, minutes: null };
}

/** "2026-12-09" → 46365, the serial Excel holds for the day (dayOfSerial); "1900-02-29" → 60. */
export function isoSerial(text: string): number | null {
  const date = cellDate(text);
  return date === null ? null : serialOfDay(date.year, date.month, date.day);
}

/** Which order the day and month were typed in, and why: the format's own, or the locale's. */
export interface TypedOrder {
  order: DayMonthOrder;
  /**
   * "format": the format shows both as numbers in this order, and Excel shows a typed date in the
   * order it reads one. "convention": the format does not say (the system short date, a month
   * name, no day), so the table's number convention stands for the locale it was typed in.
   */
  from: "format" | "convention";
}

export function typedOrder(info: DateFormatInfo, convention: NumberConvention): TypedOrder {
  if (info.order !== null && !info.system) return { order: info.order, from: "format" };
  return { order: convention === "vi" ? "dm" : "md", from: "convention" };
}

/** "09/12/2026" in the typed order (dm: day first), "09:30" for a time. */
export function shownDate(date: CellDate, order: DayMonthOrder): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  const [first, second] = order === "dm" ? [date.day, date.month] : [date.month, date.day];
  return `${two(first)}/${two(second)}/${date.year}`;
}

export function shownTime(minutes: number): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${two(Math.floor(minutes / 60) % 24)}:${two(minutes % 60)}`;
}

/**
 * The fraction a person probably typed to get this date: day and month in the typed order
 * (9 December read d/m → 9/12). Null when the format has no day or no month to read it from.
 */
export function typedFraction(
  date: CellDate,
  info: DateFormatInfo,
  order: DayMonthOrder,
): { done: number; total: number } | null {
  if (!info.dayAndMonth) return null;
  return order === "dm" ? { done: date.day, total: date.month } : { done: date.month, total: date.day };
}

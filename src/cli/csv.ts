/**
 * CSV as offices export it: UTF-8 with or without BOM, "," or ";" between fields (Excel in a
 * vi-VN locale writes ";" because "," is the decimal mark), RFC 4180 quotes. Cells stay text so
 * the core number parser sees exactly what was typed.
 */

export type Delimiter = "," | ";";

export interface CsvGrid {
  /** One array per record; empty fields are null, like empty cells in a workbook. */
  rows: (string | null)[][];
  /** 1-based line number where each record starts (a quoted field may span lines). */
  lines: number[];
  delimiter: Delimiter;
  /** Line where a quote opens and is never closed; the records from there on are not read. */
  unterminatedQuoteLine: number | null;
}

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/** How many records to look at when guessing the delimiter. */
const SNIFF_RECORDS = 50;

export function parseCsv(text: string, delimiter?: Delimiter): CsvGrid {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const chosen = delimiter ?? detectDelimiter(body);
  const { rows, lines, unterminatedQuoteLine } = splitRecords(body, chosen, Infinity);
  return { rows, lines, delimiter: chosen, unterminatedQuoteLine };
}

/**
 * The delimiter that splits the first records into the most rows of one consistent width.
 * Unquoted vi-VN decimals ("6.794,12") make comma counts vary from line to line, so a semicolon
 * file never scores well when split on commas.
 */
export function detectDelimiter(text: string): Delimiter {
  const score = (d: Delimiter): number => {
    const { rows } = splitRecords(text, d, SNIFF_RECORDS);
    const counts = new Map<number, number>();
    for (const row of rows) {
      if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    }
    let best = 0;
    for (const n of counts.values()) best = Math.max(best, n);
    return best;
  };
  return score(";") > score(",") ? ";" : ",";
}

function splitRecords(
  text: string,
  delimiter: Delimiter,
  limit: number,
): { rows: (string | null)[][]; lines: number[]; unterminatedQuoteLine: number | null } {
  const rows: (string | null)[][] = [];
  const lines: number[] = [];
  const records = csvRecords(text, delimiter);
  for (;;) {
    if (rows.length >= limit) return { rows, lines, unterminatedQuoteLine: null };
    const next = records.next();
    if (next.done === true) return { rows, lines, unterminatedQuoteLine: next.value };
    rows.push(next.value.row);
    lines.push(next.value.line);
  }
}

/** One record of a CSV and the 1-based line it starts on. */
export interface CsvRecord {
  row: (string | null)[];
  line: number;
}

/**
 * The records of a CSV text one at a time, so a long file need not be held as rows; the value at
 * the end is the line where a quote opens and is never closed (the records from there on are not
 * given), or null.
 */
export function* csvRecords(text: string, delimiter: Delimiter): Generator<CsvRecord, number | null> {
  const scan = new CsvScanner(text, delimiter, true);
  while (scan.next()) yield { row: scan.row, line: scan.line };
  return scan.unterminatedQuoteLine;
}

/**
 * What csvRecords would give, without making the records: the line each record starts on, and the
 * line of a quote never closed (or null). A long CSV is counted with it before it is read in parts.
 */
export function csvLines(
  text: string,
  delimiter: Delimiter,
): { lines: number[]; unterminatedQuoteLine: number | null } {
  const lines: number[] = [];
  const scan = new CsvScanner(text, delimiter, false);
  while (scan.next()) lines.push(scan.line);
  return { lines, unterminatedQuoteLine: scan.unterminatedQuoteLine };
}

/** The row of a record whose fields are not kept. */
const NOT_KEPT: (string | null)[] = [];

/**
 * The one reader of the CSV grammar, a record at a time: csvRecords keeps each field's text,
 * csvLines only where each record starts (`keep` false: no field is made).
 */
class CsvScanner {
  /** The record read by the last next(): its fields (none when not kept), and its first line. */
  row: (string | null)[] = NOT_KEPT;
  line = 1;
  /** Once next() has said no more: the line where a quote opens and never closes, or null. */
  unterminatedQuoteLine: number | null = null;
  #at = 0;
  #nextLine = 1;
  readonly #text: string;
  readonly #delimiter: number;
  readonly #keep: boolean;

  constructor(text: string, delimiter: Delimiter, keep: boolean) {
    this.#text = text;
    this.#delimiter = delimiter.charCodeAt(0);
    this.#keep = keep;
  }

  /** Reads the next record; false at the end of the text or at a quote that never closes. */
  next(): boolean {
    const text = this.#text;
    const n = text.length;
    const keep = this.#keep;
    const delimiter = this.#delimiter;
    const row: (string | null)[] = keep ? [] : NOT_KEPT;
    let line = this.#nextLine;
    const recordLine = line;
    // The field read so far (kept), whether it is empty and whether it was quoted; whether the
    // record has had a delimiter.
    let field = "";
    let empty = true;
    let quoted = false;
    let inRecord = false;
    for (let i = this.#at; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE && empty) {
        // A quote opening a field: up to the quote that closes it, "" standing for one quote.
        const quoteLine = line;
        quoted = true;
        i++;
        for (;;) {
          if (i >= n) {
            // A quote still open at the end swallowed every line after it: only the records before it count.
            this.#at = n;
            this.unterminatedQuoteLine = quoteLine;
            return false;
          }
          if (text.charCodeAt(i) === QUOTE) {
            if (text.charCodeAt(i + 1) !== QUOTE) break;
            if (keep) field += '"';
            empty = false;
            i += 2;
            continue;
          }
          // Up to the next quote in one slice: a 1 MB field is not built a character at a time.
          let j = i;
          while (j < n && text.charCodeAt(j) !== QUOTE) {
            if (text.charCodeAt(j) === NEWLINE) line++;
            j++;
          }
          if (keep) field += text.slice(i, j);
          empty = false;
          i = j;
        }
      } else if (c === delimiter) {
        if (keep) row.push(empty && !quoted ? null : field);
        field = "";
        empty = true;
        quoted = false;
        inRecord = true;
      } else if (c === NEWLINE || c === RETURN) {
        if (c === RETURN && text.charCodeAt(i + 1) === NEWLINE) i++;
        if (keep) row.push(empty && !quoted ? null : field);
        this.#at = i + 1;
        this.#nextLine = line + 1;
        this.row = row;
        this.line = recordLine;
        return true;
      } else {
        // Up to the next delimiter or line end in one slice; a quote inside an unquoted field is text.
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === delimiter || d === NEWLINE || d === RETURN) break;
          j++;
        }
        if (keep) field += text.slice(i, j);
        empty = false;
        i = j - 1;
      }
    }
    this.#at = n;
    // A last record without a trailing newline.
    if (!empty || quoted || inRecord) {
      if (keep) row.push(empty && !quoted ? null : field);
      this.row = row;
      this.line = recordLine;
      return true;
    }
    return false;
  }
}

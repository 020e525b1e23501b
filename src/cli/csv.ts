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
  let row: (string | null)[] = [];
  let field = "";
  let quoted = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const delimiterCode = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        // Up to the next quote in one slice: a 1 MB field is not built a character at a time.
        let j = i;
        while (j < text.length && text.charCodeAt(j) !== QUOTE) {
          if (text.charCodeAt(j) === NEWLINE) line++;
          j++;
        }
        field += text.slice(i, j);
        i = j - 1;
      }
    } else if (ch === '"' && field === "") {
      inQuotes = true;
      quoteLine = line;
      quoted = true;
    } else if (ch === delimiter) {
      row.push(field === "" && !quoted ? null : field);
      field = "";
      quoted = false;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field === "" && !quoted ? null : field);
      field = "";
      quoted = false;
      yield { row, line: recordLine };
      row = [];
      line++;
      recordLine = line;
    } else {
      // Up to the next delimiter or line end in one slice; a quote inside an unquoted field is text.
      let j = i + 1;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (c === delimiterCode || c === NEWLINE || c === RETURN) break;
        j++;
      }
      field += text.slice(i, j);
      i = j - 1;
    }
  }
  // A quote still open at the end swallowed every line after it: only the records before it count.
  if (inQuotes) return quoteLine;
  // A last record without a trailing newline.
  if (field !== "" || quoted || row.length > 0) {
    row.push(field === "" && !quoted ? null : field);
    yield { row, line: recordLine };
  }
  return null;
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
  // Whether the field read so far is empty, and whether it was quoted: csvRecords' `field === ""`
  // and `quoted`, without the field's text.
  let empty = true;
  let quoted = false;
  let inRecord = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const delimiterCode = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) {
          empty = false;
          i++;
        } else inQuotes = false;
      } else {
        if (c === NEWLINE) line++;
        empty = false;
      }
    } else if (c === QUOTE && empty) {
      inQuotes = true;
      quoteLine = line;
      quoted = true;
    } else if (c === delimiterCode) {
      inRecord = true;
      empty = true;
      quoted = false;
    } else if (c === NEWLINE || c === RETURN) {
      if (c === RETURN && text.charCodeAt(i + 1) === NEWLINE) i++;
      lines.push(recordLine);
      inRecord = false;
      empty = true;
      quoted = false;
      line++;
      recordLine = line;
    } else empty = false;
  }
  if (inQuotes) return { lines, unterminatedQuoteLine: quoteLine };
  if (!empty || quoted || inRecord) lines.push(recordLine);
  return { lines, unterminatedQuoteLine: null };
}

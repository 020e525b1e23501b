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
  let row: (string | null)[] = [];
  let field = "";
  let quoted = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const delimiterCode = delimiter.charCodeAt(0);
  const endField = (): void => {
    row.push(field === "" && !quoted ? null : field);
    field = "";
    quoted = false;
  };
  const endRecord = (): void => {
    endField();
    rows.push(row);
    lines.push(recordLine);
    row = [];
  };
  for (let i = 0; i < text.length && rows.length < limit; i++) {
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
      endField();
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
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
  if (inQuotes && rows.length < limit) return { rows, lines, unterminatedQuoteLine: quoteLine };
  // A last record without a trailing newline.
  if (rows.length < limit && (field !== "" || quoted || row.length > 0)) endRecord();
  return { rows, lines, unterminatedQuoteLine: null };
}

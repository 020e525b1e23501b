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
}

/** How many records to look at when guessing the delimiter. */
const SNIFF_RECORDS = 50;

export function parseCsv(text: string, delimiter?: Delimiter): CsvGrid {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const chosen = delimiter ?? detectDelimiter(body);
  const { rows, lines } = splitRecords(body, chosen, Infinity);
  return { rows, lines, delimiter: chosen };
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
): { rows: (string | null)[][]; lines: number[] } {
  const rows: (string | null)[][] = [];
  const lines: number[] = [];
  let row: (string | null)[] = [];
  let field = "";
  let quoted = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
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
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field === "") {
      inQuotes = true;
      quoted = true;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
  }
  // A last record without a trailing newline.
  if (rows.length < limit && (field !== "" || quoted || row.length > 0)) endRecord();
  return { rows, lines };
}

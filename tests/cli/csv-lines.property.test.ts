/**
 * csvLines counts a CSV's records as csvRecords reads them, without making them; both are one
 * scanner now, and csvRecords reads what the scanner of its own it had before read (kept below as
 * the oracle).
 */
import fc from "fast-check";
import { csvLines, csvRecords, type CsvRecord, type Delimiter } from "../../src/cli/csv";

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/** csvRecords as it was while csvLines was a second scanner beside it. */
function* twoScannersRecords(text: string, delimiter: Delimiter): Generator<CsvRecord, number | null> {
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

function all(records: Generator<CsvRecord, number | null>): { records: CsvRecord[]; end: number | null } {
  const out: CsvRecord[] = [];
  let next = records.next();
  for (; next.done !== true; next = records.next())
    out.push({ row: next.value.row.slice(), line: next.value.line });
  return { records: out, end: next.value };
}

function byRecords(
  text: string,
  delimiter: Delimiter,
): { lines: number[]; unterminatedQuoteLine: number | null } {
  const lines: number[] = [];
  const records = csvRecords(text, delimiter);
  let next = records.next();
  for (; next.done !== true; next = records.next()) lines.push(next.value.line);
  return { lines, unterminatedQuoteLine: next.value };
}

const csvText = fc
  .array(fc.constantFrom("a", "6,5", ",", ";", '"', '""', "\n", "\r", "\r\n", " ", "Chỉ tiêu"), {
    maxLength: 60,
  })
  .map((parts) => parts.join(""));

test("csvLines gives the lines and the unclosed quote csvRecords gives, for any text of quotes, marks and breaks", () => {
  fc.assert(
    fc.property(csvText, fc.constantFrom<Delimiter>(",", ";"), (text, delimiter) => {
      expect(csvLines(text, delimiter)).toEqual(byRecords(text, delimiter));
    }),
    { numRuns: 5000 },
  );
});

test("csvRecords reads the records, lines and unclosed quote its own scanner read, for any text of quotes, marks and breaks", () => {
  fc.assert(
    fc.property(csvText, fc.constantFrom<Delimiter>(",", ";"), (text, delimiter) => {
      expect(all(csvRecords(text, delimiter))).toEqual(all(twoScannersRecords(text, delimiter)));
    }),
    { numRuns: 5000 },
  );
});

test("a quoted field over two lines starts one record; the next starts on the line after it", () => {
  expect(csvLines('a;"b\nc";d\ne;f', ";")).toEqual({ lines: [1, 3], unterminatedQuoteLine: null });
  expect(csvLines('a;b\n"c;d\ne', ";")).toEqual({ lines: [1], unterminatedQuoteLine: 2 });
});

/** csvLines counts a CSV's records as csvRecords reads them, without making them. */
import fc from "fast-check";
import { csvLines, csvRecords, type Delimiter } from "../../src/cli/csv";

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

test("a quoted field over two lines starts one record; the next starts on the line after it", () => {
  expect(csvLines('a;"b\nc";d\ne;f', ";")).toEqual({ lines: [1, 3], unterminatedQuoteLine: null });
  expect(csvLines('a;b\n"c;d\ne', ";")).toEqual({ lines: [1], unterminatedQuoteLine: 2 });
});

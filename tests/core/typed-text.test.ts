import { excelReadsAsNonText } from "../../src/core/typed-text";
import { cellWriteOf, literalCellValue } from "../../src/core/literal";

/** What en-US Excel stores for each typed string (a number, a date, …); comments say which. */
const PARSED: readonly (readonly [string, string])[] = [
  ["9/12", "date 12 September"],
  ["9/12/2026", "date"],
  ["2026-12-09", "ISO date"],
  ["12-Sep", "date"],
  ["Sep 12, 2026", "date"],
  ["September 2026", "date 1 September 2026"],
  ["9-12", "date"],
  ["1/2", "date 2 January (not a half)"],
  ["0 1/2", "fraction 0.5"],
  ["1 1/2", "fraction 1.5"],
  ["1.400", "number 1.4"],
  ["1,400", "number 1400"],
  ["1.185,25", "not en-US, protected all the same (conservative)"],
  ["176", "number"],
  ["2026", "number (a year)"],
  ["-5", "number"],
  [" 42 ", "number, spaces trimmed"],
  ["5%", "percent 0.05"],
  ["117.33 %", "percent"],
  ["(123)", "negative number"],
  ["1E5", "scientific 100000"],
  ["1.5e-3", "scientific"],
  ["$1,000.00", "currency"],
  ["-$5", "currency"],
  ["9:30", "time"],
  ["9:30 AM", "time"],
  ["9 pm", "time"],
  ["TRUE", "boolean"],
  ["false", "boolean"],
  ["#N/A", "error value"],
  ["#DIV/0!", "error value"],
];

/** Texts en-US Excel keeps as text. */
const TEXT: readonly string[] = [
  "9/14 xã",
  "khoảng 4%",
  "Quý 1/2026",
  "Tháng 9/2026",
  "Tăng trưởng GRDP",
  "Hà Nội",
  "%",
  "May",
  "Đạt",
  "",
  "  ",
  "≥ 95",
  "Tỷ lệ 1/2 số xã",
  "1 tỷ đồng",
  "TRUE thật",
  "#không",
];

describe("excelReadsAsNonText: what en-US Excel would not keep as text", () => {
  it.each(PARSED)("%j is parsed (%s)", (text) => {
    expect(excelReadsAsNonText(text)).toBe(true);
  });

  it.each(TEXT.map((t) => [t]))("%j stays text", (text) => {
    expect(excelReadsAsNonText(text)).toBe(false);
  });
});

describe("literalCellValue: such a text is written with the quote prefix", () => {
  it.each(PARSED)("%j keeps its text", (text) => {
    const written = literalCellValue(text);
    expect(written).toBe(`'${text}`);
    expect(cellWriteOf(written)).toEqual({ kind: "text", text, quoted: true });
  });

  it.each(TEXT.filter((t) => t !== "").map((t) => [t]))("%j is written as is", (text) => {
    expect(literalCellValue(text)).toBe(text);
  });
});

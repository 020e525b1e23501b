import { dateCellCode, dateOfSerial, formatDate, parseTypedDate } from "../../src/workbench/datefmt";
import { serialOfDay } from "../../src/core/dates";
import { cellFormatCode, formatAfterTyping, formatValue, parseTyped } from "../../src/workbench/numfmt";
import { WorkbookState } from "../../src/workbench/state";
import { editText } from "../../src/workbench/ui/edit-text";

/** 9 December 2026 and 12 September 2026, as Excel counts them (tests/cli/libreoffice-dates). */
const DEC_9 = 46365;
const SEP_12 = 46277;
const DEC_1 = DEC_9 - 8;

describe("dateOfSerial: core's day of a serial, with its time", () => {
  test("the time of day, and Excel's 29 February 1900 from core", () => {
    expect(dateOfSerial(60)).toMatchObject({ year: 1900, month: 2, day: 29 });
    expect(dateOfSerial(DEC_9 + 0.75)).toEqual({
      year: 2026,
      month: 12,
      day: 9,
      hours: 18,
      minutes: 0,
      seconds: 0,
    });
    expect(dateOfSerial(-1)).toBeNull();
  });
});

describe("parseTyped: a person's entry, as Excel stores it", () => {
  const Y = 2026;
  test.each([
    // The date that hides a fraction: 9 December in a d/m Excel, 12 September in an m/d one.
    ["9/12", "vi", { kind: "number", value: DEC_9, numberFormat: "d-mmm" }],
    ["9/12", "en", { kind: "number", value: SEP_12, numberFormat: "d-mmm" }],
    ["9-12", "vi", { kind: "number", value: DEC_9, numberFormat: "d-mmm" }],
    ["09/12/2026", "vi", { kind: "number", value: DEC_9, numberFormat: "m/d/yyyy" }],
    ["12/9/26", "en", { kind: "number", value: DEC_9, numberFormat: "m/d/yyyy" }],
    ["2026-12-09", "vi", { kind: "number", value: DEC_9, numberFormat: "m/d/yyyy" }],
    ["2026-12-09", "en", { kind: "number", value: DEC_9, numberFormat: "m/d/yyyy" }],
    ["12/2026", "vi", { kind: "number", value: DEC_1, numberFormat: "mmm-yy" }],
    ["5%", "vi", { kind: "number", value: 0.05, numberFormat: "0%" }],
    ["5%", "en", { kind: "number", value: 0.05, numberFormat: "0%" }],
    ["117,33%", "vi", { kind: "number", value: 1.1733, numberFormat: "0.00%" }],
    ["1.400", "vi", { kind: "number", value: 1400, numberFormat: "#,##0" }],
    ["1.400", "en", { kind: "number", value: 1.4, numberFormat: null }],
    ["176", "vi", { kind: "number", value: 176, numberFormat: null }],
    ["6,5", "vi", { kind: "number", value: 6.5, numberFormat: null }],
    ["'9/12", "vi", { kind: "text", text: "9/12", quotePrefix: true }],
    ["=E7/D7", "vi", { kind: "formula", formula: "=E7/D7" }],
    // No such day or month: text, as core's "25/42 stays text".
    ["25/42", "vi", { kind: "text", text: "25/42", quotePrefix: false }],
    ["31/2", "vi", { kind: "text", text: "31/2", quotePrefix: false }],
    ["13/5", "en", { kind: "text", text: "13/5", quotePrefix: false }],
    ["9/12/123", "vi", { kind: "text", text: "9/12/123", quotePrefix: false }],
  ] as const)("%p in %p", (text, locale, expected) => {
    const typed = parseTyped(text, locale, Y);
    if (typed.kind === "number" && expected.kind === "number") {
      expect(typed.value).toBeCloseTo(expected.value, 12);
      expect(typed.numberFormat).toBe(expected.numberFormat);
    } else expect(typed).toEqual(expected);
  });

  test("a day and month take the year given (the clock's), a d/m entry that fails falls to m/yy", () => {
    expect(parseTypedDate("9/12", "vi", 2025)).toEqual({
      serial: serialOfDay(2025, 12, 9),
      numberFormat: "d-mmm",
    });
    expect(parseTypedDate("29/2", "vi", 2025)).toBeNull(); // no 29 February 2025, no month 29
    expect(parseTypedDate("29/2", "vi", 2028)).toEqual({
      serial: serialOfDay(2028, 2, 29),
      numberFormat: "d-mmm",
    });
    // Excel takes the 29 February 1900 it counts (serial 60) when it is typed.
    expect(parseTypedDate("29/2/1900", "vi", 2026)?.serial).toBe(60);
    expect(parseTypedDate("1900-02-29", "en", 2026)?.serial).toBe(60);
    expect(parseTypedDate("29/2/1901", "vi", 2026)).toBeNull();
    expect(parseTypedDate("0/1/1900", "vi", 2026)).toBeNull();
    // GUESS (see parseTypedDate): en-US "2/30" is February 1930.
    expect(parseTypedDate("2/30", "en", 2026)).toEqual({
      serial: serialOfDay(1930, 2, 1),
      numberFormat: "mmm-yy",
    });
  });
});

describe("formatDate / formatValue: how a date format shows a serial", () => {
  test.each([
    [DEC_9, "d-mmm", "en", "9-Dec"],
    [SEP_12, "d-mmm", "en", "12-Sep"],
    [DEC_9, "d-mmm", "vi", "9-Thg12"],
    [DEC_9, "m/d/yyyy", "vi", "09/12/2026"],
    [DEC_9, "m/d/yyyy", "en", "12/9/2026"],
    [DEC_9, "[$-42A]dd/mm/yyyy", "vi", "09/12/2026"],
    [DEC_9, "dd/mm/yyyy", "en", "09/12/2026"],
    [DEC_1, "mmm-yy", "en", "Dec-26"],
    [DEC_9, "d-mmm-yy", "en", "9-Dec-26"],
    [DEC_9, "dddd, mmmm d, yyyy", "en", "Wednesday, December 9, 2026"],
    [DEC_9 + 0.5, "h:mm AM/PM", "en", "12:00 PM"],
    [DEC_9 + 0.75 + 30 / 86400, "hh:mm:ss", "en", "18:00:30"],
    [176, "d-mmm", "en", "24-Jun"],
    // Excel's phantom leap day, its day 0, and weekdays one early before March 1900.
    [60, "dd/mm/yyyy", "vi", "29/02/1900"],
    [60, "m/d/yyyy", "en", "2/29/1900"],
    [59.5, "d-mmm h:mm", "en", "28-Feb 12:00"],
    [61, "dddd d mmmm yyyy", "en", "Thursday 1 March 1900"],
    [60, "dddd", "en", "Wednesday"],
    [1, "dddd d mmmm yyyy", "en", "Sunday 1 January 1900"],
    [0, "m/d/yyyy", "en", "1/0/1900"],
  ] as const)("%p as %p in %p → %p", (serial, code, locale, expected) => {
    expect(formatDate(serial, code, locale)).toBe(expected);
    expect(formatValue(serial, code, locale)).toBe(expected);
  });

  test("a negative date fills the cell with #, as Excel does; number formats are no dates", () => {
    expect(formatValue(-1, "d-mmm", "en")).toBe("########");
    expect(formatDate(5, "0.00", "en")).toBeNull();
    expect(formatDate(5, '0 "ngày"', "vi")).toBeNull();
    expect(formatDate(5, "General", "vi")).toBeNull();
  });
});

describe('CELL("format") of date and time formats (ECMA-376 Part 1 §18.17.7.34)', () => {
  test.each([
    // The standard's table.
    ["d-mmm-yy", "D1"],
    ["dd-mmm-yy", "D1"],
    ["d-mmm", "D2"],
    ["dd-mmm", "D2"],
    ["mmm-yy", "D3"],
    ["m/d/yy", "D4"],
    ["m/d/yy h:mm", "D4"],
    ["mm/dd/yy", "D4"],
    ["mm/dd", "D5"],
    ["h:mm:ss AM/PM", "D6"],
    ["h:mm AM/PM", "D7"],
    ["h:mm:ss", "D8"],
    ["h:mm", "D9"],
    // Outside the table (a guess by what they show); what typing makes.
    ["m/d/yyyy", "D4"],
    ["dd/mm/yyyy", "D4"],
    ["[$-42A]dd/mm/yyyy", "D4"],
    ["[$-409]m/d/yy h:mm AM/PM;@", "D4"],
  ])("%s → %s", (code, expected) => {
    expect(dateCellCode(code)).toBe(expected);
    expect(cellFormatCode(code)).toBe(expected);
  });

  test("number formats are not dates", () => {
    for (const code of ["General", "0", "#,##0", "0.00%", '0 "ngày"', "@"])
      expect(dateCellCode(code)).toBeNull();
    expect(cellFormatCode("0%")).toBe("P0");
    expect(cellFormatCode("0.00%")).toBe("P2");
    expect(cellFormatCode("0.00")).toBe("F2");
    expect(cellFormatCode("General")).toBe("G");
  });
});

describe("formatAfterTyping: the format a cell keeps or takes", () => {
  test.each([
    ["General", "d-mmm", "d-mmm"],
    ["General", "0%", "0%"],
    ["General", null, "General"],
    // A date keeps the cell's date format, and a plain number typed over a date stays a date.
    ["dd/mm/yyyy", "d-mmm", "dd/mm/yyyy"],
    ["d-mmm", null, "d-mmm"],
    // GUESS: a date typed over a number format shows as a date.
    ["#,##0", "d-mmm", "d-mmm"],
    ["0%", "0.00%", "0%"],
    ["#,##0", "0%", "#,##0"],
    ["@", "d-mmm", "@"],
  ] as const)("%p + %p → %p", (current, typed, expected) => {
    expect(formatAfterTyping(current, typed)).toBe(expected);
  });
});

describe("editText: what the cell editor shows for a date cell", () => {
  test("a date is edited as the system short date, so Enter keeps the same day", () => {
    const s = new WorkbookState({ locale: "vi" });
    const id = s.activeSheetId;
    s.typeInto("Sheet1", "A1", "9/12");
    const shown = editText(s.cell(id, 0, 0), "vi");
    expect(shown).toBe(`09/12/${new Date().getFullYear()}`);
    // Retyped as shown, it is the same serial (the cell keeps its d-mmm format).
    const before = s.value(id, 0, 0);
    s.typeInto("Sheet1", "A1", shown);
    expect(s.value(id, 0, 0)).toBe(before);
    expect(s.cell(id, 0, 0).numberFormat).toBe("d-mmm");
    s.setLocale("en");
    expect(editText(s.cell(id, 0, 0), "en")).toBe(`12/9/${new Date().getFullYear()}`);
  });
});

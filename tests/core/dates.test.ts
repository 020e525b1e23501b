/**
 * Works done typed as a fraction ("9/12", seed 001's "25/42 công trình") that Excel turned into a
 * date: 9 December in a vi-VN Excel (d/m), 12 September in an en-US one (m/d). The cell holds a
 * serial number with a date format; the reader must not take 46365 for nine works done.
 */
import {
  cellDate,
  dateFormatOf,
  dayOfSerial,
  isDateFormat,
  isoSerial,
  serialOfDay,
} from "../../src/core/dates";
import type { CellValue, Finding, TableRead } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { fixedCell } from "../../src/core/numbers";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

/** 9 December 2026 and 14, 12 September 2026 as Excel's serial numbers (1900 date system). */
const DEC_9 = 46365;
const SEP_14 = 46279;
const SEP_12 = 46277;

const HEAD = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ"];

/** One indicator row under HEAD, its cells' number formats by column (row 2 of the sheet). */
function read(
  cells: CellValue[],
  formats: Record<number, string>,
  options: { convention?: "vi" | "en"; isFormula?: (r: number, c: number) => boolean } = {},
): TableRead {
  const shown: (string | null)[][] = [[], cells.map((_, c) => formats[c] ?? null)];
  return readTable([HEAD, cells], {
    convention: options.convention ?? "vi",
    numberFormats: shown,
    ...(options.isFormula === undefined ? {} : { isFormula: options.isFormula }),
  });
}

function dates(r: TableRead): Finding[] {
  return r.findings.filter((f) => f.code === "date_in_figure_cell");
}

describe("which number formats are dates", () => {
  test.each([
    ["dd/mm/yyyy", "dm"],
    ["[$-42A]dd/mm/yyyy", "dm"],
    ["dd/mm/yy", "dm"],
    ["d/m/yyyy;@", "dm"],
    ["m/d/yyyy", "md"],
    ["mm-dd-yy", "md"],
    ["yyyy-mm-dd", "md"],
  ])("%s is a date with day and month in the order %s", (format, order) => {
    expect(dateFormatOf(format)).toMatchObject({ date: true, dayAndMonth: true, order });
  });

  test("the system short date (built-in 14, 22) is shown in the computer's order, whatever its code", () => {
    expect(dateFormatOf("mm-dd-yy")?.system).toBe(true);
    expect(dateFormatOf("m/d/yyyy")?.system).toBe(true);
    expect(dateFormatOf("m/d/yy h:mm")).toMatchObject({ system: true, date: true, time: true });
    expect(dateFormatOf("dd/mm/yyyy")?.system).toBe(false);
  });

  test("a month as a word has no numeric order: d-mmm (en-US Excel's '12-Sep'), mmm-yy has no day", () => {
    expect(dateFormatOf("d-mmm")).toMatchObject({
      date: true,
      dayAndMonth: true,
      order: null,
      monthName: true,
    });
    expect(dateFormatOf("mmm-yy")).toMatchObject({ date: true, dayAndMonth: false, order: null });
  });

  test.each(["h:mm", "h:mm:ss", "h:mm AM/PM", "h:mm:ss AM/PM", "[h]:mm:ss", "mm:ss", "mmss.0", "[mm]:ss"])(
    "%s is a time: m beside h or s is minutes",
    (format) => {
      expect(dateFormatOf(format)).toMatchObject({ date: false, time: true, dayAndMonth: false });
    },
  );

  test.each([
    "0.00",
    "#,##0",
    "0%",
    "0.00%",
    "General",
    "@",
    '#,##0 "ngày"',
    '0.0 "tỷ đồng"',
    "[Red]0.00",
    "[$-42A]#,##0",
    "[$₫-42A] #,##0",
    "#,##0\\ \\đ",
    "0.00E+00",
    '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)',
    "+0.00;-0.00;0.00",
  ])("%s is not a date", (format) => {
    expect(isDateFormat(format)).toBe(false);
  });

  test("serials and ISO dates: 46365 is 9 December 2026; serial 60 is Excel's 29 February 1900", () => {
    expect(cellDate(DEC_9)).toEqual({ year: 2026, month: 12, day: 9, minutes: 0 });
    expect(cellDate(SEP_14)).toMatchObject({ year: 2026, month: 9, day: 14 });
    expect(cellDate(1)).toMatchObject({ year: 1900, month: 1, day: 1 });
    expect(cellDate(60.5)).toEqual({ year: 1900, month: 2, day: 29, minutes: 720 });
    expect(cellDate(61)).toMatchObject({ year: 1900, month: 3, day: 1 });
    expect(cellDate(0.5)?.minutes).toBe(720);
    expect(cellDate(-1)).toBeNull();
    expect(cellDate(2_958_466)).toBeNull();
    expect(cellDate("2026-12-09")).toEqual({ year: 2026, month: 12, day: 9, minutes: null });
    expect(cellDate("1900-02-29")).toEqual({ year: 1900, month: 2, day: 29, minutes: null });
    expect(cellDate("2026-02-29")).toBeNull();
    expect(cellDate("9/12")).toBeNull();
    expect(isoSerial("2026-12-09")).toBe(DEC_9);
    expect(isoSerial("1900-02-29")).toBe(60);
    expect(isoSerial("1900-01-05")).toBe(5);
    expect(isoSerial("1899-12-31")).toBeNull();
  });
});

describe("Excel's 1900 date system: dayOfSerial and serialOfDay", () => {
  test("known days: 59 is 28 February 1900, 60 the 29th Excel counts, 61 1 March; 0 is '1/0/1900'", () => {
    expect(serialOfDay(2026, 12, 9)).toBe(DEC_9);
    expect(serialOfDay(2026, 9, 12)).toBe(SEP_12);
    expect([1, 59, 60, 61].map(dayOfSerial)).toEqual([
      { year: 1900, month: 1, day: 1 },
      { year: 1900, month: 2, day: 28 },
      { year: 1900, month: 2, day: 29 },
      { year: 1900, month: 3, day: 1 },
    ]);
    expect(dayOfSerial(0)).toEqual({ year: 1900, month: 1, day: 0 });
    expect(dayOfSerial(2_958_465.9)).toEqual({ year: 9999, month: 12, day: 31 });
    expect(dayOfSerial(2_958_466)).toBeNull();
    expect(dayOfSerial(-0.5)).toBeNull();
    expect(dayOfSerial(Number.NaN)).toBeNull();
  });

  test("days Excel has not are null: 29 February of a common year, 31 April, before 1900, after 9999", () => {
    expect(serialOfDay(1900, 2, 29)).toBe(60);
    expect(serialOfDay(1901, 2, 29)).toBeNull();
    expect(serialOfDay(2026, 4, 31)).toBeNull();
    expect(serialOfDay(2026, 13, 1)).toBeNull();
    expect(serialOfDay(1899, 12, 31)).toBeNull();
    expect(serialOfDay(10000, 1, 1)).toBeNull();
  });

  test("every serial from 0 to 31/12/9999 round-trips through its day", () => {
    for (let s = 0; s <= 2_958_465; s += s < 400 ? 1 : 997) {
      const day = dayOfSerial(s)!;
      expect(serialOfDay(day.year, day.month, day.day)).toBe(s);
    }
  });
});

describe("a date in a figure cell is no figure", () => {
  const WORKS = [1, "Công trình trọng điểm hoàn thành", "công trình", 12, DEC_9, 7];

  test("vi-VN: '9/12' became 09/12/2026 in dd/mm/yyyy: an error, no actual, a fix writing 9", () => {
    const r = read(WORKS, { 4: "dd/mm/yyyy" });
    const row = r.table.groups[0]!.rows[0]!;
    expect(row.actual).toBeNull();
    expect(dates(r).map((f) => [f.severity, f.cell?.address, f.fix?.value])).toEqual([["error", "E2", 9]]);
    const f = dates(r)[0]!;
    expect(f.message.vi).toBe(
      'Ô E2 (Thực hiện của "Công trình trọng điểm hoàn thành") chứa ngày 09/12/2026 (ngày/tháng, theo định dạng của ô), ' +
        "không phải số: có thể bạn đã gõ phân số 9/12 và Excel đã đổi thành ngày. " +
        "Hãy gõ số đã thực hiện (9), hoặc gõ '9/12 để giữ dạng phân số. Bấm Sửa để ghi số 9.",
    );
    expect(f.message.en).toBe(
      'Cell E2 (Actual of "Công trình trọng điểm hoàn thành") holds the date 09/12/2026 (day/month, as the cell\'s format shows it), ' +
        "not a number: you may have typed the fraction 9/12 and Excel turned it into a date. " +
        "Type the number done (9), or type '9/12 to keep it as a fraction. Click Fix to write the number 9.",
    );
    expect(f.message.vi.match(/E2/g)).toEqual(["E2"]);
    expect(f.fix?.description.vi).toBe("Ghi số 9 vào ô");
  });

  test("the verdict is as for an actual that cannot be read: Chưa có số liệu, nothing computed", () => {
    const dated = checkTable(read(WORKS, { 4: "dd/mm/yyyy" }), DEFAULT_SETTINGS);
    const words = checkTable(read([...WORKS.slice(0, 4), "chín", 7], {}), DEFAULT_SETTINGS);
    const result = dated.results.get(1)!;
    expect(result.verdict).toBe("chua_co_so_lieu");
    expect([result.pctPlan, result.pctPrior, result.changePct]).toEqual([null, null, null]);
    expect(result.verdict).toBe(words.results.get(1)!.verdict);
  });

  test("the locale's variant [$-42A]dd/mm/yyyy reads the same, and so does the CLI's '2026-12-09'", () => {
    expect(dates(read(WORKS, { 4: "[$-42A]dd/mm/yyyy" }))[0]?.fix?.value).toBe(9);
    const cli = read([...WORKS.slice(0, 4), "2026-12-09", 7], { 4: "dd/mm/yyyy" });
    expect(cli.table.groups[0]!.rows[0]!.actual).toBeNull();
    expect(dates(cli)[0]?.message.vi).toContain("chứa ngày 09/12/2026");
  });

  test("serial 60, Excel's 29 February 1900, is a date all the same: said as Excel shows it, no figure", () => {
    for (const held of [60, "1900-02-29"]) {
      const r = read([...WORKS.slice(0, 4), held, 7], { 4: "dd/mm/yyyy" });
      expect(r.table.groups[0]!.rows[0]!.actual).toBeNull();
      expect(dates(r).map((f) => f.cell?.address)).toEqual(["E2"]);
      expect(dates(r)[0]?.message.vi).toContain("chứa ngày 29/02/1900");
    }
  });

  test("en-US: '9/14' became 14 September in m/d/yyyy: read month first, 9 of 14, in the table's en convention", () => {
    const r = read(
      [1, "Communes meeting new-rural standards", "xã", 14, SEP_14, 6],
      { 4: "m/d/yyyy" },
      { convention: "en" },
    );
    const f = dates(r)[0]!;
    expect(f.fix?.value).toBe(9);
    expect(f.message.en).toContain(
      "holds the date 09/14/2026 (read as month/day, the number convention in use",
    );
    expect(f.message.en).toContain("you may have typed the fraction 9/14");
  });

  test("built-in 14 in a vi-VN table: the format's code says m/d, the order shown is the locale's d/m", () => {
    const f = dates(read(WORKS, { 4: "m/d/yyyy" }))[0]!;
    expect(f.fix?.value).toBe(9);
    expect(f.message.vi).toContain("chứa ngày 09/12/2026 (đọc theo ngày/tháng của quy ước số đang dùng");
  });

  test("en-US Excel's d-mmm ('12-Sep' for a typed 9/12): the month word says nothing of the order; en reads 9/12", () => {
    const r = read([1, "Works completed", "công trình", 12, SEP_12, 7], { 4: "d-mmm" }, { convention: "en" });
    expect(dates(r)[0]?.fix?.value).toBe(9);
    expect(dates(r)[0]?.message.en).toContain("the fraction 9/12");
  });

  test("a date in the plan or the prior year is said, with no fix: a fraction is works done, not a plan", () => {
    const r = read([1, "Công trình trọng điểm hoàn thành", "công trình", DEC_9, 9, DEC_9], {
      3: "dd/mm/yyyy",
      5: "dd/mm/yy",
    });
    const row = r.table.groups[0]!.rows[0]!;
    expect([row.target, row.actual, row.prior]).toEqual([null, 9, null]);
    expect(dates(r).map((f) => [f.cell?.address, f.column, f.fix])).toEqual([
      ["D2", "plan", null],
      ["F2", "prior", null],
    ]);
    expect(dates(r)[0]?.message.vi).not.toContain("Bấm Sửa");
  });

  test("no fix over a formula, nor on a % row (a rate is not a count done)", () => {
    const formula = read(WORKS, { 4: "dd/mm/yyyy" }, { isFormula: (r, c) => r === 1 && c === 4 });
    expect(dates(formula)[0]?.fix).toBeNull();
    expect(dates(formula)[0]?.message.vi).toContain("Ô có công thức nên chitieu không ghi đè.");
    const rate = read([1, "Tỷ lệ xã đạt chuẩn", "%", 80, DEC_9, 70], { 4: "dd/mm/yyyy" });
    expect(dates(rate)[0]?.fix).toBeNull();
    expect(rate.table.groups[0]!.rows[0]!.actual).toBeNull();
  });

  test("a time (h:mm) is said as a time, with no fraction guessed", () => {
    const r = read([1, "Công trình trọng điểm hoàn thành", "công trình", 12, 0.3958333333, 7], { 4: "h:mm" });
    const f = dates(r)[0]!;
    expect(f.message.vi).toContain(
      "chứa giờ 09:30, không phải số: Excel đã đổi số liệu được gõ thành ngày giờ.",
    );
    expect(f.fix).toBeNull();
  });

  test("percent and number formats are figures as before: 75% is 75, 46.365 in #,##0 is 46 365", () => {
    const pct = read([1, "Tỷ lệ xã đạt chuẩn", "%", 80, 0.75, 70], { 4: "0.00%" });
    expect(pct.table.groups[0]!.rows[0]!.actual).toBe(75);
    const count = read([1, "Lao động có việc làm", "lao động", 45000, DEC_9, 44000], { 4: "#,##0" });
    expect(count.table.groups[0]!.rows[0]!.actual).toBe(DEC_9);
    expect([...dates(pct), ...dates(count)]).toEqual([]);
  });

  test("'9/12' kept as text (typed '9/12) is still the fraction read as 9 done", () => {
    const r = read([1, "Công trình trọng điểm hoàn thành", "công trình", 12, "9/12", 7], { 4: "@" });
    expect(r.table.groups[0]!.rows[0]!.actual).toBe(9);
    expect(r.findings.map((f) => f.code)).toEqual(["fraction_as_actual"]);
  });
});

describe("the fix writes the count in a number format, not the cell's date format", () => {
  test("the column's look when its numbers have one, else General: 9 never shows as 09/01/1900", () => {
    const column = [
      { value: 1200, format: "#,##0" },
      { value: DEC_9, format: "dd/mm/yyyy" },
      { value: 1335, format: "#,##0" },
    ];
    expect(fixedCell(9, "dd/mm/yyyy", column)).toEqual({ value: 9, numberFormat: "#,##0" });
    expect(fixedCell(9, "m/d/yyyy", [])).toEqual({ value: 9, numberFormat: "General" });
    expect(fixedCell(9, "0", column)).toEqual({ value: 9, numberFormat: null });
  });
});

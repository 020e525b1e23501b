/**
 * AUDIT3 F5: a hidden column is read as the person does not see it. When a hidden column and a
 * visible one compete for a role (a hidden "TH 6 tháng" beside "TH năm 2025"), the visible one is
 * read, the period comes from what is shown, and an info names the column left out; a hidden column
 * that is the only one of its kind is still read, and said.
 */
import type { CellValue } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { readTable } from "../../src/core/table";
import { checkTable } from "../../src/core/rules";

const settings = { ...DEFAULT_SETTINGS, convention: "vi" as const };

/** T12: E "TH 6 tháng" hidden; visible KH năm 2025, TH năm 2025, TH năm 2024. */
const t12: CellValue[][] = [
  ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2025", "TH 6 tháng", "TH năm 2025", "TH năm 2024"],
  [1, "Kim ngạch xuất khẩu", "triệu USD", 140, 75, 150, 130],
  [2, "GRDP bình quân đầu người", "triệu đồng", 106, 50, 103, 98.93],
  [3, "Tỷ lệ che phủ rừng", "%", 45, 45, 46, 45.5],
];
const hiddenE = [false, false, false, false, true, false, false];

describe("hidden columns (AUDIT3 F5)", () => {
  test("T12: the visible 'TH năm 2025' is Thực hiện, the table is a year's, 2/3; an info names E", () => {
    const read = readTable(t12, { convention: "vi", hiddenColumns: hiddenE });
    expect(read.layout.columns.actual).toBe(5);
    expect(read.layout.columns.prior).toBe(6);
    expect(read.table.period).toBe("nam");
    const check = checkTable(read, settings);
    const rows = read.table.groups.flatMap((g) => g.rows);
    const r = (i: number) => check.results.get(rows[i]!.sheetRow)!;
    // 150 / 140 = 107,14 % Vượt, / 130 = 115,38 %; 103 / 106 = 97,17 % Không đạt, / 98,93 = 104,11 %.
    expect(r(0).pctPlan).toBeCloseTo(107.142857, 5);
    expect(r(0).pctPrior).toBeCloseTo(115.384615, 5);
    expect(r(0).verdict).toBe("vuot");
    expect(r(1).pctPlan).toBeCloseTo(97.169811, 5);
    expect(r(1).pctPrior).toBeCloseTo(104.11402, 5);
    expect(r(1).verdict).toBe("khong_dat");
    // Forest cover 46 against 45: +1 điểm, Vượt.
    expect(r(2).diffPoints).toBeCloseTo(1, 12);
    expect(r(2).verdict).toBe("vuot");
    expect(`${check.summary.reached}/${check.summary.total}`).toBe("2/3");
    const info = check.findings.filter((f) => f.code === "hidden_column_ignored");
    expect(info).toHaveLength(1);
    expect(info[0]!.severity).toBe("info");
    expect(info[0]!.cell?.address).toBe("E1");
    expect(info[0]!.message.vi).toBe(
      'Cột E ("TH 6 tháng") đang bị ẩn; cột F ("TH năm 2025") đang hiện cũng là cột Thực hiện, ' +
        "nên cột F được đọc và cột ẩn E bị bỏ qua.",
    );
    expect(info[0]!.message.en).toContain('Column E ("TH 6 tháng") is hidden');
    // F is not said to be a second Thực hiện column: nothing competes with it once E is left out.
    expect(check.findings.filter((f) => f.code === "duplicate_header")).toEqual([]);
  });

  test("without the hidden state (as before), the first 'Thực hiện' header wins: the reader's old reading", () => {
    const read = readTable(t12, { convention: "vi" });
    expect(read.layout.columns.actual).toBe(4);
  });

  test("a hidden column that is the only Thực hiện column is still read, and an info says so", () => {
    const grid = t12.map((r) => [...r.slice(0, 4), r[5]!, r[6]!]);
    const hidden = [false, false, false, false, true, false];
    const check = checkTable(readTable(grid, { convention: "vi", hiddenColumns: hidden }), settings);
    expect(check.read.layout.columns.actual).toBe(4);
    expect(`${check.summary.reached}/${check.summary.total}`).toBe("2/3");
    const info = check.findings.filter((f) => f.code === "hidden_column_read");
    expect(info.map((f) => f.message.vi)).toEqual([
      'Cột E ("TH năm 2025") đang bị ẩn nhưng là cột Thực hiện duy nhất, nên vẫn được đọc.',
    ]);
  });

  test("a hidden Ghi chú or computed column is not said: it changes no figure", () => {
    const grid = t12.map((r, i) => [
      ...r.slice(0, 4),
      r[5]!,
      r[6]!,
      i === 0 ? "Ghi chú" : null,
      i === 0 ? "% KH" : null,
    ]);
    const hidden = [false, false, false, false, false, false, true, true];
    const read = readTable(grid, { convention: "vi", hiddenColumns: hidden });
    expect(read.layout.columns.note).toBe(6);
    expect(read.findings.filter((f) => f.code.startsWith("hidden_column"))).toEqual([]);
  });
});

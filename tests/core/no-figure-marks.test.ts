/** "-", "—" and "…" are how statistical tables print a figure not given, in any figure column. */
import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

test("'-' in Kế hoạch is no plan (reported, not judged), not an unreadable plan; '…' is no figure", () => {
  const grid: CellValue[][] = [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
    [1, "Thu ngân sách", "tỷ đồng", "-", 562, 472],
    [2, "Số chợ", "chợ", 3, "…", 2],
    [3, "Tỷ lệ hộ nghèo", "%", 4, 3.6, "..."],
  ];
  const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
  const rows = check.read.table.groups.flatMap((g) => g.rows);
  expect(rows.map((r) => [r.target, r.actual, r.prior])).toEqual([
    [null, 562, 472],
    [{ kind: "value", value: 3 }, null, 2],
    [{ kind: "value", value: 4 }, 3.6, null],
  ]);
  // 562 / 472 = 119,07 % of the prior year, reported without a plan; the market: no data.
  expect(rows.map((r) => check.results.get(r.sheetRow)!.verdict)).toEqual([
    "khong_giao_ke_hoach",
    "chua_co_so_lieu",
    "vuot",
  ]);
  const codes = check.findings.map((f) => f.code);
  expect(codes).not.toContain("unreadable_target");
  expect(codes).not.toContain("not_a_number");
});

test("a lone 'x' / 'X' (not applicable, as statistics tables print it) is no figure in Kế hoạch, Thực hiện and Cùng kỳ", () => {
  const grid: CellValue[][] = [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
    [1, "Thu ngân sách", "tỷ đồng", "x", 562, 472],
    [2, "Số chợ", "chợ", 3, " X ", 2],
    [3, "Tỷ lệ hộ nghèo", "%", 4, 3.6, "x"],
    [4, "Hoàn thành quy hoạch chung", "", "hoàn thành", "x", null],
  ];
  const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
  const rows = check.read.table.groups.flatMap((g) => g.rows);
  expect(rows.slice(0, 3).map((r) => [r.target, r.actual, r.prior])).toEqual([
    [null, 562, 472],
    [{ kind: "value", value: 3 }, null, 2],
    [{ kind: "value", value: 4 }, 3.6, null],
  ]);
  // A yes/no row still reads "x" in Thực hiện as a tick.
  expect(rows[3]!.actualYesNo).toBe("yes");
  expect(rows.map((r) => check.results.get(r.sheetRow)!.verdict)).toEqual([
    "khong_giao_ke_hoach",
    "chua_co_so_lieu",
    "vuot",
    "dat",
  ]);
  const codes = check.findings.map((f) => f.code);
  expect(codes).not.toContain("unreadable_target");
  expect(codes).not.toContain("not_a_number");
});

/**
 * Group and label rows as offices number them: Arabic groups whose rows carry the group's number
 * ("1 | Kinh tế" over "1.1", "1.2"), and a parent line over lettered parts ("1.2 | Giá trị sản xuất"
 * over "a | Nông nghiệp", "b | Công nghiệp"). Neither is an indicator without data.
 */
import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

const HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ"];
const GRID: CellValue[][] = [
  HEADER,
  [1, "Kinh tế"],
  ["1.1", "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160],
  ["1.2", "Giá trị sản xuất", null, null, null, null],
  ["a", "Nông nghiệp", "tỷ đồng", 1250, 1190, 1230],
  ["b", "Công nghiệp", "tỷ đồng", 6500, 6794.12, 6392.6],
  ["2.", "Văn hóa - xã hội"],
  ["2.1", "Tỷ lệ hộ nghèo", "%", "dưới 1%", 0.85, 1.2],
  ["2.2", "Giải quyết việc làm", "lao động", 3000, 2900, 2980],
];

test("'1 | Kinh tế' and '2. | Văn hóa - xã hội' over 1.1, 2.1… are groups; the parent of a, b is neither", () => {
  const check = checkTable(readTable(GRID, { convention: "vi" }), DEFAULT_SETTINGS);
  const groups = check.read.table.groups.map((g) => [g.stt, g.name, g.rows.map((r) => r.stt)]);
  expect(groups).toEqual([
    ["1", "Kinh tế", ["1.1", "a", "b"]],
    ["2", "Văn hóa - xã hội", ["2.1", "2.2"]],
  ]);
  // By hand: 176/150 Vượt, 1 190/1 250 = 95,2 % Không đạt, 6 794,12/6 500 Vượt; 0,85 < 1 Vượt,
  // 2 900/3 000 Không đạt: 2/3 and 1/2, 3/5 overall, nothing without data, no missing unit or plan.
  expect(check.summary.groups.map((g) => [g.reached, g.total, g.noData])).toEqual([
    [2, 3, 0],
    [1, 2, 0],
  ]);
  expect([check.summary.reached, check.summary.total, check.summary.noData]).toEqual([3, 5, 0]);
  expect(check.findings.filter((f) => f.code === "missing_unit" || f.code === "missing_plan")).toEqual([]);
});

test("a numbered row with no figures yet, over another numbered row, is still an indicator without data", () => {
  const grid: CellValue[][] = [
    HEADER,
    [1, "Doanh nghiệp thành lập mới", null, null, null, null],
    [2, "Thu ngân sách", "tỷ đồng", 329, 562, 472],
  ];
  const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
  expect(check.read.table.groups.flatMap((g) => g.rows.map((r) => r.stt))).toEqual(["1", "2"]);
  expect(check.summary.noData).toBe(1);
});

test("inside a Roman group, '2 | Giá trị sản xuất' over 2.1, 2.2 is a parent line: group I keeps its later rows", () => {
  const grid: CellValue[][] = [
    HEADER,
    ["I", "KINH TẾ"],
    [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160],
    [2, "Giá trị sản xuất"],
    ["2.1", "Nông nghiệp", "tỷ đồng", 1250, 1190, 1230],
    ["2.2", "Công nghiệp", "tỷ đồng", 6500, 6794.12, 6392.6],
    [3, "Thu ngân sách", "tỷ đồng", 329, 562, 472],
    ["II", "VĂN HÓA - XÃ HỘI"],
    [1, "Tỷ lệ hộ nghèo", "%", "dưới 1%", 0.85, 1.2],
  ];
  const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
  expect(check.read.table.groups.map((g) => [g.stt, g.rows.map((r) => r.stt)])).toEqual([
    ["I", ["1", "2.1", "2.2", "3"]],
    ["II", ["1"]],
  ]);
  expect(check.summary.groups.map((g) => [g.reached, g.total, g.noData])).toEqual([
    [3, 4, 0],
    [1, 1, 0],
  ]);
});

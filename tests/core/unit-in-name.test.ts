import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { unitInName } from "../../src/core/unit-in-name";

describe("the unit written in the name when the table has no ĐVT column (AUDIT3 F6)", () => {
  test.each([
    ["Tổng vốn đầu tư (tỷ đồng)", "tỷ đồng"],
    ["Thu nhập bình quân đầu người (triệu đồng/người/năm)", "triệu đồng/người/năm"],
    ["Tỷ lệ đô thị hóa (%)", "%"],
    ["Số doanh nghiệp thành lập mới (doanh nghiệp)", "doanh nghiệp"],
    ["Giải quyết việc làm (lao động)", "lao động"],
    ["Tỷ lệ hộ nghèo (theo chuẩn mới)", ""],
    ["Tổng doanh thu (ước)", ""],
    ["Kết nạp đảng viên (Nghị quyết 15)", ""],
    ["Sản lượng lúa", ""],
  ])("%s → %p", (name, unit) => {
    expect(unitInName(name)).toBe(unit);
  });

  const grid: CellValue[][] = [
    ["CHỈ TIÊU NĂM 2025"],
    [],
    ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
    [1, "Tổng vốn đầu tư (tỷ đồng)", 2500, 2600, 2300],
    [2, "Tỷ lệ đô thị hóa (%)", 45, 46.2, 43],
    [3, "Tỷ lệ lao động qua đào tạo (%)", 60, 59.5, 57],
  ];

  test("a % in the name makes a rate, judged in điểm %: 46,2 against 45 is +1,2 điểm, 59,5 against 60 Không đạt", () => {
    const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
    const rows = check.read.table.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => [r.unit, r.kind])).toEqual([
      ["tỷ đồng", "quantity"],
      ["%", "rate"],
      ["%", "rate"],
    ]);
    expect(check.results.get(rows[1]!.sheetRow)!.diffPoints).toBeCloseTo(1.2, 9);
    expect(check.results.get(rows[1]!.sheetRow)!.verdict).toBe("vuot");
    expect(check.results.get(rows[2]!.sheetRow)!.diffPoints).toBeCloseTo(-0.5, 9);
    expect(check.results.get(rows[0]!.sheetRow)!.pctPlan).toBeCloseTo(104, 9);
    // Every row has its unit: no "Bảng chưa có cột Đơn vị tính".
    expect(check.findings.map((f) => f.code)).not.toContain("missing_unit");
  });

  test("a table with a ĐVT column keeps its cells: an empty one is still reported", () => {
    const withUnit: CellValue[][] = [
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
      [1, "Tổng vốn đầu tư (tỷ đồng)", null, 2500, 2600],
    ];
    const check = checkTable(readTable(withUnit, { convention: "vi" }), DEFAULT_SETTINGS);
    expect(check.read.table.groups[0]!.rows[0]!.unit).toBe("");
    expect(check.findings.map((f) => f.code)).toContain("missing_unit");
  });
});

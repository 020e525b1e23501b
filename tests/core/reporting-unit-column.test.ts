import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

describe("a table by commune: 'Đơn vị' names the commune when 'ĐVT' is also there (AUDIT3 F9)", () => {
  test("Đơn vị | ĐVT | Dự toán | Thực hiện | Cùng kỳ is read: An Hiệp 110 %, Tân Thạch 95 %, Phú Túc 100 %", () => {
    const grid: CellValue[][] = [
      ["THU NGÂN SÁCH CÁC XÃ NĂM 2025"],
      [],
      ["STT", "Đơn vị", "ĐVT", "Dự toán", "Thực hiện", "Cùng kỳ"],
      [1, "Thu ngân sách xã An Hiệp", "tỷ đồng", 10, 11, 9],
      [2, "Thu ngân sách xã Tân Thạch", "tỷ đồng", 12, 11.4, 11],
      [3, "Thu ngân sách xã Phú Túc", "tỷ đồng", 8, 8, 7],
    ];
    const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
    const rows = check.read.table.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => [r.name, r.unit])).toEqual([
      ["Thu ngân sách xã An Hiệp", "tỷ đồng"],
      ["Thu ngân sách xã Tân Thạch", "tỷ đồng"],
      ["Thu ngân sách xã Phú Túc", "tỷ đồng"],
    ]);
    const results = rows.map((r) => check.results.get(r.sheetRow)!);
    expect(results.map((r) => r.pctPlan)).toEqual(
      [110.00000000000001, 95, 100].map((v) => expect.closeTo(v, 9)),
    );
    expect(results.map((r) => r.verdict)).toEqual(["vuot", "khong_dat", "dat"]);
    // Neither header is "read twice": no duplicate_header warning.
    expect(check.findings.map((f) => f.code)).not.toContain("duplicate_header");
  });

  test("with a Chỉ tiêu column, 'Đơn vị' and 'ĐVT' stay what they were: the first unit column is read", () => {
    const grid: CellValue[][] = [
      ["STT", "Chỉ tiêu", "Đơn vị", "ĐVT", "Kế hoạch", "Thực hiện"],
      [1, "Thu ngân sách", "tỷ đồng", "tỷ", 10, 11],
    ];
    const read = readTable(grid, { convention: "vi" });
    expect(read.table.groups[0]!.rows[0]!.unit).toBe("tỷ đồng");
  });
});

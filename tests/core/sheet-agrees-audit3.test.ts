/**
 * Tính toán's sheet against core on two office tables from the third new-user audit (AUDIT3 F1,
 * F3): the plan's formulas placed in the sheet and computed by HyperFormula must give what Kiểm
 * tra says for the same table.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { computeRow, verdictLabel } from "../../src/core/compute";
import { DEFAULT_SETTINGS, type CellValue, type ComputePlan } from "../../src/core/model";
import { computePlan } from "../../src/core/plan";
import { readTable } from "../../src/core/table";
import { cellFormatConfig } from "../../src/workbench/engine";

/**
 * The grid with the plan's blocks and summary written in, then `retyped` cells ([row, col, value],
 * 0-based) typed over after Tính toán, computed; values by sheet row and column (0-based).
 */
function computed(
  grid: CellValue[][],
  retyped: [number, number, RawCellContent][] = [],
): { plan: ComputePlan; at: (row: number, col: number) => unknown } {
  const read = readTable(grid, { convention: "vi" });
  const plan = computePlan(read, DEFAULT_SETTINGS);
  // A leading apostrophe keeps text as text, as typed in Excel.
  const sheet: RawCellContent[][] = grid.map((r) => r.map((v) => (typeof v === "string" ? `'${v}` : v)));
  for (const block of plan.blocks)
    block.contents.forEach((line, dr) =>
      line.forEach((content, dc) => {
        (sheet[block.row + dr] ??= [])[block.col + dc] = content;
      }),
    );
  (sheet[plan.summary.row] ??= [])[plan.summary.col] = plan.summary.formula;
  for (const [r, c, v] of retyped) (sheet[r] ??= [])[c] = v;
  // HyperFormula wants no holes: the rows between the table and the summary line are empty.
  const dense = Array.from(sheet, (r) => Array.from(r ?? [], (v) => v ?? null));
  const hf = HyperFormula.buildFromArray(dense, {
    ...cellFormatConfig(() => "General"),
    licenseKey: "gpl-v3",
    smartRounding: false,
  });
  return { plan, at: (row, col) => hf.getCellValue({ sheet: 0, row, col }) };
}

describe("the sheet agrees with core on office tables (audit 3)", () => {
  test("no Kế hoạch column (only Phấn đấu): Không giao kế hoạch and 0/0 in the sheet as in core, never Vượt against 0", () => {
    // Seed 002's budget: phấn đấu 5.000 tỷ, spending 10.312,096; the third row has no stretch either.
    const grid: CellValue[][] = [
      ["STT", "Chỉ tiêu", "ĐVT", "Phấn đấu", "Thực hiện", "Cùng kỳ"],
      [1, "Thu ngân sách nhà nước", "tỷ đồng", 5000, 4950, 4600],
      [2, "Chi ngân sách địa phương", "tỷ đồng", 10312.096, 10200, 9800],
      [3, "Thu tiền sử dụng đất", "tỷ đồng", null, 90, 95],
    ];
    const { plan, at } = computed(grid);
    const read = readTable(grid, { convention: "vi" });
    const rows = read.table.groups.flatMap((g) => g.rows);
    for (const row of rows) {
      expect(computeRow(row, DEFAULT_SETTINGS).verdict).toBe("khong_giao_ke_hoach");
      expect(at(row.sheetRow, plan.columns.verdict!)).toBe("Không giao kế hoạch");
      expect(at(row.sheetRow, plan.columns.pctPlan!)).toBe("—");
    }
    // % Phấn đấu is still computed: 4 950 / 5 000 = 99 %.
    expect(at(1, plan.columns.pctStretch!)).toBeCloseTo(0.99, 12);
    expect(at(plan.summary.row, plan.summary.col)).toBe("Đạt và vượt 0/0 chỉ tiêu");
  });

  test("figures typed as text ('6.794,12', '18.500', '3,5%') are judged in the sheet as core reads them, not 'Chưa có số liệu'", () => {
    const grid: CellValue[][] = [
      ["STT", "Chỉ tiêu", "ĐVT", "KH", "TH", "CK"],
      [1, "Giá trị sản xuất công nghiệp – xây dựng", "tỷ đồng", "7.000", "6.794,12", "6.392,4"],
      [2, "Tỷ lệ hộ nghèo", "%", 4, "3,5%", "4,2%"],
      [3, "Số lao động được giải quyết việc làm", "lao động", 18000, "18.500", 17200],
    ];
    const { plan, at } = computed(grid);
    const c = plan.columns;
    // By hand: 6 794,12 / 7 000 = 97,06 % (Không đạt), / 6 392,4 = 106,28 %.
    expect(at(1, c.pctPlan!)).toBeCloseTo(6794.12 / 7000, 12);
    expect(at(1, c.pctPrior!)).toBeCloseTo(6794.12 / 6392.4, 12);
    expect(at(1, c.changePct!)).toBeCloseTo(6794.12 / 6392.4 - 1, 12);
    expect(at(1, c.verdict!)).toBe("Không đạt");
    // Poor households, lower is better: 3,5 against 4 is −0,5 điểm, Vượt; 3,5 / 4,2 = 83,33 %.
    expect(at(2, c.diffPoints!)).toBeCloseTo(-0.5, 12);
    expect(at(2, c.pctPrior!)).toBeCloseTo(3.5 / 4.2, 12);
    expect(at(2, c.verdict!)).toBe("Vượt");
    // 18 500 / 18 000 = 102,78 %, Vượt.
    expect(at(3, c.pctPlan!)).toBeCloseTo(18500 / 18000, 12);
    expect(at(3, c.verdict!)).toBe("Vượt");
    expect(at(plan.summary.row, plan.summary.col)).toBe("Đạt và vượt 2/3 chỉ tiêu");
    // And core says the same row by row.
    const rows = readTable(grid, { convention: "vi" }).table.groups.flatMap((g) => g.rows);
    for (const row of rows)
      expect(at(row.sheetRow, c.verdict!)).toBe(
        verdictLabel(computeRow(row, DEFAULT_SETTINGS).verdict, "vi"),
      );
  });

  test("the text held since Tính toán replaced by a number is read live; other text typed there is no figure", () => {
    const grid: CellValue[][] = [
      ["STT", "Chỉ tiêu", "ĐVT", "KH", "TH", "CK"],
      [1, "Số lao động được giải quyết việc làm", "lao động", 18000, "18.500", 17200],
    ];
    // Column E (4) holds Thực hiện; at Tính toán it held the text "18.500".
    const value = (th: RawCellContent): unknown => {
      const { plan, at } = computed(grid, [[1, 4, th]]);
      return at(1, plan.columns.pctPlan!);
    };
    expect(value("'18.500")).toBeCloseTo(18500 / 18000, 12);
    expect(value(9000)).toBeCloseTo(0.5, 12);
    expect(value("'19.000")).toBe("—");
  });

  test("a plan of 'Giảm 0,5 điểm %' on Cùng kỳ 3,2 is 2,7 in the sheet as in core: 2,6 Vượt, chênh lệch −0,1 điểm", () => {
    const grid: CellValue[][] = [
      ["TT", "Nội dung chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ", "Ước TH năm 2025", "TH cùng kỳ"],
      [1, "Tỷ lệ hộ nghèo", "%", "Giảm 0,5 điểm %", 2.6, 3.2],
      [2, "Tỷ lệ hộ cận nghèo", "%", "giảm 0,5 điểm %", 3, 3.2],
    ];
    const { plan, at } = computed(grid);
    expect(at(1, plan.columns.diffPoints!)).toBeCloseTo(-0.1, 12);
    expect(at(1, plan.columns.pctPlan!)).toBeCloseTo(2.6 / 2.7, 12);
    expect(at(1, plan.columns.verdict!)).toBe("Vượt");
    expect(at(2, plan.columns.verdict!)).toBe("Không đạt");
    // Cùng kỳ retyped after Tính toán moves the plan with it: 3,6 → KH 3,1, and 3 is Vượt.
    const moved = computed(grid, [[2, 5, 3.6]]);
    expect(moved.at(2, moved.plan.columns.verdict!)).toBe("Vượt");
    const rows = readTable(grid, { convention: "vi" }).table.groups.flatMap((g) => g.rows);
    for (const row of rows)
      expect(at(row.sheetRow, plan.columns.verdict!)).toBe(
        verdictLabel(computeRow(row, DEFAULT_SETTINGS).verdict, "vi"),
      );
  });
});

import { chartSheetName, chartSpecs } from "../../src/core/charts";
import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

const grid: CellValue[][] = [
  ["KẾT QUẢ CHỈ TIÊU 2021"],
  [],
  ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
  ["I", "Kinh tế"],
  [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160],
  [2, "Thu ngân sách", "tỷ đồng", 328, 562, 472],
  [3, "Hộ chuyển lên doanh nghiệp", "doanh nghiệp", 30, 35, 28],
  ["II", "Xã hội"],
  [1, "Tỷ lệ hộ nghèo", "%", "dưới 4", 3.2, 4.5],
];

function specs(rows?: number[]) {
  const read = readTable(grid, { convention: "vi" });
  const check = checkTable(read, DEFAULT_SETTINGS);
  return chartSpecs(check, read.layout, "Chỉ tiêu 2021", rows ? { rows } : {});
}

describe("chartSpecs", () => {
  test("the chart sheet is named after its source, under 32 characters", () => {
    expect(specs().name).toBe("Biểu đồ Chỉ tiêu 2021");
    expect(chartSheetName("x".repeat(40)).length).toBeLessThan(32);
  });

  test("plan vs actual vs prior: one chart per unit, plan as an outline, prior grey", () => {
    const s = specs();
    const perUnit = s.charts.filter((c) => c.kind === "planActualPrior");
    expect(perUnit.map((c) => c.valueAxisTitle)).toEqual(["doanh nghiệp", "tỷ đồng", "%"]);
    const dn = perUnit[0];
    expect(dn?.series.map((x) => x.role)).toEqual(["plan", "actual", "prior"]);
    expect(dn?.series[0]?.fill).toBeNull();
    expect(dn?.series[0]?.line).not.toBeNull();
    // both "doanh nghiệp" rows sit together, so the chart's ranges are contiguous
    expect(dn?.categories).toMatch(/^A\d+:A\d+$/);
  });

  test("data cells are formulas pointing at the source table (charts follow edits)", () => {
    const cells = specs().blocks.flatMap((b) => b.contents.flat());
    expect(cells).toContain("=IF(ISNUMBER('Chỉ tiêu 2021'!$E$5),'Chỉ tiêu 2021'!$E$5,176)");
    // a text target ("dưới 4") is charted at its bound
    expect(cells).toContain("=IF(ISNUMBER('Chỉ tiêu 2021'!$D$9),'Chỉ tiêu 2021'!$D$9,4)");
  });

  test("% of plan: horizontal bars with a 100 % line from a helper column of 1s", () => {
    const pct = specs().charts.find((c) => c.kind === "pctPlan");
    expect(pct?.type).toBe("BarClustered");
    expect(pct?.series[1]).toMatchObject({ role: "hundred", chartType: "Line" });
  });

  test("verdict counts per group as stacked columns in verdict colours", () => {
    const v = specs().charts.find((c) => c.kind === "verdicts");
    expect(v?.type).toBe("ColumnStacked");
    expect(v?.series.map((x) => x.name)).toEqual(["Vượt", "Đạt", "Cơ bản đạt", "Không đạt"]);
    expect(new Set(v?.series.map((x) => x.fill)).size).toBe(4);
  });

  test("rows option keeps only those indicator rows", () => {
    const s = specs([4]);
    const perUnit = s.charts.filter((c) => c.kind === "planActualPrior");
    expect(perUnit).toHaveLength(1);
    expect(perUnit[0]?.categories).toMatch(/^A(\d+)(:A\1)?$/);
  });

  test("45 indicators get taller charts than 3", () => {
    const many: CellValue[][] = [grid[0] ?? [], [], grid[2] ?? []];
    for (let i = 0; i < 45; i++) many.push([i + 1, `Chỉ tiêu ${i + 1}`, "tỷ đồng", 100, 90 + i, 80]);
    const read = readTable(many, { convention: "vi" });
    const big = chartSpecs(checkTable(read, DEFAULT_SETTINGS), read.layout, "S", {});
    const rowsOf = (a: { start: string; end: string }) =>
      Number(/\d+/.exec(a.end)?.[0]) - Number(/\d+/.exec(a.start)?.[0]);
    const pctBig = big.charts.find((c) => c.kind === "pctPlan");
    const pctSmall = specs().charts.find((c) => c.kind === "pctPlan");
    if (!pctBig || !pctSmall) throw new Error("no % chart");
    expect(rowsOf(pctBig.anchor)).toBeGreaterThan(rowsOf(pctSmall.anchor) * 2);
    expect(big.charts.find((c) => c.kind === "planActualPrior")?.type).toBe("BarClustered");
  });
});

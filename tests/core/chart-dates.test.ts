/**
 * The chart data read the table's figures live; "9/12" typed into a figure cell later becomes a
 * date (46 365 with a date format) that core reads as no figure (date_in_figure_cell). The chart
 * cells use the computed columns' own test (formulas.ts isLiveFigure) and plot no value there
 * (#N/A in a series, 0 in the % of plan series, whose labels hide 0), never 46 365.
 * Recalculated in HyperFormula, with CELL("format") answered from the cells' formats.
 * Figures from seed 000 (176 firms of 150, 562 tỷ, 35 of 30); Cùng kỳ invented.
 */
import type { RawCellContent } from "hyperformula";
import { parseRangeA1 } from "../../src/core/a1";
import { chartSpecs, type ChartSheetSpec } from "../../src/core/charts";
import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { chartSheetValues } from "./chart-sheet-harness";

const SOURCE = "Chỉ tiêu 2020";
/** 9 December 2026: "9/12" typed in a vi-VN Excel. */
const DEC_9 = 46365;
const DATE = "dd/mm/yyyy";

const grid: CellValue[][] = [
  ["KẾT QUẢ CHỈ TIÊU 2020"],
  [],
  ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
  ["I", "Kinh tế"],
  [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160],
  [2, "Hộ chuyển lên doanh nghiệp", "doanh nghiệp", 30, 35, 28],
  [3, "Thu ngân sách", "tỷ đồng", 328, 562, 472],
];

function specOf(g: CellValue[][], formats: (string | null)[][] = []): ChartSheetSpec {
  const read = readTable(g, { convention: "vi", numberFormats: formats });
  return chartSpecs(checkTable(read, DEFAULT_SETTINGS), read.layout, SOURCE);
}

/** The source sheet (as typed later, with its formats) and the chart data sheet, recalculated. */
function recalculate(spec: ChartSheetSpec, source: CellValue[][], formats: (string | null)[][]) {
  const values = chartSheetValues(spec, SOURCE, source as RawCellContent[][], formats);
  /** A series' value on the row named `name` ("#N/A" for an error). */
  return (kind: "planActualPrior" | "pctPlan", series: number, name: string): unknown => {
    // One plan/actual/prior chart per unit of measure: the row is in one of them.
    for (const chart of spec.charts.filter((c) => c.kind === kind)) {
      const cats = parseRangeA1(chart.categories);
      const col = parseRangeA1(chart.series[series]!.values).left;
      for (let r = cats.top; r <= cats.bottom; r++) {
        if (values[r]?.[cats.left] !== name) continue;
        const v = values[r]?.[col];
        return typeof v === "object" && v !== null && "value" in v ? (v as { value: string }).value : v;
      }
    }
    throw new Error(`no row ${name}`);
  };
}

describe("a date typed into a figure cell after the charts were made", () => {
  test("is plotted as no value, not 46 365, in the plan/actual/prior and % of plan series", () => {
    const spec = specOf(grid);
    const typed = grid.map((r) => r.slice());
    const formats: (string | null)[][] = [];
    typed[4]![4] = DEC_9; // Thực hiện of the firms
    typed[6]![5] = DEC_9; // Cùng kỳ of the budget
    (formats[4] ??= [])[4] = DATE;
    (formats[6] ??= [])[5] = DATE;
    const at = recalculate(spec, typed, formats);
    // Core: neither date is a figure.
    const read = readTable(typed, { convention: "vi", numberFormats: formats });
    const rows = read.table.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => [r.actual, r.prior])).toEqual([
      [null, 160],
      [35, 28],
      [562, null],
    ]);
    // Series 0 plan, 1 actual, 2 prior.
    expect(at("planActualPrior", 1, "Doanh nghiệp thành lập mới")).toBe("#N/A");
    expect(at("planActualPrior", 0, "Doanh nghiệp thành lập mới")).toBe(150);
    expect(at("planActualPrior", 2, "Thu ngân sách")).toBe("#N/A");
    expect(at("planActualPrior", 1, "Thu ngân sách")).toBe(562);
    // % of plan (series 0 is Vượt): no 46365 / 150, the row is 0 there; 35 / 30 stays.
    expect(at("pctPlan", 0, "Doanh nghiệp thành lập mới")).toBe(0);
    expect(at("pctPlan", 0, "Hộ chuyển lên doanh nghiệp")).toBeCloseTo(35 / 30, 12);
  });

  test("a date already there when the charts were made stays no value while the cell holds it", () => {
    // The prior's date was seen when the charts were made: its serial is no figure even where
    // CELL("format") does not show the date (here the cell is General, as LibreOffice reads
    // Excel's built-in date format).
    const dated = grid.map((r) => r.slice());
    dated[6]![5] = DEC_9;
    const formats: (string | null)[][] = [];
    (formats[6] ??= [])[5] = DATE;
    const spec = specOf(dated, formats);
    const at = recalculate(spec, dated, []);
    expect(at("planActualPrior", 2, "Thu ngân sách")).toBe("#N/A");
    // 472 typed over it later is plotted.
    const fixed = dated.map((r) => r.slice());
    fixed[6]![5] = 472;
    expect(recalculate(spec, fixed, [])("planActualPrior", 2, "Thu ngân sách")).toBe(472);
  });
});

describe("a figure typed under a percent format (0,62 shown as 62%)", () => {
  // Core reads 0,62 shown as 62% as 62 (table.ts), as the computed columns do (formulas.ts
  // percentAware): the chart plots 62, not 0,62, and the % of plan is 62 / 60, not 0,62 / 60.
  const rates: CellValue[][] = [
    ["KẾT QUẢ CHỈ TIÊU 2020"],
    [],
    ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
    ["I", "Xã hội"],
    [1, "Tỷ lệ lao động qua đào tạo", "%", 60, 0.62, 0.57],
    [2, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 0.9, 88, 85],
  ];
  const formats: (string | null)[][] = [];
  formats[4] = [null, null, null, null, "0%", "0.00%"];
  formats[5] = [null, null, null, "0%", null, null];

  test("when the charts are made: plotted as core reads it", () => {
    const read = readTable(rates, { convention: "vi", numberFormats: formats });
    const rows = read.table.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => [r.actual, r.prior])).toEqual([
      [62, 57],
      [88, 85],
    ]);
    const at = recalculate(specOf(rates, formats), rates, formats);
    expect(at("planActualPrior", 1, "Tỷ lệ lao động qua đào tạo")).toBeCloseTo(62, 9);
    expect(at("planActualPrior", 2, "Tỷ lệ lao động qua đào tạo")).toBeCloseTo(57, 9);
    expect(at("planActualPrior", 0, "Tỷ lệ dân số tham gia bảo hiểm y tế")).toBeCloseTo(90, 9);
    // % of plan, series 0 (Vượt): 62 / 60; series 1 (Không đạt, as no row is Đạt): 88 / 90.
    expect(at("pctPlan", 0, "Tỷ lệ lao động qua đào tạo")).toBeCloseTo(62 / 60, 12);
    expect(at("pctPlan", 1, "Tỷ lệ dân số tham gia bảo hiểm y tế")).toBeCloseTo(88 / 90, 12);
  });

  test("typed later: 63% over 62% is plotted 63", () => {
    const spec = specOf(rates, formats);
    const typed = rates.map((r) => r.slice());
    typed[4]![4] = 0.63;
    expect(recalculate(spec, typed, formats)("planActualPrior", 1, "Tỷ lệ lao động qua đào tạo")).toBeCloseTo(
      63,
      9,
    );
  });
});

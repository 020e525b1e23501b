/**
 * The chart data read a figure cell as core does, recalculated by LibreOffice: a rate typed as 62%
 * (0,62 under a percent format) is plotted 62 and its % of plan is 62 / 60, not 0,62 / 60
 * (formulas.ts percentAware, the computed columns' own reading). HyperFormula runs the same case
 * in tests/core/chart-dates.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { chartSheetName, chartSpecs } from "../../src/core/charts";
import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { recalculated } from "./soffice";
import { type Cell, chartValue, sheetOf, writeChartData } from "./workbooks";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-chart-pct-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test("a rate typed as 62% is plotted 62 by LibreOffice, as core reads it", async () => {
  const SOURCE = "Chỉ tiêu 2020";
  const grid: Cell[][] = [
    ["KẾT QUẢ CHỈ TIÊU 2020"],
    [],
    ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
    ["I", "Xã hội"],
    [1, "Tỷ lệ lao động qua đào tạo", "%", 60, 0.62, 0.57],
    [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160],
  ];
  const formats: (string | null)[][] = [];
  formats[4] = [null, null, null, null, "0%", "0.00%"];
  const read = readTable(grid as CellValue[][], { convention: "vi", numberFormats: formats });
  expect(read.table.groups[0]!.rows.map((r) => [r.actual, r.prior])).toEqual([
    [62, 57],
    [176, 160],
  ]);
  const spec = chartSpecs(checkTable(read, DEFAULT_SETTINGS), read.layout, SOURCE);

  // The chart data sheet first: LibreOffice's CSV is of the first sheet.
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(chartSheetName(SOURCE));
  writeChartData(data, spec);
  sheetOf(workbook, SOURCE, grid, [], { E5: "0%", F5: "0.00%" });
  const file = path.join(work, "bieu-do-phan-tram.xlsx");
  await workbook.xlsx.writeFile(file);
  const lo = recalculated(file, work);

  const at = (kind: "planActualPrior" | "pctPlan", series: number, name: string): string | null =>
    chartValue(spec, lo, kind, series, name);
  // Series 0 plan, 1 actual, 2 prior.
  expect(Number(at("planActualPrior", 1, "Tỷ lệ lao động qua đào tạo"))).toBeCloseTo(62, 9);
  expect(Number(at("planActualPrior", 2, "Tỷ lệ lao động qua đào tạo"))).toBeCloseTo(57, 9);
  expect(at("planActualPrior", 1, "Doanh nghiệp thành lập mới")).toBe("176");
  // % of plan, Vượt series: 62 / 60 and 176 / 150.
  expect(Number(at("pctPlan", 0, "Tỷ lệ lao động qua đào tạo"))).toBeCloseTo(62 / 60, 10);
  expect(Number(at("pctPlan", 0, "Doanh nghiệp thành lập mới"))).toBeCloseTo(176 / 150, 10);
}, 300_000);

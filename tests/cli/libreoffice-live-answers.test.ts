/**
 * Three places where the live formulas said something else than core, recalculated by LibreOffice
 * from xlsx the CLI writes: a merged sheet's rows the merge could not combine ("Không tổng hợp
 * được", counted apart); text typed in Thực hiện beside a numeric full-year estimate (the estimate
 * is judged, ×100 under a percent format as core reads it); a date typed into a figure cell the
 * charts read (plotted as no value, not 46 365).
 * HyperFormula runs the same cases in tests/core (merge-sheet-apart, period, chart-dates).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { findTable } from "../../src/cli/check";
import { mergeFiles } from "../../src/cli/merge";
import { readSheets } from "../../src/cli/read";
import { chartSheetName, chartSpecs } from "../../src/core/charts";
import { verdictLabel } from "../../src/core/compute";
import { buildMergeSheet, mergeUnits, type MergeResult } from "../../src/core/merge";
import { DEFAULT_SETTINGS, type CellValue, type Settings } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { mergedSheetWords, wardTable } from "../core/merged-sheet-words";
import { recalculated } from "./soffice";
import { type Cell, chartValue, computeInPlace, sheetOf, writeChartData } from "./workbooks";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-live-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** 9 December 2026: "9/12" typed in a vi-VN spreadsheet, in the date format LibreOffice gives it. */
const DEC_9 = 46365;
const VI_DATE = "[$-42A]dd/mm/yyyy";
/** Excel's system short date (built-in 14): LibreOffice's CELL("format") says "G" for it. */
const SYSTEM_DATE = "mm-dd-yy";

async function wardFile(name: string, poverty: string, drugPoints: number | null): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  sheetOf(workbook, "Biểu 01", wardTable(name, poverty, drugPoints) as Cell[][]);
  const file = path.join(work, `${name}${drugPoints === null ? "-trong" : ""}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** LibreOffice's Đánh giá cells and summary lines of a merged file = core's words for `result`. */
function expectMergedSheetIsCore(
  lo: (string | null)[][],
  written: MergeResult,
  core: MergeResult,
  s: Settings,
) {
  const plan = buildMergeSheet(written, s, s.language).plan;
  const verdictCol = plan.layout.columns.verdict!;
  const summary = plan.blocks[plan.blocks.length - 1]!;
  const { check, label, overall, groups } = mergedSheetWords(core, s);
  const seen: string[] = [];
  check.read.table.groups.forEach((g, i) => {
    expect([g.name, lo[g.sheetRow!]?.[verdictCol]]).toEqual([g.name, groups[i]]);
    for (const row of g.rows) {
      expect([row.name, lo[row.sheetRow]?.[verdictCol]]).toEqual([row.name, label(row.sheetRow)]);
      seen.push(`${row.name}: ${lo[row.sheetRow]?.[verdictCol]}`);
    }
  });
  expect(lo[summary.row]?.[summary.col]).toBe(overall);
  return seen;
}

test("a merged workbook's rows not combined: 'Không tổng hợp được' and counted apart, live, as core says", async () => {
  const files = [await wardFile("Phường 7", "dưới 2%", 2), await wardFile("Phường 8", "dưới 1,5%", 1)];
  for (const settings of [DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, language: "en" } as Settings]) {
    const out = path.join(work, `tong-hop-${settings.language}.xlsx`);
    const { result } = await mergeFiles(files, out, settings, settings.language);
    const lo = recalculated(out, work);
    expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
    const seen = expectMergedSheetIsCore(lo, result, result, settings);
    const apart = settings.language === "vi" ? "Không tổng hợp được" : "Not combined";
    expect(seen.slice(2)).toEqual([`Tỷ lệ hộ nghèo: ${apart}`, `Điểm, tụ điểm ma túy: ${apart}`]);
    if (settings.language === "en") continue;

    // Phường 8's figure cleared in the merged file: part of the actual is missing, as merging
    // without it says ("Chưa có số liệu").
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const drugs = result.groups.flatMap((g) => g.indicators).findIndex((m) => m.name.startsWith("Điểm"));
    const row = mergedSheetWords(result, settings).check.read.table.groups.flatMap((g) => g.rows)[drugs]!;
    expect(row.name).toBe("Điểm, tụ điểm ma túy");
    // Columns: STT … Cùng kỳ (8), then one per ward: Phường 8 is the 10th.
    workbook.worksheets[0]!.getCell(row.sheetRow + 1, 10).value = null;
    const cleared = path.join(work, "tong-hop-xoa.xlsx");
    await workbook.xlsx.writeFile(cleared);
    const without = mergeUnits(
      [
        { unitName: "Phường 7", read: readTable(wardTable("Phường 7", "dưới 2%", 2), { convention: "vi" }) },
        {
          unitName: "Phường 8",
          read: readTable(wardTable("Phường 8", "dưới 1,5%", null), { convention: "vi" }),
        },
      ],
      settings,
    );
    const after = expectMergedSheetIsCore(recalculated(cleared, work), result, without, settings);
    expect(after).toContain("Điểm, tụ điểm ma túy: Chưa có số liệu");
  }
}, 300_000);

test("text typed in Thực hiện beside a numeric 'ước cả năm': LibreOffice judges the estimate, as core does", async () => {
  const workbook = new ExcelJS.Workbook();
  sheetOf(
    workbook,
    "Biểu 01",
    [
      ["Báo cáo 6 tháng đầu năm 2021"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Ước thực hiện 6 tháng", "Ước thực hiện cả năm", "Cùng kỳ"],
      [1, "Thu ngân sách", "tỷ đồng", 500, 260, 480, 190],
      [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 80, 170, 60],
      [3, "Hộ kinh doanh thành lập mới", "hộ", 800, 300, null, 350],
      [4, "Tỷ lệ lao động qua đào tạo", "%", 60, 58, 0.62, 57],
    ],
    [],
    // The rate's estimate typed as 62% (0,62 shown as a percent): read as 62, as core reads it.
    { F7: "0%" },
  );
  const plan = await computeInPlace(workbook, path.join(work, "sau-thang.xlsx"));
  const sheet = workbook.worksheets[0]!;
  // Typed later as text: an en-US Excel keeps "260,5" as text; "85" and "410" pasted as text.
  sheet.getCell("E4").value = "260,5";
  sheet.getCell("E5").value = "85";
  sheet.getCell("E6").value = "410";
  const file = path.join(work, "sau-thang-go-chu.xlsx");
  await workbook.xlsx.writeFile(file);

  const core = checkTable(findTable(await readSheets(file), DEFAULT_SETTINGS, file).read, DEFAULT_SETTINGS);
  const lo = recalculated(file, work);
  const verdictCol = plan.columns.verdict!;
  const got = [3, 4, 5, 6].map((r) => lo[r]?.[verdictCol]);
  // Core reads the text and judges the estimates (480 of 500 Không đạt, 170 of 150 Vượt); the
  // row without an estimate is judged on its 6 months' text, which no formula reads: Tính toán again.
  expect([3, 4].map((r) => verdictLabel(core.results.get(r)!.verdict, "vi"))).toEqual(["Không đạt", "Vượt"]);
  expect(verdictLabel(core.results.get(6)!.verdict, "vi")).toBe("Vượt");
  expect(got).toEqual(["Không đạt", "Vượt", "Cần tính lại", "Vượt"]);
}, 300_000);

test("a date typed into a figure cell the charts read: LibreOffice plots no value, not 46 365", async () => {
  const SOURCE = "Chỉ tiêu 2020";
  const grid: Cell[][] = [
    ["KẾT QUẢ CHỈ TIÊU 2020"],
    [],
    ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
    ["I", "Kinh tế"],
    [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160],
    [2, "Hộ chuyển lên doanh nghiệp", "doanh nghiệp", 30, 35, 28],
    [3, "Thu ngân sách", "tỷ đồng", 328, 562, DEC_9],
  ];
  // The budget's Cùng kỳ already held a date (Excel's system format) when the charts were made.
  const formats: (string | null)[][] = [];
  (formats[6] ??= [])[5] = SYSTEM_DATE;
  const read = readTable(grid as CellValue[][], { convention: "vi", numberFormats: formats });
  expect(read.table.groups[0]!.rows[2]!.prior).toBeNull();
  const spec = chartSpecs(checkTable(read, DEFAULT_SETTINGS), read.layout, SOURCE);

  // The chart data sheet first: LibreOffice's CSV is of the first sheet.
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(chartSheetName(SOURCE));
  writeChartData(data, spec);
  // "9/12" typed later over the firms' 176, in a vi-VN LibreOffice.
  const typed = grid.map((r) => r.slice());
  typed[4]![4] = DEC_9;
  sheetOf(workbook, SOURCE, typed, [], { E5: VI_DATE, F7: SYSTEM_DATE });
  const file = path.join(work, "bieu-do.xlsx");
  await workbook.xlsx.writeFile(file);
  const lo = recalculated(file, work);

  const at = (kind: "planActualPrior" | "pctPlan", series: number, name: string): string | null =>
    chartValue(spec, lo, kind, series, name);
  expect(at("planActualPrior", 1, "Doanh nghiệp thành lập mới")).toBe("#N/A");
  expect(at("planActualPrior", 0, "Doanh nghiệp thành lập mới")).toBe("150");
  expect(at("planActualPrior", 2, "Thu ngân sách")).toBe("#N/A");
  expect(at("planActualPrior", 1, "Thu ngân sách")).toBe("562");
  // % of plan, Vượt series: 0 for the dated row (its label hides 0), 35 / 30 for the next.
  expect(Number(at("pctPlan", 0, "Doanh nghiệp thành lập mới"))).toBe(0);
  expect(Number(at("pctPlan", 0, "Hộ chuyển lên doanh nghiệp"))).toBeCloseTo(35 / 30, 10);
}, 300_000);

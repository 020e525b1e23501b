/** Workbooks the CLI tests build with ExcelJS: a sheet from rows, and the term table they share. */
import type ExcelJS from "exceljs";
import { findTable } from "../../src/cli/check";
import { readSheets } from "../../src/cli/read";
import { DEFAULT_SETTINGS, type ComputePlan } from "../../src/core/model";
import { computePlan } from "../../src/core/plan";
import { parseRangeA1 } from "../../src/core/a1";
import { sheetPlanWorkbook } from "../../src/cli/xlsx-write";
import { templateSheet } from "../../src/core/templates";
import type { chartSpecs } from "../../src/core/charts";

export type Cell = string | number | null;

/** A sheet of `rows` (1-based from A1), its merges, and number formats by range ("D6:F6"). */
export function sheetOf(
  wb: ExcelJS.Workbook,
  name: string,
  rows: Cell[][],
  merges: string[] = [],
  formats: Record<string, string> = {},
): void {
  const ws = wb.addWorksheet(name);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  for (const m of merges) ws.mergeCells(m);
  for (const [address, format] of Object.entries(formats)) {
    const [from, to] = address.split(":") as [string, string?];
    const a = ws.getCell(from);
    const b = ws.getCell(to ?? from);
    for (let r = Number(a.row); r <= Number(b.row); r++)
      for (let c = Number(a.col); c <= Number(b.col); c++) ws.getCell(r, c).numFmt = format;
  }
}

/**
 * The term 2020–2025 as an office tracks it: years as numbers under a merged "Thực hiện các năm".
 * Base year from seed 000 (37.067 tỷ, 176 firms; 62 % is not in the article); 2021–2022 invented.
 */
export function termSheet(): Cell[][] {
  return [
    ["THÀNH ỦY BẾN TRE"],
    ["THEO DÕI CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 – 2025"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2025", "Năm 2020 (gốc)", "Thực hiện các năm", null],
    [null, null, null, null, null, 2021, 2022],
    [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", "tăng bình quân 10%/năm", 37067, 39500, 42300],
    [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", "1.000 doanh nghiệp trong 5 năm", 176, 190, 200],
    [3, "Tỷ lệ tiêu chí đô thị loại I đạt được", "%", "đến năm 2025 đạt 80%", 62, 66, 69],
  ];
}
export const TERM_MERGES = ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:G4"];

/**
 * Tính toán as an office runs it on its own sheet: `workbook` saved to `file`, its table read back
 * as the CLI reads it, and core's plan (formulas, values and number formats) written into the first
 * sheet, where a test may retype cells before LibreOffice recalculates. Returns the plan.
 * `numberFormats: false` leaves the computed cells General, so LibreOffice's CSV gives % KH as the
 * bare fraction rather than "87.50%".
 */
export async function computeInPlace(
  workbook: ExcelJS.Workbook,
  file: string,
  { numberFormats = true }: { numberFormats?: boolean } = {},
): Promise<ComputePlan> {
  await workbook.xlsx.writeFile(file);
  const { read } = findTable(await readSheets(file), DEFAULT_SETTINGS, file);
  const plan = computePlan(read, DEFAULT_SETTINGS);
  writePlan(workbook.worksheets[0]!, plan, { numberFormats });
  return plan;
}

/** Tính toán's blocks written into the sheet as the CLI writes them: formulas as formulas. */
export function writePlan(
  sheet: ExcelJS.Worksheet,
  plan: ComputePlan,
  { numberFormats = true }: { numberFormats?: boolean } = {},
): void {
  for (const block of [...plan.headers, ...plan.blocks]) {
    block.contents.forEach((line, dr) =>
      line.forEach((content, dc) => {
        const cell = sheet.getCell(block.row + dr + 1, block.col + dc + 1);
        if (typeof content === "string" && content.startsWith("="))
          cell.value = { formula: content.slice(1) };
        else if (content !== null) cell.value = content;
        const format = block.numberFormats?.[dr]?.[dc];
        if (format && numberFormats) cell.numFmt = format;
      }),
    );
  }
}

type ChartSheet = ReturnType<typeof chartSpecs>;

/** The chart data blocks written into `sheet` as the pane writes them: formulas as formulas. */
export function writeChartData(sheet: ExcelJS.Worksheet, spec: ChartSheet): void {
  for (const b of spec.blocks)
    b.contents.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === null) return;
        const cell = sheet.getCell(b.row + i + 1, b.col + j + 1);
        cell.value = typeof v === "string" && v.startsWith("=") ? { formula: v.slice(1) } : v;
      }),
    );
}

/**
 * The recalculated chart data cell (LibreOffice's rows `lo`) of the category `name` in series
 * `series` of the charts of `kind`.
 */
export function chartValue(
  spec: ChartSheet,
  lo: readonly (readonly (string | null)[] | undefined)[],
  kind: "planActualPrior" | "pctPlan",
  series: number,
  name: string,
): string | null {
  for (const chart of spec.charts.filter((c) => c.kind === kind)) {
    const cats = parseRangeA1(chart.categories);
    const col = parseRangeA1(chart.series[series]!.values).left;
    for (let r = cats.top; r <= cats.bottom; r++)
      if (lo[r]?.[cats.left] === name) return lo[r]?.[col] ?? null;
  }
  throw new Error(`no row ${name}`);
}

/** A line typed into the blank template: Chỉ tiêu, Đơn vị, Kế hoạch, Thực hiện, Cùng kỳ. */
export type TemplateLine = [name: string, unit: string, plan: number, actual: number, prior: number];

/**
 * The CLI's blank 2021 template for `unitLine`, with `lines` typed in, written to `file`. With a
 * `group`, its heading (STT "I") takes the first row and the lines are numbered under it; without,
 * the lines start on the first row, STT left empty.
 */
export async function filledTemplateFile(
  file: string,
  unitLine: string,
  lines: readonly TemplateLine[],
  group?: string,
): Promise<string> {
  const plan = templateSheet("trong", { settings: DEFAULT_SETTINGS, year: 2021, unitName: unitLine });
  const workbook = sheetPlanWorkbook(plan);
  const sheet = workbook.worksheets[0]!;
  const { columns, firstDataRow } = plan.layout;
  // 1-based rows: firstDataRow + 1 is the first data row.
  let first = firstDataRow + 1;
  if (group !== undefined) {
    sheet.getCell(first, columns.name! + 1).value = group;
    sheet.getCell(first, columns.stt! + 1).value = "I";
    first += 1;
  }
  lines.forEach(([name, unit, kh, th, ck], i) => {
    const r = first + i;
    if (group !== undefined) sheet.getCell(r, columns.stt! + 1).value = i + 1;
    sheet.getCell(r, columns.name! + 1).value = name;
    sheet.getCell(r, columns.unit! + 1).value = unit;
    sheet.getCell(r, columns.plan! + 1).value = kh;
    sheet.getCell(r, columns.actual! + 1).value = th;
    sheet.getCell(r, columns.prior! + 1).value = ck;
  });
  await workbook.xlsx.writeFile(file);
  return file;
}

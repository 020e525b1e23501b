/**
 * LibreOffice recalculates a term table (nhiệm kỳ) whose base and yearly figures an office typed as
 * text ("50.000", "68,5", "2,4%"), computed by the CLI's Tính toán, then filled further the ways a
 * person does: a number or a percent typed over the text, a year emptied or marked "-", other text
 * typed in. Every term cell must be core's reading of the saved file (computeTerm through
 * checkTable), but where text typed later asks for Tính toán again: "—" and "Cần tính lại".
 * The term chart sheet's "Thực hiện" points are core's path of the same cells (HyperFormula runs
 * more cases in tests/core/term-chart-text.test.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { findTable } from "../../src/cli/check";
import { readSheets } from "../../src/cli/read";
import { verdictLabel } from "../../src/core/compute";
import { RECOMPUTE_LABEL } from "../../src/core/formulas";
import { DEFAULT_SETTINGS, type CellValue, type ComputePlan } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { parseRangeA1 } from "../../src/core/a1";
import { chartSheetName, chartSpecs } from "../../src/core/charts";
import { readTable } from "../../src/core/table";
import { termIndicatorOf, termPath } from "../../src/core/term";
import { termPlanColumns } from "../../src/core/term-plan";
import { recalculated } from "./soffice";
import { TERM_TEXT } from "../core/shared-tables";
import { computeInPlace, sheetOf, writeChartData, type Cell } from "./workbooks";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-lo-term-text-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Sheet rows 4–10 (A1 rows): every term form, figures partly typed as text. */
const ROWS: Cell[][] = [
  ...TERM_TEXT,
  [
    7,
    "Thu ngân sách trên địa bàn",
    "tỷ đồng",
    "đến năm 2025 đạt 6.000 tỷ đồng",
    "4.835",
    "5.010",
    5200,
    null,
    null,
    null,
  ],
];

/** A cell typed after Tính toán: its A1 address, the value, and a number format. */
type Typed = [string, Cell, string?];

/**
 * Tính toán (the CLI's plan written into the sheet), `typed` entered after it, saved, recalculated
 * by LibreOffice, and core's check of the saved file: each term row as both show it.
 */
async function recalculatedAgainstCore(name: string, typed: Typed[]) {
  const workbook = new ExcelJS.Workbook();
  sheetOf(workbook, "Nhiệm kỳ", ROWS);
  const file = path.join(work, `${name}.xlsx`);
  const plan: ComputePlan = await computeInPlace(workbook, file, { numberFormats: false });
  const sheet = workbook.worksheets[0]!;
  for (const [address, value, format] of typed) {
    sheet.getCell(address).value = value;
    if (format !== undefined) sheet.getCell(address).numFmt = format;
  }
  await workbook.xlsx.writeFile(file);
  const { read } = findTable(await readSheets(file), DEFAULT_SETTINGS, file);
  const check = checkTable(read, DEFAULT_SETTINGS);
  const cols = termPlanColumns(read);
  const lo = recalculated(file, work);
  expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
  const keys = ["termToDate", "termNeeded", "termProjected"] as const;
  const pct = (key: (typeof keys)[number], row: number): boolean => {
    const b = plan.blocks.find((x) => x.col === cols[key])!;
    return b.numberFormats?.[row - b.row]?.[0] === "0.00%";
  };
  const rows = read.table.groups.flatMap((g) => g.rows).map((r) => r.sheetRow);
  const shown = rows.map((r) => {
    const line = lo[r] ?? [];
    const sheetSide = [
      ...keys.map((k) => {
        const v = line[cols[k]] ?? null;
        return v === null || v === "—" ? String(v) : (Number(v) * (pct(k, r) ? 100 : 1)).toFixed(6);
      }),
      line[cols.verdict] ?? null,
    ];
    const res = check.results.get(r)!;
    const t = res.term;
    const coreSide = [
      ...[t?.toDate ?? null, t?.needed ?? null, t?.projected ?? null].map((v) =>
        v === null ? "—" : v.toFixed(6),
      ),
      verdictLabel(res.verdict, "vi"),
    ];
    return { row: r + 1, sheetSide, coreSide };
  });
  return { shown, compared: shown.length * 4 };
}

const differs = (s: { sheetSide: unknown[]; coreSide: unknown[] } | undefined): boolean =>
  s === undefined || s.sheetSide.some((v, i) => v !== s.coreSide[i]);

test("LibreOffice: a term's base and years typed as text give core's term figures and verdicts", async () => {
  const { shown, compared } = await recalculatedAgainstCore("nhiem-ky-text", []);
  expect(shown.filter(differs)).toEqual([]);
  expect(compared).toBe(28);
  // Every row has a path: none is "Chưa có số liệu" for want of a figure read from text. Hộ nghèo
  // 4,5 → 2,4 projects 1 %, not under 1 %: core had said so by binary noise alone (term.test.ts).
  expect(shown.map((s) => s.sheetSide[3])).toEqual([
    "Chậm tiến độ",
    "Chậm tiến độ",
    "Đúng tiến độ",
    "Chậm tiến độ",
    "Chậm tiến độ",
    "Chậm tiến độ",
    "Chậm tiến độ",
  ]);
}, 300_000);

test("LibreOffice: a number, a percent, an emptied year or '-' typed later are read live; other text says Cần tính lại", async () => {
  const { shown } = await recalculatedAgainstCore("nhiem-ky-text-later", [
    ["H4", 64000], // GRDP 2023: "61.750" retyped as a number
    ["H5", 0.022, "0.0%"], // hộ nghèo 2023: "2,4%" retyped as a percent, 2,2 %
    ["H6", null], // việc làm 2023 emptied
    ["H8", "-"], // tốc độ tăng trưởng 2023 marked as not given
    ["G9", "chưa có"], // per head 2022: "68,5" replaced by words
    ["H10", "5.400"], // thu ngân sách 2023: vi text typed where nothing was
  ]);
  const [retyped, percent, emptied, urban, marked, words, later] = shown;
  expect([retyped, percent, emptied, urban, marked].filter(differs)).toEqual([]);
  expect(retyped!.sheetSide[3]).toBe("Đúng tiến độ");
  expect(percent!.sheetSide[0]).toBe("2.200000");
  for (const s of [words!, later!]) expect(s.sheetSide).toEqual(["—", "—", "—", RECOMPUTE_LABEL.vi]);
  // Core read "5.400" as 2023's figure: the sheet does not show the two years' path instead.
  expect(later!.coreSide[3]).not.toBe(RECOMPUTE_LABEL.vi);
}, 300_000);

/**
 * The term chart sheet's data over the same table, recalculated by LibreOffice (the data sheet
 * first: its CSV is of the first sheet): each path's "Thực hiện" points as core's path of the
 * typed sheet, `typed` entered after the charts were made. Core reads the grid as typed (ExcelJS
 * keeps "57.400" a string, as LibreOffice then does).
 */
async function chartAgainstCore(name: string, typed: Typed[]) {
  const read = readTable(ROWS as CellValue[][], { convention: "vi" });
  const spec = chartSpecs(checkTable(read, DEFAULT_SETTINGS), read.layout, "Nhiệm kỳ");
  const workbook = new ExcelJS.Workbook();
  writeChartData(workbook.addWorksheet(chartSheetName("Nhiệm kỳ")), spec);
  sheetOf(workbook, "Nhiệm kỳ", ROWS);
  const sheet = workbook.worksheets[1]!;
  const grid = ROWS.map((r) => r.slice()) as CellValue[][];
  const formats: (string | null)[][] = ROWS.map((r) => r.map(() => null));
  for (const [address, value, format] of typed) {
    const cell = sheet.getCell(address);
    cell.value = value;
    grid[Number(cell.row) - 1]![Number(cell.col) - 1] = value;
    if (format !== undefined) {
      cell.numFmt = format;
      formats[Number(cell.row) - 1]![Number(cell.col) - 1] = format;
    }
  }
  const file = path.join(work, `${name}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const lo = recalculated(file, work);
  const point = (v: number | null): string => (v === null ? "#N/A" : v.toFixed(6));
  const rows = readTable(grid, { convention: "vi", numberFormats: formats }).table.groups.flatMap(
    (g) => g.rows,
  );
  return spec.charts
    .filter((c) => c.kind === "termPath")
    .map((c) => {
      const { top, left, bottom } = parseRangeA1(c.series[0]!.values);
      const sheetRow = Number(c.name.replace("chitieu-lo-trinh-", "")) - 1;
      const chartSide = Array.from({ length: bottom - top + 1 }, (_, i) => {
        const v = lo[top + i]?.[left] ?? null;
        return v === null || v.startsWith("#") ? String(v) : Number(v).toFixed(6);
      });
      const ind = termIndicatorOf(rows.find((r) => r.sheetRow === sheetRow)!)!;
      return { row: sheetRow + 1, chartSide, coreSide: termPath(ind).actual.map(point) };
    });
}

const off = (s: { chartSide: string[]; coreSide: string[] }): boolean =>
  s.chartSide.some((v, i) => v !== s.coreSide[i]);

test("LibreOffice: the term chart's Thực hiện plots the years typed as text as core reads them, and numbers typed later live", async () => {
  const made = await chartAgainstCore("bieu-do-nhiem-ky-text", []);
  expect(made.map((s) => s.row)).toEqual([4, 5, 6, 7, 8, 9, 10]);
  expect(made.filter(off)).toEqual([]);
  // GRDP "50.000", 53500, "57.400", "61.750"; hộ nghèo's "2,4%" is 2,4.
  expect(made[0]!.chartSide.slice(0, 4).map(Number)).toEqual([50000, 53500, 57400, 61750]);
  expect(Number(made[1]!.chartSide[3])).toBeCloseTo(2.4, 9);

  const later = await chartAgainstCore("bieu-do-nhiem-ky-text-later", [
    ["H4", 64000], // GRDP 2023: "61.750" retyped as a number
    ["H5", 0.022, "0.0%"], // hộ nghèo 2023: "2,4%" retyped as a percent, 2,2 %
    ["F6", 17600], // việc làm 2021: "17.500" retyped; every later sum follows
    ["H8", "-"], // tốc độ tăng trưởng 2023 marked as not given
    ["G9", null], // per head 2022 emptied
  ]);
  expect(later.filter(off)).toEqual([]);
  expect(later[2]!.chartSide.slice(0, 4).map(Number)).toEqual([0, 17600, 35800, 54800]);
}, 300_000);

/**
 * A second, independent spreadsheet engine: LibreOffice (headless) opens the workbooks we write,
 * recalculates every formula, and must land on the same figures core computes — for a filled
 * template (the formulas Tính toán writes) and for a consolidated workbook (`chitieu merge`).
 * CI and `npm test` install libreoffice-calc-nogui; without soffice this test fails on purpose.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { findTable } from "../../src/cli/check";
import { mergeFiles } from "../../src/cli/merge";
import { readSheets } from "../../src/cli/read";
import { rolloverFile } from "../../src/cli/rollover";
import { sheetPlanWorkbook } from "../../src/cli/xlsx-write";
import { verdictLabel } from "../../src/core/compute";
import {
  DEFAULT_SETTINGS,
  type CellValue,
  type ComputedColumn,
  type Lang,
  type Settings,
  type TableCheck,
} from "../../src/core/model";
import { formatNumber } from "../../src/core/numbers";
import { checkTable } from "../../src/core/rules";
import { templateSheet } from "../../src/core/templates";
import { xlsxWithoutR } from "../hostile/generate";
import { recalculated } from "./soffice";
import { computeInPlace, filledTemplateFile, type TemplateLine } from "./workbooks";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-lo-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// soffice starts in seconds on an idle machine and in a minute or more under load: each test says so.

const PERCENT_COLUMNS: readonly ComputedColumn[] = ["pctPlan", "pctPrior", "changePct"];

/** Every indicator row: LibreOffice's % columns × 100 and verdict equal what core computed. */
function expectSameFigures(check: TableCheck, lo: (string | null)[][], lang: Lang = "vi"): number {
  const columns = check.read.layout.columns;
  let compared = 0;
  for (const group of check.read.table.groups) {
    for (const row of group.rows) {
      const result = check.results.get(row.sheetRow)!;
      const loRow = lo[row.sheetRow] ?? [];
      for (const key of PERCENT_COLUMNS) {
        const col = columns[key];
        if (col === undefined) continue;
        const cell = loRow[col] ?? null;
        const ours = result[key as "pctPlan" | "pctPrior" | "changePct"];
        if (ours === null) {
          expect({ row: row.sheetRow + 1, key, cell }).toEqual({ row: row.sheetRow + 1, key, cell: "—" });
        } else {
          // LibreOffice keeps the "%" of a percent-formatted cell even in raw export.
          const theirs = cell?.endsWith("%") ? Number(cell.slice(0, -1)) : Number(cell) * 100;
          const close = Math.abs(theirs - ours) <= 1e-9 * Math.max(1, Math.abs(ours));
          expect({ row: row.sheetRow + 1, key, cell, ours, close }).toEqual({
            row: row.sheetRow + 1,
            key,
            cell,
            ours,
            close: true,
          });
        }
        compared += 1;
      }
      const verdictCol = columns.verdict!;
      expect({ row: row.sheetRow + 1, verdict: loRow[verdictCol] }).toEqual({
        row: row.sheetRow + 1,
        verdict: verdictLabel(result.verdict, lang),
      });
      compared += 1;
    }
  }
  return compared;
}

/** A small deterministic generator, so a failure names the same figures every run. */
function figures(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** The city template in `settings`' language, filled with deterministic figures; the rows filled. */
async function filledTemplate(settings: Settings, file: string): Promise<number> {
  const plan = templateSheet("thanh-pho-nam", {
    settings,
    year: 2021,
    unitName: "TP. Bến Tre",
  });
  const workbook = sheetPlanWorkbook(plan);
  const sheet = workbook.worksheets[0]!;
  const { columns, firstDataRow, lastDataRow } = plan.layout;
  const next = figures(7);
  let filled = 0;
  for (let r = firstDataRow; r <= lastDataRow; r++) {
    const stt = sheet.getCell(r + 1, columns.stt! + 1).value;
    if (typeof stt !== "number") continue; // group headings
    const planCell = sheet.getCell(r + 1, columns.plan! + 1);
    const unit = String(sheet.getCell(r + 1, columns.unit! + 1).value ?? "");
    const base = unit === "%" ? 20 + next() * 60 : Math.round(50 + next() * 5000);
    if (planCell.value === null || planCell.value === undefined) planCell.value = base;
    const actualKind = filled % 9;
    // Some rows stay empty, some have a zero prior year: the sheet must show "—", never #DIV/0!.
    if (actualKind !== 8) {
      const actual =
        unit === "%"
          ? Math.round(base * (0.8 + next() * 0.4) * 100) / 100
          : Math.round(base * (0.7 + next() * 0.6));
      sheet.getCell(r + 1, columns.actual! + 1).value = actual;
      sheet.getCell(r + 1, columns.prior! + 1).value =
        actualKind === 3 ? 0 : Math.round(actual * (0.8 + next() * 0.3));
    }
    filled += 1;
  }
  await workbook.xlsx.writeFile(file);
  return filled;
}

test("LibreOffice recomputes a filled template to core's figures, '—' included", async () => {
  const file = path.join(work, "mau.xlsx");
  const filled = await filledTemplate(DEFAULT_SETTINGS, file);
  const { read } = findTable(await readSheets(file), DEFAULT_SETTINGS, file);
  const check = checkTable(read, DEFAULT_SETTINGS);
  const lo = recalculated(file, work);
  expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
  expect(expectSameFigures(check, lo)).toBeGreaterThan(150);
  expect(filled).toBe(45);
}, 240_000);

test("LibreOffice recomputes an English template (as --locale en writes it) to core's English verdicts and line", async () => {
  const en: Settings = { ...DEFAULT_SETTINGS, language: "en" };
  const file = path.join(work, "mau-en.xlsx");
  expect(await filledTemplate(en, file)).toBe(45);
  const { read } = findTable(await readSheets(file), DEFAULT_SETTINGS, file);
  const check = checkTable(read, DEFAULT_SETTINGS);
  const lo = recalculated(file, work);
  expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
  expect(expectSameFigures(check, lo, "en")).toBeGreaterThan(150);
  // The summary line under the table, as summary-text.ts says it in English.
  const line = `${check.summary.reached} of ${check.summary.total} targets reached or exceeded`;
  expect(lo.flat()).toContain(line);
}, 240_000);

test("LibreOffice recomputes a merged workbook to the figures chitieu cached", async () => {
  const unit = (name: string, rows: TemplateLine[]) =>
    filledTemplateFile(path.join(work, `${name}.xlsx`), name, rows);
  const a = await unit("Phường 1", [
    ["Doanh nghiệp thành lập mới", "doanh nghiệp", 50, 61, 48],
    ["Thu ngân sách", "tỷ đồng", 120.5, 131.25, 110],
    ["Tỷ lệ hộ nghèo", "%", 4, 3.2, 4.1],
  ]);
  const b = await unit("Phường 2", [
    ["Doanh nghiệp thành lập mới", "doanh nghiệp", 100, 115, 90],
    ["Thu ngân sách", "tỷ đồng", 208.75, 190.5, 201],
    ["Tỷ lệ hộ nghèo", "%", 3, 2.9, 3.3],
  ]);
  const out = path.join(work, "tong-hop.xlsx");
  await mergeFiles([a, b], out, DEFAULT_SETTINGS, "vi");

  const cached: CellValue[][] = (await readSheets(out))[0]!.grid;
  const lo = recalculated(out, work);
  let numbers = 0;
  cached.forEach((row, r) =>
    row.forEach((value, c) => {
      const theirs = lo[r]?.[c] ?? null;
      if (typeof value === "number") {
        // Merged rates are fractions shown as percentages, which LibreOffice exports with "%".
        const number = theirs?.endsWith("%") ? Number(theirs.slice(0, -1)) / 100 : Number(theirs);
        expect({
          cell: [r + 1, c + 1],
          diff: Math.abs(number - value) <= 1e-9 * Math.max(1, Math.abs(value)),
        }).toEqual({
          cell: [r + 1, c + 1],
          diff: true,
        });
        numbers += 1;
      } else if (typeof value === "string" && value !== "") {
        expect({ cell: [r + 1, c + 1], text: theirs }).toEqual({ cell: [r + 1, c + 1], text: value });
      }
    }),
  );
  expect(numbers).toBeGreaterThan(10);
  // The totals themselves: 61 + 115 new firms, 131,25 + 190,5 tỷ; rates are not added.
  const flat = lo.flat();
  expect(flat).toContain("176");
  expect(flat).toContain("321.75");
  // Tỷ lệ hộ nghèo stays a percentage: 3,2% and 2,9% per unit, not 0,03.
  expect(flat).toContain("3.2%");
  expect(flat).toContain("2.9%");
}, 240_000);

/** How a person may fill a figure cell after Tính toán: `pct` is the figure in percent. */
type Way = "percent" | "plain" | "text" | "empty";
const WAYS: readonly Way[] = ["percent", "plain", "text", "empty"];

/** Types `pct` into an ExcelJS cell as Excel would store it: "6,5%" is 0.065 shown as a percent. */
function fill(cell: ExcelJS.Cell, way: Way, pct: number): void {
  cell.numFmt = way === "percent" ? "0.00%" : "General";
  if (way === "percent") cell.value = pct / 100;
  else if (way === "plain") cell.value = pct;
  else if (way === "text") cell.value = `${formatNumber(pct, "vi")}%`;
  else cell.value = null;
}

/**
 * Rows with a figure typed as text are the rules' (number_as_text): LibreOffice must show "—"
 * there, never an error; every other row must equal core, read from the filled file.
 */
async function expectCoreFigures(file: string, textRows: ReadonlySet<number>): Promise<number> {
  const { read } = findTable(await readSheets(file), DEFAULT_SETTINGS, file);
  const check = checkTable(read, DEFAULT_SETTINGS);
  const lo = recalculated(file, work);
  expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
  const flagged = new Set(
    check.findings.filter((f) => f.code === "number_as_text").map((f) => f.cell?.row ?? -1),
  );
  for (const r of textRows) {
    expect({ row: r + 1, flagged: flagged.has(r) }).toEqual({ row: r + 1, flagged: true });
    expect({ row: r + 1, pctPrior: lo[r]?.[read.layout.columns.pctPrior!] }).toEqual({
      row: r + 1,
      pctPrior: "—",
    });
  }
  const judged: TableCheck = {
    ...check,
    read: {
      ...read,
      table: {
        ...read.table,
        groups: read.table.groups.map((g) => ({
          ...g,
          rows: g.rows.filter((r) => !textRows.has(r.sheetRow)),
        })),
      },
    },
  };
  return expectSameFigures(judged, lo);
}

test("LibreOffice: a template filled after the fact as 6,5 %, 6,5, '6,5%' or nothing gives core's figures", async () => {
  const plan = templateSheet("thanh-pho-nam", {
    settings: DEFAULT_SETTINGS,
    year: 2021,
    unitName: "TP. Bến Tre",
  });
  const workbook = sheetPlanWorkbook(plan);
  const sheet = workbook.worksheets[0]!;
  const { columns, firstDataRow, lastDataRow } = plan.layout;
  const textRows = new Set<number>();
  let rates = 0;
  for (let r = firstDataRow; r <= lastDataRow; r++) {
    if (typeof sheet.getCell(r + 1, columns.stt! + 1).value !== "number") continue;
    const unit = String(sheet.getCell(r + 1, columns.unit! + 1).value ?? "");
    const planCell = sheet.getCell(r + 1, columns.plan! + 1);
    if (unit !== "%") {
      if (planCell.value === null || planCell.value === undefined) planCell.value = 120;
      sheet.getCell(r + 1, columns.actual! + 1).value = 131;
      continue;
    }
    // Every pair of ways for Thực hiện and Cùng kỳ; an empty Kế hoạch typed as a percent or plain.
    const actual = WAYS[rates % 4]!;
    const prior = WAYS[Math.floor(rates / 4) % 4]!;
    if (planCell.value === null || planCell.value === undefined)
      fill(planCell, rates % 2 ? "plain" : "percent", 5);
    fill(sheet.getCell(r + 1, columns.actual! + 1), actual, 6.5);
    fill(sheet.getCell(r + 1, columns.prior! + 1), prior, 5.25);
    if (actual === "text" || prior === "text") textRows.add(r);
    rates += 1;
  }
  const file = path.join(work, "mau-dien-sau.xlsx");
  await workbook.xlsx.writeFile(file);
  expect(rates).toBeGreaterThanOrEqual(8);
  expect(await expectCoreFigures(file, textRows)).toBeGreaterThan(100);
}, 240_000);

test("LibreOffice: a sheet computed with '5%' typed, then retyped every way, gives core's figures", async () => {
  // The office's own table, computed while Thực hiện held "5%" (0,05 shown as a percent).
  const header = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ", "Ghi chú"];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Bảng");
  sheet.getCell(1, 1).value = "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2021";
  header.forEach((h, c) => (sheet.getCell(3, c + 1).value = h));
  const pairs = WAYS.flatMap((actual) => WAYS.map((prior) => ({ actual, prior })));
  const rows = [
    ...pairs.map((p) => ({ ...p, planWay: "percent" as Way })),
    ...pairs.map((p) => ({ ...p, planWay: "plain" as Way })),
  ];
  rows.forEach((p, i) => {
    const r = 4 + i;
    sheet.getCell(r, 1).value = i + 1;
    sheet.getCell(r, 2).value = `Tỷ lệ ${i + 1}`;
    sheet.getCell(r, 3).value = "%";
    fill(sheet.getCell(r, 4), p.planWay, 5);
    // A third of the rows were still empty at Tính toán.
    if (i % 3 !== 2) fill(sheet.getCell(r, 5), "percent", 5);
  });
  await computeInPlace(workbook, path.join(work, "bang-tinh.xlsx"));
  // Then retyped: Thực hiện "6,50%", 6,5, as text or cleared; Cùng kỳ likewise.
  const textRows = new Set<number>();
  rows.forEach((p, i) => {
    fill(sheet.getCell(4 + i, 5), p.actual, 6.5);
    fill(sheet.getCell(4 + i, 6), p.prior, 5.25);
    if (p.actual === "text" || p.prior === "text") textRows.add(3 + i);
  });
  const file = path.join(work, "bang-go-lai.xlsx");
  await workbook.xlsx.writeFile(file);
  expect(await expectCoreFigures(file, textRows)).toBeGreaterThan(60);
}, 240_000);

test("a sheet whose cells and rows have no r attribute: chitieu places every cell where LibreOffice does", async () => {
  const file = path.join(work, "khong-r.xlsx");
  writeFileSync(file, await xlsxWithoutR());
  const ours = (await readSheets(file))[0]!.grid;
  const lo = recalculated(file, work);
  const asText = (v: CellValue): string | null => (v === null || v === "" ? null : String(v));
  const width = Math.max(...ours.map((r) => r.length), ...lo.map((r) => r.length));
  const pad = (rows: (string | null)[][]) =>
    Array.from({ length: Math.max(ours.length, lo.length) }, (_, r) =>
      Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null),
    );
  expect(pad(ours.map((r) => r.map(asText)))).toEqual(pad(lo));
  // The data rows follow the header on row 3 by order alone: 176 firms on row 4, column E.
  expect(ours[3]?.[4]).toBe(176);
  expect(ours[4]?.[1]).toBe("Tỷ lệ hộ nghèo");
}, 240_000);

test("LibreOffice recomputes a rolled-over table whose formats were kept (a rate as a percent) to core's figures", async () => {
  // 2022's table (seed 000's firms, issue-12's figures): money with a decimal, firms whole, a rate as "0.0%".
  const source = path.join(work, "nam-2022.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Năm 2022");
  const rows: (string | number | null)[][] = [
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
    [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", 42000, 42800.5, 39500],
    [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 200, 205, 190],
    [3, "Tỷ lệ tiêu chí đô thị loại I đạt được", "%", 0.7, 0.7, 0.66],
  ];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }),
  );
  for (const [row, format] of [
    [4, "#,##0.0"],
    [5, "#,##0"],
    [6, "0.0%"],
  ] as const)
    for (const col of [4, 5, 6]) ws.getCell(row, col).numFmt = format;
  await wb.xlsx.writeFile(source);
  const rolled = path.join(work, "nam-2023.xlsx");
  await rolloverFile(source, rolled, DEFAULT_SETTINGS);

  // 2023's figures typed as the kept formats show them: the rate as 72,5 % (0.725).
  const next = new ExcelJS.Workbook();
  await next.xlsx.readFile(rolled);
  const sheet = next.worksheets[0]!;
  expect(sheet.getCell("F6").numFmt).toBe("0.0%");
  for (const [address, value] of [
    ["D4", 45000],
    ["E4", 46100.2],
    ["D5", 210],
    ["E5", 198],
    ["D6", 0.72],
    ["E6", 0.725],
  ] as const)
    sheet.getCell(address).value = value;
  await next.xlsx.writeFile(rolled);

  const { read } = findTable(await readSheets(rolled), DEFAULT_SETTINGS, rolled);
  const check = checkTable(read, DEFAULT_SETTINGS);
  // Core reads the rate as the 72,5 it shows, against 70 last year.
  const rate = read.table.groups.flatMap((g) => g.rows)[2]!;
  expect([rate.actual, rate.prior]).toEqual([72.5, 70]);
  const lo = recalculated(rolled, work);
  expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
  expect(expectSameFigures(check, lo)).toBe(12);
}, 240_000);

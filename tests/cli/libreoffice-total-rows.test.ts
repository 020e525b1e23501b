/**
 * Total rows ("Cộng" under each group, "Tổng cộng" at the end) through the command line and
 * LibreOffice: the sheet's live % KH, % CK and tăng/giảm of each total are core's (TableCheck.totals),
 * its verdict cell stays empty and the summary still counts 2/3; the CLI's check table and the CSV
 * report list each total with the same percentages and no verdict.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { findTable } from "../../src/cli/check";
import type { JsonCheck } from "../../src/cli/json";
import { readSheets } from "../../src/cli/read";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { recalculated } from "./soffice";
import { run, tempDir } from "./helpers";
import { computeInPlace, sheetOf, type Cell } from "./workbooks";
import { SUBTOTAL_ROWS } from "../core/shared-tables";

const tmp = tempDir("chitieu-total-rows-");
afterAll(() => tmp.cleanup());

/** Two groups with their subtotals and the grand total (labels in the STT cell), with Cùng kỳ. */
const ROWS: Cell[][] = [
  ["BÁO CÁO SẢN LƯỢNG THỦY SẢN NĂM 2025"],
  [],
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
  ...SUBTOTAL_ROWS,
];
/** 0-based sheet rows of the totals. */
const TOTALS = [6, 9, 10];

async function book(name: string): Promise<{ workbook: ExcelJS.Workbook; file: string }> {
  const workbook = new ExcelJS.Workbook();
  sheetOf(workbook, "Thủy sản", ROWS);
  const file = path.join(tmp.dir, `${name}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return { workbook, file };
}

test("LibreOffice: each total's live % KH, % CK and tăng/giảm are core's, its verdict empty, 2/3 counted", async () => {
  const { workbook, file } = await book("tong");
  const check = checkTable(findTable(await readSheets(file), DEFAULT_SETTINGS, file).read, DEFAULT_SETTINGS);
  const plan = await computeInPlace(workbook, file, { numberFormats: false });
  const sheet = workbook.worksheets[0]!;
  sheet.getCell(plan.summary.row + 1, plan.summary.col + 1).value = {
    formula: plan.summary.formula.slice(1),
  };
  const computed = path.join(tmp.dir, "tong-tinh.xlsx");
  await workbook.xlsx.writeFile(computed);
  const lo = recalculated(computed, tmp.dir);
  expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
  const cols = plan.columns;
  const shown = (v: string | null | undefined) => (v === "—" ? "—" : (Number(v) * 100).toFixed(4));
  const core = (v: number | null | undefined) => (v === null || v === undefined ? "—" : v.toFixed(4));
  const sheetTotals = TOTALS.map((r) => [
    shown(lo[r]?.[cols.pctPlan!]),
    shown(lo[r]?.[cols.pctPrior!]),
    shown(lo[r]?.[cols.changePct!]),
    lo[r]?.[cols.diffPoints!],
    lo[r]?.[cols.verdict!] ?? "",
  ]);
  const coreTotals = TOTALS.map((r) => {
    const t = check.totals?.get(r);
    return [core(t?.pctPlan), core(t?.pctPrior), core(t?.changePct), "—", ""];
  });
  expect(sheetTotals).toEqual(coreTotals);
  // By hand: 144 / 150, 144 / 135; 80,2 / 80, 80,2 / 70; 224,2 / 230, 224,2 / 205.
  expect(coreTotals).toEqual([
    ["96.0000", "106.6667", "6.6667", "—", ""],
    ["100.2500", "114.5714", "14.5714", "—", ""],
    ["97.4783", "109.3659", "9.3659", "—", ""],
  ]);
  expect(lo[plan.summary.row]?.[plan.summary.col]).toBe("Đạt và vượt 2/3 chỉ tiêu");
}, 240_000);

test("check: the table lists 'Cộng' and 'Tổng cộng' with their percentages and no verdict", async () => {
  const { file } = await book("check");
  const r = await run("check", file);
  expect(r.code).toBe(0);
  const words = (line: string) => line.trim().split(/\s{2,}/);
  const lineOf = (row: number) => r.out.split("\n").find((l) => l.trimStart().startsWith(`${row} `))!;
  expect([7, 10, 11].map((row) => words(lineOf(row)))).toEqual([
    ["7", "Cộng", "96,00%", "106,67%", "+6,67%"],
    ["10", "Cộng", "100,25%", "114,57%", "+14,57%"],
    ["11", "Tổng cộng", "97,48%", "109,37%", "+9,37%"],
  ]);
  expect(words(lineOf(5))).toEqual(["5", "1", "Xã A", "104,00%", "115,56%", "+15,56%", "Vượt"]);
  expect(r.out).toContain("Toàn bảng: Đạt và vượt 2/3 chỉ tiêu");
});

test("check --json: the totals apart from the rows, with their figures and percentages", async () => {
  const { file } = await book("json");
  const data = JSON.parse((await run("check", file, "--json")).out) as JsonCheck;
  expect(data.rows.map((row) => row.name)).toEqual(["Xã A", "Xã B", "Thị trấn C"]);
  expect(
    data.totals?.map((t) => [
      t.row,
      t.name,
      t.actual,
      t.prior,
      t.pctPlan?.toFixed(2),
      t.changePct?.toFixed(2),
    ]),
  ).toEqual([
    [7, "Cộng", 144, 135, "96.00", "6.67"],
    [10, "Cộng", 80.2, 70, "100.25", "14.57"],
    [11, "Tổng cộng", 224.2, 205, "97.48", "9.37"],
  ]);
  expect([data.summary.reached, data.summary.total]).toEqual([2, 3]);
});

test("report --format csv: the totals with their percentages and an empty verdict", async () => {
  const { file } = await book("csv");
  const r = await run("report", file, "--format", "csv");
  const lines = r.out.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines.filter((l) => /^(Cộng|Tổng cộng);/.test(l))).toEqual([
    "Cộng;;tấn;150;144;135;96;106,67;6,67;",
    "Cộng;;tấn;80;80,2;70;100,25;114,57;14,57;",
    "Tổng cộng;;tấn;230;224,2;205;97,48;109,37;9,37;",
  ]);
  expect(lines).toContain("2;Xã B;tấn;50;40;45;80;88,89;-11,11;Không đạt");
});

/**
 * LibreOffice recalculates a 9-month table whose estimate, prior full year and Cùng kỳ an office
 * typed as text ("11.500", "62,5%", "2.900": an en-US Excel keeps them so, or they came pasted),
 * computed by the CLI's Tính toán, then a number typed over one of them: every computed cell must
 * be core's reading of the typed file (computeRow through checkTable).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { findTable } from "../../src/cli/check";
import { readSheets } from "../../src/cli/read";
import { verdictLabel } from "../../src/core/compute";
import { DEFAULT_SETTINGS, type ComputedColumn, type TableCheck } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { recalculated } from "./soffice";
import { computeInPlace, sheetOf, type Cell } from "./workbooks";
import { SEASONAL_TEXT, T06_TEXT } from "../core/shared-tables";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-text-figures-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each computed cell LibreOffice gives that is not core's, and how many were compared. */
function compare(
  lo: (string | null)[][],
  check: TableCheck,
  columns: Partial<Record<ComputedColumn, number>>,
): { mismatches: string[]; compared: number } {
  const mismatches: string[] = [];
  let compared = 0;
  for (const row of check.read.table.groups.flatMap((g) => g.rows)) {
    const ours = check.results.get(row.sheetRow)!;
    for (const key of Object.keys(columns) as ComputedColumn[]) {
      const got = lo[row.sheetRow]?.[columns[key]!] ?? null;
      compared += 1;
      const value = key === "verdict" ? null : ours[key];
      const want =
        key === "verdict" ? verdictLabel(ours.verdict, "vi") : value === null ? "—" : value.toFixed(6);
      const theirs =
        key === "verdict" || got === "—" ? got : (Number(got) * (key === "diffPoints" ? 1 : 100)).toFixed(6);
      if (theirs !== want) mismatches.push(`${row.sheetRow + 1} ${key}: ${got} ≠ ${want}`);
    }
  }
  return { mismatches, compared };
}

async function recalculatedAgainstCore(
  name: string,
  rows: Cell[][],
  typedLater: [string, number][],
): Promise<{ mismatches: string[]; compared: number; lo: (string | null)[][]; check: TableCheck }> {
  const workbook = new ExcelJS.Workbook();
  sheetOf(workbook, "Biểu 01", rows);
  const file = path.join(work, `${name}.xlsx`);
  const plan = await computeInPlace(workbook, file, { numberFormats: false });
  for (const [address, value] of typedLater) workbook.worksheets[0]!.getCell(address).value = value;
  await workbook.xlsx.writeFile(file);
  const check = checkTable(findTable(await readSheets(file), DEFAULT_SETTINGS, file).read, DEFAULT_SETTINGS);
  const lo = recalculated(file, work);
  expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
  return { ...compare(lo, check, plan.columns), lo, check };
}

test("LibreOffice: 'Ước cả năm' and 'Thực hiện năm 2024' typed as text give core's % CK, tăng/giảm and verdicts", async () => {
  const { mismatches, compared, check } = await recalculatedAgainstCore(
    "uoc-ca-nam-text",
    [...T06_TEXT, [5, "Hộ kinh doanh thành lập mới", "hộ", 800, 500, "850", "700"]],
    // The last row's estimate retyped as a number: the formula follows the cell (900 of 800, Vượt).
    [["F8", 900]],
  );
  expect(mismatches).toEqual([]);
  expect(compared).toBe(25);
  const at = (r: number) => check.results.get(r - 1)!;
  expect([4, 5, 6, 7, 8].map((r) => at(r).pctPrior?.toFixed(2))).toEqual([
    "104.55",
    "133.33",
    "113.79",
    "109.65",
    "128.57",
  ]);
  expect([4, 5, 6, 7, 8].map((r) => at(r).verdict)).toEqual(["khong_dat", "dat", "vuot", "vuot", "vuot"]);
}, 300_000);

test("LibreOffice: Cùng kỳ and the prior full year typed as text give core's seasonal pace", async () => {
  const { mismatches, compared, check } = await recalculatedAgainstCore(
    "mua-vu-text",
    [...SEASONAL_TEXT, [3, "Lao động được giải quyết việc làm", "lao động", 4000, 2800, "2.500", "3.900"]],
    // Cùng kỳ retyped as a number: 190/200 × 150 = 142,5 > 100, behind.
    [["F5", 190]],
  );
  expect(mismatches).toEqual([]);
  expect(compared).toBe(15);
  expect([4, 5, 6].map((r) => check.results.get(r - 1)!.verdict)).toEqual([
    "dung_tien_do",
    "cham_tien_do",
    "dung_tien_do",
  ]);
}, 300_000);

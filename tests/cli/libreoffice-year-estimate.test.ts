/**
 * AUDIT3 F8 recalculated by LibreOffice: a 9-month table with the office's "Ước thực hiện cả năm"
 * and "Thực hiện năm 2024" but no Cùng kỳ, written by the CLI's Tính toán; % CK and tăng/giảm
 * compare the estimate with 2024 in the sheet as core computes them (104,55 %, 133,33 %, 113,79 %;
 * the 9-month figures are made up), a rate's estimate typed as 62% read as 62, an empty estimate "—".
 * HyperFormula runs the same comparison in tests/core/period.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { findTable } from "../../src/cli/check";
import { readSheets } from "../../src/cli/read";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { recalculated } from "./soffice";
import { computeInPlace, sheetOf } from "./workbooks";
import { T06_HEAD, T06_ROWS } from "../core/shared-tables";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-uoc-nam-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test("LibreOffice's % CK and tăng/giảm of a 9-month table with 'Ước cả năm' and 'Thực hiện năm 2024' are core's", async () => {
  const workbook = new ExcelJS.Workbook();
  sheetOf(
    workbook,
    "Biểu 01",
    [
      ...T06_HEAD,
      ...T06_ROWS,
      [4, "Tỷ lệ lao động qua đào tạo", "%", 60, 58, 0.62, 57],
      [5, "Hộ kinh doanh thành lập mới", "hộ", 800, 500, null, 700],
    ],
    [],
    // The rate's estimate typed as 62% (0,62 shown as a percent): read as 62, as core reads it.
    { F7: "0%" },
  );
  const file = path.join(work, "9-thang.xlsx");
  const plan = await computeInPlace(workbook, file, { numberFormats: false });
  await workbook.xlsx.writeFile(file);
  const core = checkTable(findTable(await readSheets(file), DEFAULT_SETTINGS, file).read, DEFAULT_SETTINGS);
  const lo = recalculated(file, work);
  expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
  const [pctCol, changeCol] = [plan.columns.pctPrior!, plan.columns.changePct!];
  expect([lo[2]?.[pctCol], lo[2]?.[changeCol]]).toEqual([
    "% CK (ước cả năm so năm 2024)",
    "Tăng/giảm (%) ước cả năm so năm 2024",
  ]);
  const sheet = (v: string | null | undefined) => (v === "—" ? "—" : (Number(v) * 100).toFixed(2));
  const ours = (v: number | null | undefined) => (v === null || v === undefined ? "—" : v.toFixed(2));
  const rows = [3, 4, 5, 6, 7];
  const fromCore = rows.map((r) => {
    const res = core.results.get(r)!;
    return [ours(res.pctPrior), ours(res.changePct)];
  });
  expect(fromCore).toEqual([
    ["104.55", "4.55"],
    ["133.33", "33.33"],
    ["113.79", "13.79"],
    ["108.77", "8.77"],
    ["—", "—"],
  ]);
  expect(rows.map((r) => [sheet(lo[r]?.[pctCol]), sheet(lo[r]?.[changeCol])])).toEqual(fromCore);
}, 300_000);

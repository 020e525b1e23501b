/**
 * Dates as the CLI's xlsx reader gives them: "yyyy-mm-dd", the day Excel shows for the serial
 * (core's dayOfSerial), so that core reads the same date as from Office.js's serial.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/cli/xlsx-read";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "chitieu-xlsx-dates-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One row of numbers in dd/mm/yyyy, read back by the reader. */
async function readDates(serials: number[], date1904 = false): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet("Bảng");
  serials.forEach((s, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = s;
    cell.numFmt = "dd/mm/yyyy";
  });
  const file = path.join(dir, `d${date1904 ? 1904 : 1900}.xlsx`);
  await wb.xlsx.writeFile(file);
  return (await readXlsx(file))[0]!.grid[0]!;
}

test("serials before March 1900 as Excel shows them: 59 is 28/02, 60 the 29/02/1900 Excel counts", async () => {
  expect(await readDates([1, 59, 60, 61, 46365, 46365.75])).toEqual([
    "1900-01-01",
    "1900-02-28",
    "1900-02-29",
    "1900-03-01",
    "2026-12-09",
    "2026-12-09",
  ]);
});

test("a number Excel shows no date for stays a number; a 1904 workbook counts from 1 January 1904", async () => {
  expect(await readDates([-1, 2_958_466])).toEqual([-1, 2_958_466]);
  expect(await readDates([0, 44903], true)).toEqual(["1904-01-01", "2026-12-09"]);
});

/**
 * The CLI's xlsx writer (ExcelJS) writes a text the add-in quotes (core/literal.ts: "'9/12") as the
 * plain string "9/12": a string cell, never a number or a date, and without the apostrophe.
 */
import ExcelJS from "exceljs";
import { sheetPlanWorkbook } from "../../src/cli/xlsx-write";
import { literalCellValue } from "../../src/core/literal";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { templateSheet } from "../../src/core/templates";

const TEXTS = ["9/12", "1.400", "5%", "2026-12-09", "1/2", "(123)", "1E5", "TRUE", "9/14 xã"];

test("texts Excel would parse are string cells in the CLI's workbook, as they were given", async () => {
  const template = templateSheet("trong", { settings: DEFAULT_SETTINGS, year: 2021, unitName: "Phường 1" });
  const row = 60;
  const plan = {
    ...template,
    blocks: [...template.blocks, { row, col: 0, contents: [TEXTS.map(literalCellValue)] }],
  };
  const buffer = await sheetPlanWorkbook(plan).xlsx.writeBuffer();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as ArrayBuffer);
  const line = book.worksheets[0]!.getRow(row + 1);
  const cells = TEXTS.map((_, i) => line.getCell(i + 1));
  expect(cells.map((c) => c.value)).toEqual(TEXTS);
  expect(cells.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
});

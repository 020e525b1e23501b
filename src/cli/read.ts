/**
 * Files in: a .csv or .xlsx becomes one grid of cell values per sheet, the way the add-in sees a
 * sheet (merged cells hold their value in the top-left cell only; formulas give their cached
 * result), plus the 1-based line each grid row came from.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { CellValue, Text } from "../core/model";
import { isPercentFormat } from "../core/numbers";
import { parseCsv } from "./csv";

export interface SheetGrid {
  /** Sheet name (the file name for a CSV). */
  name: string;
  grid: CellValue[][];
  /** 1-based sheet row or CSV line of grid row i. */
  lines: number[];
  /** Cells holding a formula, as row * FORMULA_KEY_STRIDE + col; null for CSV, which cannot tell. */
  formulaCells: Set<number> | null;
  /**
   * "sheet" for a workbook, where a figure held as a string is a number stored as text; "text" for
   * a CSV, where every cell is typed text by nature (core/table.ts, ReadOptions.source).
   */
  source: "sheet" | "text";
  /**
   * Number formats that show a percent ("0%", "0.00%"), by grid position; sparse, empty for CSV.
   * A cell typed "4%" is stored as 0.04 with such a format, and read as the 4 it shows.
   */
  percentFormats: (string | null)[][];
}

/** Wider than Excel's 16 384 columns, so row and column fit one number key. */
export const FORMULA_KEY_STRIDE = 1 << 15;

/** A file that cannot be read as a table: exit code 2 with this sentence. */
export class FileReadError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "FileReadError";
  }
}

export async function readSheets(file: string): Promise<SheetGrid[]> {
  const lower = file.toLowerCase();
  if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
    throw new FileReadError({
      vi: `Không đọc được ${file}: chỉ nhận tệp .csv hoặc .xlsx.`,
      en: `Cannot read ${file}: only .csv and .xlsx files are accepted.`,
    });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? { vi: "không có tệp này", en: "no such file" }
        : { vi: "không mở được", en: "cannot open it" };
    throw new FileReadError({
      vi: `Không đọc được ${file}: ${why.vi}.`,
      en: `Cannot read ${file}: ${why.en}.`,
    });
  }
  return lower.endsWith(".csv") ? [csvSheet(file, bytes)] : xlsxSheets(file, bytes);
}

function csvSheet(file: string, bytes: Buffer): SheetGrid {
  const { rows, lines } = parseCsv(bytes.toString("utf8"));
  return { name: file, grid: rows, lines, formulaCells: null, source: "text", percentFormats: [] };
}

async function xlsxSheets(file: string, bytes: Buffer): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FileReadError({
      vi: `Không đọc được ${file}: không phải tệp Excel .xlsx hợp lệ.`,
      en: `Cannot read ${file}: not a valid Excel .xlsx file.`,
    });
  }
  return workbook.worksheets.map(worksheetGrid);
}

export function worksheetGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const grid: CellValue[][] = [];
  const formulaCells = new Set<number>();
  const percentFormats: (string | null)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      const type = cell.type;
      // Only the top-left cell of a merge holds the value, as Office.js reports it.
      if (type === ExcelJS.ValueType.Merge) {
        cells[c] = null;
        return;
      }
      const value = plainValue(cell.value);
      cells[c] = value;
      if (type === ExcelJS.ValueType.Formula) formulaCells.add(r * FORMULA_KEY_STRIDE + c);
      if (typeof value === "number") {
        const format = cell.numFmt;
        if (typeof format === "string" && isPercentFormat(format)) (percentFormats[r] ??= [])[c] = format;
      }
    });
    // eachCell skips empty cells; holes become null so every row is a dense array.
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    grid[r] = cells;
  });
  const lines: number[] = new Array<number>(grid.length);
  for (let r = 0; r < grid.length; r++) {
    if (grid[r] === undefined) grid[r] = [];
    lines[r] = r + 1;
  }
  return { name: sheet.name, grid, lines, formulaCells, source: "sheet", percentFormats };
}

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && !(result instanceof Date)) return result.error;
    return plainValue(result);
  }
  if ("error" in value) return value.error;
  if ("text" in value) return String(value.text);
  return null;
}

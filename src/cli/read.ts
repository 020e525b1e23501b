/**
 * Files in: a .csv or .xlsx becomes one grid of cell values per sheet, the way the add-in sees a
 * sheet (merged cells hold their value in the top-left cell only; formulas give their cached
 * result), plus the 1-based line each grid row came from.
 */
import { readFile } from "node:fs/promises";
import type { CellValue, Text } from "../core/model";
import { parseCsv } from "./csv";
import { decodeCsv, notAnXlsx } from "./sniff";
import { DEFAULT_LIMITS, XlsxReadError, readXlsx, type ReadOptions, type XlsxSheet } from "./xlsx-read";

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
   * A cell typed "4%" is stored as 0.04 with such a format, and read as the 4 it shows. A date's
   * format is here too: "9/12" typed in Excel became a date, which a figure cell cannot hold.
   */
  percentFormats: (string | null)[][];
  /** Every cell's number format, when read with { numberFormats: true } (.xlsx only); sparse. */
  numberFormats?: (string | null)[][];
  /** Hidden columns by grid column (.xlsx only, when the sheet hides any): core prefers visible ones. */
  hiddenColumns?: boolean[];
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

export async function readSheets(file: string, options: ReadOptions = {}): Promise<SheetGrid[]> {
  const lower = file.toLowerCase();
  if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
    throw new FileReadError({
      vi: `Không đọc được ${file}: chỉ nhận tệp .csv hoặc .xlsx.`,
      en: `Cannot read ${file}: only .csv and .xlsx files are accepted.`,
    });
  }
  if (lower.endsWith(".xlsx")) return xlsxSheets(file, options);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw cannotOpen(file, error);
  }
  return [csvSheet(file, bytes)];
}

function cannotOpen(file: string, error: unknown): FileReadError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT"
      ? { vi: "không có tệp này", en: "no such file" }
      : { vi: "không mở được", en: "cannot open it" };
  return new FileReadError({
    vi: `Không đọc được ${file}: ${why.vi}.`,
    en: `Cannot read ${file}: ${why.en}.`,
  });
}

function csvSheet(file: string, bytes: Buffer): SheetGrid {
  return csvSheetOf(file, decodeCsv(bytes).text);
}

/** A CSV's text as a grid, or the sentence saying which quote is never closed. */
export function csvSheetOf(file: string, text: string): SheetGrid {
  const { rows, lines, unterminatedQuoteLine: open } = parseCsv(text);
  if (open !== null) throw unterminatedQuote(file, open);
  return { name: file, grid: rows, lines, formulaCells: null, source: "text", percentFormats: [] };
}

export function unterminatedQuote(file: string, open: number): FileReadError {
  return new FileReadError({
    vi: `Không đọc được ${file}: dấu ngoặc kép (") mở ở dòng ${open} không được đóng, nên mọi dòng sau nó bị gộp vào một ô. Hãy sửa dòng ${open}.`,
    en: `Cannot read ${file}: the quote (") opened on line ${open} is never closed, so every line after it would fall into one cell. Fix line ${open}.`,
  });
}

/** A CSV file's text, decoded as readSheets decodes it. */
export async function readCsvText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw cannotOpen(file, error);
  }
  return decodeCsv(bytes).text;
}

/** A worksheet as read (xlsx-read.ts) as the grid the rest of the CLI reads. */
export function sheetGrid(sheet: XlsxSheet): SheetGrid {
  const formulaCells = new Set<number>();
  for (const f of sheet.formulas) formulaCells.add(f.row * FORMULA_KEY_STRIDE + f.col);
  return {
    name: sheet.name,
    grid: sheet.grid,
    lines: sheet.grid.map((_, r) => r + 1),
    formulaCells,
    source: "sheet",
    percentFormats: sheet.percentFormats,
    ...(sheet.numberFormats === undefined ? {} : { numberFormats: sheet.numberFormats }),
    ...(sheet.hiddenColumns === undefined ? {} : { hiddenColumns: sheet.hiddenColumns }),
  };
}

/** The workbook read as a stream (xlsx-read.ts), within its limits on cells, strings and bytes. */
async function xlsxSheets(file: string, options: ReadOptions): Promise<SheetGrid[]> {
  try {
    return (await readXlsx(file, DEFAULT_LIMITS, options)).map(sheetGrid);
  } catch (error) {
    return xlsxFailed(file, error);
  }
}

/** Any error of an xlsx read, in the words read.ts gives it (a wrong kind of file says what it is). */
export async function xlsxFailed(file: string, error: unknown): Promise<never> {
  if (error instanceof XlsxReadError) {
    // A file that is no workbook at all (a plain zip, a text file, an old .xls) says what it is.
    const wrong = notAnXlsx(await readFile(file).catch(() => Buffer.alloc(0)), file);
    if (wrong !== null) throw new FileReadError(wrong);
    throw new FileReadError({
      vi: `Không đọc được ${file}: ${error.text.vi}`,
      en: `Cannot read ${file}: ${error.text.en}`,
    });
  }
  if ((error as NodeJS.ErrnoException).code !== undefined) throw cannotOpen(file, error);
  throw error;
}

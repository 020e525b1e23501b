/**
 * applyFixes: write the numbers (and words, such as a Chiều cell's "Giảm") the user accepted, and
 * nothing else, in the look of their column. Only on the user's word. applyFixesAndValidate does
 * the same and validates the fixed table in the same Excel.run (3 syncs instead of 2 + 3).
 */
import { rangeA1 } from "../core/a1";
import type { CellValue, Fix, Settings } from "../core/model";
import { literalContent } from "../core/literal";
import { fixedCell } from "../core/numbers";
import { ChitieuError, guarded } from "./errors";
import { cellAt, isFormulaText, progress } from "./io";
import { readActiveTable, shownFormat, type ReadGrid } from "./read";
import { MARKS_KEY, loadSetting } from "./store";
import type { OnProgress, ValidateReport } from "./types";
import { checkGrid, markFindings } from "./validate";

export interface FixRun {
  row: number;
  col: number;
  values: (number | string)[];
}

/** A finite number or a word; a word is written as text whatever it starts with (writeRun). */
function writable(value: number | string): boolean {
  return typeof value === "number" ? Number.isFinite(value) : value.trim() !== "";
}

/**
 * Fixes grouped into vertical runs of adjacent cells (one range write each); last fix wins. A fix
 * that brings its column's header (a new Chiều column) writes that header too, once.
 */
export function fixRuns(fixes: readonly Fix[]): FixRun[] {
  const byCell = new Map<string, Pick<Fix, "cell" | "value">>();
  for (const fix of fixes) {
    if (!writable(fix.value)) continue;
    byCell.set(`${fix.cell.col},${fix.cell.row}`, fix);
    if (fix.header !== undefined && writable(fix.header.value))
      byCell.set(`${fix.header.cell.col},${fix.header.cell.row}`, fix.header);
  }
  const sorted = [...byCell.values()].sort((a, b) => a.cell.col - b.cell.col || a.cell.row - b.cell.row);
  const runs: FixRun[] = [];
  for (const fix of sorted) {
    const run = runs[runs.length - 1];
    if (run && run.col === fix.cell.col && run.row + run.values.length === fix.cell.row)
      run.values.push(fix.value);
    else runs.push({ row: fix.cell.row, col: fix.cell.col, values: [fix.value] });
  }
  return runs;
}

/** What a fix writes into one cell: its value and, where the cell takes its column's look, a format. */
interface FixedCell {
  row: number;
  col: number;
  value: number | string;
  /** null keeps the cell's own format. */
  numberFormat: string | null;
}

/** What the fixer needs to know of the sheet around a run: formulas, formats, column numbers. */
interface FixContext {
  formula(row: number, col: number): unknown;
  format(row: number, col: number): string;
  column(col: number): { value: CellValue; format: string }[];
}

/**
 * The cells a run writes: null for a cell holding a formula (even one that yields text,
 * ="1.234,5"), which is the person's and is never replaced by a constant.
 */
function fixedCells(run: FixRun, at: FixContext): (FixedCell | null)[] {
  return run.values.map((v, k) => {
    const row = run.row + k;
    if (isFormulaText(at.formula(row, run.col) as string | undefined)) return null;
    // A word (a Chiều cell's "Giảm") is written as it is, in the cell's own format.
    if (typeof v === "string") return { row, col: run.col, value: v, numberFormat: null };
    return { row, col: run.col, ...fixedCell(v, at.format(row, run.col), at.column(run.col)) };
  });
}

/** Queues a run's writes (values, and formats where a cell takes its column's look). */
function writeRun(sheet: Excel.Worksheet, run: FixRun, cells: (FixedCell | null)[]): void {
  const range = sheet.getRange(rangeA1(run.row, run.col, run.row + run.values.length - 1, run.col));
  if (cells.some((c) => c !== null && c.numberFormat !== null))
    range.numberFormat = cells.map((c) => [c?.numberFormat ?? null]) as string[][];
  // Through the one literal function: a word is never taken for a formula (core/literal.ts).
  range.values = cells.map((c) => [c === null ? null : literalContent(c.value)]) as unknown as (
    string | number
  )[][];
}

export async function applyFixes(
  fixes: Fix[],
  _settings: Settings,
  onProgress?: OnProgress,
): Promise<{ applied: number }> {
  const runs = fixRuns(fixes);
  if (runs.length === 0) return { applied: 0 };
  return guarded(() =>
    Excel.run(async (context) => {
      progress(onProgress, { vi: "Đang sửa các ô…", en: "Fixing cells…" }, 0);
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const ranges = runs.map((run) => {
        const range = sheet.getRange(rangeA1(run.row, run.col, run.row + run.values.length - 1, run.col));
        range.load(["numberFormat", "formulas"]);
        return range;
      });
      // The numbers around a fixed cell show the look it should take ("#,##0" beside "37.067").
      const columns = new Map<number, Excel.Range>();
      for (const run of runs) {
        if (columns.has(run.col)) continue;
        const used = sheet
          .getRange(rangeA1(run.row, run.col, run.row, run.col))
          .getEntireColumn()
          .getUsedRangeOrNullObject(true);
        used.load(["values", "numberFormat"]);
        columns.set(run.col, used);
      }
      await context.sync(); // sync 1: the cells' formats and their columns' numbers

      let applied = 0;
      runs.forEach((run, i) => {
        const range = ranges[i];
        if (!range) return;
        const used = columns.get(run.col);
        const column =
          used && !used.isNullObject
            ? (used.values as CellValue[][]).map((row, r) => ({
                value: row[0] ?? null,
                format: String((used.numberFormat as string[][])[r]?.[0] ?? "General"),
              }))
            : [];
        const cells = fixedCells(run, {
          formula: (row) => (range.formulas as unknown[][])[row - run.row]?.[0],
          format: (row) => String((range.numberFormat as string[][])[row - run.row]?.[0] ?? "General"),
          column: () => column,
        });
        writeRun(sheet, run, cells);
        applied += cells.filter((c) => c !== null).length;
      });
      // sync 2 is Excel.run's own closing sync: it carries the writes.
      progress(onProgress, { vi: "Xong", en: "Done" }, 1);
      return { applied };
    }),
  );
}

/**
 * The grid as it will read once the fixed cells are written, so the check can run before the
 * write's sync: a written number is a number (Excel's valueType "Double"), a word a string, and a
 * percent (or date) format it has shows in percentFormats as the reader expects.
 */
export function gridAfterFixes(
  grid: ReadGrid,
  cells: readonly FixedCell[],
  ownFormat: (row: number, col: number) => string,
): ReadGrid {
  const copy = <T>(rows: T[][]): T[][] => rows.map((r) => (r ? [...r] : r));
  const out: ReadGrid = {
    values: copy(grid.values),
    formulas: copy(grid.formulas),
    valueTypes: copy(grid.valueTypes),
    percentFormats: copy(grid.percentFormats),
  };
  for (const c of cells) {
    (out.values[c.row] ??= [])[c.col] = c.value;
    (out.formulas[c.row] ??= [])[c.col] = c.value;
    (out.valueTypes[c.row] ??= [])[c.col] = typeof c.value === "number" ? "Double" : "String";
    const format = c.numberFormat ?? ownFormat(c.row, c.col);
    (out.percentFormats[c.row] ??= [])[c.col] = shownFormat(format);
  }
  return out;
}

/**
 * The accepted fixes, then the check of the fixed table and its marks, in one Excel.run of 3
 * syncs: read (the table, its formats, our records), the marked cells' look (carrying the fixes'
 * writes), and Excel.run's closing one (the marks). The check reads the grid as the fixes leave it.
 * `sheetName`: the sheet the fixes were found on; another active sheet is refused.
 */
export async function applyFixesAndValidate(
  fixes: Fix[],
  settings: Settings,
  sheetName: string,
  onProgress?: OnProgress,
): Promise<{ applied: number; report: ValidateReport }> {
  const runs = fixRuns(fixes);
  return guarded(() =>
    Excel.run(async (context) => {
      progress(onProgress, { vi: "Đang sửa các ô…", en: "Fixing cells…" }, 0);
      const marksSetting = loadSetting(context, MARKS_KEY);
      const active = await readActiveTable(context, settings); // sync 1: read
      if (active.sheetName !== sheetName)
        throw new ChitieuError(
          {
            vi: `Các ô cần sửa thuộc trang tính "${sheetName}", nhưng trang đang mở là "${active.sheetName}". Hãy mở lại trang "${sheetName}" rồi sửa.`,
            en: `The cells to fix are on sheet "${sheetName}", but "${active.sheetName}" is open. Go back to "${sheetName}" and fix them there.`,
          },
          "wrong_sheet",
          { sheetName },
        );
      const formats = active.used.isNullObject ? [] : (active.used.numberFormat as unknown[][]);
      const origin = active.used.isNullObject
        ? { row: 0, col: 0 }
        : { row: active.used.rowIndex, col: active.used.columnIndex };
      const format = (row: number, col: number): string =>
        String(formats[row - origin.row]?.[col - origin.col] ?? "General");
      // The numbers around a fixed cell show the look it should take ("#,##0" beside "37.067").
      const column = (col: number) =>
        active.grid.values.map((line, row) => ({ value: line?.[col] ?? null, format: format(row, col) }));
      const written: FixedCell[] = [];
      for (const run of runs) {
        const cells = fixedCells(run, {
          formula: (r, c) => cellAt(active.grid.formulas, r, c),
          format,
          column,
        });
        writeRun(active.sheet, run, cells);
        written.push(...cells.filter((c): c is FixedCell => c !== null));
      }

      const grid = gridAfterFixes(active.grid, written, format);
      const checked = checkGrid(grid, settings);
      // sync 2 (in markFindings) carries the fixes' writes; sync 3 is Excel.run's closing one.
      const marked = await markFindings(context, active, checked.findings, marksSetting, onProgress);
      return { applied: written.length, report: { sheetName: active.sheetName, ...checked, marked } };
    }),
  );
}

/**
 * applyFixes: write the numbers the user accepted, and nothing else, in the look of their column.
 * Only on the user's word; re-validating afterwards is the pane's call.
 */
import { rangeA1 } from "../core/a1";
import type { CellValue, Fix, Settings } from "../core/model";
import { fixedCell } from "../core/numbers";
import { guarded } from "./errors";
import { progress } from "./io";
import type { OnProgress } from "./types";

export interface FixRun {
  row: number;
  col: number;
  values: number[];
}

/** Fixes grouped into vertical runs of adjacent cells (one range write each); last fix wins. */
export function fixRuns(fixes: readonly Fix[]): FixRun[] {
  const byCell = new Map<string, Fix>();
  for (const fix of fixes) {
    if (Number.isFinite(fix.value)) byCell.set(`${fix.cell.col},${fix.cell.row}`, fix);
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
        range.load("numberFormat");
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

      runs.forEach((run, i) => {
        const range = ranges[i];
        if (!range) return;
        const own = range.numberFormat as string[][];
        const used = columns.get(run.col);
        const column =
          used && !used.isNullObject
            ? (used.values as CellValue[][]).map((row, r) => ({
                value: row[0] ?? null,
                format: String((used.numberFormat as string[][])[r]?.[0] ?? "General"),
              }))
            : [];
        const cells = run.values.map((v, r) => fixedCell(v, String(own[r]?.[0] ?? "General"), column));
        if (cells.some((c) => c.numberFormat !== null))
          range.numberFormat = cells.map((c) => [c.numberFormat]) as string[][];
        range.values = cells.map((c) => [c.value]);
      });
      // sync 2 is Excel.run's own closing sync: it carries the writes.
      progress(onProgress, { vi: "Xong", en: "Done" }, 1);
      return { applied: runs.reduce((n, r) => n + r.values.length, 0) };
    }),
  );
}

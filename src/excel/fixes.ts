/**
 * applyFixes: write the numbers (and words, such as a Chiều cell's "Giảm là tốt") the user
 * accepted, and nothing else. Only on the user's word; re-validating afterwards is the pane's call.
 */
import { rangeA1 } from "../core/a1";
import type { Fix, Settings } from "../core/model";
import { guarded } from "./errors";
import { progress } from "./io";
import type { OnProgress } from "./types";

export interface FixRun {
  row: number;
  col: number;
  values: (number | string)[];
}

/** A number that can be written, or a word that Excel will not take for a formula. */
function writable(value: number | string): boolean {
  return typeof value === "number" ? Number.isFinite(value) : value.trim() !== "" && !/^[=+\-@]/.test(value);
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
      await context.sync(); // sync 1: the cells' formats (a number typed into a Text cell stays text)

      runs.forEach((run, i) => {
        const range = ranges[i];
        if (!range) return;
        const formats = range.numberFormat as string[][];
        if (formats.some((f) => f[0] === "@"))
          range.numberFormat = formats.map((f) => [f[0] === "@" ? "General" : null]) as string[][];
        range.values = run.values.map((v) => [v]);
      });
      // sync 2 is Excel.run's own closing sync: it carries the writes.
      progress(onProgress, { vi: "Xong", en: "Done" }, 1);
      return { applied: runs.reduce((n, r) => n + r.values.length, 0) };
    }),
  );
}

/**
 * applyFixes: write the numbers the user accepted, and nothing else. Only on the user's word;
 * re-validating afterwards is the pane's call.
 */
import { rangeA1 } from "../core/a1";
import type { Fix, Settings } from "../core/model";
import { guarded } from "./errors";
import { isFormulaText, progress } from "./io";
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
        range.load(["numberFormat", "formulas"]);
        return range;
      });
      await context.sync(); // sync 1: the cells' formats (a number typed into a Text cell stays text)

      let applied = 0;
      runs.forEach((run, i) => {
        const range = ranges[i];
        if (!range) return;
        const formats = range.numberFormat as string[][];
        // A formula (even one that yields text, ="1.234,5") is the person's: never replaced by a
        // constant, whatever the fix list says. Its cell is left alone (null keeps a cell).
        const formulas = range.formulas as unknown[][];
        const keep = run.values.map((_, k) => isFormulaText(formulas[k]?.[0] as string | undefined));
        if (formats.some((f, k) => f[0] === "@" && !keep[k]))
          range.numberFormat = formats.map((f, k) => [
            f[0] === "@" && !keep[k] ? "General" : null,
          ]) as string[][];
        range.formulas = run.values.map((v, k) => [keep[k] ? null : v]) as unknown as (string | number)[][];
        applied += keep.filter((k) => !k).length;
      });
      // sync 2 is Excel.run's own closing sync: it carries the writes.
      progress(onProgress, { vi: "Xong", en: "Done" }, 1);
      return { applied };
    }),
  );
}

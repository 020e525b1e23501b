/**
 * computeActiveSheet: write the computed columns (% KH, % CK, tăng/giảm, điểm %, đánh giá) as
 * live formulas, their formats, styles and verdict colours, and the "đạt và vượt x/y" line.
 * Everything written is ours and the same on every run, so a failed run is repaired by the next.
 */
import { colLetter, rangeA1 } from "../core/a1";
import type { CellRef, ComputedColumn, ComputePlan, Settings } from "../core/model";
import { clearStaleFormulas, computePlan } from "../core/plan";
import { splitByPayload } from "../core/payload";
import { checkTable } from "../core/rules";
import { ChitieuError, guarded } from "./errors";
import {
  addConditionalRules,
  applyStyles,
  cellAt,
  isFormulaText,
  progress,
  writeBlocks,
  writeNumberFormats,
} from "./io";
import type { SheetGrid } from "./io";
import { loadUsed, ownedCellsOf, readSheetTable, tableNotFoundFinding, usedGrid } from "./read";
import { supportsFeature } from "./requirements";
import {
  COMPUTED_PROPERTY,
  SHEETS_KEY,
  claimSheetKey,
  loadSetting,
  loadSheetKey,
  settingValue,
  sheetsFrom,
} from "./store";
import type { ComputeReport, OnProgress } from "./types";

/** Cells of our formula blocks that hold a typed constant: the user's, not ours. */
export function computeConflicts(plan: ComputePlan, grid: SheetGrid): CellRef[] {
  const out: CellRef[] = [];
  for (const block of plan.blocks) {
    block.contents.forEach((line, r) =>
      line.forEach((content, c) => {
        if (content === null) return;
        const row = block.row + r;
        const col = block.col + c;
        const existing = cellAt(grid.formulas, row, col) ?? null;
        if (existing === null || existing === "" || isFormulaText(existing)) return;
        if (existing === content) return;
        out.push({ row, col, address: rangeA1(row, col, row, col) });
      }),
    );
  }
  return out;
}

/** The summary cell is written only when empty or already holding our formula. */
export function summaryIsOurs(plan: ComputePlan, grid: SheetGrid): boolean {
  const existing = cellAt(grid.formulas, plan.summary.row, plan.summary.col) ?? null;
  if (existing === null || existing === "") return true;
  if (typeof existing !== "string") return false;
  const cut = plan.summary.formula.indexOf("&");
  const prefix = cut > 0 ? plan.summary.formula.slice(0, cut) : plan.summary.formula;
  return existing.startsWith(prefix);
}

/** The ranges of our computed columns over the data rows: where our conditional formats live. */
function ownedRanges(plan: ComputePlan): string[] {
  return plan.blocks.map((b) =>
    rangeA1(b.row, b.col, b.row + b.contents.length - 1, b.col + (b.contents[0]?.length ?? 1) - 1),
  );
}

export async function computeActiveSheet(
  settings: Settings,
  options: { overwrite?: boolean } = {},
  onProgress?: OnProgress,
): Promise<ComputeReport> {
  return guarded(() =>
    Excel.run(async (context) => {
      progress(onProgress, { vi: "Đang đọc bảng…", en: "Reading the table…" }, 0);
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load(["id", "name"]);
      const keyProbe = loadSheetKey(sheet);
      const used = loadUsed(sheet);
      const sheetsSetting = loadSetting(context, SHEETS_KEY);
      await context.sync(); // sync 1: read

      const grid = usedGrid(used);
      const read = readSheetTable(grid, settings);
      if (read === null) throw new ChitieuError(tableNotFoundFinding().message, "table_not_found");
      const check = checkTable(read, settings, { ownedCells: ownedCellsOf(read, grid) });
      const plan = clearStaleFormulas(
        computePlan(read, settings),
        (r, c) => cellAt(grid.formulas, r, c) ?? null,
      );
      const columns: Partial<Record<ComputedColumn, string>> = {};
      for (const [key, col] of Object.entries(plan.columns) as [ComputedColumn, number][])
        columns[key] = colLetter(col);
      const conflicts = computeConflicts(plan, grid);
      if (conflicts.length > 0 && options.overwrite !== true) {
        // Nothing is written: the pane asks the user first.
        return { sheetName: sheet.name, written: false, conflicts, summary: check.summary, columns };
      }

      progress(onProgress, { vi: "Đang ghi công thức…", en: "Writing formulas…" }, 0.5);
      // Ordinary tables are one batch; one longer than Excel on the web's 5 MB request cap is cut
      // by rows, one sync per extra batch (the documented exception to "never sync in a loop").
      const batches = splitByPayload([...plan.headers, ...plan.blocks]);
      for (const [i, batch] of batches.entries()) {
        writeBlocks(sheet, batch);
        writeNumberFormats(sheet, batch);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        if (i < batches.length - 1) await context.sync();
      }
      if (plan.summary.formula !== "" && summaryIsOurs(plan, grid)) {
        writeBlocks(sheet, [
          { row: plan.summary.row, col: plan.summary.col, contents: [[plan.summary.formula]] },
        ]);
      }
      applyStyles(
        sheet,
        plan.styles.filter((s) => s.style !== "summary" || summaryIsOurs(plan, grid)),
      );
      // Our conditional formats: replaced on exactly our columns, the user's elsewhere stay.
      for (const address of ownedRanges(plan)) sheet.getRange(address).conditionalFormats.clearAll();
      addConditionalRules(sheet, plan.conditionalRules);

      const computed = JSON.stringify(columns);
      if (supportsFeature("customProperties")) sheet.customProperties.add(COMPUTED_PROPERTY, computed);
      const sheets = sheetsFrom(settingValue(sheetsSetting));
      const key = claimSheetKey(keyProbe);
      sheets[key] = { ...sheets[key], sheetName: sheet.name, computed: true };
      context.workbook.settings.add(SHEETS_KEY, sheets);
      // sync 2 is Excel.run's own closing sync: it carries these writes.
      progress(onProgress, { vi: "Xong", en: "Done" }, 1);
      return { sheetName: sheet.name, written: true, conflicts, summary: check.summary, columns };
    }),
  );
}

/**
 * computeActiveSheet: write the computed columns (% KH, % CK, tăng/giảm, điểm %, đánh giá) as
 * live formulas, their formats, styles and verdict colours, and the "đạt và vượt x/y" line.
 * Everything written is ours and the same on every run, so a failed run is repaired by the next.
 */
import { colLetter, rangeA1 } from "../core/a1";
import {
  INPUT_COLUMNS,
  type CellRef,
  type CellValue,
  type ComputedColumn,
  type ComputePlan,
  type Settings,
  type TableLayout,
} from "../core/model";
import { isSummaryFormula } from "../core/formulas";
import { clearStaleFormulas, computePlan } from "../core/plan";
import { notCombinedFromSheet } from "../core/not-combined";
import { splitByPayload } from "../core/payload";
import { guarded } from "./errors";
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
import { checkSheetTable, readActiveTable, requireTable } from "./read";
import { supportsFeature } from "./requirements";
import { COMPUTED_PROPERTY, SHEETS_KEY, claimSheetKey } from "./store";
import { charsToPoints } from "./template";
import type { ComputeReport, OnProgress } from "./types";

/** The look of the user's table where our columns join it: its last input column. */
interface TableLook {
  header: Excel.Range;
  headerBorders: Excel.RangeBorderCollection;
  dataBorders: Excel.RangeBorderCollection | null;
}

/** Queues the loads of the table's look; read after the next sync. */
function loadTableLook(sheet: Excel.Worksheet, layout: TableLayout): TableLook | null {
  const cols = INPUT_COLUMNS.map((k) => layout.columns[k]).filter((c): c is number => c !== undefined);
  if (cols.length === 0) return null;
  const col = Math.max(...cols);
  const header = sheet.getCell(layout.headerBottom, col);
  header.load(["format/fill/color", "format/font/bold", "format/font/color"]);
  const headerBorders = header.format.borders.load("items/sideIndex,items/style");
  const dataBorders =
    layout.lastDataRow >= layout.firstDataRow
      ? sheet.getCell(layout.firstDataRow, col).format.borders.load("items/sideIndex,items/style")
      : null;
  return { header, headerBorders, dataBorders };
}

const hasBorders = (borders: Excel.RangeBorderCollection | null): boolean =>
  borders !== null && borders.items.some((b) => b.sideIndex.startsWith("Edge") && b.style !== "None");

function drawBorders(sheet: Excel.Worksheet, address: string): void {
  const borders = sheet.getRange(address).format.borders;
  for (const edge of [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    "InsideVertical",
    "InsideHorizontal",
  ] as const)
    borders.getItem(edge).style = "Continuous";
}

/**
 * Our columns extend the user's table: their header fill and font where the table has a coloured
 * header, their grid where it has one, and widths that show "Không giao kế hoạch" whole.
 */
function extendTableLook(sheet: Excel.Worksheet, plan: ComputePlan, look: TableLook | null): void {
  for (const { col, chars } of plan.columnWidths)
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = charsToPoints(chars);
  if (look === null) return;
  const fill = look.header.format.fill.color;
  const coloured = typeof fill === "string" && fill !== "" && fill.toUpperCase() !== "#FFFFFF";
  for (const h of plan.headers) {
    const address = rangeA1(h.row, h.col, h.row, h.col + (h.contents[0]?.length ?? 1) - 1);
    if (coloured) {
      const format = sheet.getRange(address).format;
      format.fill.color = fill;
      format.font.bold = look.header.format.font.bold;
      format.font.color = look.header.format.font.color;
    }
    if (hasBorders(look.headerBorders)) drawBorders(sheet, address);
  }
  if (hasBorders(look.dataBorders))
    for (const b of plan.blocks) {
      const rows = b.contents.length;
      const cols = b.contents[0]?.length ?? 0;
      if (rows > 0 && cols > 0) drawBorders(sheet, rangeA1(b.row, b.col, b.row + rows - 1, b.col + cols - 1));
    }
}

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

/**
 * The summary cell is written only when empty or already holding our formula, in either
 * language (a switch of the workbook's language rewrites it).
 */
export function summaryIsOurs(plan: ComputePlan, grid: SheetGrid): boolean {
  const existing = cellAt(grid.formulas, plan.summary.row, plan.summary.col) ?? null;
  if (existing === null || existing === "") return true;
  if (typeof existing !== "string") return false;
  const cut = plan.summary.formula.indexOf("&");
  const prefix = cut > 0 ? plan.summary.formula.slice(0, cut) : plan.summary.formula;
  return existing.startsWith(prefix) || isSummaryFormula(existing);
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
      const active = await readActiveTable(context, settings); // sync 1: read
      const { sheet, grid, keyProbe } = active;
      const read = requireTable(active);
      const check = checkSheetTable(read, grid, settings);
      const formulaAt = (r: number, c: number): CellValue => cellAt(grid.formulas, r, c) ?? null;
      // A merged sheet keeps its rows the merge could not combine (core/not-combined.ts).
      const notCombined = notCombinedFromSheet(read, formulaAt);
      const plan = clearStaleFormulas(computePlan(read, settings, { notCombined }), formulaAt);
      const columns: Partial<Record<ComputedColumn, string>> = {};
      for (const [key, col] of Object.entries(plan.columns) as [ComputedColumn, number][])
        columns[key] = colLetter(col);
      const conflicts = computeConflicts(plan, grid);
      if (conflicts.length > 0 && options.overwrite !== true) {
        // Nothing is written: the pane asks the user first.
        return { sheetName: active.sheetName, written: false, conflicts, summary: check.summary, columns };
      }

      const look = loadTableLook(sheet, read.layout);
      await context.sync(); // sync 2: the look of the table our columns extend

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
      extendTableLook(sheet, plan, look);
      // Our conditional formats: replaced on exactly our columns, the user's elsewhere stay.
      for (const address of ownedRanges(plan)) sheet.getRange(address).conditionalFormats.clearAll();
      addConditionalRules(sheet, plan.conditionalRules);

      const computed = JSON.stringify(columns);
      if (supportsFeature("customProperties")) sheet.customProperties.add(COMPUTED_PROPERTY, computed);
      const sheets = active.records;
      const key = claimSheetKey(keyProbe);
      sheets[key] = { ...sheets[key], sheetName: active.sheetName, computed: true };
      context.workbook.settings.add(SHEETS_KEY, sheets);
      // sync 3 is Excel.run's own closing sync: it carries these writes.
      progress(onProgress, { vi: "Xong", en: "Done" }, 1);
      return { sheetName: active.sheetName, written: true, conflicts, summary: check.summary, columns };
    }),
  );
}

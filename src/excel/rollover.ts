/**
 * "Sang kỳ mới": next year's table from the active sheet's, on a new sheet (core/rollover.ts
 * decides every cell). The active sheet is only read. Next year's plans come from the term's path
 * when another sheet of the workbook is a term table tracking the indicator; a term table itself
 * gains its next year's column (core/term-rollover.ts).
 */
import type { Period, Settings, TableRead } from "../core/model";
import { rollover } from "../core/rollover";
import { guarded } from "./errors";
import { progress } from "./io";
import { readActiveTable, readSheetTable, requireTable, usedGrid } from "./read";
import { addPlannedSheetIn } from "./template";
import type { OnProgress } from "./types";

export interface RolloverReport {
  sheetName: string;
  /** Indicator rows whose actual moved to Cùng kỳ. */
  moved: number;
  toYear: number | null;
  /** Indicator rows whose plan was taken from the term's path. */
  planned: number;
  /** A term table rolled over: the year whose column was added. */
  addedYear: number | null;
  /** The period the new table names (the source's). */
  period: Period;
}

/** How much of another sheet is read when looking for a term table (A1:Z120), and of how many sheets. */
const TERM_WINDOW = "A1:Z120";
const MAX_OTHER_SHEETS = 30;

/** Queues the load of a sheet's first rows and columns, as loadUsed loads a used range. */
function loadWindow(sheet: Excel.Worksheet): Excel.Range {
  const range = sheet.getRange(TERM_WINDOW);
  range.load(["values", "formulas", "valueTypes", "numberFormat", "rowIndex", "columnIndex", "address"]);
  return range;
}

/** The used range's number formats by sheet position, General left out: the new table keeps the rest. */
function formatsByPosition(used: Excel.Range): (string | null)[][] {
  const out: (string | null)[][] = [];
  if (used.isNullObject) return out;
  (used.numberFormat as unknown[][]).forEach((row, r) =>
    row.forEach((format, c) => {
      if (typeof format === "string" && format !== "" && format !== "General")
        (out[used.rowIndex + r] ??= [])[used.columnIndex + c] = format;
    }),
  );
  return out;
}

export async function rolloverActiveSheet(
  settings: Settings,
  onProgress?: OnProgress,
): Promise<RolloverReport> {
  return guarded(() =>
    Excel.run(async (context) => {
      progress(onProgress, { vi: "Đang đọc bảng…", en: "Reading the table…" }, 0);
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const active = await readActiveTable(context, settings); // sync 1: read (and the sheet names)
      const read = requireTable(active);
      const names = sheets.items.map((s) => s.name);

      // A year's table looks for the term tables among the other sheets: sync 2.
      const terms: TableRead[] = [];
      if (read.layout.term === undefined) {
        // Term tables are small: a fixed window of each other sheet keeps the read within the web's
        // 5 MB response cap however large the workbook's other sheets are.
        const others = sheets.items
          .filter((s) => s.name !== active.sheetName)
          .slice(0, MAX_OTHER_SHEETS)
          .map((s) => loadWindow(s));
        if (others.length > 0) {
          progress(onProgress, { vi: "Đang tìm bảng nhiệm kỳ…", en: "Looking for a term table…" }, 0.2);
          await context.sync(); // sync 2: the other sheets
          for (const used of others) {
            const other = readSheetTable(usedGrid(used), settings);
            if (other?.layout.term !== undefined) terms.push(other);
          }
        }
      }
      const result = rollover(active.grid.values, read, settings, {
        sheetName: active.sheetName,
        terms,
        numberFormats: formatsByPosition(active.used),
        ...(active.mapping === undefined ? {} : { mapping: active.mapping }),
      });
      // The names are known: the new sheet rides on Excel.run's closing sync (sync 3 at most).
      const sheetName = await addPlannedSheetIn(
        context,
        result.plan,
        { vi: "Đang lập bảng kỳ mới…", en: "Writing the next period's table…" },
        onProgress,
        { taken: names },
      );
      return {
        sheetName,
        moved: result.moved,
        toYear: result.toYear,
        planned: result.planned,
        addedYear: result.addedYear ?? null,
        period: read.table.period,
      };
    }),
  );
}

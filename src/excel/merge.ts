/**
 * Consolidation in the pane: the units' .xlsx files, picked by the user, are read in the browser
 * with ExcelJS (loaded on demand, in a chunk of its own, so the pane opens without it), merged by
 * core mergeUnits, and the merged table written to a NEW sheet "Tổng hợp …" (core mergeToSheetPlan).
 */
import type { Cell, CellValue as XlsxValue, Worksheet } from "exceljs";
import type { CellValue, Lang, Settings, SheetPlan } from "../core/model";
import { buildMergeSheet, mergeUnits, type MergeResult, type MergeUnit } from "../core/merge";
import { isPercentFormat } from "../core/numbers";
import { TableNotFoundError, readTable } from "../core/table";
import { ChitieuError, guarded } from "./errors";
import { progress } from "./io";
import { addPlannedSheet } from "./template";
import type { OnProgress } from "./types";
import { xlsxWithCellRefs } from "./xlsx-refs";

/** A file the user picked: its name and its bytes (File.arrayBuffer()). */
export interface UnitFile {
  name: string;
  data: ArrayBuffer;
}

type ExcelJSModule = typeof import("exceljs");

/** ExcelJS on first use only: about 1 MB the pane does not need until a merge. */
async function loadExcelJS(): Promise<ExcelJSModule> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJSModule & {
    default?: ExcelJSModule;
  };
  return mod.default ?? mod;
}

function plainValue(value: XlsxValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    // A formula gives its cached result, as Excel's values do.
    const result = value.result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && !(result instanceof Date)) return result.error;
    return plainValue(result);
  }
  if ("error" in value) return value.error;
  if ("text" in value) return String(value.text);
  return null;
}

function cellValue(cell: Cell): CellValue {
  // Only the top-left cell of a merge holds the value, as Office.js reports it.
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  return plainValue(cell.value);
}

/** An ExcelJS worksheet as the grid core reads (row 0 = Excel row 1), dense, holes as null. */
export function worksheetGrid(sheet: Worksheet): CellValue[][] {
  const grid: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = cellValue(cell);
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    grid[rowNumber - 1] = cells;
  });
  for (let r = 0; r < grid.length; r++) if (grid[r] === undefined) grid[r] = [];
  return grid;
}

/**
 * The number formats of the sheet's numbers, by grid position, as the CLI reads them (cli/read.ts):
 * a unit's "4%" is 0.04 shown as a percent and read as the 4 it shows.
 */
export function worksheetFormats(sheet: Worksheet): (string | null)[][] {
  const formats: (string | null)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (typeof cellValue(cell) === "number" && isPercentFormat(cell.numFmt))
        (formats[rowNumber - 1] ??= [])[colNumber - 1] = cell.numFmt;
    });
  });
  return formats;
}

/** The unit's name from its table ("Đơn vị: Phường 1" → as written), else the file name. */
export function unitNameOf(tableUnitName: string, fileName: string): string {
  const fromTable = tableUnitName.trim();
  return fromTable !== "" ? fromTable : fileName.replace(/\.xlsx$/i, "");
}

function cannotRead(file: string): ChitieuError {
  return new ChitieuError(
    {
      vi: `Không đọc được tệp “${file}”: đây không phải tệp Excel .xlsx hợp lệ.`,
      en: `Cannot read “${file}”: it is not a valid Excel .xlsx file.`,
    },
    "file_unreadable",
  );
}

/** Each file's first sheet that holds a table (workbooks often keep a cover sheet in front). */
export async function readUnitFiles(files: readonly UnitFile[], settings: Settings): Promise<MergeUnit[]> {
  const ExcelJS = await loadExcelJS();
  const units: MergeUnit[] = [];
  for (const file of files) {
    if (!/\.xlsx$/i.test(file.name)) throw cannotRead(file.name);
    const workbook = new ExcelJS.Workbook();
    const data = await xlsxWithCellRefs(file.data, file.name);
    try {
      await workbook.xlsx.load(data);
    } catch (e) {
      throw new ChitieuError(cannotRead(file.name).text, "file_unreadable", { cause: e });
    }
    let unit: MergeUnit | null = null;
    for (const ws of workbook.worksheets) {
      try {
        const read = readTable(worksheetGrid(ws), {
          convention: settings.convention,
          numberFormats: worksheetFormats(ws),
        });
        unit = { unitName: unitNameOf(read.table.unitName, file.name), read };
        break;
      } catch (e) {
        if (!(e instanceof TableNotFoundError)) throw e;
      }
    }
    if (unit === null)
      throw new ChitieuError(
        {
          vi: `Không tìm thấy bảng chỉ tiêu trong tệp “${file.name}”. Hãy kiểm tra dòng tiêu đề (Chỉ tiêu, Đơn vị, Kế hoạch, Thực hiện).`,
          en: `No indicator table was found in “${file.name}”. Check the header row (Indicator, Unit, Plan, Actual).`,
        },
        "table_not_found",
      );
    units.push(unit);
  }
  return units;
}

/** Reads the files and merges their tables; nothing is written. */
export async function mergeUnitFiles(
  files: readonly UnitFile[],
  settings: Settings,
  onProgress?: OnProgress,
): Promise<MergeResult> {
  return guarded(async () => {
    progress(onProgress, { vi: "Đang đọc các tệp…", en: "Reading the files…" }, 0);
    const units = await readUnitFiles(files, settings);
    progress(onProgress, { vi: "Đang tổng hợp…", en: "Merging…" }, 0.8);
    return mergeUnits(units, settings);
  });
}

/** The merged sheet's plan: core's, the very one the CLI writes to its .xlsx. */
export function mergedSheetPlan(result: MergeResult, settings: Settings, lang: Lang): SheetPlan {
  return buildMergeSheet(result, settings, lang).plan;
}

/** The merged table, computed like any other, on a new sheet. */
export async function writeMergedSheet(
  result: MergeResult,
  settings: Settings,
  lang: Lang,
  onProgress?: OnProgress,
): Promise<{ sheetName: string }> {
  return guarded(async () => {
    const plan = mergedSheetPlan(result, settings, lang);
    const sheetName = await addPlannedSheet(
      plan,
      { vi: "Đang ghi bảng tổng hợp…", en: "Writing the merged table…" },
      onProgress,
    );
    return { sheetName };
  });
}

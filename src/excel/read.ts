/**
 * Reading the active sheet's table: what sync 1 of validate, compute, charts and status loads,
 * and how the loaded grid becomes core's TableRead.
 */
import type { ComputedColumn, Finding, Settings, TableCheck, TableRead } from "../core/model";
import { colLetter } from "../core/a1";
import { isDateFormat } from "../core/dates";
import { parseMapping, type ColumnMapping } from "../core/mapping";
import { msg } from "../core/messages/index";
import { COMPUTED_COLUMNS } from "../core/model";
import { checkedApart } from "../core/not-combined";
import { checkTable, type OwnedCell } from "../core/rules";
import { HEADER_SEARCH_ROWS, TableNotFoundError, readTable } from "../core/table";
import { ChitieuError } from "./errors";
import { cellAt, gridFromUsed, isFormulaText, type SheetGrid } from "./io";
import {
  SHEETS_KEY,
  loadSetting,
  loadSheetKey,
  settingValue,
  sheetKeyOf,
  sheetsFrom,
  type SheetKeyProbe,
  type SheetRecord,
  type SheetsStore,
} from "./store";
import { sourceOfDerived } from "./derived";

/** The record's column mapping (Chỉ định cột), when it holds a usable one. */
export function mappingOf(record: SheetRecord | undefined): ColumnMapping | undefined {
  return parseMapping(record?.mapping) ?? undefined;
}

/**
 * Columns whose hidden state is asked for, A to AZ. The used range's width is not known before the
 * sync, so a fixed width is asked in the same sync; an indicator table with its computed columns is
 * some 20 columns wide, and a column past AZ is taken as visible.
 */
export const HIDDEN_PROBE_COLUMNS = 52;

/** The hidden-state probes queued with each used range (loadUsed), read back by usedGrid. */
const hiddenProbes = new WeakMap<Excel.Range, Excel.Range[]>();

/**
 * Queues the load of a sheet's used range (values too: a formatted-only sheet is still empty), and
 * in the same sync whether each of the first columns is hidden (`Range.columnHidden`, ExcelApi 1.2):
 * a hidden "TH 6 tháng" must not be read over the visible "TH năm 2025" (AUDIT3 F5).
 */
export function loadUsed(sheet: Excel.Worksheet): Excel.Range {
  const used = sheet.getUsedRangeOrNullObject();
  used.load(["values", "formulas", "valueTypes", "numberFormat", "rowIndex", "columnIndex", "address"]);
  const probes: Excel.Range[] = [];
  for (let c = 0; c < HIDDEN_PROBE_COLUMNS; c++) {
    // A whole column: columnHidden is documented for the columns a range spans.
    const column = sheet.getRange(`${colLetter(c)}:${colLetter(c)}`);
    column.load("columnHidden");
    probes.push(column);
  }
  hiddenProbes.set(used, probes);
  return used;
}

/**
 * The hidden columns the probes saw, from column A; undefined when none is hidden (most sheets) or
 * the range was loaded without probes. A null answer (a mixed range, which one column is not) is
 * taken as visible.
 */
export function hiddenColumnsOf(used: Excel.Range): boolean[] | undefined {
  const probes = hiddenProbes.get(used);
  if (probes === undefined) return undefined;
  const hidden = probes.map((p) => p.columnHidden === true);
  return hidden.includes(true) ? hidden : undefined;
}

/**
 * A sheet grid with the number formats that change how a figure reads, by sheet position: those
 * that show a percent ("0%", "0.00%") and dates ("dd/mm/yyyy": "9/12" typed became 9 December).
 */
export interface ReadGrid extends SheetGrid {
  /** Sparse: only cells whose format shows "%" or a date; readTable reads the rest as General. */
  percentFormats: (string | null)[][];
  /** Hidden columns from A (true when hidden); absent when none is. */
  hiddenColumns?: boolean[];
}

/** A format core must see (readShownFormats): a percent or a date; null for any other. */
export function shownFormat(format: unknown): string | null {
  if (typeof format !== "string") return null;
  return format.includes("%") || isDateFormat(format) ? format : null;
}

/** The loaded used range as a grid from A1; an empty grid for an empty sheet. */
export function usedGrid(used: Excel.Range): ReadGrid {
  if (used.isNullObject) return { values: [], formulas: [], valueTypes: [], percentFormats: [] };
  const grid = gridFromUsed({
    values: used.values as unknown[][],
    formulas: used.formulas as unknown[][],
    valueTypes: used.valueTypes as string[][],
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
  });
  const hidden = hiddenColumnsOf(used);
  return {
    ...grid,
    percentFormats: percentFormats(used.numberFormat as unknown[][], used),
    ...(hidden === undefined ? {} : { hiddenColumns: hidden }),
  };
}

/**
 * Excel gives a cell typed "4%" as 0.04 with the format "0%": core reads it as the 4 it shows; and
 * "9/12" typed as 46365 with a date format: core says it is a date, not nine done.
 */
function percentFormats(
  formats: unknown[][],
  at: { rowIndex: number; columnIndex: number },
): (string | null)[][] {
  const out: (string | null)[][] = [];
  formats.forEach((row, r) =>
    row.forEach((format, c) => {
      const shown = shownFormat(format);
      if (shown !== null) (out[at.rowIndex + r] ??= [])[at.columnIndex + c] = shown;
    }),
  );
  return out;
}

/** core readTable, with "no table here" as null rather than an exception. */
export function readSheetTable(
  grid: SheetGrid & { percentFormats?: (string | null)[][]; hiddenColumns?: boolean[] },
  settings: Settings,
  mapping?: ColumnMapping,
): TableRead | null {
  try {
    return readTable(grid.values, {
      ...(mapping === undefined ? {} : { mapping }),
      convention: settings.convention,
      valueTypes: grid.valueTypes,
      numberFormats: grid.percentFormats,
      ...(grid.hiddenColumns === undefined ? {} : { hiddenColumns: grid.hiddenColumns }),
      isFormula: (r, c) => isFormulaText(cellAt(grid.formulas, r, c) as string | undefined),
    });
  } catch (e) {
    if (e instanceof TableNotFoundError) return null;
    throw e;
  }
}

/** What the read phase of validate, compute, report and roll-over gives each of them. */
export interface ActiveTable {
  sheet: Excel.Worksheet;
  sheetName: string;
  keyProbe: SheetKeyProbe;
  /** The loaded used range (its number formats are what a fix takes its look from). */
  used: Excel.Range;
  grid: ReadGrid;
  /** null: no table the reader recognizes. */
  read: TableRead | null;
  /** The person's column mapping for this sheet, when there is one (the read used it). */
  mapping: ColumnMapping | undefined;
  /** The per-sheet records (SHEETS_KEY) as loaded, and this sheet's key in them. */
  records: SheetsStore;
  key: string;
}

/**
 * The one read phase of the commands on the active sheet: the sheet, its key, its used range and
 * our per-sheet records, in ONE sync (two from a chart sheet we made: its table is read). Anything
 * the caller queued before rides on the first.
 */
export async function readActiveTable(
  context: Excel.RequestContext,
  settings: Settings,
): Promise<ActiveTable> {
  const worksheets = context.workbook.worksheets;
  const active = worksheets.getActiveWorksheet();
  active.load(["id", "name"]);
  worksheets.load("items/id,items/name");
  let sheet = active;
  let keyProbe = loadSheetKey(sheet);
  let used = loadUsed(sheet);
  const sheetsSetting = loadSetting(context, SHEETS_KEY);
  await context.sync(); // sync 1: read

  const records = sheetsFrom(settingValue(sheetsSetting));
  // A chart sheet we made from a table: its data block has the canonical headers and reads as a
  // table of its own (a report from it said 7/10 where the table says 8/11). The commands work on
  // the table it was made from, as Tạo biểu đồ does; one more sync, only from such a sheet.
  const source = sourceOfDerived(
    { id: active.id, name: active.name },
    records,
    worksheets.items.map((w) => ({ id: w.id, name: w.name })),
  );
  if (source !== null) {
    sheet = worksheets.getItem(source.id);
    sheet.load(["id", "name"]);
    keyProbe = loadSheetKey(sheet);
    used = loadUsed(sheet);
    await context.sync(); // sync 1b: the source table
  }
  const key = sheetKeyOf(keyProbe);
  const grid = usedGrid(used);
  const mapping = mappingOf(records[key]);
  return {
    mapping,
    sheet,
    sheetName: sheet.name,
    keyProbe,
    used,
    grid,
    read: readSheetTable(grid, settings, mapping),
    records,
    key,
  };
}

/** The table of an ActiveTable, or the one "table not found" error, naming its sheet. */
export function requireTable(active: ActiveTable): TableRead {
  if (active.read === null) throw tableNotFoundError(active.sheetName);
  return active.read;
}

export function tableNotFoundError(sheetName: string): ChitieuError {
  return new ChitieuError(tableNotFoundFinding().message, "table_not_found", { sheetName });
}

export function tableNotFoundFinding(): Finding {
  return {
    code: "table_not_found",
    severity: "error",
    cell: null,
    column: null,
    message: msg("table_not_found", { rows: HEADER_SEARCH_ROWS }),
    fix: null,
  };
}

/** What the computed columns hold on data rows: formulas are ours, constants are the user's. */
export function ownedCellsOf(read: TableRead, grid: SheetGrid): OwnedCell[] {
  const out: OwnedCell[] = [];
  const { layout } = read;
  const cols = COMPUTED_COLUMNS.map((k: ComputedColumn) => layout.columns[k]).filter(
    (c): c is number => c !== undefined,
  );
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    for (const col of cols) {
      const formula = cellAt(grid.formulas, row, col) ?? null;
      out.push({
        row,
        col,
        formula: typeof formula === "string" ? formula : null,
        value: cellAt(grid.values, row, col) ?? null,
      });
    }
  }
  return out;
}

/**
 * A sheet's table checked as every command checks it: our computed cells known as ours, and a
 * merged sheet's rows not combined counted apart, as its own Đánh giá and summary lines say
 * (core/not-combined.ts).
 */
export function checkSheetTable(read: TableRead, grid: SheetGrid, settings: Settings): TableCheck {
  const check = checkTable(read, settings, { ownedCells: ownedCellsOf(read, grid) });
  return checkedApart(
    check,
    (r, c) => cellAt(grid.formulas, r, c) ?? null,
    (r, c) => cellAt(grid.values, r, c) ?? null,
  );
}

/**
 * getSheetStatus: what the pane's steps show for the active sheet. On a sheet the add-in made
 * from a table (its chart sheet, or any sheet the store records as derived), it reports that
 * table's status and names it, instead of "nothing done here".
 */
import { guarded } from "./errors";
import { LAST_COMMAND_KEY, parseLastCommand, type LastCommand } from "./lastCommand";
import { progress } from "./io";
import { loadUsed, mappingOf, readSheetTable, usedGrid } from "./read";
import { supportsFeature } from "./requirements";
import {
  COMPUTED_PROPERTY,
  TEMPLATE_PROPERTY,
  SETTINGS_KEY,
  SHEETS_KEY,
  loadSetting,
  loadSheetKey,
  sheetKeyOf,
  settingValue,
  settingsFrom,
  sheetsFrom,
  type SheetRecord,
} from "./store";
import type { OnProgress, SheetStatus } from "./types";

import { sourceOfDerived, type SourceRef } from "./derived";

// Its own module, read by readActiveTable (read.ts) too, which status.ts imports.
export { sourceOfDerived, type SourceRef };

export async function getSheetStatus(onProgress?: OnProgress): Promise<SheetStatus> {
  return guarded(() => Excel.run((context) => statusIn(context, onProgress)));
}

/** What the pane shows when it opens and on "Làm mới": the sheet's status and the last ribbon result. */
export interface PaneState {
  status: SheetStatus;
  lastCommand: LastCommand | null;
}

/**
 * getSheetStatus and the last ribbon command in one Excel.run: the record is read in the
 * status's first sync, so this costs what getSheetStatus costs (sync 1 + Excel.run's closing sync;
 * one more on a sheet made from a table).
 */
export async function getPaneState(onProgress?: OnProgress): Promise<PaneState> {
  return guarded(() =>
    Excel.run(async (context) => {
      const lastSetting = loadSetting(context, LAST_COMMAND_KEY);
      const status = await statusIn(context, onProgress); // carries lastSetting's load in its sync 1
      return { status, lastCommand: parseLastCommand(settingValue(lastSetting)) };
    }),
  );
}

/** The status read inside a caller's Excel.run; anything the caller queued rides on sync 1. */
async function statusIn(context: Excel.RequestContext, onProgress?: OnProgress): Promise<SheetStatus> {
  progress(onProgress, { vi: "Đang đọc trạng thái…", en: "Reading the sheet's status…" }, 0);
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name");
  const active = sheets.getActiveWorksheet();
  active.load(["id", "name"]);
  const activeKey = loadSheetKey(active);
  const used = loadUsed(active);
  const settingsSetting = loadSetting(context, SETTINGS_KEY);
  const sheetsSetting = loadSetting(context, SHEETS_KEY);
  const propertyOf = (sheet: Excel.Worksheet, key: string): Excel.WorksheetCustomProperty | null => {
    const p = supportsFeature("customProperties") ? sheet.customProperties.getItemOrNullObject(key) : null;
    p?.load("value");
    return p;
  };
  const computedProperty = (sheet: Excel.Worksheet) => propertyOf(sheet, COMPUTED_PROPERTY);
  const property = computedProperty(active);
  const templateProperty = propertyOf(active, TEMPLATE_PROPERTY);
  await context.sync(); // sync 1: the active sheet, what we recorded, the sheet list

  const settings = settingsFrom(settingValue(settingsSetting));
  const records = sheetsFrom(settingValue(sheetsSetting));
  const statusOf = (
    key: string | null,
    range: Excel.Range,
    prop: Excel.WorksheetCustomProperty | null,
  ): Omit<SheetStatus, "sheetName"> => {
    const record: SheetRecord = key === null ? {} : (records[key] ?? {});
    const read = readSheetTable(usedGrid(range), settings, mappingOf(record));
    return {
      hasTable: read !== null,
      mapped: mappingOf(record) !== undefined,
      ...(read === null ? {} : { tablePeriod: read.table.period }),
      validated: record.validated !== undefined,
      computed: record.computed === true || (prop !== null && !prop.isNullObject),
      charted: record.chartSheetName !== undefined,
      errors: record.validated?.errors ?? 0,
      warnings: record.validated?.warnings ?? 0,
    };
  };
  const source = sourceOfDerived(
    { id: active.id, name: active.name },
    records,
    sheets.items.map((s) => ({ id: s.id, name: s.name })),
  );
  if (source === null)
    return {
      sheetName: active.name,
      ...statusOf(sheetKeyOf(activeKey), used, property),
      ...(templateProperty !== null && !templateProperty.isNullObject ? { template: true } : {}),
    };

  const sourceSheet = sheets.getItem(source.id);
  const sourceUsed = loadUsed(sourceSheet);
  const sourceProperty = computedProperty(sourceSheet);
  await context.sync(); // sync 2: the source table, only on a sheet made from one
  return {
    sheetName: active.name,
    sourceSheet: source.name,
    ...statusOf(source.key, sourceUsed, sourceProperty),
  };
}

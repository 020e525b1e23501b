/** selectCell and getSheetStatus: small reads and moves the pane needs. */
import { parseRangeA1 } from "../core/a1";
import { ChitieuError, guarded } from "./errors";
import { loadUsed, readSheetTable, usedGrid } from "./read";
import { supportsFeature } from "./requirements";
import {
  COMPUTED_PROPERTY,
  SETTINGS_KEY,
  SHEETS_KEY,
  loadSetting,
  settingValue,
  settingsFrom,
  sheetsFrom,
} from "./store";
import type { OnProgress, SheetStatus } from "./types";

export async function selectCell(sheetName: string, address: string, onProgress?: OnProgress): Promise<void> {
  try {
    parseRangeA1(address.replace(/\$/g, ""));
  } catch {
    throw new ChitieuError(
      { vi: `"${address}" không phải địa chỉ ô.`, en: `"${address}" is not a cell address.` },
      "InvalidAddress",
    );
  }
  return guarded(() =>
    Excel.run(async (context) => {
      onProgress?.({ step: { vi: "Đang chọn ô…", en: "Selecting the cell…" }, fraction: 0 });
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      sheet.load("name");
      await context.sync(); // sync 1: does the sheet still exist?

      if (sheet.isNullObject)
        throw new ChitieuError(
          {
            vi: `Không còn trang tính "${sheetName}". Có thể nó đã bị đổi tên hoặc xoá; hãy kiểm tra lại.`,
            en: `There is no sheet "${sheetName}" any more. It may have been renamed or deleted; check again.`,
          },
          "ItemNotFound",
        );
      sheet.activate();
      sheet.getRange(address).select();
      // sync 2 is Excel.run's own closing sync: it carries the move.
    }),
  );
}

export async function getSheetStatus(onProgress?: OnProgress): Promise<SheetStatus> {
  return guarded(() =>
    Excel.run(async (context) => {
      onProgress?.({ step: { vi: "Đang đọc trạng thái…", en: "Reading the sheet's status…" }, fraction: 0 });
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load(["id", "name"]);
      const used = loadUsed(sheet);
      const settingsSetting = loadSetting(context, SETTINGS_KEY);
      const sheetsSetting = loadSetting(context, SHEETS_KEY);
      const property = supportsFeature("customProperties")
        ? sheet.customProperties.getItemOrNullObject(COMPUTED_PROPERTY)
        : null;
      property?.load("value");
      await context.sync(); // sync 1: read

      const settings = settingsFrom(settingValue(settingsSetting));
      const hasTable = readSheetTable(usedGrid(used), settings) !== null;
      const record = sheetsFrom(settingValue(sheetsSetting))[sheet.id] ?? {};
      const computed = record.computed === true || (property !== null && !property.isNullObject);
      return {
        sheetName: sheet.name,
        hasTable,
        validated: record.validated !== undefined,
        computed,
        charted: record.chartSheetName !== undefined,
        errors: record.validated?.errors ?? 0,
        warnings: record.validated?.warnings ?? 0,
      };
    }),
  );
}

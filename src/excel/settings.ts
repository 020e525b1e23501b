/**
 * loadSettings / saveSettings: the user's settings, kept in the workbook (settings, 1.4); and
 * saveDocumentFields: who issues and signs the Word report, kept beside them.
 */
import type { Settings } from "../core/model";
import { documentFieldsFrom, type DocumentFields } from "../core/report-table";
import { guarded } from "./errors";
import { REPORT_KEY, SETTINGS_KEY, loadSetting, settingValue, settingsFrom } from "./store";
import type { OnProgress } from "./types";

export async function loadSettings(onProgress?: OnProgress): Promise<Settings> {
  return guarded(() =>
    Excel.run(async (context) => {
      onProgress?.({ step: { vi: "Đang đọc cài đặt…", en: "Reading settings…" }, fraction: 0 });
      const setting = loadSetting(context, SETTINGS_KEY);
      await context.sync(); // sync 1: read
      return settingsFrom(settingValue(setting)); // DEFAULT_SETTINGS when absent or unreadable
    }),
  );
}

export async function saveSettings(settings: Settings, onProgress?: OnProgress): Promise<void> {
  return guarded(() =>
    Excel.run(async (context) => {
      onProgress?.({ step: { vi: "Đang lưu cài đặt…", en: "Saving settings…" }, fraction: 0 });
      context.workbook.settings.add(SETTINGS_KEY, settingsFrom(settings));
      await context.sync(); // sync 1: write
    }),
  );
}

export async function saveDocumentFields(fields: DocumentFields): Promise<void> {
  return guarded(() =>
    Excel.run(async (context) => {
      context.workbook.settings.add(REPORT_KEY, documentFieldsFrom(fields));
      await context.sync(); // sync 1: write
    }),
  );
}

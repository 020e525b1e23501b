/** The pane's period setting: kept in the workbook's settings store, beside each table's own period. */
import { computeActiveSheet, getSheetStatus, loadSettings, saveSettings } from "../../src/excel";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { TEN_ROWS, workbookPerTest } from "./helpers";

const book = workbookPerTest();

test("the period is saved in the workbook and read back; the status says what the table names", async () => {
  book(TEN_ROWS);
  expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  await saveSettings({ ...DEFAULT_SETTINGS, period: "9_thang" });
  expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, period: "9_thang" });
  // "Theo bảng" again: saved without a period.
  await saveSettings(DEFAULT_SETTINGS);
  expect((await loadSettings()).period).toBeUndefined();
  expect(await getSheetStatus()).toMatchObject({ hasTable: true, tablePeriod: "nam" });
});

test("Nhiệm kỳ set on a year's table: Tính toán stops with the sentence, nothing judged as the year", async () => {
  const wb = book(TEN_ROWS);
  const before = JSON.stringify(wb.state.snapshot().sheets);
  await expect(computeActiveSheet({ ...DEFAULT_SETTINGS, period: "nhiem_ky" })).rejects.toMatchObject({
    code: "period_mismatch",
    text: { vi: expect.stringContaining("không phải bảng theo dõi nhiệm kỳ") },
  });
  expect(JSON.stringify(wb.state.snapshot().sheets)).toBe(before);
});

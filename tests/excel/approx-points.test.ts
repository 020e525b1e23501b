/**
 * The "khoảng" tolerance in điểm % (approxTolerancePoints) as the pane saves it: kept in the
 * workbook, read back, and the sheet's verdict formulas follow it. "Khoảng 4%" with 3,7 done is
 * 0,3 points off: Đạt at the default 0,5, Không đạt at 0,2.
 */
import { computeActiveSheet, loadSettings, saveSettings } from "../../src/excel";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { SETTINGS_KEY } from "../../src/excel/store";
import { colIndex, rowOf, workbookPerTest } from "./helpers";

const book = workbookPerTest();

const ROWS = [
  { name: "Tỷ lệ hộ dân dùng nước sạch tăng thêm", unit: "%", plan: "khoảng 4%", actual: 3.7, prior: 3.5 },
];

test("saved at 0,2 điểm %, read back, and Tính toán writes Không đạt for 3,7 against khoảng 4%", async () => {
  const wb = book(ROWS);
  const verdictAt = async (): Promise<unknown> => {
    const report = await computeActiveSheet(await loadSettings(), { overwrite: true });
    return wb.state.value(wb.id, rowOf(0), colIndex(report.columns.verdict));
  };
  expect((await loadSettings()).approxTolerancePoints).toBe(0.5);
  expect(await verdictAt()).toBe("Đạt");

  await saveSettings({ ...DEFAULT_SETTINGS, approxTolerancePoints: 0.2 });
  expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, approxTolerancePoints: 0.2 });
  expect(await verdictAt()).toBe("Không đạt");
});

test("a tolerance written into the workbook by hand outside 0–10 điểm % is read as the default 0,5", async () => {
  const wb = book(ROWS);
  for (const bad of [-1, 25, "0,2"]) {
    const snap = wb.state.snapshot();
    wb.state.restore({
      ...snap,
      settings: { ...snap.settings, [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, approxTolerancePoints: bad } },
    });
    expect((await loadSettings()).approxTolerancePoints).toBe(0.5);
  }
});

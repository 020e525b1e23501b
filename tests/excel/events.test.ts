import { computeActiveSheet, watchSheetChanges } from "../../src/excel";
import { isUserChange } from "../../src/excel/own";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { SHEET, TEN_ROWS, rowOf, tableWorkbook } from "./helpers";

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("watchSheetChanges: a person's edits, not our own writes", () => {
  test.each([
    ["1.18", "with triggerSource"],
    ["1.13", "without triggerSource (before 1.14)"],
  ])("ExcelApi %s (%s): computing is silent, typing a figure is heard once", async (api) => {
    // The workbench's own client: Microsoft's runtime has no event channel to this host yet.
    const wb = tableWorkbook(TEN_ROWS, { requirementSets: { ExcelApi: api }, notesClient: true });
    cleanup = wb.uninstall;
    const heard = jest.fn();
    const stop = await watchSheetChanges(heard);

    const report = await computeActiveSheet(DEFAULT_SETTINGS);
    expect(report.written).toBe(true);
    await settle(450); // past the echo window of our own writes
    expect(heard).not.toHaveBeenCalled();

    // Thực hiện of the first row (176 → 140): results shown for 176 are now stale.
    expect(wb.state.typeInto(SHEET, `E${rowOf(0) + 1}`, "140")).toEqual({ ok: true });
    await settle(10);
    expect(heard).toHaveBeenCalledTimes(1);

    await stop();
    wb.state.typeInto(SHEET, `E${rowOf(1) + 1}`, "900");
    await settle(10);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  test("isUserChange: our trigger source is never the user's", () => {
    expect(isUserChange("ThisLocalAddin", Date.now() + 10_000)).toBe(false);
    expect(isUserChange("Unknown", Date.now() + 10_000)).toBe(true);
    expect(isUserChange(undefined, Date.now() + 10_000)).toBe(true);
  });
});

describe("workbench worksheets.onChanged emulation", () => {
  test("an add-in write carries ThisLocalAddin from 1.14, a typed cell Unknown; the sheet id is given", async () => {
    const wb = tableWorkbook(TEN_ROWS, { notesClient: true });
    cleanup = wb.uninstall;
    const events: Array<{ worksheetId: string; triggerSource?: string }> = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => {
        events.push({
          worksheetId: e.worksheetId,
          triggerSource: (e as { triggerSource?: string }).triggerSource,
        });
        return Promise.resolve();
      });
      context.workbook.worksheets.getItem(SHEET).getRange("G5").values = [["ghi chú"]];
      await context.sync();
    });
    wb.state.typeInto(SHEET, "E6", "177");
    wb.state.select(SHEET, "A1"); // not a content change: no event
    await settle(10);
    expect(events).toEqual([
      { worksheetId: wb.id, triggerSource: "ThisLocalAddin" },
      { worksheetId: wb.id, triggerSource: "Unknown" },
    ]);
  });
});

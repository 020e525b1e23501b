/**
 * Change events through Microsoft's Excel client runtime: the add-in's `watchSheetChanges` and
 * the runtime's own `onChanged` handlers, fed by the workbench host over the runtime's host bridge
 * (runtime-bridge.ts).
 */
import { computeActiveSheet, watchSheetChanges } from "../../src/excel";
import { isUserChange } from "../../src/excel/own";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { SHEET, TEN_ROWS, rowOf, workbookPerTest } from "./helpers";

const book = workbookPerTest();

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Heard {
  worksheetId: string;
  address: string;
  changeType: string;
  source: string;
  triggerSource?: string;
}

const heardOf = (e: Excel.WorksheetChangedEventArgs): Heard => ({
  worksheetId: e.worksheetId,
  address: e.address,
  changeType: e.changeType,
  source: e.source,
  ...(e.triggerSource !== undefined ? { triggerSource: e.triggerSource } : {}),
});

/** Listens to every sheet's changes (and runs `also` in the same batch): what is heard goes in the list. */
async function hearChanges(also?: (context: Excel.RequestContext) => void): Promise<Heard[]> {
  const events: Heard[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.onChanged.add(async (e) => {
      events.push(heardOf(e));
      return Promise.resolve();
    });
    also?.(context);
    await context.sync();
  });
  return events;
}

describe("watchSheetChanges on the runtime: a person's edits, not our own writes", () => {
  test.each([
    ["1.18", "with triggerSource"],
    ["1.13", "without triggerSource (before 1.14)"],
  ])("ExcelApi %s (%s): computing is silent, typing a figure is heard once", async (api) => {
    const wb = book(TEN_ROWS, { requirementSets: { ExcelApi: api } });
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

describe("the host's change events, as the runtime hands them to handlers", () => {
  test("a batch write is ThisLocalAddin, a typed cell Unknown; address and sheet id given", async () => {
    const wb = book(TEN_ROWS);
    const events = await hearChanges((context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("G5:G6").values = [["ghi chú"], ["x"]];
    });
    wb.state.typeInto(SHEET, "E6", "177");
    wb.state.select(SHEET, "A1"); // not a content change: no event
    await settle(10);
    const base = { worksheetId: wb.id, changeType: "RangeEdited", source: "Local" };
    expect(events).toEqual([
      { ...base, address: "G5:G6", triggerSource: "ThisLocalAddin" },
      { ...base, address: "E6", triggerSource: "Unknown" },
    ]);
  });

  test("they come over the runtime's native host bridge, not its _test hooks", async () => {
    const wb = book(TEN_ROWS);
    const runtime = OfficeExtension as unknown as {
      HostBridge: { instance: unknown };
      _testSetRichApiMessageReadyImpl: (impl: unknown) => void;
      _testTriggerRichApiMessageEvent: (message: unknown) => void;
    };
    const ready = jest.spyOn(runtime, "_testSetRichApiMessageReadyImpl");
    const trigger = jest.spyOn(runtime, "_testTriggerRichApiMessageEvent");
    const events = await hearChanges();
    wb.state.typeInto(SHEET, "E6", "177");
    await settle(10);
    expect(events.map((e) => e.address)).toEqual(["E6"]);
    expect(runtime.HostBridge.instance).toBeTruthy();
    expect([ready.mock.calls.length, trigger.mock.calls.length]).toEqual([0, 0]);
  });

  test("before ExcelApi 1.14 the host sends no triggerSource", async () => {
    const wb = book(TEN_ROWS, { requirementSets: { ExcelApi: "1.13" } });
    const events = await hearChanges();
    wb.state.typeInto(SHEET, "D7", "1.000");
    await settle(10);
    expect(events).toEqual([
      { worksheetId: wb.id, address: "D7", changeType: "RangeEdited", source: "Local" },
    ]);
  });

  test("a sheet's own onChanged hears that sheet only; nothing is sent after the handler is removed", async () => {
    const wb = book(TEN_ROWS);
    const events: Heard[] = [];
    const handler = await Excel.run(async (context) => {
      // The runtime reads the sheet's id when the handler is registered. Excel may send it with
      // the Instantiate reply (the runtime's Worksheet._handleIdResult reads an `Id` there); the
      // workbench host does not, so it is loaded, as any add-in may do.
      const sheet = context.workbook.worksheets.getItem(SHEET).load("id");
      await context.sync();
      const result = sheet.onChanged.add(async (e) => {
        events.push(heardOf(e));
        return Promise.resolve();
      });
      await context.sync();
      return result;
    });
    wb.state.typeInto("Khác", "A1", "không phải bảng");
    wb.state.typeInto(SHEET, "F5", "170");
    await settle(10);
    expect(events.map((e) => e.address)).toEqual(["F5"]);

    await Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    });
    wb.state.typeInto(SHEET, "F6", "900");
    await settle(10);
    expect(events).toHaveLength(1);
  });

  test("without a registration the host sends nothing", async () => {
    const wb = book(TEN_ROWS);
    const messages: unknown[] = [];
    const stop = wb.host.events.listen((m) => messages.push(m));
    wb.state.typeInto(SHEET, "E6", "177");
    await settle(10);
    stop();
    expect(messages).toEqual([]);
  });
});

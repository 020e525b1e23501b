import { WorkbookState } from "../../src/workbench/state";
import type { ExcelHostOptions } from "../../src/workbench/index-host";
import { runtimeExcel } from "../setup/runtime-host";

type RichApiError = OfficeExtension.Error;

function setup(options: ExcelHostOptions = {}) {
  const state = new WorkbookState({ locale: "vi" });
  const { Excel, OfficeExtension } = runtimeExcel(state, options);
  return { state, Excel, OfficeExtension };
}

async function rejection(p: Promise<unknown>): Promise<RichApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof OfficeExtension.Error) return e;
    throw e;
  }
  throw new Error("expected a rejection");
}

describe("load / sync rules", () => {
  test("reading before load and sync throws PropertyNotLoaded with the runtime's message", async () => {
    const { Excel, OfficeExtension } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      let caught: unknown;
      try {
        void range.values;
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(OfficeExtension.Error);
      const err = caught as RichApiError;
      expect(err.name).toBe("RichApi.Error");
      expect(err.code).toBe("PropertyNotLoaded");
      expect((err as unknown as { httpStatusCode: number }).httpStatusCode).toBe(400);
      expect(err.debugInfo.errorLocation).toBe("Range.values");
      expect(err.message).toBe(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      range.load("values");
      expect(() => range.values).toThrow(/not available/); // loaded but not synced yet
      await context.sync();
      expect(range.values).toEqual([
        ["", ""],
        ["", ""],
      ]);
    });
  });

  test("load accepts 'a,b', ['a','b'] and {select}", async () => {
    const { Excel, state } = setup();
    state.typeInto("Sheet1", "B2", "5");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("B2").load("values, address");
      const b = sheet.getRange("B2").load(["rowIndex", "columnIndex"]);
      const c = sheet.getRange("B2").load({ select: "text,numberFormat" });
      const d = sheet.getRange("B2").load("format/font/bold");
      await context.sync();
      expect(a.values).toEqual([[5]]);
      expect(a.address).toBe("Sheet1!B2");
      expect([b.rowIndex, b.columnIndex]).toEqual([1, 1]);
      expect(c.text).toEqual([["5"]]);
      expect(c.numberFormat).toEqual([["General"]]);
      expect(d.format.font.bold).toBe(false);
      expect(() => a.text).toThrow(/'text' is not available/);
    });
  });

  test("writes reach the state only at sync, in order", async () => {
    const { Excel, state } = setup();
    const id = state.activeSheetId;
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[1]];
      range.values = [[2]];
      expect(state.value(id, 0, 0)).toBeNull();
      await context.sync();
      expect(state.value(id, 0, 0)).toBe(2);
    });
  });

  test("the first failing command rejects the sync; earlier ones stay applied (not transactional)", async () => {
    const { Excel, state } = setup();
    const id = state.activeSheetId;
    const err = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A2:B2").values = [[1, 2, 3]];
        sheet.getRange("A3").values = [[3]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(err.message).toBe(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
    expect(err.debugInfo.errorLocation).toBe("Range.values");
    expect(state.value(id, 0, 0)).toBe(1);
    expect(state.value(id, 2, 0)).toBeNull();
  });

  test("loads of a failed sync are not filled in", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const r = sheet.getRange("A1").load("values");
      context.workbook.worksheets.getItem("Nope").load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(() => r.values).toThrow(/not available/);
    });
  });

  test("every request counts; a sync with nothing queued sends none", async () => {
    const { Excel, state } = setup();
    const before = state.syncCount;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").load("name");
      await context.sync();
    });
    expect(state.syncCount - before).toBe(2);
  });

  test("a sync whose writes exceed 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const { Excel, state } = setup();
    const id = state.activeSheetId;
    const big = Array.from({ length: 6000 }, () => ["x".repeat(1000)]);
    const err = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("B1:B6000").values = big;
        await context.sync();
      }),
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(state.value(id, 0, 0)).toBeNull();
  });

  test("ClientResult.value throws ValueNotLoaded before sync", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  test("getItemOrNullObject gives isNullObject after sync, never JS null", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("a range used in a later Excel.run must be tracked (the runtime's InvalidObjectPath)", async () => {
    const { Excel } = setup();
    let kept: Excel.Range | undefined;
    await Excel.run(async (context) => {
      kept = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      await context.sync();
    });
    const err = await rejection(
      Excel.run(kept!, async (context) => {
        kept!.load("address");
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidObjectPath");
    let tracked: Excel.Range | undefined;
    await Excel.run(async (context) => {
      tracked = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      context.trackedObjects.add(tracked);
      await context.sync();
    });
    await Excel.run(tracked!, async (context) => {
      tracked!.load("address");
      await context.sync();
      expect(tracked!.address).toBe("Sheet1!B2");
    });
  });

  test("an API above the supported ExcelApi version fails with ApiNotFound", async () => {
    const { Excel } = setup({ requirementSets: { ExcelApi: "1.9" } });
    const err = await rejection(
      Excel.run(async (context) => {
        // Range.getDirectPrecedents is ExcelApi 1.12.
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").getDirectPrecedents();
        await context.sync();
      }),
    );
    expect(err.code).toBe("ApiNotFound");
  });
});

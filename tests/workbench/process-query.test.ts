/**
 * The workbench host behind Microsoft's Excel client runtime: what the runtime checks by itself
 * and what the host must refuse as Excel does (OFFICE-NOTES §1, §15).
 */
import { createExcelHost, installRuntimeHost } from "../../src/workbench/index-host";
import { HOSTS, type HostKind } from "../../src/workbench/hosts";
import { WorkbookState } from "../../src/workbench/state";
import { loadExcelRuntime } from "../setup/excel-runtime";

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function workbook(kind: HostKind = "web") {
  const state = new WorkbookState({ locale: "en", sheetNames: ["Data", "Other"] });
  const host = createExcelHost(state, { requirementSets: { ...HOSTS[kind].requirementSets } });
  loadExcelRuntime();
  cleanup = installRuntimeHost(host);
  const id = state.requireSheet("Data").id;
  return { state, host, id };
}

async function failure(work: () => Promise<unknown>): Promise<{ code: string; name: string; real: boolean }> {
  try {
    await work();
  } catch (e) {
    const err = e as { code: string; name: string };
    return { code: err.code, name: err.name, real: e instanceof OfficeExtension.Error };
  }
  throw new Error("expected a failure");
}

test("the Excel namespace is Microsoft's runtime, and a batch round-trips through the host", async () => {
  const { state, id } = workbook();
  expect(typeof (Excel as unknown as { Range: unknown }).Range).toBe("function");
  const read = await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
    range.values = [
      [176, "x"],
      [150, "=A1/A2"],
    ];
    range.load("address,values,rowCount");
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return {
      address: range.address,
      values: range.values,
      rows: range.rowCount,
      names: sheets.items.map((s) => s.name),
    };
  });
  expect(read.address).toBe("Data!A1:B2");
  expect(read.rows).toBe(2);
  expect(read.values[1]?.[1]).toBeCloseTo(176 / 150, 12);
  expect(read.names).toEqual(["Data", "Other"]);
  expect(state.value(id, 0, 0)).toBe(176);
});

test("PropertyNotLoaded is thrown by the runtime itself, as a RichApi.Error", async () => {
  workbook();
  const error = await failure(() =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      return range.values;
    }),
  );
  expect(error).toEqual({ code: "PropertyNotLoaded", name: "RichApi.Error", real: true });
});

test("ItemNotFound for a missing sheet; its OrNullObject twin is a null object", async () => {
  workbook();
  await expect(
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Missing");
      const found = context.workbook.worksheets.getItemOrNullObject("Other");
      found.load("name");
      await context.sync();
      return [sheet.isNullObject, found.isNullObject, found.name];
    }),
  ).resolves.toEqual([true, false, "Other"]);
  const error = await failure(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Missing");
      sheet.load("name");
      await context.sync();
    }),
  );
  expect(error).toMatchObject({ code: "ItemNotFound", real: true });
});

test("an array of the wrong shape is InvalidArgument, also when the runtime splits a big write", async () => {
  const { state, id } = workbook();
  const small = await failure(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1, 2, 3]];
      await context.sync();
    }),
  );
  expect(small).toMatchObject({ code: "InvalidArgument", real: true });
  const big = await failure(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A2000").values = Array.from(
        { length: 1999 },
        (_, i) => [i],
      );
      await context.sync();
    }),
  );
  expect(big).toMatchObject({ code: "InvalidArgument", real: true });
  // A big write of the right shape goes through in chunks of rows.
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("A1:A2000").values = Array.from(
      { length: 2000 },
      (_, i) => [i * 2],
    );
    await context.sync();
  });
  expect(state.value(id, 1999, 0)).toBe(3998);
  expect(state.value(id, 1500, 0)).toBe(3000);
});

test("a request over 5 MB is refused whole (RequestPayloadSizeLimitExceeded)", async () => {
  const { state, id } = workbook();
  const text = "Doanh thu thương mại dịch vụ năm 2021";
  const rows = 30_000;
  const error = await failure(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("Z1").values = [["first"]];
      sheet.getRange(`A1:D${rows}`).values = Array.from({ length: rows }, () => [text, text, text, text]);
      await context.sync();
    }),
  );
  expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded", real: true });
  expect(state.value(id, 0, 25)).toBeNull();
  expect(state.value(id, 0, 0)).toBeNull();
});

test("a response over 5 MB fails (ResponsePayloadSizeLimitExceeded); the same read in halves works", async () => {
  const { state } = workbook();
  // ~210 bytes a cell in UTF-8: 13 000 cells are 2.7 MB to write, 26 000 are 5.5 MB to read.
  const text = "Doanh thu thương mại dịch vụ năm 2021 ".repeat(5);
  const rows = 26_000;
  for (const half of [0, 1]) {
    await Excel.run(async (context) => {
      const from = half * (rows / 2) + 1;
      context.workbook.worksheets.getItem("Data").getRange(`A${from}:A${from + rows / 2 - 1}`).values =
        Array.from({ length: rows / 2 }, () => [text]);
      await context.sync();
    });
  }
  const before = state.syncCount;
  const error = await failure(() =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange(`A1:A${rows}`);
      range.load("values");
      await context.sync();
    }),
  );
  expect(error).toMatchObject({ code: "ResponsePayloadSizeLimitExceeded", real: true });
  expect(state.syncCount - before).toBe(1);
  const half = await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Data").getRange(`A1:A${rows / 2}`);
    range.load("values");
    await context.sync();
    return range.values.length;
  });
  expect(half).toBe(rows / 2);
}, 60_000);

test("requirement sets per host: a 1.15 API is ApiNotFound on Office 2021 LTSC (1.14), fine on the web", async () => {
  workbook("ltsc2021");
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(true);
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.15")).toBe(false);
  const error = await failure(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").getDependents();
      await context.sync();
    }),
  );
  expect(error).toMatchObject({ code: "ApiNotFound", real: true });
  cleanup?.();
  workbook("ltsc2024");
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
  cleanup?.();
  workbook("web");
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.21")).toBe(true);
});

test("the sync counter counts the runtime's requests, not Excel.run's reference clean-up", async () => {
  const { state, host } = workbook();
  const before = state.syncCount;
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Data").getRange("A1");
    range.load("values");
    await context.sync();
    range.values = [[1]];
    await context.sync();
    await context.sync(); // nothing queued: no request
  });
  // The clean-up request is sent after Excel.run resolves, unawaited.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(state.syncCount - before).toBe(2);
  expect(host.processQuery.cleanupRequests).toBeGreaterThan(0);
});

test("argument types: a string where a number or a boolean is expected is InvalidArgument (host-rules.ts)", async () => {
  const { state, id } = workbook();
  const wrong: Array<[string, (context: Excel.RequestContext) => void]> = [
    [
      "getCell('1', 0)",
      (c) =>
        void c.workbook.worksheets
          .getItem("Data")
          .getRange("A1:C3")
          .getCell("1" as never, 0),
    ],
    [
      "columnWidth = 'wide'",
      (c) => (c.workbook.worksheets.getItem("Data").getRange("A1").format.columnWidth = "wide" as never),
    ],
    [
      "font.bold = 'yes'",
      (c) => (c.workbook.worksheets.getItem("Data").getRange("A1").format.font.bold = "yes" as never),
    ],
    ["showGridlines = 1", (c) => (c.workbook.worksheets.getItem("Data").showGridlines = 1 as never)],
    ["freezeRows('2')", (c) => c.workbook.worksheets.getItem("Data").freezePanes.freezeRows("2" as never)],
  ];
  for (const [what, write] of wrong) {
    const error = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("B2").values = [[7]];
        write(context);
        await context.sync();
      }),
    );
    expect([what, error]).toEqual([what, expect.objectContaining({ code: "InvalidArgument", real: true })]);
  }
  // Not transactional (OFFICE-NOTES §1): the write before the refused one stays.
  expect(state.value(id, 1, 1)).toBe(7);
  // The same members with the right types go through.
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:C3").getCell(1, 0).values = [[5]];
    sheet.getRange("A1").format.columnWidth = 80;
    sheet.getRange("A1").format.font.bold = true;
    sheet.showGridlines = false;
    sheet.freezePanes.freezeRows(2);
    await context.sync();
  });
  expect(state.value(id, 1, 0)).toBe(5);
  expect(state.cell(id, 0, 0).format.bold).toBe(true);
});

test("array shapes: ragged rows, a row that is not an array, an object in a cell are InvalidArgument", async () => {
  const { state, id } = workbook();
  const shapes: unknown[] = [
    [[1, 2], [3]],
    [[1, 2], 3],
    [
      [1, { a: 1 }],
      [3, 4],
    ],
  ];
  for (const values of shapes) {
    const error = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = values as never;
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: "InvalidArgument", real: true });
  }
  expect(state.value(id, 0, 0)).toBeNull();
});

test("a load naming no property of the object fails the sync with InvalidArgument (host-rules: a guess)", async () => {
  workbook();
  for (const path of ["valuez", "format/fill/colour", "format/nothing/color"]) {
    const error = await failure(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").load(path);
        await context.sync();
      }),
    );
    expect([path, error]).toEqual([path, expect.objectContaining({ code: "InvalidArgument", real: true })]);
  }
  const color = await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Data").getRange("A1").load("format/fill/color");
    await context.sync();
    return range.format.fill.color;
  });
  expect(color).toBe("#FFFFFF");
});

test("a request that only reads announces no change to the workbook's listeners; a write announces one", async () => {
  const { state } = workbook();
  const sources: string[] = [];
  const stop = state.subscribe((change) => sources.push(change.source));
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2").load("values");
    context.workbook.worksheets.load("items/name");
    await context.sync();
    return range.values;
  });
  expect(sources).toEqual([]);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
    await context.sync();
  });
  stop();
  expect(sources).toEqual(["api"]);
});

test("the batch goes over the runtime's host bridge to the local document; a host that throws fails the run, never hangs it", async () => {
  const { host } = workbook();
  const seen: Array<{ url: string; method: string }> = [];
  const handle = host.processQuery.handle.bind(host.processQuery);
  const spy = jest.spyOn(host.processQuery, "handle").mockImplementation((request) => {
    seen.push({ url: request.url, method: (request as { method?: string }).method ?? "" });
    return handle(request);
  });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
    await context.sync();
  });
  expect(seen[0]).toEqual({ url: "ProcessQuery", method: "POST" });

  spy.mockImplementation(() => Promise.reject(new Error("host down")));
  const error = await failure(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[2]];
      await context.sync();
    }),
  );
  expect(error).toMatchObject({ code: "GeneralException", real: true });
});

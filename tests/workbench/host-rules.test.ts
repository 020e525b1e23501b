/** The host's Excel-strict rules (src/workbench/host-rules.ts), driven through Excel.run. */
import { WorkbookState } from "../../src/workbench/state";
import { runtimeExcel } from "../setup/runtime-host";

function setup() {
  const state = new WorkbookState({ locale: "vi", sheetNames: ["Bảng", "Khác"] });
  const { Excel } = runtimeExcel(state, { requirementSets: { ExcelApi: "1.18" } });
  return { state, Excel, id: state.requireSheet("Bảng").id };
}

async function codeOf(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
    return "no error";
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

describe("getSelectedRange", () => {
  test("returns the selected cells while one range is selected", async () => {
    const { Excel, state } = setup();
    state.select("Bảng", "B3:C5");
    const address = await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("'Bảng'!B3:C5");
  });

  test("fails with InvalidSelection while a chart is selected", async () => {
    const { Excel, state } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Bảng");
      sheet.getRange("A1:B3").values = [
        ["Tên", "Số"],
        ["a", 1],
        ["b", 2],
      ];
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns").name = "Biểu đồ 1";
      await context.sync();
    });
    state.selectChart("Bảng", "Biểu đồ 1");
    const code = await codeOf(() =>
      Excel.run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidSelection");
    // A click on a cell ends the chart selection.
    state.select("Bảng", "A2");
    expect(state.selection.object).toBeUndefined();
  });

  test("fails while several areas are selected", async () => {
    const { Excel, state } = setup();
    state.selectAreas("Bảng", ["A1:A3", "C1:C3"]);
    const code = await codeOf(() =>
      Excel.run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidSelection");
  });
});

describe("text written through values", () => {
  test('"-" and "+" text becomes a formula; a number stays a number; a quoted text stays text', async () => {
    const { Excel, state, id } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Bảng");
      sheet.getRange("A1:A4").values = [["-B1"], ["+2*3"], ["-5"], ["'- Trong đó: nữ"]];
      await context.sync();
    });
    expect(state.record(id, 0, 0)?.input).toBe("=-B1");
    expect(state.value(id, 1, 0)).toBe(6);
    expect(state.record(id, 2, 0)?.input).toBe(-5);
    expect(state.value(id, 3, 0)).toBe("- Trong đó: nữ");
  });

  test('text such as "- Trong đó: nữ" is not a valid formula: the write fails', async () => {
    const { Excel } = setup();
    const code = await codeOf(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Bảng").getRange("A1").values = [["- Trong đó: nữ"]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });
});

describe("reopen", () => {
  test("sheet ids change, names, contents, custom properties and settings stay", async () => {
    const { state, id } = setup();
    state.setInput(id, 0, 0, 176);
    state.setCustomProperty(id, "chitieu.key", "k1");
    state.setSetting("chitieu.marks", { [id]: [] });
    const names = state.sheets.map((s) => s.name);
    state.reopen();
    const after = state.requireSheet("Bảng");
    expect(after.id).not.toBe(id);
    expect(state.sheets.map((s) => s.name)).toEqual(names);
    expect(new Set(state.sheets.map((s) => s.id)).size).toBe(2);
    expect(state.value(after.id, 0, 0)).toBe(176);
    expect(after.customProperties).toEqual([{ key: "chitieu.key", value: "k1" }]);
    expect(state.settings.get("chitieu.marks")).toEqual({ [id]: [] });
    expect(state.activeSheet.name).toBe("Bảng");
  });
});

describe("data validation", () => {
  test("a second rule on a range fails with InvalidArgument; after clear() it is accepted", async () => {
    const { Excel, state, id } = setup();
    const addRule = () =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Bảng").getRange("B2:B5").dataValidation.rule = {
          decimal: { formula1: 0, formula2: 100, operator: "Between" },
        };
        await context.sync();
      });
    expect(await codeOf(addRule)).toBe("no error");
    expect(await codeOf(addRule)).toBe("InvalidArgument");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Bảng").getRange("B1:B3").dataValidation.clear();
      await context.sync();
    });
    expect(state.requireSheet(id).validations.map((v) => v.rect)).toEqual([
      { top: 3, bottom: 4, left: 1, right: 1 },
    ]);
  });
});

describe("protected sheet", () => {
  test("a write fails with AccessDenied and leaves the cell as it was", async () => {
    const { Excel, state, id } = setup();
    state.setInput(id, 0, 0, 150);
    state.protectSheet("Bảng");
    const code = await codeOf(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Bảng").getRange("A1").values = [[176]];
        await context.sync();
      }),
    );
    expect(code).toBe("AccessDenied");
    expect(state.value(id, 0, 0)).toBe(150);
  });
});

describe("gapWidth", () => {
  test("accepted on a column series, InvalidArgument on a line series", async () => {
    const { Excel } = setup();
    const setGap = (type: "ColumnClustered" | "Line") =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Bảng");
        sheet.getRange("A1:B3").values = [
          ["Tên", "Số"],
          ["a", 1],
          ["b", 2],
        ];
        const chart = sheet.charts.add(type, sheet.getRange("A1:B3"), "Columns");
        chart.series.getItemAt(0).gapWidth = 50;
        await context.sync();
      });
    expect(await codeOf(() => setGap("ColumnClustered"))).toBe("no error");
    expect(await codeOf(() => setGap("Line"))).toBe("InvalidArgument");
  });
});

test("strings written to values and formulas parse as en-US typing, to formulasLocal as the user's (writeParseLocale)", async () => {
  const { state, Excel, id } = setup();
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Bảng");
    sheet.getRange("A1:A2").values = [["9/12"], ["1.400"]];
    sheet.getRange("B1:B2").formulas = [["9/12"], ["1.400"]];
    sheet.getRange("C1:C2").formulasLocal = [["9/12"], ["1.400"]];
    await context.sync();
  });
  const year = new Date().getFullYear();
  const sep12 = Math.round((Date.UTC(year, 8, 12) - Date.UTC(1899, 11, 30)) / 86_400_000);
  const dec9 = Math.round((Date.UTC(year, 11, 9) - Date.UTC(1899, 11, 30)) / 86_400_000);
  expect([0, 1, 2].map((c) => [state.value(id, 0, c), state.value(id, 1, c)])).toEqual([
    [sep12, 1.4],
    [sep12, 1.4],
    [dec9, 1400],
  ]);
});

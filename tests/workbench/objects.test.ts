import { WorkbookState } from "../../src/workbench/state";
import { createExcelHost } from "../../src/workbench/index-host";
import { runtimeExcel } from "../setup/runtime-host";

function setup(locale: "vi" | "en" = "vi") {
  const state = new WorkbookState({ locale });
  const { Excel, host } = runtimeExcel(state);
  return { state, Excel, host, id: state.activeSheetId };
}

describe("worksheets", () => {
  test("add, rename, id stable, position, activate, items", async () => {
    const { Excel, state } = setup();
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const s = sheets.add("Bảng chỉ tiêu");
      s.load("id");
      await context.sync();
      const id = s.id;
      s.name = "Kết quả 2021";
      s.position = 0;
      s.tabColor = "#00B050";
      s.showGridlines = false;
      s.freezePanes.freezeRows(6);
      s.pageLayout.orientation = "Landscape";
      s.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      s.pageLayout.setPrintTitleRows("$5:$6");
      s.activate();
      sheets.load("items/name");
      const active = sheets.getActiveWorksheet().load("name, id, position");
      await context.sync();
      expect(sheets.items.map((x) => x.name)).toEqual(["Kết quả 2021", "Sheet1"]);
      expect(active.id).toBe(id);
      expect(active.position).toBe(0);
    });
    const sheet = state.requireSheet("kết quả 2021");
    expect(sheet.tabColor).toBe("#00B050");
    expect(sheet.showGridlines).toBe(false);
    expect(sheet.freezeRows).toBe(6);
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      printTitleRows: "$5:$6",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });

  test("a duplicate name (any case) is ItemAlreadyExists; a bad name is InvalidArgument", async () => {
    const { Excel } = setup();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("SHEET1");
        await context.sync();
      }),
    ).rejects.toMatchObject({
      code: "ItemAlreadyExists",
      message: "A resource with the same name or identifier already exists.",
    });
    for (const bad of ["a".repeat(32), "Q1/2021", "x:y", "[a]", "a?", "a*", "a\\b"]) {
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.add(bad);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  test("getItem of a missing sheet is ItemNotFound; deleting the last visible sheet is refused", async () => {
    const { Excel } = setup();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Không có").load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("custom properties: case-insensitive keys, overwrite, delete", async () => {
    const { Excel, state } = setup();
    await Excel.run(async (context) => {
      const props = context.workbook.worksheets.getItem("Sheet1").customProperties;
      props.add("chitieu.table", "v1");
      props.add("CHITIEU.TABLE", "v2");
      const p = props.getItem("ChiTieu.Table").load("key, value");
      const none = props.getItemOrNullObject("other");
      await context.sync();
      expect(p.value).toBe("v2");
      expect(p.key).toBe("chitieu.table");
      expect(none.isNullObject).toBe(true);
      p.delete();
      await context.sync();
    });
    expect(state.requireSheet("Sheet1").customProperties).toEqual([]);
  });
});

describe("charts", () => {
  async function seed(Excel: ReturnType<typeof setup>["Excel"]) {
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("B6:D9").values = [
        ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["GRDP", 7.5, 7.6],
        ["Thu ngân sách", 4835, 5120],
        ["Hộ nghèo", 4, 3.2],
      ];
      await context.sync();
    });
  }

  test("add over a block with a header row and label column: one series per column, bound to ranges", async () => {
    const { Excel, state, id } = setup();
    await seed(Excel);
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      const chart = s.charts.add("ColumnClustered", s.getRange("B6:D9"), "Auto");
      chart.title.text = "Kết quả thực hiện";
      chart.legend.position = "Bottom";
      chart.setPosition("F2", "M20");
      chart.axes.valueAxis.numberFormat = "#,##0";
      chart.axes.valueAxis.title.text = "Giá trị";
      const plan = chart.series.getItemAt(0);
      plan.format.fill.clear();
      plan.format.line.color = "#1F4E79";
      plan.format.line.weight = 1.5;
      const actual = chart.series.getItemAt(1);
      actual.hasDataLabels = true;
      actual.dataLabels.numberFormat = "0.0";
      actual.gapWidth = 80;
      actual.overlap = 100;
      const line = chart.series.add("100%");
      line.chartType = "Line";
      line.setValues(s.getRange("E7:E9"));
      line.axisGroup = "Secondary";
      chart.series.load("items/name");
      chart.load("name, chartType");
      await context.sync();
      expect(chart.series.items.map((x) => x.name)).toEqual(["Kế hoạch", "Thực hiện", "100%"]);
      expect(chart.name).toBe("Chart 1");
    });
    const chart = state.requireSheet(id).charts[0]!;
    expect(chart.title).toEqual({ text: "Kết quả thực hiện", visible: true });
    expect(chart.legend.position).toBe("Bottom");
    expect(chart.anchor).toEqual({ start: "F2", end: "M20" });
    expect(chart.position).toEqual({ top: 15, left: 5 * 48, width: 8 * 48, height: 19 * 15 });
    expect(chart.series[0]).toMatchObject({
      valuesRef: "Sheet1!$C$7:$C$9",
      xValuesRef: "Sheet1!$B$7:$B$9",
      fillColor: null,
      lineColor: "#1F4E79",
      lineWeight: 1.5,
    });
    expect(chart.series[1]).toMatchObject({
      valuesRef: "Sheet1!$D$7:$D$9",
      hasDataLabels: true,
      dataLabelsNumberFormat: "0.0",
      gapWidth: 80,
      overlap: 100,
    });
    expect(chart.series[2]).toMatchObject({
      valuesRef: "Sheet1!$E$7:$E$9",
      chartType: "Line",
      axisGroup: "Secondary",
    });
    expect(chart.valueAxis).toMatchObject({
      numberFormat: "#,##0",
      title: { text: "Giá trị", visible: true },
    });
  });

  test("series values follow cell edits and sheet renames", async () => {
    const { Excel, state, id } = setup();
    await seed(Excel);
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.charts.add("BarClustered", s.getRange("B6:D9"), "Columns");
      await context.sync();
    });
    const ref = () => state.requireSheet(id).charts[0]!.series[1]!.valuesRef!;
    expect(state.resolveRef(ref())).toEqual([7.6, 5120, 3.2]);
    state.typeInto("Sheet1", "D8", "5.200");
    expect(state.resolveRef(ref())).toEqual([7.6, 5200, 3.2]);
    state.renameSheet(id, "Kết quả");
    expect(ref()).toBe("'Kết quả'!$D$7:$D$9");
    expect(state.resolveRef(ref())).toEqual([7.6, 5200, 3.2]);
  });

  test("overlap outside -100..100 is InvalidArgument; getItem finds by name", async () => {
    const { Excel } = setup();
    await seed(Excel);
    await expect(
      Excel.run(async (context) => {
        const s = context.workbook.worksheets.getItem("Sheet1");
        const chart = s.charts.add("ColumnClustered", s.getRange("B6:D9"), "Columns");
        chart.name = "KH-TH";
        await context.sync();
        const again = s.charts.getItem("KH-TH").load("name");
        const count = s.charts.getCount();
        await context.sync();
        expect(again.name).toBe("KH-TH");
        expect(count.value).toBe(1);
        again.series.getItemAt(0).overlap = 150;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("conditional formats", () => {
  test("custom rule on top priority, relative to the top-left cell; painted by the state", async () => {
    const { Excel, state, id } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Sheet1");
      s.getRange("H7:H9").values = [[1.2], [0.8], [1]];
      const range = s.getRange("H7:H9");
      const cf = range.conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=AND(ISNUMBER(H7),H7<1)+N("VNCT")';
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
      const cf2 = range.conditionalFormats.add("Custom");
      cf2.custom.rule.formula = "=H7>=1";
      cf2.custom.format.fill.color = "#C6EFCE";
      const count = range.conditionalFormats.getCount();
      range.conditionalFormats.load("items/type, items/priority");
      await context.sync();
      expect(count.value).toBe(2);
      expect(range.conditionalFormats.items.map((i) => [i.type, i.priority])).toEqual([
        ["Custom", 0],
        ["Custom", 1],
      ]);
      const first = range.conditionalFormats.getItemAt(1).custom.rule.load("formula");
      await context.sync();
      expect(first.formula).toBe('=AND(ISNUMBER(H7),H7<1)+N("VNCT")');
    });
    expect(state.cell(id, 6, 7).displayFormat.fill).toBe("#C6EFCE");
    expect(state.cell(id, 7, 7).displayFormat).toMatchObject({ fill: "#FFC7CE", fontColor: "#9C0006" });
    expect(state.cell(id, 7, 7).format.fill).toBeNull();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("H7:H9").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(state.requireSheet(id).conditionalFormats).toEqual([]);
  });
});

describe("settings and culture", () => {
  test("settings store JSON values; missing keys are null objects", async () => {
    const { Excel, state } = setup();
    await Excel.run(async (context) => {
      context.workbook.settings.add("chitieu.settings", { convention: "vi", tolerancePct: 0 });
      const s = context.workbook.settings.getItem("chitieu.settings").load("value");
      const none = context.workbook.settings.getItemOrNullObject("nope");
      await context.sync();
      expect(s.value).toEqual({ convention: "vi", tolerancePct: 0 });
      expect(none.isNullObject).toBe(true);
      s.delete();
      await context.sync();
    });
    expect(state.settings.has("chitieu.settings")).toBe(false);
  });

  test("application culture: vi separators", async () => {
    const { Excel } = setup("vi");
    await Excel.run(async (context) => {
      const app = context.workbook.application.load("decimalSeparator, thousandsSeparator");
      const nf = context.workbook.application.cultureInfo.numberFormat.load("numberDecimalSeparator");
      await context.sync();
      expect([app.decimalSeparator, app.thousandsSeparator, nf.numberDecimalSeparator]).toEqual([
        ",",
        ".",
        ",",
      ]);
    });
  });
});

describe("host globals", () => {
  test("isSetSupported compares versions as strings of numbers; errors are the runtime's OfficeExtension.Error", async () => {
    const state = new WorkbookState();
    const { Excel, OfficeExtension, Office } = runtimeExcel(state, {
      requirementSets: { ExcelApi: "1.10" },
      displayLanguage: "en-US",
    });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.11")).toBe(false);
    expect(Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
    expect(Office.context.displayLanguage).toBe("en-US");
    await expect(Office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    const err = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("x").load("name");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeExtension.Error);
    expect((err as OfficeExtension.Error).code).toBe("ItemNotFound");
    expect(Excel.ChartType.columnClustered).toBe("ColumnClustered");
  });

  test("function commands run through Office.actions and complete", async () => {
    const host = createExcelHost(new WorkbookState());
    let ran = false;
    host.Office.actions.associate("validate", (event) => {
      ran = true;
      event.completed();
    });
    await host.invokeAction("validate");
    expect(ran).toBe(true);
  });
});

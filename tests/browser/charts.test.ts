/** Charts the add-in makes through the Excel API, drawn by the workbench and kept live. */
import type { Page } from "playwright-core";
import { openWorkbench, screenshot, type Workbench } from "./helpers";
import type {} from "../../src/workbench/test-api";
import type { ExcelHost } from "../../src/workbench/index-host";

const SHEET = "Biểu đồ";

/** 45 indicators on a gridless sheet, with a % KH column chart, a 100 % line and a KH/TH bar chart. */
async function makeCharts(page: Page): Promise<void> {
  await page.evaluate(async (sheetName) => {
    const host = window.__chitieuHost?.host as ExcelHost;
    await host.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add(sheetName);
      const rows: (string | number)[][] = [["Chỉ tiêu", "% KH", "Mốc 100%", "KH", "TH"]];
      for (let i = 1; i <= 45; i++) {
        rows.push([
          `Chỉ tiêu ${i} của Nghị quyết`,
          0.6 + ((i * 37) % 70) / 100,
          1,
          100 + i,
          90 + ((i * 53) % 80),
        ]);
      }
      sheet.getRange("A1:E46").values = rows;
      sheet.showGridlines = false;
      const pct = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B46"), "Columns");
      pct.title.text = "Mức độ hoàn thành kế hoạch";
      const line = pct.series.add("Mốc 100%");
      line.setValues(sheet.getRange("C2:C46"));
      line.setXAxisValues(sheet.getRange("A2:A46"));
      line.chartType = "Line";
      pct.axes.getItem("Value").numberFormat = "0%";
      pct.legend.visible = true;
      pct.legend.position = "Bottom";
      pct.setPosition("G1", "W22");
      const bars = sheet.charts.add("BarClustered", sheet.getRange("A1:A6"), "Columns");
      bars.series.getItemAt(0).delete();
      bars.title.text = "Kế hoạch và thực hiện";
      const kh = bars.series.add("KH");
      kh.setValues(sheet.getRange("D2:D6"));
      kh.setXAxisValues(sheet.getRange("A2:A6"));
      kh.format.fill.clear();
      kh.format.line.color = "#1F4E79";
      const th = bars.series.add("TH");
      th.setValues(sheet.getRange("E2:E6"));
      th.setXAxisValues(sheet.getRange("A2:A6"));
      bars.legend.visible = true; // at Excel's default place, the right
      bars.setPosition("G24", "P44");
      sheet.activate();
      await context.sync();
    });
  }, SHEET);
}

describe("charts", () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await openWorkbench();
    await makeCharts(wb.page);
  });

  afterAll(async () => {
    await wb?.browser.close();
  });

  test("draws each chart with its title, value axis format, legend and every category", async () => {
    const { page } = wb;
    expect(await page.getByRole("tab", { name: SHEET }).getAttribute("aria-selected")).toBe("true");
    const pct = page.getByRole("img", { name: "Mức độ hoàn thành kế hoạch" });
    await pct.waitFor();
    for (const text of [
      "0%",
      "100%",
      "Mốc 100%",
      "% KH",
      "Chỉ tiêu 1 của Nghị quyết",
      "Chỉ tiêu 45 của Nghị quyết",
    ]) {
      await pct.getByText(text, { exact: true }).filter({ visible: true }).first().waitFor();
    }
    expect(await pct.locator("rect[fill='#4472C4']").count()).toBe(45 + 1); // 45 columns and the legend key
    expect(await pct.locator("polyline").count()).toBe(1);

    const bars = page.getByRole("img", { name: "Kế hoạch và thực hiện" });
    // KH has no fill: drawn as outlines.
    expect(await bars.locator("rect[fill='none'][stroke='#1F4E79']").count()).toBe(5 + 1);
    await screenshot(page, "charts.png");
  });

  test("follows the bound cells when they change", async () => {
    const { page } = wb;
    const bars = page.getByRole("img", { name: "Kế hoạch và thực hiện" });
    const widthOfFirst = () =>
      bars.locator("rect[fill='none'][stroke='#1F4E79']").first().getAttribute("width");
    const before = Number(await widthOfFirst());
    await page.evaluate((s) => window.workbench?.typeInto(s, "D2", "50"), SHEET);
    const after = Number(await widthOfFirst());
    expect(after).toBeLessThan(before * 0.7);
    const charts = await page.evaluate((s) => window.workbench?.getCharts(s), SHEET);
    expect(charts?.[1]?.series.map((s) => [s.name, s.values[0]])).toEqual([
      ["KH", 50],
      ["TH", 143],
    ]);
  });

  test("the chart sheet has no gridlines", async () => {
    const { page } = wb;
    expect(
      await page.evaluate(
        () => window.workbench?.snapshot().sheets.find((s) => s.name === "Biểu đồ")?.showGridlines,
      ),
    ).toBe(false);
  });
});

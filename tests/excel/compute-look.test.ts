/** Computed columns added to a user's own table look like the table they extend. */
import { computeActiveSheet } from "../../src/excel";
import { computedWidth } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { charsToPoints } from "../../src/excel/template";
import { HEADER_ROW, SHEET, TEN_ROWS, rowOf, workbookPerTest } from "./helpers";

const book = workbookPerTest();

/** The user's own look: an orange header with a grid, and a grid on the figures. */
async function dressTable(): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET);
    const header = sheet.getRangeByIndexes(HEADER_ROW, 0, 1, 7);
    header.format.fill.color = "#F8CBAD";
    header.format.font.bold = true;
    header.format.font.color = "#833C0B";
    const body = sheet.getRangeByIndexes(HEADER_ROW, 0, TEN_ROWS.length + 2, 7);
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ] as const)
      body.format.borders.getItem(edge).style = "Continuous";
    await context.sync();
  });
}

describe("computed columns extend the user's table", () => {
  test("header fill and font, borders and widths that show every verdict whole", async () => {
    const wb = book(TEN_ROWS);
    await dressTable();
    const report = await computeActiveSheet(DEFAULT_SETTINGS);
    expect(report.written).toBe(true);
    const verdictCol = (report.columns.verdict ?? "A").charCodeAt(0) - 65;
    const header = wb.state.cell(wb.id, HEADER_ROW, verdictCol);
    expect(header.value).toBe("Đánh giá");
    expect(header.displayFormat.fill).toBe("#F8CBAD");
    expect(header.displayFormat.fontColor ?? header.format.fontColor).toBe("#833C0B");
    const cell = wb.state.cell(wb.id, rowOf(0), verdictCol);
    expect(cell.borders.EdgeBottom?.style ?? "None").not.toBe("None");
    // wide enough for "Không giao kế hoạch" / "Chưa có số liệu" at Calibri 11
    expect(wb.state.columnWidth(wb.id, verdictCol)).toBeCloseTo(charsToPoints(computedWidth("verdict")), 5);
    expect(computedWidth("verdict")).toBeGreaterThanOrEqual("Chưa có số liệu".length + 2);
  });

  test("a plain table keeps our header style and gets no borders it did not have", async () => {
    const wb = book(TEN_ROWS);
    const report = await computeActiveSheet(DEFAULT_SETTINGS);
    const verdictCol = (report.columns.verdict ?? "A").charCodeAt(0) - 65;
    expect(wb.state.cell(wb.id, HEADER_ROW, verdictCol).displayFormat.fill).toBe("#D9E1F2");
    expect(wb.state.cell(wb.id, rowOf(0), verdictCol).borders.EdgeBottom?.style ?? "None").toBe("None");
  });
});

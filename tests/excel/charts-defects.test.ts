/**
 * Tạo biểu đồ where Excel is stricter than the add-in assumed: a chart selected (getSelectedRange
 * fails), a table whose rows are all lower-is-better (the first % series would be empty), and a
 * chart sheet in front of its table when the run replaces it.
 */
import { createCharts } from "../../src/excel";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model";
import type { WorkbookState } from "../../src/workbench/state";
import { SHEET, TEN_ROWS, workbookPerTest, type Row } from "./helpers";

const S: Settings = DEFAULT_SETTINGS;
const CHART_SHEET = `Biểu đồ ${SHEET}`;
const book = workbookPerTest(TEN_ROWS);

/** A chart of the user's own on the table's sheet (a copy of one of ours); its name. */
function userChart(state: WorkbookState): string {
  const ours = state.requireSheet(CHART_SHEET).charts[0];
  if (!ours) throw new Error("no chart");
  return state.addChart(state.requireSheet(SHEET).id, { ...ours, name: "Của tôi" }).name;
}

describe("createCharts with a chart selected", () => {
  test("run again from the chart sheet with one of its charts clicked: the charts are rebuilt", async () => {
    const { state } = book();
    const first = await createCharts(S);
    const chartName = first.charts[0]?.name ?? "";
    state.selectChart(CHART_SHEET, chartName);
    const again = await createCharts(S);
    expect(again.sourceSheet).toBe(SHEET);
    expect(again.charts.map((c) => c.name)).toEqual(first.charts.map((c) => c.name));
    expect(state.sheets.map((s) => s.name)).toEqual([SHEET, CHART_SHEET, "Khác"]);
  });

  test("a chart clicked on the table's own sheet does not stop the charts of the whole table", async () => {
    const { state } = book();
    const first = await createCharts(S);
    state.selectChart(SHEET, userChart(state));
    const report = await createCharts(S);
    expect(report.sourceSheet).toBe(SHEET);
    expect(report.charts).toEqual(first.charts);
  });

  test("charting the selection while a chart is selected says to select rows", async () => {
    const { state } = book();
    await createCharts(S);
    state.selectChart(SHEET, userChart(state));
    await expect(createCharts(S, { scope: "selection" })).rejects.toMatchObject({
      code: "InvalidSelection",
      text: { vi: expect.stringContaining("Hãy chọn"), en: expect.stringContaining("Select") },
    });
  });
});

test("a table whose rows are all lower-is-better charts without an empty first series", async () => {
  const rows: Row[] = [
    { name: "Tỷ lệ hộ nghèo", unit: "%", plan: "dưới 4", actual: 3.2, prior: 4.1 },
    { name: "Số vụ tai nạn giao thông", unit: "vụ", plan: "không quá 20", actual: 18, prior: 22 },
  ];
  const { state } = book(rows);
  await createCharts(S);
  const pct = state.requireSheet(CHART_SHEET).charts.find((c) => c.name === "chitieu-pct-kh");
  // Both rows are below their ceiling: "Vượt", then the 100 % line; no series without data.
  expect(pct?.series.map((s) => s.name)).toEqual(["Vượt", "Mốc 100% kế hoạch"]);
  const plotted = state.resolveRef(pct?.series[0]?.valuesRef ?? "");
  expect((plotted[0] as number) * 100).toBeCloseTo(80, 6); // 3,2 / 4, as the table states it
  expect((plotted[1] as number) * 100).toBeCloseTo(90, 6); // 18 / 20
});

test("the chart sheet in front of its table: replaced right after the table, not one further", async () => {
  const { state } = book();
  await createCharts(S);
  state.moveSheet(state.requireSheet(CHART_SHEET).id, 0);
  expect(state.sheets.map((s) => s.name)).toEqual([CHART_SHEET, SHEET, "Khác"]);
  state.activate(SHEET);
  await createCharts(S);
  expect(state.sheets.map((s) => s.name)).toEqual([SHEET, CHART_SHEET, "Khác"]);
});

/**
 * Tạo biểu đồ run again while one of its charts is selected, as a person who clicked it: the
 * host, like Excel, refuses getSelectedRange() then (InvalidSelection), and the pane must still
 * rebuild the charts of the whole table.
 */
import type { Frame, Page } from "playwright-core";
import { screenshot, useWorkbench } from "./helpers";
import { REPORT_SHEET } from "../../src/workbench/sample";
import type {} from "../../src/workbench/test-api";

let page: Page;
let pane: Frame;
const wb = useWorkbench((w) => ({ page, pane } = w));

const createdText = /^Đã tạo \d+ biểu đồ trong trang tính “Biểu đồ /;

/** Until the command is over: the button usable again and no sync for half a second. */
async function settled(): Promise<void> {
  await pane
    .getByRole("button", { name: "Tạo biểu đồ", exact: true })
    .and(pane.locator(":enabled"))
    .waitFor();
  let last = -1;
  for (;;) {
    const now = await page.evaluate(() => window.workbench?.getSyncCount() ?? 0);
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function createCharts(): Promise<void> {
  await pane.getByRole("radio", { name: "Tất cả chỉ tiêu" }).check();
  await pane.getByRole("button", { name: "Tạo biểu đồ", exact: true }).click();
}

test("Tạo biểu đồ again with one of its charts clicked rebuilds the charts", async () => {
  await page.evaluate((sheet) => window.workbench?.select(sheet, "A1"), REPORT_SHEET);
  await createCharts();
  await pane.getByText(createdText).waitFor();
  const chartSheet = await page.evaluate(() => window.workbench?.getActiveSheet() ?? "");
  expect(chartSheet).toBe(`Biểu đồ ${REPORT_SHEET}`);
  const before = await page.evaluate(
    (s) => window.workbench?.getCharts(s).map((c) => c.name) ?? [],
    chartSheet,
  );
  expect(before.length).toBeGreaterThan(0);

  // A person clicks the first chart on the chart sheet, then Tạo biểu đồ again.
  await page.evaluate(([s, name]) => window.workbench?.selectChart(s, name), [
    chartSheet,
    before[0] ?? "",
  ] as const);
  const syncsBefore = await page.evaluate(() => window.workbench?.getSyncCount() ?? 0);
  await createCharts();
  await page.waitForFunction((n) => (window.workbench?.getSyncCount() ?? 0) > n, syncsBefore);
  await settled();
  await pane.getByText(createdText).waitFor();
  const errorBars = pane.locator(".fui-MessageBar").filter({ hasText: /lỗi|error/i });
  await expect(errorBars.count()).resolves.toBe(0);
  const sheets = await page.evaluate(() => window.workbench?.getSheets() ?? []);
  expect(sheets.filter((s) => s.startsWith("Biểu đồ"))).toEqual([chartSheet]);
  const after = await page.evaluate(
    (s) => window.workbench?.getCharts(s).map((c) => c.name) ?? [],
    chartSheet,
  );
  expect(after).toEqual(before);
  expect(wb.errors).toEqual([]);
  await screenshot(page, "chart-selected-again");
});

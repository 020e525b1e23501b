/**
 * Issue 11's "Checked by", in one file, in Chromium: (1) the pane's Excel namespace is
 * Microsoft's — its generated proxy classes, its runtime file served byte for byte as it is in
 * node_modules, and no Excel of the workbench's own anywhere; (2) the syncs each click of the
 * pane costs (Kiểm tra, Tính toán, Tạo biểu đồ), printed, each at most 3; (3) Tạo biểu đồ run
 * again while one of its charts is selected, as a person who clicked it.
 */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import type { Frame, Page } from "playwright-core";
import { useWorkbench } from "./helpers";
import { REPORT_SHEET } from "../../src/workbench/sample";
import type {} from "../../src/workbench/test-api";

const RUNTIME = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

let page: Page;
let pane: Frame;
const wb = useWorkbench((w) => ({ page, pane } = w));

const syncCount = () => page.evaluate(() => window.workbench?.getSyncCount() ?? 0);

/** Until the pane is idle: Kiểm tra enabled again and no sync for half a second. */
async function idle(): Promise<void> {
  await pane.getByRole("button", { name: "Kiểm tra", exact: true }).and(pane.locator(":enabled")).waitFor();
  let last = -1;
  for (;;) {
    const now = await syncCount();
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The syncs from a click until the pane is idle again. */
async function syncsOfClick(name: string, done: () => Promise<void>): Promise<number> {
  await idle();
  await page.evaluate(() => window.workbench?.resetSyncCount());
  await pane.getByRole("button", { name, exact: true }).click();
  await done();
  await idle();
  return syncCount();
}

test("(1) the pane's Excel is Microsoft's runtime, loaded unmodified from node_modules; the host has no Excel", async () => {
  const seen = await pane.evaluate(async () => {
    const script = [...document.scripts].find((s) => s.src.endsWith("/excel-web-16.00.js"));
    const text = script ? await (await fetch(script.src)).text() : "";
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
    const parentHost = (window.parent as unknown as { __chitieuHost?: { host: Record<string, unknown> } })
      .__chitieuHost?.host;
    const classes = Object.values(Excel).filter((v) => typeof v === "function").length;
    const isWorkbook = await Excel.run(async (context) => context.workbook instanceof Excel.Workbook);
    return {
      sha256: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join(""),
      classes,
      isWorkbook,
      rangeIsClientObject: Excel.Range.prototype instanceof OfficeExtension.ClientObject,
      runFromRuntime: Excel.run === (window as unknown as { Excel: typeof Excel }).Excel.run,
      hostHasExcel: parentHost !== undefined && "Excel" in parentHost,
      hostHasProcessQuery: parentHost !== undefined && "processQuery" in parentHost,
    };
  });
  const expected = createHash("sha256").update(readFileSync(RUNTIME, "utf8")).digest("hex");
  console.log(`runtime file ${RUNTIME}: sha256 ${seen.sha256}; ${seen.classes} generated classes`);
  expect(seen).toEqual({
    sha256: expected,
    classes: expect.any(Number),
    isWorkbook: true,
    rangeIsClientObject: true,
    runFromRuntime: true,
    hostHasExcel: false,
    hostHasProcessQuery: true,
  });
  expect(seen.classes).toBeGreaterThan(150);
});

test("(2) syncs per click on the sample table: Kiểm tra, Tính toán, Tạo biểu đồ, each at most 3", async () => {
  await page.evaluate((sheet) => window.workbench?.select(sheet, "A1"), REPORT_SHEET);
  const validate = await syncsOfClick("Kiểm tra", async () => {
    await pane
      .getByRole("heading", { name: /^(Lỗi|Cảnh báo|Thông tin)/, level: 3 })
      .first()
      .waitFor();
  });
  const compute = await syncsOfClick("Tính toán", async () => {
    await pane
      .getByText(/^Đạt và vượt \d+\/\d+ chỉ tiêu/)
      .first()
      .waitFor();
  });
  await pane.getByRole("radio", { name: "Tất cả chỉ tiêu" }).check();
  const charts = await syncsOfClick("Tạo biểu đồ", async () => {
    await pane.getByText(/^Đã tạo \d+ biểu đồ/).waitFor();
  });
  console.log(`syncs per click: Kiểm tra ${validate}, Tính toán ${compute}, Tạo biểu đồ ${charts}`);
  for (const n of [validate, compute, charts]) {
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(3);
  }
});

test("(3) Tạo biểu đồ again with one of its charts selected rebuilds the same charts, no error", async () => {
  const chartSheet = await page.evaluate(() => window.workbench?.getActiveSheet() ?? "");
  expect(chartSheet).toBe(`Biểu đồ ${REPORT_SHEET}`);
  const before = await page.evaluate(
    (s) => window.workbench?.getCharts(s).map((c) => c.name) ?? [],
    chartSheet,
  );
  expect(before.length).toBeGreaterThan(0);
  await page.evaluate(([s, name]) => window.workbench?.selectChart(s, name), [
    chartSheet,
    before[0] ?? "",
  ] as const);
  // The host now refuses getSelectedRange() as Excel does with a chart selected.
  const refused = await pane.evaluate(async () => {
    try {
      await Excel.run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      });
      return "";
    } catch (e) {
      return (e as { code: string }).code;
    }
  });
  expect(refused).toBe("InvalidSelection");
  await pane.getByRole("radio", { name: "Tất cả chỉ tiêu" }).check();
  const again = await syncsOfClick("Tạo biểu đồ", async () => {
    await page.waitForFunction(() => (window.workbench?.getSyncCount() ?? 0) > 0);
  });
  await pane.getByText(/^Đã tạo \d+ biểu đồ/).waitFor();
  console.log(`Tạo biểu đồ with a chart selected: ${again} syncs`);
  expect(again).toBeLessThanOrEqual(3);
  await expect(
    pane
      .locator(".fui-MessageBar")
      .filter({ hasText: /lỗi|error/i })
      .count(),
  ).resolves.toBe(0);
  const after = await page.evaluate(
    (s) => window.workbench?.getCharts(s).map((c) => c.name) ?? [],
    chartSheet,
  );
  expect(after).toEqual(before);
  expect(wb.errors).toEqual([]);
});

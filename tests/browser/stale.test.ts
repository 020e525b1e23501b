/**
 * The pane stays current, on Microsoft's Excel client runtime: after Kiểm tra, a figure typed
 * into the grid reaches the pane as `worksheets.onChanged` (the workbench host's event channel,
 * src/workbench/runtime-events.ts) and the pane says its results are for the old figures; the
 * add-in's own Kiểm tra and Tính toán write to the sheet without raising it. The sheet is the
 * workbench's sample (seed 000, TP. Bến Tre).
 */
import type { Frame, Page } from "playwright-core";
import { screenshot, useWorkbench } from "./helpers";

const SHEET = "Báo cáo 2020";
const STALE = /^Số liệu đã thay đổi — bấm Kiểm tra \/ Tính toán để cập nhật/;
/** Longer than the pane's echo window for its own writes (src/excel/own.ts, 400 ms). */
const PAST_ECHO_MS = 700;

let page: Page;
let pane: Frame;
const wb = useWorkbench((w) => ({ page, pane } = w));

/** The step's state badge, by its accessible name "Tính toán: Xong". */
const badge = (step: string, state: string) => pane.getByLabel(`${step}: ${state}`, { exact: true });
const button = (name: string) => pane.getByRole("button", { name, exact: true });

type Api = { getValue(s: string, a: string): unknown; select(s: string, a: string): void };

/** The first row whose Thực hiện (E) holds a number, as an A1 address. */
async function firstActualCell(): Promise<string> {
  return page.evaluate((sheet) => {
    const api = window.workbench as unknown as Api;
    for (let r = 5; r < 60; r++) if (typeof api.getValue(sheet, `E${r}`) === "number") return `E${r}`;
    throw new Error("no figure in column E");
  }, SHEET);
}

test("a figure typed in the grid after Kiểm tra makes the pane say its results are stale; its own writes do not", async () => {
  await button("Kiểm tra").click();
  await badge("Kiểm tra", "Chưa làm").waitFor({ state: "detached" });
  await page.waitForTimeout(PAST_ECHO_MS);
  // Kiểm tra painted its marks on the sheet: the pane's own writes are not a person's edit.
  await expect(pane.getByText(STALE).count()).resolves.toBe(0);
  // The sample has warnings, no errors (0 lỗi, 3 cảnh báo): Kiểm tra is done.
  await badge("Kiểm tra", "Xong").waitFor();

  // A person types a figure into Thực hiện in the grid, as in Excel.
  const cell = await firstActualCell();
  const before = await page.evaluate(
    ([sheet, address]) => (window.workbench as unknown as Api).getValue(sheet as string, address as string),
    [SHEET, cell],
  );
  await page.evaluate(
    ([sheet, address]) => (window.workbench as unknown as Api).select(sheet as string, address as string),
    [SHEET, cell],
  );
  await page.getByRole("grid").focus();
  await page.keyboard.type(String(Number(before) + 1));
  await page.keyboard.press("Enter");
  await expect(
    page.evaluate(
      ([sheet, address]) => (window.workbench as unknown as Api).getValue(sheet as string, address as string),
      [SHEET, cell],
    ),
  ).resolves.toBe(Number(before) + 1);

  await pane.getByText(STALE).waitFor();
  await badge("Kiểm tra", "Cần cập nhật").waitFor();
  await screenshot(page, "stale-after-edit");

  // Tính toán brings the pane up to date; its own writes (columns, summary) raise nothing.
  await button("Tính toán").click();
  await pane.getByText(/^Đạt và vượt \d+\/\d+ chỉ tiêu/).waitFor();
  await pane.getByText(STALE).waitFor({ state: "detached" });
  await badge("Tính toán", "Xong").waitFor();
  await page.waitForTimeout(PAST_ECHO_MS);
  await expect(pane.getByText(STALE).count()).resolves.toBe(0);
  await expect(badge("Tính toán", "Cần cập nhật").count()).resolves.toBe(0);

  // Another figure typed: both results are now for the old figures.
  await page.evaluate(
    ([sheet, address]) => (window.workbench as unknown as Api).select(sheet as string, address as string),
    [SHEET, cell],
  );
  await page.getByRole("grid").focus();
  await page.keyboard.type(String(before));
  await page.keyboard.press("Enter");
  await pane.getByText(STALE).waitFor();
  await badge("Tính toán", "Cần cập nhật").waitFor();
  await expect(badge("Tính toán", "Xong").count()).resolves.toBe(0);
  await screenshot(page, "stale-after-compute-and-edit");
  expect(wb.errors).toEqual([]);
});

/**
 * The pane stays current: after Tính toán, a figure typed into the sheet makes the pane say its
 * results are for the old figures (worksheets.onChanged, emulated by the workbench), and Tính
 * toán again makes them current. The sheet is the workbench's sample (seed 000, TP. Bến Tre).
 */
import type { Frame, Page } from "playwright-core";
import { openWorkbench, screenshot, type Workbench } from "./helpers";

const SHEET = "Báo cáo 2020";
const STALE = /^Số liệu đã thay đổi — bấm Kiểm tra \/ Tính toán để cập nhật/;

let wb: Workbench;
let page: Page;
let pane: Frame;

beforeAll(async () => {
  wb = await openWorkbench();
  page = wb.page;
  pane = wb.pane;
  await pane.getByRole("heading", { name: "Chỉ tiêu Nghị quyết", level: 1 }).waitFor();
});

afterAll(async () => {
  await wb?.browser.close();
});

/** The step's state badge, by its accessible name "Tính toán: Xong". */
const badge = (step: string, state: string) => pane.getByLabel(`${step}: ${state}`, { exact: true });

/** The first row whose Thực hiện (E) holds a number, as an A1 address. */
async function firstActualCell(): Promise<string> {
  return page.evaluate((sheet) => {
    const api = window.workbench as unknown as { getValue(s: string, a: string): unknown };
    for (let r = 5; r < 60; r++) if (typeof api.getValue(sheet, `E${r}`) === "number") return `E${r}`;
    throw new Error("no figure in column E");
  }, SHEET);
}

test("a figure typed after Tính toán makes the pane say its results are stale", async () => {
  await pane.getByRole("button", { name: "Tính toán", exact: true }).click();
  await pane.getByText(/^Đạt và vượt \d+\/\d+ chỉ tiêu/).waitFor();
  await badge("Tính toán", "Xong").waitFor();
  await expect(pane.getByText(STALE).count()).resolves.toBe(0);

  await page.waitForTimeout(600); // past the echo window of the pane's own writes
  const cell = await firstActualCell();
  await page.evaluate(
    ([sheet, address]) =>
      (window.workbench as unknown as { typeInto(s: string, a: string, t: string): unknown }).typeInto(
        sheet as string,
        address as string,
        "1",
      ),
    [SHEET, cell],
  );
  await pane.getByText(STALE).waitFor();
  await badge("Tính toán", "Cần cập nhật").waitFor();
  await expect(badge("Tính toán", "Xong").count()).resolves.toBe(0);
  await screenshot(page, "stale-after-edit");

  await pane.getByRole("button", { name: "Tính toán", exact: true }).click();
  await pane.getByText(STALE).waitFor({ state: "detached" });
  await badge("Tính toán", "Xong").waitFor();
  expect(wb.errors).toEqual([]);
});

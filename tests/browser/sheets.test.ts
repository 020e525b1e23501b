/**
 * The pane speaks of the active sheet only: on a sheet without a table, Kiểm tra, Tính toán and
 * Tạo biểu đồ leave one "no table" message (in the sheet bar), not one per step; back on the
 * table, that message and those errors are gone and the table's own results show again.
 */
import type { Frame, Page } from "playwright-core";
import { screenshot, useWorkbench } from "./helpers";

const TABLE = "Báo cáo 2020";
const GUIDE = "Hướng dẫn";
const NO_TABLE = /^Trang tính này chưa có bảng chỉ tiêu/;

let page: Page;
let pane: Frame;
const wb = useWorkbench((w) => ({ page, pane } = w));

const button = (name: string) => pane.getByRole("button", { name, exact: true });
const badge = (step: string, state: string) => pane.getByLabel(`${step}: ${state}`, { exact: true });
/** Error and warning bars in the pane (Fluent MessageBar intents), by their text. */
const bars = () =>
  pane.evaluate(() =>
    [...document.querySelectorAll(".fui-MessageBar")].map((b) => (b.textContent ?? "").trim().slice(0, 60)),
  );
/** A person clicks another sheet's tab, then Làm mới in the pane. */
async function goTo(sheet: string): Promise<void> {
  await page.evaluate((s) => window.workbench?.select(s, "A1"), sheet);
  await button("Làm mới").click();
  await pane.getByText(`Trang tính đang mở: “${sheet}”`).waitFor();
}

test("one 'no table' message on a sheet without a table; back on the table, its own results", async () => {
  await button("Kiểm tra").click();
  await badge("Kiểm tra", "Chưa làm").waitFor({ state: "detached" });
  const findings = pane.getByText(/^0 lỗi, 3 cảnh báo/);
  await expect(findings.count()).resolves.toBeGreaterThan(0);

  await goTo(GUIDE);
  for (const name of ["Kiểm tra", "Tính toán", "Tạo biểu đồ"]) {
    await button(name).click();
    await pane.getByText(NO_TABLE).waitFor();
    await expect(button(name).isEnabled()).resolves.toBe(true);
  }
  await screenshot(page, "sheets-no-table");
  // One message, in the sheet bar; no step repeats it, no error bar is left.
  const shown = await bars();
  expect(shown.filter((t) => /chưa có bảng|Không tìm thấy bảng/i.test(t))).toHaveLength(1);
  expect(shown).toHaveLength(1);
  await expect(pane.getByText(/cảnh báo/).count()).resolves.toBe(0);

  await goTo(TABLE);
  await expect(pane.getByText(NO_TABLE).count()).resolves.toBe(0);
  // The table's findings come back with it (its 3 warnings), and nothing of the guide sheet stays.
  await badge("Kiểm tra", "Xong").waitFor();
  const back = await bars();
  expect(back.filter((t) => /chưa có bảng|Không tìm thấy bảng/i.test(t))).toEqual([]);
  expect(back).toHaveLength(3);
  await expect(pane.getByText(/^0 lỗi, 3 cảnh báo/).count()).resolves.toBeGreaterThan(0);
  expect(wb.errors).toEqual([]);
});

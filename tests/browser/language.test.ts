/**
 * The sheet's language from the pane: choose English in Cài đặt, save, press Tính toán, and the
 * sample sheet shows English verdicts, header and summary line; back to Vietnamese, the same
 * cells are rewritten. Read back through window.workbench.
 */
import type { Frame, Page } from "playwright-core";
import type { ComputedValue } from "../../src/workbench/state";
import { screenshot, useWorkbench } from "./helpers";

const SHEET = "Báo cáo 2020";
let page: Page;
let pane: Frame;
const wb = useWorkbench((w) => ({ page, pane } = w));

const button = (name: string) => pane.getByRole("button", { name, exact: true });

async function used(): Promise<ComputedValue[][]> {
  return page.evaluate((s) => window.workbench?.getUsedRange(s)?.values ?? [], SHEET);
}

/** The verdict column's cells under the header that names it. */
async function verdicts(header: string): Promise<ComputedValue[]> {
  const values = await used();
  const row = values.findIndex((r) => r.includes(header));
  if (row < 0) return [];
  const col = values[row]!.indexOf(header);
  return values.slice(row + 1).map((r) => r[col] ?? null);
}

async function saveLanguage(label: RegExp, saved: string): Promise<void> {
  const radio = pane.getByRole("radio", { name: label });
  if (!(await radio.isVisible())) await pane.getByRole("button", { name: "Cài đặt" }).click();
  await radio.check();
  await button("Lưu cài đặt").click();
  await pane.getByText(saved).waitFor();
}

test("English in the settings: Tính toán writes Exceeded / Reached, 'Verdict' and 'x of y targets'", async () => {
  await saveLanguage(/^Tiếng Anh/, "Đã lưu cài đặt vào sổ làm việc.");
  await button("Tính toán").click();
  await pane
    .getByText(/^Đạt và vượt \d+\/\d+ chỉ tiêu/)
    .first()
    .waitFor();
  const english = await verdicts("Verdict");
  expect(english).toContain("Exceeded");
  expect(
    english.some((v) => typeof v === "string" && /^\d+ of \d+ targets reached or exceeded$/.test(v)),
  ).toBe(true);
  const flat = (await used()).flat();
  expect(flat).not.toContain("Vượt");
  expect(flat).not.toContain("Đánh giá");
  expect(flat.some((v) => typeof v === "string" && /^\d+ of \d+ targets reached or exceeded$/.test(v))).toBe(
    true,
  );
  await screenshot(page, "language-en");

  await saveLanguage(/^Tiếng Việt/, "Đã lưu cài đặt vào sổ làm việc.");
  await button("Tính toán").click();
  await page.waitForFunction(
    (s) => window.workbench?.getUsedRange(s)?.values.flat().includes("Đánh giá") === true,
    SHEET,
  );
  const vietnamese = await verdicts("Đánh giá");
  expect(vietnamese).toContain("Vượt");
  const after = (await used()).flat();
  expect(after).not.toContain("Exceeded");
  expect(after).not.toContain("Verdict");
  // The same number of cells: the English ones were rewritten, not added beside them.
  expect(vietnamese.length).toBe(english.length);
  expect(wb.errors).toEqual([]);
});

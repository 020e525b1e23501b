/**
 * A fraction typed into Thực hiện becomes a date, in the workbench as in a vi-VN Excel: after the
 * city template is filled and computed, a clerk types "9/12" (nine works of twelve) into the
 * grid's cell editor; the workbench's Excel stores 9 December with a date format (src/workbench/
 * datefmt.ts), the live % formula's date guard (CELL("format") starts with "D", core/formulas.ts
 * notDate) shows no figure, and Kiểm tra says the cell holds a date (date_in_figure_cell). The
 * pane's fix writes 9 as a number (the date format goes), and 176 typed then (plan 150) is
 * 117,33 %. Typing 176 straight over the date would keep the date format, as Excel does
 * (tests/workbench/state.test.ts).
 */
import type { Frame, Page } from "playwright-core";
import type { WorkbenchTestApi } from "../../src/workbench/test-api";
import { screenshot, useWorkbench } from "./helpers";

const TEMPLATE_NAME = /^Thành phố, huyện – chỉ tiêu Nghị quyết năm/;
const SHEET = "Chỉ tiêu NQ 2021";
const INDICATOR = "Doanh nghiệp thành lập mới";

let page: Page;
let pane: Frame;
useWorkbench((w) => ({ page, pane } = w));

type Api = WorkbenchTestApi;
/** Calls one window.workbench method in the page with JSON arguments. */
async function call<K extends keyof Api>(
  method: K,
  ...args: Api[K] extends (...a: infer A) => unknown ? A : never
): Promise<Api[K] extends (...a: never[]) => infer R ? Awaited<R> : never> {
  return page.evaluate(
    ([m, a]) => {
      const api = window.workbench as unknown as Record<string, (...x: unknown[]) => unknown>;
      return api[m as string]!(...(a as unknown[]));
    },
    [method, args] as const,
  ) as never;
}

const button = (name: string) => pane.getByRole("button", { name, exact: true });

function letter(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The cells of the indicator's row: plan, works done, and the computed % of plan. */
async function cellsOf(indicator: string): Promise<{ plan: string; actual: string; pct: string }> {
  const used = await call("getUsedRange", SHEET);
  if (!used) throw new Error(`${SHEET} is empty`);
  const headerRow = used.values.findIndex((r) => r.some((v) => v === "Chỉ tiêu"));
  const header = (used.values[headerRow] ?? []).map((v) => String(v ?? ""));
  const below = (used.values[headerRow + 1] ?? []).map((v) => String(v ?? ""));
  const find = (re: RegExp): string => {
    const i = header.findIndex((h, j) => re.test(h) || re.test(below[j] ?? ""));
    if (i < 0) throw new Error(`no column ${re} in ${header.join(" | ")} / ${below.join(" | ")}`);
    return letter(i);
  };
  const nameCol = header.indexOf("Chỉ tiêu");
  const row = used.values.findIndex((r) => r[nameCol] === indicator) + 1;
  if (row === 0) throw new Error(`no row "${indicator}"`);
  return {
    plan: `${find(/^Kế hoạch/)}${row}`,
    actual: `${find(/^Thực hiện năm 2021/)}${row}`,
    pct: `${find(/% ?KH|So KH|kế hoạch \(%\)/i)}${row}`,
  };
}

/** A person selects the cell in the grid, types `text` into its editor and presses Enter. */
async function typeInGrid(address: string, text: string): Promise<void> {
  await call("select", SHEET, address);
  await page.getByRole("grid").focus();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** 9 December of the year the workbench's clock says, as Excel stores "9/12" typed in vi-VN. */
async function december9(): Promise<number> {
  return page.evaluate(() => {
    const y = new Date().getFullYear();
    return Math.round((Date.UTC(y, 11, 9) - Date.UTC(1899, 11, 30)) / 86_400_000);
  });
}

describe('"9/12" typed into Thực hiện in a vi-VN workbench', () => {
  let cells: { plan: string; actual: string; pct: string };

  it("inserts, fills and computes the city template", async () => {
    await call("setLocale", "vi");
    await button("Chèn mẫu").click();
    await pane.getByRole("combobox", { name: /Mẫu bảng/ }).click();
    await pane.getByRole("option", { name: TEMPLATE_NAME }).click();
    await pane.getByRole("textbox", { name: "Năm báo cáo" }).fill("2021");
    await pane.getByRole("textbox", { name: "Tên đơn vị" }).fill("Thành ủy TP. Bến Tre");
    await button("Chèn").click();
    await pane.getByText(`Đã chèn mẫu vào trang tính “${SHEET}”`, { exact: false }).waitFor();
    cells = await cellsOf(INDICATOR);
    await call("typeInto", SHEET, cells.plan, "150");
    await call("typeInto", SHEET, cells.actual, "176");
    await button("Tính toán").click();
    await pane.getByText(/^Đạt và vượt \d+\/\d+ chỉ tiêu/).waitFor();
    await expect(call("getText", SHEET, cells.pct)).resolves.toBe("117,33%");
  });

  it("stores 9 December with a date format; the % shows no figure and Kiểm tra says it is a date", async () => {
    await typeInGrid(cells.actual, "9/12");
    await expect(call("getValue", SHEET, cells.actual)).resolves.toBe(await december9());
    await expect(call("getNumberFormat", SHEET, cells.actual)).resolves.toBe("d-mmm");
    await expect(call("getText", SHEET, cells.actual)).resolves.toBe("9-Thg12");
    // The live formula's guard: no 46 365 / 150 = 30 910 %.
    const pct = await call("getValue", SHEET, cells.pct);
    expect(typeof pct).not.toBe("number");
    await expect(call("getText", SHEET, cells.pct)).resolves.not.toMatch(/\d/);

    await button("Kiểm tra").click();
    const finding = pane
      .getByRole("listitem")
      .filter({ hasText: cells.actual })
      .filter({ hasText: /chứa ngày 09\/12\/\d{4}.*không phải số/ });
    await finding.first().waitFor();
    await expect(finding.count()).resolves.toBeGreaterThan(0);
    await call("select", SHEET, cells.pct); // scrolls the % column into view for the picture
    const file = await screenshot(page, "dates-1-typed-9-12");
    expect(file).toMatch(/dates-1-typed-9-12\.png$/);
  });

  it("after the pane's fix (9, the date format gone), 176 typed over it is 117,33 % of 150", async () => {
    await pane.getByRole("checkbox", { name: new RegExp(`^Sửa ô ${cells.actual}:`) }).check();
    await button("Sửa các ô đã chọn").click();
    const dialog = pane.getByRole("dialog");
    await dialog.getByRole("button", { name: "Sửa", exact: true }).click();
    await pane.getByText("Đã sửa 1 ô", { exact: false }).waitFor();
    await expect(call("getValue", SHEET, cells.actual)).resolves.toBe(9);
    await expect(call("getNumberFormat", SHEET, cells.actual)).resolves.not.toMatch(/[dmy]/);

    await typeInGrid(cells.actual, "176");
    await expect(call("getValue", SHEET, cells.actual)).resolves.toBe(176);
    await expect(call("getText", SHEET, cells.pct)).resolves.toBe("117,33%");
    await call("select", SHEET, cells.pct);
    await screenshot(page, "dates-2-typed-176");
  });
});

/**
 * Chỉ định cột in the workbench, on Microsoft's Excel client runtime: the sample's headers are
 * replaced by ones the reader does not know ("Nội dung | Giao năm 2020 | Năm 2020 | Năm 2019"),
 * the pane says once that there is no table and offers the mapping; mapped, Kiểm tra and Tính
 * toán work on it (176 new firms of 150 planned: 117,33 %), and the mapping outlives closing and
 * opening the workbook and reloading the pane.
 */
import type { Frame, Page } from "playwright-core";
import { screenshot, useWorkbench } from "./helpers";

const SHEET = "Báo cáo 2020";
const NO_TABLE = /^Trang tính này chưa có bảng chỉ tiêu/;
const MAPPED = "Bảng được đọc theo các cột bạn đã chỉ định.";

let page: Page;
let pane: Frame;
const wb = useWorkbench((w) => ({ page, pane } = w));

const button = (name: string) => pane.getByRole("button", { name, exact: true });
/** Where the pane's keyboard focus is: the data-focus of the focused element. */
const focused = () =>
  pane.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focus ?? "");
const badge = (step: string, state: string) => pane.getByLabel(`${step}: ${state}`, { exact: true });

type Api = {
  getValue(s: string, a: string): unknown;
  getText(s: string, a: string): string;
  paste(s: string, a: string, rows: string[][]): void;
  reopen(): void;
};
const api = <T>(fn: (a: Api, arg: unknown) => T, arg?: unknown): Promise<T> =>
  page.evaluate(
    ([src, a]) => {
      const f = new Function("api", "arg", `return (${src as string})(api, arg);`) as (
        x: unknown,
        y: unknown,
      ) => T;
      return f(window.workbench, a);
    },
    [fn.toString(), arg] as const,
  );

/** The sheet row (1-based) whose Thực hiện (E) is 176 new firms. */
async function firmsRow(): Promise<number> {
  return api((a, sheet) => {
    for (let r = 5; r < 80; r++) if (a.getValue(sheet as string, `E${r}`) === 176) return r;
    throw new Error("no 176 in column E");
  }, SHEET);
}

test("an unrecognized table is mapped, checked and computed (117,33 %), and the mapping is kept", async () => {
  await api(
    (a, sheet) =>
      a.paste(sheet as string, "A4", [
        ["TT", "Nội dung", "ĐVT", "Giao năm 2020", "Năm 2020", "Năm 2019", "Ghi chú"],
      ]),
    SHEET,
  );
  await button("Làm mới").click();
  await pane.getByText(NO_TABLE).waitFor();
  // One "no table" message, in the sheet bar; the steps do not repeat it.
  await expect(pane.getByText(NO_TABLE).count()).resolves.toBe(1);

  await button("Chỉ định cột").click();
  const plan = pane.getByRole("combobox", { name: "Kế hoạch", exact: true });
  await plan.waitFor();
  // The panel's heading takes the focus; the guesses are chosen: the latest year is Thực hiện.
  await expect(pane.evaluate(() => document.activeElement?.textContent ?? "")).resolves.toBe("Chỉ định cột");
  const selected = async (name: string) =>
    pane
      .getByRole("combobox", { name, exact: true })
      .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
  await expect(selected("Tên chỉ tiêu")).resolves.toBe("Cột B: Nội dung");
  await expect(selected("Thực hiện")).resolves.toBe("Cột E: Năm 2020");
  await expect(selected("Cùng kỳ")).resolves.toBe("Cột F: Năm 2019");
  // "Giao năm 2020" (assigned) is taken for the plan; the person can change any guess.
  await expect(selected("Kế hoạch")).resolves.toBe("Cột D: Giao năm 2020");
  await plan.selectOption({ label: "— Không có —" });
  await expect(selected("Kế hoạch")).resolves.toBe("— Không có —");
  await plan.selectOption({ label: "Cột D: Giao năm 2020" });
  await screenshot(page, "mapping-panel");
  await button("Lưu cách đọc cột").click();
  await pane.getByText(MAPPED).waitFor();
  await expect(pane.getByText(NO_TABLE).count()).resolves.toBe(0);
  // Focus returns to the sheet the mapping is about.
  await expect(
    pane.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focus ?? ""),
  ).resolves.toBe("sheet-name");

  await button("Kiểm tra").click();
  await badge("Kiểm tra", "Chưa làm").waitFor({ state: "detached" });
  // Focus lands on what Kiểm tra found, then on Tính toán's summary.
  await expect(focused()).resolves.toBe("validate-results");
  await button("Tính toán").click();
  await badge("Tính toán", "Xong").waitFor();
  await expect(focused()).resolves.toBe("compute-results");
  const row = await firmsRow();
  const pct = await api(
    (a, arg) => {
      const [sheet, r] = arg as [string, number];
      for (const col of "HIJKLMNOP")
        if (Math.abs(Number(a.getValue(sheet, `${col}${r}`)) - 176 / 150) < 1e-9)
          return { col, text: a.getText(sheet, `${col}${r}`) };
      return null;
    },
    [SHEET, row],
  );
  expect(pct?.text).toBe("117,33%");
  await screenshot(page, "mapping-computed");

  // Closed and opened again (sheet ids change), the pane reloaded: the mapping is still there.
  await api((a) => a.reopen());
  await pane.evaluate(() => location.reload());
  await pane.waitForLoadState("load");
  await pane.getByText(MAPPED).waitFor();
  await button("Kiểm tra").click();
  await badge("Kiểm tra", "Chưa làm").waitFor({ state: "detached" });
  await expect(pane.getByText(NO_TABLE).count()).resolves.toBe(0);
  // The user's own table: Mẫu is optional, not "Chưa làm" and not "Xong".
  await badge("Mẫu", "Tùy chọn").waitFor();

  // Chèn mẫu: the new sheet is active, Mẫu is done there, and focus is on its name.
  await button("Chèn mẫu").click();
  await pane.getByRole("combobox", { name: /Mẫu bảng/ }).click();
  await pane.getByRole("option", { name: /^Thành phố, huyện – chỉ tiêu Nghị quyết năm/ }).click();
  await button("Chèn").click();
  await pane.getByText("Đã chèn mẫu vào trang tính", { exact: false }).waitFor();
  await badge("Mẫu", "Xong").waitFor();
  await expect(focused()).resolves.toBe("sheet-name");

  // Back on the mapped sheet, "Bỏ chỉ định cột" clears the mapping: the table is unknown again.
  await page.evaluate((s) => window.workbench?.select(s, "A1"), SHEET);
  await button("Làm mới").click();
  await pane.getByText(MAPPED).waitFor();
  await button("Bỏ chỉ định cột").click();
  await pane.getByText(NO_TABLE).waitFor();
  await expect(pane.getByText(MAPPED).count()).resolves.toBe(0);
  expect(wb.errors).toEqual([]);
});

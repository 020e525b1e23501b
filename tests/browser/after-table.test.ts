/**
 * After the table, in the workbench, the way a clerk works: compute the sample sheet "Báo cáo 2020"
 * (seed 000, TP. Bến Tre), create the report and write it to a sheet; paste a paragraph in the
 * seeds' style and insert what was found; consolidate two units' .xlsx files picked from disk.
 * Driven by button names; the sheets are read back through window.workbench.
 */
import ExcelJS from "exceljs";
import type { Frame, Page } from "playwright-core";
import type { ComputedValue } from "../../src/workbench/state";
import type { WorkbenchTestApi } from "../../src/workbench/test-api";
import { CASES, xlsxWithoutR } from "../hostile/generate";
import { screenshot, useWorkbench } from "./helpers";

const USER_SHEET = "Báo cáo 2020";
const PARAGRAPH =
  "Năm 2020, toàn thành phố có 176 doanh nghiệp thành lập mới, đạt 117,33% kế hoạch; thu ngân sách ước đạt 562 tỷ đồng, bằng 119% so với cùng kỳ.";

let page: Page;
let pane: Frame;
const wb = useWorkbench((w) => ({ page, pane } = w));

type Api = WorkbenchTestApi;
async function call<K extends keyof Api>(
  method: K,
  ...args: Api[K] extends (...a: infer A) => unknown ? A : never
): Promise<Api[K] extends (...a: never[]) => infer R ? Awaited<R> : never> {
  return page.evaluate(
    ([m, a]) => {
      const api = window.workbench as unknown as Record<string, (...x: unknown[]) => unknown>;
      const fn = api?.[m as string];
      if (typeof fn !== "function") throw new Error(`window.workbench.${String(m)} is not a function`);
      return fn(...(a as unknown[]));
    },
    [method, args] as const,
  ) as never;
}

const button = (name: string) => pane.getByRole("button", { name, exact: true });

async function sheetValues(sheet: string): Promise<ComputedValue[]> {
  const used = await call("getUsedRange", sheet);
  return used ? used.values.flat() : [];
}

async function waitForSheet(name: string): Promise<void> {
  await page.waitForFunction((n) => window.workbench?.getSheets().includes(n) === true, name);
}

async function unitFile(unit: string, rows: [string, string, number, number][]) {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Bảng");
  ws.addRow(["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2021"]);
  ws.addRow([`Đơn vị: ${unit}`]);
  ws.addRow([]);
  ws.addRow(["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"]);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return {
    name: `${unit.toLowerCase().replace(/\s+/g, "-")}.xlsx`,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  };
}

describe("after the table: report, extraction, consolidation", () => {
  it("shows the three sections after Biểu đồ", async () => {
    // The sections below the first screen load in their own chunk: wait for them, then count.
    for (const h of ["Báo cáo", "Trích xuất", "Tổng hợp"]) {
      const heading = pane.getByRole("heading", { name: h, exact: true, level: 2 });
      await heading.first().waitFor();
      await expect(heading.count()).resolves.toBe(1);
    }
    const headings = await pane.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings.indexOf("Báo cáo")).toBeGreaterThan(headings.indexOf("Biểu đồ"));
  });

  it("creates the report of the computed sample and writes it to a new sheet", async () => {
    await expect(call("getActiveSheet")).resolves.toBe(USER_SHEET);
    await button("Tính toán").click();
    await pane
      .getByText(/^Đạt và vượt \d+\/\d+ chỉ tiêu/)
      .first()
      .waitFor();

    await button("Tạo báo cáo").click();
    const area = pane.getByRole("textbox", { name: "Nội dung báo cáo" });
    await area.waitFor();
    await expect(
      pane.getByText(/Báo cáo của bảng trên trang tính “Báo cáo 2020”: Đạt và vượt 4\/5 chỉ tiêu/).count(),
    ).resolves.toBe(1);
    const text = await area.inputValue();
    expect(text).toContain(
      "Doanh nghiệp thành lập mới: 176 doanh nghiệp, đạt 117,33% kế hoạch, vượt chỉ tiêu.",
    );
    expect(text).toContain("Tổng cộng: đạt và vượt 4/5 chỉ tiêu");
    await expect(area.getAttribute("readonly")).resolves.not.toBeNull();

    await button("Sao chép").click();
    await pane.getByText(/Đã sao chép báo cáo|Không sao chép tự động được/).waitFor();
    await area.scrollIntoViewIfNeeded();
    await screenshot(page, "after-report");

    await button("Ghi ra trang tính").click();
    // "Báo cáo 2020" already says it: the report sheet is not named "Báo cáo Báo cáo 2020".
    const sheet = `Lời văn ${USER_SHEET}`;
    await pane.getByText(`Đã ghi báo cáo vào trang tính mới “${sheet}”.`).waitFor();
    await waitForSheet(sheet);
    const column = (await call("getUsedRange", sheet))?.values.map((r) => r[0]) ?? [];
    expect(column[0]).toBe("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2020");
    expect(column.some((v) => typeof v === "string" && v.includes("đạt 117,33% kế hoạch"))).toBe(true);
    expect(column[column.length - 1]).toMatch(/^Tổng cộng: đạt và vượt 4\/5 chỉ tiêu/);
    await expect(call("getActiveSheet")).resolves.toBe(sheet);
    await screenshot(page, "after-report-sheet");
  });

  it("extracts two indicators from a pasted paragraph and inserts them only when asked", async () => {
    const sheetsBefore = await call("getSheets");
    await pane.getByRole("textbox", { name: "Đoạn văn bản" }).fill(PARAGRAPH);
    await button("Trích xuất").click();
    const boxes = pane.getByRole("checkbox", { name: /^Chèn chỉ tiêu/ });
    await boxes.first().waitFor();
    await expect(boxes.count()).resolves.toBe(2);
    for (const name of ["Doanh nghiệp thành lập mới", "Thu ngân sách"])
      await expect(pane.getByRole("checkbox", { name: `Chèn chỉ tiêu “${name}”` }).isChecked()).resolves.toBe(
        true,
      );
    await expect(pane.getByText("% KH: 117,33%", { exact: true }).count()).resolves.toBe(1);
    await expect(call("getSheets")).resolves.toEqual(sheetsBefore); // nothing written yet
    await button("Chèn vào trang mới").scrollIntoViewIfNeeded();
    await screenshot(page, "after-extract");

    await button("Chèn vào trang mới").click();
    await pane.getByText("Đã chèn 2 chỉ tiêu vào trang tính mới “Trích xuất”.").waitFor();
    await waitForSheet("Trích xuất");
    const values = await sheetValues("Trích xuất");
    expect(values).toContain(176);
    expect(values).toContain(562);
    expect(values).toContain("Vượt");
    await screenshot(page, "after-extract-sheet");
  });

  it("consolidates two units' .xlsx files and lists what did not match", async () => {
    const a = await unitFile("Phường 1", [
      ["Doanh nghiệp thành lập mới", "doanh nghiệp", 20, 25],
      ["Hộ kinh doanh mới", "hộ", 100, 90],
    ]);
    const b = await unitFile("Phường 2", [
      ["Doanh nghiệp thành lập mới", "doanh nghiệp", 30, 31],
      ["Công trình hoàn thành", "công trình", 5, 6],
    ]);
    await expect(button("Chọn các tệp .xlsx").isVisible()).resolves.toBe(true);
    await pane.setInputFiles('input[type="file"]', [a, b]);
    await pane.getByText(/^Đã gộp 3 chỉ tiêu từ 2 đơn vị/).waitFor();
    await expect(pane.getByText(/^Không khớp giữa các đơn vị/).count()).resolves.toBe(1);
    await button("Ghi bảng tổng hợp ra trang mới").scrollIntoViewIfNeeded();
    await screenshot(page, "after-merge");

    await button("Ghi bảng tổng hợp ra trang mới").click();
    const sheet = "Tổng hợp 2 đơn vị";
    await pane.getByText(`Đã ghi bảng tổng hợp vào trang tính mới “${sheet}”.`).waitFor();
    await waitForSheet(sheet);
    const values = await sheetValues(sheet);
    expect(values).toContain(56); // 25 + 31, a live SUM
    expect(values).toContain("Công trình hoàn thành");
    await screenshot(page, "after-merge-sheet");
  });

  it("consolidates LibreOffice-style files (rows and cells without r) and names an .xls for what it is", async () => {
    const file = async (name: string, buffer: Buffer) => ({
      name,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer,
    });
    const old = CASES.find((c) => c.file === "old.xlsx")!;
    await pane.setInputFiles('input[type="file"]', [
      await file("phuong-3.xlsx", await xlsxWithoutR()),
      await file("bang-cu.xlsx", await old.bytes()),
    ]);
    await pane
      .getByText(
        "Không đọc được “bang-cu.xlsx”: đây là tệp Excel cũ (.xls) hoặc tệp Office khác, không phải .xlsx. Hãy mở trong Excel và lưu thành .xlsx.",
      )
      .waitFor();
    await pane.setInputFiles('input[type="file"]', [
      await file("phuong-3.xlsx", await xlsxWithoutR()),
      await file("phuong-4.xlsx", await xlsxWithoutR()),
    ]);
    await pane.getByText(/^Đã gộp 2 chỉ tiêu từ 2 đơn vị/).waitFor();
    await button("Ghi bảng tổng hợp ra trang mới").click();
    const sheet = "Tổng hợp 2 đơn vị (2)";
    await pane.getByText(`Đã ghi bảng tổng hợp vào trang tính mới “${sheet}”.`).waitFor();
    const values = await sheetValues(sheet);
    expect(values).toContain(352); // 176 + 176, each read from a row placed by order alone
    expect(values).toContain("Tỷ lệ hộ nghèo");
    await screenshot(page, "after-merge-no-r");
  });

  it("converts a unit's triệu đồng to the tỷ đồng of the first unit, says so, and sums the converted figure", async () => {
    const a = await unitFile("Xã Tân An", [["Thu ngân sách nhà nước", "tỷ đồng", 20, 22]]);
    const b = await unitFile("Xã Phú Mỹ", [["Thu ngân sách nhà nước", "triệu đồng", 16000, 15500]]);
    await pane.setInputFiles('input[type="file"]', [a, b]);
    await pane.getByText(/^Đã gộp 1 chỉ tiêu từ 2 đơn vị/).waitFor();
    await pane.getByText("Đã đổi đơn vị (1):").waitFor();
    await pane.getByText('"Thu ngân sách nhà nước" — Xã Phú Mỹ: triệu đồng → tỷ đồng').waitFor();
    await screenshot(page, "after-merge-converted");
    await button("Ghi bảng tổng hợp ra trang mới").click();
    const sheet = "Tổng hợp 2 đơn vị (3)";
    await pane.getByText(`Đã ghi bảng tổng hợp vào trang tính mới “${sheet}”.`).waitFor();
    const values = await sheetValues(sheet);
    expect(values).toContain(37.5); // 22 + 15 500 triệu as 15,5 tỷ, a live SUM
    expect(values).toContain(36); // the plans: 20 + 16
    expect(values).toContain("tỷ đồng");
    expect(values).not.toContain("triệu đồng");
  });

  it("loaded ExcelJS only for the merge, in a chunk of its own, with no errors logged", async () => {
    const scripts = await pane.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name.split("/").pop() ?? ""),
    );
    expect(scripts.some((s) => /exceljs/i.test(s))).toBe(true);
    expect(wb.errors).toEqual([]);
  });
});

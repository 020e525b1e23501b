/**
 * "Tải về tệp Word" in the workbench: compute the sample sheet, create the report, fill who
 * signs, click the button, and read the .docx the browser downloads (playwright's download
 * event): A4, the margins of Decree 30, Times New Roman, the motto, Nơi nhận, the signer. The
 * fields are kept in the workbook's settings; the `docx` package is fetched only on the click.
 */
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import type { Frame, Page } from "playwright-core";
import { screenshot, useWorkbench } from "./helpers";

let page: Page;
let pane: Frame;
const wb = useWorkbench((w) => ({ page, pane } = w));

const button = (name: string) => pane.getByRole("button", { name, exact: true });

const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

test("the report view downloads a Decree 30 Word file built in the pane", async () => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await button("Tính toán").click();
  await pane
    .getByText(/^Đạt và vượt \d+\/\d+ chỉ tiêu/)
    .first()
    .waitFor();
  await button("Tạo báo cáo").click();
  await pane.getByRole("textbox", { name: "Nội dung báo cáo" }).waitFor();
  // Not fetched until the button is pressed.
  expect(scripts.filter((u) => /docx/i.test(u))).toEqual([]);

  await pane.getByRole("textbox", { name: "Người ký", exact: true }).fill("Nguyễn Văn A");
  await pane.getByRole("textbox", { name: "Chức vụ người ký" }).fill("Chủ tịch");
  await pane.getByRole("textbox", { name: "Số, ký hiệu (ví dụ 15/BC-UBND)" }).fill("15/BC-UBND");
  const [download] = await Promise.all([page.waitForEvent("download"), button("Tải về tệp Word").click()]);
  expect(download.suggestedFilename()).toBe("Báo cáo Báo cáo 2020.docx");
  await pane.getByText(/^Đã tạo tệp “Báo cáo Báo cáo 2020\.docx”/).waitFor();
  expect(scripts.some((u) => /docx/i.test(u))).toBe(true);
  await screenshot(page, "word-download");

  const file = await download.path();
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const text = xml.replace(/<[^>]+>/g, "");
  // A4 portrait for the report, margins top/bottom 20 mm, left 30 mm, right 15 mm.
  const size = /<w:pgSz [^>]*>/.exec(xml)?.[0] ?? "";
  expect(size).toContain('w:w="11906"');
  expect(size).toContain('w:h="16838"');
  const margin = /<w:pgMar [^>]*>/.exec(xml)?.[0] ?? "";
  expect(margin).toContain(`w:top="${twips(20)}"`);
  expect(margin).toContain(`w:bottom="${twips(20)}"`);
  expect(margin).toContain(`w:left="${twips(30)}"`);
  expect(margin).toContain(`w:right="${twips(15)}"`);
  const fonts = [...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]);
  expect(fonts.length).toBeGreaterThan(0);
  expect(new Set(fonts)).toEqual(new Set(["Times New Roman"]));
  expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
  expect(text).toContain("Số: 15/BC-UBND");
  expect(text).toContain("Nơi nhận:");
  expect(text).toContain("CHỦ TỊCH");
  expect(text).toContain("Nguyễn Văn A");
  expect(text).toContain("Doanh nghiệp thành lập mới");

  // Kept in the workbook: the next report reads them back from its settings.
  await button("Tạo báo cáo").click();
  await expect(pane.getByRole("textbox", { name: "Người ký", exact: true }).inputValue()).resolves.toBe(
    "Nguyễn Văn A",
  );
  expect(wb.errors).toEqual([]);
});

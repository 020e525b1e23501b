/**
 * Kiểm tra's notes in the workbench, clicked in the pane on Microsoft's Excel client runtime with
 * the notes of ExcelApi 1.18 added to it (src/workbench/runtime-notes.ts, as on Excel on the web):
 * a bad cell gets a note, drawn as Excel draws one (a red triangle in its corner, the text on hover
 * or when the cell is selected); the person's fix takes it away; a note the person wrote stays.
 * The 1.17 / 1.14 fallbacks (input prompts, then the pane's list alone) are tests/excel/notes.test.ts's.
 */
import { screenshot, useWorkbench, type Workbench } from "./helpers";
import type {} from "../../src/workbench/test-api";

const SHEET = "Ghi chú";
const HEADERS = ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ", "Ghi chú"];
/** Row 7: 37.067 tỷ against a plan of 36 000 and 34 864 last year, a ×1000 slip for 37 067. */
const TABLE: (string | number)[][] = [
  ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021", "", "", "", "", "", ""],
  ["Đơn vị: UBND thành phố", "", "", "", "", "", ""],
  ["", "", "", "", "", "", ""],
  HEADERS,
  ["I", "Kinh tế", "", "", "", "", ""],
  [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, ""],
  [2, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", 36000, 37.067, 34864, ""],
  [3, "Hộ cá thể đăng ký kinh doanh mới", "hộ", 800, 894, 850, ""],
];
const SLIP = "E7";
const USER_NOTE_CELL = "B7";
const USER_NOTE = "Số liệu của Chi cục Thống kê, tháng 12.";

/** The pane's buttons are enabled again and the sync counter has stood still for 250 ms. */
async function idle({ page, pane }: Workbench): Promise<void> {
  await pane.waitForFunction(() =>
    ["Kiểm tra", "Làm mới"].every((t) => {
      const b = [...document.querySelectorAll("button")].find((x) => x.textContent?.trim() === t);
      return b !== undefined && !b.disabled && b.getAttribute("aria-disabled") !== "true";
    }),
  );
  let last = -1;
  for (;;) {
    const now = await page.evaluate(() => window.workbench?.getSyncCount() ?? 0);
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe("Kiểm tra's notes in the workbench (Excel on the web)", () => {
  const wb = useWorkbench();
  const note = (address: string) =>
    wb.page.evaluate(([s, a]) => window.workbench?.getNote(s, a) ?? null, [SHEET, address] as const);

  beforeAll(async () => {
    // The table, and the person's own note on the indicator's name, written as Excel's API writes them.
    await wb.pane.evaluate(
      async ({ sheet, rows, cell, text }) => {
        await Excel.run(async (context) => {
          const ws = context.workbook.worksheets.add(sheet);
          ws.getRangeByIndexes(0, 0, rows.length, rows[0]!.length).values = rows;
          ws.notes.add(`${sheet}!${cell}`, text);
          ws.activate();
          await context.sync();
        });
      },
      { sheet: SHEET, rows: TABLE, cell: USER_NOTE_CELL, text: USER_NOTE },
    );
    await idle(wb);
  });

  test("puts a note with the finding on the bad cell, drawn with a marker and shown on selection", async () => {
    const { page, pane } = wb;
    expect(await note(SLIP)).toBeNull();
    await pane.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await pane.getByRole("listitem").filter({ hasText: SLIP }).first().waitFor();
    await idle(wb);
    const text = await note(SLIP);
    expect(text).toContain("37,067 có đúng ba chữ số thập phân");
    // Only the bad cell is noted by Kiểm tra; the person's note is as they wrote it.
    expect(await note(USER_NOTE_CELL)).toBe(USER_NOTE);
    expect(await note("E6")).toBeNull();
    // A marker in the cell's top right corner for each note on screen: the slip's and the person's.
    expect(await page.locator(".wb-note").count()).toBe(2);
    // Selected (as a finding's link selects it), the cell shows its note beside it.
    await page.evaluate(([s, a]) => window.workbench?.select(s, a), [SHEET, SLIP] as const);
    const tip = page.getByRole("tooltip");
    await tip.waitFor();
    expect(await tip.textContent()).toBe(text);
    await screenshot(page, "notes-1-validate.png");
  });

  test("the fix takes the note away at the next Kiểm tra; the person's note stays", async () => {
    const { page, pane } = wb;
    await page.evaluate(([s, a]) => window.workbench?.typeInto(s, a, "37067"), [SHEET, SLIP] as const);
    expect(await page.evaluate(([s, a]) => window.workbench?.getValue(s, a), [SHEET, SLIP] as const)).toBe(
      37067,
    );
    await pane.getByRole("button", { name: "Kiểm tra", exact: true }).click();
    await idle(wb);
    expect(await note(SLIP)).toBeNull();
    expect(await note(USER_NOTE_CELL)).toBe(USER_NOTE);
    expect(await page.locator(".wb-note").count()).toBe(1);
    await page.evaluate(([s, a]) => window.workbench?.select(s, a), [SHEET, USER_NOTE_CELL] as const);
    await page.getByRole("tooltip").waitFor();
    expect(await page.getByRole("tooltip").textContent()).toBe(USER_NOTE);
    await screenshot(page, "notes-2-fixed.png");
  });
});

/** Working in the grid as a person does: keyboard, paste, notes, frozen header, 1 000+ rows. */
import type { Page } from "playwright-core";
import { screenshot, useWorkbench } from "./helpers";
import type {} from "../../src/workbench/test-api";

const REPORT = "Báo cáo 2020";

const value = (page: Page, address: string) =>
  page.evaluate(([s, a]) => window.workbench?.getValue(s, a), [REPORT, address] as const);

/** Fires the paste event Ctrl+V fires, with this text on the clipboard. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.getByRole("grid").evaluate((grid, t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    grid.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe("grid", () => {
  const wb = useWorkbench();

  test("typing, Enter, Tab and the arrows edit and move like Excel", async () => {
    const { page } = wb;
    await page.evaluate(() => window.workbench?.select("Báo cáo 2020", "H6"));
    const grid = page.getByRole("grid");
    await grid.focus();
    await page.keyboard.type("6.794,12");
    await page.keyboard.press("Tab");
    await page.keyboard.type("=H6*2");
    await page.keyboard.press("Enter");
    expect(await value(page, "H6")).toBe(6794.12);
    expect(await value(page, "I6")).toBeCloseTo(13588.24, 6);
    expect(await page.evaluate(() => window.workbench?.getSelection())).toEqual({
      sheet: REPORT,
      address: "I7",
    });

    await page.keyboard.press("ArrowUp");
    expect(await page.getByRole("textbox", { name: "Thanh công thức" }).inputValue()).toBe("=H6*2");
    await grid.getByText("13588,24", { exact: true }).waitFor();

    // Escape leaves the cell as it was.
    await page.keyboard.type("999");
    await page.keyboard.press("Escape");
    expect(await value(page, "I6")).toBeCloseTo(13588.24, 6);
  });

  test("dragging and Shift+arrows select a range, as the pane's 'selected rows' charts need", async () => {
    const { page } = wb;
    const centre = async (text: string) => {
      const box = await page.getByRole("grid").getByText(text, { exact: true }).first().boundingBox();
      if (!box) throw new Error(`"${text}" is not on screen`);
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const from = await centre("Doanh nghiệp thành lập mới");
    const to = await centre("Hộ kinh doanh chuyển lên doanh nghiệp");
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    const selection = () => page.evaluate(() => window.workbench?.getSelection().address);
    expect(await selection()).toBe("B13:B15");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Shift+ArrowRight");
    expect(await selection()).toBe("B13:D15");
    await page.keyboard.press("ArrowDown");
    expect(await selection()).toBe("B14");
  });

  test("the formula bar commits with Enter", async () => {
    const { page } = wb;
    await page.evaluate(() => window.workbench?.select("Báo cáo 2020", "H8"));
    const bar = page.getByRole("textbox", { name: "Thanh công thức" });
    await bar.fill("1.234,5");
    await bar.press("Enter");
    expect(await value(page, "H8")).toBe(1234.5);
  });

  test("Ctrl+V pastes tab-separated vi figures as Excel receives them", async () => {
    const { page } = wb;
    await page.evaluate(() => window.workbench?.select("Báo cáo 2020", "H10"));
    await pasteText(page, "37.067\t121,729\r\n94.450.000\tkhông có\r\n");
    expect([
      await value(page, "H10"),
      await value(page, "I10"),
      await value(page, "H11"),
      await value(page, "I11"),
    ]).toEqual([37067, 121.729, 94450000, "không có"]);
    expect(await page.evaluate(() => window.workbench?.getSelection())).toEqual({
      sheet: REPORT,
      address: "H10:I11",
    });
  });

  test("a cell with a note has a marker and shows the note on hover", async () => {
    const { page } = wb;
    const header = await page.getByRole("grid").getByText("Kế hoạch", { exact: true }).boundingBox();
    if (!header) throw new Error("the Kế hoạch header is not on screen");
    await page.mouse.move(header.x + header.width / 2, header.y + header.height / 2);
    const tip = page.getByRole("tooltip");
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/^Kế hoạch năm 2020/);
    await page.mouse.move(5, 300);
    await tip.waitFor({ state: "hidden" });
  });

  test("paints conditional-format colours and repaints them when a figure changes", async () => {
    const { page, pane } = wb;
    await pane.evaluate(async () => {
      await Excel.run(async (context) => {
        const cf = context.workbook.worksheets
          .getItem("Báo cáo 2020")
          .getRange("E6:E15")
          .conditionalFormats.add("Custom");
        cf.custom.rule.formula = "=AND(ISNUMBER(D6),E6>D6)";
        cf.custom.format.fill.color = "#C6EFCE";
        cf.custom.format.font.color = "#006100";
        await context.sync();
      });
    });
    // Row 8: 562 against a plan of 329; row 9: 215 against 222.
    const fill = (row: number) =>
      page.evaluate((r) => {
        const box = document.querySelector(`[data-box="${r},4"]`);
        return box ? getComputedStyle(box).backgroundColor : "none";
      }, row);
    expect(await fill(7)).toBe("rgb(198, 239, 206)");
    expect(await fill(8)).toBe("none");
    await page.evaluate(() => window.workbench?.typeInto("Báo cáo 2020", "E9", "300"));
    expect(await fill(8)).toBe("rgb(198, 239, 206)");
    expect(await page.evaluate(() => window.workbench?.getFontColor("Báo cáo 2020", "E9"))).toBe("#006100");
  });

  test("refuses a typed entry that breaks a Stop validation rule, with Excel's alert", async () => {
    const { page, pane } = wb;
    await pane.evaluate(async () => {
      await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Báo cáo 2020").getRange("F13:F15");
        range.dataValidation.rule = { decimal: { formula1: "0", operator: "GreaterThanOrEqualTo" } };
        range.dataValidation.errorAlert = {
          showAlert: true,
          style: "Stop",
          title: "Số không hợp lệ",
          message: "Nhập số không âm.",
        };
        await context.sync();
      });
    });
    await page.evaluate(() => window.workbench?.select("Báo cáo 2020", "F13"));
    await page.getByRole("grid").focus();
    await page.keyboard.type("-5");
    await page.keyboard.press("Enter");
    const alert = page.getByRole("alertdialog", { name: "Số không hợp lệ" });
    await alert.getByText("Nhập số không âm.").waitFor();
    expect(await value(page, "F13")).toBeNull();
    await alert.getByRole("button", { name: "OK" }).click();
    await alert.waitFor({ state: "hidden" });
  });

  test("an input method's composition keeps the first letters of a Vietnamese word", async () => {
    const { page } = wb;
    await page.evaluate(() => window.workbench?.select("Báo cáo 2020", "L3"));
    await page.getByRole("grid").focus();
    // What Telex does in Chromium: a composition of "đ", then "đồ", committed, then plain keys.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "đ", selectionStart: 1, selectionEnd: 1 });
    await cdp.send("Input.imeSetComposition", { text: "đồ", selectionStart: 2, selectionEnd: 2 });
    await cdp.send("Input.insertText", { text: "đồ" });
    await page.keyboard.type("ng");
    await page.keyboard.press("Enter");
    expect(await value(page, "L3")).toBe("đồng");
    await cdp.detach();

    // A second word typed straight after moving keeps its first key too.
    await page.keyboard.press("ArrowUp");
    await page.keyboard.type("tỷ");
    await page.keyboard.press("Enter");
    expect(await value(page, "L3")).toBe("tỷ");
  });

  test("a word an input method hands over whole (insertText) is kept from its first letter", async () => {
    const { page } = wb;
    await page.evaluate(() => window.workbench?.select("Báo cáo 2020", "L4"));
    await page.getByRole("grid").focus();
    // Unikey / macOS Telex commit "đồng" in one go after composing it outside the page.
    await page.keyboard.insertText("đồng");
    await page.keyboard.press("Enter");
    expect(await value(page, "L4")).toBe("đồng");
    // Composition events as the page sees them: start on the first key, update, end with the word.
    await page.evaluate(() => window.workbench?.select("Báo cáo 2020", "L4"));
    await page.getByRole("grid").focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "t", selectionStart: 1, selectionEnd: 1 });
    await cdp.send("Input.imeSetComposition", { text: "tỷ", selectionStart: 2, selectionEnd: 2 });
    await cdp.send("Input.insertText", { text: "tỷ" });
    await cdp.detach();
    await page.keyboard.type(" đồng");
    await page.keyboard.press("Enter");
    expect(await value(page, "L4")).toBe("tỷ đồng");
  });

  test("has grid roles a screen reader understands: rows, cells with their indices", async () => {
    const { page } = wb;
    const grid = page.getByRole("grid", { name: REPORT });
    const cell = grid.getByRole("gridcell", { name: "37.067", exact: true }).first();
    await cell.waitFor();
    expect(Number(await cell.getAttribute("aria-colindex"))).toBeGreaterThan(0);
    const row = grid
      .getByRole("row")
      .filter({ has: page.getByRole("gridcell", { name: "37.067", exact: true }) })
      .first();
    expect(Number(await row.getAttribute("aria-rowindex"))).toBeGreaterThan(1);
    expect(await grid.getByRole("columnheader", { name: "A", exact: true }).count()).toBe(1);
    // The selected cell says so (aria-selected), the others say they are not.
    expect(await grid.getAttribute("aria-multiselectable")).toBe("true");
    const [r, c] = ((await cell.getAttribute("data-cell")) ?? "").split(",").map(Number) as [number, number];
    const address = `${String.fromCharCode(65 + c)}${r + 1}`;
    await page.evaluate((a) => window.workbench?.select("Báo cáo 2020", a), address);
    await grid.locator(`[data-cell="${r},${c}"][aria-selected="true"]`).waitFor();
    expect(await grid.locator('[role="gridcell"][aria-selected="true"]').count()).toBe(1);
    expect(await grid.locator('[role="gridcell"][aria-selected="false"]').count()).toBeGreaterThan(10);
    // The active cell's editor names the cell and its text while idle.
    await page.evaluate(() => window.workbench?.select("Báo cáo 2020", "A1"));
    const title = await page.evaluate(() => window.workbench?.getValue("Báo cáo 2020", "A1"));
    await page.getByRole("textbox", { name: `A1 ${String(title)}` }).waitFor();
  });

  test("keeps the header rows in view over 1 500 pasted rows, drawing only what is visible", async () => {
    const { page } = wb;
    const rows = Array.from({ length: 1500 }, (_, i) => [
      String(i + 1),
      `Chỉ tiêu ${i + 1}`,
      "hộ",
      String(100 + i),
      String(110 + i),
    ]);
    // How long this takes is a line of `npm run bench` (tests/browser/scale.test.ts, bench mode).
    await page.evaluate((r) => window.workbench?.paste("Báo cáo 2020", "A20", r), rows);
    await page.evaluate(() => window.workbench?.select("Báo cáo 2020", "B1400"));
    const grid = page.getByRole("grid");
    await grid.getByText("Chỉ tiêu 1381", { exact: true }).waitFor();
    // The header row is frozen: still on screen at row 1 400.
    await grid.getByText("Thực hiện", { exact: true }).waitFor();
    expect(await grid.getByText("Chỉ tiêu 1", { exact: true }).count()).toBe(0);
    expect(await page.locator(".wb-text").count()).toBeLessThan(800);
    await screenshot(page, "grid-1500-rows.png");
  });
});

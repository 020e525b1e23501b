/**
 * The pane runs on Microsoft's Excel client runtime (npm @microsoft/office-js, served unmodified
 * from node_modules), and the workbench answers its requests: which namespace the pane has,
 * what one click costs in requests, and the host switch between Excel on the web and the LTSCs.
 */
import { useWorkbench } from "./helpers";
import type {} from "../../src/workbench/test-api";

describe("the pane on Microsoft's Excel client runtime", () => {
  const wb = useWorkbench();

  test("the pane's Excel is the runtime's: its generated classes, its file, its errors", async () => {
    const seen = await wb.pane.evaluate(async () => {
      const w = window as unknown as {
        Excel: Record<string, unknown>;
        OfficeExtension: { HttpUtility?: unknown; Error: new (...a: unknown[]) => Error };
      };
      const scripts = [...document.scripts].map((s) => s.getAttribute("src") ?? "");
      let code = "";
      let isOfficeError = false;
      try {
        await Excel.run(async (context) => {
          const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
          return range.values; // not loaded: the runtime refuses it by itself
        });
      } catch (e) {
        code = (e as { code: string }).code;
        isOfficeError = e instanceof w.OfficeExtension.Error;
      }
      return {
        classes: Object.values(w.Excel).filter((v) => typeof v === "function").length,
        range: typeof w.Excel.Range,
        http: typeof w.OfficeExtension.HttpUtility,
        runtimeScript: scripts.some((s) => s.endsWith("excel-web-16.00.js")),
        code,
        isOfficeError,
      };
    });
    expect(seen.classes).toBeGreaterThan(150);
    expect(seen).toMatchObject({
      range: "function",
      http: "function",
      runtimeScript: true,
      code: "PropertyNotLoaded",
      isOfficeError: true,
    });
  });

  test("the sync counter counts the runtime's requests: one per sync with something queued", async () => {
    const { page, pane } = wb;
    // The pane syncs on its own after it starts (template list, status): wait until it is idle.
    let last = -1;
    for (let i = 0; i < 40; i++) {
      const now = (await page.evaluate(() => window.workbench?.getSyncCount())) ?? 0;
      if (now === last) break;
      last = now;
      await page.waitForTimeout(500);
    }
    await page.evaluate(() => window.workbench?.resetSyncCount());
    await pane.evaluate(async () => {
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name");
        await context.sync();
        sheet.getRange("Z1").values = [["x"]];
        await context.sync();
        sheet.getRange("Z1").values = [[""]];
      });
    });
    expect(await page.evaluate(() => window.workbench?.getSyncCount())).toBe(3);
  });

  test("window.workbench.reopen(): the pane's Excel sees new Worksheet.id values, the same names", async () => {
    const { page, pane } = wb;
    const sheets = () =>
      pane.evaluate(async () =>
        Excel.run(async (context) => {
          const all = context.workbook.worksheets.load("items/name,items/id");
          await context.sync();
          return all.items.map((s) => [s.name, s.id] as const);
        }),
      );
    const before = await sheets();
    await page.evaluate(() => window.workbench?.reopen());
    const after = await sheets();
    expect(after.map(([name]) => name)).toEqual(before.map(([name]) => name));
    expect(after.length).toBeGreaterThan(0);
    after.forEach(([, id], i) => expect(id).not.toBe(before[i]?.[1]));
  });

  test("the toolbar's host switch: Office 2021 LTSC answers ExcelApi 1.14, and the pane restarts", async () => {
    const { page } = wb;
    await expect(page.evaluate(() => window.workbench?.getHost())).resolves.toEqual({
      kind: "web",
      label: "Excel on the web",
      requirementSets: { ExcelApi: "1.21", ExcelApiOnline: "1.1" },
    });
    await page.getByRole("combobox", { name: /Máy chủ Excel/ }).selectOption("ltsc2021");
    const frame = await (await page.waitForSelector('iframe[title="Chỉ tiêu Nghị quyết"]')).contentFrame();
    if (!frame) throw new Error("no pane frame");
    await frame.waitForURL(/workbench-pane\.html$/, { waitUntil: "load" });
    await frame.waitForFunction(() => typeof Excel !== "undefined" && typeof Office !== "undefined");
    const sets = await frame.evaluate(() => [
      Office.context.requirements.isSetSupported("ExcelApi", "1.14"),
      Office.context.requirements.isSetSupported("ExcelApi", "1.15"),
    ]);
    expect(sets).toEqual([true, false]);
    const code = await frame.evaluate(async () => {
      try {
        await Excel.run(async (context) => {
          context.workbook.worksheets.getActiveWorksheet().getRange("A1").getDependents();
          await context.sync();
        });
        return "";
      } catch (e) {
        return (e as { code: string }).code;
      }
    });
    expect(code).toBe("ApiNotFound");
    await expect(page.evaluate(() => window.workbench?.getHost().kind)).resolves.toBe("ltsc2021");
  });
});

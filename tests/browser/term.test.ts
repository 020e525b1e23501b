/**
 * The term tracker in the workbench, as a person uses it: insert "Theo dõi chỉ tiêu nhiệm kỳ",
 * type the base year and three years, Tính toán, Tạo biểu đồ. The term columns show core's figures
 * and each indicator gets its path chart, saved as test-results/term-*.png to be looked at.
 */
import path from "path";
import type { Frame, Page } from "playwright-core";
import { openWorkbench, screenshot, type Workbench } from "./helpers";
import { RESULTS } from "./paths";
import type {} from "../../src/workbench/test-api";

const TABLE = "Nhiệm kỳ 2020-2025";
const CHART_SHEET = `Biểu đồ ${TABLE}`;

/** Base, 2021, 2022, 2023 per template row (GRDP, per head, đô thị loại I, jobs, hộ nghèo). */
const TYPED: Record<string, string[]> = {
  "Tổng sản phẩm trên địa bàn (GRDP)": ["50.000", "53.500", "57.400", "61.750"],
  "GRDP bình quân đầu người": ["60", "64", "68,5", "73"],
  "Tỷ lệ tiêu chí đô thị loại I đạt được": ["62", "66", "70", "75"],
  "Giải quyết việc làm": ["", "17.500", "18.200", "19.000"],
  "Tỷ lệ hộ nghèo": ["4,5", "3,8", "3", "2,4"],
};

describe("the term tracker in the workbench", () => {
  let wb: Workbench;
  let page: Page;
  let pane: Frame;
  const button = (name: string) => pane.getByRole("button", { name, exact: true });

  beforeAll(async () => {
    wb = await openWorkbench();
    page = wb.page;
    pane = wb.pane;
    await pane.getByRole("heading", { name: "Chỉ tiêu Nghị quyết", level: 1 }).waitFor();
    await button("Chèn mẫu").click();
    await pane.getByRole("combobox", { name: /Mẫu bảng/ }).click();
    await pane.getByRole("option", { name: /Theo dõi chỉ tiêu nhiệm kỳ/ }).click();
    await pane.getByRole("textbox", { name: "Năm báo cáo" }).fill("2025");
    await button("Chèn").click();
    await pane.getByText(`Đã chèn mẫu vào trang tính “${TABLE}”`, { exact: false }).waitFor();
    const typed = await page.evaluate(
      ({ sheet, figures }) => {
        const api = window.workbench;
        const used = api?.getUsedRange(sheet);
        if (!api || !used) throw new Error("no term sheet");
        let n = 0;
        used.values.forEach((row, r) => {
          const values = figures[String(row[1] ?? "")];
          if (!values) return;
          // F = Năm 2020 (gốc), G–I = Thực hiện 2021–2023.
          values.forEach((v, i) => {
            if (v !== "") api.typeInto(sheet, `${String.fromCharCode(70 + i)}${r + 1}`, v);
          });
          n++;
        });
        return n;
      },
      { sheet: TABLE, figures: TYPED },
    );
    expect(typed).toBe(5);
    await button("Tính toán").click();
    await pane.getByText(/^Đạt và vượt hoặc đúng tiến độ \d+\/5 chỉ tiêu/).waitFor();
  });

  afterAll(async () => {
    await wb?.browser.close();
  });

  test("the term columns show the path: GRDP 7,29 %/năm so far, 7,82 %/năm needed, Chậm tiến độ", async () => {
    const row = await page.evaluate((sheet) => {
      const used = window.workbench?.getUsedRange(sheet);
      return used?.values.find((r) => r[1] === "Tổng sản phẩm trên địa bàn (GRDP)") ?? null;
    }, TABLE);
    expect(row).not.toBeNull();
    const [toDate, needed, projected, verdict] = (row ?? []).slice(12, 16);
    expect(Number(toDate) * 100).toBeCloseTo(7.2891, 4);
    expect(Number(needed) * 100).toBeCloseTo(7.8171, 4);
    expect(Number(projected)).toBeCloseTo(71080.14, 2);
    expect(verdict).toBe("Chậm tiến độ");
  });

  test("Tạo biểu đồ draws each indicator's path: actual, projection, target", async () => {
    await pane.getByRole("radio", { name: "Tất cả chỉ tiêu" }).check();
    await button("Tạo biểu đồ").click();
    await pane.getByText(/^Đã tạo \d+ biểu đồ/).waitFor();
    const charts = (await page.evaluate((s) => window.workbench?.getCharts(s), CHART_SHEET)) ?? [];
    const paths = charts.filter((c) => c.name.startsWith("chitieu-lo-trinh-"));
    expect(paths.map((c) => c.title)).toEqual([
      "Tổng sản phẩm trên địa bàn (GRDP): lộ trình nhiệm kỳ 2020 – 2025",
      "GRDP bình quân đầu người: lộ trình nhiệm kỳ 2020 – 2025",
      "Tỷ lệ tiêu chí đô thị loại I đạt được: lộ trình nhiệm kỳ 2020 – 2025",
      "Giải quyết việc làm: lộ trình nhiệm kỳ 2020 – 2025",
      "Tỷ lệ hộ nghèo: lộ trình nhiệm kỳ 2020 – 2025",
    ]);
    const grdp = paths[0]!;
    expect(grdp.type).toBe("LineMarkers");
    expect(grdp.series.map((s) => s.name)).toEqual(["Thực hiện", "Dự kiến", "Mục tiêu"]);
    expect(grdp.series[0]?.categories).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    for (const c of paths) await page.getByRole("img", { name: c.title, exact: true }).waitFor();
    await page.setViewportSize({ width: 2000, height: 1200 });
    await screenshot(page, "term-charts-sheet.png");
    const el = page.locator(`.wb-chart[data-chart="${grdp.name}"]`);
    await el.scrollIntoViewIfNeeded();
    await el.screenshot({ path: path.join(RESULTS, "term-path-grdp.png") });
    const poor = page.locator(`.wb-chart[data-chart="${paths[4]!.name}"]`);
    await poor.scrollIntoViewIfNeeded();
    await poor.screenshot({ path: path.join(RESULTS, "term-path-ho-ngheo.png") });
  });
});

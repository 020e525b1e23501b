/**
 * The term tracker in the workbench, as a person uses it: insert "Theo dõi chỉ tiêu nhiệm kỳ",
 * type the base year and three years, Tính toán, Tạo biểu đồ. The term columns show core's figures
 * and each indicator gets its path chart, saved as test-results/term-*.png to be looked at. Then
 * issue 12's other flows beside it: Sang kỳ mới on the term table, a year's table rolled over with
 * its plans from the term's path, a 9-month review judged on progress, and the Kỳ báo cáo setting.
 */
import path from "path";
import type { Frame, Page } from "playwright-core";
import { screenshot, useWorkbench } from "./helpers";
import { RESULTS } from "./paths";
import type {} from "../../src/workbench/test-api";

const TABLE = "Nhiệm kỳ 2020-2025";
const CHART_SHEET = `Biểu đồ ${TABLE}`;

/**
 * Base, 2021, 2022, 2023 per template row (GRDP, per head, đô thị loại I, jobs, hộ nghèo). Those
 * led by "'" are pasted as text (the template's validation refuses text typed, Excel's paste skips
 * it), as a paste from a report leaves them: core, the term columns and the chart's Thực hiện read
 * them as the figures typed as numbers.
 */
const TYPED: Record<string, string[]> = {
  "Tổng sản phẩm trên địa bàn (GRDP)": ["50.000", "53.500", "'57.400", "61.750"],
  "GRDP bình quân đầu người": ["60", "64", "'68,5", "73"],
  "Tỷ lệ tiêu chí đô thị loại I đạt được": ["62", "66", "70", "75"],
  "Giải quyết việc làm": ["", "17.500", "'18.200", "19.000"],
  "Tỷ lệ hộ nghèo": ["4,5", "3,8", "3", "'2,4%"],
};

describe("the term tracker in the workbench", () => {
  let page: Page;
  let pane: Frame;
  useWorkbench((w) => ({ page, pane } = w));
  const button = (name: string) => pane.getByRole("button", { name, exact: true });

  beforeAll(async () => {
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
            const address = `${String.fromCharCode(70 + i)}${r + 1}`;
            if (v.startsWith("'")) api.paste(sheet, address, [[v]]);
            else if (v !== "") api.typeInto(sheet, address, v);
          });
          n++;
        });
        return n;
      },
      { sheet: TABLE, figures: TYPED },
    );
    expect(typed).toBe(5);
    await button("Tính toán").click();
    // A term target is no annual plan: the line counts paths on track.
    await pane.getByText(/^Đúng tiến độ \d+\/5 chỉ tiêu nhiệm kỳ/).waitFor();
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
    // Thực hiện has no gap at a year typed as text: GRDP's 2022, jobs' running sum, hộ nghèo's 2023.
    const actual = (i: number) => paths[i]!.series[0]?.values;
    expect(actual(0)).toEqual([50000, 53500, 57400, 61750, "#N/A", "#N/A"]);
    expect(actual(3)).toEqual([0, 17500, 35700, 54700, "#N/A", "#N/A"]);
    expect(actual(4)?.slice(0, 4).map(Number)).toEqual([4.5, 3.8, 3, 2.4]);
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

  /** The values of the row whose name cell (column B) is `name`, on `sheet`. */
  const rowNamed = (sheet: string, name: string) =>
    page.evaluate(
      ({ sheet, name }) => window.workbench?.getUsedRange(sheet)?.values.find((r) => r[1] === name) ?? null,
      { sheet, name },
    );
  /** Types into cells by address, as a person would. */
  const typeAll = (sheet: string, cells: [string, string][]) =>
    page.evaluate(
      ({ sheet, cells }) => {
        for (const [address, text] of cells) window.workbench?.typeInto(sheet, address, text);
      },
      { sheet, cells },
    );
  const insert = async (template: RegExp, year: string, sheet: string) => {
    await button("Chèn mẫu").click();
    await pane.getByRole("combobox", { name: /Mẫu bảng/ }).click();
    await pane.getByRole("option", { name: template }).click();
    await pane.getByRole("textbox", { name: "Năm báo cáo" }).fill(year);
    await button("Chèn").click();
    await pane.getByText(`Đã chèn mẫu vào trang tính “${sheet}”`, { exact: false }).waitFor();
  };
  const setPeriod = async (option: string) => {
    const combo = pane.getByRole("combobox", { name: "Kỳ báo cáo" });
    if (!(await combo.isVisible())) await pane.getByRole("button", { name: "Cài đặt" }).click();
    await combo.click();
    await pane.getByRole("option", { name: option }).click();
    await button("Lưu cài đặt").click();
    await pane.getByText("Đã lưu cài đặt vào sổ làm việc.").waitFor();
  };

  test("Sang kỳ mới on the term table: 2024's column is already there, so nothing new is made", async () => {
    const before = await page.evaluate(() => window.workbench?.getSheets() ?? []);
    await page.evaluate((sheet) => window.workbench?.select(sheet, "B7"), TABLE);
    await button("Sang kỳ mới").click();
    await pane.getByText(/Bảng nhiệm kỳ 2020–2025 đã có cột năm 2024/).waitFor();
    expect(await page.evaluate(() => window.workbench?.getSheets() ?? [])).toEqual(before);
  });

  test("a year's table beside the term's: Sang kỳ mới plans 2024 from the term's path", async () => {
    await insert(/^Bảng trống/, "2023", "Chỉ tiêu 2023");
    // Columns of the blank table: B name, C unit, F plan 2023, G actual 2023, H actual 2022.
    await typeAll("Chỉ tiêu 2023", [
      ["B6", "Tổng sản phẩm trên địa bàn (GRDP)"],
      ["C6", "tỷ đồng"],
      ["F6", "61.000"],
      ["G6", "62.000"],
      ["H6", "57.400"],
      ["B7", "Giải quyết việc làm"],
      ["C7", "lao động"],
      ["F7", "18.000"],
      ["G7", "19.000"],
      ["H7", "18.200"],
      ["B8", "Tỷ lệ hộ nghèo"],
      ["C8", "%"],
      ["F8", "2,5"],
      ["G8", "2,4"],
      ["H8", "3"],
    ]);
    await button("Sang kỳ mới").click();
    await pane
      .getByText(
        "Đã lập bảng năm 2024 trên trang tính “Chỉ tiêu 2024”: 3 chỉ tiêu chuyển số thực hiện sang Cùng kỳ; kế hoạch của 3 chỉ tiêu lấy theo lộ trình nhiệm kỳ, còn lại và thực hiện để trống.",
      )
      .waitFor();
    const plan = async (name: string) => (await rowNamed("Chỉ tiêu 2024", name))?.slice(5, 8) ?? null;
    // 62.000 × (50.000 × 1,075⁵ / 62.000)^(1/2); (90.000 − 54.700) / 2; 2,4 + (1 − 2,4) / 2.
    expect(await plan("Tổng sản phẩm trên địa bàn (GRDP)")).toEqual([66711.7, null, 62000]);
    expect(await plan("Giải quyết việc làm")).toEqual([17650, null, 19000]);
    expect(await plan("Tỷ lệ hộ nghèo")).toEqual([1.7, null, 2.4]);
    await pane.getByText("Kỳ báo cáo: Cả năm (theo bảng)").waitFor();
    await screenshot(page, "term-rollover-plans.png");
  });

  test("a 9-month review is judged on progress; Kỳ báo cáo overrides the sheet and warns on Nhiệm kỳ", async () => {
    const sheet = "Sơ kết 9 tháng 2020";
    await insert(/^Sơ kết 9 tháng/, "2020", sheet);
    // Seed 001 (TP. Bến Tre, 9 tháng 2020) in the template's own rows; the plans are not in it.
    const line = (name: string) =>
      page.evaluate(
        ({ sheet, name }) =>
          (window.workbench?.getUsedRange(sheet)?.values.findIndex((r) => r[1] === name) ?? -2) + 1,
        { sheet, name },
      );
    const revenue = await line("Tổng doanh thu hàng hóa, dịch vụ");
    const works = await line("Công trình hạ tầng xã, phường đưa vào sử dụng");
    expect(revenue).toBeGreaterThan(5);
    expect(works).toBeGreaterThan(5);
    await typeAll(sheet, [
      [`F${revenue}`, "31.290"],
      [`G${revenue}`, "24.012"],
      [`H${revenue}`, "22.649"],
      [`F${works}`, "42"],
      [`G${works}`, "25"],
    ]);
    await button("Tính toán").click();
    await pane.getByText(/^Đạt và vượt hoặc đúng tiến độ 1\/2 chỉ tiêu/).waitFor();
    expect(await rowNamed(sheet, "Tổng doanh thu hàng hóa, dịch vụ")).toContain("Đúng tiến độ");
    expect(await rowNamed(sheet, "Công trình hạ tầng xã, phường đưa vào sử dụng")).toContain("Chậm tiến độ");
    await pane.getByText("Kỳ báo cáo: 9 tháng (theo bảng)").waitFor();

    // Cả năm in the settings: the same figures judged as if the year were over.
    await setPeriod("Cả năm");
    await pane.getByText("Kỳ báo cáo: Cả năm (theo cài đặt)").waitFor();
    await button("Tính toán").click();
    await pane.getByText(/^Đạt và vượt 0\/2 chỉ tiêu/).waitFor();
    expect(await rowNamed(sheet, "Tổng doanh thu hàng hóa, dịch vụ")).toContain("Không đạt");

    // Nhiệm kỳ on a table that is not a term table: a warning, and Tính toán says why it stops.
    await setPeriod("Nhiệm kỳ");
    await pane
      .getByText(/Kỳ báo cáo được đặt là Nhiệm kỳ nhưng bảng này không phải bảng theo dõi nhiệm kỳ/)
      .first()
      .waitFor();
    await screenshot(page, "term-period-setting.png");
    await button("Tính toán").click();
    // The sheet bar's warning, then the step's error: the same sentence twice.
    await pane
      .getByText(/không phải bảng theo dõi nhiệm kỳ/)
      .nth(1)
      .waitFor();
    await setPeriod("Theo bảng (tiêu đề, tiêu đề cột)");
    await pane.getByText("Kỳ báo cáo: 9 tháng (theo bảng)").waitFor();
  });
});

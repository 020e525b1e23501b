/**
 * Charts in the workbench: what the Excel API calls draw (a combo with a 100 % line, a plan drawn
 * as an outline or as a light fill with a border), kept live on cell edits; and the add-in's own
 * charts of the 45-indicator city template filled with plausible figures, saved as
 * test-results/charts-*.png to be looked at.
 */
import path from "path";
import type { Frame, Page } from "playwright-core";
import { screenshot, useWorkbench } from "./helpers";
import { RESULTS } from "./paths";
import type {} from "../../src/workbench/test-api";
import { CHART_SERIES_COLOURS } from "../../src/core/palette";

const SHEET = "Biểu đồ";

/** 45 indicators on a gridless sheet (one batch of the pane's Excel, Microsoft's runtime), with a % KH column chart, a 100 % line and KH/TH bar charts. */
async function makeCharts(pane: Frame, colours: typeof CHART_SERIES_COLOURS): Promise<void> {
  await pane.evaluate(
    async ({ sheetName, colours }) => {
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add(sheetName);
        const rows: (string | number)[][] = [["Chỉ tiêu", "% KH", "Mốc 100%", "KH", "TH"]];
        for (let i = 1; i <= 45; i++) {
          rows.push([
            `Chỉ tiêu ${i} của Nghị quyết`,
            0.6 + ((i * 37) % 70) / 100,
            1,
            100 + i,
            90 + ((i * 53) % 80),
          ]);
        }
        sheet.getRange("A1:E46").values = rows;
        sheet.showGridlines = false;
        const pct = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B46"), "Columns");
        pct.title.text = "Mức độ hoàn thành kế hoạch";
        const line = pct.series.add("Mốc 100%");
        line.setValues(sheet.getRange("C2:C46"));
        line.setXAxisValues(sheet.getRange("A2:A46"));
        line.chartType = "Line";
        pct.axes.getItem("Value").numberFormat = "0%";
        pct.legend.visible = true;
        pct.legend.position = "Bottom";
        pct.setPosition("G1", "W22");
        // The plan both ways charts.ts may draw it (PLAN_STYLE): an outline, or a light fill with a border.
        const plan = (name: string, where: [string, string], outline: boolean) => {
          const bars = sheet.charts.add("BarClustered", sheet.getRange("A1:A6"), "Columns");
          bars.series.getItemAt(0).delete();
          bars.title.text = name;
          const kh = bars.series.add("KH");
          kh.setValues(sheet.getRange("D2:D6"));
          kh.setXAxisValues(sheet.getRange("A2:A6"));
          if (outline) kh.format.fill.clear();
          else kh.format.fill.setSolidColor(colours.planLight);
          kh.format.line.color = colours.plan;
          const th = bars.series.add("TH");
          th.setValues(sheet.getRange("E2:E6"));
          th.setXAxisValues(sheet.getRange("A2:A6"));
          bars.legend.visible = true; // at Excel's default place, the right
          bars.setPosition(where[0], where[1]);
        };
        plan("Kế hoạch và thực hiện", ["G24", "P44"], true);
        plan("Kế hoạch tô nhạt và thực hiện", ["R24", "AA44"], false);
        sheet.activate();
        await context.sync();
      });
    },
    { sheetName: SHEET, colours },
  );
}

describe("charts", () => {
  const wb = useWorkbench();

  beforeAll(async () => {
    await makeCharts(wb.pane, CHART_SERIES_COLOURS);
  });

  test("draws each chart with its title, value axis format, legend and every category", async () => {
    const { page } = wb;
    expect(await page.getByRole("tab", { name: SHEET }).getAttribute("aria-selected")).toBe("true");
    const pct = page.getByRole("img", { name: "Mức độ hoàn thành kế hoạch" });
    await pct.waitFor();
    for (const text of [
      "0%",
      "100%",
      "Mốc 100%",
      "% KH",
      "Chỉ tiêu 1 của Nghị quyết",
      "Chỉ tiêu 45 của Nghị quyết",
    ]) {
      await pct.getByText(text, { exact: true }).filter({ visible: true }).first().waitFor();
    }
    expect(await pct.locator("rect[fill='#4472C4']").count()).toBe(45 + 1); // 45 columns and the legend key
    expect(await pct.locator("polyline").count()).toBe(1);
    // A "Line" series (not LineMarkers) has no markers, as in Excel.
    expect(await pct.locator("circle").count()).toBe(0);

    const bars = page.getByRole("img", { name: "Kế hoạch và thực hiện", exact: true });
    // KH has no fill: drawn as outlines.
    expect(await bars.locator("rect[fill='none'][stroke='#1F4E79']").count()).toBe(5 + 1);
    await screenshot(page, "charts.png");
  });

  test("the fallback plan look: a light fill with its border", async () => {
    const light = wb.page.getByRole("img", { name: "Kế hoạch tô nhạt và thực hiện" });
    const selector = `rect[fill='${CHART_SERIES_COLOURS.planLight}'][stroke='${CHART_SERIES_COLOURS.plan}']`;
    expect(await light.locator(selector).count()).toBe(5 + 1);
    // The actual series keeps Excel's default: filled, no border.
    expect(await light.locator("rect[fill='#ED7D31'][stroke='none']").count()).toBe(5 + 1);
  });

  test("follows the bound cells when they change", async () => {
    const { page } = wb;
    const bars = page.getByRole("img", { name: "Kế hoạch và thực hiện", exact: true });
    const widthOfFirst = () =>
      bars.locator("rect[fill='none'][stroke='#1F4E79']").first().getAttribute("width");
    const before = Number(await widthOfFirst());
    await page.evaluate((s) => window.workbench?.typeInto(s, "D2", "50"), SHEET);
    const after = Number(await widthOfFirst());
    expect(after).toBeLessThan(before * 0.7);
    const charts = await page.evaluate((s) => window.workbench?.getCharts(s), SHEET);
    expect(charts?.[1]?.series.map((s) => [s.name, s.values[0]])).toEqual([
      ["KH", 50],
      ["TH", 143],
    ]);
  });

  test("the chart sheet has no gridlines", async () => {
    const { page } = wb;
    expect(
      await page.evaluate(
        () => window.workbench?.snapshot().sheets.find((s) => s.name === "Biểu đồ")?.showGridlines,
      ),
    ).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// The add-in's charts of the 45-indicator city template

const TEMPLATE_NAME = /^Thành phố, huyện – chỉ tiêu Nghị quyết năm/;
const TABLE = "Chỉ tiêu NQ 2021";
const CHART_SHEET = `Biểu đồ ${TABLE}`;

/** A deterministic "random" in [0, 1) per indicator, so screenshots are stable from run to run. */
function noise(i: number, salt: number): number {
  const x = Math.sin(i * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

/** Figures in a unit's usual size: plan, actual, prior; rates between 60 and 100 %. */
function plausible(unit: string, direction: "up" | "down", i: number): [number, number, number] {
  const scale: Record<string, number> = {
    "tỷ đồng": 4000,
    "doanh nghiệp": 150,
    hộ: 800,
    "lượt khách": 500000,
    "lao động": 3000,
    "đảng viên": 120,
    cuộc: 40,
    "công trình": 42,
    trường: 5,
    "bác sĩ": 12,
    căn: 60,
    vụ: 30,
    người: 25,
    điểm: 6,
  };
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  if (unit === "%") {
    const plan = direction === "down" ? round(3 + noise(i, 1) * 4, 1) : round(70 + noise(i, 1) * 28, 1);
    const actual = round(plan * (0.9 + noise(i, 2) * 0.18), 1);
    return [plan, Math.min(100, actual), round(plan * (0.92 + noise(i, 3) * 0.1), 1)];
  }
  const base = scale[unit] ?? 100;
  const d = base >= 1000 ? 2 : 0;
  const plan = round(base * (0.6 + noise(i, 1) * 0.8), d);
  // Most indicators near plan, a few far above (budget revenue at 171 % in seed 000) or below.
  const ratio = i % 11 === 3 ? 1.7 : i % 13 === 5 ? 0.62 : 0.88 + noise(i, 2) * 0.3;
  const actual = round(direction === "down" ? plan / ratio : plan * ratio, d);
  return [plan, actual, round(actual * (0.85 + noise(i, 3) * 0.2), d)];
}

/** Types plausible figures into every indicator row of the template, as a person would (vi). */
async function fillTemplate(page: Page, sheet: string): Promise<number> {
  return page.evaluate(
    ({ sheet, rowsSpec }) => {
      const api = window.workbench;
      const used = api?.getUsedRange(sheet);
      if (!api || !used) throw new Error("no template sheet");
      const header = used.values.findIndex((r) => r.includes("Chỉ tiêu"));
      const heads = (used.values[header] ?? []).map((v) => String(v ?? ""));
      const col = (re: RegExp) => heads.findIndex((h) => re.test(h));
      const letter = (c: number) => String.fromCharCode(65 + c);
      const [name, unit, plan, actual, prior] = [
        col(/^Chỉ tiêu$/),
        col(/^Đơn vị/),
        col(/^Kế hoạch/),
        col(/^Thực hiện năm 2021/),
        col(/^Thực hiện năm 2020/),
      ];
      let filled = 0;
      used.values.forEach((row, r) => {
        if (r <= header || typeof row[name] !== "string" || !row[unit]) return;
        const spec = rowsSpec.find((s) => s.name === row[name]);
        if (!spec) return;
        const at = (c: number) => `${letter(c)}${r + 1}`;
        if (spec.figures === null) api.typeInto(sheet, at(actual), "hoàn thành");
        else {
          const vi = (n: number) => String(n).replace(".", ",");
          api.typeInto(sheet, at(plan), vi(spec.figures[0]));
          api.typeInto(sheet, at(actual), vi(spec.figures[1]));
          api.typeInto(sheet, at(prior), vi(spec.figures[2]));
        }
        filled++;
      });
      return filled;
    },
    { sheet, rowsSpec: await rowSpecs(page, sheet) },
  );
}

/** The template's indicators with the figures to type (null: a yes/no row). */
async function rowSpecs(
  page: Page,
  sheet: string,
): Promise<{ name: string; figures: [number, number, number] | null }[]> {
  const rows = await page.evaluate((s) => {
    const used = window.workbench?.getUsedRange(s);
    if (!used) return [];
    const header = used.values.findIndex((r) => r.includes("Chỉ tiêu"));
    const heads = (used.values[header] ?? []).map((v) => String(v ?? ""));
    const at = (re: RegExp) => heads.findIndex((h) => re.test(h));
    const [name, unit, kind, dir] = [at(/^Chỉ tiêu$/), at(/^Đơn vị/), at(/^Loại/), at(/^Chiều/)];
    return used.values
      .slice(header + 1)
      .filter((r) => typeof r[name] === "string" && r[unit])
      .map((r) => ({
        name: String(r[name]),
        unit: String(r[unit]),
        yesno: /Đạt\/không/i.test(String(r[kind] ?? "")),
        down: /Giảm/i.test(String(r[dir] ?? "")),
      }));
  }, sheet);
  return rows.map((r, i) => ({
    name: r.name,
    figures: r.yesno ? null : plausible(r.unit, r.down ? "down" : "up", i),
  }));
}

describe("the add-in's charts of the 45-indicator city template", () => {
  let page: Page;
  let pane: Frame;
  useWorkbench((w) => ({ page, pane } = w));
  const button = (name: string) => pane.getByRole("button", { name, exact: true });

  beforeAll(async () => {
    await button("Chèn mẫu").click();
    await pane.getByRole("combobox", { name: /Mẫu bảng/ }).click();
    await pane.getByRole("option", { name: TEMPLATE_NAME }).click();
    await pane.getByRole("textbox", { name: "Năm báo cáo" }).fill("2021");
    await button("Chèn").click();
    await pane.getByText(`Đã chèn mẫu vào trang tính “${TABLE}”`, { exact: false }).waitFor();
    expect(await fillTemplate(page, TABLE)).toBe(45);
    await button("Tính toán").click();
    await pane.getByText(/^Đạt và vượt \d+\/\d+ chỉ tiêu/).waitFor();
    await pane.getByRole("radio", { name: "Tất cả chỉ tiêu" }).check();
    await button("Tạo biểu đồ").click();
    await pane.getByText(/^Đã tạo \d+ biểu đồ/).waitFor();
  });

  test("a % of plan chart of every indicator, a verdict chart and a chart per unit, all drawn", async () => {
    const charts = (await page.evaluate((s) => window.workbench?.getCharts(s), CHART_SHEET)) ?? [];
    const pct = charts.find((c) => c.name === "chitieu-pct-kh");
    expect(pct?.type).toBe("ColumnClustered");
    expect(pct?.valueAxisFormat).toBe("0%");
    expect(pct?.series[0]?.categories).toHaveLength(44); // 45 less the yes/no row
    // one series per verdict (coloured, labelled), the 100 % line last
    expect(pct?.series.map((s) => [s.name, s.chartType])).toEqual([
      ["Vượt", null],
      ["Đạt", null],
      ["Không đạt", null],
      ["Mốc 100% kế hoạch", "Line"],
    ]);
    const verdicts = charts.find((c) => c.name === "chitieu-danh-gia");
    expect(verdicts?.series.map((s) => s.values)).toEqual(expect.arrayContaining([expect.any(Array)]));
    expect(verdicts?.series[0]?.categories).toEqual([
      "Xây dựng Đảng",
      "Kinh tế",
      "Văn hóa – xã hội",
      "Quốc phòng – an ninh – nội chính",
    ]);
    // Every counted verdict adds up to the rows judged (the yes/no row included).
    const counted = (verdicts?.series ?? [])
      .flatMap((s) => s.values)
      .reduce<number>((a, v) => a + Number(v), 0);
    expect(counted).toBe(45);
    const perUnit = charts.filter((c) => c.name.startsWith("chitieu-kh-th-ck"));
    for (const c of perUnit) expect(c.series[0]?.categories.length).toBeLessThanOrEqual(12);
    expect(perUnit.filter((c) => c.title.includes("— %"))).toHaveLength(2); // 23 rates: 12 + 11

    // Every chart is on screen as an SVG with its title.
    for (const c of charts) await page.getByRole("img", { name: c.title, exact: true }).waitFor();
  });

  test("screenshots: the sheet, then each kind of chart at full size", async () => {
    await page.setViewportSize({ width: 2400, height: 1300 });
    await screenshot(page, "charts-45-sheet.png");
    const shoot = async (name: string, file: string) => {
      const el = page.locator(`.wb-chart[data-chart="${name}"]`);
      await el.scrollIntoViewIfNeeded();
      await el.screenshot({ path: path.join(RESULTS, file) });
    };
    await shoot("chitieu-pct-kh", "charts-45-pct-kh.png");
    await shoot("chitieu-danh-gia", "charts-45-danh-gia.png");
    const charts = (await page.evaluate((s) => window.workbench?.getCharts(s), CHART_SHEET)) ?? [];
    const money = charts.find((c) => c.title.includes("— tỷ đồng"));
    const rates = charts.find((c) => c.title.includes("— % (1/"));
    if (money) await shoot(money.name, "charts-45-ty-dong.png");
    if (rates) await shoot(rates.name, "charts-45-ty-le.png");
  });
});

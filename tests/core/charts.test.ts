import { parseRangeA1 } from "../../src/core/a1";
import {
  LABEL_CHARS,
  MAX_INDICATORS_PER_CHART,
  PLAN_STYLE,
  chartSheetName,
  chartSpecs,
  type ChartOptions,
  type ChartSheetSpec,
  type ChartSpec,
} from "../../src/core/charts";
import { DEFAULT_SETTINGS, type CellContent, type CellValue } from "../../src/core/model";
import { CHART_SERIES_COLOURS, CHART_VERDICT_COLOURS } from "../../src/core/palette";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

const grid: CellValue[][] = [
  ["KẾT QUẢ CHỈ TIÊU 2021"],
  [],
  ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
  ["I", "Kinh tế"],
  [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160],
  [2, "Thu ngân sách", "tỷ đồng", 328, 562, 472],
  [3, "Hộ chuyển lên doanh nghiệp", "doanh nghiệp", 30, 35, 28],
  ["II", "Xã hội"],
  [1, "Tỷ lệ hộ nghèo", "%", "dưới 4", 3.2, 4.5],
];

function specsOf(g: CellValue[][], options: ChartOptions = {}, sheet = "Chỉ tiêu 2021"): ChartSheetSpec {
  const read = readTable(g, { convention: "vi" });
  return chartSpecs(checkTable(read, DEFAULT_SETTINGS), read.layout, sheet, options);
}
const specs = (options: ChartOptions = {}) => specsOf(grid, options);

/** Every cell of an A1 range, in order. */
function cellsOf(spec: ChartSheetSpec, range: string): (CellContent | undefined)[] {
  const { top, left, bottom } = parseRangeA1(range);
  return Array.from({ length: bottom - top + 1 }, (_, i) => {
    for (const b of spec.blocks) {
      const v = b.contents[top + i - b.row]?.[left - b.col];
      if (v !== undefined) return v;
    }
    return undefined;
  });
}
function formatAt(spec: ChartSheetSpec, address: string): string | null | undefined {
  const { top, left } = parseRangeA1(address);
  for (const b of spec.blocks) {
    const f = b.numberFormats?.[top - b.row]?.[left - b.col];
    if (f !== undefined) return f;
  }
  return undefined;
}
const rowsIn = (range: string) => {
  const r = parseRangeA1(range);
  return r.bottom - r.top + 1;
};
const byKind = (s: ChartSheetSpec, kind: ChartSpec["kind"]) => s.charts.filter((c) => c.kind === kind);

/** A table of n indicators in one unit (and some of another), as the city template has. */
function bigGrid(n: number, unit = "%"): CellValue[][] {
  const g: CellValue[][] = [grid[0] ?? [], [], grid[2] ?? []];
  for (let i = 0; i < n; i++)
    g.push([i + 1, `Tỷ lệ chỉ tiêu thứ ${i + 1} của Nghị quyết Đảng bộ thành phố`, unit, 80, 70 + i, 75]);
  return g;
}

describe("chartSpecs", () => {
  test("the chart sheet is named after its source, under 32 characters", () => {
    expect(specs().name).toBe("Biểu đồ Chỉ tiêu 2021");
    expect(chartSheetName("x".repeat(40)).length).toBeLessThan(32);
  });

  test("plan vs actual vs prior: one chart per unit, titled and with the unit on the value axis", () => {
    const perUnit = byKind(specs(), "planActualPrior");
    expect(perUnit.map((c) => c.valueAxisTitle)).toEqual(["doanh nghiệp", "tỷ đồng", "%"]);
    expect(perUnit.map((c) => c.title)).toEqual([
      "Kế hoạch, thực hiện và cùng kỳ — doanh nghiệp",
      "Kế hoạch, thực hiện và cùng kỳ — tỷ đồng",
      "Kế hoạch, thực hiện và cùng kỳ — %",
    ]);
    const dn = perUnit[0];
    expect(dn?.type).toBe("ColumnClustered");
    expect(dn?.series.map((x) => x.role)).toEqual(["plan", "actual", "prior"]);
    // both "doanh nghiệp" rows sit together, so every range of the chart is one contiguous column
    for (const r of [dn?.categories, ...(dn?.series.map((s) => s.values) ?? [])])
      expect([r, rowsIn(r ?? "")]).toEqual([expect.stringMatching(/^[A-E]\d+:[A-E]\d+$/), 2]);
    expect(dn?.series[2]?.fill).toBe(CHART_SERIES_COLOURS.prior);
  });

  test("the plan is an outline by default, or a light fill with the same strong border", () => {
    expect(PLAN_STYLE).toBe("outline");
    const outline = byKind(specs(), "planActualPrior")[0]?.series[0];
    expect(outline).toMatchObject({ fill: null, line: CHART_SERIES_COLOURS.plan });
    expect(outline?.lineWeight).toBeGreaterThanOrEqual(1.5);
    const light = byKind(specs({ planStyle: "lightFill" }), "planActualPrior")[0]?.series[0];
    expect(light).toMatchObject({ fill: CHART_SERIES_COLOURS.planLight, line: CHART_SERIES_COLOURS.plan });
    expect(byKind(specs({ planStyle: "lightFill" }), "planActualPrior")[0]?.series[1]?.fill).toBe(
      CHART_SERIES_COLOURS.actual,
    );
  });

  test("data cells are formulas pointing at the source table (charts follow edits)", () => {
    const cells = specs().blocks.flatMap((b) => b.contents.flat());
    expect(cells).toContain("=IF(ISNUMBER('Chỉ tiêu 2021'!$E$5),'Chỉ tiêu 2021'!$E$5,176)");
    // a text target ("dưới 4") is charted at its bound
    expect(cells).toContain("=IF(ISNUMBER('Chỉ tiêu 2021'!$D$9),'Chỉ tiêu 2021'!$D$9,4)");
  });

  test("figures show grouped, with decimals only where the figure has them (no dangling mark)", () => {
    const s = specsOf([
      ...grid.slice(0, 4),
      [1, "Doanh thu thương mại dịch vụ", "tỷ đồng", 36000, 37067, 6794.12],
    ]);
    const chart = byKind(s, "planActualPrior")[0];
    const [plan, actual, prior] = (chart?.series ?? []).map((x) => parseRangeA1(x.values));
    const at = (r: ReturnType<typeof parseRangeA1> | undefined) =>
      formatAt(s, `${String.fromCharCode(65 + (r?.left ?? 0))}${(r?.top ?? 0) + 1}`);
    expect([at(plan), at(actual), at(prior)]).toEqual(["#,##0", "#,##0", "#,##0.00"]);
    const formats = s.blocks.flatMap((b) => b.numberFormats?.flat() ?? []);
    expect(formats.some((f) => f?.includes(".#"))).toBe(false);
  });

  test("categories are the names cut to 40 characters by a formula on the name cell", () => {
    const s = specs();
    const pct = byKind(s, "pctPlan")[0];
    const first = cellsOf(s, pct?.categories ?? "A1")[0];
    expect(first).toBe(
      `=IF(LEN('Chỉ tiêu 2021'!$B$5)>${LABEL_CHARS},LEFT('Chỉ tiêu 2021'!$B$5,${LABEL_CHARS - 1})&"…",'Chỉ tiêu 2021'!$B$5&"")`,
    );
  });

  test("% of plan: columns, a 100 % Line over helper cells of 1, axis 0%", () => {
    const s = specs();
    const pct = byKind(s, "pctPlan")[0];
    if (!pct) throw new Error("no % chart");
    expect(pct.type).toBe("ColumnClustered");
    expect(pct.valueAxisFormat).toBe("0%");
    expect(pct.valueAxisTitle).toBe("% kế hoạch");
    expect(pct.series.map((x) => [x.role, x.chartType])).toEqual([
      ["pctUp", null],
      ["pctDown", null],
      ["hundred", "Line"],
    ]);
    const hundred = pct.series[2];
    expect(cellsOf(s, hundred?.values ?? "A1")).toEqual([1, 1, 1, 1]);
    expect(hundred?.line).toBe(CHART_SERIES_COLOURS.hundredLine);
    // every series and the categories cover the same rows
    for (const x of pct.series) expect(rowsIn(x.values)).toBe(rowsIn(pct.categories));
    // the two direction series share one slot per indicator
    expect(pct.overlap).toBe(100);
  });

  test("lower-is-better rows are charted as plan / actual in their own coloured series", () => {
    const s = specs();
    const pct = byKind(s, "pctPlan")[0];
    if (!pct) throw new Error("no % chart");
    const up = cellsOf(s, pct.series[0]?.values ?? "A1");
    const down = cellsOf(s, pct.series[1]?.values ?? "A1");
    // "Tỷ lệ hộ nghèo dưới 4" (upper limit → lower is better) is the 4th row
    expect(up.map((v) => v === null)).toEqual([false, false, false, true]);
    expect(down.map((v) => v === null)).toEqual([true, true, true, false]);
    expect(down[3]).toBe("=IF(N('Chỉ tiêu 2021'!$E$9)>0,4/'Chỉ tiêu 2021'!$E$9,NA())");
    expect(up[0]).toBe(
      "=IF(AND(ISNUMBER('Chỉ tiêu 2021'!$E$5),N('Chỉ tiêu 2021'!$D$5)<>0),'Chỉ tiêu 2021'!$E$5/'Chỉ tiêu 2021'!$D$5,NA())",
    );
    expect(pct.series[1]?.fill).toBe(CHART_SERIES_COLOURS.pctPlanDown);
    expect(pct.series[1]?.name).toBe("Giảm là tốt: KH/TH");
  });

  test("with a computed % KH column, % of plan reads it (and inverts it for lower-is-better)", () => {
    const g = grid.map((r, i) => (i === 2 ? [...r, "% KH"] : r));
    g[4] = [...(g[4] ?? []), 176 / 150];
    g[8] = [...(g[8] ?? []), 0.8];
    const s = specsOf(g);
    const pct = byKind(s, "pctPlan")[0];
    expect(cellsOf(s, pct?.series[0]?.values ?? "A1")[0]).toBe(
      "=IF(ISNUMBER('Chỉ tiêu 2021'!$G$5),'Chỉ tiêu 2021'!$G$5,NA())",
    );
    expect(cellsOf(s, pct?.series[1]?.values ?? "A1")[3]).toBe(
      "=IF(N('Chỉ tiêu 2021'!$G$9)>0,1/'Chỉ tiêu 2021'!$G$9,NA())",
    );
  });

  test("no lower-is-better row: no empty series in the legend", () => {
    const pct = byKind(specsOf(grid.slice(0, 7)), "pctPlan")[0];
    expect(pct?.series.map((x) => x.role)).toEqual(["pctUp", "hundred"]);
  });

  test("verdict counts per group: stacked columns in verdict colours from the table's verdicts", () => {
    const s = specs();
    const v = byKind(s, "verdicts")[0];
    expect(v?.type).toBe("ColumnStacked");
    expect(v?.series.map((x) => x.name)).toEqual(["Vượt", "Đạt", "Cơ bản đạt", "Không đạt"]);
    expect(v?.series.map((x) => x.fill)).toEqual([
      CHART_VERDICT_COLOURS.vuot,
      CHART_VERDICT_COLOURS.dat,
      CHART_VERDICT_COLOURS.co_ban_dat,
      CHART_VERDICT_COLOURS.khong_dat,
    ]);
    expect(cellsOf(s, v?.categories ?? "A1")).toEqual(["Kinh tế", "Xã hội"]);
    // no Đánh giá column yet: counts are constants, and a note says how to make them live
    expect(cellsOf(s, v?.series[0]?.values ?? "A1")).toEqual([3, 1]); // "dưới 4" with 3,2 is exceeded
    expect(s.blocks.flat().some((b) => String(b.contents[0]?.[0]).includes("Tính toán"))).toBe(true);
  });

  test("verdict counts are COUNTIF over the Đánh giá column of each group, when it exists", () => {
    const g = grid.map((r, i) => (i === 2 ? [...r, "Đánh giá"] : r));
    const s = specsOf(g);
    const v = byKind(s, "verdicts")[0];
    expect(cellsOf(s, v?.series[0]?.values ?? "A1")).toEqual([
      `=COUNTIF('Chỉ tiêu 2021'!$G$5:$G$7,"Vượt")`,
      `=COUNTIF('Chỉ tiêu 2021'!$G$9:$G$9,"Vượt")`,
    ]);
    expect(cellsOf(s, v?.series[3]?.values ?? "A1")[0]).toBe(
      `=COUNTIF('Chỉ tiêu 2021'!$G$5:$G$7,"Không đạt")`,
    );
  });

  test("rows option keeps only those indicator rows", () => {
    const s = specs({ rows: [4] });
    const perUnit = byKind(s, "planActualPrior");
    expect(perUnit).toHaveLength(1);
    expect(perUnit[0]?.categories).toMatch(/^A(\d+)(:A\1)?$/);
  });

  test(`more than ${MAX_INDICATORS_PER_CHART} indicators of a unit split evenly over several charts`, () => {
    const s = specsOf(bigGrid(25));
    const perUnit = byKind(s, "planActualPrior");
    expect(perUnit.map((c) => rowsIn(c.categories))).toEqual([9, 8, 8]);
    expect(perUnit.map((c) => c.title)).toEqual([
      "Kế hoạch, thực hiện và cùng kỳ — % (1/3)",
      "Kế hoạch, thực hiện và cùng kỳ — % (2/3)",
      "Kế hoạch, thực hiện và cùng kỳ — % (3/3)",
    ]);
    expect(new Set(perUnit.map((c) => c.name)).size).toBe(3);
    expect(byKind(specsOf(bigGrid(MAX_INDICATORS_PER_CHART)), "planActualPrior")).toHaveLength(1);
    expect(byKind(specsOf(bigGrid(MAX_INDICATORS_PER_CHART + 1)), "planActualPrior")).toHaveLength(2);
  });

  test("45 indicators: a wide, tall % chart; charts never overlap", () => {
    const big = specsOf(bigGrid(45));
    const box = (c: ChartSpec) => {
      const a = parseRangeA1(`${c.anchor.start}:${c.anchor.end}`);
      return a;
    };
    const pctBig = byKind(big, "pctPlan")[0];
    const pctSmall = byKind(specs(), "pctPlan")[0];
    if (!pctBig || !pctSmall) throw new Error("no % chart");
    const cols = (c: ChartSpec) => box(c).right - box(c).left + 1;
    const rows = (c: ChartSpec) => box(c).bottom - box(c).top + 1;
    expect(cols(pctBig)).toBeGreaterThanOrEqual(25); // about 35 px a column at 64 px a cell
    expect(rows(pctBig)).toBeGreaterThan(rows(pctSmall));
    const boxes = big.charts.map(box);
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart = a.right < b.left || b.right < a.left || a.bottom < b.top || b.bottom < a.top;
        expect(apart).toBe(true);
      }),
    );
    // charts start right of the data blocks
    for (const b of boxes) expect(b.left).toBeGreaterThanOrEqual(6);
  });

  test("titles, series names and headers in English on request", () => {
    const s = specs({ lang: "en" });
    expect(byKind(s, "planActualPrior")[0]?.title).toBe("Plan, actual and prior year — doanh nghiệp");
    expect(byKind(s, "pctPlan")[0]?.series.map((x) => x.name)).toEqual([
      "Higher is better: actual/plan",
      "Lower is better: plan/actual",
      "100% of plan",
    ]);
    expect(byKind(s, "verdicts")[0]?.series.map((x) => x.name)).toEqual([
      "Exceeded",
      "Reached",
      "Mostly reached",
      "Not reached",
    ]);
  });
});

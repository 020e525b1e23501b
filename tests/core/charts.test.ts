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
import { figure, isLiveFigure, percentAware } from "../../src/core/formulas";
import { CHART_SERIES_COLOURS, CHART_VERDICT_COLOURS } from "../../src/core/palette";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { T06_HEAD, T06_ROWS, TERM_GRDP, TERM_JOBS, TERM_TEXT } from "./shared-tables";

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
    // The cell while it holds a figure as the computed columns read one (no date; ×100 under a
    // percent format, as core reads it), else what core read.
    const e5 = "'Chỉ tiêu 2021'!$E$5";
    expect(cells).toContain(
      `=IF(${isLiveFigure(e5, "doanh nghiệp", 176, 176)},${percentAware(e5)},IF(ISNUMBER(${e5}),NA(),176))`,
    );
    // a text target ("dưới 4") is charted at its bound
    const d9 = "'Chỉ tiêu 2021'!$D$9";
    expect(cells).toContain(
      `=IF(${isLiveFigure(d9, "%", 4, "dưới 4")},${percentAware(d9)},IF(ISNUMBER(${d9}),NA(),4))`,
    );
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

  test("% of plan: columns coloured by verdict, a 100 % Line over helper cells of 1, axis 0%", () => {
    const s = specs();
    const pct = byKind(s, "pctPlan")[0];
    if (!pct) throw new Error("no % chart");
    expect(pct.type).toBe("ColumnClustered");
    expect(pct.valueAxisFormat).toBe("0%");
    expect(pct.valueAxisTitle).toBe("% kế hoạch");
    // Without a Đánh giá column only the verdicts present are in the legend (all four Vượt here).
    expect(pct.series.map((x) => [x.role, x.chartType, x.fill])).toEqual([
      ["vuot", null, CHART_VERDICT_COLOURS.vuot],
      ["hundred", "Line", null],
    ]);
    const hundred = pct.series[1];
    expect(cellsOf(s, hundred?.values ?? "A1")).toEqual([1, 1, 1, 1]);
    expect(hundred?.line).toBe(CHART_SERIES_COLOURS.hundredLine);
    for (const x of pct.series) expect(rowsIn(x.values)).toBe(rowsIn(pct.categories));
    // the verdict series share one slot per indicator, and label their bars as percentages
    expect(pct.overlap).toBe(100);
    expect(pct.series[0]?.labelFormat).toBe("0%;-0%;;");
  });

  test("lower-is-better rows show the % the table states (TH / KH), not its inverse", () => {
    const s = specs();
    const pct = byKind(s, "pctPlan")[0];
    if (!pct) throw new Error("no % chart");
    const vuot = cellsOf(s, pct.series[0]?.values ?? "A1");
    // "Tỷ lệ hộ nghèo dưới 4" with 3,2 is the 4th row: 80 %, exceeded (lower is better)
    const [e9, e5, d5] = ["'Chỉ tiêu 2021'!$E$9", "'Chỉ tiêu 2021'!$E$5", "'Chỉ tiêu 2021'!$D$5"];
    expect(vuot[3]).toBe(`=IF(${isLiveFigure(e9, "%", 3.2, 3.2)},${percentAware(e9)}/4,0)`);
    expect(vuot[0]).toBe(
      `=IF(AND(${isLiveFigure(e5, "doanh nghiệp", 176, 176)},${isLiveFigure(d5, "doanh nghiệp", 150, 150)},N(${d5})<>0),${percentAware(e5)}/${percentAware(d5)},0)`,
    );
  });

  test("with Đánh giá and % KH columns, each verdict series follows the live verdict", () => {
    const g = grid.map((r, i) => (i === 2 ? [...r, "% KH", "Đánh giá"] : r));
    g[4] = [...(g[4] ?? []), 176 / 150, "Vượt"];
    g[8] = [...(g[8] ?? []), 0.8, "Vượt"];
    const s = specsOf(g, { basicBand: true });
    const pct = byKind(s, "pctPlan")[0];
    expect(pct?.series.map((x) => x.name)).toEqual([
      "Vượt",
      "Đạt",
      "Cơ bản đạt",
      "Không đạt",
      "Mốc 100% kế hoạch",
    ]);
    expect(cellsOf(s, pct?.series[0]?.values ?? "A1")[0]).toBe(
      `=IF(OR('Chỉ tiêu 2021'!$H$5="Vượt",'Chỉ tiêu 2021'!$H$5="Exceeded"),N('Chỉ tiêu 2021'!$G$5),0)`,
    );
    expect(cellsOf(s, pct?.series[3]?.values ?? "A1")[3]).toBe(
      `=IF(OR('Chỉ tiêu 2021'!$H$9="Không đạt",'Chỉ tiêu 2021'!$H$9="Not reached"),N('Chỉ tiêu 2021'!$G$9),0)`,
    );
    // zeros (the other verdicts' slots) show nothing in the data block either
    expect(formatAt(s, pct?.series[1]?.values.split(":")[0] ?? "A1")).toBe("0%;-0%;;");
  });

  test("only rows with an actual are charted: a template with a few filled rows", () => {
    const g = bigGrid(45).map((r, i) => (i >= 3 + 11 ? [...r.slice(0, 4), null, ...r.slice(5)] : r));
    const s = specsOf(g);
    const pct = byKind(s, "pctPlan")[0];
    expect(rowsIn(pct?.categories ?? "A1")).toBe(11);
    expect(byKind(s, "planActualPrior").map((c) => rowsIn(c.categories))).toEqual([11]);
    const empty = specsOf(bigGrid(45).map((r, i) => (i >= 3 ? r.slice(0, 4) : r)));
    expect(empty.charts).toEqual([]);
  });

  test("figures of very different size get charts of their own (37.067 beside 222 tỷ)", () => {
    const g: CellValue[][] = [
      grid[0] ?? [],
      [],
      grid[2] ?? [],
      [1, "Tổng giá trị sản xuất", "tỷ đồng", 36000, 37067, 34864],
      [2, "Thu ngân sách", "tỷ đồng", 328, 562, 472],
      [3, "Vốn đầu tư công", "tỷ đồng", 200, 222, 160],
      [4, "Giá trị sản xuất công nghiệp", "tỷ đồng", 6500, 6794.12, 6393],
    ];
    const perUnit = byKind(specsOf(g), "planActualPrior");
    const s = specsOf(g);
    expect(perUnit.map((c) => cellsOf(s, c.categories).length)).toEqual([2, 2]);
    const names = perUnit.map((c) => cellsOf(s, c.categories).map((x) => String(x)));
    expect(names[0]?.join()).toMatch(/\$B\$5.*\$B\$6/); // 562 and 222 together
    expect(names[1]?.join()).toMatch(/\$B\$4.*\$B\$7/); // 37.067 and 6.794,12 together
    expect(perUnit[0]?.series.find((x) => x.role === "actual")?.labelFormat).toBe("#,##0");
  });

  test("verdict counts per group: stacked columns in verdict colours from the table's verdicts", () => {
    const s = specs();
    const v = byKind(s, "verdicts")[0];
    expect(v?.type).toBe("ColumnStacked");
    // "Cơ bản đạt" only when the band is on
    expect(v?.series.map((x) => x.name)).toEqual(["Vượt", "Đạt", "Không đạt"]);
    expect(v?.series.map((x) => x.fill)).toEqual([
      CHART_VERDICT_COLOURS.vuot,
      CHART_VERDICT_COLOURS.dat,
      CHART_VERDICT_COLOURS.khong_dat,
    ]);
    expect(byKind(specs({ basicBand: true }), "verdicts")[0]?.series.map((x) => x.role)).toEqual([
      "vuot",
      "dat",
      "co_ban_dat",
      "khong_dat",
    ]);
    expect(cellsOf(s, v?.categories ?? "A1")).toEqual(["Kinh tế", "Xã hội"]);
    // no Đánh giá column yet: counts are constants, and a note says how to make them live
    expect(cellsOf(s, v?.series[0]?.values ?? "A1")).toEqual([3, 1]); // "dưới 4" with 3,2 is exceeded
    expect(s.blocks.flat().some((b) => String(b.contents[0]?.[0]).includes("Tính toán"))).toBe(true);
  });

  // Both languages' labels: a table computed before the workbook's language changed still counts.
  test("verdict counts are COUNTIF over the Đánh giá column of each group, when it exists", () => {
    const g = grid.map((r, i) => (i === 2 ? [...r, "Đánh giá"] : r));
    const s = specsOf(g);
    const v = byKind(s, "verdicts")[0];
    expect(cellsOf(s, v?.series[0]?.values ?? "A1")).toEqual([
      `=COUNTIF('Chỉ tiêu 2021'!$G$5:$G$7,"Vượt")+COUNTIF('Chỉ tiêu 2021'!$G$5:$G$7,"Exceeded")`,
      `=COUNTIF('Chỉ tiêu 2021'!$G$9:$G$9,"Vượt")+COUNTIF('Chỉ tiêu 2021'!$G$9:$G$9,"Exceeded")`,
    ]);
    expect(cellsOf(s, v?.series[2]?.values ?? "A1")[0]).toBe(
      `=COUNTIF('Chỉ tiêu 2021'!$G$5:$G$7,"Không đạt")+COUNTIF('Chỉ tiêu 2021'!$G$5:$G$7,"Not reached")`,
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

  test("charts start right of every data block, with a gap, however many verdicts are counted", () => {
    const lastDataCol = (s: ChartSheetSpec) =>
      Math.max(...s.blocks.map((b) => b.col + Math.max(0, ...b.contents.map((r) => r.length)) - 1));
    const firstChartCol = (s: ChartSheetSpec) =>
      Math.min(...s.charts.map((c) => parseRangeA1(`${c.anchor.start}:${c.anchor.end}`).left));
    // A 9-month table counts "Đúng / Chậm tiến độ" too; with the Cơ bản đạt band the % block holds
    // the indicator, six verdicts and the 100 % line: columns A–H.
    const nine = specsOf([...T06_HEAD, ...T06_ROWS], { basicBand: true });
    expect(lastDataCol(nine)).toBe(7);
    expect(firstChartCol(nine)).toBe(9);
    expect(nine.columnWidths[8]).toBe(3);
    expect(nine.columnWidths.slice(0, 8).every((w) => w >= 12)).toBe(true);
    // A year's table without the band keeps its old look: data A–E, F a gap, charts from G.
    expect(firstChartCol(specs())).toBe(6);
    expect(specs().columnWidths).toEqual([40, 14, 14, 14, 12, 3]);
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
    expect(byKind(s, "pctPlan")[0]?.series.map((x) => x.name)).toEqual(["Exceeded", "100% of plan"]);
    expect(byKind(specs({ lang: "en", basicBand: true }), "verdicts")[0]?.series.map((x) => x.name)).toEqual([
      "Exceeded",
      "Reached",
      "Mostly reached",
      "Not reached",
    ]);
  });
});

describe("a term table's path charts", () => {
  const termGrid: CellValue[][] = [
    ["CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020 – 2025"],
    [],
    [
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "Mục tiêu đến năm 2025",
      "Năm 2020 (gốc)",
      "TH 2021",
      "TH 2022",
      "TH 2023",
      "TH 2024",
      "TH 2025",
    ],
    [1, ...TERM_GRDP, null, null],
    [2, ...TERM_JOBS, null, null],
    [3, "Tỷ lệ đạt tiêu chí đô thị loại I", "%", "đến năm 2025 đạt 80%", 62, 66, 70, 75, null, null],
  ];
  const spec = specsOf(termGrid, {}, "Nhiệm kỳ 2020-2025");
  const paths = byKind(spec, "termPath");

  test("one line chart per indicator: actual, projection, target; no yearly plan charts", () => {
    expect(paths.map((c) => c.title)).toEqual([
      "Tổng sản phẩm (GRDP): lộ trình nhiệm kỳ 2020 – 2025",
      "Giải quyết việc làm: lộ trình nhiệm kỳ 2020 – 2025",
      "Tỷ lệ đạt tiêu chí đô thị loại I: lộ trình nhiệm kỳ 2020 – 2025",
    ]);
    expect(paths.every((c) => c.type === "LineMarkers")).toBe(true);
    expect(paths[0]!.series.map((s) => [s.name, s.role, s.line])).toEqual([
      ["Thực hiện", "actual", CHART_SERIES_COLOURS.actual],
      ["Dự kiến", "projection", CHART_SERIES_COLOURS.projection],
      ["Mục tiêu", "termTarget", CHART_SERIES_COLOURS.termTarget],
    ]);
    expect(byKind(spec, "planActualPrior")).toEqual([]);
    expect(byKind(spec, "pctPlan")).toEqual([]);
    expect(cellsOf(spec, paths[0]!.categories)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    // Each data block is headed by its indicator's name.
    const top = parseRangeA1(paths[0]!.categories).top - 1;
    expect(spec.blocks.find((b) => b.row === top)?.contents[0]).toEqual([
      "Tổng sản phẩm (GRDP)",
      "Thực hiện",
      "Dự kiến",
      "Mục tiêu",
    ]);
  });

  test("GRDP: actuals live from the table, the projection at 7,29 %/năm from 2023, the 7,5 %/năm path", () => {
    const c = paths[0]!;
    const actual = cellsOf(spec, c.series[0]!.values);
    const [e4, j4] = ["'Nhiệm kỳ 2020-2025'!$E$4", "'Nhiệm kỳ 2020-2025'!$J$4"];
    expect(actual[0]).toBe(`=IF(${isLiveFigure(e4, "tỷ đồng", 50000)},${percentAware(e4)},NA())`);
    expect(actual[5]).toBe(`=IF(${isLiveFigure(j4, "tỷ đồng", null)},${percentAware(j4)},NA())`);
    const projected = cellsOf(spec, c.series[1]!.values);
    expect(projected.slice(0, 3)).toEqual(["=NA()", "=NA()", "=NA()"]);
    expect(projected[3]).toBe(61750);
    // 61.750 × 1,072891² = 71.080,14: the projection's end is core's projected figure.
    expect(projected[5] as number).toBeCloseTo(71080.14, 2);
    const target = cellsOf(spec, c.series[2]!.values);
    expect(target[0]).toBe(50000);
    expect(target[5] as number).toBeCloseTo(71781.47, 2);
  });

  test("a total is charted as its running sum against an even share of 90.000", () => {
    const c = paths[1]!;
    // Live as the other paths: 2022's point is 2021 (when a figure) plus 2022, #N/A while 2022 holds
    // none (tests/core/term-chart-text.test.ts recalculates them).
    const [f5, g5] = ["'Nhiệm kỳ 2020-2025'!$F$5", "'Nhiệm kỳ 2020-2025'!$G$5"];
    const [y1, y2] = [figure(f5, 17500, "lao động", 17500)!, figure(g5, 18200, "lao động", 18200)!];
    const and = (f: { guards: string[] }) => `AND(${f.guards.join(",")})`;
    const actual = cellsOf(spec, c.series[0]!.values);
    expect(actual[0]).toBe(0);
    expect(actual[2]).toBe(`=IF(${and(y2)},IF(${and(y1)},${y1.ref},0)+${y2.ref},NA())`);
    expect(actual).toHaveLength(6);
    expect(cellsOf(spec, c.series[1]!.values)[5] as number).toBeCloseTo(91166.667, 3);
    expect(cellsOf(spec, c.series[2]!.values)).toEqual([0, 18000, 36000, 54000, 72000, 90000]);
    expect(c.valueAxisTitle).toBe("lao động (lũy kế)");
  });

  test("a year typed as text ('57.400', '2,4%') is plotted as core read it while the cell holds it", () => {
    const text = specsOf(TERM_TEXT, {}, "Nhiệm kỳ");
    const [grdp, poor] = byKind(text, "termPath");
    const [g4, h5] = ["'Nhiệm kỳ'!$G$4", "'Nhiệm kỳ'!$H$5"];
    // The same reading as the term columns (formulas.ts figure): the text compiled in, a number live.
    const y2022 = figure(g4, 57400, "tỷ đồng", "57.400")!;
    expect(y2022.ref).toBe(`IF(ISNUMBER(${g4}),${percentAware(g4)},57400)`);
    expect(cellsOf(text, grdp!.series[0]!.values)[2]).toBe(
      `=IF(AND(${y2022.guards.join(",")}),${y2022.ref},NA())`,
    );
    expect(cellsOf(text, poor!.series[0]!.values)[3]).toContain(`${h5}="2,4%"`);
    // The number formats are those of the figures, as for numbers typed: GRDP whole, hộ nghèo 2 places.
    expect(formatAt(text, grdp!.series[0]!.values.split(":")[0]!)).toBe("#,##0");
    expect(formatAt(text, poor!.series[0]!.values.split(":")[0]!)).toBe("#,##0.00");
  });

  test("in English: the path's title, series, data header and a total's axis", () => {
    const en = specsOf(TERM_TEXT, { lang: "en" }, "Nhiệm kỳ");
    const [grdp, , jobs] = byKind(en, "termPath");
    expect(grdp!.title).toBe("Tổng sản phẩm (GRDP): the 2020–2025 term's path");
    expect(grdp!.series.map((x) => x.name)).toEqual(["Actual", "Projected", "Target"]);
    const top = parseRangeA1(grdp!.categories).top - 1;
    expect(en.blocks.find((b) => b.row === top)?.contents[0]).toEqual([
      "Tổng sản phẩm (GRDP)",
      "Actual",
      "Projected",
      "Target",
    ]);
    expect(jobs!.valueAxisTitle).toBe("lao động (cumulative)");
    expect(byKind(en, "verdicts")[0]!.series.map((x) => x.name)).toEqual([
      "Exceeded",
      "Reached",
      "On track",
      "Behind",
      "Not reached",
    ]);
  });

  test("the verdict chart counts Đúng / Chậm tiến độ", () => {
    const v = byKind(spec, "verdicts")[0]!;
    expect(v.series.map((s) => s.role)).toEqual(["vuot", "dat", "dung_tien_do", "cham_tien_do", "khong_dat"]);
  });
});

/**
 * The term chart sheet's "Thực hiện" series over a term table whose base and years an office typed
 * partly as text ("57.400", "68,5", "2,4%"; TERM_TEXT). Core reads those cells, and so do the term
 * columns (term-plan-text.test.ts): the chart data must plot the same figures, not #N/A, and keep
 * following the cells as the table is filled further: a number or a percent typed over the text,
 * a year emptied or marked "-", a date; other text typed later is plotted once the charts are made
 * again. Recalculated in HyperFormula, CELL("format") answered from the source cells' formats.
 */
import type { RawCellContent } from "hyperformula";
import { parseRangeA1 } from "../../src/core/a1";
import { chartSpecs, type ChartSheetSpec } from "../../src/core/charts";
import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { termIndicatorOf, termPath } from "../../src/core/term";
import { chartSheetValues } from "./chart-sheet-harness";
import { TERM_TEXT } from "./shared-tables";

const SOURCE = "Nhiệm kỳ 2020-2025";
/** 9 December 2026: "9/12" typed in a vi-VN Excel. */
const DEC_9 = 46365;

/** A cell typed after the charts were made: row, column (0-based), what is typed, its number format. */
type Edit = [number, number, CellValue, string?];

/** A point as compared: the figure to 6 places, or "#N/A" (no point). */
type Point = string;
const point = (v: unknown): Point =>
  typeof v === "number"
    ? v.toFixed(6)
    : typeof v === "object" && v !== null && "value" in v
      ? String((v as { value: unknown }).value)
      : String(v);

function read(grid: CellValue[][], formats: (string | null)[][] = []) {
  return readTable(grid, { convention: "vi", numberFormats: formats });
}

/** The chart sheet "Vẽ biểu đồ" makes of `grid`. */
function chartsOf(grid: CellValue[][], formats: (string | null)[][] = []): ChartSheetSpec {
  const r = read(grid, formats);
  return chartSpecs(checkTable(r, DEFAULT_SETTINGS), r.layout, SOURCE);
}

/** Core's path of each term row of `grid` ("Thực hiện": a total's running sum), by sheet row. */
function corePaths(grid: CellValue[][], formats: (string | null)[][] = []): Map<number, Point[]> {
  const out = new Map<number, Point[]>();
  for (const row of read(grid, formats).table.groups.flatMap((g) => g.rows)) {
    const ind = termIndicatorOf(row);
    if (ind !== null)
      out.set(
        row.sheetRow,
        termPath(ind).actual.map((a) => (a === null ? "#N/A" : point(a))),
      );
  }
  return out;
}

/**
 * `spec`'s chart data over the source `grid` with `edits` typed in, recalculated: each path chart's
 * "Thực hiện" points by the sheet row of its indicator; and the typed grid and formats for core.
 */
function plotted(spec: ChartSheetSpec, grid: CellValue[][], edits: Edit[] = []) {
  const typed = grid.map((r) => r.slice());
  const formats: (string | null)[][] = grid.map((r) => r.map(() => null));
  for (const [r, c, v, format] of edits) {
    typed[r]![c] = v;
    if (format !== undefined) formats[r]![c] = format;
  }
  // A string is typed as text ('), as Excel keeps "57.400" that an office pasted.
  const source = typed.map((r) => r.map((v): RawCellContent => (typeof v === "string" ? `'${v}` : v)));
  const values = chartSheetValues(spec, SOURCE, source, formats, { accentSensitive: true });
  const chart = new Map<number, Point[]>();
  for (const c of spec.charts.filter((x) => x.kind === "termPath")) {
    const { top, left, bottom } = parseRangeA1(c.series[0]!.values);
    const sheetRow = Number(c.name.replace("chitieu-lo-trinh-", "")) - 1;
    chart.set(
      sheetRow,
      Array.from({ length: bottom - top + 1 }, (_, i) => point(values[top + i]?.[left])),
    );
  }
  return { chart, typed, formats };
}

/** Where the chart's "Thực hiện" differs from core's reading of the typed sheet. */
function disagreements(chart: Map<number, Point[]>, core: Map<number, Point[]>): string[] {
  expect([...chart.keys()].sort()).toEqual([...core.keys()].sort());
  return [...core].flatMap(([row, want]) => {
    const got = chart.get(row)!;
    return got.some((g, i) => g !== want[i])
      ? [`row ${row + 1}: ${got.join(" | ")} ≠ ${want.join(" | ")}`]
      : [];
  });
}

const NA = "#N/A";
const f = (n: number): Point => n.toFixed(6);

describe("the term chart sheet's Thực hiện over years typed as text", () => {
  const spec = chartsOf(TERM_TEXT);

  test("plots core's figures for text and numbers alike, no #N/A where core read a figure", () => {
    const { chart } = plotted(spec, TERM_TEXT);
    expect(chart.size).toBe(6);
    expect(disagreements(chart, corePaths(TERM_TEXT))).toEqual([]);
    // GRDP "50.000", 53500, "57.400", "61.750"; hộ nghèo "4,5", "3,8", 3, "2,4%".
    expect(chart.get(3)).toEqual([f(50000), f(53500), f(57400), f(61750), NA, NA]);
    expect(chart.get(4)).toEqual([f(4.5), f(3.8), f(3), f(2.4), NA, NA]);
    // Việc làm, a total: its running sum of "17.500", 18200, "19.000".
    expect(chart.get(5)).toEqual([f(0), f(17500), f(35700), f(54700), NA, NA]);
    // Tốc độ tăng trưởng: each year's rate, no base point; per head "60", "64", "68,5".
    expect(chart.get(7)).toEqual([NA, f(7.1), f(7.3), f(7.4), NA, NA]);
    expect(chart.get(8)).toEqual([f(60), f(64), f(68.5), NA, NA, NA]);
  });

  test("a number or a percent typed over the text later is plotted live, a total's sum with it", () => {
    const edits: Edit[] = [
      [3, 7, 64000], // GRDP 2023: "61.750" retyped as a number
      [4, 7, 0.022, "0.0%"], // hộ nghèo 2023: "2,4%" retyped as 2,2 %
      [5, 5, 17600], // việc làm 2021: "17.500" retyped, every later sum follows
      [8, 4, 55], // per head base: "60" retyped
      [8, 7, 71], // per head 2023, where nothing was
    ];
    const { chart, typed, formats } = plotted(spec, TERM_TEXT, edits);
    expect(disagreements(chart, corePaths(typed, formats))).toEqual([]);
    expect(chart.get(3)![3]).toBe(f(64000));
    expect(chart.get(4)![3]).toBe(f(2.2));
    expect(chart.get(5)).toEqual([f(0), f(17600), f(35800), f(54800), NA, NA]);
    expect(chart.get(8)).toEqual([f(55), f(64), f(68.5), f(71), NA, NA]);
  });

  test("a year emptied, marked '-' or holding a date later is no point, as core reads it", () => {
    const edits: Edit[] = [
      [3, 6, null], // GRDP 2022 emptied
      [5, 6, "-"], // việc làm 2022 marked as not given: 2023's sum skips it
      [7, 7, DEC_9, "dd/mm/yyyy"], // tốc độ 2023: "9/12" made 9 December
    ];
    const { chart, typed, formats } = plotted(spec, TERM_TEXT, edits);
    expect(disagreements(chart, corePaths(typed, formats))).toEqual([]);
    expect(chart.get(3)![2]).toBe(NA);
    expect(chart.get(5)).toEqual([f(0), f(17500), NA, f(36500), NA, NA]);
    expect(chart.get(7)![3]).toBe(NA);
  });

  test("other text typed later is no point until the charts are made again, then core's figure", () => {
    const edits: Edit[] = [
      [3, 8, "63.000"], // GRDP 2024, where nothing was
      [8, 6, "70,5"], // per head 2022: "68,5" retyped as other text
    ];
    const later = plotted(spec, TERM_TEXT, edits);
    // As the term columns show "—" and Cần tính lại: no point from text the sheet has not read.
    expect(later.chart.get(3)![4]).toBe(NA);
    expect(later.chart.get(8)![2]).toBe(NA);
    // The other rows still plot core's figures.
    const core = corePaths(later.typed);
    expect(
      disagreements(
        new Map([...later.chart].filter(([r]) => r !== 3 && r !== 8)),
        new Map([...core].filter(([r]) => r !== 3 && r !== 8)),
      ),
    ).toEqual([]);
    // Made again (the data block refilled from the typed sheet): every point is core's.
    const again = plotted(chartsOf(later.typed), later.typed);
    expect(disagreements(again.chart, core)).toEqual([]);
    expect(again.chart.get(3)![4]).toBe(f(63000));
    expect(again.chart.get(8)![2]).toBe(f(70.5));
    // A number typed over the refilled text is read live again.
    const retyped = plotted(chartsOf(later.typed), later.typed, [[3, 8, 66000]]);
    expect(retyped.chart.get(3)![4]).toBe(f(66000));
    expect(disagreements(retyped.chart, corePaths(retyped.typed))).toEqual([]);
  });
});

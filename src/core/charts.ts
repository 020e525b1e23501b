/**
 * chartSpecs: which charts a table gets, over which ranges, with which titles and colours.
 * The charts live on a sheet of their own ("Biểu đồ <source>", a normal worksheet: Excel has no
 * chart-sheet API) over a small data block of formulas that point at the source table, so the
 * charts follow when a figure changes. Pure: the Excel adapter only carries this out.
 */
import { rangeA1, toA1, toA1Absolute } from "./a1";
import { isYesNoRow, planValue, verdictLabel } from "./compute";
import type {
  Block,
  CellContent,
  IndicatorRow,
  StyledRange,
  TableCheck,
  TableLayout,
  Verdict,
} from "./model";
import { CHART_SERIES_COLOURS, CHART_VERDICT_COLOURS } from "./palette";

export type ChartKind = "planActualPrior" | "pctPlan" | "verdicts";
export type ChartTypeName = "ColumnClustered" | "BarClustered" | "ColumnStacked";
export type SeriesRole =
  "plan" | "actual" | "prior" | "pctPlan" | "hundred" | Exclude<Verdict, "chua_co_so_lieu">;

export interface ChartSeriesSpec {
  name: string;
  /** A1 range on the chart sheet. */
  values: string;
  role: SeriesRole;
  /** A per-series type in a combo chart (the 100 % line); null = the chart's type. */
  chartType: "Line" | null;
  /** Solid fill, or null for none (the plan drawn as an outline). */
  fill: string | null;
  /** Border or line colour, or null to leave Excel's. */
  line: string | null;
}

export interface ChartSpec {
  /** Stable name, so a re-run finds and replaces our charts. */
  name: string;
  kind: ChartKind;
  title: string;
  type: ChartTypeName;
  /** Category labels: A1 range on the chart sheet. */
  categories: string;
  series: ChartSeriesSpec[];
  valueAxisTitle: string;
  /** en-US number format for the value axis, or null for Excel's. */
  valueAxisFormat: string | null;
  /** Cells the chart covers (setPosition), on the chart sheet. */
  anchor: { start: string; end: string };
}

export interface ChartSheetSpec {
  /** Desired name (< 32 chars); the adapter replaces its own sheet of that source. */
  name: string;
  blocks: Block[];
  styles: StyledRange[];
  /** Width of each column in characters, from column A. */
  columnWidths: number[];
  charts: ChartSpec[];
}

export const CHART_SHEET_PREFIX = "Biểu đồ ";
const MAX_SHEET_NAME = 31;
/** Column where the charts start (the data block takes A–E, F stays empty). */
const CHART_COL = 6;
const CHART_COLS = 12;
/** Rows of 15 pt each: a chart of few bars, and per bar when there are many. */
const MIN_CHART_ROWS = 18;
const ROWS_PER_BAR = 1.6;
/** More indicators than this in one unit: horizontal bars read better than columns. */
const MAX_COLUMNS_CHART = 8;
const NO_UNIT = "(chưa ghi đơn vị)";

export function chartSheetName(sourceSheet: string): string {
  return `${CHART_SHEET_PREFIX}${sourceSheet}`.slice(0, MAX_SHEET_NAME).trimEnd();
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function chartSpecs(
  check: TableCheck,
  layout: TableLayout,
  sourceSheet: string,
  options: { rows?: number[] } = {},
): ChartSheetSpec {
  const src = quoteSheet(sourceSheet);
  const only = options.rows ? new Set(options.rows) : null;
  const keep = (r: IndicatorRow): boolean => only === null || only.has(r.sheetRow);
  const groups = check.read.table.groups
    .map((g) => ({ name: g.name === "" ? "Chỉ tiêu" : g.name, rows: g.rows.filter(keep) }))
    .filter((g) => g.rows.length > 0);
  const rows = groups.flatMap((g) => g.rows).filter((r) => !isYesNoRow(r));

  const ref = (row: number, col: number | undefined): string | null =>
    col === undefined ? null : `${src}!${toA1Absolute(row, col)}`;
  /** The source cell when it holds a number, else what core parsed from it, else #N/A (not plotted). */
  const figure = (row: IndicatorRow, col: number | undefined, parsed: number | null): CellContent => {
    const r = ref(row.sheetRow, col);
    if (r === null) return parsed ?? "=NA()";
    return `=IF(ISNUMBER(${r}),${r},${parsed === null ? "NA()" : String(parsed)})`;
  };
  const label = (row: IndicatorRow): CellContent => {
    const r = ref(row.sheetRow, layout.columns.name);
    return r === null ? row.name : `=${r}&""`;
  };

  const blocks: Block[] = [];
  const styles: StyledRange[] = [];
  const charts: ChartSpec[] = [];
  blocks.push({
    row: 0,
    col: 0,
    contents: [
      [`Số liệu cho biểu đồ, liên kết với trang "${sourceSheet}": sửa số ở đó, biểu đồ tự cập nhật.`],
    ],
  });
  styles.push({ address: "A1", style: "note" });
  let chartRow = 1;
  const place = (rowsTall: number): { start: string; end: string } => {
    const anchor = {
      start: toA1(chartRow, CHART_COL),
      end: toA1(chartRow + rowsTall - 1, CHART_COL + CHART_COLS - 1),
    };
    chartRow += rowsTall + 1;
    return anchor;
  };
  const tall = (bars: number): number => Math.max(MIN_CHART_ROWS, Math.ceil(bars * ROWS_PER_BAR) + 6);

  // (a) plan, actual, prior year: one chart per unit, so each value axis has one unit.
  let top = 2;
  blocks.push({ row: top, col: 0, contents: [["Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"]] });
  styles.push({ address: rangeA1(top, 0, top, 4), style: "header" });
  top++;
  const units = new Map<string, IndicatorRow[]>();
  for (const row of rows) {
    const unit = row.unit.trim() === "" ? NO_UNIT : row.unit.trim();
    units.set(unit, [...(units.get(unit) ?? []), row]);
  }
  let unitIndex = 0;
  for (const [unit, unitRows] of units) {
    const first = top;
    const contents = unitRows.map((row) => [
      label(row),
      unit,
      figure(row, layout.columns.plan, planValue(row)),
      figure(row, layout.columns.actual, row.actual),
      figure(row, layout.columns.prior, row.prior),
    ]);
    blocks.push({
      row: first,
      col: 0,
      contents,
      numberFormats: contents.map(() => [null, null, "#,##0.##", "#,##0.##", "#,##0.##"]),
    });
    top += unitRows.length;
    const last = top - 1;
    const col = (c: number): string => rangeA1(first, c, last, c);
    const bars = unitRows.length > MAX_COLUMNS_CHART;
    unitIndex++;
    charts.push({
      name: `chitieu-kh-th-ck-${unitIndex}`,
      kind: "planActualPrior",
      title: `Kế hoạch, thực hiện và cùng kỳ (${unit})`,
      type: bars ? "BarClustered" : "ColumnClustered",
      categories: col(0),
      series: [
        {
          name: "Kế hoạch",
          values: col(2),
          role: "plan",
          chartType: null,
          fill: null,
          line: CHART_SERIES_COLOURS.plan,
        },
        {
          name: "Thực hiện",
          values: col(3),
          role: "actual",
          chartType: null,
          fill: CHART_SERIES_COLOURS.actual,
          line: null,
        },
        {
          name: "Cùng kỳ",
          values: col(4),
          role: "prior",
          chartType: null,
          fill: CHART_SERIES_COLOURS.prior,
          line: null,
        },
      ],
      valueAxisTitle: unit,
      valueAxisFormat: null,
      anchor: place(bars ? tall(unitRows.length * 3) : MIN_CHART_ROWS),
    });
  }

  // (b) % of plan, horizontal bars, with a 100 % line from a helper column of 1s.
  const pctRows = rows.filter((r) => planValue(r) !== null);
  if (pctRows.length > 0) {
    top++;
    blocks.push({ row: top, col: 0, contents: [["Chỉ tiêu", "% KH", "Mốc 100%"]] });
    styles.push({ address: rangeA1(top, 0, top, 2), style: "header" });
    top++;
    const first = top;
    const contents = pctRows.map((row) => {
      const pct = ref(row.sheetRow, layout.columns.pctPlan);
      const th = ref(row.sheetRow, layout.columns.actual);
      const kh = ref(row.sheetRow, layout.columns.plan);
      let value: CellContent;
      if (pct !== null) value = `=IF(ISNUMBER(${pct}),${pct},NA())`;
      else if (th !== null && kh !== null && typeof row.raw.plan === "number")
        value = `=IF(AND(ISNUMBER(${th}),ISNUMBER(${kh}),${kh}<>0),${th}/${kh},NA())`;
      else {
        const p = planValue(row);
        value = th !== null && p !== null && p !== 0 ? `=IF(ISNUMBER(${th}),${th}/${p},NA())` : "=NA()";
      }
      return [label(row), value, 1];
    });
    blocks.push({ row: first, col: 0, contents, numberFormats: contents.map(() => [null, "0%", "0%"]) });
    top += pctRows.length;
    const last = top - 1;
    const col = (c: number): string => rangeA1(first, c, last, c);
    charts.push({
      name: "chitieu-pct-kh",
      kind: "pctPlan",
      title: "Tỷ lệ thực hiện so với kế hoạch",
      type: "BarClustered",
      categories: col(0),
      series: [
        {
          name: "% KH",
          values: col(1),
          role: "pctPlan",
          chartType: null,
          fill: CHART_SERIES_COLOURS.pctPlan,
          line: null,
        },
        {
          name: "100% kế hoạch",
          values: col(2),
          role: "hundred",
          chartType: "Line",
          fill: null,
          line: CHART_SERIES_COLOURS.hundredLine,
        },
      ],
      valueAxisTitle: "% kế hoạch",
      valueAxisFormat: "0%",
      anchor: place(tall(pctRows.length)),
    });
  }

  // (c) how many indicators got each verdict, per group (stacked columns, verdict colours).
  const verdicts: Exclude<Verdict, "chua_co_so_lieu">[] = ["vuot", "dat", "co_ban_dat", "khong_dat"];
  top++;
  blocks.push({ row: top, col: 0, contents: [["Nhóm", ...verdicts.map((v) => verdictLabel(v, "vi"))]] });
  styles.push({ address: rangeA1(top, 0, top, verdicts.length), style: "header" });
  top++;
  const firstGroup = top;
  const verdictCol = layout.columns.verdict;
  const contents = groups.map((g) => {
    const sheetRows = g.rows.map((r) => r.sheetRow);
    const range =
      verdictCol === undefined
        ? null
        : `${src}!${toA1Absolute(Math.min(...sheetRows), verdictCol)}:${toA1Absolute(Math.max(...sheetRows), verdictCol)}`;
    return [
      g.name,
      ...verdicts.map((v): CellContent => {
        if (range !== null) return `=COUNTIF(${range},"${verdictLabel(v, "vi")}")`;
        return g.rows.filter((r) => check.results.get(r.sheetRow)?.verdict === v).length;
      }),
    ];
  });
  if (contents.length > 0) {
    blocks.push({ row: firstGroup, col: 0, contents });
    top += contents.length;
    const last = top - 1;
    charts.push({
      name: "chitieu-danh-gia",
      kind: "verdicts",
      title: "Số chỉ tiêu theo mức đánh giá, theo nhóm",
      type: "ColumnStacked",
      categories: rangeA1(firstGroup, 0, last, 0),
      series: verdicts.map((v, i) => ({
        name: verdictLabel(v, "vi"),
        values: rangeA1(firstGroup, i + 1, last, i + 1),
        role: v,
        chartType: null,
        fill: CHART_VERDICT_COLOURS[v],
        line: null,
      })),
      valueAxisTitle: "Số chỉ tiêu",
      valueAxisFormat: "0",
      anchor: place(MIN_CHART_ROWS),
    });
  }

  return {
    name: chartSheetName(sourceSheet),
    blocks,
    styles,
    columnWidths: [40, 14, 12, 12, 12, 12],
    charts,
  };
}

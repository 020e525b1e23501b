/**
 * chartSpecs: which charts a table gets, over which ranges, with which titles and colours.
 * The charts live on a sheet of their own ("Biểu đồ <source>", a normal worksheet: Excel has no
 * chart-sheet API) over small data blocks of formulas that point at the source table, so the
 * charts follow when a figure or a name changes. Pure: the Excel adapter only carries this out.
 *
 * Every chart series takes a range (the API accepts nothing else), so the 100 % line is a column
 * of helper cells holding 1, and every chart is one Excel chart type or a documented combo
 * (a "Line" series on "ColumnClustered", ExcelApi 1.7).
 */
import { isPartial } from "./period";
import { rangeA1, toA1, toA1Absolute } from "./a1";
import { isYesNoRow, plainDecimal, planValue, verdictLabel } from "./compute";
import type {
  Block,
  CellContent,
  CellValue,
  IndicatorRow,
  Lang,
  StyledRange,
  TableCheck,
  TableLayout,
  Text,
  Verdict,
} from "./model";
import { CHART_SERIES_COLOURS, CHART_VERDICT_COLOURS } from "./palette";
import { TERM_WORDS, termIndicatorOf, termPath } from "./term";
import { literalCellValue } from "./literal";
import { displayName, partJoin } from "./display-name";
import { figure as readFigure, isLiveFigure, percentAware, type Figure } from "./formulas";

/** The verdict labels of both languages, matched by the chart data (see chartSpecs). */
const LANGS: readonly Lang[] = ["vi", "en"];

export type ChartKind = "planActualPrior" | "pctPlan" | "verdicts" | "termPath";
export type ChartTypeName = "ColumnClustered" | "ColumnStacked" | "LineMarkers";
/** The verdicts counted in x/y: the chart counts these. */
type CountedVerdict = Exclude<Verdict, "chua_co_so_lieu" | "khong_giao_ke_hoach">;
export type SeriesRole =
  "plan" | "actual" | "prior" | "hundred" | "projection" | "termTarget" | CountedVerdict;

/**
 * How the plan series is drawn: "outline" = no fill and a strong border, so the actual column
 * beside it reads as "filled against the target"; "lightFill" = a light fill with the same border.
 */
export type PlanStyle = "outline" | "lightFill";

/**
 * The outline is the design, but OFFICE-NOTES §5 leaves two points unverified in real Excel:
 * that `fill.clear()` gives "No fill" and that `format.line` draws a column's border. If a real
 * Excel shows the plan wrongly, set this to "lightFill": a light fill still shows the plan when
 * the border does not draw, and an automatic fill cannot hide it either. Both are drawn by the
 * workbench and covered by tests.
 */
export const PLAN_STYLE: PlanStyle = "outline";

/** More indicators of one unit than this are split over several charts (3 columns each). */
export const MAX_INDICATORS_PER_CHART = 12;
/** Category labels longer than this are cut with "…" (in the data block, by formula). */
export const LABEL_CHARS = 40;

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
  /** Border or line weight in points, or null to leave Excel's. */
  lineWeight: number | null;
  /** en-US number format of value labels on the bars (ExcelApi 1.8), or null for no labels. */
  labelFormat: string | null;
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
  /** en-US number format for the value axis (ExcelApi 1.8), or null for Excel's. */
  valueAxisFormat: string | null;
  /** Space between categories, % of a column's width (ExcelApi 1.7); null = Excel's 219 %. */
  gapWidth: number | null;
  /** -100..100 (ExcelApi 1.8); 100 puts the two % KH series in one slot per indicator. */
  overlap: number | null;
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

export interface ChartOptions {
  /** Only these indicator rows (0-based sheet rows); all when absent. */
  rows?: number[];
  /** Language of titles, series names and the data block's headers; default vi. */
  lang?: Lang;
  planStyle?: PlanStyle;
  /** Whether the "Cơ bản đạt" band is on (a series of its own in the verdict-coloured charts). */
  basicBand?: boolean;
}

/** Figures of one chart differ by at most this factor: 37.067 and 222 tỷ get charts of their own. */
export const MAX_SCALE_RATIO = 20;
/** Zero shows nothing: a verdict series holds 0 where another verdict's column stands. */
const PCT_LABEL_FORMAT = "0%;-0%;;";

export const CHART_SHEET_PREFIX = "Biểu đồ ";
const MAX_SHEET_NAME = 31;
/** Widths of the data columns: names, then figures; the column after the widest block stays a gap. */
const DATA_WIDTHS = [40, 14, 14, 14, 12];
const FIGURE_WIDTH = 12;
const GAP_WIDTH = 3;
/** Charts flow left to right in rows this many (default-width) columns wide. */
const FLOW_COLS = 28;
/** 15-pt rows: tall enough for a title, the plot, category labels and a legend. */
const CHART_ROWS = 18;
/** Many indicators stand their names upright under the columns, which needs more height. */
const TALL_CHART_ROWS = 30;

const TEXT = {
  note: (sheet: string): Text => ({
    vi: `Số liệu cho biểu đồ, liên kết với trang "${sheet}": sửa số ở đó, biểu đồ tự cập nhật.`,
    en: `Chart data, linked to the sheet "${sheet}": change the figures there and the charts follow.`,
  }),
  noVerdictColumn: {
    vi: "Bảng chưa có cột Đánh giá nên số đếm dưới đây không tự cập nhật: bấm Tính toán rồi tạo lại biểu đồ.",
    en: "The table has no Verdict column, so the counts below do not update: Compute, then create the charts again.",
  },
  indicator: { vi: "Chỉ tiêu", en: "Indicator" },
  unit: { vi: "Đơn vị", en: "Unit" },
  plan: { vi: "Kế hoạch", en: "Plan" },
  actual: { vi: "Thực hiện", en: "Actual" },
  prior: { vi: "Cùng kỳ", en: "Prior year" },
  hundred: { vi: "Mốc 100% kế hoạch", en: "100% of plan" },
  group: { vi: "Nhóm", en: "Group" },
  noUnit: { vi: "(chưa ghi đơn vị)", en: "(no unit)" },
  titlePlan: (unit: string, part: string): Text => ({
    vi: `Kế hoạch, thực hiện và cùng kỳ — ${unit}${part}`,
    en: `Plan, actual and prior year — ${unit}${part}`,
  }),
  titlePct: { vi: "Mức hoàn thành kế hoạch theo chỉ tiêu", en: "Share of plan achieved, per indicator" },
  axisPct: { vi: "% kế hoạch", en: "% of plan" },
  titleVerdicts: { vi: "Số chỉ tiêu theo mức đánh giá, theo nhóm", en: "Indicators by verdict, per group" },
  axisVerdicts: { vi: "Số chỉ tiêu", en: "Indicators" },
  projection: TERM_WORDS.projection,
  target: TERM_WORDS.target,
  titlePath: (name: string, from: number, to: number): Text => ({
    vi: `${name}: lộ trình nhiệm kỳ ${from} – ${to}`,
    en: `${name}: the ${from}–${to} term's path`,
  }),
  cumulative: { vi: " (lũy kế)", en: " (cumulative)" },
} as const;

export function chartSheetName(sourceSheet: string): string {
  return `${CHART_SHEET_PREFIX}${sourceSheet}`.slice(0, MAX_SHEET_NAME).trimEnd();
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A number as an en-US formula literal ("1E-7" is not read by every engine). */
/** A text as an Excel string literal: "Giá trị ""A""". */
function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function lit(n: number): string {
  return n < 0 ? `(-${plainDecimal(-n)})` : plainDecimal(n);
}

/**
 * "#,##0.##" would show 37067 as "37,067." in Excel (a dangling decimal mark), so each figure
 * gets whole-number or two-decimal grouping from what the table holds now.
 */
function figureFormat(value: number | null): string {
  return value === null || Number.isInteger(value) ? "#,##0" : "#,##0.00";
}

/** Splits items into the fewest parts of at most `max`, sizes differing by one at most (9, 8, 8). */
function split<T>(items: T[], max: number): T[][] {
  const parts = Math.max(1, Math.ceil(items.length / max));
  const base = Math.floor(items.length / parts);
  const extra = items.length % parts;
  const out: T[][] = [];
  let at = 0;
  for (let i = 0; i < parts; i++) {
    const size = base + (i < extra ? 1 : 0);
    out.push(items.slice(at, at + size));
    at += size;
  }
  return out.filter((p) => p.length > 0);
}

/** The largest figure of a row (plan, actual, prior), for putting figures of one size together. */
function magnitude(row: IndicatorRow): number {
  return Math.max(0, ...[planValue(row), row.actual, row.prior].map((v) => Math.abs(v ?? 0)));
}

/**
 * Rows of one unit in groups whose largest figures differ by at most MAX_SCALE_RATIO, smallest
 * first, so 222 tỷ is not a sliver beside 37.067 tỷ; the table's order is kept inside a group.
 */
function byScale(rows: IndicatorRow[]): IndicatorRow[][] {
  const sizes = [...new Set(rows.map(magnitude))].sort((a, b) => a - b);
  const floors: number[] = [];
  for (const size of sizes) {
    const floor = floors[floors.length - 1];
    if (floor === undefined || size > Math.max(floor, 1) * MAX_SCALE_RATIO) floors.push(size);
  }
  const groupOf = (row: IndicatorRow): number => {
    const m = magnitude(row);
    let g = 0;
    floors.forEach((f, i) => (m >= f ? (g = i) : undefined));
    return g;
  };
  return floors.map((_, i) => rows.filter((r) => groupOf(r) === i)).filter((g) => g.length > 0);
}

const clamp = (x: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, x));

export function chartSpecs(
  check: TableCheck,
  layout: TableLayout,
  sourceSheet: string,
  options: ChartOptions = {},
): ChartSheetSpec {
  const lang = options.lang ?? "vi";
  const t = (text: Text): string => text[lang];
  const planStyle = options.planStyle ?? PLAN_STYLE;
  const src = quoteSheet(sourceSheet);
  const only = options.rows ? new Set(options.rows) : null;
  const keep = (r: IndicatorRow): boolean => only === null || only.has(r.sheetRow);
  const groups = check.read.table.groups
    .map((g) => ({ name: g.name === "" ? t(TEXT.indicator) : g.name, rows: g.rows.filter(keep) }))
    .filter((g) => g.rows.length > 0);
  // Only rows with an actual are charted: a template with 11 of 45 rows filled gets charts of
  // those 11, not blocks of #N/A (making the charts again picks up rows filled later).
  const rows = groups.flatMap((g) => g.rows).filter((r) => !isYesNoRow(r) && typeof r.actual === "number");
  const band = options.basicBand ?? false;

  const ref = (row: number, col: number | undefined): string | null =>
    col === undefined ? null : `${src}!${toA1Absolute(row, col)}`;
  /**
   * The source cell when it holds a figure as the computed columns read one (isLiveFigure: a date
   * typed there, "9/12" made 46365, is none; percentAware: 0,62 shown as 62% is 62, as core reads
   * it), else what core parsed from its text, else #N/A (not
   * plotted). A number that is no figure (a date, a 30-digit paste) is #N/A, not the figure it replaced.
   * CELL("format") of a cell on the source sheet answers as on its own sheet in LibreOffice (tested);
   * that Excel does the same is from its documentation of CELL's reference, not tried here.
   */
  const figure = (
    row: IndicatorRow,
    col: number | undefined,
    parsed: number | null,
    raw: CellValue | undefined,
  ): CellContent => {
    const r = ref(row.sheetRow, col);
    if (r === null) return parsed ?? "=NA()";
    const live = isLiveFigure(r, row.unit, parsed, raw);
    return `=IF(${live},${percentAware(r)},${parsed === null ? "NA()" : `IF(ISNUMBER(${r}),NA(),${lit(parsed)})`})`;
  };
  /** The indicator's name, cut for the category axis; a formula so a rename flows through. */
  const label = (row: IndicatorRow): CellContent => {
    const r = ref(row.sheetRow, layout.columns.name);
    const name = displayName(row);
    if (r === null)
      return literalCellValue(name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name);
    // A lettered part carries its parent line's name ("Giá trị sản xuất nông nghiệp"), joined as
    // displayName joins it, the part still read live from its cell.
    const parent = row.parent?.trim() ?? "";
    const join = partJoin(parent, row.name);
    if (join === "own") return `=IF(LEN(${r})>${LABEL_CHARS},LEFT(${r},${LABEL_CHARS - 1})&"…",${r}&"")`;
    const text =
      join === "joined"
        ? `${excelString(`${parent} `)}&LOWER(LEFT(${r},1))&MID(${r},2,${LABEL_CHARS * 4})`
        : `${excelString(`${parent} — `)}&${r}`;
    return `=IF(LEN(${text})>${LABEL_CHARS},LEFT(${text},${LABEL_CHARS - 1})&"…",${text})`;
  };

  const blocks: Block[] = [];
  const styles: StyledRange[] = [];
  const charts: { spec: Omit<ChartSpec, "anchor">; cols: number; rows: number }[] = [];
  blocks.push({ row: 0, col: 0, contents: [[literalCellValue(t(TEXT.note(sourceSheet)))]] });
  styles.push({ address: "A1", style: "note" });
  let top = 2;
  const header = (cells: string[]): void => {
    blocks.push({ row: top, col: 0, contents: [cells] });
    styles.push({ address: rangeA1(top, 0, top, cells.length - 1), style: "header" });
    top++;
  };

  // (a) How many indicators got each verdict, per group: counted by COUNTIF over the table's
  // Đánh giá column, so the counts follow the figures (the verdicts are live formulas there).
  // A partial period's rows are judged on progress: its charts count "Đúng / Chậm tiến độ" too.
  // So is a term's row on its path.
  const partial = [...check.results.values()].some(
    (r) => (r.period !== undefined && isPartial(r.period)) || r.term !== undefined,
  );
  const verdicts: CountedVerdict[] = [
    "vuot",
    "dat",
    ...(partial ? (["dung_tien_do"] as const) : []),
    ...(band ? (["co_ban_dat"] as const) : []),
    ...(partial ? (["cham_tien_do"] as const) : []),
    "khong_dat",
  ];
  const verdictCol = layout.columns.verdict;
  const judged = groups.filter((g) => g.rows.some((r) => typeof r.actual === "number"));
  if (judged.length > 0) {
    if (verdictCol === undefined) {
      blocks.push({ row: top, col: 0, contents: [[t(TEXT.noVerdictColumn)]] });
      styles.push({ address: toA1(top, 0), style: "note" });
      top++;
    }
    header([t(TEXT.group), ...verdicts.map((v) => verdictLabel(v, lang))]);
    const first = top;
    const contents = judged.map((g) => {
      const sheetRows = g.rows.map((r) => r.sheetRow);
      const range =
        verdictCol === undefined
          ? null
          : `${src}!${toA1Absolute(Math.min(...sheetRows), verdictCol)}:${toA1Absolute(Math.max(...sheetRows), verdictCol)}`;
      return [
        literalCellValue(g.name),
        ...verdicts.map((v): CellContent => {
          // Either language's label: the table may have been computed before a switch of language.
          if (range !== null)
            return `=${LANGS.map((l) => `COUNTIF(${range},"${verdictLabel(v, l)}")`).join("+")}`;
          return g.rows.filter((r) => check.results.get(r.sheetRow)?.verdict === v).length;
        }),
      ];
    });
    blocks.push({ row: first, col: 0, contents });
    top += contents.length;
    const last = top - 1;
    charts.push({
      cols: clamp(4 + judged.length * 2, 10, 16),
      rows: CHART_ROWS,
      spec: {
        name: "chitieu-danh-gia",
        kind: "verdicts",
        title: t(TEXT.titleVerdicts),
        type: "ColumnStacked",
        categories: rangeA1(first, 0, last, 0),
        series: verdicts.map((v, i) => ({
          name: verdictLabel(v, lang),
          values: rangeA1(first, i + 1, last, i + 1),
          role: v,
          chartType: null,
          fill: CHART_VERDICT_COLOURS[v],
          line: null,
          lineWeight: null,
          labelFormat: "0;-0;;",
        })),
        valueAxisTitle: t(TEXT.axisVerdicts),
        valueAxisFormat: "0",
        gapWidth: 60,
        overlap: null,
      },
    });
    top++;
  }

  // (b) % of plan per indicator, as the table states it (TH / KH, also for lower-is-better
  // rows: 60 % there is 60 % here), one column per indicator coloured by its verdict. Excel
  // colours a series, not a point, so each verdict is a series holding the % where the row has
  // that verdict and 0 elsewhere (hidden by the label format), all in one slot (overlap 100);
  // with the table's Đánh giá column the colour follows the live verdict. The 100 % line is a
  // Line series over helper cells of 1.
  // A term table's rows are charted by their path (d), not against a yearly plan.
  const term = layout.term !== undefined;
  const pctRows = term ? [] : rows.filter((r) => planValue(r) !== null);
  if (pctRows.length > 0) {
    header([t(TEXT.indicator), ...verdicts.map((v) => verdictLabel(v, lang)), t(TEXT.hundred)]);
    const first = top;
    const contents = pctRows.map((row): CellContent[] => {
      const pct = ref(row.sheetRow, layout.columns.pctPlan);
      const th = ref(row.sheetRow, layout.columns.actual);
      const kh = ref(row.sheetRow, layout.columns.plan);
      const p = planValue(row);
      let value: string;
      // N() turns the table's "—" into 0, so the guards never compare text with numbers.
      // A date typed in Thực hiện or Kế hoạch is no figure (isLiveFigure): 0, not 46365 / KH.
      const thLive = th === null ? null : isLiveFigure(th, row.unit, row.actual, row.raw.actual);
      if (pct !== null) value = `N(${pct})`;
      else if (th !== null && kh !== null && typeof row.raw.plan === "number")
        value = `IF(AND(${thLive},${isLiveFigure(kh, row.unit, p, row.raw.plan)},N(${kh})<>0),${percentAware(th)}/${percentAware(kh)},0)`;
      else if (th !== null && p !== null && p !== 0) value = `IF(${thLive},${percentAware(th)}/${lit(p)},0)`;
      else value = "0";
      const verdictRef = ref(row.sheetRow, verdictCol);
      const now = check.results.get(row.sheetRow)?.verdict;
      const cells = verdicts.map((v): CellContent => {
        // Either language's label, as above.
        const is = LANGS.map((l) => `${verdictRef}="${verdictLabel(v, l)}"`).join(",");
        if (verdictRef !== null) return `=IF(OR(${is}),${value},0)`;
        return now === v ? `=${value}` : null;
      });
      return [label(row), ...cells, 1];
    });
    blocks.push({
      row: first,
      col: 0,
      contents,
      numberFormats: contents.map(() => [null, ...verdicts.map(() => PCT_LABEL_FORMAT), "0%"]),
    });
    top += pctRows.length;
    const last = top - 1;
    const col = (c: number): string => rangeA1(first, c, last, c);
    const n = pctRows.length;
    const present = new Set(pctRows.map((r) => check.results.get(r.sheetRow)?.verdict));
    const series: ChartSeriesSpec[] = verdicts.map((v, i) => ({
      name: verdictLabel(v, lang),
      values: col(i + 1),
      role: v,
      chartType: null,
      fill: CHART_VERDICT_COLOURS[v],
      line: null,
      lineWeight: null,
      labelFormat: PCT_LABEL_FORMAT,
    }));
    charts.push({
      // About 35 px per indicator: 45 indicators read without a magnifier.
      cols: clamp(5 + Math.ceil(n * 0.55), 10, 32),
      rows: n > 12 ? TALL_CHART_ROWS : CHART_ROWS,
      spec: {
        name: "chitieu-pct-kh",
        kind: "pctPlan",
        title: t(TEXT.titlePct),
        type: "ColumnClustered",
        categories: col(0),
        series: [
          // Live verdicts may move a row to any series, but a legend of verdicts nobody has yet
          // (without the Đánh giá column, never) says nothing: keep those present now.
          ...series.filter((x) => verdictCol !== undefined || present.has(x.role as Verdict)),
          {
            name: t(TEXT.hundred),
            values: col(verdicts.length + 1),
            role: "hundred",
            chartType: "Line",
            fill: null,
            line: CHART_SERIES_COLOURS.hundredLine,
            lineWeight: 2,
            labelFormat: null,
          },
        ],
        valueAxisTitle: t(TEXT.axisPct),
        valueAxisFormat: "0%",
        gapWidth: 50,
        overlap: 100,
      },
    });
    top++;
  }

  // (c) Plan, actual, prior year: one value axis per unit, so one chart per unit, and at most
  // MAX_INDICATORS_PER_CHART indicators a chart (split evenly beyond).
  if (rows.length > 0 && !term)
    header([t(TEXT.indicator), t(TEXT.unit), t(TEXT.plan), t(TEXT.actual), t(TEXT.prior)]);
  const units = new Map<string, IndicatorRow[]>();
  for (const row of term ? [] : rows) {
    const unit = row.unit.trim() === "" ? t(TEXT.noUnit) : row.unit.trim();
    units.set(unit, [...(units.get(unit) ?? []), row]);
  }
  let chartIndex = 0;
  for (const [unit, unitRows] of units) {
    const parts = byScale(unitRows).flatMap((scaled) => split(scaled, MAX_INDICATORS_PER_CHART));
    parts.forEach((part, partIndex) => {
      const first = top;
      const figures = part.map((row) => [planValue(row), row.actual, row.prior]);
      const contents = part.map((row, i) => [
        label(row),
        literalCellValue(unit),
        figure(row, layout.columns.plan, figures[i]?.[0] ?? null, row.raw.plan),
        figure(row, layout.columns.actual, figures[i]?.[1] ?? null, row.raw.actual),
        figure(row, layout.columns.prior, figures[i]?.[2] ?? null, row.raw.prior),
      ]);
      blocks.push({
        row: first,
        col: 0,
        contents,
        numberFormats: figures.map((f) => [null, null, ...f.map(figureFormat)]),
      });
      top += part.length;
      const last = top - 1;
      const col = (c: number): string => rangeA1(first, c, last, c);
      const biggest = Math.max(0, ...figures.flat().map((v) => Math.abs(v ?? 0)));
      chartIndex++;
      const partLabel = parts.length > 1 ? ` (${partIndex + 1}/${parts.length})` : "";
      const plan: ChartSeriesSpec =
        planStyle === "outline"
          ? {
              name: t(TEXT.plan),
              values: col(2),
              role: "plan",
              chartType: null,
              fill: null,
              line: CHART_SERIES_COLOURS.plan,
              lineWeight: 1.5,
              labelFormat: null,
            }
          : {
              name: t(TEXT.plan),
              values: col(2),
              role: "plan",
              chartType: null,
              fill: CHART_SERIES_COLOURS.planLight,
              line: CHART_SERIES_COLOURS.plan,
              lineWeight: 1.5,
              labelFormat: null,
            };
      charts.push({
        cols: clamp(5 + Math.ceil(part.length * 0.9), 7, 16),
        rows: CHART_ROWS,
        spec: {
          name: `chitieu-kh-th-ck-${chartIndex}`,
          kind: "planActualPrior",
          title: t(TEXT.titlePlan(unit, partLabel)),
          type: "ColumnClustered",
          categories: col(0),
          series: [
            plan,
            {
              name: t(TEXT.actual),
              values: col(3),
              role: "actual",
              chartType: null,
              fill: CHART_SERIES_COLOURS.actual,
              line: null,
              lineWeight: null,
              labelFormat: biggest >= 10 ? "#,##0" : "#,##0.##",
            },
            {
              name: t(TEXT.prior),
              values: col(4),
              role: "prior",
              chartType: null,
              fill: CHART_SERIES_COLOURS.prior,
              line: null,
              lineWeight: null,
              labelFormat: null,
            },
          ],
          valueAxisTitle: unit,
          // Grouped thousands on the axis; small figures (bác sĩ per 10 000) keep Excel's decimals.
          valueAxisFormat: biggest >= 10 ? "#,##0" : null,
          gapWidth: 80,
          overlap: 0,
        },
      });
    });
  }

  // (d) A term table: each indicator's path, years across: the actuals (live from the table, a
  // total's running sum too), the projection to the term's end and the target line. The projection and a growth target's path
  // are figures computed when the charts are made: making the charts again follows new figures.
  if (term) {
    for (const row of rows) {
      const ind = termIndicatorOf(row);
      const cells = row.term?.cells;
      if (ind === null || cells === undefined) continue;
      const path = termPath(ind);
      const total = ind.target.kind === "total";
      const growthRates = ind.rate && ind.target.kind === "growth";
      // The indicator's name heads its block, so each block on the sheet says whose path it is.
      const name = displayName(row);
      header(
        [
          name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name,
          t(TEXT.actual),
          t(TEXT.projection),
          t(TEXT.target),
        ].map(literalCellValue),
      );
      const first = top;
      const sources = [cells.base ?? null, ...cells.years];
      const raws = [row.term?.raw.base, ...(row.term?.raw.years ?? [])];
      // Each year as the term columns read it (formulas.ts figure): a number live, text core read
      // ("57.400", "68,5", "2,4%") as read while the cell still holds it, a number typed over it
      // later live again; a date, an emptied cell or other text typed later is no point (#N/A).
      const yearFigure = (j: number): Figure | null => {
        const cell = sources[j] ?? null;
        if (cell === null) return null;
        const value = j === 0 ? ind.base : (ind.actuals[j - 1] ?? null);
        return readFigure(`${src}!${toA1Absolute(cell.row, cell.col)}`, value, row.unit, raws[j]);
      };
      const yearFigures = path.years.map((_, j) => yearFigure(j));
      const ok = (f: Figure): string => `AND(${f.guards.join(",")})`;
      const contents = path.years.map((year, j): CellContent[] => {
        const parsed = path.actual[j] ?? null;
        const f = yearFigures[j] ?? null;
        let actual: CellContent = parsed ?? "=NA()";
        // The base year of a total (0) and of yearly growth rates (none) is no cell's figure.
        if (f !== null && (j > 0 || !(total || growthRates))) {
          // A total is its running sum, as termPath sums it: the earlier years reported, this one.
          const earlier = total ? yearFigures.slice(1, j).filter((e): e is Figure => e !== null) : [];
          const sum = [...earlier.map((e) => `IF(${ok(e)},${e.ref},0)`), f.ref].join("+");
          actual = `=IF(${ok(f)},${sum},NA())`;
        }
        const projected = path.projected[j] ?? null;
        const target = path.target[j] ?? null;
        return [year, actual, projected ?? "=NA()", target ?? "=NA()"];
      });
      const figures = path.actual.concat(path.projected, path.target);
      blocks.push({
        row: first,
        col: 0,
        contents,
        numberFormats: contents.map(() => [
          null,
          ...[1, 2, 3].map(() => figureFormat(figures.find((f) => f !== null) ?? null)),
        ]),
      });
      top += contents.length;
      const last = top - 1;
      const col = (c: number): string => rangeA1(first, c, last, c);
      const line = (name: string, c: number, role: SeriesRole, colour: string): ChartSeriesSpec => ({
        name,
        values: col(c),
        role,
        chartType: null,
        fill: null,
        line: colour,
        lineWeight: role === "actual" ? 2.25 : 1.5,
        labelFormat: null,
      });
      const unit = row.unit.trim() === "" ? t(TEXT.noUnit) : row.unit.trim();
      charts.push({
        cols: 10,
        rows: CHART_ROWS,
        spec: {
          name: `chitieu-lo-trinh-${row.sheetRow + 1}`,
          kind: "termPath",
          title: t(TEXT.titlePath(row.name.trim(), ind.baseYear, ind.endYear)),
          type: "LineMarkers",
          categories: col(0),
          series: [
            line(t(TEXT.actual), 1, "actual", CHART_SERIES_COLOURS.actual),
            line(t(TEXT.projection), 2, "projection", CHART_SERIES_COLOURS.projection),
            line(t(TEXT.target), 3, "termTarget", CHART_SERIES_COLOURS.termTarget),
          ],
          valueAxisTitle: total ? `${unit}${t(TEXT.cumulative)}` : unit,
          valueAxisFormat: null,
          gapWidth: null,
          overlap: null,
        },
      });
      top++;
    }
  }

  // Charts flow left to right, a new row when the next one does not fit.
  let row = 1;
  let colAt = 0;
  let rowHeight = 0;
  // The charts start after the widest data block and a gap: a partial period with the Cơ bản đạt
  // band counts six verdicts and a 100 % column, which a fixed start would hide under the charts.
  const dataCols = Math.max(
    DATA_WIDTHS.length,
    ...blocks.map((b) => b.col + Math.max(0, ...b.contents.map((r) => r.length))),
  );
  const chartCol = dataCols + 1;
  const placed: ChartSpec[] = charts.map(({ spec, cols, rows: tall }) => {
    if (colAt > 0 && colAt + cols > FLOW_COLS) {
      row += rowHeight + 1;
      colAt = 0;
      rowHeight = 0;
    }
    const anchor = {
      start: toA1(row, chartCol + colAt),
      end: toA1(row + tall - 1, chartCol + colAt + cols - 1),
    };
    colAt += cols + 1;
    rowHeight = Math.max(rowHeight, tall);
    return { ...spec, anchor };
  });

  return {
    name: chartSheetName(sourceSheet),
    blocks,
    styles,
    columnWidths: [...Array.from({ length: dataCols }, (_, i) => DATA_WIDTHS[i] ?? FIGURE_WIDTH), GAP_WIDTH],
    charts: placed,
  };
}

/**
 * What the chart view draws: a chart already resolved against the cells (values read from the
 * bound ranges). Built from the emulator's chart state by `toChartView`, drawn by ChartSvg.
 */
export type SeriesKind = "column" | "bar" | "line";

export interface SeriesView {
  name: string;
  kind: SeriesKind;
  values: (number | null)[];
  /** Fill colour; null draws the series as an outline only (Excel "No fill"). */
  fill: string | null;
  /** Border / line colour. */
  line: string;
  /**
   * A column's border colour when one was set (`format.line.color`), else null: Excel draws filled
   * columns without a border by default, and an outline (no fill) always with one.
   */
  border: string | null;
  lineWeight: number;
  /** Line series: whether points carry markers (Excel's "Line" type has none). */
  markers: boolean;
  /** Number format of value labels on the columns, or null when the series shows none. */
  labels: string | null;
}

export interface ChartView {
  id: string;
  title: string;
  /** The chart's main orientation: bars lie horizontally with categories down the side. */
  orientation: "vertical" | "horizontal";
  /** Stacked columns or bars (ColumnStacked, BarStacked): series pile up in one slot. */
  stacked: boolean;
  categories: string[];
  series: SeriesView[];
  /** Space between categories and overlap of columns, in % of a column (Excel's gapWidth, overlap). */
  gapWidth: number;
  overlap: number;
  /** The value axis title, or "" when hidden. */
  valueAxisTitle: string;
  /** Number format of the value axis ticks ("0%", "#,##0"); "General" when unset. */
  valueFormat: string;
  valueMin: number | null;
  valueMax: number | null;
  legend: "bottom" | "right" | "top" | "none";
  /** Position in pixels inside the sheet's grid area. */
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Excel's default Office theme series colours, in order. */
export const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

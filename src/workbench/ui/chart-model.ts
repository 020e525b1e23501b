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
  lineWeight: number;
}

export interface ChartView {
  id: string;
  title: string;
  /** The chart's main orientation: bars lie horizontally with categories down the side. */
  orientation: "vertical" | "horizontal";
  categories: string[];
  series: SeriesView[];
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

/** Resolves a stored chart against the cells: what ChartSvg draws, recomputed on every change. */
import type { ChartState, ChartType, ComputedValue, Locale, WorkbookState } from "../state";
import { formatValue } from "../numfmt";
import { PALETTE, type ChartView, type SeriesKind } from "./chart-model";
import { px } from "./units";

function kindOf(type: ChartType): SeriesKind {
  if (type.startsWith("Line")) return "line";
  if (type.startsWith("Bar")) return "bar";
  return "column";
}

const asNumber = (v: ComputedValue): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : null;

function label(v: ComputedValue, locale: Locale): string {
  return typeof v === "number" ? formatValue(v, "General", locale) : v === null ? "" : String(v);
}

const LEGEND: Partial<Record<string, ChartView["legend"]>> = {
  Bottom: "bottom",
  Top: "top",
  Right: "right",
  Left: "right",
};

export function toChartView(state: WorkbookState, chart: ChartState): ChartView {
  const visible = chart.series.filter((s) => s.valuesRef !== null);
  const xRef = visible.find((s) => s.xValuesRef !== null)?.xValuesRef ?? null;
  const series = visible.map((s, i) => {
    const kind = kindOf(s.chartType ?? chart.type);
    return {
      name: s.name,
      kind,
      values: state.resolveRef(s.valuesRef ?? "").map(asNumber),
      fill: s.fillColor,
      line: s.lineColor ?? s.fillColor ?? PALETTE[i % PALETTE.length] ?? "#4472C4",
      border: kind === "line" ? null : s.lineColor,
      lineWeight: s.lineWeight * (4 / 3),
      // "LineMarkers" draws automatic markers; any type draws an explicitly chosen marker style.
      markers:
        s.markerStyle !== "None" &&
        (s.markerStyle !== "Automatic" || (s.chartType ?? chart.type) === "LineMarkers"),
      labels: s.hasDataLabels && s.dataLabelsShowValue ? s.dataLabelsNumberFormat || "General" : null,
    };
  });
  // Excel keeps gap and overlap per chart group: the first column series speaks for the chart.
  const firstColumns = visible.find((s) => kindOf(s.chartType ?? chart.type) !== "line");
  const longest = Math.max(0, ...series.map((s) => s.values.length));
  const categories = xRef
    ? state.resolveRef(xRef).map((v) => label(v, state.locale))
    : Array.from({ length: longest }, (_, i) => String(i + 1));
  return {
    id: chart.id,
    title: chart.title.visible ? chart.title.text : "",
    orientation: kindOf(chart.type) === "bar" ? "horizontal" : "vertical",
    stacked: /^(Column|Bar)Stacked/.test(chart.type),
    categories,
    series,
    gapWidth: firstColumns?.gapWidth ?? 219,
    overlap: firstColumns?.overlap ?? -27,
    valueAxisTitle: chart.valueAxis.title.visible ? chart.valueAxis.title.text : "",
    valueFormat: chart.valueAxis.numberFormat || "General",
    valueMin: chart.valueAxis.min,
    valueMax: chart.valueAxis.max,
    legend: !chart.legend.visible ? "none" : (LEGEND[chart.legend.position] ?? "right"),
    left: px(chart.position.left),
    top: px(chart.position.top),
    width: Math.max(120, px(chart.position.width)),
    height: Math.max(90, px(chart.position.height)),
  };
}

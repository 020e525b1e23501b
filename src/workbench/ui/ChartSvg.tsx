/** Draws one chart as SVG, like Excel's clustered column / bar chart with an optional line series. */
import * as React from "react";
import type { ChartView, SeriesView } from "./chart-model";
import { niceTicks, textWidth, truncate, wrapLabel, type Ticks } from "./chart-geometry";

export interface ChartSvgProps {
  chart: ChartView;
  format: (value: number, numberFormat: string) => string;
}

const FONT = "'Segoe UI', 'Segoe UI Web', Tahoma, Arial, sans-serif";
const AXIS_TEXT = "#595959";
const GRID = "#D9D9D9";
const LINE_H = 13;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function ChartSvg({ chart, format }: ChartSvgProps): React.ReactElement {
  const { width, height } = chart;
  const columns = chart.series.filter((s) => s.kind !== "line");
  const stacks = segments(chart, columns);
  const numbers = [
    ...stacks.flatMap((g) => [g.from, g.to]),
    ...chart.series
      .filter((s) => s.kind === "line")
      .flatMap((s) => s.values.filter((v): v is number => v !== null)),
  ];
  // A format with no decimal places and no percent shows whole numbers only.
  const wholeOnly = /^[#,0]+$/.test(chart.valueFormat.trim());
  const ticks = niceTicks(
    Math.min(0, ...numbers),
    Math.max(0, ...numbers),
    chart.valueMin,
    chart.valueMax,
    6,
    wholeOnly,
  );
  const tickLabels = ticks.values.map((v) => format(v, chart.valueFormat));
  const titleH = chart.title ? 30 : 8;
  const side = chart.legend === "right" && chart.series.length > 0;
  const legendW = side
    ? Math.min(width * 0.3, Math.max(...chart.series.map((x) => textWidth(truncate(x.name, 40), 11))) + 36)
    : 0;
  const legendRows =
    chart.legend === "none" || side || chart.series.length === 0 ? 0 : legendLayout(chart.series, width).rows;
  const legendH = legendRows * 18 + (legendRows ? 6 : 0);
  const top = chart.legend === "top" ? legendH : 0;
  const area: Box = { x: 8, y: titleH + top, w: width - 16 - legendW, h: height - titleH - legendH - 6 };
  const plot = { chart, format, area, ticks, tickLabels, stacks };
  const body = chart.orientation === "horizontal" ? barPlot(plot) : columnPlot(plot);
  return (
    <svg
      role="img"
      aria-label={chart.title || "Biểu đồ"}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ fontFamily: FONT, background: "#fff", display: "block" }}
    >
      <rect x={0.5} y={0.5} width={width - 1} height={height - 1} fill="#fff" stroke="#BFBFBF" />
      {chart.title && (
        <text x={width / 2} y={20} textAnchor="middle" fontSize={14} fill="#404040">
          {truncate(chart.title, Math.floor(width / 7.5))}
        </text>
      )}
      {body}
      {legendRows > 0 && (
        <Legend
          series={chart.series}
          width={width}
          top={chart.legend === "top" ? titleH - 4 : height - legendH - 2}
        />
      )}
      {side && <SideLegend series={chart.series} left={width - legendW} height={height} />}
    </svg>
  );
}

interface PlotInput {
  chart: ChartView;
  format: (value: number, numberFormat: string) => string;
  area: Box;
  ticks: Ticks;
  tickLabels: string[];
  stacks: Segment[];
}

/** One drawn column or bar: series si at category ci, from one value to another. */
interface Segment {
  si: number;
  ci: number;
  /** Position in the category's cluster (0 for every series of a stacked chart). */
  slot: number;
  from: number;
  to: number;
}

/** Clustered: each series from zero in its own slot. Stacked: positives and negatives pile up apart. */
function segments(chart: ChartView, columns: SeriesView[]): Segment[] {
  const out: Segment[] = [];
  const up = new Map<number, number>();
  const down = new Map<number, number>();
  columns.forEach((s, si) =>
    s.values.forEach((v, ci) => {
      if (v === null) return;
      if (!chart.stacked) {
        out.push({ si, ci, slot: si, from: 0, to: v });
        return;
      }
      const pile = v >= 0 ? up : down;
      const base = pile.get(ci) ?? 0;
      pile.set(ci, base + v);
      out.push({ si, ci, slot: 0, from: base, to: base + v });
    }),
  );
  return out;
}

/**
 * Excel's cluster geometry: k columns of width w, each shifted by w × (1 − overlap/100), and a gap
 * of w × gapWidth/100 shared by the two sides of the category.
 */
function cluster(chart: ChartView, count: number, band: number): { w: number; at: (slot: number) => number } {
  const k = chart.stacked ? 1 : Math.max(1, count);
  const overlap = Math.max(-100, Math.min(100, chart.overlap));
  const w = band / (k - ((k - 1) * overlap) / 100 + Math.max(0, chart.gapWidth) / 100);
  return { w, at: (slot) => (w * chart.gapWidth) / 200 + slot * w * (1 - overlap / 100) };
}

/** Fill and border of a column: an outline (no fill) always has a border; a filled one only when set. */
function look(s: SeriesView): { fill: string; stroke: string; strokeWidth: number } {
  const stroke = s.border ?? (s.fill ? null : s.line);
  return {
    fill: s.fill ?? "none",
    stroke: stroke ?? "none",
    strokeWidth: stroke ? Math.max(1, s.lineWeight) : 0,
  };
}

/** Columns (and line series) over categories along the bottom. */
function columnPlot({ chart, format, area, ticks, tickLabels, stacks }: PlotInput): React.ReactElement {
  const n = Math.max(1, chart.categories.length);
  const axisTitleW = chart.valueAxisTitle ? 16 : 0;
  const tickW = Math.max(...tickLabels.map((t) => textWidth(t, 10))) + 8;
  const band0 = (area.w - axisTitleW - tickW - 4) / n;
  // Wide bands wrap their label under the column; narrower ones turn it 45°; very narrow ones
  // (45 indicators in one chart) stand it upright so every label keeps its own column.
  const angle = band0 >= 56 ? 0 : band0 >= 24 ? 45 : 90;
  const maxChars = angle === 0 ? Math.max(4, Math.floor(band0 / 6)) : 40;
  const labels = chart.categories.map((c) => (angle ? [truncate(c, maxChars)] : wrapLabel(c, maxChars, 3)));
  const longest = Math.max(0, ...labels.map((l) => textWidth(l[0] ?? "", 10)));
  const labelH = angle
    ? Math.min(area.h * 0.45, longest * (angle === 45 ? 0.72 : 1) + 12)
    : Math.max(1, ...labels.map((l) => l.length)) * LINE_H + 6;
  // A 45° label runs left of its column: leave room for the first one.
  const axisW =
    (angle === 45 ? Math.max(tickW, Math.min(area.w * 0.25, labelH - band0 / 2)) : tickW) + axisTitleW;
  const plotW = area.w - axisW - 4;
  const band = plotW / n;
  const rotate = angle !== 0;
  const plot: Box = { x: area.x + axisW, y: area.y + 4, w: plotW, h: area.h - labelH - 4 };
  const y = (v: number) =>
    plot.y + plot.h - ((clampTo(ticks, v) - ticks.min) / (ticks.max - ticks.min)) * plot.h;
  const columns = chart.series.filter((s) => s.kind !== "line");
  const lines = chart.series.filter((s) => s.kind === "line");
  const { w: barW, at } = cluster(chart, columns.length, band);
  const zero = y(0);
  const maxRotChars = Math.floor((labelH - 12) / (angle === 45 ? 0.72 : 1) / 5.5);
  return (
    <g fontSize={10} fill={AXIS_TEXT}>
      {ticks.values.map((v, i) => (
        <g key={`t${i}`}>
          <line x1={plot.x} x2={plot.x + plot.w} y1={y(v)} y2={y(v)} stroke={GRID} />
          <text x={plot.x - 5} y={y(v) + 3.5} textAnchor="end">
            {tickLabels[i]}
          </text>
        </g>
      ))}
      {chart.valueAxisTitle && (
        // Beside the tick labels, not at the chart's edge (45° labels widen the left margin).
        <text
          x={plot.x - tickW - 6}
          y={plot.y + plot.h / 2}
          textAnchor="middle"
          fontSize={11}
          transform={`rotate(-90 ${plot.x - tickW - 6} ${plot.y + plot.h / 2})`}
        >
          {truncate(chart.valueAxisTitle, Math.floor(plot.h / 6))}
        </text>
      )}
      {stacks.map(({ si, ci, slot, from, to }) => {
        const s = columns[si];
        if (!s) return null;
        const l = look(s);
        const inset = l.strokeWidth / 2;
        return (
          <rect
            key={`c${si}-${ci}`}
            x={plot.x + ci * band + at(slot) + inset}
            y={Math.min(y(to), y(from)) + inset}
            width={Math.max(1, barW - l.strokeWidth)}
            height={Math.max(0.5, Math.abs(y(from) - y(to)) - l.strokeWidth)}
            fill={l.fill}
            stroke={l.stroke}
            strokeWidth={l.strokeWidth}
          >
            <title>{`${s.name} · ${chart.categories[ci] ?? ""}: ${to - from}`}</title>
          </rect>
        );
      })}
      {stacks.map(({ si, ci, slot, from, to }) => {
        // Value labels: above a clustered column, inside a stacked segment, as Excel places them.
        const s = columns[si];
        const text = s?.labels ? format(to - from, s.labels) : "";
        if (!text) return null;
        const cx = plot.x + ci * band + at(slot) + barW / 2;
        const cy = chart.stacked ? (y(to) + y(from)) / 2 + 3.5 : Math.min(y(to), y(from)) - 3;
        return (
          <text key={`v${si}-${ci}`} x={cx} y={cy} textAnchor="middle" fontSize={9} fill="#404040">
            {text}
          </text>
        );
      })}
      {lines.map((s, si) => (
        <LineSeries key={`l${si}`} series={s} x={(ci) => plot.x + (ci + 0.5) * band} y={y} />
      ))}
      <line x1={plot.x} x2={plot.x + plot.w} y1={zero} y2={zero} stroke="#BFBFBF" />
      {labels.map((lines, ci) => {
        const cx = plot.x + (ci + 0.5) * band;
        const top = plot.y + plot.h + 12;
        // The full name on hover; a sibling of the label so the label's own text stays clean.
        return (
          <g key={`k${ci}`}>
            <title>{chart.categories[ci]}</title>
            {rotate ? (
              <text
                x={cx + (angle === 90 ? 3 : 0)}
                y={top - 6}
                textAnchor="end"
                transform={`rotate(${-angle} ${cx} ${top - 6})`}
              >
                {truncate(lines[0] ?? "", maxRotChars)}
              </text>
            ) : (
              <text x={cx} y={top} textAnchor="middle">
                {lines.map((line, li) => (
                  <tspan key={li} x={cx} dy={li === 0 ? 0 : LINE_H}>
                    {line}
                  </tspan>
                ))}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** A value inside the axis range: Excel clips what lies beyond a fixed minimum or maximum. */
function clampTo(ticks: Ticks, v: number): number {
  return Math.max(ticks.min, Math.min(ticks.max, v));
}

/** Horizontal bars, categories down the left side; the first category at the bottom, as in Excel. */
function barPlot({ chart, area, ticks, tickLabels, stacks }: PlotInput): React.ReactElement {
  const n = Math.max(1, chart.categories.length);
  const labelW = Math.min(area.w * 0.38, Math.max(40, ...chart.categories.map((c) => textWidth(c, 10))) + 8);
  const axisH = 18 + (chart.valueAxisTitle ? 15 : 0);
  const plot: Box = { x: area.x + labelW, y: area.y + 4, w: area.w - labelW - 12, h: area.h - axisH - 4 };
  const band = plot.h / n;
  const maxLines = Math.max(1, Math.min(3, Math.floor(band / 11)));
  const chars = Math.max(6, Math.floor((labelW - 8) / 5.5));
  const x = (v: number) => plot.x + ((clampTo(ticks, v) - ticks.min) / (ticks.max - ticks.min)) * plot.w;
  const bandTop = (ci: number) => plot.y + plot.h - (ci + 1) * band;
  const bars = chart.series.filter((s) => s.kind !== "line");
  const { w: barH, at } = cluster(chart, bars.length, band);
  const zero = x(0);
  const fontSize = band < 11 ? 8 : 10;
  return (
    <g fontSize={10} fill={AXIS_TEXT}>
      {ticks.values.map((v, i) => (
        <g key={`t${i}`}>
          <line x1={x(v)} x2={x(v)} y1={plot.y} y2={plot.y + plot.h} stroke={GRID} />
          <text x={x(v)} y={plot.y + plot.h + 13} textAnchor="middle">
            {tickLabels[i]}
          </text>
        </g>
      ))}
      {chart.valueAxisTitle && (
        <text x={plot.x + plot.w / 2} y={plot.y + plot.h + 29} textAnchor="middle" fontSize={11}>
          {truncate(chart.valueAxisTitle, Math.floor(plot.w / 6))}
        </text>
      )}
      {stacks.map(({ si, ci, slot, from, to }) => {
        const s = bars[si];
        if (!s) return null;
        const l = look(s);
        const inset = l.strokeWidth / 2;
        return (
          <rect
            key={`b${si}-${ci}`}
            x={Math.min(x(from), x(to)) + inset}
            // Measured from the band's bottom: Excel puts a cluster's first series lowest, like the categories.
            y={bandTop(ci) + band - at(slot) - barH + inset}
            width={Math.max(0.5, Math.abs(x(to) - x(from)) - l.strokeWidth)}
            height={Math.max(1, barH - l.strokeWidth)}
            fill={l.fill}
            stroke={l.stroke}
            strokeWidth={l.strokeWidth}
          >
            <title>{`${s.name} · ${chart.categories[ci] ?? ""}: ${to - from}`}</title>
          </rect>
        );
      })}
      <line x1={zero} x2={zero} y1={plot.y} y2={plot.y + plot.h} stroke="#BFBFBF" />
      {chart.categories.map((c, ci) => {
        const lines = wrapLabel(c, chars, maxLines);
        const cy = bandTop(ci) + band / 2 - ((lines.length - 1) * (fontSize + 1)) / 2 + fontSize / 3;
        return (
          <g key={`k${ci}`}>
            <title>{c}</title>
            <text x={plot.x - 5} y={cy} textAnchor="end" fontSize={fontSize}>
              {lines.map((line, li) => (
                <tspan key={li} x={plot.x - 5} dy={li === 0 ? 0 : fontSize + 1}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function LineSeries(props: { series: SeriesView; x: (ci: number) => number; y: (v: number) => number }) {
  const { series, x, y } = props;
  // Gaps (empty cells) break the line, as Excel does by default.
  const runs: string[] = [];
  let run: string[] = [];
  series.values.forEach((v, ci) => {
    if (v === null) {
      if (run.length) runs.push(run.join(" "));
      run = [];
    } else run.push(`${x(ci).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (run.length) runs.push(run.join(" "));
  return (
    <g>
      {runs.map((points, i) => (
        <polyline
          key={i}
          points={points}
          fill="none"
          stroke={series.line}
          strokeWidth={Math.max(1.5, series.lineWeight)}
        />
      ))}
      {series.markers &&
        series.values.map((v, ci) =>
          v === null ? null : <circle key={ci} cx={x(ci)} cy={y(v)} r={2.5} fill={series.line} />,
        )}
    </g>
  );
}

function legendLayout(
  series: SeriesView[],
  width: number,
): { rows: number; items: { x: number; row: number }[] } {
  const items: { x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const s of series) {
    const w = 22 + textWidth(truncate(s.name, 40), 11) + 14;
    if (x > 0 && x + w > width - 20) {
      row += 1;
      x = 0;
    }
    items.push({ x, row });
    x += w;
  }
  return { rows: row + 1, items };
}

function Legend(props: { series: SeriesView[]; width: number; top: number }) {
  const { series, width, top } = props;
  const { items } = legendLayout(series, width);
  const rowWidths = new Map<number, number>();
  series.forEach((s, i) => {
    const item = items[i];
    if (item) rowWidths.set(item.row, item.x + 22 + textWidth(truncate(s.name, 40), 11));
  });
  return (
    <g fontSize={11} fill={AXIS_TEXT} aria-label="Chú giải">
      {series.map((s, i) => {
        const item = items[i];
        if (!item) return null;
        const x0 = (width - (rowWidths.get(item.row) ?? 0)) / 2 + item.x;
        const y0 = top + item.row * 18 + 9;
        return (
          <g key={i}>
            <LegendKey series={s} x={x0} y={y0} />
            <text x={x0 + 22} y={y0 + 4}>
              {truncate(s.name, 40)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Excel's default legend place: a column on the right, vertically centred. */
function SideLegend(props: { series: SeriesView[]; left: number; height: number }) {
  const { series, left, height } = props;
  const top = height / 2 - (series.length * 18) / 2;
  return (
    <g fontSize={11} fill={AXIS_TEXT} aria-label="Chú giải">
      {series.map((s, i) => (
        <g key={i}>
          <LegendKey series={s} x={left} y={top + i * 18 + 9} />
          <text x={left + 22} y={top + i * 18 + 13}>
            {truncate(s.name, 40)}
          </text>
        </g>
      ))}
    </g>
  );
}

function LegendKey(props: { series: SeriesView; x: number; y: number }) {
  const { series: s, x, y } = props;
  return s.kind === "line" ? (
    <line x1={x} x2={x + 16} y1={y} y2={y} stroke={s.line} strokeWidth={2} />
  ) : (
    <rect x={x + 3} y={y - 5} width={10} height={10} fill={look(s).fill} stroke={look(s).stroke} />
  );
}

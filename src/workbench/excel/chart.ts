/**
 * Charts (OFFICE-NOTES §5). Series are bound to cell ranges by reference
 * ("Sheet1!$G$7:$G$20"), so what the grid draws follows cell edits. `charts.add` with seriesBy
 * "Auto" means "Columns", as on the web.
 */
import {
  SERIES_PALETTE,
  type AxisGroup,
  type ChartSeriesState,
  type ChartState,
  type ChartType,
  type LegendPosition,
} from "../state";
import { assertHasGaps, isBlankSource } from "../host-rules";
import { parseAddress, qualifiedA1Absolute, rectA1, type Rect } from "./address";
import { HostCollection, HostObject, HostResult, type HostCore } from "./client";
import { MESSAGES, RichApiError } from "./errors";
import type { Range } from "./range";
import { normalizeColour } from "./values";
import type { Worksheet } from "./worksheet";

const CHART_TYPES: readonly ChartType[] = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "LineStacked",
  "Pie",
  "Doughnut",
  "Area",
  "XYScatter",
];

const LEGEND_POSITIONS: readonly LegendPosition[] = [
  "Top",
  "Bottom",
  "Left",
  "Right",
  "Corner",
  "Custom",
  "Invalid",
];

function chartType(value: unknown, location: string): ChartType {
  const found = CHART_TYPES.find((t) => t === value);
  if (!found) throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, location);
  return found;
}

function isLine(type: ChartType): boolean {
  return type === "Line" || type === "LineMarkers" || type === "LineStacked" || type === "XYScatter";
}

function inRange(value: number, lo: number, hi: number, location: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < lo || value > hi) {
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, location);
  }
  return value;
}

/** A new series as Excel makes it: palette colour, no labels, default spacing. */
export function newSeries(name: string, index: number, type: ChartType): ChartSeriesState {
  const colour = SERIES_PALETTE[index % SERIES_PALETTE.length] ?? "#4472C4";
  return {
    name,
    valuesRef: null,
    xValuesRef: null,
    chartType: null,
    fillColor: colour,
    lineColor: isLine(type) ? colour : null,
    lineWeight: isLine(type) ? 2.25 : 0.75,
    lineStyle: "Continuous",
    axisGroup: "Primary",
    hasDataLabels: false,
    dataLabelsShowValue: false,
    dataLabelsNumberFormat: "General",
    gapWidth: 219,
    overlap: -27,
    markerStyle: type === "LineMarkers" ? "Automatic" : "None",
  };
}

/** Points of the top-left corner of a cell, from column widths and row heights. */
function cellOrigin(
  core: HostCore,
  sheetId: string,
  row: number,
  col: number,
): { top: number; left: number } {
  let top = 0;
  let left = 0;
  for (let r = 0; r < row; r++) top += core.state.rowHeight(sheetId, r);
  for (let c = 0; c < col; c++) left += core.state.columnWidth(sheetId, c);
  return { top, left };
}

export class ChartCollection extends HostCollection<Chart> {
  constructor(
    core: HostCore,
    private readonly sheet: Worksheet,
  ) {
    super(core, sheet, "ChartCollection");
  }

  get count(): number {
    return this._get("count");
  }

  /**
   * Adds a chart over a block. A first row of text gives the series names and a first column of
   * text the categories, as Excel reads a block with a header row and a label column.
   */
  add(type: ChartType | string, sourceData: Range, seriesBy?: "Auto" | "Columns" | "Rows"): Chart {
    const chart = new Chart(this._core, this.sheet, this, () => null);
    this._call("add", [type, "range", seriesBy], () => {
      const t = chartType(type, "ChartCollection.add");
      const sheetState = this.sheet._sheetState();
      const n = sheetState.charts.length + 1;
      const blank = isBlankSource(this._core.state, sourceData._sheetId(), sourceData._requireRect());
      const series = blank ? [] : this.seriesFor(sourceData, seriesBy === "Rows" ? "Rows" : "Columns", t);
      const single = series.length === 1 ? series[0] : undefined;
      const created = this._core.state.addChart(sheetState.id, {
        name: `Chart ${n}`,
        type: t,
        title: single ? { text: single.name, visible: true } : { text: "", visible: false },
        position: { top: 15 + (n - 1) * 20, left: 240 + (n - 1) * 20, width: 360, height: 216 },
        anchor: null,
        legend: { position: "Right", visible: series.length > 1 },
        valueAxis: { title: { text: "", visible: false }, numberFormat: "General", min: null, max: null },
        categoryAxis: { title: { text: "", visible: false } },
        series,
      });
      chart._bind(created.id);
    });
    return chart;
  }

  private seriesFor(source: Range, by: "Columns" | "Rows", type: ChartType): ChartSeriesState[] {
    const rect = source._requireRect();
    const sourceSheet = source._sheet._sheetState();
    const state = this._core.state;
    const isText = (row: number, col: number): boolean =>
      typeof (state.value(sourceSheet.id, row, col) ?? "") !== "number";
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    let headerRow = rows > 1;
    for (let c = rect.left + 1; c <= rect.right && headerRow; c++) headerRow = isText(rect.top, c);
    let labelCol = cols > 1;
    for (let r = rect.top + 1; r <= rect.bottom && labelCol; r++) labelCol = isText(r, rect.left);
    if (cols === 1) headerRow = headerRow && isText(rect.top, rect.left);
    if (rows === 1) labelCol = labelCol && isText(rect.top, rect.left);
    const body: Rect = {
      top: rect.top + (headerRow ? 1 : 0),
      left: rect.left + (labelCol ? 1 : 0),
      bottom: rect.bottom,
      right: rect.right,
    };
    const ref = (r: Rect): string => qualifiedA1Absolute(sourceSheet.name, r);
    const text = (row: number, col: number): string => String(state.value(sourceSheet.id, row, col) ?? "");
    const out: ChartSeriesState[] = [];
    if (by === "Columns") {
      for (let c = body.left; c <= body.right; c++) {
        const s = newSeries(headerRow ? text(rect.top, c) : `Series${out.length + 1}`, out.length, type);
        s.valuesRef = ref({ top: body.top, bottom: body.bottom, left: c, right: c });
        s.xValuesRef = labelCol
          ? ref({ top: body.top, bottom: body.bottom, left: rect.left, right: rect.left })
          : null;
        out.push(s);
      }
    } else {
      for (let r = body.top; r <= body.bottom; r++) {
        const s = newSeries(labelCol ? text(r, rect.left) : `Series${out.length + 1}`, out.length, type);
        s.valuesRef = ref({ top: r, bottom: r, left: body.left, right: body.right });
        s.xValuesRef = headerRow
          ? ref({ top: rect.top, bottom: rect.top, left: body.left, right: body.right })
          : null;
        out.push(s);
      }
    }
    return out;
  }

  /** The first chart with that name (as Excel). */
  getItem(name: string): Chart {
    return new Chart(this._core, this.sheet, this, () => {
      const c = this.sheet._sheetState().charts.find((ch) => ch.name === name);
      if (!c) throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "ChartCollection.getItem");
      return c.id;
    });
  }

  getItemOrNullObject(name: string): Chart {
    return new Chart(
      this._core,
      this.sheet,
      this,
      () => this.sheet._sheetState().charts.find((ch) => ch.name === name)?.id ?? null,
      true,
    );
  }

  getItemAt(index: number): Chart {
    return new Chart(this._core, this.sheet, this, () => {
      const c = this.sheet._sheetState().charts[index];
      if (!c) throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "ChartCollection.getItemAt");
      return c.id;
    });
  }

  getCount(): HostResult<number> {
    return this._result("getCount", () => this.sheet._sheetState().charts.length);
  }

  protected override _scalars(): readonly string[] {
    return ["count"];
  }

  protected override _read(name: string): unknown {
    if (name === "count") return this.sheet._sheetState().charts.length;
    return super._read(name);
  }

  protected _enumerate(): Chart[] {
    return this.sheet._sheetState().charts.map((c) => new Chart(this._core, this.sheet, this, () => c.id));
  }
}

export class Chart extends HostObject {
  private boundId: string | null | undefined;
  readonly title: ChartTitle;
  readonly legend: ChartLegend;
  readonly axes: ChartAxes;
  readonly series: ChartSeriesCollection;

  constructor(
    core: HostCore,
    readonly _sheet: Worksheet,
    parent: HostObject,
    private readonly resolveId: () => string | null,
    nullable = false,
  ) {
    super(core, null, "Chart");
    if (nullable) this._checkNull(() => this.currentId() !== null);
    this.title = new ChartTitle(core, this);
    this.legend = new ChartLegend(core, this);
    this.axes = new ChartAxes(core, this);
    this.series = new ChartSeriesCollection(core, this);
  }

  _bind(id: string): void {
    this.boundId = id;
  }

  private currentId(): string | null {
    if (this.boundId === undefined) this.boundId = this.resolveId();
    return this.boundId;
  }

  /** The live chart record; ItemNotFound when it is gone. */
  _state(): ChartState {
    const id = this.currentId();
    const chart = id === null ? undefined : this._core.state.chart(this._sheet._sheetState().id, id);
    if (!chart) throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "Chart");
    return chart;
  }

  _update(mutate: (chart: ChartState) => void): void {
    const chart = this._state();
    this._core.state.updateChart(this._sheet._sheetState().id, chart.id, mutate);
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => this._update((c) => (c.name = v)));
  }
  get id(): string {
    return this._get("id");
  }
  get chartType(): ChartType {
    return this._get("chartType");
  }
  set chartType(v: ChartType) {
    this._set("chartType", v, () => {
      const t = chartType(v, "Chart.chartType");
      this._update((c) => (c.type = t));
    });
  }
  get top(): number {
    return this._get("top");
  }
  set top(v: number) {
    this._set("top", v, () => this._update((c) => ((c.position.top = v), (c.anchor = null))));
  }
  get left(): number {
    return this._get("left");
  }
  set left(v: number) {
    this._set("left", v, () => this._update((c) => ((c.position.left = v), (c.anchor = null))));
  }
  get width(): number {
    return this._get("width");
  }
  set width(v: number) {
    this._set("width", v, () => this._update((c) => ((c.position.width = v), (c.anchor = null))));
  }
  get height(): number {
    return this._get("height");
  }
  set height(v: number) {
    this._set("height", v, () => this._update((c) => ((c.position.height = v), (c.anchor = null))));
  }

  /** Places the chart over cells: from the start cell's corner to the end cell's far corner. */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const address = (cell: Range | string): string => (typeof cell === "string" ? cell : "range");
    this._call("setPosition", [address(startCell), endCell === undefined ? null : address(endCell)], () => {
      const sheetId = this._sheet._sheetState().id;
      const rectOf = (cell: Range | string): Rect => {
        const rect = typeof cell === "string" ? parseAddress(cell)?.rect : cell._requireRect();
        if (!rect) throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, "Chart.setPosition");
        return rect;
      };
      const start = rectOf(startCell);
      const end = endCell === undefined ? null : rectOf(endCell);
      const origin = cellOrigin(this._core, sheetId, start.top, start.left);
      this._update((c) => {
        c.position.top = origin.top;
        c.position.left = origin.left;
        if (end) {
          const far = cellOrigin(this._core, sheetId, end.bottom + 1, end.right + 1);
          c.position.width = far.left - origin.left;
          c.position.height = far.top - origin.top;
        }
        c.anchor = {
          start: typeof startCell === "string" ? startCell : rectA1(start),
          end: end ? (typeof endCell === "string" ? endCell : rectA1(end)) : null,
        };
      });
    });
  }

  delete(): void {
    this._call("delete", [], () =>
      this._core.state.deleteChart(this._sheet._sheetState().id, this._state().id),
    );
  }

  /** Selecting a chart changes nothing the workbench tracks. */
  activate(): void {
    this._call("activate", [], () => void this._state());
  }

  protected _scalars(): readonly string[] {
    return ["name", "id", "chartType", "top", "left", "width", "height"];
  }

  protected override _child(name: string): HostObject | undefined {
    switch (name) {
      case "title":
        return this.title;
      case "legend":
        return this.legend;
      case "axes":
        return this.axes;
      case "series":
        return this.series;
      case "worksheet":
        return this._sheet;
      default:
        return undefined;
    }
  }

  protected _read(name: string): unknown {
    const c = this._state();
    switch (name) {
      case "name":
        return c.name;
      case "id":
        return c.id;
      case "chartType":
        return c.type;
      case "top":
      case "left":
      case "width":
      case "height":
        return c.position[name];
      default:
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `Chart.${name}`);
    }
  }
}

/** Title of a chart or an axis: `text` and `visible`; setting text shows it. */
abstract class TitleBase extends HostObject {
  protected abstract title(): { text: string; visible: boolean };
  protected abstract update(mutate: (t: { text: string; visible: boolean }) => void): void;

  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v, () => this.update((t) => ((t.text = v), (t.visible = v !== ""))));
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v, () => this.update((t) => (t.visible = v)));
  }

  protected _scalars(): readonly string[] {
    return ["text", "visible"];
  }
  protected _read(name: string): unknown {
    const t = this.title();
    if (name === "text") return t.text;
    if (name === "visible") return t.visible;
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `${this._typeName}.${name}`);
  }
}

export class ChartTitle extends TitleBase {
  constructor(
    core: HostCore,
    private readonly chart: Chart,
  ) {
    super(core, chart, "ChartTitle");
  }
  protected title(): { text: string; visible: boolean } {
    return this.chart._state().title;
  }
  protected update(mutate: (t: { text: string; visible: boolean }) => void): void {
    this.chart._update((c) => mutate(c.title));
  }
}

export class ChartLegend extends HostObject {
  constructor(
    core: HostCore,
    private readonly chart: Chart,
  ) {
    super(core, chart, "ChartLegend");
  }

  get position(): LegendPosition {
    return this._get("position");
  }
  set position(v: LegendPosition) {
    this._set("position", v, () => {
      const p = LEGEND_POSITIONS.find((x) => x === v);
      if (!p) throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, "ChartLegend.position");
      this.chart._update((c) => (c.legend.position = p));
    });
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v, () => this.chart._update((c) => (c.legend.visible = v)));
  }

  protected _scalars(): readonly string[] {
    return ["position", "visible"];
  }
  protected _read(name: string): unknown {
    const l = this.chart._state().legend;
    if (name === "position") return l.position;
    if (name === "visible") return l.visible;
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ChartLegend.${name}`);
  }
}

export class ChartAxes extends HostObject {
  readonly valueAxis: ChartAxis;
  readonly categoryAxis: ChartAxis;

  constructor(core: HostCore, chart: Chart) {
    super(core, chart, "ChartAxes");
    this.valueAxis = new ChartAxis(core, chart, this, "Value");
    this.categoryAxis = new ChartAxis(core, chart, this, "Category");
  }

  /** Only the primary axes are stored; a secondary value axis shares the primary's settings. */
  getItem(type: "Value" | "Category", _group?: AxisGroup): ChartAxis {
    return type === "Value" ? this.valueAxis : this.categoryAxis;
  }

  protected _scalars(): readonly string[] {
    return [];
  }
  protected override _child(name: string): HostObject | undefined {
    return name === "valueAxis" ? this.valueAxis : name === "categoryAxis" ? this.categoryAxis : undefined;
  }
  protected _read(name: string): unknown {
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ChartAxes.${name}`);
  }
}

export class ChartAxis extends HostObject {
  readonly title: ChartAxisTitle;

  constructor(
    core: HostCore,
    private readonly chart: Chart,
    parent: HostObject,
    private readonly kind: "Value" | "Category",
  ) {
    super(core, parent, "ChartAxis");
    this.title = new ChartAxisTitle(core, chart, this, kind);
  }

  private valueOnly(member: string): void {
    if (this.kind !== "Value")
      throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ChartAxis.${member}`);
  }

  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(v: string) {
    this._set("numberFormat", v, () => {
      this.valueOnly("numberFormat");
      this.chart._update((c) => (c.valueAxis.numberFormat = v));
    });
  }
  /** null = automatic. */
  get minimum(): number | null {
    return this._get("minimum");
  }
  set minimum(v: number | null) {
    this._set("minimum", v, () => {
      this.valueOnly("minimum");
      this.chart._update((c) => (c.valueAxis.min = v));
    });
  }
  get maximum(): number | null {
    return this._get("maximum");
  }
  set maximum(v: number | null) {
    this._set("maximum", v, () => {
      this.valueOnly("maximum");
      this.chart._update((c) => (c.valueAxis.max = v));
    });
  }

  protected _scalars(): readonly string[] {
    return ["numberFormat", "minimum", "maximum"];
  }
  protected override _child(name: string): HostObject | undefined {
    return name === "title" ? this.title : undefined;
  }
  protected _read(name: string): unknown {
    const axis = this.chart._state().valueAxis;
    if (this.kind === "Category") return name === "numberFormat" ? "General" : null;
    if (name === "numberFormat") return axis.numberFormat;
    if (name === "minimum") return axis.min;
    if (name === "maximum") return axis.max;
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ChartAxis.${name}`);
  }
}

export class ChartAxisTitle extends TitleBase {
  constructor(
    core: HostCore,
    private readonly chart: Chart,
    parent: HostObject,
    private readonly kind: "Value" | "Category",
  ) {
    super(core, parent, "ChartAxisTitle");
  }
  protected title(): { text: string; visible: boolean } {
    const c = this.chart._state();
    return this.kind === "Value" ? c.valueAxis.title : c.categoryAxis.title;
  }
  protected update(mutate: (t: { text: string; visible: boolean }) => void): void {
    this.chart._update((c) => mutate(this.kind === "Value" ? c.valueAxis.title : c.categoryAxis.title));
  }
}

export class ChartSeriesCollection extends HostCollection<ChartSeries> {
  constructor(
    core: HostCore,
    private readonly chart: Chart,
  ) {
    super(core, chart, "ChartSeriesCollection");
  }

  get count(): number {
    return this._get("count");
  }

  /** A new, empty series (invisible until setValues), at the end or at `index`. */
  add(name?: string, index?: number): ChartSeries {
    const series = new ChartSeries(this._core, this.chart, this, () => null);
    this._call("add", [name, index], () => {
      const chart = this.chart._state();
      const created = newSeries(name ?? `Series${chart.series.length + 1}`, chart.series.length, chart.type);
      this.chart._update((c) => {
        const at = index === undefined ? c.series.length : Math.max(0, Math.min(c.series.length, index));
        c.series.splice(at, 0, created);
      });
      series._bind(created);
    });
    return series;
  }

  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this._core, this.chart, this, () => {
      const s = this.chart._state().series[index];
      if (!s)
        throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "ChartSeriesCollection.getItemAt");
      return s;
    });
  }

  getCount(): HostResult<number> {
    return this._result("getCount", () => this.chart._state().series.length);
  }

  protected override _scalars(): readonly string[] {
    return ["count"];
  }
  protected override _read(name: string): unknown {
    if (name === "count") return this.chart._state().series.length;
    return super._read(name);
  }
  protected _enumerate(): ChartSeries[] {
    return this.chart._state().series.map((s) => new ChartSeries(this._core, this.chart, this, () => s));
  }
}

export class ChartSeries extends HostObject {
  private record: ChartSeriesState | null | undefined;
  readonly format: ChartSeriesFormat;
  readonly dataLabels: ChartDataLabels;

  constructor(
    core: HostCore,
    private readonly chart: Chart,
    parent: HostObject,
    private readonly resolveRecord: () => ChartSeriesState | null,
  ) {
    super(core, null, "ChartSeries");
    this.format = new ChartSeriesFormat(core, this);
    this.dataLabels = new ChartDataLabels(core, this);
  }

  _bind(record: ChartSeriesState): void {
    this.record = record;
  }

  /** The live series record; ItemNotFound once deleted. */
  _state(): ChartSeriesState {
    if (this.record === undefined) this.record = this.resolveRecord();
    const rec = this.record;
    if (!rec || !this.chart._state().series.includes(rec))
      throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "ChartSeries");
    return rec;
  }

  _update(mutate: (s: ChartSeriesState) => void): void {
    const rec = this._state();
    this.chart._update(() => mutate(rec));
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => this._update((s) => (s.name = v)));
  }
  get chartType(): ChartType {
    return this._get("chartType");
  }
  set chartType(v: ChartType) {
    this._set("chartType", v, () => {
      const t = chartType(v, "ChartSeries.chartType");
      this._update((s) => {
        s.chartType = t;
        if (isLine(t) && s.lineColor === null) {
          s.lineColor = s.fillColor;
          s.lineWeight = 2.25;
        }
      });
    });
  }
  get axisGroup(): AxisGroup {
    return this._get("axisGroup");
  }
  set axisGroup(v: AxisGroup) {
    this._set("axisGroup", v, () => {
      if (v !== "Primary" && v !== "Secondary")
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, "ChartSeries.axisGroup");
      this._update((s) => (s.axisGroup = v));
    });
  }
  get hasDataLabels(): boolean {
    return this._get("hasDataLabels");
  }
  set hasDataLabels(v: boolean) {
    this._set("hasDataLabels", v, () =>
      this._update((s) => ((s.hasDataLabels = v), (s.dataLabelsShowValue = v))),
    );
  }
  get gapWidth(): number {
    return this._get("gapWidth");
  }
  set gapWidth(v: number) {
    this._set("gapWidth", v, () => {
      const w = inRange(v, 0, 500, "ChartSeries.gapWidth");
      assertHasGaps(this._state().chartType ?? this.chart._state().type);
      this._update((s) => (s.gapWidth = w));
    });
  }
  /** -100..100, 2-D bar and column charts only (1.8). */
  get overlap(): number {
    return this._get("overlap");
  }
  set overlap(v: number) {
    this._set("overlap", v, () => {
      const o = inRange(v, -100, 100, "ChartSeries.overlap");
      this._update((s) => (s.overlap = o));
    });
  }
  get plotOrder(): number {
    return this._get("plotOrder");
  }
  set plotOrder(v: number) {
    this._set("plotOrder", v, () => {
      const rec = this._state();
      this.chart._update((c) => {
        const rest = c.series.filter((s) => s !== rec);
        rest.splice(Math.max(0, Math.min(rest.length, Math.trunc(v))), 0, rec);
        c.series = rest;
      });
    });
  }
  get markerStyle(): string {
    return this._get("markerStyle");
  }
  set markerStyle(v: string) {
    this._set("markerStyle", v, () => this._update((s) => (s.markerStyle = v)));
  }

  /** Binds the values to cells (Ranges only, never literal arrays). */
  setValues(sourceData: Range): void {
    this._call("setValues", ["range"], () => {
      const ref = qualifiedA1Absolute(sourceData._sheet._sheetState().name, sourceData._requireRect());
      this._update((s) => (s.valuesRef = ref));
    });
  }

  setXAxisValues(sourceData: Range): void {
    this._call("setXAxisValues", ["range"], () => {
      const ref = qualifiedA1Absolute(sourceData._sheet._sheetState().name, sourceData._requireRect());
      this._update((s) => (s.xValuesRef = ref));
    });
  }

  /** The reference a dimension is bound to (1.15), e.g. "Sheet1!$G$7:$G$20". */
  getDimensionDataSourceString(dimension: "Values" | "Categories" | "XValues"): HostResult<string> {
    return this._result("getDimensionDataSourceString", () => {
      const s = this._state();
      return (dimension === "Values" ? s.valuesRef : s.xValuesRef) ?? "";
    });
  }

  /** The current values of a dimension (1.12), as text like Excel returns them. */
  getDimensionValues(dimension: "Values" | "Categories" | "XValues"): HostResult<string[]> {
    return this._result("getDimensionValues", () => {
      const s = this._state();
      const ref = dimension === "Values" ? s.valuesRef : s.xValuesRef;
      return ref ? this._core.state.resolveRef(ref).map((v) => (v === null ? "" : String(v))) : [];
    });
  }

  delete(): void {
    this._call("delete", [], () => {
      const rec = this._state();
      this.chart._update((c) => (c.series = c.series.filter((s) => s !== rec)));
    });
  }

  protected _scalars(): readonly string[] {
    return [
      "name",
      "chartType",
      "axisGroup",
      "hasDataLabels",
      "gapWidth",
      "overlap",
      "plotOrder",
      "markerStyle",
    ];
  }
  protected override _child(name: string): HostObject | undefined {
    return name === "format" ? this.format : name === "dataLabels" ? this.dataLabels : undefined;
  }
  protected _read(name: string): unknown {
    const s = this._state();
    switch (name) {
      case "name":
        return s.name;
      case "chartType":
        return s.chartType ?? this.chart._state().type;
      case "axisGroup":
        return s.axisGroup;
      case "hasDataLabels":
        return s.hasDataLabels;
      case "gapWidth":
        return s.gapWidth;
      case "overlap":
        return s.overlap;
      case "plotOrder":
        return this.chart._state().series.indexOf(s);
      case "markerStyle":
        return s.markerStyle;
      default:
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ChartSeries.${name}`);
    }
  }
}

export class ChartSeriesFormat extends HostObject {
  readonly fill: ChartFill;
  readonly line: ChartLineFormat;

  constructor(core: HostCore, series: ChartSeries) {
    super(core, series, "ChartSeriesFormat");
    this.fill = new ChartFill(core, series, this);
    this.line = new ChartLineFormat(core, series, this);
  }

  protected _scalars(): readonly string[] {
    return [];
  }
  protected override _child(name: string): HostObject | undefined {
    return name === "fill" ? this.fill : name === "line" ? this.line : undefined;
  }
  protected _read(name: string): unknown {
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ChartSeriesFormat.${name}`);
  }
}

export class ChartFill extends HostObject {
  constructor(
    core: HostCore,
    private readonly series: ChartSeries,
    parent: HostObject,
  ) {
    super(core, parent, "ChartFill");
  }

  setSolidColor(color: string): void {
    this._call("setSolidColor", [color], () => {
      const c = normalizeColour(color, "ChartFill.setSolidColor");
      this.series._update((s) => (s.fillColor = c));
    });
  }
  /** No fill (UNVERIFIED on real Excel that this is "No fill", OFFICE-NOTES §5). */
  clear(): void {
    this._call("clear", [], () => this.series._update((s) => (s.fillColor = null)));
  }
  /** (1.16) "" when there is no solid fill. */
  getSolidColor(): HostResult<string> {
    return this._result("getSolidColor", () => this.series._state().fillColor ?? "");
  }

  protected _scalars(): readonly string[] {
    return [];
  }
  protected _read(name: string): unknown {
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ChartFill.${name}`);
  }
}

export class ChartLineFormat extends HostObject {
  constructor(
    core: HostCore,
    private readonly series: ChartSeries,
    parent: HostObject,
  ) {
    super(core, parent, "ChartLineFormat");
  }

  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, () => {
      const c = normalizeColour(v, "ChartLineFormat.color");
      this.series._update((s) => (s.lineColor = c));
    });
  }
  get weight(): number {
    return this._get("weight");
  }
  set weight(v: number) {
    this._set("weight", v, () => {
      const w = inRange(v, 0, 1584, "ChartLineFormat.weight");
      this.series._update((s) => (s.lineWeight = w));
    });
  }
  get lineStyle(): string {
    return this._get("lineStyle");
  }
  set lineStyle(v: string) {
    this._set("lineStyle", v, () => this.series._update((s) => (s.lineStyle = v)));
  }
  clear(): void {
    this._call("clear", [], () => this.series._update((s) => (s.lineColor = null)));
  }

  protected _scalars(): readonly string[] {
    return ["color", "weight", "lineStyle"];
  }
  protected _read(name: string): unknown {
    const s = this.series._state();
    if (name === "color") return s.lineColor ?? "";
    if (name === "weight") return s.lineWeight;
    if (name === "lineStyle") return s.lineColor === null ? "None" : s.lineStyle;
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ChartLineFormat.${name}`);
  }
}

export class ChartDataLabels extends HostObject {
  constructor(
    core: HostCore,
    private readonly series: ChartSeries,
  ) {
    super(core, series, "ChartDataLabels");
  }

  get showValue(): boolean {
    return this._get("showValue");
  }
  set showValue(v: boolean) {
    this._set("showValue", v, () =>
      this.series._update((s) => ((s.dataLabelsShowValue = v), (s.hasDataLabels = s.hasDataLabels || v))),
    );
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(v: string) {
    this._set("numberFormat", v, () => this.series._update((s) => (s.dataLabelsNumberFormat = v)));
  }

  protected _scalars(): readonly string[] {
    return ["showValue", "numberFormat"];
  }
  protected _read(name: string): unknown {
    const s = this.series._state();
    if (name === "showValue") return s.dataLabelsShowValue;
    if (name === "numberFormat") return s.dataLabelsNumberFormat;
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ChartDataLabels.${name}`);
  }
}

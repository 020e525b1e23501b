/**
 * WorkbookState: everything the workbench's stand-in Excel knows about one open workbook.
 *
 * Who uses it:
 * - the host's object model (src/workbench/excel/**) reads and mutates it as ProcessQuery requests arrive;
 * - the grid UI renders it and calls the user-action methods (`typeInto`, `paste`, `select`,
 *   `resizeColumn` …) when a person works in the grid;
 * - tests build a state, drive it, and compare `snapshot()`s.
 *
 * Conventions:
 * - rows and columns are 0-based (row 0 is Excel row 1, col 0 is column A);
 * - sheets are identified by `id` (stable across renames and moves, "{…}" like Excel's);
 *   user-action methods also accept a sheet name (case-insensitive);
 * - sizes are in points, as in the Excel API (a default column is 48 pt wide, a row 15 pt high);
 * - every object returned is the live record: read it, never mutate it (use the methods);
 * - `subscribe` listeners are called once after each applied API batch and after each user
 *   action, never in the middle of one.
 *
 * Public shape is additive-only from here on: the UI is built against it.
 */
import { FormulaEngine, type ComputedValue, type EngineInput } from "./engine";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  rectContains,
  rectIntersection,
  rectUnion,
  type Rect,
} from "./excel/address";
import {
  cellFormatCode,
  formatAfterTyping,
  formatValue,
  parseTyped,
  type Locale,
  type TypedInput,
} from "./numfmt";
import { assertWritable, reopenedSnapshot } from "./host-rules";

export type { Locale } from "./numfmt";
export type { Rect } from "./excel/address";
export type { ComputedValue } from "./engine";

// ---------------------------------------------------------------------------------------------
// Cells

/** What was written into a cell: a number, text, a boolean, nothing, or a formula ("=…"). */
export type CellInput = number | string | boolean | null;

export type HorizontalAlignment =
  "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed";

export type VerticalAlignment = "Top" | "Center" | "Bottom" | "Justify" | "Distributed";

/** Cell formatting that the add-in sets and the grid draws. Colours are "#RRGGBB". */
export interface CellFormat {
  /** Background; null = no fill. */
  fill: string | null;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  fontSize: number;
  fontName: string;
  hAlign: HorizontalAlignment;
  vAlign: VerticalAlignment;
  wrap: boolean;
}

export type BorderEdge =
  | "EdgeTop"
  | "EdgeBottom"
  | "EdgeLeft"
  | "EdgeRight"
  | "InsideVertical"
  | "InsideHorizontal"
  | "DiagonalDown"
  | "DiagonalUp";

/** A border as set through `format.borders.getItem(edge)`; stored, drawn by the grid if it likes. */
export interface BorderState {
  style: string;
  color: string;
  weight: string;
}

/** One stored cell. Cells that were never touched have no record (see `cell()` for defaults). */
export interface CellRecord {
  /** What was written; a string starting with "=" is a formula unless `quotePrefix`. */
  input: CellInput;
  /** Typed with a leading "'": `input` is text even if it looks like a number or formula. */
  quotePrefix: boolean;
  /** en-US format code; "General" by default. */
  numberFormat: string;
  format: CellFormat;
  /** The cell's note (ExcelApi 1.18), or null. */
  note: string | null;
  /** Only the edges that were set on this cell. */
  borders: Partial<Record<BorderEdge, BorderState>>;
}

/** A cell as the grid draws it: the record (or defaults) plus the computed value and text. */
export interface CellView extends Readonly<CellRecord> {
  row: number;
  col: number;
  /** Computed value: the input for constants, the engine's result for formulas; null if empty. */
  value: ComputedValue;
  /** What Excel would show (numberFormat + locale), without "###". */
  text: string;
  /** True when `input` is a formula. */
  isFormula: boolean;
  /** The format after conditional formats are applied (what to paint). */
  displayFormat: Readonly<CellFormat>;
}

export const DEFAULT_FORMAT: Readonly<CellFormat> = Object.freeze({
  fill: null,
  fontColor: "#000000",
  bold: false,
  italic: false,
  fontSize: 11,
  fontName: "Calibri",
  hAlign: "General",
  vAlign: "Bottom",
  wrap: false,
});

/** Default sizes in points (Excel on the web, Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

// ---------------------------------------------------------------------------------------------
// Sheet-level objects

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";
export type PageOrientation = "Portrait" | "Landscape";

/** `pageLayout.zoom`: assigned as a whole object in the real API. */
export interface PageZoom {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

export interface PageLayoutState {
  orientation: PageOrientation;
  /** Excel.PaperType name: "A4", "Letter", "A3" … */
  paperSize: string;
  /** Rows repeated on every printed page, e.g. "$1:$3", or null. */
  printTitleRows: string | null;
  zoom: PageZoom;
}

/** A data validation rule as the API sets it (exactly one kind, like Excel.DataValidationRule). */
export type ValidationRule =
  | {
      kind: "decimal" | "wholeNumber" | "textLength";
      operator: ValidationOperator;
      formula1: string;
      formula2: string | null;
    }
  | { kind: "list"; source: string; inCellDropDown: boolean }
  | { kind: "custom"; formula: string };

export type ValidationOperator =
  | "Between"
  | "NotBetween"
  | "EqualTo"
  | "NotEqualTo"
  | "GreaterThan"
  | "LessThan"
  | "GreaterThanOrEqualTo"
  | "LessThanOrEqualTo";

export interface ValidationState {
  /** The cells this rule covers (clearing part of it splits the area). */
  rect: Rect;
  rule: ValidationRule;
  ignoreBlanks: boolean;
  errorAlert: {
    showAlert: boolean;
    style: "Stop" | "Warning" | "Information";
    title: string;
    message: string;
  };
  prompt: { showPrompt: boolean; title: string; message: string };
}

/** A conditional format. Only Custom rules (formula) are emulated; that is what the add-in uses. */
export interface ConditionalFormatState {
  id: string;
  type: "custom";
  /** Sheet-local address, "G7:G20". */
  rangeAddress: string;
  /** en-US formula, relative to the top-left cell of the range. */
  formula: string;
  /** null = not set by the rule. */
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  numberFormat: string | null;
  /** 0 is the highest priority; a new rule goes on top. */
  priority: number;
  stopIfTrue: boolean;
}

export interface CustomPropertyState {
  key: string;
  value: string;
}

// ---------------------------------------------------------------------------------------------
// Charts

/** The Excel.ChartType values the workbench draws; others are stored as given. */
export type ChartType =
  | "ColumnClustered"
  | "ColumnStacked"
  | "ColumnStacked100"
  | "BarClustered"
  | "BarStacked"
  | "BarStacked100"
  | "Line"
  | "LineMarkers"
  | "LineStacked"
  | "Pie"
  | "Doughnut"
  | "Area"
  | "XYScatter";

export type LegendPosition = "Top" | "Bottom" | "Left" | "Right" | "Corner" | "Custom" | "Invalid";
export type AxisGroup = "Primary" | "Secondary";

export interface ChartTitleState {
  text: string;
  visible: boolean;
}

export interface ChartSeriesState {
  name: string;
  /** "Sheet1!$G$7:$G$20", or null until set (a new series is invisible until then). */
  valuesRef: string | null;
  /** Category labels, "Sheet1!$B$7:$B$20", or null. */
  xValuesRef: string | null;
  /** A per-series type (combo charts); null = the chart's type. */
  chartType: ChartType | null;
  /** null = no fill (`fill.clear()`). New series get Excel's palette colour. */
  fillColor: string | null;
  /** null = no line / border. */
  lineColor: string | null;
  /** Points. */
  lineWeight: number;
  lineStyle: string;
  axisGroup: AxisGroup;
  hasDataLabels: boolean;
  dataLabelsShowValue: boolean;
  dataLabelsNumberFormat: string;
  gapWidth: number;
  overlap: number;
  markerStyle: string;
}

export interface ChartAxisState {
  title: ChartTitleState;
  numberFormat: string;
  /** null = automatic. */
  min: number | null;
  max: number | null;
}

export interface ChartState {
  id: string;
  name: string;
  type: ChartType;
  title: ChartTitleState;
  /** Points from the sheet's top-left corner. */
  position: { top: number; left: number; width: number; height: number };
  /** Set by `setPosition(start, end?)`: the cells the chart was placed over, else null. */
  anchor: { start: string; end: string | null } | null;
  legend: { position: LegendPosition; visible: boolean };
  valueAxis: ChartAxisState;
  categoryAxis: { title: ChartTitleState };
  series: ChartSeriesState[];
}

/** Excel's default series colours (Office theme accents), in order. */
export const SERIES_PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"] as const;

// ---------------------------------------------------------------------------------------------
// Sheet

export interface SheetState {
  /** Stable id, "{00000000-0001-0000-C000-000000000046}" style. */
  readonly id: string;
  name: string;
  visibility: SheetVisibility;
  /** "#RRGGBB", or "" for automatic. */
  tabColor: string;
  freezeRows: number;
  freezeColumns: number;
  showGridlines: boolean;
  pageLayout: PageLayoutState;
  customProperties: CustomPropertyState[];
  /** Key `${row},${col}`; use `cell()` / `cells()` rather than reading this directly. */
  cells: Map<string, CellRecord>;
  /** Column widths that differ from the default, in points. */
  columnWidths: Map<number, number>;
  /** Row heights that differ from the default, in points. */
  rowHeights: Map<number, number>;
  /** Hidden columns (0-based), sorted; absent when none is (Range.columnHidden). */
  hiddenColumns?: number[];
  merges: Rect[];
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
  /** Worksheet protection (protection.protect(), 1.2): cell writes fail (host-rules.ts). */
  protected?: boolean;
}

/** JSON-safe values (workbook settings). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface Selection {
  sheetId: string;
  rect: Rect;
  /**
   * Set while a person has selected something that is not one range: a chart (its id) or several
   * areas. `rect` then holds the active cell's area. getSelectedRange fails (host-rules.ts).
   */
  object?: { kind: "chart"; chartId: string } | { kind: "areas"; rects: Rect[] };
}

/** What a subscriber is told. `source` says who changed things. */
export interface StateChange {
  source: "api" | "user" | "restore";
  /** Ids of the sheets whose cell contents changed (what `worksheet.onChanged` reports). */
  cellsChanged?: readonly string[];
  /** For each of those sheets, the smallest rectangle holding every changed cell. */
  changedAreas?: ReadonlyMap<string, Rect>;
}

export type StateListener = (change: StateChange) => void;

/** The result of a user action that Excel may refuse (data validation with a Stop alert). */
export type EditResult = { ok: true } | { ok: false; reason: "validation"; title: string; message: string };

/** Failure codes, named like Excel's so the API layer can pass them on unchanged. */
export type StateErrorCode =
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "InvalidSelection"
  | "AccessDenied";

/** Thrown by state methods when Excel would refuse the change. */
export class StateError extends Error {
  constructor(
    readonly code: StateErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "StateError";
  }
}

/** What parts of a cell `clear` removes (Excel.ClearApplyTo). */
export type ClearWhat = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks";

/** Snapshot format for tests; opaque apart from being JSON. */
export interface WorkbookSnapshot {
  version: 1;
  locale: Locale;
  nextId: number;
  syncCount: number;
  activeSheetId: string;
  selection: Selection;
  settings: Record<string, JsonValue>;
  sheets: Array<
    Omit<SheetState, "cells" | "columnWidths" | "rowHeights"> & {
      cells: Array<[number, number, CellRecord]>;
      columnWidths: Array<[number, number]>;
      rowHeights: Array<[number, number]>;
    }
  >;
}

const INVALID_NAME_CHARS = /[:\\/?*[\]]/;

const key = (row: number, col: number): string => `${row},${col}`;

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function newRecord(): CellRecord {
  return {
    input: null,
    quotePrefix: false,
    numberFormat: "General",
    format: { ...DEFAULT_FORMAT },
    note: null,
    borders: {},
  };
}

function isDefaultRecord(r: CellRecord): boolean {
  return (
    r.input === null &&
    r.numberFormat === "General" &&
    r.note === null &&
    Object.keys(r.borders).length === 0 &&
    (Object.keys(DEFAULT_FORMAT) as Array<keyof CellFormat>).every((k) => r.format[k] === DEFAULT_FORMAT[k])
  );
}

/** Splits `rect` minus `hole` into up to four rectangles (used when clearing part of a rule). */
export function subtractRect(rect: Rect, hole: Rect): Rect[] {
  const cut = rectIntersection(rect, hole);
  if (!cut) return [rect];
  const out: Rect[] = [];
  if (rect.top < cut.top) out.push({ ...rect, bottom: cut.top - 1 });
  if (cut.bottom < rect.bottom) out.push({ ...rect, top: cut.bottom + 1 });
  if (rect.left < cut.left)
    out.push({ top: cut.top, bottom: cut.bottom, left: rect.left, right: cut.left - 1 });
  if (cut.right < rect.right)
    out.push({ top: cut.top, bottom: cut.bottom, left: cut.right + 1, right: rect.right });
  return out;
}

export class WorkbookState {
  private sheetList: SheetState[] = [];
  private readonly engineIds = new Map<string, number>();
  private engine = this.newEngine();
  private readonly listeners = new Set<StateListener>();
  private settingsMap = new Map<string, JsonValue>();
  private nextId = 1;
  private batchDepth = 0;
  private pending: StateChange | null = null;
  /** Sheets whose cell contents changed since the last flush. */
  private readonly contentChanged = new Set<string>();
  /** Per sheet, the rectangle around the cells changed since the last flush. */
  private readonly changedAreas = new Map<string, Rect>();
  private activeId: string;
  private selectionState: Selection;
  private localeValue: Locale;
  private syncs = 0;

  /** A new workbook with one sheet, "Sheet1" (as Excel on the web opens a blank workbook). */
  constructor(options: { locale?: Locale; sheetNames?: string[] } = {}) {
    this.localeValue = options.locale ?? "vi";
    const names = options.sheetNames && options.sheetNames.length > 0 ? options.sheetNames : ["Sheet1"];
    for (const name of names) this.addSheet(name);
    const first = this.sheetList[0];
    if (!first) throw new Error("unreachable: a workbook has at least one sheet");
    this.activeId = first.id;
    this.selectionState = { sheetId: first.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  }

  // ------------------------------------------------------------------ reading

  /** Sheets in tab order; a sheet's `position` is its index here. */
  get sheets(): readonly SheetState[] {
    return this.sheetList;
  }

  get locale(): Locale {
    return this.localeValue;
  }

  /** How many `context.sync()` calls (including Excel.run's final one) were applied. */
  get syncCount(): number {
    return this.syncs;
  }

  get activeSheetId(): string {
    return this.activeId;
  }

  get activeSheet(): SheetState {
    return this.sheetById(this.activeId) ?? this.requireSheet(this.sheetList[0]?.id ?? "");
  }

  get selection(): Readonly<Selection> {
    return this.selectionState;
  }

  /** Workbook settings (Excel.SettingCollection), key → JSON value. */
  get settings(): ReadonlyMap<string, JsonValue> {
    return this.settingsMap;
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheetList.find((s) => s.id === id);
  }

  /** Case-insensitive, as Excel matches sheet names. */
  sheetByName(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheetList.find((s) => s.name.toLowerCase() === lower);
  }

  /** By id first, then by name. */
  findSheet(nameOrId: string): SheetState | undefined {
    return this.sheetById(nameOrId) ?? this.sheetByName(nameOrId);
  }

  /** Like findSheet, but throws ItemNotFound. */
  requireSheet(nameOrId: string): SheetState {
    const sheet = this.findSheet(nameOrId);
    if (!sheet) throw new StateError("ItemNotFound", `The sheet "${nameOrId}" does not exist.`);
    return sheet;
  }

  positionOf(sheetId: string): number {
    return this.sheetList.findIndex((s) => s.id === sheetId);
  }

  /** The stored record of a cell, or undefined when it was never touched. */
  record(sheetId: string, row: number, col: number): CellRecord | undefined {
    return this.requireSheet(sheetId).cells.get(key(row, col));
  }

  /** Computed value: constants as written, formulas from the engine, null when empty. */
  value(sheetId: string, row: number, col: number): ComputedValue {
    const r = this.record(sheetId, row, col);
    if (!r || r.input === null) return null;
    if (this.isFormulaRecord(r)) return this.engine.value(this.engineId(sheetId), row, col);
    return r.input;
  }

  /** A cell with defaults filled in, its value, its displayed text and its painted format. */
  cell(sheetId: string, row: number, col: number): CellView {
    const r = this.record(sheetId, row, col) ?? newRecord();
    const value = this.value(sheetId, row, col);
    return {
      ...r,
      row,
      col,
      value,
      text: formatValue(value, r.numberFormat, this.localeValue),
      isFormula: this.isFormulaRecord(r),
      displayFormat: this.applyConditionalFormats(sheetId, row, col, r.format),
    };
  }

  /** Every stored cell of a sheet (unordered). */
  *cells(sheetId: string): IterableIterator<[number, number, CellRecord]> {
    for (const [k, r] of this.requireSheet(sheetId).cells) {
      const [row = 0, col = 0] = k.split(",").map(Number);
      yield [row, col, r];
    }
  }

  /**
   * The smallest rectangle holding every cell with a value (valuesOnly) or with anything
   * (value, format, note); null for an empty sheet.
   */
  usedRect(sheetId: string, valuesOnly = false): Rect | null {
    let rect: Rect | null = null;
    for (const [row, col, r] of this.cells(sheetId)) {
      if (valuesOnly && r.input === null) continue;
      rect = rect
        ? {
            top: Math.min(rect.top, row),
            left: Math.min(rect.left, col),
            bottom: Math.max(rect.bottom, row),
            right: Math.max(rect.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return rect;
  }

  columnWidth(sheetId: string, col: number): number {
    return this.requireSheet(sheetId).columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(sheetId: string, row: number): number {
    return this.requireSheet(sheetId).rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** The merged area containing the cell, or null. */
  mergeAt(sheetId: string, row: number, col: number): Rect | null {
    return this.requireSheet(sheetId).merges.find((m) => rectContains(m, row, col)) ?? null;
  }

  /** The validation rule covering a cell, or null. */
  validationAt(sheetId: string, row: number, col: number): ValidationState | null {
    return this.requireSheet(sheetId).validations.find((v) => rectContains(v.rect, row, col)) ?? null;
  }

  chart(sheetId: string, chartId: string): ChartState | undefined {
    return this.requireSheet(sheetId).charts.find((c) => c.id === chartId);
  }

  /**
   * The values a reference such as "Sheet1!$G$7:$G$20" points at, row by row then column by
   * column (what a chart series plots). Unknown sheets or bad addresses give [].
   */
  resolveRef(ref: string): ComputedValue[] {
    const parsed = parseAddress(ref);
    if (!parsed || parsed.sheet === null) return [];
    const sheet = this.sheetByName(parsed.sheet);
    if (!sheet) return [];
    const out: ComputedValue[] = [];
    const { rect } = parsed;
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) out.push(this.value(sheet.id, row, col));
    }
    return out;
  }

  /** Evaluates an en-US formula as if it sat on that sheet (validation, conditional formats). */
  evaluate(sheetId: string, formula: string): ComputedValue {
    return this.engine.evaluate(formula, this.engineId(sheetId));
  }

  /** True when the engine can parse the formula. */
  isValidFormula(formula: string): boolean {
    return this.engine.isValidFormula(formula);
  }

  // ------------------------------------------------------------------ change notification

  /** Calls `listener` after each applied batch and each user action. Returns an unsubscribe. */
  subscribe(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Runs `fn` as one change: listeners hear about it once, at the end, even if `fn` throws
   * (what was applied before the throw stays applied).
   */
  batch<T>(source: StateChange["source"], fn: () => T, changed: () => boolean = () => true): T {
    this.batchDepth++;
    try {
      return fn();
    } finally {
      // `changed` false: nothing to announce (a host request that only read), unless an inner
      // batch did.
      if (changed()) this.pending = { source };
      this.batchDepth--;
      if (this.batchDepth === 0) this.flush();
    }
  }

  /** Counts one `context.sync()` (the API layer calls this). */
  recordSync(): void {
    this.syncs++;
  }

  private flush(): void {
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    const change =
      this.contentChanged.size > 0
        ? { ...pending, cellsChanged: [...this.contentChanged], changedAreas: new Map(this.changedAreas) }
        : pending;
    this.contentChanged.clear();
    this.changedAreas.clear();
    for (const listener of [...this.listeners]) listener(change);
  }

  private changed(source: StateChange["source"]): void {
    this.pending = { source };
    if (this.batchDepth === 0) this.flush();
  }

  // ------------------------------------------------------------------ user actions (the grid)

  /** Switches how typing is parsed and how numbers are shown. */
  setLocale(locale: Locale): void {
    this.localeValue = locale;
    this.changed("user");
  }

  /**
   * A person types `text` into one cell and presses Enter, parsed as Excel would in the current
   * locale. Data validation with a Stop alert refuses the entry (the cell keeps its content).
   * Typing into a merged area writes its top-left cell.
   */
  typeInto(sheet: string, address: string, text: string): EditResult {
    const s = this.requireSheet(sheet);
    const { row, col } = this.topLeftOf(s.id, address);
    const typed = parseTyped(text, this.localeValue);
    const check = this.checkValidation(s.id, row, col, typed);
    if (!check.ok) return check;
    this.batch("user", () => this.writeTyped(s.id, row, col, typed));
    return { ok: true };
  }

  /**
   * A person pastes plain text (rows of cells, e.g. from another program) with its top-left at
   * `topLeftAddress`. Each cell is parsed like typing; data validation is skipped, as in Excel.
   */
  paste(sheet: string, topLeftAddress: string, rows: string[][]): void {
    const s = this.requireSheet(sheet);
    const { row, col } = this.topLeftOf(s.id, topLeftAddress);
    this.batch("user", () => {
      rows.forEach((cells, dr) =>
        cells.forEach((text, dc) =>
          this.writeTyped(s.id, row + dr, col + dc, parseTyped(text, this.localeValue)),
        ),
      );
    });
    const width = Math.max(1, ...rows.map((r) => r.length));
    this.select(
      s.id,
      `${addressOf(row, col)}:${addressOf(row + Math.max(rows.length, 1) - 1, col + width - 1)}`,
    );
  }

  /** A person deletes the contents of the cells (Delete key): values go, formats stay. */
  deleteContents(sheet: string, address: string): void {
    const s = this.requireSheet(sheet);
    this.batch("user", () => this.clear(s.id, this.rectOf(address), "Contents"));
  }

  /** Selects cells (and activates their sheet). */
  select(sheet: string, address: string): void {
    const s = this.requireSheet(sheet);
    this.selectionState = { sheetId: s.id, rect: this.rectOf(address) };
    this.activeId = s.id;
    this.changed("user");
  }

  /** A person clicks a chart: its sheet becomes active and the chart is the selection. */
  selectChart(sheet: string, chartName: string): void {
    const s = this.requireSheet(sheet);
    const chart = s.charts.find((c) => c.name === chartName);
    if (!chart) throw new StateError("ItemNotFound", `There is no chart "${chartName}" on "${s.name}".`);
    this.selectionState = {
      ...this.selectionState,
      sheetId: s.id,
      object: { kind: "chart", chartId: chart.id },
    };
    this.activeId = s.id;
    this.changed("user");
  }

  /** A person selects several areas (Ctrl+click); the first is where the active cell is. */
  selectAreas(sheet: string, addresses: string[]): void {
    const s = this.requireSheet(sheet);
    const rects = addresses.map((a) => this.rectOf(a));
    const first = rects[0];
    if (!first) throw new StateError("InvalidArgument", "No area to select.");
    this.selectionState = { sheetId: s.id, rect: first, object: { kind: "areas", rects } };
    this.activeId = s.id;
    this.changed("user");
  }

  /** A person protects a sheet (Review › Protect Sheet), with every cell locked. */
  protectSheet(sheet: string, on = true): void {
    this.requireSheet(sheet).protected = on;
    this.changed("user");
  }

  /** The workbook saved, closed and opened again: sheet ids change (host-rules.ts). */
  reopen(): void {
    this.restore(reopenedSnapshot(this.snapshot()));
  }

  /** Activates a sheet; the selection moves to A1 of it unless it is already there. */
  activate(sheet: string): void {
    const s = this.requireSheet(sheet);
    this.activeId = s.id;
    if (this.selectionState.sheetId !== s.id || this.selectionState.object) {
      this.selectionState = { sheetId: s.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    }
    this.changed("user");
  }

  /** A person drags a column border. */
  resizeColumn(sheet: string, col: number, widthPt: number): void {
    this.setColumnWidth(this.requireSheet(sheet).id, col, widthPt);
    this.changed("user");
  }

  /** A person drags a row border. */
  resizeRow(sheet: string, row: number, heightPt: number): void {
    this.setRowHeight(this.requireSheet(sheet).id, row, heightPt);
    this.changed("user");
  }

  /** A JSON copy of the whole workbook (tests compare these). */
  snapshot(): WorkbookSnapshot {
    return clone({
      version: 1 as const,
      locale: this.localeValue,
      nextId: this.nextId,
      syncCount: this.syncs,
      activeSheetId: this.activeId,
      selection: this.selectionState,
      settings: Object.fromEntries(this.settingsMap),
      sheets: this.sheetList.map((s) => ({
        ...s,
        cells: [...s.cells].map(([k, r]): [number, number, CellRecord] => {
          const [row = 0, col = 0] = k.split(",").map(Number);
          return [row, col, r];
        }),
        columnWidths: [...s.columnWidths],
        rowHeights: [...s.rowHeights],
      })),
    });
  }

  /** Replaces everything with a snapshot; formulas are recomputed. */
  restore(snapshot: WorkbookSnapshot): void {
    const snap = clone(snapshot);
    this.engine.destroy();
    this.engine = this.newEngine();
    this.engineIds.clear();
    this.sheetList = [];
    for (const s of snap.sheets) {
      const sheet: SheetState = {
        ...s,
        cells: new Map(s.cells.map(([row, col, r]) => [key(row, col), r])),
        columnWidths: new Map(s.columnWidths),
        rowHeights: new Map(s.rowHeights),
      };
      this.sheetList.push(sheet);
      this.engineIds.set(sheet.id, this.engine.addSheet(sheet.name));
    }
    // Formulas go in after every sheet exists, so cross-sheet references resolve.
    for (const s of this.sheetList) {
      for (const [row, col, r] of this.cells(s.id))
        this.engine.setCell(this.engineId(s.id), row, col, this.engineInput(r));
    }
    this.settingsMap = new Map(Object.entries(snap.settings));
    this.nextId = snap.nextId;
    this.syncs = snap.syncCount;
    this.activeId = snap.activeSheetId;
    this.selectionState = snap.selection;
    this.localeValue = snap.locale;
    this.changed("restore");
  }

  // ------------------------------------------------------------------ mutations (API layer)
  // These apply one change each and notify unless inside `batch`. They enforce Excel's rules
  // by throwing StateError; they never parse a person's typing.

  /** Checks a sheet name like Excel: 1–31 characters, none of : \ / ? * [ ], no edge apostrophe. */
  validateSheetName(name: string, exceptId: string | null = null): void {
    if (
      name.length === 0 ||
      name.length >= 32 ||
      INVALID_NAME_CHARS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history"
    ) {
      throw new StateError(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format.",
      );
    }
    const clash = this.sheetByName(name);
    if (clash && clash.id !== exceptId) {
      throw new StateError(
        "ItemAlreadyExists",
        "A resource with the same name or identifier already exists.",
      );
    }
  }

  /** Appends a sheet; without a name it gets the next free "SheetN". */
  addSheet(name?: string): SheetState {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheetList.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    this.validateSheetName(finalName);
    const sheet: SheetState = {
      id: this.makeId("sheet"),
      name: finalName,
      visibility: "Visible",
      tabColor: "",
      freezeRows: 0,
      freezeColumns: 0,
      showGridlines: true,
      pageLayout: {
        orientation: "Portrait",
        paperSize: "Letter",
        printTitleRows: null,
        zoom: { scale: 100 },
      },
      customProperties: [],
      cells: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      merges: [],
      validations: [],
      conditionalFormats: [],
      charts: [],
    };
    this.sheetList.push(sheet);
    this.engineIds.set(sheet.id, this.engine.addSheet(finalName));
    this.changed("api");
    return sheet;
  }

  renameSheet(sheetId: string, name: string): void {
    const sheet = this.requireSheet(sheetId);
    if (sheet.name === name) return;
    this.validateSheetName(name, sheet.id);
    const old = sheet.name;
    this.engine.renameSheet(this.engineId(sheet.id), name);
    sheet.name = name;
    // Chart references follow the rename, as in Excel.
    for (const s of this.sheetList) {
      for (const c of s.charts) {
        for (const series of c.series) {
          series.valuesRef = renameInRef(series.valuesRef, old, name);
          series.xValuesRef = renameInRef(series.xValuesRef, old, name);
        }
      }
    }
    this.changed("api");
  }

  /** Deletes a sheet. Excel refuses to delete the last visible sheet or a very hidden one. */
  deleteSheet(sheetId: string): void {
    const sheet = this.requireSheet(sheetId);
    const visible = this.sheetList.filter((s) => s.visibility === "Visible");
    if (sheet.visibility === "VeryHidden" || (sheet.visibility === "Visible" && visible.length <= 1)) {
      throw new StateError("InvalidOperation", "This operation is not permitted for the current object.");
    }
    this.engine.removeSheet(this.engineId(sheet.id));
    this.engineIds.delete(sheet.id);
    this.sheetList = this.sheetList.filter((s) => s.id !== sheet.id);
    if (this.activeId === sheet.id) {
      const next = this.sheetList.find((s) => s.visibility === "Visible") ?? this.sheetList[0];
      if (next) this.activate(next.id);
    }
    this.changed("api");
  }

  /** Moves a sheet to a zero-based tab position (clamped). */
  moveSheet(sheetId: string, position: number): void {
    const sheet = this.requireSheet(sheetId);
    const rest = this.sheetList.filter((s) => s.id !== sheet.id);
    const at = Math.max(0, Math.min(rest.length, Math.trunc(position)));
    rest.splice(at, 0, sheet);
    this.sheetList = rest;
    this.changed("api");
  }

  /** Sets simple sheet properties (visibility, tabColor, gridlines, freeze panes, page layout). */
  updateSheet(
    sheetId: string,
    patch: Partial<
      Pick<SheetState, "visibility" | "tabColor" | "freezeRows" | "freezeColumns" | "showGridlines">
    > & {
      pageLayout?: Partial<PageLayoutState>;
    },
  ): void {
    const sheet = this.requireSheet(sheetId);
    const { pageLayout, ...rest } = patch;
    if (rest.visibility && rest.visibility !== "Visible" && sheet.visibility === "Visible") {
      const visible = this.sheetList.filter((s) => s.visibility === "Visible");
      if (visible.length <= 1)
        throw new StateError("InvalidOperation", "This operation is not permitted for the current object.");
    }
    Object.assign(sheet, rest);
    if (pageLayout) sheet.pageLayout = { ...sheet.pageLayout, ...pageLayout };
    this.changed("api");
  }

  /**
   * Writes a cell's input as the API does: no parsing of strings (the API layer parses), no
   * validation. A formula the engine cannot parse is refused with InvalidArgument.
   */
  setInput(sheetId: string, row: number, col: number, input: CellInput, quotePrefix = false): void {
    assertWritable(this.requireSheet(sheetId));
    if (
      typeof input === "string" &&
      !quotePrefix &&
      input.startsWith("=") &&
      !this.engine.isValidFormula(input, { row, col })
    ) {
      throw new StateError(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format.",
      );
    }
    if (typeof input === "number" && !Number.isFinite(input)) {
      throw new StateError(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format.",
      );
    }
    this.updateRecord(sheetId, row, col, (r) => {
      r.input = input;
      r.quotePrefix = quotePrefix && typeof input === "string";
    });
    this.engine.setCell(this.engineId(sheetId), row, col, this.engineInput({ input, quotePrefix }));
    this.contentChanged.add(sheetId);
    const cell = { top: row, bottom: row, left: col, right: col };
    const area = this.changedAreas.get(sheetId);
    this.changedAreas.set(sheetId, area ? rectUnion(area, cell) : cell);
    this.changed("api");
  }

  setNumberFormat(sheetId: string, row: number, col: number, numberFormat: string): void {
    assertWritable(this.requireSheet(sheetId));
    const before = this.record(sheetId, row, col);
    const was = cellFormatCode(before?.numberFormat ?? "General");
    this.updateRecord(sheetId, row, col, (r) => {
      r.numberFormat = numberFormat === "" ? "General" : numberFormat;
    });
    // Formulas reading CELL("format") of a number see the new format, as after Excel's recalc
    // at the end of a batch (a guess: Excel itself does not recalc on a format change alone).
    const after = this.record(sheetId, row, col);
    if (after && typeof after.input === "number" && cellFormatCode(after.numberFormat) !== was) {
      // HyperFormula recomputes dependents only when the content changes: clear, then put back.
      this.engine.setCell(this.engineId(sheetId), row, col, { kind: "empty" });
      this.engine.setCell(this.engineId(sheetId), row, col, this.engineInput(after));
    }
    this.changed("api");
  }

  setFormat(sheetId: string, row: number, col: number, patch: Partial<CellFormat>): void {
    assertWritable(this.requireSheet(sheetId));
    this.updateRecord(sheetId, row, col, (r) => {
      r.format = { ...r.format, ...patch };
    });
    this.changed("api");
  }

  setBorder(sheetId: string, row: number, col: number, edge: BorderEdge, patch: Partial<BorderState>): void {
    this.updateRecord(sheetId, row, col, (r) => {
      const current = r.borders[edge] ?? { style: "Continuous", color: "#000000", weight: "Thin" };
      r.borders = { ...r.borders, [edge]: { ...current, ...patch } };
    });
    this.changed("api");
  }

  setNote(sheetId: string, row: number, col: number, note: string | null): void {
    assertWritable(this.requireSheet(sheetId));
    this.updateRecord(sheetId, row, col, (r) => {
      r.note = note;
    });
    this.changed("api");
  }

  /** Excel.ClearApplyTo over a rectangle (bounded by what is stored, so A:Z is cheap). */
  clear(sheetId: string, rect: Rect, what: ClearWhat): void {
    const sheet = this.requireSheet(sheetId);
    for (const [row, col] of [...this.cells(sheetId)]) {
      if (!rectContains(rect, row, col)) continue;
      if (what === "All" || what === "Contents") this.setInput(sheetId, row, col, null);
      if (what === "All" || what === "Formats") {
        this.updateRecord(sheetId, row, col, (r) => {
          r.format = { ...DEFAULT_FORMAT };
          r.numberFormat = "General";
          r.borders = {};
        });
      }
    }
    if (what === "All" || what === "Formats") {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !this.cfIntersects(cf, rect));
      sheet.merges = sheet.merges.filter((m) => !rectIntersection(m, rect));
    }
    this.changed("api");
  }

  setColumnWidth(sheetId: string, col: number, widthPt: number): void {
    this.requireSheet(sheetId).columnWidths.set(col, Math.max(0, widthPt));
    this.changed("api");
  }

  isColumnHidden(sheetId: string, col: number): boolean {
    return this.requireSheet(sheetId).hiddenColumns?.includes(col) === true;
  }

  /** Hides or shows columns left…right, as Range.columnHidden = true / false does. */
  setColumnsHidden(sheetId: string, left: number, right: number, hidden: boolean): void {
    const sheet = this.requireSheet(sheetId);
    const set = new Set(sheet.hiddenColumns ?? []);
    // A whole-sheet range is 16 384 columns: only columns that hold something matter to a reader.
    for (let col = left; col <= Math.min(right, left + 1023); col++) {
      if (hidden) set.add(col);
      else set.delete(col);
    }
    if (set.size === 0) delete sheet.hiddenColumns;
    else sheet.hiddenColumns = [...set].sort((a, b) => a - b);
    this.changed("api");
  }

  setRowHeight(sheetId: string, row: number, heightPt: number): void {
    this.requireSheet(sheetId).rowHeights.set(row, Math.max(0, heightPt));
    this.changed("api");
  }

  /**
   * Merges cells; `across` merges each row separately. As in Excel, only the top-left value of
   * each merged area is kept. Overlapping merged areas are replaced.
   */
  merge(sheetId: string, rect: Rect, across = false): void {
    const sheet = this.requireSheet(sheetId);
    const areas = across
      ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({
          ...rect,
          top: rect.top + i,
          bottom: rect.top + i,
        }))
      : [rect];
    for (const area of areas) {
      if (area.top === area.bottom && area.left === area.right) continue;
      sheet.merges = sheet.merges.filter((m) => !rectIntersection(m, area));
      for (const [row, col, r] of [...this.cells(sheetId)]) {
        if (rectContains(area, row, col) && !(row === area.top && col === area.left) && r.input !== null) {
          this.setInput(sheetId, row, col, null);
        }
      }
      sheet.merges.push(area);
    }
    this.changed("api");
  }

  unmerge(sheetId: string, rect: Rect): void {
    const sheet = this.requireSheet(sheetId);
    sheet.merges = sheet.merges.filter((m) => !rectIntersection(m, rect));
    this.changed("api");
  }

  /** Sets a validation rule on a rectangle (replacing the rules there). */
  setValidation(sheetId: string, rect: Rect, validation: Omit<ValidationState, "rect">): void {
    this.clearValidation(sheetId, rect);
    this.requireSheet(sheetId).validations.push({ ...clone(validation), rect });
    this.changed("api");
  }

  /** Updates the rules covering `rect` (alerts, prompts, ignoreBlanks) without changing the rule. */
  updateValidation(
    sheetId: string,
    rect: Rect,
    patch: Partial<Omit<ValidationState, "rect" | "rule">>,
  ): void {
    for (const v of this.requireSheet(sheetId).validations) {
      if (rectIntersection(v.rect, rect)) Object.assign(v, clone(patch));
    }
    this.changed("api");
  }

  /** Removes validation from exactly the overlapping cells, as `dataValidation.clear()` does. */
  clearValidation(sheetId: string, rect: Rect): void {
    const sheet = this.requireSheet(sheetId);
    sheet.validations = sheet.validations.flatMap((v) =>
      subtractRect(v.rect, rect).map((r) => ({ ...v, rect: r })),
    );
    this.changed("api");
  }

  /** Adds a conditional format at the top priority (0) and returns it. */
  addConditionalFormat(
    sheetId: string,
    cf: Omit<ConditionalFormatState, "id" | "priority">,
  ): ConditionalFormatState {
    const sheet = this.requireSheet(sheetId);
    for (const other of sheet.conditionalFormats) other.priority++;
    const created: ConditionalFormatState = { ...cf, id: this.makeId("cf"), priority: 0 };
    sheet.conditionalFormats.push(created);
    this.changed("api");
    return created;
  }

  updateConditionalFormat(
    sheetId: string,
    id: string,
    patch: Partial<Omit<ConditionalFormatState, "id" | "type">>,
  ): void {
    const cf = this.requireSheet(sheetId).conditionalFormats.find((c) => c.id === id);
    if (!cf) throw new StateError("ItemNotFound", "The requested resource doesn't exist.");
    Object.assign(cf, patch);
    this.changed("api");
  }

  deleteConditionalFormat(sheetId: string, id: string): void {
    const sheet = this.requireSheet(sheetId);
    sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c.id !== id);
    this.changed("api");
  }

  /** Removes every rule whose range touches `rect` (`conditionalFormats.clearAll()`). */
  clearConditionalFormats(sheetId: string, rect: Rect): void {
    const sheet = this.requireSheet(sheetId);
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !this.cfIntersects(cf, rect));
    this.changed("api");
  }

  /** Adds a chart (id assigned here). */
  addChart(sheetId: string, chart: Omit<ChartState, "id">): ChartState {
    const created: ChartState = { ...chart, id: this.makeId("chart") };
    this.requireSheet(sheetId).charts.push(created);
    this.changed("api");
    return created;
  }

  /** Changes a chart in place; `mutate` gets the live record. */
  updateChart(sheetId: string, chartId: string, mutate: (chart: ChartState) => void): void {
    const chart = this.chart(sheetId, chartId);
    if (!chart) throw new StateError("ItemNotFound", "The requested resource doesn't exist.");
    mutate(chart);
    this.changed("api");
  }

  deleteChart(sheetId: string, chartId: string): void {
    const sheet = this.requireSheet(sheetId);
    sheet.charts = sheet.charts.filter((c) => c.id !== chartId);
    this.changed("api");
  }

  /** Sets a workbook setting; the value is stored as a JSON copy. */
  setSetting(key: string, value: JsonValue): void {
    this.settingsMap.set(key, clone(value));
    this.changed("api");
  }

  deleteSetting(key: string): void {
    this.settingsMap.delete(key);
    this.changed("api");
  }

  /** Worksheet custom property (1.12): keys are case-insensitive, at most 255 characters. */
  setCustomProperty(sheetId: string, key: string, value: string): void {
    if (key.length === 0 || key.length > 255) {
      throw new StateError(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format.",
      );
    }
    const sheet = this.requireSheet(sheetId);
    const existing = sheet.customProperties.find((p) => p.key.toLowerCase() === key.toLowerCase());
    if (existing) existing.value = value;
    else sheet.customProperties.push({ key, value });
    this.changed("api");
  }

  deleteCustomProperty(sheetId: string, key: string): void {
    const sheet = this.requireSheet(sheetId);
    sheet.customProperties = sheet.customProperties.filter((p) => p.key.toLowerCase() !== key.toLowerCase());
    this.changed("api");
  }

  /** Selection set by the API (`range.select()`); also activates the sheet. */
  setSelection(sheetId: string, rect: Rect): void {
    this.requireSheet(sheetId);
    this.selectionState = { sheetId, rect };
    this.activeId = sheetId;
    this.changed("api");
  }

  /** Makes a new id for sheets, charts and rules ("{…}" for sheets, like Excel). */
  makeId(kind: "sheet" | "chart" | "cf" | "note"): string {
    const n = this.nextId++;
    if (kind === "sheet")
      return `{${n.toString(16).toUpperCase().padStart(8, "0")}-0001-0000-C000-000000000046}`;
    return `{${kind.toUpperCase()}-${n}}`;
  }

  // ------------------------------------------------------------------ validation of typing

  /** Would Excel accept this typed entry? Only Stop alerts refuse; others accept. */
  private checkValidation(sheetId: string, row: number, col: number, typed: TypedInput): EditResult {
    const v = this.validationAt(sheetId, row, col);
    if (!v || !v.errorAlert.showAlert || v.errorAlert.style !== "Stop") return { ok: true };
    if (typed.kind === "formula") return { ok: true }; // a formula's result is checked by getInvalidCells
    if (this.passesRule(sheetId, row, col, v, typedValue(typed))) return { ok: true };
    return {
      ok: false,
      reason: "validation",
      title: v.errorAlert.title || "Microsoft Excel",
      message:
        v.errorAlert.message ||
        "This value doesn't match the data validation restrictions defined for this cell.",
    };
  }

  /** Checks one value against a rule (also used by `getInvalidCells`). */
  passesRule(sheetId: string, row: number, col: number, v: ValidationState, value: ComputedValue): boolean {
    if (value === null || value === "") return v.ignoreBlanks;
    const rule = v.rule;
    const bound = (formula: string | null): number | null => {
      if (formula === null) return null;
      const shifted = formula.startsWith("=")
        ? shiftFormula(formula, row - v.rect.top, col - v.rect.left)
        : `=${formula}`;
      const r = this.evaluate(sheetId, shifted);
      return typeof r === "number" ? r : null;
    };
    switch (rule.kind) {
      case "decimal":
      case "wholeNumber":
      case "textLength": {
        const n = rule.kind === "textLength" ? String(value).length : value;
        if (typeof n !== "number") return false;
        if (rule.kind === "wholeNumber" && !Number.isInteger(n)) return false;
        return compare(n, rule.operator, bound(rule.formula1), bound(rule.formula2));
      }
      case "list": {
        const items = rule.source.startsWith("=")
          ? this.resolveRef(qualify(rule.source.slice(1), this.requireSheet(sheetId).name)).map(String)
          : rule.source.split(",").map((s) => s.trim());
        return items.some((item) => item.toLowerCase() === String(value).toLowerCase());
      }
      case "custom": {
        const r = this.evaluate(sheetId, shiftFormula(rule.formula, row - v.rect.top, col - v.rect.left));
        return r === true || (typeof r === "number" && r !== 0);
      }
    }
  }

  // ------------------------------------------------------------------ internals

  private writeTyped(sheetId: string, row: number, col: number, typed: TypedInput): void {
    switch (typed.kind) {
      case "empty":
        this.setInput(sheetId, row, col, null);
        return;
      case "formula":
        if (!this.engine.isValidFormula(typed.formula)) {
          // Excel shows "There's a problem with this formula" and keeps the old content.
          return;
        }
        this.setInput(sheetId, row, col, typed.formula);
        return;
      case "text":
        this.setInput(sheetId, row, col, typed.text, typed.quotePrefix || typed.text.startsWith("="));
        return;
      case "boolean":
        this.setInput(sheetId, row, col, typed.value);
        return;
      case "number": {
        // The format first, so formulas reading CELL("format") see it when the value lands.
        const current = this.record(sheetId, row, col)?.numberFormat ?? "General";
        const format = formatAfterTyping(current, typed.numberFormat);
        if (format !== current) this.setNumberFormat(sheetId, row, col, format);
        this.setInput(sheetId, row, col, typed.value);
        return;
      }
    }
  }

  private topLeftOf(sheetId: string, address: string): { row: number; col: number } {
    const rect = this.rectOf(address);
    const merged = this.mergeAt(sheetId, rect.top, rect.left);
    return merged ? { row: merged.top, col: merged.left } : { row: rect.top, col: rect.left };
  }

  private rectOf(address: string): Rect {
    const parsed = parseAddress(address);
    if (!parsed)
      throw new StateError("InvalidReference", "This reference isn't valid for the current operation.");
    return parsed.rect;
  }

  /** An engine whose CELL("format") reads this workbook's number formats. */
  private newEngine(): FormulaEngine {
    return new FormulaEngine((engineSheet, row, col) => {
      for (const [sheetId, id] of this.engineIds) {
        if (id === engineSheet) return this.record(sheetId, row, col)?.numberFormat ?? "General";
      }
      return "General";
    });
  }

  private engineId(sheetId: string): number {
    const id = this.engineIds.get(sheetId);
    if (id === undefined) throw new StateError("ItemNotFound", `The sheet "${sheetId}" does not exist.`);
    return id;
  }

  private isFormulaRecord(r: Pick<CellRecord, "input" | "quotePrefix">): boolean {
    return typeof r.input === "string" && !r.quotePrefix && r.input.startsWith("=");
  }

  private engineInput(r: Pick<CellRecord, "input" | "quotePrefix">): EngineInput {
    if (r.input === null) return { kind: "empty" };
    if (typeof r.input === "number") return { kind: "number", value: r.input };
    if (typeof r.input === "boolean") return { kind: "boolean", value: r.input };
    if (this.isFormulaRecord(r)) return { kind: "formula", formula: r.input };
    return { kind: "text", text: r.input };
  }

  private updateRecord(sheetId: string, row: number, col: number, mutate: (r: CellRecord) => void): void {
    if (row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLUMNS) {
      throw new StateError(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format.",
      );
    }
    const sheet = this.requireSheet(sheetId);
    const k = key(row, col);
    const r = sheet.cells.get(k) ?? newRecord();
    mutate(r);
    if (isDefaultRecord(r)) sheet.cells.delete(k);
    else sheet.cells.set(k, r);
  }

  private cfIntersects(cf: ConditionalFormatState, rect: Rect): boolean {
    const parsed = parseAddress(cf.rangeAddress);
    return parsed !== null && rectIntersection(parsed.rect, rect) !== null;
  }

  /** Paints the rules that hold for a cell over its own format, highest priority winning. */
  private applyConditionalFormats(sheetId: string, row: number, col: number, base: CellFormat): CellFormat {
    const sheet = this.requireSheet(sheetId);
    if (sheet.conditionalFormats.length === 0) return base;
    const rules = [...sheet.conditionalFormats].sort((a, b) => b.priority - a.priority);
    let out = base;
    for (const cf of rules) {
      const parsed = parseAddress(cf.rangeAddress);
      if (!parsed || !rectContains(parsed.rect, row, col)) continue;
      const result = this.evaluate(
        sheetId,
        shiftFormula(cf.formula, row - parsed.rect.top, col - parsed.rect.left),
      );
      if (result !== true && !(typeof result === "number" && result !== 0)) continue;
      out = {
        ...out,
        ...(cf.fill !== null ? { fill: cf.fill } : {}),
        ...(cf.fontColor !== null ? { fontColor: cf.fontColor } : {}),
        ...(cf.bold !== null ? { bold: cf.bold } : {}),
      };
    }
    return out;
  }
}

function typedValue(typed: TypedInput): ComputedValue {
  switch (typed.kind) {
    case "empty":
      return null;
    case "text":
      return typed.text;
    case "formula":
      return typed.formula;
    case "boolean":
    case "number":
      return typed.value;
  }
}

function compare(n: number, op: ValidationOperator, a: number | null, b: number | null): boolean {
  if (a === null) return false;
  switch (op) {
    case "Between":
      return b !== null && n >= Math.min(a, b) && n <= Math.max(a, b);
    case "NotBetween":
      return b !== null && (n < Math.min(a, b) || n > Math.max(a, b));
    case "EqualTo":
      return n === a;
    case "NotEqualTo":
      return n !== a;
    case "GreaterThan":
      return n > a;
    case "LessThan":
      return n < a;
    case "GreaterThanOrEqualTo":
      return n >= a;
    case "LessThanOrEqualTo":
      return n <= a;
  }
}

function addressOf(row: number, col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** "$A$1:$A$3" on the current sheet → "Sheet1!$A$1:$A$3"; already qualified refs pass through. */
function qualify(ref: string, sheetName: string): string {
  return ref.includes("!") ? ref : `'${sheetName.replace(/'/g, "''")}'!${ref}`;
}

function renameInRef(ref: string | null, oldName: string, newName: string): string | null {
  if (ref === null) return null;
  const parsed = parseAddress(ref);
  if (!parsed || parsed.sheet === null || parsed.sheet.toLowerCase() !== oldName.toLowerCase()) return ref;
  const local = ref.slice(ref.lastIndexOf("!") + 1);
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(newName) ? newName : `'${newName.replace(/'/g, "''")}'`;
  return `${quoted}!${local}`;
}

/**
 * Moves the relative references of an en-US formula by (dRow, dCol): how Excel reads a
 * conditional format or validation formula written for the top-left cell at another cell.
 * "$" parts stay; text in quotes and sheet-qualified names are left alone apart from the cell.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? "";
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(])/.exec(formula.slice(i));
    const prev = formula[i - 1] ?? "";
    if (m && !/[A-Za-z0-9_.]/.test(prev)) {
      const [whole, colAbs = "", letters = "", rowAbs = "", digits = ""] = m;
      let col = 0;
      for (const c of letters.toUpperCase()) col = col * 26 + (c.charCodeAt(0) - 64);
      col -= 1;
      const row = Number(digits) - 1;
      const newCol = colAbs ? col : col + dCol;
      const newRow = rowAbs ? row : row + dRow;
      if (newCol < 0 || newRow < 0) out += "#REF!";
      else {
        const cell = addressOf(newRow, newCol);
        const newLetters = cell.replace(/[0-9]+$/, "");
        out += `${colAbs}${newLetters}${rowAbs}${newRow + 1}`;
      }
      i += whole.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * Excel.Range and its format objects, over WorkbookState. A host Range holds a resolver for its
 * rectangle, evaluated once, by the first action of a request that uses it (as Excel resolves object paths).
 */
import { formatValue } from "../numfmt";
import {
  DEFAULT_FORMAT,
  type BorderEdge,
  type CellFormat,
  type CellRecord,
  type HorizontalAlignment,
  type SheetState,
  type VerticalAlignment,
} from "../state";
import { isExcelError } from "../engine";
import { writeParseLocale } from "../host-rules";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  qualifiedA1,
  rectColumns,
  rectContains,
  rectIntersection,
  rectRows,
  rectUnion,
  type Rect,
} from "./address";
import { HostCollection, HostObject, type HostCore } from "./client";
import { ConditionalFormatCollection } from "./conditional";
import { MESSAGES, RichApiError } from "./errors";
import { DataValidation } from "./validation";
import { delocalizeFormula, localizeFormula, normalizeColour, shapeFor, writeCell } from "./values";

/** What a Range needs from its worksheet. */
export interface SheetProxy extends HostObject {
  /** The sheet this object stands for (resolved once; throws ItemNotFound). */
  _sheetState(): SheetState;
}

/** Up to this many cells, a range looks its cells up one by one instead of walking the sheet. */
const SMALL_RANGE = 4096;

/** Excel refuses to return more than this many cells in one read (OFFICE-NOTES §1). */
const READ_CELL_LIMIT = 5_000_000;

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "values",
  "text",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "numberFormatLocal",
  "valueTypes",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "cellCount",
  "isEntireColumn",
  "isEntireRow",
  "columnHidden",
] as const;

export class Range extends HostObject {
  private rectCache: Rect | null | undefined;
  private formatChild: RangeFormat | undefined;
  private cfChild: ConditionalFormatCollection | undefined;
  private dvChild: DataValidation | undefined;

  /**
   * @param resolve the rectangle, or null for a null object (`…OrNullObject` ranges)
   * @param nullable true for `…OrNullObject` ranges: `isNullObject` is decided when the path is resolved
   */
  constructor(
    core: HostCore,
    readonly _sheet: SheetProxy,
    private readonly resolve: () => Rect | null,
    parent: HostObject | null,
    nullable = false,
  ) {
    super(core, null, "Range");
    if (nullable) this._checkNull(() => this._rect() !== null);
  }

  /** The rectangle, resolved once. Throws for a null range used as a real one. */
  _rect(): Rect | null {
    if (this.rectCache === undefined) this.rectCache = this.resolve();
    return this.rectCache;
  }

  _requireRect(): Rect {
    const rect = this._rect();
    if (!rect) throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "Range");
    return rect;
  }

  _sheetId(): string {
    return this._sheet._sheetState().id;
  }

  // ---------------------------------------------------------------- properties

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v, () =>
      this.writeEach(v, "Range.values", (id, row, col, item) =>
        writeCell(this._core.state, id, row, col, item, writeParseLocale("values", this._core.state.locale)),
      ),
    );
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v, () =>
      this.writeEach(v, "Range.formulas", (id, row, col, item) =>
        writeCell(
          this._core.state,
          id,
          row,
          col,
          item,
          writeParseLocale("formulas", this._core.state.locale),
        ),
      ),
    );
  }
  get formulasLocal(): unknown[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(v: unknown[][]) {
    this._set("formulasLocal", v, () =>
      this.writeEach(v, "Range.formulasLocal", (id, row, col, item) =>
        writeCell(
          this._core.state,
          id,
          row,
          col,
          typeof item === "string" && item.startsWith("=")
            ? delocalizeFormula(item, this._core.state.locale)
            : item,
          writeParseLocale("formulasLocal", this._core.state.locale),
        ),
      ),
    );
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this._set("numberFormat", v, () => this.writeNumberFormat(v, "Range.numberFormat"));
  }
  get numberFormatLocal(): unknown[][] {
    return this._get("numberFormatLocal");
  }
  set numberFormatLocal(v: unknown[][]) {
    this._set("numberFormatLocal", v, () => this.writeNumberFormat(v, "Range.numberFormatLocal"));
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  /** ExcelApi 1.2: true when every column of the range is hidden, false when none is, else null. */
  get columnHidden(): boolean {
    return this._get("columnHidden");
  }
  set columnHidden(v: boolean) {
    this._set("columnHidden", v, () => {
      const rect = this._requireRect();
      this._core.state.setColumnsHidden(this._sheetId(), rect.left, rect.right, v);
    });
  }

  get worksheet(): SheetProxy {
    return this._sheet;
  }
  get format(): RangeFormat {
    this.formatChild ??= new RangeFormat(this._core, this);
    return this.formatChild;
  }
  get conditionalFormats(): ConditionalFormatCollection {
    this.cfChild ??= new ConditionalFormatCollection(this._core, this);
    return this.cfChild;
  }
  get dataValidation(): DataValidation {
    this.dvChild ??= new DataValidation(this._core, this);
    return this.dvChild;
  }

  protected _scalars(): readonly string[] {
    return RANGE_SCALARS;
  }

  protected override _child(name: string): HostObject | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this._sheet;
    if (name === "conditionalFormats") return this.conditionalFormats;
    if (name === "dataValidation") return this.dataValidation;
    return undefined;
  }

  protected _read(name: string): unknown {
    const rect = this._requireRect();
    const sheet = this._sheet._sheetState();
    const state = this._core.state;
    const cells = rectRows(rect) * rectColumns(rect);
    const grid = <T>(fn: (row: number, col: number) => T): T[][] | null => {
      if (cells > READ_CELL_LIMIT) return null; // Excel returns null past its read limit
      return Array.from({ length: rectRows(rect) }, (_, r) =>
        Array.from({ length: rectColumns(rect) }, (_, c) => fn(rect.top + r, rect.left + c)),
      );
    };
    const valueAt = (row: number, col: number): string | number | boolean =>
      state.value(sheet.id, row, col) ?? "";
    switch (name) {
      case "address":
      case "addressLocal":
        return qualifiedA1(sheet.name, rect);
      case "values":
        return grid(valueAt);
      case "text":
        return grid((row, col) => {
          const r = state.record(sheet.id, row, col);
          return formatValue(state.value(sheet.id, row, col), r?.numberFormat ?? "General", state.locale);
        });
      case "formulas":
      case "formulasLocal":
        return grid((row, col) => {
          const r = state.record(sheet.id, row, col);
          const isFormula =
            r !== undefined && typeof r.input === "string" && !r.quotePrefix && r.input.startsWith("=");
          if (!isFormula) return valueAt(row, col);
          const f = r.input as string;
          return name === "formulas" ? f : localizeFormula(f, state.locale);
        });
      case "numberFormat":
      case "numberFormatLocal":
        return grid((row, col) => state.record(sheet.id, row, col)?.numberFormat ?? "General");
      case "valueTypes":
        return grid((row, col) => {
          const v = state.value(sheet.id, row, col);
          if (v === null || v === "") return "Empty";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return isExcelError(v) ? "Error" : "String";
        });
      case "rowCount":
        return rectRows(rect);
      case "columnCount":
        return rectColumns(rect);
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "cellCount":
        return cells;
      case "isEntireColumn":
        return rect.top === 0 && rect.bottom === MAX_ROWS - 1;
      case "isEntireRow":
        return rect.left === 0 && rect.right === MAX_COLUMNS - 1;
      case "columnHidden": {
        let hidden = 0;
        for (let col = rect.left; col <= rect.right; col++) if (state.isColumnHidden(sheet.id, col)) hidden++;
        return hidden === 0 ? false : hidden === rectColumns(rect) ? true : null;
      }
      default:
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `Range.${name}`);
    }
  }

  private writeEach(
    value: unknown,
    location: string,
    write: (sheetId: string, row: number, col: number, item: unknown) => void,
  ): void {
    const rect = this._requireRect();
    if (value === null || value === undefined)
      throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, location);
    const at = shapeFor<unknown>(value, rect, location);
    // A cell that is not a scalar fails the whole write before any cell changes (an argument
    // Excel cannot read; that it checks the array first is a guess).
    const cells = Array.isArray(value) ? (value as unknown[][]).flat() : [value];
    if (!cells.every((v) => v === null || ["number", "string", "boolean"].includes(typeof v)))
      throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, location);
    const id = this._sheetId();
    for (let r = 0; r <= rect.bottom - rect.top; r++) {
      for (let c = 0; c <= rect.right - rect.left; c++) write(id, rect.top + r, rect.left + c, at(r, c));
    }
  }

  private writeNumberFormat(value: unknown, location: string): void {
    this.writeEach(value, location, (id, row, col, item) => {
      if (item === null || item === undefined) return;
      if (typeof item !== "string")
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, location);
      this._core.state.setNumberFormat(id, row, col, item);
    });
  }

  // ---------------------------------------------------------------- derived ranges

  private derive(fn: (rect: Rect) => Rect | null, nullable = false): Range {
    return new Range(
      this._core,
      this._sheet,
      () => {
        const rect = this._rect();
        return rect ? fn(rect) : null;
      },
      this,
      nullable,
    );
  }

  private static checked(rect: Rect): Rect {
    if (
      rect.top < 0 ||
      rect.left < 0 ||
      rect.bottom >= MAX_ROWS ||
      rect.right >= MAX_COLUMNS ||
      rect.top > rect.bottom ||
      rect.left > rect.right
    ) {
      throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, "Range");
    }
    return rect;
  }

  /**
   * Sent by the client runtime before it splits a write of more than 1 500 cells into row
   * chunks (OFFICE-NOTES §15): the whole array must fit the range, as for one write (§14 #1025).
   */
  _ValidateArraySize(rows: number, columns: number): void {
    this._call("_ValidateArraySize", [rows, columns], () => {
      const rect = this._requireRect();
      if (rectRows(rect) !== rows || rectColumns(rect) !== columns)
        throw new RichApiError("InvalidArgument", MESSAGES.shapeMismatch, "Range.values");
    });
  }

  getCell(row: number, column: number): Range {
    return this.derive((r) =>
      Range.checked({ top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column }),
    );
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive((r) =>
      Range.checked({
        top: r.top + rowOffset,
        left: r.left + columnOffset,
        bottom: r.bottom + rowOffset,
        right: r.right + columnOffset,
      }),
    );
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive((r) =>
      Range.checked({ ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns }),
    );
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this.derive((r) =>
      Range.checked({ ...r, bottom: r.top + numRows - 1, right: r.left + numColumns - 1 }),
    );
  }
  getRow(row: number): Range {
    return this.derive((r) => Range.checked({ ...r, top: r.top + row, bottom: r.top + row }));
  }
  getColumn(column: number): Range {
    return this.derive((r) => Range.checked({ ...r, left: r.left + column, right: r.left + column }));
  }
  getLastCell(): Range {
    return this.derive((r) => ({ top: r.bottom, left: r.right, bottom: r.bottom, right: r.right }));
  }
  getLastRow(): Range {
    return this.derive((r) => ({ ...r, top: r.bottom }));
  }
  getLastColumn(): Range {
    return this.derive((r) => ({ ...r, left: r.right }));
  }
  getEntireColumn(): Range {
    return this.derive((r) => ({ ...r, top: 0, bottom: MAX_ROWS - 1 }));
  }
  getEntireRow(): Range {
    return this.derive((r) => ({ ...r, left: 0, right: MAX_COLUMNS - 1 }));
  }
  getIntersection(anotherRange: Range | string): Range {
    return this.derive((r) => {
      const hit = rectIntersection(r, this.otherRect(anotherRange));
      if (!hit) throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "Range.getIntersection");
      return hit;
    });
  }
  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    return this.derive((r) => rectIntersection(r, this.otherRect(anotherRange)), true);
  }
  getBoundingRect(anotherRange: Range | string): Range {
    return this.derive((r) => rectUnion(r, this.otherRect(anotherRange)));
  }
  getUsedRange(valuesOnly?: boolean): Range {
    return this.derive((r) => {
      const used = this._core.state.usedRect(this._sheetId(), valuesOnly === true);
      const hit = used ? rectIntersection(r, used) : null;
      if (!hit) throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "Range.getUsedRange");
      return hit;
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this.derive((r) => {
      const used = this._core.state.usedRect(this._sheetId(), valuesOnly === true);
      return used ? rectIntersection(r, used) : null;
    }, true);
  }

  private otherRect(other: Range | string): Rect {
    if (typeof other === "string") {
      const parsed = parseAddress(other);
      if (!parsed) throw new RichApiError("InvalidReference", MESSAGES.invalidReference, "Range");
      return parsed.rect;
    }
    return other._requireRect();
  }

  // ---------------------------------------------------------------- methods

  merge(across?: boolean): void {
    this._call("merge", [across], () =>
      this._core.state.merge(this._sheetId(), this._requireRect(), across === true),
    );
  }
  unmerge(): void {
    this._call("unmerge", [], () => this._core.state.unmerge(this._sheetId(), this._requireRect()));
  }
  select(): void {
    this._call("select", [], () => this._core.state.setSelection(this._sheetId(), this._requireRect()));
  }
  clear(applyTo?: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks"): void {
    this._call("clear", [applyTo], () =>
      this._core.state.clear(this._sheetId(), this._requireRect(), applyTo ?? "All"),
    );
  }

  /** Cells of this range that have a stored record, and whether some cells have none. */
  _storedCells(): { records: CellRecord[]; hasDefaults: boolean } {
    const rect = this._requireRect();
    const records: CellRecord[] = [];
    const area = rectRows(rect) * rectColumns(rect);
    const state = this._core.state;
    const id = this._sheetId();
    if (area <= SMALL_RANGE) {
      // Kiểm tra reads the fill of one cell at a time: walking the whole sheet for each was
      // quadratic in the table's size.
      for (let row = rect.top; row <= rect.bottom; row++)
        for (let col = rect.left; col <= rect.right; col++) {
          const r = state.record(id, row, col);
          if (r) records.push(r);
        }
    } else {
      for (const [row, col, r] of state.cells(id)) if (rectContains(rect, row, col)) records.push(r);
    }
    return { records, hasDefaults: records.length < area };
  }

  /** A format property over the range: one value when all cells agree, else null (as Excel). */
  _uniform<T>(pick: (format: CellFormat) => T): T | null {
    const { records, hasDefaults } = this._storedCells();
    const values = records.map((r) => pick(r.format));
    if (hasDefaults) values.push(pick({ ...DEFAULT_FORMAT }));
    const first = values[0];
    return first !== undefined && values.every((v) => v === first) ? first : null;
  }

  /** Applies a format change to every cell. */
  _formatEach(patch: Partial<CellFormat>): void {
    const rect = this._requireRect();
    const id = this._sheetId();
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) this._core.state.setFormat(id, row, col, patch);
    }
  }
}

// ------------------------------------------------------------------ format objects

/** Estimated text width in points for autofit (Calibri 11: about 5.5 pt per character). */
function textWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * 0.5 + 6);
}

export class RangeFormat extends HostObject {
  private fillChild: RangeFill | undefined;
  private fontChild: RangeFont | undefined;
  private bordersChild: RangeBorderCollection | undefined;

  constructor(
    core: HostCore,
    readonly _range: Range,
  ) {
    super(core, _range, "RangeFormat");
  }

  get fill(): RangeFill {
    this.fillChild ??= new RangeFill(this._core, this._range, this);
    return this.fillChild;
  }
  get font(): RangeFont {
    this.fontChild ??= new RangeFont(this._core, this._range, this);
    return this.fontChild;
  }
  get borders(): RangeBorderCollection {
    this.bordersChild ??= new RangeBorderCollection(this._core, this._range, this);
    return this.bordersChild;
  }

  get horizontalAlignment(): HorizontalAlignment {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: HorizontalAlignment) {
    this._set("horizontalAlignment", v, () => this._range._formatEach({ hAlign: v }));
  }
  get verticalAlignment(): VerticalAlignment {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: VerticalAlignment) {
    this._set("verticalAlignment", v, () => this._range._formatEach({ vAlign: v }));
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._set("wrapText", v, () => this._range._formatEach({ wrap: v }));
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v, () => {
      const rect = this._range._requireRect();
      for (let col = rect.left; col <= rect.right; col++)
        this._core.state.setColumnWidth(this._range._sheetId(), col, v);
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._set("rowHeight", v, () => {
      const rect = this._range._requireRect();
      for (let row = rect.top; row <= rect.bottom; row++)
        this._core.state.setRowHeight(this._range._sheetId(), row, v);
    });
  }

  /** Widens each column to its longest displayed text (an estimate, no font metrics). */
  autofitColumns(): void {
    this._call("autofitColumns", [], () => {
      const rect = this._range._requireRect();
      const id = this._range._sheetId();
      const state = this._core.state;
      const widths = new Map<number, number>();
      for (const [row, col] of state.cells(id)) {
        if (!rectContains(rect, row, col) || state.mergeAt(id, row, col)) continue;
        const cell = state.cell(id, row, col);
        if (cell.format.wrap) continue;
        widths.set(col, Math.max(widths.get(col) ?? 0, textWidth(cell.text, cell.format.fontSize)));
      }
      for (const [col, w] of widths) state.setColumnWidth(id, col, Math.max(w, 12));
    });
  }

  /** Sets each row's height from its tallest (wrapped) cell, estimated. */
  autofitRows(): void {
    this._call("autofitRows", [], () => {
      const rect = this._range._requireRect();
      const id = this._range._sheetId();
      const state = this._core.state;
      const heights = new Map<number, number>();
      for (const [row, col] of state.cells(id)) {
        if (!rectContains(rect, row, col)) continue;
        const cell = state.cell(id, row, col);
        const lines = cell.format.wrap
          ? Math.max(1, Math.ceil(textWidth(cell.text, cell.format.fontSize) / state.columnWidth(id, col)))
          : 1;
        heights.set(row, Math.max(heights.get(row) ?? 0, lines * cell.format.fontSize * 1.36));
      }
      for (const [row, h] of heights) state.setRowHeight(id, row, Math.round(h * 4) / 4);
    });
  }

  protected _scalars(): readonly string[] {
    return ["horizontalAlignment", "verticalAlignment", "wrapText", "columnWidth", "rowHeight"];
  }

  protected override _child(name: string): HostObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    if (name === "borders") return this.borders;
    return undefined;
  }

  protected _read(name: string): unknown {
    const rect = this._range._requireRect();
    const id = this._range._sheetId();
    const state = this._core.state;
    const same = (values: number[]): number | null =>
      values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
    switch (name) {
      case "horizontalAlignment":
        return this._range._uniform((f) => f.hAlign);
      case "verticalAlignment":
        return this._range._uniform((f) => f.vAlign);
      case "wrapText":
        return this._range._uniform((f) => f.wrap);
      case "columnWidth":
        return same(
          Array.from({ length: Math.min(rectColumns(rect), 1000) }, (_, i) =>
            state.columnWidth(id, rect.left + i),
          ),
        );
      case "rowHeight":
        return same(
          Array.from({ length: Math.min(rectRows(rect), 1000) }, (_, i) => state.rowHeight(id, rect.top + i)),
        );
      default:
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `RangeFormat.${name}`);
    }
  }
}

export class RangeFill extends HostObject {
  constructor(
    core: HostCore,
    private readonly range: Range,
    parent: HostObject,
  ) {
    super(core, parent, "RangeFill");
  }

  /** "#RRGGBB"; a cell without fill reads "#FFFFFF", as in Excel. */
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, () => this.range._formatEach({ fill: normalizeColour(v, "RangeFill.color") }));
  }

  clear(): void {
    this._call("clear", [], () => this.range._formatEach({ fill: null }));
  }

  protected _scalars(): readonly string[] {
    return ["color"];
  }

  protected _read(name: string): unknown {
    if (name !== "color")
      throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `RangeFill.${name}`);
    return this.range._uniform((f) => f.fill ?? "#FFFFFF");
  }
}

export class RangeFont extends HostObject {
  constructor(
    core: HostCore,
    private readonly range: Range,
    parent: HostObject,
  ) {
    super(core, parent, "RangeFont");
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v, () => this.range._formatEach({ bold: v }));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._set("italic", v, () => this.range._formatEach({ italic: v }));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, () => this.range._formatEach({ fontColor: normalizeColour(v, "RangeFont.color") }));
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this._set("size", v, () => {
      if (!(v > 0 && v <= 409))
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, "RangeFont.size");
      this.range._formatEach({ fontSize: v });
    });
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => this.range._formatEach({ fontName: v }));
  }

  protected _scalars(): readonly string[] {
    return ["bold", "italic", "color", "size", "name"];
  }

  protected _read(name: string): unknown {
    switch (name) {
      case "bold":
        return this.range._uniform((f) => f.bold);
      case "italic":
        return this.range._uniform((f) => f.italic);
      case "color":
        return this.range._uniform((f) => f.fontColor);
      case "size":
        return this.range._uniform((f) => f.fontSize);
      case "name":
        return this.range._uniform((f) => f.fontName);
      default:
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `RangeFont.${name}`);
    }
  }
}

const EDGES: readonly BorderEdge[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

/** Which cells of the range an edge is stored on, and under which cell edge. */
function edgeCells(rect: Rect, edge: BorderEdge): Array<[number, number, BorderEdge]> {
  const out: Array<[number, number, BorderEdge]> = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let col = rect.left; col <= rect.right; col++) {
      if (edge === "EdgeTop" && row === rect.top) out.push([row, col, "EdgeTop"]);
      else if (edge === "EdgeBottom" && row === rect.bottom) out.push([row, col, "EdgeBottom"]);
      else if (edge === "EdgeLeft" && col === rect.left) out.push([row, col, "EdgeLeft"]);
      else if (edge === "EdgeRight" && col === rect.right) out.push([row, col, "EdgeRight"]);
      else if (edge === "InsideHorizontal" && row < rect.bottom) out.push([row, col, "EdgeBottom"]);
      else if (edge === "InsideVertical" && col < rect.right) out.push([row, col, "EdgeRight"]);
      else if (edge === "DiagonalDown" || edge === "DiagonalUp") out.push([row, col, edge]);
    }
  }
  return out;
}

export class RangeBorderCollection extends HostCollection<RangeBorder> {
  constructor(
    core: HostCore,
    private readonly range: Range,
    parent: HostObject,
  ) {
    super(core, parent, "RangeBorderCollection");
  }

  getItem(index: BorderEdge): RangeBorder {
    return new RangeBorder(this._core, this.range, this, index);
  }

  protected _enumerate(): RangeBorder[] {
    return EDGES.map((e) => new RangeBorder(this._core, this.range, this, e));
  }
}

export class RangeBorder extends HostObject {
  constructor(
    core: HostCore,
    private readonly range: Range,
    parent: HostObject,
    private readonly edge: BorderEdge,
  ) {
    super(core, null, "RangeBorder");
  }

  get sideIndex(): BorderEdge {
    return this.edge;
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v, () => this.apply({ style: v }));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v, () => this.apply({ color: normalizeColour(v, "RangeBorder.color") }));
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this._set("weight", v, () => this.apply({ weight: v }));
  }

  private apply(patch: { style?: string; color?: string; weight?: string }): void {
    const rect = this.range._requireRect();
    const id = this.range._sheetId();
    for (const [row, col, edge] of edgeCells(rect, this.edge))
      this._core.state.setBorder(id, row, col, edge, patch);
  }

  protected _scalars(): readonly string[] {
    return ["style", "color", "weight", "sideIndex"];
  }

  protected _read(name: string): unknown {
    if (name === "sideIndex") return this.edge;
    const rect = this.range._requireRect();
    const id = this.range._sheetId();
    const first = edgeCells(rect, this.edge)[0];
    const border = first ? this._core.state.record(id, first[0], first[1])?.borders[first[2]] : undefined;
    switch (name) {
      case "style":
        return border?.style ?? "None";
      case "color":
        return border?.color ?? "#000000";
      case "weight":
        return border?.weight ?? "Thin";
      default:
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `RangeBorder.${name}`);
    }
  }
}

/** Excel.RangeAreas, as far as `getInvalidCells` needs: several rectangles on one sheet. */
export class RangeAreas extends HostObject {
  private rectsCache: Rect[] | undefined;

  constructor(
    core: HostCore,
    private readonly sheet: SheetProxy,
    private readonly resolve: () => Rect[],
    parent: HostObject,
    nullable: boolean,
  ) {
    super(core, null, "RangeAreas");
    if (nullable) this._checkNull(() => this.rects().length > 0);
  }

  private rects(): Rect[] {
    this.rectsCache ??= this.resolve();
    return this.rectsCache;
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }

  protected _scalars(): readonly string[] {
    return ["address", "addressLocal", "areaCount", "cellCount"];
  }

  protected _read(name: string): unknown {
    const rects = this.rects();
    if (rects.length === 0) throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "RangeAreas");
    const sheetName = this.sheet._sheetState().name;
    switch (name) {
      case "address":
      case "addressLocal":
        return rects.map((r) => qualifiedA1(sheetName, r)).join(",");
      case "areaCount":
        return rects.length;
      case "cellCount":
        return rects.reduce((n, r) => n + rectRows(r) * rectColumns(r), 0);
      default:
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `RangeAreas.${name}`);
    }
  }
}

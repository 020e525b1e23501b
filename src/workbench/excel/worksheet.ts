/**
 * Worksheets and what hangs off them: freeze panes, page layout, notes (1.18) and custom
 * properties (1.12). A host Worksheet resolves to a sheet id once and keeps it, so it follows
 * the sheet across renames in the same batch, as Excel's object paths do.
 */
import type { PageZoom, SheetState, SheetVisibility } from "../state";
import { cellA1, parseAddress, type Rect } from "./address";
import { ChartCollection } from "./chart";
import { HostCollection, HostObject, type HostResult, type HostCore } from "./client";
import { MESSAGES, RichApiError } from "./errors";
import { Range, type SheetProxy } from "./range";
import { normalizeColour } from "./values";

const WORKSHEET_SCALARS = ["name", "id", "position", "visibility", "tabColor", "showGridlines"] as const;

export class Worksheet extends HostObject implements SheetProxy {
  private boundId: string | null | undefined;
  private chartsChild: ChartCollection | undefined;
  private notesChild: NoteCollection | undefined;
  private propsChild: WorksheetCustomPropertyCollection | undefined;
  private freezeChild: WorksheetFreezePanes | undefined;
  private layoutChild: PageLayout | undefined;

  /** @param resolveId the sheet's id, or null when it does not exist (null objects) */
  constructor(
    core: HostCore,
    parent: HostObject | null,
    private readonly resolveId: () => string | null,
    nullable = false,
  ) {
    super(core, null, "Worksheet");
    if (nullable) this._checkNull(() => this.currentId() !== null);
  }

  _bind(id: string): void {
    this.boundId = id;
  }

  private currentId(): string | null {
    if (this.boundId === undefined) this.boundId = this.resolveId();
    return this.boundId;
  }

  _sheetState(): SheetState {
    const id = this.currentId();
    const sheet = id === null ? undefined : this._core.state.sheetById(id);
    if (!sheet) throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "Worksheet");
    return sheet;
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => this._core.state.renameSheet(this._sheetState().id, v));
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v, () => this._core.state.moveSheet(this._sheetState().id, v));
  }
  get visibility(): SheetVisibility {
    return this._get("visibility");
  }
  set visibility(v: SheetVisibility) {
    this._set("visibility", v, () => this._core.state.updateSheet(this._sheetState().id, { visibility: v }));
  }
  /** "" = automatic; null on a hidden sheet (OFFICE-NOTES §4). */
  get tabColor(): string | null {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._set("tabColor", v, () =>
      this._core.state.updateSheet(this._sheetState().id, {
        tabColor: v === "" ? "" : normalizeColour(v, "Worksheet.tabColor"),
      }),
    );
  }
  get showGridlines(): boolean {
    return this._get("showGridlines");
  }
  set showGridlines(v: boolean) {
    this._set("showGridlines", v, () =>
      this._core.state.updateSheet(this._sheetState().id, { showGridlines: v }),
    );
  }

  get charts(): ChartCollection {
    this.chartsChild ??= new ChartCollection(this._core, this);
    return this.chartsChild;
  }
  get notes(): NoteCollection {
    this.notesChild ??= new NoteCollection(this._core, this);
    return this.notesChild;
  }
  get customProperties(): WorksheetCustomPropertyCollection {
    this.propsChild ??= new WorksheetCustomPropertyCollection(this._core, this);
    return this.propsChild;
  }
  get freezePanes(): WorksheetFreezePanes {
    this.freezeChild ??= new WorksheetFreezePanes(this._core, this);
    return this.freezeChild;
  }
  get pageLayout(): PageLayout {
    this.layoutChild ??= new PageLayout(this._core, this);
    return this.layoutChild;
  }

  /** A range by A1 address on this sheet; no address = the whole sheet. */
  getRange(address?: string): Range {
    return new Range(
      this._core,
      this,
      () => {
        if (address === undefined || address === "")
          return { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
        const parsed = parseAddress(address);
        const sheet = this._sheetState();
        if (!parsed || (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())) {
          throw new RichApiError("InvalidReference", MESSAGES.invalidReference, "Worksheet.getRange");
        }
        return parsed.rect;
      },
      this,
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(
      this._core,
      this,
      () => {
        const rect: Rect = {
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        };
        const ok =
          [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
          startRow >= 0 &&
          startColumn >= 0 &&
          rowCount > 0 &&
          columnCount > 0;
        if (!ok || rect.bottom >= 1_048_576 || rect.right >= 16_384) {
          throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, "Worksheet.getRangeByIndexes");
        }
        return rect;
      },
      this,
    );
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The used range; A1 on an empty sheet, as in Excel. */
  getUsedRange(valuesOnly?: boolean): Range {
    return new Range(
      this._core,
      this,
      () =>
        this._core.state.usedRect(this._sheetState().id, valuesOnly === true) ?? {
          top: 0,
          left: 0,
          bottom: 0,
          right: 0,
        },
      this,
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return new Range(
      this._core,
      this,
      () => this._core.state.usedRect(this._sheetState().id, valuesOnly === true),
      this,
      true,
    );
  }

  activate(): void {
    this._call("activate", [], () => this._core.state.activate(this._sheetState().id));
  }

  delete(): void {
    this._call("delete", [], () => this._core.state.deleteSheet(this._sheetState().id));
  }

  protected _scalars(): readonly string[] {
    return WORKSHEET_SCALARS;
  }

  protected override _child(name: string): HostObject | undefined {
    switch (name) {
      case "charts":
        return this.charts;
      case "notes":
        return this.notes;
      case "customProperties":
        return this.customProperties;
      case "freezePanes":
        return this.freezePanes;
      case "pageLayout":
        return this.pageLayout;
      default:
        return undefined;
    }
  }

  protected _read(name: string): unknown {
    const sheet = this._sheetState();
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this._core.state.positionOf(sheet.id);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.visibility === "Visible" ? sheet.tabColor : null;
      case "showGridlines":
        return sheet.showGridlines;
      default:
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `Worksheet.${name}`);
    }
  }
}

export class WorksheetCollection extends HostCollection<Worksheet> {
  constructor(core: HostCore, parent: HostObject) {
    super(core, parent, "WorksheetCollection");
  }

  /** By name (case-insensitive) or id; ItemNotFound when missing. */
  getItem(key: string): Worksheet {
    return new Worksheet(this._core, this, () => {
      const sheet = this._core.state.findSheet(key);
      if (!sheet)
        throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "WorksheetCollection.getItem");
      return sheet.id;
    });
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this._core, this, () => this._core.state.findSheet(key)?.id ?? null, true);
  }

  /** Appends a sheet; a clash is ItemAlreadyExists, a bad name InvalidArgument. */
  add(name?: string): Worksheet {
    const sheet = new Worksheet(this._core, this, () => null);
    this._call("add", [name], () => sheet._bind(this._core.state.addSheet(name).id));
    return sheet;
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this._core, this, () => this._core.state.activeSheetId);
  }

  getCount(visibleOnly?: boolean): HostResult<number> {
    return this._result(
      "getCount",
      () => this._core.state.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
    );
  }

  getFirst(visibleOnly?: boolean): Worksheet {
    return new Worksheet(
      this._core,
      this,
      () => this._core.state.sheets.find((s) => !visibleOnly || s.visibility === "Visible")?.id ?? null,
    );
  }

  getLast(visibleOnly?: boolean): Worksheet {
    return new Worksheet(
      this._core,
      this,
      () =>
        [...this._core.state.sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible")?.id ??
        null,
    );
  }

  protected _enumerate(): Worksheet[] {
    return this._core.state.sheets.map((s) => new Worksheet(this._core, this, () => s.id));
  }
}

export class WorksheetFreezePanes extends HostObject {
  constructor(
    core: HostCore,
    private readonly sheet: Worksheet,
  ) {
    super(core, sheet, "WorksheetFreezePanes");
  }

  // ASSUMPTION: one frozen pane per sheet, so freezing rows drops frozen columns and vice versa.
  freezeRows(count?: number): void {
    this._call("freezeRows", [count], () =>
      this._core.state.updateSheet(this.sheet._sheetState().id, { freezeRows: count ?? 1, freezeColumns: 0 }),
    );
  }
  freezeColumns(count?: number): void {
    this._call("freezeColumns", [count], () =>
      this._core.state.updateSheet(this.sheet._sheetState().id, { freezeRows: 0, freezeColumns: count ?? 1 }),
    );
  }
  /** Freezes the rows above and the columns left of the range's bottom-right corner + 1. */
  freezeAt(frozenRange: Range | string): void {
    this._call("freezeAt", [typeof frozenRange === "string" ? frozenRange : "range"], () => {
      const rect =
        typeof frozenRange === "string" ? parseAddress(frozenRange)?.rect : frozenRange._requireRect();
      if (!rect)
        throw new RichApiError(
          "InvalidReference",
          MESSAGES.invalidReference,
          "WorksheetFreezePanes.freezeAt",
        );
      this._core.state.updateSheet(this.sheet._sheetState().id, {
        freezeRows: rect.bottom + 1,
        freezeColumns: rect.right + 1,
      });
    });
  }
  unfreeze(): void {
    this._call("unfreeze", [], () =>
      this._core.state.updateSheet(this.sheet._sheetState().id, { freezeRows: 0, freezeColumns: 0 }),
    );
  }
  getLocation(): Range {
    return new Range(
      this._core,
      this.sheet,
      () => {
        const r = this.frozenRect();
        if (!r)
          throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "WorksheetFreezePanes.getLocation");
        return r;
      },
      this,
    );
  }
  getLocationOrNullObject(): Range {
    return new Range(this._core, this.sheet, () => this.frozenRect(), this, true);
  }

  private frozenRect(): Rect | null {
    const s = this.sheet._sheetState();
    if (s.freezeRows === 0 && s.freezeColumns === 0) return null;
    if (s.freezeColumns === 0) return { top: 0, left: 0, bottom: s.freezeRows - 1, right: 16_383 };
    if (s.freezeRows === 0) return { top: 0, left: 0, bottom: 1_048_575, right: s.freezeColumns - 1 };
    return { top: 0, left: 0, bottom: s.freezeRows - 1, right: s.freezeColumns - 1 };
  }

  protected _scalars(): readonly string[] {
    return [];
  }
  protected _read(name: string): unknown {
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `WorksheetFreezePanes.${name}`);
  }
}

export class PageLayout extends HostObject {
  constructor(
    core: HostCore,
    private readonly sheet: Worksheet,
  ) {
    super(core, sheet, "PageLayout");
  }

  get orientation(): "Portrait" | "Landscape" {
    return this._get("orientation");
  }
  set orientation(v: "Portrait" | "Landscape") {
    this._set("orientation", v, () =>
      this._core.state.updateSheet(this.sheet._sheetState().id, { pageLayout: { orientation: v } }),
    );
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this._set("paperSize", v, () =>
      this._core.state.updateSheet(this.sheet._sheetState().id, { pageLayout: { paperSize: v } }),
    );
  }
  /** Assign as a whole object; changing a field of the returned object does nothing (as in Excel). */
  get zoom(): PageZoom {
    return { ...this._get<PageZoom>("zoom") };
  }
  set zoom(v: PageZoom) {
    this._set("zoom", { ...v }, () =>
      this._core.state.updateSheet(this.sheet._sheetState().id, { pageLayout: { zoom: { ...v } } }),
    );
  }

  /** Rows repeated at the top of each printed page ("$1:$3" or a Range). */
  setPrintTitleRows(range: Range | string): void {
    this._call("setPrintTitleRows", [typeof range === "string" ? range : "range"], () => {
      const rect = typeof range === "string" ? parseAddress(range)?.rect : range._requireRect();
      if (!rect)
        throw new RichApiError("InvalidReference", MESSAGES.invalidReference, "PageLayout.setPrintTitleRows");
      this._core.state.updateSheet(this.sheet._sheetState().id, {
        pageLayout: { printTitleRows: `$${rect.top + 1}:$${rect.bottom + 1}` },
      });
    });
  }

  getPrintTitleRowsOrNullObject(): Range {
    return new Range(
      this._core,
      this.sheet,
      () => {
        const rows = this.sheet._sheetState().pageLayout.printTitleRows;
        return rows ? (parseAddress(rows.replace(/\$/g, ""))?.rect ?? null) : null;
      },
      this,
      true,
    );
  }

  protected _scalars(): readonly string[] {
    return ["orientation", "paperSize", "zoom"];
  }
  protected _read(name: string): unknown {
    const layout = this.sheet._sheetState().pageLayout;
    switch (name) {
      case "orientation":
        return layout.orientation;
      case "paperSize":
        return layout.paperSize;
      case "zoom":
        return { ...layout.zoom };
      default:
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `PageLayout.${name}`);
    }
  }
}

// ------------------------------------------------------------------ notes (ExcelApi 1.18)

/** One cell from a note's address ("B7", "Sheet1!B7" or a one-cell Range). */
function noteCell(cell: Range | string, location: string): { row: number; col: number } {
  const rect = typeof cell === "string" ? parseAddress(cell)?.rect : cell._requireRect();
  if (!rect) throw new RichApiError("InvalidReference", MESSAGES.invalidReference, location);
  if (rect.top !== rect.bottom || rect.left !== rect.right)
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, location);
  return { row: rect.top, col: rect.left };
}

export class NoteCollection extends HostCollection<Note> {
  constructor(
    core: HostCore,
    private readonly sheet: Worksheet,
  ) {
    super(core, sheet, "NoteCollection");
  }

  /** UNVERIFIED: adding a note where one exists is refused with InvalidArgument here. */
  add(cellAddress: Range | string, content: string): Note {
    const note = new Note(this._core, this.sheet, this, () => null);
    this._call("add", [typeof cellAddress === "string" ? cellAddress : "range", content], () => {
      const { row, col } = noteCell(cellAddress, "NoteCollection.add");
      const id = this.sheet._sheetState().id;
      if (this._core.state.record(id, row, col)?.note != null)
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, "NoteCollection.add");
      this._core.state.setNote(id, row, col, String(content));
      note._bind({ row, col });
    });
    return note;
  }

  getItem(key: string): Note {
    return new Note(this._core, this.sheet, this, () => {
      const found = this.find(key);
      if (!found) throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "NoteCollection.getItem");
      return found;
    });
  }

  getItemOrNullObject(key: string): Note {
    return new Note(this._core, this.sheet, this, () => this.find(key), true);
  }

  getItemAt(index: number): Note {
    return new Note(this._core, this.sheet, this, () => {
      const cell = this.noted()[index];
      if (!cell) throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "NoteCollection.getItemAt");
      return cell;
    });
  }

  getCount(): HostResult<number> {
    return this._result("getCount", () => this.noted().length);
  }

  private find(key: string): { row: number; col: number } | null {
    const rect = parseAddress(key)?.rect;
    if (!rect) return null;
    const id = this.sheet._sheetState().id;
    return this._core.state.record(id, rect.top, rect.left)?.note != null
      ? { row: rect.top, col: rect.left }
      : null;
  }

  /** Noted cells in row-major order. */
  private noted(): Array<{ row: number; col: number }> {
    const id = this.sheet._sheetState().id;
    return [...this._core.state.cells(id)]
      .filter(([, , r]) => r.note !== null)
      .map(([row, col]) => ({ row, col }))
      .sort((a, b) => a.row - b.row || a.col - b.col);
  }

  protected _enumerate(): Note[] {
    return this.noted().map((cell) => new Note(this._core, this.sheet, this, () => cell));
  }
}

export class Note extends HostObject {
  private cell: { row: number; col: number } | null | undefined;

  constructor(
    core: HostCore,
    private readonly sheet: Worksheet,
    parent: HostObject,
    private readonly resolveCell: () => { row: number; col: number } | null,
    nullable = false,
  ) {
    super(core, null, "Note");
    if (nullable) this._checkNull(() => this.current() !== null);
  }

  _bind(cell: { row: number; col: number }): void {
    this.cell = cell;
  }

  private current(): { row: number; col: number } | null {
    if (this.cell === undefined) this.cell = this.resolveCell();
    return this.cell;
  }

  private require(): { row: number; col: number } {
    const cell = this.current();
    const id = this.sheet._sheetState().id;
    if (!cell || this._core.state.record(id, cell.row, cell.col)?.note == null) {
      throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "Note");
    }
    return cell;
  }

  get content(): string {
    return this._get("content");
  }
  set content(v: string) {
    this._set("content", v, () => {
      const { row, col } = this.require();
      this._core.state.setNote(this.sheet._sheetState().id, row, col, String(v));
    });
  }
  get authorName(): string {
    return this._get("authorName");
  }

  getLocation(): Range {
    return new Range(
      this._core,
      this.sheet,
      () => {
        const { row, col } = this.require();
        return { top: row, left: col, bottom: row, right: col };
      },
      this,
    );
  }

  delete(): void {
    this._call("delete", [], () => {
      const { row, col } = this.require();
      this._core.state.setNote(this.sheet._sheetState().id, row, col, null);
    });
  }

  protected _scalars(): readonly string[] {
    return ["content", "authorName"];
  }
  protected _read(name: string): unknown {
    const { row, col } = this.require();
    if (name === "content") return this._core.state.record(this.sheet._sheetState().id, row, col)?.note ?? "";
    if (name === "authorName") return "Workbench";
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `Note.${name}`);
  }
}

// ------------------------------------------------------------------ custom properties (1.12)

export class WorksheetCustomPropertyCollection extends HostCollection<WorksheetCustomProperty> {
  constructor(
    core: HostCore,
    private readonly sheet: Worksheet,
  ) {
    super(core, sheet, "WorksheetCustomPropertyCollection");
  }

  /** Adds, or overwrites the property with that key (keys ignore case). */
  add(key: string, value: string): WorksheetCustomProperty {
    const prop = new WorksheetCustomProperty(this._core, this.sheet, this, key);
    this._call("add", [key, value], () =>
      this._core.state.setCustomProperty(this.sheet._sheetState().id, key, String(value)),
    );
    return prop;
  }

  getItem(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this._core, this.sheet, this, key);
  }

  getItemOrNullObject(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this._core, this.sheet, this, key, true);
  }

  getCount(): HostResult<number> {
    return this._result("getCount", () => this.sheet._sheetState().customProperties.length);
  }

  protected _enumerate(): WorksheetCustomProperty[] {
    return this.sheet
      ._sheetState()
      .customProperties.map((p) => new WorksheetCustomProperty(this._core, this.sheet, this, p.key));
  }
}

export class WorksheetCustomProperty extends HostObject {
  constructor(
    core: HostCore,
    private readonly sheet: Worksheet,
    parent: HostObject,
    private readonly keyName: string,
    nullable = false,
  ) {
    super(core, null, "WorksheetCustomProperty");
    if (nullable) this._checkNull(() => this.find() !== undefined);
  }

  private find(): { key: string; value: string } | undefined {
    return this.sheet
      ._sheetState()
      .customProperties.find((p) => p.key.toLowerCase() === this.keyName.toLowerCase());
  }

  private require(): { key: string; value: string } {
    const p = this.find();
    if (!p) throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "WorksheetCustomProperty");
    return p;
  }

  get key(): string {
    return this._get("key");
  }
  get value(): string {
    return this._get("value");
  }
  set value(v: string) {
    this._set("value", v, () =>
      this._core.state.setCustomProperty(this.sheet._sheetState().id, this.require().key, String(v)),
    );
  }

  delete(): void {
    this._call("delete", [], () =>
      this._core.state.deleteCustomProperty(this.sheet._sheetState().id, this.require().key),
    );
  }

  protected _scalars(): readonly string[] {
    return ["key", "value"];
  }
  protected _read(name: string): unknown {
    const p = this.require();
    if (name === "key") return p.key;
    if (name === "value") return p.value;
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `WorksheetCustomProperty.${name}`);
  }
}

/** "B7" for a note's cell; used by tests and the UI to name a note. */
export function noteAddress(row: number, col: number): string {
  return cellA1(row, col);
}

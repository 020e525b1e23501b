/**
 * Notes (ExcelApi 1.18) for Microsoft's Excel client runtime, in the workbench only: its pane
 * (pane-host.ts) and the unit tests (tests/excel/notes.test.ts) load this one module. It is in no
 * entry of the shipped add-in (webpack.config.js adds it with the workbench, in development only;
 * ESLint forbids shipped code to import src/workbench), where Excel's own runtime has notes.
 *
 * Why this file exists: the npm runtime (`@microsoft/office-js` 1.1.110, excel-web-16.00.js)
 * predates ExcelApi 1.18, so it has no `Excel.NoteCollection` and `worksheet.notes` is undefined;
 * the add-in's notes path (src/excel/validate.ts) could then never run against the workbench, and
 * Kiểm tra there fell back to input prompts. The host answers the requests from its in-memory
 * workbook (excel/worksheet.ts, NoteCollection) and the grid draws a note as Excel does.
 * This file adds the 1.18 classes to the loaded runtime, built only from the runtime's own blocks
 * that its generated classes use (`OfficeExtension.ClientObject`, `BatchApiHelper`'s
 * `createPropertyObject` / `createMethodObject` / `createIndexerObject` / `invokeMethod` /
 * `invokeSetProperty`, `Utility`'s `throwIfNotLoaded` / `throwIfApiNotSupported` / `load`),
 * shaped as that generated code shapes `Excel.CommentCollection` / `Excel.Comment` and the
 * `Worksheet.comments` getter. The runtime itself is not modified: the classes are added to its
 * `Excel` namespace after it loaded, as a newer runtime would have them.
 *
 * The surface is exactly what @types/office-js 1.0.612 declares for ExcelApi 1.18
 * (`Worksheet.notes`, `NoteCollection.add(cellAddress, content)`, `getCount`, `getItem(key)`,
 * `getItemAt(index)`, `getItemOrNullObject(key)`, `items`; `Note.authorName`, `content`,
 * `height`, `visible`, `width`, `delete()`, `getLocation()`); `Workbook.notes` is left out (the
 * add-in does not use it and the workbench host has no workbook-wide notes).
 *
 * GUESS of Microsoft's wire format, unverified against Excel: the wire names follow the runtime's
 * rule (PascalCase of the d.ts name: "Notes", "Add", "GetItemOrNullObject", "Content",
 * "Delete"); the operation types and flags are those the runtime gives the same kind of member
 * on `CommentCollection` / `Comment` (add: a method object, default operation, invalid after the
 * request; getItemOrNullObject / getItemAt: read methods; getItem: an indexer; content: a set
 * property; delete: a default method); a note has no id in the d.ts, so loaded items are
 * addressed by `GetItemAt` (as the runtime does for `RangeAreasCollection`).
 */

/** The runtime's building blocks this file uses (excel-web-16.00.debug.js, `BatchApiHelper`). */
interface BatchApiHelper {
  createPropertyObject<T>(
    type: RuntimeClass<T>,
    parent: object,
    name: string,
    isCollection: boolean,
    flags: number,
  ): T;
  createIndexerObject<T>(type: RuntimeClass<T>, parent: object, args: unknown[]): T;
  createMethodObject<T>(
    type: RuntimeClass<T>,
    parent: object,
    methodName: string,
    operationType: number,
    args: unknown[],
    isCollection: boolean,
    isInvalidAfterRequest: boolean,
    getByIdMethodName: string | null,
    flags: number,
  ): T;
  createChildItemObject<T>(
    type: RuntimeClass<T>,
    hasIndexerMethod: boolean,
    parent: object,
    item: unknown,
    index: number,
  ): T;
  invokeMethod(
    obj: object,
    methodName: string,
    operationType: number,
    args: unknown[],
    flags: number,
    resultProcessType: number,
  ): OfficeExtension.ClientResult<unknown>;
  invokeSetProperty(obj: object, name: string, value: unknown, flags: number): void;
}

/** `OfficeExtension.Utility` (the runtime's, not declared in the d.ts). */
interface RuntimeUtility {
  throwIfNotLoaded(name: string, value: unknown, typeName: string, isNull: boolean | undefined): void;
  throwIfApiNotSupported(apiFullName: string, apiSet: string, version: string, hostName: string): void;
  load<T>(obj: T, options: unknown): T;
  toJson(
    obj: object,
    scalars: Record<string, unknown>,
    navigations: Record<string, unknown>,
    items?: unknown[],
  ): unknown;
  fixObjectPathIfNecessary(obj: object, value: unknown): void;
  isNullOrUndefined(value: unknown): boolean;
}

type RuntimeClass<T> = new (...args: never[]) => T;

interface RuntimeObject {
  readonly _isNull: boolean | undefined;
  _handleResult(value: unknown): void;
}

interface RuntimeOfficeExtension {
  ClientObject: new (...args: never[]) => RuntimeObject;
  BatchApiHelper: BatchApiHelper;
  Utility: RuntimeUtility;
}

/** Generated code's constants: `_defaultApiSetName` and `_hostName` of the Excel namespace. */
const API_SET = "ExcelApi";
const HOST = "Excel";
const VERSION = "1.18";

/**
 * Adds `Excel.NoteCollection`, `Excel.Note` and `Worksheet.notes` to the runtime loaded in this
 * realm (call after `runtimeExcel`). Idempotent. Returns true when it added them.
 */
export function installNotes(): boolean {
  const g = globalThis as unknown as { Excel?: Record<string, unknown>; OfficeExtension?: unknown };
  const excel = g.Excel;
  if (!excel || typeof excel.Worksheet !== "function") throw new Error("load the Excel runtime first");
  if (typeof excel.NoteCollection === "function") return false;
  const ext = g.OfficeExtension as RuntimeOfficeExtension;
  const api = ext.BatchApiHelper;
  const util = ext.Utility;
  const Base = ext.ClientObject;

  class Note extends Base {
    declare private _Au: string | undefined;
    declare private _C: string | undefined;
    declare private _H: number | undefined;
    declare private _V: boolean | undefined;
    declare private _W: number | undefined;

    get _className(): string {
      return "Note";
    }
    get _scalarPropertyNames(): string[] {
      return ["authorName", "content", "height", "visible", "width"];
    }
    get _scalarPropertyOriginalNames(): string[] {
      return ["AuthorName", "Content", "Height", "Visible", "Width"];
    }
    get _scalarPropertyUpdateable(): boolean[] {
      return [false, true, true, true, true];
    }
    get authorName(): string | undefined {
      util.throwIfNotLoaded("authorName", this._Au, "Note", this._isNull);
      return this._Au;
    }
    get content(): string | undefined {
      util.throwIfNotLoaded("content", this._C, "Note", this._isNull);
      return this._C;
    }
    set content(value: string | undefined) {
      this._C = value;
      api.invokeSetProperty(this, "Content", value, 0);
    }
    get height(): number | undefined {
      util.throwIfNotLoaded("height", this._H, "Note", this._isNull);
      return this._H;
    }
    set height(value: number | undefined) {
      this._H = value;
      api.invokeSetProperty(this, "Height", value, 0);
    }
    get visible(): boolean | undefined {
      util.throwIfNotLoaded("visible", this._V, "Note", this._isNull);
      return this._V;
    }
    set visible(value: boolean | undefined) {
      this._V = value;
      api.invokeSetProperty(this, "Visible", value, 0);
    }
    get width(): number | undefined {
      util.throwIfNotLoaded("width", this._W, "Note", this._isNull);
      return this._W;
    }
    set width(value: number | undefined) {
      this._W = value;
      api.invokeSetProperty(this, "Width", value, 0);
    }
    delete(): void {
      api.invokeMethod(this, "Delete", 0, [], 0, 0);
    }
    getLocation(): unknown {
      return api.createMethodObject(
        excel!.Range as RuntimeClass<unknown>,
        this,
        "GetLocation",
        1,
        [],
        false,
        true,
        null,
        4,
      );
    }
    override _handleResult(value: unknown): void {
      super._handleResult(value);
      if (util.isNullOrUndefined(value)) return;
      const obj = value as Record<string, unknown>;
      util.fixObjectPathIfNecessary(this, obj);
      if (obj.AuthorName !== undefined) this._Au = obj.AuthorName as string;
      if (obj.Content !== undefined) this._C = obj.Content as string;
      if (obj.Height !== undefined) this._H = obj.Height as number;
      if (obj.Visible !== undefined) this._V = obj.Visible as boolean;
      if (obj.Width !== undefined) this._W = obj.Width as number;
    }
    load(options?: unknown): this {
      return util.load(this, options);
    }
    toJSON(): unknown {
      return util.toJson(
        this,
        { authorName: this._Au, content: this._C, height: this._H, visible: this._V, width: this._W },
        {},
      );
    }
  }

  class NoteCollection extends Base {
    declare private m__items: Note[] | undefined;

    get _className(): string {
      return "NoteCollection";
    }
    get _isCollection(): boolean {
      return true;
    }
    get items(): Note[] | undefined {
      util.throwIfNotLoaded("items", this.m__items, "NoteCollection", this._isNull);
      return this.m__items;
    }
    add(cellAddress: unknown, content: unknown): Note {
      return api.createMethodObject(Note, this, "Add", 0, [cellAddress, content], false, true, null, 0);
    }
    getCount(): OfficeExtension.ClientResult<unknown> {
      return api.invokeMethod(this, "GetCount", 1, [], 4, 0);
    }
    getItem(key: string): Note {
      return api.createIndexerObject(Note, this, [key]);
    }
    getItemAt(index: number): Note {
      return api.createMethodObject(Note, this, "GetItemAt", 1, [index], false, false, null, 4);
    }
    getItemOrNullObject(key: string): Note {
      return api.createMethodObject(Note, this, "GetItemOrNullObject", 1, [key], false, false, null, 4);
    }
    override _handleResult(value: unknown): void {
      super._handleResult(value);
      if (util.isNullOrUndefined(value)) return;
      const obj = value as Record<string, unknown>;
      util.fixObjectPathIfNecessary(this, obj);
      const data = obj._Items as unknown[] | undefined;
      if (data === undefined || data === null) return;
      this.m__items = data.map((itemData, i) => {
        const item = api.createChildItemObject(Note, false, this, itemData, i);
        item._handleResult(itemData);
        return item;
      });
    }
    load(options?: unknown): this {
      return util.load(this, options);
    }
    toJSON(): unknown {
      return util.toJson(this, {}, {}, this.m__items);
    }
  }

  excel.Note = Note;
  excel.NoteCollection = NoteCollection;
  const worksheet = (excel.Worksheet as { prototype: object }).prototype;
  const cache = new WeakMap<object, NoteCollection>();
  Object.defineProperty(worksheet, "notes", {
    get(this: object): NoteCollection {
      util.throwIfApiNotSupported("Worksheet.notes", API_SET, VERSION, HOST);
      let notes = cache.get(this);
      if (!notes) {
        notes = api.createPropertyObject(NoteCollection, this, "Notes", true, 4);
        cache.set(this, notes);
      }
      return notes;
    },
    enumerable: true,
    configurable: true,
  });
  return true;
}

/**
 * `window.workbench`: what browser tests (tests/browser) read and drive. Sheets are named as on
 * their tabs; addresses are A1 ("E7", "A1:G20"); single-cell getters use the top-left cell.
 *
 *   getValue(sheet, address)        computed value (number | string | boolean | null)
 *   getText(sheet, address)         the text as displayed (number format + locale)
 *   getFormula(sheet, address)      "=…" for formulas, else the constant (Range.formulas)
 *   getNumberFormat(sheet, address) en-US format code ("General", "0.00%")
 *   getFill(sheet, address)         painted fill "#RRGGBB" after conditional formats, or null
 *   getFontColor(sheet, address)    painted font colour after conditional formats
 *   getNote(sheet, address)         the cell's note, or null
 *   getCharts(sheet)                [{ name, type, title, series: [{ name, chartType, valuesRef,
 *                                     xValuesRef, values, categories, fill, line }], valueAxisFormat }]
 *   getSheets()                     sheet names in tab order
 *   getActiveSheet()                the active sheet's name
 *   getSelection()                  { sheet, address }
 *   getSyncCount() / resetSyncCount()  context.sync() calls since the last reset
 *   typeInto(sheet, address, text)  a person types text + Enter (parsed in the current locale)
 *   paste(sheet, address, rows)     a person pastes tab-separated text (rows of cells)
 *   select(sheet, address)          a person selects cells
 *   selectChart(sheet, name)        a person clicks a chart (getSelectedRange then fails, as in Excel)
 *   selectAreas(sheet, addresses)   a person Ctrl-selects several areas (getSelectedRange fails)
 *   protectSheet(sheet, on?)        a person protects (or unprotects) a sheet: writes to it fail
 *   reopen()                        save, close and open the workbook again (sheet ids change)
 *   setLocale("vi" | "en")          how typing is parsed and numbers shown
 *   loadWorkbook(json) / snapshot() replace the workbook / a JSON copy of it
 *   getUsedRange(sheet)             { address, values, formulas } (2-D) or null when empty
 *   getConditionalFormats(sheet)    the sheet's conditional formats (copies)
 *   firstRenderMs                   ms from navigation start to the first grid paint
 */
import { parseAddress, rectA1, type Rect } from "./excel/address";
import type {
  CellInput,
  ChartType,
  ComputedValue,
  ConditionalFormatState,
  EditResult,
  Locale,
  WorkbookSnapshot,
  WorkbookState,
} from "./state";

export interface ChartSeriesInfo {
  name: string;
  chartType: ChartType | null;
  valuesRef: string | null;
  xValuesRef: string | null;
  values: ComputedValue[];
  categories: ComputedValue[];
  fill: string | null;
  line: string | null;
}

export interface ChartInfo {
  name: string;
  type: ChartType;
  title: string;
  valueAxisFormat: string;
  series: ChartSeriesInfo[];
}

export interface UsedRangeInfo {
  address: string;
  values: ComputedValue[][];
  formulas: CellInput[][];
}

export interface WorkbenchTestApi {
  getValue(sheet: string, address: string): ComputedValue;
  getText(sheet: string, address: string): string;
  getFormula(sheet: string, address: string): CellInput;
  getNumberFormat(sheet: string, address: string): string;
  getFill(sheet: string, address: string): string | null;
  getFontColor(sheet: string, address: string): string;
  getNote(sheet: string, address: string): string | null;
  getCharts(sheet: string): ChartInfo[];
  getSheets(): string[];
  getActiveSheet(): string;
  getSelection(): { sheet: string; address: string };
  getSyncCount(): number;
  resetSyncCount(): void;
  typeInto(sheet: string, address: string, text: string): EditResult;
  paste(sheet: string, address: string, rows: string[][]): void;
  select(sheet: string, address: string): void;
  selectChart(sheet: string, name: string): void;
  selectAreas(sheet: string, addresses: string[]): void;
  protectSheet(sheet: string, on?: boolean): void;
  reopen(): void;
  setLocale(locale: Locale): void;
  loadWorkbook(json: WorkbookSnapshot | string): void;
  snapshot(): WorkbookSnapshot;
  getUsedRange(sheet: string): UsedRangeInfo | null;
  getConditionalFormats(sheet: string): ConditionalFormatState[];
  readonly firstRenderMs: number | null;
}

declare global {
  interface Window {
    workbench?: WorkbenchTestApi;
  }
}

function rectOf(address: string): Rect {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`not an A1 address: "${address}"`);
  return parsed.rect;
}

export function createTestApi(state: WorkbookState, firstRender: () => number | null): WorkbenchTestApi {
  let syncBase = 0;
  const cell = (sheet: string, address: string) => {
    const { top, left } = rectOf(address);
    return state.cell(state.requireSheet(sheet).id, top, left);
  };
  const grid = <T>(sheetId: string, rect: Rect, read: (row: number, col: number) => T): T[][] =>
    Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
      Array.from({ length: rect.right - rect.left + 1 }, (_, j) => read(rect.top + i, rect.left + j)),
    );
  return {
    getValue: (sheet, address) => cell(sheet, address).value,
    getText: (sheet, address) => cell(sheet, address).text,
    getFormula: (sheet, address) => {
      const c = cell(sheet, address);
      return c.isFormula ? c.input : c.value;
    },
    getNumberFormat: (sheet, address) => cell(sheet, address).numberFormat,
    getFill: (sheet, address) => cell(sheet, address).displayFormat.fill,
    getFontColor: (sheet, address) => cell(sheet, address).displayFormat.fontColor,
    getNote: (sheet, address) => cell(sheet, address).note,
    getCharts: (sheet) =>
      state.requireSheet(sheet).charts.map((c) => ({
        name: c.name,
        type: c.type,
        title: c.title.text,
        valueAxisFormat: c.valueAxis.numberFormat,
        series: c.series.map((s) => ({
          name: s.name,
          chartType: s.chartType,
          valuesRef: s.valuesRef,
          xValuesRef: s.xValuesRef,
          values: s.valuesRef ? state.resolveRef(s.valuesRef) : [],
          categories: s.xValuesRef ? state.resolveRef(s.xValuesRef) : [],
          fill: s.fillColor,
          line: s.lineColor,
        })),
      })),
    getSheets: () => state.sheets.map((s) => s.name),
    getActiveSheet: () => state.activeSheet.name,
    getSelection: () => ({
      sheet: state.requireSheet(state.selection.sheetId).name,
      address: rectA1(state.selection.rect),
    }),
    getSyncCount: () => state.syncCount - syncBase,
    resetSyncCount: () => {
      syncBase = state.syncCount;
    },
    typeInto: (sheet, address, text) => state.typeInto(sheet, address, text),
    paste: (sheet, address, rows) => state.paste(sheet, address, rows),
    select: (sheet, address) => state.select(sheet, address),
    selectChart: (sheet, name) => state.selectChart(sheet, name),
    selectAreas: (sheet, addresses) => state.selectAreas(sheet, addresses),
    protectSheet: (sheet, on) => state.protectSheet(sheet, on),
    reopen: () => {
      state.reopen();
      syncBase = state.syncCount;
    },
    setLocale: (locale) => state.setLocale(locale),
    loadWorkbook: (json) => {
      state.restore(typeof json === "string" ? (JSON.parse(json) as WorkbookSnapshot) : json);
      syncBase = state.syncCount;
    },
    snapshot: () => state.snapshot(),
    getUsedRange: (sheet) => {
      const id = state.requireSheet(sheet).id;
      const rect = state.usedRect(id, true);
      if (!rect) return null;
      return {
        address: rectA1(rect),
        values: grid(id, rect, (r, c) => state.value(id, r, c)),
        formulas: grid(id, rect, (r, c) => {
          const view = state.cell(id, r, c);
          return view.isFormula ? view.input : view.value;
        }),
      };
    },
    getConditionalFormats: (sheet) =>
      JSON.parse(JSON.stringify(state.requireSheet(sheet).conditionalFormats)) as ConditionalFormatState[],
    get firstRenderMs() {
      return firstRender();
    },
  };
}

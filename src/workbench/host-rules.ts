/**
 * Where Excel, as the host, is strict: each rule the workbench host applies to the requests of
 * Microsoft's client runtime (process-query.ts, the object model in ./excel), as one function over
 * WorkbookState or plain data, with its source; a rule whose Excel behaviour is a guess says so.
 * What the runtime checks itself (PropertyNotLoaded, InvalidObjectPath, InvalidRequestContext,
 * ApiNotFound per requirement set, bulk writes in chunks) is not repeated here (OFFICE-NOTES §15).
 */
import type { Rect } from "./excel/address";
import type { Locale } from "./numfmt";
import {
  StateError,
  type ChartType,
  type SheetState,
  type WorkbookSnapshot,
  type WorkbookState,
} from "./state";

/**
 * `getSelectedRange()` fails while a chart is selected (InvalidSelection, "by design according to
 * our API contract", OfficeDev/office-js #2268) or several areas are (OFFICE-NOTES §15; the d.ts
 * of Workbook.getSelectedRange: "If multiple ranges are selected, this method will throw an
 * error").
 */
export function assertRangeSelection(state: WorkbookState): void {
  const object = state.selection.object;
  if (object === undefined) return;
  throw new StateError(
    "InvalidSelection",
    object.kind === "chart"
      ? "The current selection is invalid for this operation."
      : "The operation isn't supported for multiple selections.",
  );
}

/**
 * A string written through `values` or `formulas` that starts with "+" or "-" and is not a
 * number is taken as a formula, as if typed: "+A1" is stored as "=+A1" (OFFICE-NOTES §2 and §15,
 * from the d.ts of Range.values). Call it on text that is not a number ("-5" stays -5). Returns
 * the formula, or null for anything else. Whether Excel
 * also reads "@" so is unverified, so "@" is left as text here.
 */
export function signedTextAsFormula(text: string): string | null {
  return /^[+-]/.test(text) && text.length > 1 ? `=${text}` : null;
}

/**
 * The locale a string written through a range property is parsed in, as if typed there ("9/12",
 * "5%", "1.400"): en-US for `values` and `formulas`, the user's for `formulasLocal`. Sources: a
 * maintainer in OfficeDev/office-js #1559 ("the APIs use USA locale by default … If you want to
 * use the current locale to set value, please explicitly use Range.formulasLocal"; the same in
 * #3775); the d.ts of Range.values ("Locale-shaped strings (such as the date "19-8-2025" in nl-NL
 * or fr-FR …) are stored as text instead of as dates … use a locale-aware API like formulasLocal
 * or … ISO (YYYY-MM-DD)"); #229 (`values = "2018-12-31"` gave a date with "m/d/yyyy" in an
 * en-AU Excel). Those speak of dates; that numbers ("1,400", "5%") follow the same rule is a
 * guess by analogy.
 */
export function writeParseLocale(property: "values" | "formulas" | "formulasLocal", user: Locale): Locale {
  return property === "formulasLocal" ? user : "en";
}

/**
 * A protected sheet refuses writes to its cells. Code and message as Excel's service answers a
 * write to a locked cell (microsoftgraph/microsoft-graph-docs #4546: AccessDenied, "You cannot
 * perform the requested operation."); that the JS API answers the same is a guess. Every cell
 * counts as locked (Excel's default), since the workbench has no per-cell lock.
 */
export function assertWritable(sheet: SheetState): void {
  if (sheet.protected === true)
    throw new StateError("AccessDenied", "You cannot perform the requested operation.");
}

/**
 * A data-validation rule cannot be set where one already is: InvalidArgument
 * (OfficeDev/office-js #2594; OFFICE-NOTES §15: clear first). `dataValidation.clear()` first is
 * the documented way.
 */
export function assertNoValidationRule(sheet: SheetState, rect: Rect): void {
  const overlaps = sheet.validations.some(
    (v) =>
      v.rect.left <= rect.right &&
      rect.left <= v.rect.right &&
      v.rect.top <= rect.bottom &&
      rect.top <= v.rect.bottom,
  );
  if (overlaps)
    throw new StateError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
}

/** Chart types drawn with gaps between categories: 2-D columns and bars. */
const GAPPED: ReadonlySet<ChartType> = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
]);

/**
 * `ChartSeries.gapWidth` "throws an invalid argument exception on invalid charts" (d.ts of
 * @types/office-js 1.0.612, OFFICE-NOTES §15): a series drawn as a line, pie or area has no gaps.
 */
export function assertHasGaps(type: ChartType): void {
  if (!GAPPED.has(type))
    throw new StateError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
}

/**
 * The workbook as Excel opens it again after it was saved and closed: every worksheet gets a new
 * id, since `Worksheet.id` is constant within a session only (office-js-docs #297, OFFICE-NOTES
 * §15); names, contents, custom properties and settings are kept. The selection is not kept.
 */
export function reopenedSnapshot(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const copy = JSON.parse(JSON.stringify(snapshot)) as WorkbookSnapshot;
  const ids = new Map<string, string>();
  let next = copy.nextId;
  const newId = (): string =>
    `{${(next++).toString(16).toUpperCase().padStart(8, "0")}-0001-0000-C000-000000000046}`;
  copy.sheets = copy.sheets.map((s) => {
    const id = newId();
    ids.set(s.id, id);
    return { ...s, id };
  });
  copy.nextId = next;
  const active = ids.get(copy.activeSheetId) ?? copy.sheets[0]?.id ?? copy.activeSheetId;
  copy.activeSheetId = active;
  copy.selection = { sheetId: active, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  return copy;
}

/**
 * A chart added over cells that are all empty has no series, as Insert › Chart over blank cells
 * gives an empty chart in Excel; that `charts.add` does the same is a guess (unverified), so
 * `chart.series.getItemAt(0)` on it fails with ItemNotFound.
 */
export function isBlankSource(state: WorkbookState, sheetId: string, rect: Rect): boolean {
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) {
      const v = state.value(sheetId, r, c);
      if (v !== null && v !== "") return false;
    }
  return true;
}

type Kind = "number" | "string" | "boolean";

/**
 * What each property the host takes accepts, from the d.ts of @types/office-js 1.0.612 (the
 * type of the property; `null` where the d.ts allows it). Enum-valued properties take strings;
 * their values are checked by the member itself.
 */
const PROPERTY_KINDS: Readonly<Record<string, readonly (Kind | "null")[]>> = {
  "Worksheet.name": ["string"],
  "Worksheet.position": ["number"],
  "Worksheet.visibility": ["string"],
  "Worksheet.tabColor": ["string"],
  "Worksheet.showGridlines": ["boolean"],
  "PageLayout.orientation": ["string"],
  "PageLayout.paperSize": ["string"],
  "RangeFormat.horizontalAlignment": ["string"],
  "RangeFormat.verticalAlignment": ["string"],
  "RangeFormat.wrapText": ["boolean"],
  "RangeFormat.columnWidth": ["number"],
  "RangeFormat.rowHeight": ["number"],
  "RangeFill.color": ["string"],
  "RangeFont.bold": ["boolean"],
  "RangeFont.italic": ["boolean"],
  "RangeFont.color": ["string"],
  "RangeFont.size": ["number"],
  "RangeFont.name": ["string"],
  "RangeBorder.style": ["string"],
  "RangeBorder.color": ["string"],
  "RangeBorder.weight": ["string"],
  "DataValidation.ignoreBlanks": ["boolean"],
  "ConditionalFormat.priority": ["number"],
  "ConditionalFormat.stopIfTrue": ["boolean"],
  "ConditionalFormatRule.formula": ["string"],
  "ConditionalRangeFormat.numberFormat": ["string", "null"],
  "ConditionalRangeFill.color": ["string", "null"],
  "ConditionalRangeFont.color": ["string", "null"],
  "ConditionalRangeFont.bold": ["boolean", "null"],
  "Chart.name": ["string"],
  "Chart.chartType": ["string"],
  "Chart.top": ["number"],
  "Chart.left": ["number"],
  "Chart.width": ["number"],
  "Chart.height": ["number"],
  "ChartTitle.text": ["string"],
  "ChartTitle.visible": ["boolean"],
  "ChartAxisTitle.text": ["string"],
  "ChartAxisTitle.visible": ["boolean"],
  "ChartLegend.position": ["string"],
  "ChartLegend.visible": ["boolean"],
  "ChartAxis.numberFormat": ["string"],
  "ChartAxis.minimum": ["number", "null"],
  "ChartAxis.maximum": ["number", "null"],
  "ChartSeries.name": ["string"],
  "ChartSeries.chartType": ["string"],
  "ChartSeries.axisGroup": ["string"],
  "ChartSeries.hasDataLabels": ["boolean"],
  "ChartSeries.gapWidth": ["number"],
  "ChartSeries.overlap": ["number"],
  "ChartSeries.plotOrder": ["number"],
  "ChartSeries.markerStyle": ["string"],
  "ChartLineFormat.color": ["string"],
  "ChartLineFormat.weight": ["number"],
  "ChartLineFormat.lineStyle": ["string"],
  "ChartDataLabels.showValue": ["boolean"],
  "ChartDataLabels.numberFormat": ["string"],
  "Note.content": ["string"],
};

/** Each argument's type for methods with scalar arguments (d.ts as above); "?" is optional. */
const METHOD_KINDS: Readonly<Record<string, readonly string[]>> = {
  "Range.getCell": ["number", "number"],
  "Range.getOffsetRange": ["number", "number"],
  "Range.getResizedRange": ["number", "number"],
  "Range.getAbsoluteResizedRange": ["number", "number"],
  "Range.getRow": ["number"],
  "Range.getColumn": ["number"],
  "Range.getUsedRange": ["boolean?"],
  "Range.getUsedRangeOrNullObject": ["boolean?"],
  "Range.merge": ["boolean?"],
  "Worksheet.getRangeByIndexes": ["number", "number", "number", "number"],
  "Worksheet.getCell": ["number", "number"],
  "Worksheet.getUsedRange": ["boolean?"],
  "Worksheet.getUsedRangeOrNullObject": ["boolean?"],
  "WorksheetCollection.getItem": ["string"],
  "WorksheetCollection.getItemOrNullObject": ["string"],
  "WorksheetCollection.add": ["string?"],
  "WorksheetCollection.getCount": ["boolean?"],
  "WorksheetCollection.getFirst": ["boolean?"],
  "WorksheetCollection.getLast": ["boolean?"],
  "WorksheetFreezePanes.freezeRows": ["number?"],
  "WorksheetFreezePanes.freezeColumns": ["number?"],
  "ChartCollection.getItem": ["string"],
  "ChartCollection.getItemOrNullObject": ["string"],
  "ChartCollection.getItemAt": ["number"],
  "ChartSeriesCollection.getItemAt": ["number"],
  "ChartSeriesCollection.add": ["string?", "number?"],
  "ConditionalFormatCollection.getItemAt": ["number"],
  "NoteCollection.getItemAt": ["number"],
};

function isKind(value: unknown, kind: string): boolean {
  if (kind === "null") return value === null;
  if (kind === "number") return typeof value === "number" && Number.isFinite(value);
  return typeof value === kind;
}

/**
 * A value of the wrong type for a property or a method's argument (a string where a number is
 * expected, a number where a boolean is) is InvalidArgument. Microsoft's client runtime sends
 * arguments unchecked (OFFICE-NOTES §15: "argument types" are the host's to check); that Excel
 * refuses them with InvalidArgument rather than converting "5" to 5 is a guess (unverified: its
 * generic "The argument is invalid or missing or has an incorrect format.").
 */
export function assertArgumentKinds(location: string, args: readonly unknown[], property: boolean): void {
  const bad = (): never => {
    throw new StateError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  };
  if (property) {
    const kinds = PROPERTY_KINDS[location];
    if (kinds && !kinds.some((k) => isKind(args[0], k))) bad();
    return;
  }
  const kinds = METHOD_KINDS[location];
  if (!kinds) return;
  if (args.length > kinds.length) bad();
  kinds.forEach((kind, i) => {
    const value = args[i];
    const optional = kind.endsWith("?");
    if (optional && (value === undefined || value === null)) return;
    if (!isKind(value, optional ? kind.slice(0, -1) : kind)) bad();
  });
}

/**
 * Excel on the web's cap on a request and on a response: 5 MB, RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded (OFFICE-NOTES §1; DOCS concepts/resource-limits-and-performance-
 * optimization.md, testing/application-specific-api-error-handling.md). Messages as the en-US
 * runtime's strings. Counted in UTF-8 bytes of the JSON: whether Excel counts bytes or characters is
 * unverified.
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export const REQUEST_PAYLOAD_MESSAGE =
  'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';
export const RESPONSE_PAYLOAD_MESSAGE =
  'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".';

/** True when `text` is over `limit` bytes as UTF-8, counted without encoding a copy of it. */
export function overLimit(text: string, limit: number): boolean {
  // A UTF-16 unit is 1 to 3 UTF-8 bytes (a surrogate pair, 2 units, is 4).
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
    if (bytes > limit) return true;
  }
  return false;
}

/**
 * A Query (load) naming no property of the object is InvalidArgument. A guess: Microsoft
 * documents no code for it, and the generated client sends any name given to `load()` unchecked
 * (OFFICE-NOTES §15: "unknown property names in load" are the host's to check). Excel's generic
 * E_INVALIDARG answer is "The argument is invalid or missing or has an incorrect format."
 */
export function unknownProperty(): StateError {
  return new StateError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
}

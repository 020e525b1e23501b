/**
 * What the add-in keeps in the workbook (workbook.settings, ExcelApi 1.4): the user's settings,
 * the cells validate marked (to undo them next time), and per-sheet status. Keyed by a sheet key
 * the add-in keeps on the sheet (see sheetKeyOf), not by Worksheet.id, which changes between
 * sessions (OFFICE-NOTES §15).
 */
import { DEFAULT_SETTINGS, MAX_APPROX_POINTS, type Period, type Settings } from "../core/model";
// Types only: store.ts is in the pane's first chunk (lastCommand), the mapping's code is not.
import type { ColumnMapping } from "../core/mapping";
import { supportsFeature } from "./requirements";

export const SETTINGS_KEY = "chitieu.settings";
export const MARKS_KEY = "chitieu.marks";
export const SHEETS_KEY = "chitieu.sheets";
/** Who issues and signs the Word report (unit, number, signer, position, place). */
export const REPORT_KEY = "chitieu.report";
/** worksheet.customProperties key (1.12) saying the sheet was computed. */
export const COMPUTED_PROPERTY = "chitieu.computed";
/** worksheet.customProperties key (1.12) saying the sheet was made from one of our templates (Mẫu: Xong). */
export const TEMPLATE_PROPERTY = "chitieu.template";
/** worksheet.customProperties key (1.12) holding the sheet's key in MARKS_KEY and SHEETS_KEY. */
export const KEY_PROPERTY = "chitieu.key";

export interface Mark {
  address: string;
  /** The fill we set; "" when we left the user's own colour alone. */
  fill: string;
  /** The fill before ours; null = no fill. */
  previousFill: string | null;
  /** The note text we wrote (ExcelApi 1.18), or null. */
  note: string | null;
  /** True when the text went into a data-validation input prompt instead (no notes). */
  prompt: boolean;
}

export type MarksStore = Record<string, Mark[]>;

export interface SheetRecord {
  /** The sheet's name when the record was last written: how the record finds its sheet again. */
  sheetName?: string;
  validated?: { errors: number; warnings: number };
  computed?: boolean;
  /**
   * For a source sheet: the name of its chart sheet. A name, not an id: the new sheet's id would
   * cost one more sync, and only this add-in names sheets "Biểu đồ …".
   */
  chartSheetName?: string;
  /**
   * For a source sheet: names of other sheets made from it (besides the chart sheet), so the
   * pane's status on one of them speaks about this sheet. Names, for the same reason as above.
   */
  derivedSheetNames?: string[];
  /** The person's "Chỉ định cột" for a table the reader does not recognize by its headers. */
  mapping?: ColumnMapping;
}

export type SheetsStore = Record<string, SheetRecord>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Settings values come back parsed on Excel, or as JSON text from older writers. */
function parsed(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

export function settingsFrom(value: unknown): Settings {
  const v = parsed(value);
  if (!isRecord(v)) return { ...DEFAULT_SETTINGS };
  const num = (x: unknown, fallback: number): number =>
    typeof x === "number" && Number.isFinite(x) ? x : fallback;
  return {
    convention: v.convention === "en" ? "en" : "vi",
    tolerancePct: num(v.tolerancePct, DEFAULT_SETTINGS.tolerancePct),
    approxTolerancePct: num(v.approxTolerancePct, DEFAULT_SETTINGS.approxTolerancePct),
    approxTolerancePoints: approxPoints(v.approxTolerancePoints),
    basicBandPct:
      typeof v.basicBandPct === "number" && Number.isFinite(v.basicBandPct) ? v.basicBandPct : null,
    decimals: Math.max(0, Math.min(6, Math.trunc(num(v.decimals, DEFAULT_SETTINGS.decimals)))),
    language: v.language === "en" ? "en" : "vi",
    // The pane's period overrides what the sheet says; absent (or unknown) follows the sheet.
    ...(isPeriod(v.period) ? { period: v.period } : {}),
  };
}

/** The pane refuses a "khoảng" tolerance outside 0–10 điểm %; one written by hand is not kept either. */
function approxPoints(x: unknown): number {
  return typeof x === "number" && x >= 0 && x <= MAX_APPROX_POINTS
    ? x
    : DEFAULT_SETTINGS.approxTolerancePoints;
}

const PERIODS: readonly Period[] = ["3_thang", "6_thang", "9_thang", "nam", "nhiem_ky"];
function isPeriod(x: unknown): x is Period {
  return typeof x === "string" && (PERIODS as readonly string[]).includes(x);
}

export function marksFrom(value: unknown): MarksStore {
  const v = parsed(value);
  if (!isRecord(v)) return {};
  const out: MarksStore = {};
  for (const [sheetId, list] of Object.entries(v)) {
    if (!Array.isArray(list)) continue;
    out[sheetId] = list.filter(
      (m): m is Mark => isRecord(m) && typeof m.address === "string" && typeof m.fill === "string",
    );
  }
  return out;
}

export function sheetsFrom(value: unknown): SheetsStore {
  const v = parsed(value);
  return isRecord(v) ? (v as SheetsStore) : {};
}

/** Loads one setting; read `.value` only after sync and when not isNullObject. */
export function loadSetting(context: Excel.RequestContext, key: string): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load("value");
  return setting;
}

export function settingValue(setting: Excel.Setting): unknown {
  return setting.isNullObject ? null : (setting.value as unknown);
}

/** What sheetKeyOf reads: the sheet's id and name, and its key property (null below 1.12). */
export interface SheetKeyProbe {
  sheet: Excel.Worksheet;
  property: Excel.WorksheetCustomProperty | null;
}

/** Queues the key property's load (the caller loads the sheet's id and name); rides on its next sync. */
export function loadSheetKey(sheet: Excel.Worksheet): SheetKeyProbe {
  const property = supportsFeature("customProperties")
    ? sheet.customProperties.getItemOrNullObject(KEY_PROPERTY)
    : null;
  property?.load("value");
  return { sheet, property };
}

const NAME_KEY = "name:";

/**
 * The sheet's key in our stores, after sync. With custom properties (1.12) it is kept on the sheet
 * (the sheet's id when it was first keyed), so it survives closing and reopening, renames and
 * moves. Below 1.12 it is the sheet's name: it survives reopening, not a rename.
 */
export function sheetKeyOf(probe: SheetKeyProbe): string {
  if (probe.property === null) return `${NAME_KEY}${probe.sheet.name.toLowerCase()}`;
  const kept = probe.property.isNullObject ? "" : probe.property.value;
  return kept !== "" ? kept : probe.sheet.id;
}

/** sheetKeyOf, and queues the key property's write when the sheet has none yet (write phase). */
export function claimSheetKey(probe: SheetKeyProbe): string {
  const key = sheetKeyOf(probe);
  if (probe.property?.isNullObject === true) probe.sheet.customProperties.add(KEY_PROPERTY, key);
  return key;
}

export interface SheetRef {
  id: string;
  name: string;
}

/**
 * The sheet a record is about: the one whose id is the key (a key is the id the sheet had when
 * first keyed, so within that session), else the name the key or the record holds.
 */
export function sheetOfRecord(
  key: string,
  record: SheetRecord,
  sheets: readonly SheetRef[],
): SheetRef | undefined {
  const named = (name: string | undefined): SheetRef | undefined =>
    name === undefined ? undefined : sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  return (
    sheets.find((s) => s.id === key) ??
    (key.startsWith(NAME_KEY) ? named(key.slice(NAME_KEY.length)) : undefined) ??
    named(record.sheetName)
  );
}

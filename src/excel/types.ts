/**
 * The adapter's public types: plain objects the pane and the ribbon commands receive.
 * Nothing here is an Office proxy.
 */
import type { CellRef, ComputedColumn, Finding, Period, Summary, Text } from "../core/model";

export type { TemplateInfo } from "../core/templates";

/** Reported while a command runs; fraction in 0..1. */
export interface Progress {
  step: Text;
  fraction: number;
}

export type OnProgress = (p: Progress) => void;

export interface ValidateReport {
  sheetName: string;
  tableFound: boolean;
  findings: Finding[];
  summary: Summary | null;
  /** Cells marked (filled, noted) on the sheet by this run. */
  marked: number;
  /** Indicator rows read. */
  rows: number;
}

export interface ComputeReport {
  sheetName: string;
  written: boolean;
  /** User values in our columns; not overwritten unless `overwrite` was set. */
  conflicts: CellRef[];
  summary: Summary;
  /** Column letter of each computed column. */
  columns: Partial<Record<ComputedColumn, string>>;
}

export interface ChartInfo {
  name: string;
  title: string;
  type: string;
}

export interface ChartReport {
  /** "Biểu đồ …" */
  sheetName: string;
  /** The table's sheet the charts were made from. */
  sourceSheet: string;
  charts: ChartInfo[];
}

export interface SheetStatus {
  /** The active sheet. */
  sheetName: string;
  /**
   * Set when the active sheet is one the add-in made from a table ("Biểu đồ …"): that table's
   * sheet, which every other field then describes.
   */
  sourceSheet?: string;
  hasTable: boolean;
  validated: boolean;
  computed: boolean;
  charted: boolean;
  errors: number;
  warnings: number;
  /** The table is read through the person's column mapping (Chỉ định cột). */
  mapped?: boolean;
  /** The sheet was made from one of our templates (known from ExcelApi 1.12). */
  template?: boolean;
  /** The period the table names (its title, headers; "nhiem_ky" for a term table); absent when unknown. */
  tablePeriod?: Period;
}

export type Feature = "notes" | "customProperties" | "cultureInfo" | "conditionalFormats" | "charts";

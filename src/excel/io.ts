/**
 * Small writing helpers shared by the commands: they only queue commands on proxies (no sync),
 * so each command keeps its read → decide → write phases in view.
 */
import { colLetter } from "../core/a1";
import type { Block, CellContent, CellValue, ConditionalRule, StyledRange, Text } from "../core/model";
import { literalCellValue } from "../core/literal";
import { STYLE_LOOKS } from "../core/palette";
import type { OnProgress } from "./types";

export function progress(onProgress: OnProgress | undefined, step: Text, fraction: number): void {
  onProgress?.({ step, fraction });
}

function blockRange(sheet: Excel.Worksheet, block: Block): Excel.Range | null {
  const rows = block.contents.length;
  const cols = block.contents[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return null;
  return sheet.getRangeByIndexes(block.row, block.col, rows, cols);
}

/**
 * What goes into `formulas` for one planned content. A plan marks its formulas with "=" and
 * escaped text with "'" (core/literal.ts); any other text that Excel would read as a formula
 * ("- Trong đó: …", "+84 …", OFFICE-NOTES §2), a number, a date or a boolean ("9/12", "1.400",
 * "TRUE": `formulas` parses strings as if typed in en-US) is escaped here too, whoever planned it.
 */
export function formulaInput(content: CellContent): CellContent {
  if (typeof content !== "string" || content.startsWith("=") || content.startsWith("'")) return content;
  return literalCellValue(content);
}

/** Contents through `formulas` (en-US); null leaves a cell alone, as Excel does with arrays. */
export function writeBlocks(sheet: Excel.Worksheet, blocks: readonly Block[]): void {
  for (const block of blocks) {
    const range = blockRange(sheet, block);
    if (range)
      range.formulas = block.contents.map((line) => line.map(formulaInput)) as (
        string | number | boolean
      )[][];
  }
}

/** Number formats after values (a "" write resets a cell's format to General). */
export function writeNumberFormats(sheet: Excel.Worksheet, blocks: readonly Block[]): void {
  for (const block of blocks) {
    const range = blockRange(sheet, block);
    if (range && block.numberFormats) range.numberFormat = block.numberFormats as string[][];
  }
}

export function applyStyles(sheet: Excel.Worksheet, styles: readonly StyledRange[]): void {
  for (const styled of styles) {
    const look = STYLE_LOOKS[styled.style];
    const format = sheet.getRange(styled.address).format;
    if (look.fill === null) format.fill.clear();
    else format.fill.color = look.fill;
    format.font.color = look.font;
    format.font.bold = look.bold;
    format.font.italic = look.italic;
    if (look.size !== null) format.font.size = look.size;
    format.wrapText = look.wrap;
    format.horizontalAlignment = look.hAlign;
    if (look.rowHeight !== null) {
      format.rowHeight = look.rowHeight;
      format.verticalAlignment = "Center";
    }
  }
}

/** Custom conditional formats; the caller clears the ranges first when replacing. */
export function addConditionalRules(sheet: Excel.Worksheet, rules: readonly ConditionalRule[]): void {
  for (const rule of rules) {
    const cf = sheet.getRange(rule.address).conditionalFormats.add("Custom");
    cf.custom.rule.formula = rule.formula;
    cf.custom.format.fill.color = rule.fill;
    cf.custom.format.font.color = rule.font;
  }
}

/** A used range as a grid anchored at A1, so core sees sheet coordinates. */
export interface SheetGrid {
  values: CellValue[][];
  formulas: CellValue[][];
  valueTypes: string[][];
}

export function gridFromUsed(used: {
  values: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
  rowIndex: number;
  columnIndex: number;
}): SheetGrid {
  const pad = <T>(rows: T[][], empty: T): T[][] => {
    const width = used.columnIndex + (rows[0]?.length ?? 0);
    const blank = (): T[] => Array.from({ length: width }, () => empty);
    const lead = Array.from({ length: used.columnIndex }, () => empty);
    return [...Array.from({ length: used.rowIndex }, blank), ...rows.map((row) => [...lead, ...row])];
  };
  return {
    values: pad(
      used.values.map((r) => r.map(toCellValue)),
      null,
    ),
    formulas: pad(
      used.formulas.map((r) => r.map(toCellValue)),
      null,
    ),
    valueTypes: pad(used.valueTypes, "Empty"),
  };
}

function toCellValue(v: unknown): CellValue {
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return v === "" ? null : v;
  return null;
}

export function cellAt<T>(grid: T[][], row: number, col: number): T | undefined {
  return grid[row]?.[col];
}

export function isFormulaText(content: CellContent | undefined): content is string {
  return typeof content === "string" && content.startsWith("=");
}

/** 'Sheet name'!A1, quoted always (names with spaces and diacritics need it). */
export function sheetRef(sheetName: string, address: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${address}`;
}

export { colLetter };

/** "#rrggbb" in one case, for "is this fill still ours?" comparisons. */
export function sameColour(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? "").toUpperCase() === (b ?? "").toUpperCase();
}

/** A cell's fill proxy (to load its colour). */
export function cellFill(sheet: Excel.Worksheet, address: string): Excel.RangeFill {
  return sheet.getRange(address).format.fill;
}

/** A cell's data-validation proxy (the input-prompt fallback for notes). */
export function cellValidation(sheet: Excel.Worksheet, address: string): Excel.DataValidation {
  return sheet.getRange(address).dataValidation;
}

/**
 * readTable: the used range of a sheet → where the indicator table is, the table parsed, and what
 * was wrong with how its cells were typed. The header is found by its words, anywhere in the first
 * rows, in any column order, in one row or two (a merged parent over its children).
 */
import type {
  CellRef,
  CellValue,
  ColumnKey,
  Finding,
  FindingCode,
  Fix,
  IndicatorGroup,
  IndicatorRow,
  IndicatorTable,
  InputColumn,
  NumberConvention,
  Period,
  PeriodColumn,
  PrintedColumn,
  PrintedFigure,
  Severity,
  TableLayout,
  TableRead,
  Target,
  Text,
} from "./model";
import { INPUT_COLUMNS } from "./model";
import { colLetter } from "./a1";
import { cellPlaces, RowCells, type CellPlaces } from "./row-cells";
import { foldHeader, headerYear, isEstimateHeader, matchHeader, termHeaderOf } from "./headers";
import { lazyText, msg, type MessageParams } from "./messages/index";
import {
  foldWord,
  formatNumber,
  inUnit,
  isPercentFormat,
  parseFraction,
  parseNumber,
  type Fraction,
  type ParsedFigure,
} from "./numbers";
import { roundPct } from "./compute";
import { isPercentUnit } from "./rules/text";
import { cutForMessage } from "./trim";
import { implausible, type Implausible } from "./plausible";
import { directionFromName } from "./direction";
import {
  inferKind,
  isNoFigure,
  parseDirection,
  parseKind,
  parseTarget,
  parseYesNo,
  targetDirection,
} from "./targets";
import { PERIOD_COLUMNS, PRINTED_COLUMNS } from "./model";
import { periodFromTexts } from "./period";
import type { TermLayout, TermTarget } from "./model";
import { parseTermTarget } from "./term";
import { mappedColumns, overlayMapping, type ColumnMapping } from "./mapping";
import { latest } from "./kept";
import { cellDate, dateFormatOf, shownDate, shownTime, typedFraction, typedOrder } from "./dates";
import { unitInName } from "./unit-in-name";
import { RowSums, firstMismatch, isTotalLabel, totalFigures } from "./total-row";

/** How far down a sheet the header is looked for. */
export const HEADER_SEARCH_ROWS = 30;

/** No table header in the first rows: the one thing readTable cannot carry on from. */
export class TableNotFoundError extends Error {
  readonly text: Text;
  constructor() {
    const text = msg("table_not_found", { rows: HEADER_SEARCH_ROWS });
    super(text.en);
    this.name = "TableNotFoundError";
    this.text = text;
  }
}

export interface ReadOptions {
  convention: NumberConvention;
  /** Excel's valueTypes for the same grid ("String", "Double", …): a number stored as text shows here. */
  valueTypes?: string[][];
  /**
   * Excel's number formats for the same grid: a number shown with "%" (0.04 as "4%") is read as
   * the percent it shows (4), as the person who typed "4%" meant.
   */
  numberFormats?: (string | null)[][];
  /** Sheet position of grid[0][0]; every row and column in the result is a sheet position. */
  origin?: { row: number; col: number };
  /**
   * Where the grid comes from. "sheet" (the default): a workbook, where a figure held as a string
   * is a number stored as text, which Excel cannot calculate with (number_as_text). "text": a CSV
   * or pasted text, where every cell is text by nature: no number_as_text, but a figure that reads
   * two ways (ambiguous_separator) or not at all (not_a_number) is still said.
   */
  source?: "sheet" | "text";
  /**
   * Whether the cell at grid position (row, col) holds a formula. A formula that yields text
   * (`="1.234,5"`) is still reported, but no fix is offered: writing the number would replace
   * the person's formula with a constant.
   */
  isFormula?: (row: number, col: number) => boolean;
  /** The person's "Chỉ định cột" for a table whose headers the reader does not recognize (mapping.ts). */
  mapping?: ColumnMapping;
  /**
   * Which grid columns are hidden (true), as valueTypes is addressed. When a hidden column and a
   * visible one name the same column (a hidden "TH 6 tháng" beside "TH năm 2025"), the visible one
   * is read, as the person sees it; a hidden column that is the only one of its kind is still read.
   */
  hiddenColumns?: readonly boolean[];
}

/** One header cell as read: its text and, under a merged parent, the parent's text. */
interface HeaderCell {
  text: string;
  above?: string;
  /** The text is from the lower row of a two-row header. */
  lower?: boolean;
}

interface Header {
  top: number;
  bottom: number;
  cells: HeaderCell[];
}

const FIGURE_COLUMNS = ["plan", "stretch", "actual", "prior", "reportedPct"] as const;
/** What makes a row with a name an indicator rather than a group heading. */
const ROW_CONTENT = [...FIGURE_COLUMNS, "unit", "kind", "direction"] as const;

function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function textOf(value: CellValue | undefined): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return "";
}

/**
 * Grid access that never goes out of bounds. `first` is the grid row of rows[0]: a part of a long
 * table read in parts (TableReader) is a Grid over its own rows, addressed by grid row.
 */
class Grid {
  readonly width: number;
  constructor(
    readonly rows: readonly (readonly CellValue[])[],
    readonly first = 0,
  ) {
    let width = 0;
    for (const row of rows) if (row !== undefined && row.length > width) width = row.length;
    this.width = width;
  }
  get height(): number {
    return this.first + this.rows.length;
  }
  row(row: number): readonly CellValue[] | undefined {
    return this.rows[row - this.first];
  }
  at(row: number, col: number): CellValue {
    return this.rows[row - this.first]?.[col] ?? null;
  }
  text(row: number, col: number): string {
    return textOf(this.at(row, col));
  }
  isBlankRow(row: number): boolean {
    const cells = this.rows[row - this.first];
    if (cells === undefined) return true;
    for (let c = 0; c < cells.length; c++) if (!isBlank(cells[c])) return false;
    return true;
  }
}

/**
 * A reader between parts holds no rows: this one, kept for the module's life. A grid made anew
 * each time left no Grid alive after a check, and V8 drops the optimised code of every function
 * that read one at the next full collection: each check after one (the bench's runs, a task
 * pane's second check) read its rows unoptimised until recompiled (bench (a) 70 → 58 ms).
 */
const NO_ROWS = new Grid([]);

function singleRowHeader(grid: Grid, row: number): Header {
  const cells: HeaderCell[] = [];
  for (let c = 0; c < grid.width; c++) cells.push({ text: grid.text(row, c) });
  return { top: row, bottom: row, cells };
}

/**
 * A header over two rows. A top cell with nothing under it spans both rows ("STT", "Chỉ tiêu");
 * a top cell with children is a parent, merged over them, its text only in its first cell.
 */
function twoRowHeader(grid: Grid, top: number): Header {
  const cells: HeaderCell[] = [];
  let parent: string | null = null;
  for (let c = 0; c < grid.width; c++) {
    const upper = grid.text(top, c);
    const lower = grid.text(top + 1, c);
    if (lower === "") {
      parent = null;
      cells.push({ text: upper });
      continue;
    }
    if (upper !== "") parent = upper;
    cells.push(parent === null ? { text: lower, lower: true } : { text: lower, above: parent, lower: true });
  }
  return { top, bottom: top + 1, cells };
}

/** Columns of a header; the first column wins when two say the same. */
function keyOf(cell: HeaderCell, year: number | null, period?: Period): ColumnKey | null {
  const key = matchHeader(cell.text, { above: cell.above, year, period });
  // "Thực hiện" over "2020 | 2021": the child alone says nothing, parent and child together do.
  if (key === null && cell.above !== undefined)
    return matchHeader(`${cell.above} ${cell.text}`, { year, period });
  return key;
}

/** A second header cell that names a column the header already has. */
interface RepeatedHeader {
  key: ColumnKey;
  first: number;
  second: number;
}

/**
 * Columns of a header; the first column wins when two say the same, and each later one is listed
 * in `repeated` (when given) so the reader can say which one it did not read.
 */
function headerColumns(
  header: Header,
  year: number | null,
  period?: Period,
  repeated?: RepeatedHeader[],
  skip?: ReadonlySet<number>,
): Partial<Record<ColumnKey, number>> {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const units: number[] = [];
  header.cells.forEach((cell, col) => {
    if (skip?.has(col) === true) return;
    const key = keyOf(cell, year, period);
    if (key === null) return;
    if (key === "unit") units.push(col);
    const first = columns[key];
    if (first === undefined) columns[key] = col;
    else repeated?.push({ key, first, second: col });
  });
  // "Đơn vị | ĐVT" with no Chỉ tiêu: a table by commune or ward, whose "Đơn vị" names the unit
  // reporting (xã An Hiệp) and "ĐVT" the unit of measure.
  const reporting = units.find((col) => foldHeader(header.cells[col]?.text ?? "") === "don vi");
  const measure = units.find((col) => col !== reporting);
  if (columns.name === undefined && reporting !== undefined && measure !== undefined) {
    columns.name = reporting;
    columns.unit = measure;
    if (repeated !== undefined) {
      const at = repeated.findIndex((r) => r.key === "unit" && (r.second === measure || r.first === measure));
      if (at >= 0) repeated.splice(at, 1);
    }
  }
  return columns;
}

/** duplicate_header: on the second cell, naming both, and the first as the one read. */
function repeatedHeaderFindings(
  header: Header,
  repeated: readonly RepeatedHeader[],
  origin: { row: number; col: number },
): Finding[] {
  const ref = (col: number): CellRef => {
    const cell = header.cells[col];
    const row = (cell?.lower === true ? header.bottom : header.top) + origin.row;
    const sheetCol = col + origin.col;
    return { row, col: sheetCol, address: colLetter(sheetCol) + String(row + 1) };
  };
  const shown = (col: number): string => {
    const cell = header.cells[col];
    const text = cell?.above === undefined ? (cell?.text ?? "") : `${cell.above} ${cell.text}`;
    return cutForMessage(text.replace(/\s+/g, " ").trim());
  };
  return repeated.map(({ key, first, second }) => {
    const cell = ref(second);
    const firstCell = ref(first);
    return {
      code: "duplicate_header",
      severity: "warning",
      cell,
      column: key,
      fix: null,
      message: msg("duplicate_header", {
        cell: cell.address,
        column: key,
        header: shown(second),
        first: firstCell.address,
        firstHeader: shown(first),
        used: colLetter(firstCell.col),
        unused: colLetter(cell.col),
      }),
    };
  });
}

/**
 * The comparison columns that are the office's own: "% KH", "So sánh (%)" › "KH | CK" and the like
 * whose indicator cells hold typed figures and no formula. Ours hold formulas (or nothing yet, an
 * office's empty "So sánh (%)" is ours to fill); one with both is ours with a figure typed over a
 * formula (owned_column_has_user_value). Without a way to see formulas (a sheet read without
 * isFormula) nothing is taken for the office's; a CSV holds no formula, so its figures are typed.
 * When the header names a column twice (the office's "% KH" and ours right of the table), the typed
 * one is the office's and the other ours: not a repeated header. `columns` and `repeated` are
 * updated; the office's columns are returned, by grid column.
 */
function officeColumns(
  g: Grid,
  found: Header,
  columns: Partial<Record<ColumnKey, number>>,
  repeated: RepeatedHeader[],
  options: ReadOptions,
): Partial<Record<PrintedColumn, number>> {
  const out: Partial<Record<PrintedColumn, number>> = {};
  const isFormula = options.isFormula ?? (options.source === "text" ? () => false : null);
  const nameCol = columns.name;
  if (isFormula === null || nameCol === undefined) return out;
  const typed = (col: number): boolean => {
    let constants = 0;
    for (let r = found.bottom + 1; r < g.height; r++) {
      if (g.text(r, nameCol) === "" || isBlank(g.at(r, col))) continue;
      if (isFormula(r, col)) return false;
      constants++;
    }
    return constants > 0;
  };
  for (const key of PRINTED_COLUMNS) {
    const first = columns[key];
    if (first === undefined) continue;
    const seconds = repeated.filter((r) => r.key === key).map((r) => r.second);
    const candidates = [first, ...seconds];
    const office = candidates.find(typed);
    if (office === undefined) continue;
    out[key] = office;
    const ours = candidates.find((c) => c !== office && !typed(c));
    if (ours === undefined) delete columns[key];
    else columns[key] = ours;
    // Two columns of one name, one the office's and one ours, are not a header said twice.
    const pair = new Set([office, ours]);
    const kept = repeated.filter((r) => r.key !== key || !pair.has(r.first) || !pair.has(r.second));
    repeated.splice(0, repeated.length, ...kept);
  }
  return out;
}

function isTableHeader(columns: Partial<Record<ColumnKey, number>>): boolean {
  return columns.name !== undefined && (columns.plan !== undefined || columns.actual !== undefined);
}

const count = (columns: Partial<Record<ColumnKey, number>>): number => Object.keys(columns).length;

function findHeader(grid: Grid): Header {
  const last = Math.min(HEADER_SEARCH_ROWS, grid.height);
  for (let row = 0; row < last; row++) {
    const single = singleRowHeader(grid, row);
    const one = headerColumns(single, null);
    if (row + 1 < grid.height && !grid.isBlankRow(row)) {
      const double = twoRowHeader(grid, row);
      const two = headerColumns(double, null);
      // Two rows only when the upper one adds to both rows read alone: a title above a header does not.
      const below = headerColumns(singleRowHeader(grid, row + 1), null);
      // On a tie, two rows still win when every lower cell reads as a header ("Năm 2020 | Năm 2021"
      // under "Thực hiện"); a data row or a row of column numbers does not.
      const lowerCells = double.cells.filter((c) => c.lower === true);
      const lowerIsHeader =
        lowerCells.length > 0 &&
        !isNumberingRow(grid, row + 1, undefined) &&
        lowerCells.every((c) => keyOf(c, null) !== null);
      const adds = count(two) > count(one) || (lowerIsHeader && count(two) === count(one));
      if (isTableHeader(two) && adds && count(two) > count(below)) return double;
    }
    if (isTableHeader(one)) return single;
  }
  throw new TableNotFoundError();
}

function headerTexts(header: Header, skip?: ReadonlySet<number>): string[] {
  return header.cells.flatMap((c, col) =>
    skip?.has(col) === true ? [] : c.above === undefined ? [c.text] : [c.above, c.text],
  );
}

/** A header cell's text as a message quotes it ("Thực hiện 6 tháng" under a merged parent). */
function shownHeader(header: Header, col: number): string {
  const cell = header.cells[col];
  const text = cell?.above === undefined ? (cell?.text ?? "") : `${cell.above} ${cell.text}`;
  return cutForMessage(text.replace(/\s+/g, " ").trim());
}

/**
 * Hidden columns that name a column a visible one also names: the visible one is read, as the person
 * sees the table (AUDIT3 F5: a hidden "TH 6 tháng" beside "TH năm 2025"). Keys are read with the
 * period the visible headers say, so the hidden column's words do not decide what the others are.
 * Each hidden one left out is paired with the visible column read instead.
 */
function hiddenRivals(
  header: Header,
  hidden: readonly boolean[],
  above: readonly string[],
): Map<number, { key: ColumnKey; used: number }> {
  const out = new Map<number, { key: ColumnKey; used: number }>();
  if (!header.cells.some((_, col) => hidden[col] === true)) return out;
  const hiddenCols = new Set<number>();
  header.cells.forEach((_, col) => {
    if (hidden[col] === true) hiddenCols.add(col);
  });
  const texts = [...above, ...headerTexts(header, hiddenCols)];
  const year = reportedYear(above, headerTexts(header, hiddenCols));
  const period = periodFromTexts(texts);
  const visible = new Map<ColumnKey, number>();
  header.cells.forEach((cell, col) => {
    if (hidden[col] === true) return;
    const key = keyOf(cell, year, period);
    if (key !== null && !visible.has(key)) visible.set(key, col);
  });
  header.cells.forEach((cell, col) => {
    if (hidden[col] !== true) return;
    const key = keyOf(cell, year, period);
    const used = key === null ? undefined : visible.get(key);
    if (key !== null && used !== undefined) out.set(col, { key, used });
  });
  return out;
}

const READ_FROM: ReadonlySet<ColumnKey> = new Set<ColumnKey>([...INPUT_COLUMNS, ...PERIOD_COLUMNS]);

/** hidden_column_ignored on each hidden column left out; hidden_column_read on one read all the same. */
function hiddenColumnFindings(
  header: Header,
  rivals: ReadonlyMap<number, { key: ColumnKey; used: number }>,
  columns: Partial<Record<ColumnKey, number>>,
  hidden: readonly boolean[],
  origin: { row: number; col: number },
): Finding[] {
  const ref = (col: number): CellRef => {
    const row = (header.cells[col]?.lower === true ? header.bottom : header.top) + origin.row;
    const sheetCol = col + origin.col;
    return { row, col: sheetCol, address: colLetter(sheetCol) + String(row + 1) };
  };
  const out: Finding[] = [];
  for (const [col, { key, used }] of rivals) {
    out.push({
      code: "hidden_column_ignored",
      severity: "info",
      cell: ref(col),
      column: key,
      fix: null,
      message: msg("hidden_column_ignored", {
        column: key,
        hidden: colLetter(col + origin.col),
        hiddenHeader: shownHeader(header, col),
        used: colLetter(used + origin.col),
        usedHeader: shownHeader(header, used),
      }),
    });
  }
  for (const [key, col] of Object.entries(columns) as [ColumnKey, number][]) {
    // What the figures are read from; a hidden Ghi chú or one of our computed columns changes no figure.
    if (hidden[col] !== true || key === "note" || !READ_FROM.has(key)) continue;
    out.push({
      code: "hidden_column_read",
      severity: "info",
      cell: ref(col),
      column: key,
      fix: null,
      message: msg("hidden_column_read", {
        column: key,
        hidden: colLetter(col + origin.col),
        hiddenHeader: shownHeader(header, col),
      }),
    });
  }
  return out;
}

/** The texts above the header, one per row: the first non-empty cell of each row. */
function textsAbove(grid: Grid, top: number): string[] {
  const texts: string[] = [];
  for (let r = 0; r < top; r++) {
    for (let c = 0; c < grid.width; c++) {
      const text = grid.text(r, c);
      if (text !== "" && typeof grid.at(r, c) === "string") {
        texts.push(text);
        break;
      }
    }
  }
  return texts;
}

/** The reported year: "năm 2021" in the title, else the latest year the headers mention. */
function reportedYear(above: readonly string[], headers: readonly string[]): number | null {
  for (const text of above) {
    const m = /\bnam ((?:19|20)\d{2})\b/.exec(foldHeader(text));
    if (m?.[1] !== undefined) return Number(m[1]);
  }
  const years = headers.map(headerYear).filter((y): y is number => y !== null);
  if (years.length > 0) return Math.max(...years);
  for (const text of above) {
    const y = headerYear(text);
    if (y !== null) return y;
  }
  return null;
}

/** "Đơn vị: UBND thành phố" → "UBND thành phố"; a dotted placeholder is no name. */
const UNIT_PREFIX = /^(don vi( bao cao)?|unit)\s*:/;
const TITLE_WORDS =
  /\b(bao cao|bang|ket qua|chi tieu|so ket|tong ket|tong hop|danh gia|report|targets?|indicators?)\b/;
const PERIOD_LINE = /^(nam \d{4}|\d+ thang|nhiem ky|ky bao cao)/;

/**
 * Title and unit's name from the texts above the header. Most sheets put the title first; official
 * documents put the unit ("THÀNH ỦY BẾN TRE") above it, so a line that reads like a title wins.
 */
function titleAndUnit(texts: readonly string[]): { title: string; unitName: string } {
  // foldHeader would drop the ":" that marks "Đơn vị:"; fold plainly.
  const plain = (t: string): string => foldWord(t).replace(/\s+/g, " ").trim();
  const folded = texts.map(plain);
  const candidates = texts.map((_, i) => i).filter((i) => !UNIT_PREFIX.test(folded[i] ?? ""));
  const titleAt = candidates.find((i) => TITLE_WORDS.test(folded[i] ?? "")) ?? candidates[0];
  const labelled = folded.findIndex((f) => UNIT_PREFIX.test(f));
  const unitAt =
    labelled >= 0 ? labelled : texts.findIndex((_, i) => i !== titleAt && !PERIOD_LINE.test(folded[i] ?? ""));
  const unit = (texts[unitAt] ?? "")
    .replace(/^[^:]*:\s*/u, (label) => (UNIT_PREFIX.test(plain(label)) ? "" : label))
    .replace(/^[.…_\s]+$/u, "")
    .trim();
  return { title: titleAt === undefined ? "" : (texts[titleAt] ?? ""), unitName: unit };
}

const ROMAN = /^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})\.?$/;
const ROMAN_WITH_NAME = /^((?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s*(\S.*)$/;
const ARABIC = /^\d+([.)]\d*)*[.)]?$/;

/**
 * "Đạt và vượt 2/3 chỉ tiêu" / "2 of 3 targets reached or exceeded", "Đúng tiến độ 2/3 chỉ tiêu nhiệm
 * kỳ" / "2 of 3 term targets on track": the add-in's own summary below a table, not an indicator.
 */
function isSummaryText(text: string): boolean {
  const f = foldHeader(text);
  return (
    /^(dat va vuot|reached)\b|^dung tien do \d+ ?\/ ?\d+ chi tieu\b/.test(f) ||
    /^\d+ of \d+ (term )?targets? (reached|on track)\b/.test(f)
  );
}

/** A row of column numbers under the header: "A | B | 1 | 2 | 3=2/1". */
function isNumberingRow(grid: Grid, row: number, nameCol: number | undefined): boolean {
  const tokens: string[] = [];
  for (let c = 0; c < grid.width; c++) {
    const text = grid.text(row, c);
    if (text !== "") tokens.push(text);
  }
  const short = (t: string): boolean => /^\(?([A-Za-z]|\d{1,2})\)?$/.test(t) || /^\(?\d{1,2}\)?\s*=/.test(t);
  const name = nameCol === undefined ? "" : grid.text(row, nameCol);
  return tokens.length >= 3 && tokens.every(short) && (name === "" || short(name));
}

interface Context {
  grid: Grid;
  options: ReadOptions;
  /** The grid is a workbook's, where text in a figure cell is a number stored as text. */
  fromSheet: boolean;
  /** The input columns the table has, in INPUT_COLUMNS order: grid column. */
  inputColumns: readonly (readonly [InputColumn, number])[];
  /** The input columns as keys, in inputColumns order, each set on every row (readIndicator). */
  rawShape: IndicatorRow["raw"];
  /** Where each input column is in the sheet, for the rows' cells (made when a finding needs one). */
  places: CellPlaces;
  origin: { row: number; col: number };
  columns: Partial<Record<ColumnKey, number>>;
  findings: Finding[];
  /** A term table's years (grid columns), or null. */
  term: TermLayout | null;
  /** The table has "Ước thực hiện cả năm" or the prior full year (readPeriodFigures). */
  periodColumns: boolean;
  /** The office's typed comparison columns (officeColumns): key, grid column, sheet column letters. */
  printed: readonly (readonly [PrintedColumn, number, string])[];
}

/**
 * Where a figure's cell is: a cell made already (period and term columns), or the row's cells, in
 * which the cell of the figure's input column is made only when a finding names it.
 */
type Where = CellRef | RowCells;

function cellAt(where: Where, column: InputColumn | PeriodColumn): CellRef {
  if (!(where instanceof RowCells)) return where;
  const cell = where[column as InputColumn];
  if (cell === undefined) throw new Error(`no ${column} cell on the row`);
  return cell;
}

function find(
  ctx: Context,
  code: FindingCode,
  severity: Severity,
  where: Where,
  column: InputColumn | PeriodColumn,
  params: MessageParams | (() => MessageParams),
  fix: Fix | null = null,
): void {
  const cell = cellAt(where, column);
  const finding = lazyText({ code, severity, cell, column, fix } as Finding, "message", () => {
    const p = typeof params === "function" ? params() : params;
    p.cell = cell.address;
    p.column = column;
    return msg(code, p);
  });
  ctx.findings.push(finding);
}

/** "121,729" read both ways, in words a reader can tell apart (the grouped one with spaces). */
function ambiguityParams(
  typed: string,
  value: number,
  alternative: number,
  convention: NumberConvention,
): MessageParams {
  const mark = convention === "vi" ? "," : ".";
  const grouped = formatNumber(alternative, convention, 0).replace(/[.,]/g, " ");
  return {
    typed,
    mark,
    decimalReading: formatNumber(value, convention, 6),
    groupedReading: grouped,
    plain: String(alternative),
  };
}

function numberAsText(
  ctx: Context,
  where: Where,
  column: InputColumn | PeriodColumn,
  name: string,
  value: number,
  typed: string,
): void {
  const cell = cellAt(where, column);
  const convention = ctx.options.convention;
  const formula = ctx.options.isFormula?.(cell.row - ctx.origin.row, cell.col - ctx.origin.col) ?? false;
  const fix = formula
    ? null
    : lazyText({ cell, value } as Fix, "description", () => {
        const fixed = formatNumber(value, convention, 6);
        return { vi: `Đổi chữ thành số ${fixed}`, en: `Change the text to the number ${fixed}` };
      });
  const params = (): MessageParams => ({ name, typed, fixed: formatNumber(value, convention, 6) });
  find(ctx, "number_as_text", "warning", cell, column, params, fix);
}

/** Excel says the cell holds text although its value reached us as a number. */
function shownAsPercent(ctx: Context, row: number, col: number): boolean {
  return isPercentFormat(ctx.options.numberFormats?.[row]?.[col]);
}

/** 0.04 shown as "4%" → 4; 0.07 × 100 is 7.000000000000001 in binary. */
function asShownPercent(value: number): number {
  const pct = Number((value * 100).toPrecision(15));
  return Number.isFinite(pct) ? pct : value;
}

function typedAsText(ctx: Context, row: number, col: number): boolean {
  return ctx.options.valueTypes?.[row]?.[col] === "String";
}

/** A figure cell (Phấn đấu, Thực hiện, Cùng kỳ, % báo cáo) in the row's unit, with its findings. */
function readFigure(
  ctx: Context,
  row: number,
  column: InputColumn | PeriodColumn,
  cell: Where | undefined,
  unit: string,
  name: string,
  at?: number,
): number | null {
  const col = at ?? ctx.columns[column];
  if (col === undefined || cell === undefined) return null;
  const raw = ctx.grid.at(row, col);
  if (dateInFigureCell(ctx, row, col, cell, column, name, unit)) return null;
  // A figure as Excel or xlsx holds it: nothing to parse.
  if (typeof raw === "number" && Number.isFinite(raw)) {
    const value = shownAsPercent(ctx, row, col) ? asShownPercent(raw) : raw;
    if (notMeant(ctx, cell, column, name, unit, value, null)) return null;
    if (column !== "reportedPct" && typedAsText(ctx, row, col))
      textFindings(
        ctx,
        cell,
        column,
        name,
        raw,
        parseNumber(raw, ctx.options.convention) as ParsedFigure,
        value,
        true,
      );
    return value;
  }
  // A lone dash (or "…") is how reports write "no figure".
  if (isNoFigure(raw)) return null;
  const parsed = parseNumber(raw, ctx.options.convention);
  if (parsed.kind === "empty") return null;
  if (parsed.kind === "invalid") {
    notANumber(ctx, cell, column, name);
    return null;
  }
  // "105%" typed in a "tỷ đồng" row: the sign must not be dropped silently (105 tỷ is not 105 %).
  if (parsed.percent && column !== "reportedPct" && unit.trim() !== "" && !isPercentUnit(unit)) {
    percentInUnitRow(ctx, cell, column, name, raw, unit);
    return null;
  }
  const value =
    !parsed.wasText && shownAsPercent(ctx, row, col) ? asShownPercent(parsed.value) : inUnit(parsed, unit);
  if (notMeant(ctx, cell, column, name, unit, value, typeof raw === "string" ? raw : null)) return null;
  // A reported % is only compared with ours, never written back: how it was typed does not matter.
  if (column !== "reportedPct")
    textFindings(ctx, cell, column, name, raw, parsed, value, typedAsText(ctx, row, col));
  return value;
}

/**
 * A date where a figure belongs: the cell's number format is a date or time format and it holds a
 * date (a serial number from Office.js, "yyyy-mm-dd" from the CLI's xlsx reader). Excel made it of
 * what was typed ("9/12" → 9 December in a vi-VN Excel): an error naming the date and the fraction
 * probably typed, and no figure, as for an actual that cannot be read (not_a_number). On the
 * actual of a count row the count done may be written back, on the user's word; never over a
 * formula, never the total as a plan. True when the cell was such a date.
 */
function dateInFigureCell(
  ctx: Context,
  row: number,
  col: number,
  where: Where,
  column: InputColumn | PeriodColumn,
  name: string,
  unit: string,
): boolean {
  const format = ctx.options.numberFormats?.[row]?.[col];
  if (format === undefined || format === null) return false;
  const info = dateFormatOf(format);
  if (info === null) return false;
  const date = cellDate(ctx.grid.at(row, col));
  if (date === null) return false;
  const cell = cellAt(where, column);
  const convention = ctx.options.convention;
  const { order, from } = typedOrder(info, convention);
  const fraction = typedFraction(date, info, order);
  const formula = ctx.options.isFormula?.(row, col) ?? false;
  const fixable =
    fraction !== null && column === "actual" && !formula && !isPercentUnit(unit) && fraction.done > 0;
  const fix = fixable
    ? lazyText({ cell, value: fraction.done } as Fix, "description", () => {
        const fixed = formatNumber(fraction.done, convention, 0);
        return { vi: `Ghi số ${fixed} vào ô`, en: `Write the number ${fixed} in the cell` };
      })
    : null;
  const params = (): MessageParams => ({
    name,
    kind: info.date ? "date" : "time",
    shown: info.date ? shownDate(date, order) : date.minutes === null ? "" : shownTime(date.minutes),
    order,
    from,
    done: fraction === null ? "" : String(fraction.done),
    total: fraction === null ? "" : String(fraction.total),
    fixable: fixable ? 1 : 0,
    formula: formula ? 1 : 0,
  });
  find(ctx, "date_in_figure_cell", "error", cell, column, params, fix);
  return true;
}

/**
 * The figures an office typed in its own comparison columns on this row, or null when it typed
 * none. Words ("Vượt") and dashes are not figures and are left alone: nothing is said of them.
 */
function readPrinted(ctx: Context, row: number): Partial<Record<PrintedColumn, PrintedFigure>> | null {
  let out: Partial<Record<PrintedColumn, PrintedFigure>> | null = null;
  for (const [key, col, letters] of ctx.printed) {
    const raw = ctx.grid.at(row, col);
    let figure: Omit<PrintedFigure, "cell"> | null = null;
    if (typeof raw === "number" && Number.isFinite(raw)) {
      const shown = shownAsPercent(ctx, row, col);
      figure = { value: shown ? asShownPercent(raw) : raw, text: null, unformatted: !shown };
    } else if (typeof raw === "string" && !isNoFigure(raw)) {
      const parsed = parseNumber(raw, ctx.options.convention);
      if (parsed.kind === "number" && parsed.scale === 1 && parsed.ambiguous === null)
        figure = { value: parsed.value, text: raw.trim(), unformatted: false };
    }
    if (figure === null) continue;
    const sheetRow = row + ctx.origin.row;
    const cell = { row: sheetRow, col: col + ctx.origin.col, address: letters + String(sheetRow + 1) };
    (out ??= {})[key] = { ...figure, cell };
  }
  return out;
}

/**
 * "9/14 xã" in Thực hiện: 9 done of 14. The actual is the count done (on a % row, the share, to
 * 2 decimals); a warning says how it was read and offers to write that number. 14 is never made a
 * plan: an empty Kế hoạch stays empty, the message only suggests it.
 */
function fractionActual(
  ctx: Context,
  row: number,
  cells: RowCells,
  unit: string,
  name: string,
  typed: string,
  fraction: Fraction,
  plan: CellValue | undefined,
): number | null {
  const share = isPercentUnit(unit);
  const value = share ? roundPct((fraction.done / fraction.total) * 100, 2) : fraction.done;
  if (notMeant(ctx, cells, "actual", name, unit, value, typed)) return null;
  const cell = cellAt(cells, "actual");
  const convention = ctx.options.convention;
  const formula = ctx.options.isFormula?.(cell.row - ctx.origin.row, cell.col - ctx.origin.col) ?? false;
  const fix = formula
    ? null
    : lazyText({ cell, value } as Fix, "description", () => {
        const fixed = formatNumber(value, convention, 2);
        return { vi: `Ghi số ${fixed} vào ô`, en: `Write the number ${fixed} in the cell` };
      });
  const planCell = ctx.columns.plan === undefined ? undefined : cells.plan;
  const params = (): MessageParams => ({
    name,
    typed: cutForMessage(typed),
    done: formatNumber(fraction.done, convention, 0),
    total: formatNumber(fraction.total, convention, 0),
    fixed: formatNumber(value, convention, 2),
    share: share ? 1 : 0,
    plan: planCell === undefined ? "none" : isBlank(plan) ? "empty" : "set",
    planCell: planCell?.address ?? "",
    formula: formula ? 1 : 0,
  });
  find(ctx, "fraction_as_actual", "warning", cells, "actual", params, fix);
  return value;
}

// The findings below are apart from the readers that make them: a closure over a reader's
// variables makes V8 allocate a context on every call, finding or not (90 000 calls a check).

function notANumber(ctx: Context, cell: Where, column: InputColumn | PeriodColumn, name: string): void {
  const convention = ctx.options.convention;
  find(ctx, "not_a_number", "error", cell, column, () => ({
    name,
    example: formatNumber(6794.12, convention),
  }));
}

function percentInUnitRow(
  ctx: Context,
  cell: Where,
  column: InputColumn | PeriodColumn,
  name: string,
  raw: CellValue,
  unit: string,
): void {
  find(ctx, "percent_in_unit_row", "error", cell, column, () => ({
    name,
    typed: cutForMessage(textOf(raw)),
    unit,
  }));
}

function textFindings(
  ctx: Context,
  cell: Where,
  column: InputColumn | PeriodColumn,
  name: string,
  raw: CellValue,
  parsed: ParsedFigure,
  value: number,
  excelSaysText: boolean,
): void {
  if (!parsed.wasText && !excelSaysText) return;
  if (parsed.ambiguous !== null) {
    const params = ambiguityParams(
      textOf(raw),
      parsed.value,
      parsed.ambiguous.alternative,
      ctx.options.convention,
    );
    find(ctx, "ambiguous_separator", "warning", cell, column, { name, ...params });
    return;
  }
  if (ctx.fromSheet) numberAsText(ctx, cell, column, name, value, textOf(raw));
}

/**
 * A figure nobody meant (more than 15 significant digits, or beyond any amount in the unit): an
 * error on the cell, and the figure is left out of every computation.
 */
function notMeant(
  ctx: Context,
  cell: Where,
  column: InputColumn | PeriodColumn,
  name: string,
  unit: string,
  value: number,
  typed: string | null,
): boolean {
  const why = implausible(value, unit, typed);
  if (why === null) return false;
  implausibleNumber(ctx, cell, column, name, unit, value, typed, why);
  return true;
}

function implausibleNumber(
  ctx: Context,
  cell: Where,
  column: InputColumn | PeriodColumn,
  name: string,
  unit: string,
  value: number,
  typed: string | null,
  why: NonNullable<Implausible>,
): void {
  find(ctx, "implausible_number", "error", cell, column, () => ({
    name,
    unit,
    typed: shortTyped(typed ?? formatNumber(value, ctx.options.convention, 2)),
    ...(why.why === "digits"
      ? { digits: why.digits }
      : { limit: formatNumber(why.limit, ctx.options.convention, 0) }),
  }));
}

/** A figure as typed, cut to a length a message can quote (and short of 16 digits in a row). */
function shortTyped(typed: string): string {
  const t = typed.trim();
  return t.length > 16 ? `${t.slice(0, 15)}…` : t;
}

/** notMeant on each figure a target holds, up to the first it finds (no list of them a row). */
function targetNotMeant(
  ctx: Context,
  cell: Where,
  name: string,
  unit: string,
  target: Target,
  typed: string | null,
): boolean {
  switch (target.kind) {
    case "value":
    case "approx":
      return notMeant(ctx, cell, "plan", name, unit, target.value, typed);
    case "limit":
      return notMeant(ctx, cell, "plan", name, unit, target.bound, typed);
    case "range":
      return (
        notMeant(ctx, cell, "plan", name, unit, target.lo, typed) ||
        notMeant(ctx, cell, "plan", name, unit, target.hi, typed)
      );
    case "relative":
      return (
        notMeant(ctx, cell, "plan", name, unit, target.change, typed) ||
        (target.changeTo !== undefined && notMeant(ctx, cell, "plan", name, unit, target.changeTo, typed))
      );
    case "all":
    case "yesno":
      return false;
  }
}

function readPlan(
  ctx: Context,
  row: number,
  cell: Where | undefined,
  unit: string,
  name: string,
): IndicatorRow["target"] {
  const col = ctx.columns.plan;
  if (col === undefined || cell === undefined) return null;
  if (dateInFigureCell(ctx, row, col, cell, "plan", name, unit)) return null;
  const raw = ctx.grid.at(row, col);
  // "-" or "…" in Kế hoạch is no plan, as in the figure columns: not an unreadable one.
  if (isNoFigure(raw)) return null;
  const parsed = parseTarget(raw, ctx.options.convention, unit, name);
  if (parsed.problem === "unreadable") {
    find(ctx, "unreadable_target", "error", cell, "plan", { name });
    return null;
  }
  const typed = typeof raw === "string" ? raw : null;
  // A relative change is in % of the prior year, whatever the row's unit.
  const planUnit = parsed.target?.kind === "relative" ? "%" : unit;
  if (parsed.target !== null && targetNotMeant(ctx, cell, name, planUnit, parsed.target, typed)) return null;
  if (parsed.ambiguous) {
    const { value, alternative } = parsed.ambiguous;
    const params = ambiguityParams(textOf(raw), value, alternative, ctx.options.convention);
    find(ctx, "ambiguous_separator", "warning", cell, "plan", { name, ...params });
    return parsed.target;
  }
  // A plain figure typed as text; "100%" and phrases ("dưới 4") are meant as text.
  const textual = ctx.fromSheet && (typeof raw === "string" || typedAsText(ctx, row, col));
  if (textual && parsed.target?.kind === "value") {
    const figure = parseNumber(raw, ctx.options.convention);
    if (figure.kind === "number" && !figure.percent) {
      numberAsText(ctx, cell, "plan", name, parsed.target.value, textOf(raw));
    }
  }
  if (typeof raw === "number" && parsed.target?.kind === "value" && shownAsPercent(ctx, row, col)) {
    return { kind: "value", value: asShownPercent(parsed.target.value) };
  }
  return parsed.target;
}

function readIndicator(ctx: Context, row: number, estimate: boolean): IndicatorRow {
  const { grid } = ctx;
  // Copies of an object with the table's input columns as keys: one shape, made in one step,
  // rather than grown key by key on every row.
  const raw: IndicatorRow["raw"] = { ...ctx.rawShape };
  // Every input cell of the row has a place; a cell object is made only if something reads it.
  const cells = new RowCells(row + ctx.origin.row, ctx.places);
  const values = grid.row(row);
  const inputs = ctx.inputColumns;
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    raw[input[0]] = values?.[input[1]] ?? null;
  }
  const name = textOf(raw.name);
  // No ĐVT column: offices then write the unit in the name ("Tổng vốn đầu tư (tỷ đồng)").
  const unit = ctx.columns.unit === undefined ? unitInName(name) : textOf(raw.unit);

  const termTarget = ctx.term === null ? undefined : readTermPlan(ctx, row, cells, name);
  const target = termTarget === undefined ? readPlan(ctx, row, cells, unit, name) : asTarget(termTarget);

  const kindCell = parseKind(raw.kind ?? null);
  const kind = kindCell === null || kindCell === "unknown" ? inferKind(unit, target, name) : kindCell;
  if (kindCell === "unknown" && cells.kind) {
    find(ctx, "unknown_kind", "warning", cells.kind, "kind", { name, inferred: kind });
  }
  const directionCell = parseDirection(raw.direction ?? null);
  let direction: IndicatorRow["direction"];
  let directionFrom: IndicatorRow["directionFrom"];
  if (directionCell === null || directionCell === "unknown") {
    // A limit or a relative target carries its own direction; else the name's words may say it.
    const fromTarget = targetDirection(target);
    const fromName = fromTarget === null ? directionFromName(name, unit, raw.plan ?? null) : null;
    direction = fromTarget ?? fromName?.direction ?? "up";
    directionFrom = fromTarget !== null ? "target" : fromName !== null ? "name" : "default";
  } else {
    direction = directionCell;
  }
  if (directionCell === "unknown" && cells.direction) {
    find(ctx, "unknown_direction", "warning", cells.direction, "direction", { name, inferred: direction });
  }

  let actual: number | null = null;
  let actualYesNo: IndicatorRow["actualYesNo"] = null;
  const yesNoRow = kind === "yesno" || target?.kind === "yesno";
  const actualRaw = raw.actual ?? null;
  if (
    yesNoRow &&
    typeof actualRaw === "string" &&
    parseNumber(actualRaw, ctx.options.convention).kind !== "number"
  ) {
    actualYesNo = parseYesNo(actualRaw);
    if (actualYesNo === null && cells.actual && actualRaw.trim() !== "") {
      find(ctx, "not_a_number", "error", cells.actual, "actual", { name, expect: "yesno" });
    }
  } else {
    const fraction = typeof actualRaw === "string" ? parseFraction(actualRaw, ctx.options.convention) : null;
    actual =
      fraction === null
        ? readFigure(ctx, row, "actual", cells, unit, name)
        : fractionActual(ctx, row, cells, unit, name, actualRaw as string, fraction, raw.plan);
  }

  // Most tables have neither period column: no object a row for nothing.
  const periodFigures = ctx.periodColumns ? readPeriodFigures(ctx, row, unit, name) : null;
  const term = ctx.term === null ? undefined : readTermFigures(ctx, row, unit, name, termTarget ?? null);
  if (term !== undefined) {
    // The latest year reported is the row's actual: rules on figures (a count below zero, a rate
    // over 100) and the report read it there.
    const latest = term.actuals.reduce<number>((at, a, i) => (a === null ? at : i), -1);
    const cell = latest < 0 ? null : term.cells.years[latest];
    actual = latest < 0 ? null : (term.actuals[latest] ?? null);
    if (cell) {
      cells.actual = cell;
      raw.actual = grid.at(row, cell.col - ctx.origin.col);
    }
  }
  // One literal of the same shape on every row; what only some rows have is added after, not
  // spread in (spreads built each row key by key, and a third of core's check is GC).
  const out: IndicatorRow = {
    sheetRow: row + ctx.origin.row,
    stt: textOf(raw.stt),
    name,
    unit,
    kind,
    direction,
    target,
    stretch: readFigure(ctx, row, "stretch", cells, unit, name),
    actual,
    actualYesNo,
    prior: readFigure(ctx, row, "prior", cells, unit, name),
    reportedPct: readFigure(ctx, row, "reportedPct", cells, unit, name),
    note: textOf(raw.note),
    estimate,
    cells,
    raw,
  };
  if (ctx.printed.length > 0) {
    const printed = readPrinted(ctx, row);
    if (printed !== null) out.printed = printed;
  }
  if (periodFigures?.periodCells !== undefined) Object.assign(out, periodFigures);
  if (term !== undefined) out.term = term;
  if (directionFrom !== undefined) out.directionFrom = directionFrom;
  latest.row = out;
  return out;
}

/** A term target in the Mục tiêu cell: a figure (a level) or the words resolutions use. */
function readTermPlan(ctx: Context, row: number, cell: Where | undefined, name: string): TermTarget | null {
  const col = ctx.columns.plan;
  if (col === undefined || cell === undefined) return null;
  if (dateInFigureCell(ctx, row, col, cell, "plan", name, "")) return null;
  const raw = ctx.grid.at(row, col);
  if (typeof raw === "number" && Number.isFinite(raw)) return { kind: "level", value: raw };
  const text = textOf(raw);
  if (text === "") return null;
  const target = parseTermTarget(text, ctx.options.convention);
  if (target === null) find(ctx, "unreadable_target", "error", cell, "plan", { name });
  return target;
}

/** The parts of a term target the rest of the reader knows: a level or total as a value, a limit. */
function asTarget(t: TermTarget | null): IndicatorRow["target"] {
  if (t === null) return null;
  switch (t.kind) {
    case "level":
    case "total":
      return { kind: "value", value: t.value };
    case "limit":
      return { kind: "limit", bound: t.bound, side: t.side, inclusive: false };
    case "growth":
      // A growth target has no figure to hold a year's actual against: only the term judges it.
      return null;
  }
}

/** A term row's base and yearly actuals, each read like any figure (findings included). */
function readTermFigures(
  ctx: Context,
  row: number,
  unit: string,
  name: string,
  target: TermTarget | null,
): NonNullable<IndicatorRow["term"]> {
  const term = ctx.term as TermLayout;
  const sheetRow = row + ctx.origin.row;
  const ref = (col: number): CellRef => {
    const sheetCol = col + ctx.origin.col;
    return { row: sheetRow, col: sheetCol, address: colLetter(sheetCol) + String(sheetRow + 1) };
  };
  const span = term.endYear - term.baseYear;
  const actuals: (number | null)[] = Array.from({ length: Math.max(0, span) }, () => null);
  const years: (CellRef | null)[] = actuals.map(() => null);
  const rawYears: CellValue[] = actuals.map(() => null);
  for (const y of term.years) {
    const i = y.year - term.baseYear - 1;
    if (i < 0 || i >= span) continue;
    const cell = ref(y.col);
    years[i] = cell;
    rawYears[i] = ctx.grid.at(row, y.col);
    actuals[i] = readFigure(ctx, row, "actual", cell, unit, name, y.col);
  }
  const baseCell = term.baseCol === null ? undefined : ref(term.baseCol);
  const base =
    term.baseCol === null ? null : readFigure(ctx, row, "prior", baseCell, unit, name, term.baseCol);
  return {
    target,
    baseYear: term.baseYear,
    endYear: term.endYear,
    base,
    actuals,
    cells: { ...(baseCell === undefined ? {} : { base: baseCell }), years },
    raw: { ...(term.baseCol === null ? {} : { base: ctx.grid.at(row, term.baseCol) }), years: rawYears },
  };
}

/** "nhiệm kỳ", "đến năm 2025", "giai đoạn 2021–2025": the title or a header speaks of a term. */
const TERM_HINT = /\bnhiem ky\b|\b(?:den|toi) nam (?:19|20)\d{2}\b|\bgiai doan (?:19|20)\d{2}|\bterm\b/;

/**
 * A term table: two or more year columns (one beside a base year) ("Thực hiện 2021", "TH 2022", years under "Thực hiện các
 * năm") beside a base year column ("Năm 2020 (gốc)") or a title or header that speaks of the term.
 * The end year is the plan header's ("Mục tiêu đến năm 2025"), else the title's range ("nhiệm kỳ
 * 2020–2025"), else the last year column.
 */
function detectTerm(
  header: Header,
  above: readonly string[],
  planCol: number | undefined,
): TermLayout | null {
  const years: TermLayout["years"] = [];
  const computed: TermLayout["computed"] = {};
  let base: { year: number; col: number } | null = null;
  for (const [col, cell] of header.cells.entries()) {
    const t = termHeaderOf(cell.text, cell.above);
    if (t === null) continue;
    if (t.role === "base") base ??= { year: t.year, col };
    else if (t.role === "computed") computed[t.column] ??= col;
    else if (!years.some((y) => y.year === t.year)) years.push({ year: t.year, col, estimate: t.estimate });
  }
  const first = years[0];
  const last = years[years.length - 1];
  // One year column is a term table only beside its base year ("Năm 2020 (gốc)"): the term's first year.
  if (first === undefined || last === undefined || (years.length < 2 && base === null)) return null;
  const texts = [...above, ...headerTexts(header)].map(foldHeader);
  if (base === null && !texts.some((t) => TERM_HINT.test(t))) return null;
  years.sort((a, b) => a.year - b.year);
  const plan = planCol === undefined ? undefined : header.cells[planCol];
  const planYear = plan === undefined ? null : headerYear(`${plan.above ?? ""} ${plan.text}`);
  const range = texts
    .map((t) => /\b((?:19|20)\d{2}) ?[-–] ?((?:19|20)\d{2})\b/.exec(t))
    .find((m) => m !== null);
  const rangeStart = range?.[1] === undefined ? null : Number(range[1]);
  const rangeEnd = range?.[2] === undefined ? null : Number(range[2]);
  const lastYear = years[years.length - 1]?.year ?? last.year;
  const firstYear = years[0]?.year ?? first.year;
  return {
    baseYear: base?.year ?? rangeStart ?? firstYear - 1,
    endYear: Math.max(planYear ?? rangeEnd ?? lastYear, lastYear),
    baseCol: base?.col ?? null,
    years,
    computed,
  };
}

/**
 * "Ước thực hiện cả năm" and the prior full year, read like any figure (findings included) when the
 * table has them; nothing at all (not even the keys) when it has neither, as in most tables.
 */
function readPeriodFigures(
  ctx: Context,
  row: number,
  unit: string,
  name: string,
): Pick<IndicatorRow, "yearEstimate" | "priorYear" | "periodCells" | "periodRaw"> {
  const out: Pick<IndicatorRow, "yearEstimate" | "priorYear" | "periodCells" | "periodRaw"> = {};
  for (const key of PERIOD_COLUMNS) {
    const col = ctx.columns[key];
    if (col === undefined) continue;
    const sheetCol = col + ctx.origin.col;
    const cell: CellRef = {
      row: row + ctx.origin.row,
      col: sheetCol,
      address: colLetter(sheetCol) + String(row + ctx.origin.row + 1),
    };
    out.periodCells = { ...out.periodCells, [key]: cell };
    out.periodRaw = { ...out.periodRaw, [key]: ctx.grid.at(row, col) };
    out[key] = readFigure(ctx, row, key, cell, unit, name);
  }
  return out;
}

/** A group heading: "I | Xây dựng Đảng", "I. Xây dựng Đảng" in one cell, or a name with no figures. */
function headingOf(ctx: Context, row: number): { stt: string; name: string } | null {
  const { grid, columns } = ctx;
  // A numbered row ("1", "2"…) is an indicator: most rows of a table end here, unless it is an
  // Arabic-numbered group whose rows carry its number ("1 | Kinh tế" over "1.1", "1.2").
  const sttValue = columns.stt === undefined ? null : grid.at(row, columns.stt);
  if (typeof sttValue === "number" && Number.isFinite(sttValue)) return arabicGroup(ctx, row);
  const stt = columns.stt === undefined ? "" : grid.text(row, columns.stt);
  const name = columns.name === undefined ? "" : grid.text(row, columns.name);
  if (ROMAN.test(stt)) return { stt: stt.replace(/\.$/, ""), name };
  const inStt = ROMAN_WITH_NAME.exec(stt);
  if (name === "" && inStt?.[1] !== undefined && inStt[2] !== undefined)
    return { stt: inStt[1], name: inStt[2] };
  const inName = ROMAN_WITH_NAME.exec(name);
  if (stt === "" && inName?.[1] !== undefined && inName[2] !== undefined)
    return { stt: inName[1], name: inName[2] };

  if (name === "" || typeof grid.at(row, columns.stt ?? -1) === "number") return null;
  if (ARABIC.test(stt)) return arabicGroup(ctx, row);
  const filled = (key: ColumnKey): boolean => {
    const col = columns[key];
    return col !== undefined && !isBlank(grid.at(row, col));
  };
  return ROW_CONTENT.some(filled) ? null : { stt, name };
}

function isArabic(stt: string): boolean {
  return /^\d+$/.test(stt);
}

/** Nothing but a number and a name: no unit, no figure, no kind, no direction. */
function onlyNamed(ctx: Context, row: number): boolean {
  const { grid, columns } = ctx;
  if (columns.name === undefined || grid.text(row, columns.name) === "") return false;
  for (const key of ROW_CONTENT) {
    const col = columns[key];
    if (col !== undefined && !isBlank(grid.at(row, col))) return false;
  }
  return true;
}

/** The STT of the next row, or of the one after a blank row, in this part of the grid ("" past it). */
function nextStt(ctx: Context, row: number): string {
  const { grid, columns } = ctx;
  if (columns.stt === undefined) return "";
  for (let r = row + 1; r < grid.height && r <= row + 2; r++)
    if (!grid.isBlankRow(r)) return grid.text(r, columns.stt);
  return "";
}

/**
 * "1 | Kinh tế" with no figures, over "1.1 | Doanh nghiệp thành lập mới": a group numbered 1, 2…
 * (its rows' numbers start with its own), not an indicator without data. Null otherwise.
 */
function arabicGroup(ctx: Context, row: number): { stt: string; name: string } | null {
  if (!onlyNamed(ctx, row)) return null;
  const stt = ctx.grid.text(row, ctx.columns.stt!).replace(/[.)]$/, "");
  if (!/^\d+$/.test(stt)) return null;
  const next = nextStt(ctx, row);
  return next.startsWith(`${stt}.`) && /^\d+\.\d/.test(next)
    ? { stt, name: ctx.grid.text(row, ctx.columns.name!) }
    : null;
}

/**
 * "1 | Giá trị sản xuất" with no figures, over "a | Nông nghiệp", "b | Công nghiệp": a label for
 * the lettered (or dashed) rows under it, neither a group nor an indicator "Chưa có số liệu".
 */
function isLabelRow(ctx: Context, row: number): boolean {
  return onlyNamed(ctx, row) && LETTERED.test(nextStt(ctx, row));
}

/** The number of a lettered or dashed part: "a", "b)", "đ.", "-", "+". */
const LETTERED = /^(?:[a-zđ][.)]?|[-+–•])$/i;

/**
 * A parent line the reader passed over ("Giá trị sản xuất" over "a) Nông nghiệp"; "2 | Giá trị sản
 * xuất" over "2.1"), and which rows under it are its parts: its name goes with them (IndicatorRow.parent).
 */
interface ParentLine {
  name: string;
  /** "2" when its parts are numbered "2.1", "2.2"; null when they are lettered or dashed. */
  stt: string | null;
}

function isPartOf(parent: ParentLine, stt: string): boolean {
  const s = stt.trim();
  return parent.stt === null ? LETTERED.test(s) : s.startsWith(`${parent.stt}.`);
}

function isSummaryRow(grid: Grid, row: number): boolean {
  const cells = grid.row(row) ?? [];
  for (let c = 0; c < cells.length; c++) {
    const value = cells[c];
    // Folding is the costly part: only a text starting like "Đạt…", "Reached…" or "3 of…" can be one.
    if (typeof value === "string" && value.trim() !== "")
      return /^\s*([ĐđDdRr]|\d+ of )/.test(value) && isSummaryText(value);
  }
  return false;
}

/**
 * Excel holds at most 32 767 characters in a cell; a longer text can only come from a CSV or an
 * API, and is cut to that before anything reads it, so every pattern below runs on bounded text.
 */
export const MAX_CELL_CHARS = 32_767;

// Top-level functions, not closures made on each call: a closure's optimised code is dropped with
// the closure at the next full collection, and these run on every cell of every check.
function isLong(v: CellValue | undefined): v is string {
  return typeof v === "string" && v.length > MAX_CELL_CHARS;
}

function hasLong(row: readonly CellValue[] | undefined): boolean {
  return row !== undefined && row.some(isLong);
}

function boundedGrid(grid: CellValue[][]): CellValue[][] {
  if (!grid.some(hasLong)) return grid;
  return grid.map((row) =>
    !hasLong(row) ? row : row.map((v) => (isLong(v) ? v.slice(0, MAX_CELL_CHARS) : v)),
  );
}

function shiftTerm(term: TermLayout, by: number): TermLayout {
  const computed: TermLayout["computed"] = {};
  for (const [k, c] of Object.entries(term.computed) as [keyof TermLayout["computed"], number][])
    computed[k] = c + by;
  return {
    ...term,
    baseCol: term.baseCol === null ? null : term.baseCol + by,
    years: term.years.map((y) => ({ ...y, col: y.col + by })),
    computed,
  };
}

/** What a part of the grid holds beside its values, addressed by grid row as ReadOptions is. */
export type ChunkOptions = Pick<ReadOptions, "numberFormats" | "valueTypes" | "isFormula">;

/** The rows a TableReader read from one part of the grid. */
export interface TableRows {
  /**
   * The groups this part touched, in order, each with only this part's rows: a group that goes on
   * from the previous part comes first with the same sheetRow (null for rows before any heading).
   */
  groups: IndicatorGroup[];
  /** What was wrong with how this part's cells were typed (the header's with the first part). */
  findings: Finding[];
  /** This part's total rows, in sheet order (IndicatorTable.totals); absent when it has none. */
  totals?: IndicatorRow[];
}

/**
 * A table read part by part, so that a long table never has to be held whole: openTable finds the
 * header in the first rows, then read() takes the rows in order, a part at a time, and keeps only
 * where the body is (the group it is in, blank rows in a row). readTable is one read() of the grid.
 */
export class TableReader {
  readonly layout: TableLayout;
  readonly table: Omit<IndicatorTable, "groups">;
  #ctx: Context;
  #base: ReadOptions;
  readonly #estimate: boolean;
  #next: number;
  #current: IndicatorGroup;
  #headed = 0;
  #leadRows = 0;
  #blanks = 0;
  #parent: ParentLine | null = null;
  /** Sums of the indicator rows of the current group since its last total row, and of the table. */
  #groupSums = new RowSums();
  #tableSums = new RowSums();
  #done = false;
  #pending: Finding[];
  /** The first rows, already cut to MAX_CELL_CHARS: read() need not scan them again. */
  #head: CellValue[][];

  /** @internal use openTable */
  constructor(
    head: CellValue[][],
    ctx: Context,
    layout: TableLayout,
    table: Omit<IndicatorTable, "groups">,
    firstData: number,
    estimate: boolean,
  ) {
    this.#head = head;
    this.#ctx = ctx;
    latest.reader = this;
    this.#base = ctx.options;
    this.layout = layout;
    this.table = table;
    this.#next = firstData;
    this.#estimate = estimate;
    this.#current = { stt: "", name: "", sheetRow: null, rows: [] };
    this.#pending = ctx.findings;
    ctx.findings = [];
  }

  /**
   * Lets go of the grid and the options once the last part is read (readTable, the CLI's long
   * sheets): the latest reader is kept until the next check (kept.ts), without a sheet's values.
   */
  release(): void {
    this.#head = [];
    this.#base = { convention: this.#base.convention };
    this.#ctx.options = this.#base;
  }

  /** The table has ended (two blank rows, our summary line): later rows are not read. */
  get done(): boolean {
    return this.#done;
  }

  /** Whether the table had no heading and no indicator row before it: one empty group, as readTable. */
  get isEmpty(): boolean {
    return this.#headed === 0 && this.#leadRows === 0;
  }

  /**
   * A total row: not an indicator (never counted in "Đạt và vượt"); its figures are checked against
   * the rows of its group since the last total, else against the whole table (a grand total under
   * groups). A label that says total with figures that are neither sum is still a total, and said.
   */
  #total(r: number): IndicatorRow {
    const ctx = this.#ctx;
    // Its cells are read as an indicator's are: a figure typed as text is still a figure, and said.
    const row = readIndicator(ctx, r, this.#estimate);
    const own = totalFigures(row);
    const inGroup = firstMismatch(own, this.#groupSums);
    const inTable = inGroup === null ? null : firstMismatch(own, this.#tableSums);
    const sums = inGroup === null ? this.#groupSums : this.#tableSums;
    // Neither sum: the group's figure is named when the group had rows (the nearer reading).
    const mismatch = inTable === null ? null : typeof inGroup === "object" ? inGroup : inTable;
    const sheetRow = r + ctx.origin.row;
    // The cell holding the label: the name's, or the STT's when the name cell is empty.
    const labelCol = row.name === "" ? (ctx.columns.stt ?? ctx.columns.name) : ctx.columns.name;
    const col = (labelCol ?? 0) + ctx.origin.col;
    const cell: CellRef = { row: sheetRow, col, address: colLetter(col) + String(sheetRow + 1) };
    const name = row.name !== "" ? row.name : row.stt;
    const base = { cell, fix: null, column: "name" as const };
    if (mismatch === null || mismatch === "nothing") {
      ctx.findings.push({
        ...base,
        code: "total_row",
        severity: "info",
        message: msg("total_row", { row: sheetRow + 1, name: cutForMessage(name), rows: sums.rows }),
      });
    } else {
      const convention = ctx.options.convention;
      ctx.findings.push({
        ...base,
        code: "total_row_mismatch",
        severity: "warning",
        message: msg("total_row_mismatch", {
          row: sheetRow + 1,
          name: cutForMessage(name),
          column: mismatch.figure,
          typed: formatNumber(mismatch.typed, convention),
          sum: formatNumber(mismatch.sum, convention),
        }),
      });
    }
    // A subtotal closes its part of the group: the next total sums the rows after it.
    this.#groupSums.reset();
    return row;
  }

  /** Rows `first`… of the grid (a part, in order after the previous one); rows above the body are skipped. */
  read(rows: CellValue[][], first: number, chunk?: ChunkOptions): TableRows {
    const ctx = this.#ctx;
    ctx.grid = new Grid(rows === this.#head ? rows : boundedGrid(rows), first);
    ctx.options = chunk === undefined ? this.#base : { ...this.#base, ...chunk };
    const groups: IndicatorGroup[] = [];
    const totals: IndicatorRow[] = [];
    let current: IndicatorGroup | null = null;
    const open = (group: IndicatorGroup): IndicatorGroup => {
      const part = { ...group, rows: [] };
      groups.push(part);
      return part;
    };
    const end = first + rows.length;
    let r = Math.max(this.#next, first);
    for (; r < end && !this.#done; r++) {
      if (ctx.grid.isBlankRow(r)) {
        if (++this.#blanks >= 2) this.#done = true;
        continue;
      }
      this.#blanks = 0;
      if (isSummaryRow(ctx.grid, r)) {
        this.#done = true;
        break;
      }
      this.layout.lastDataRow = r + ctx.origin.row;
      if (isTotalRow(ctx, r)) {
        totals.push(this.#total(r));
        continue;
      }
      const heading = headingOf(ctx, r);
      // "2 | Giá trị sản xuất" over "2.1", "2.2" inside "I. KINH TẾ" is a parent line, not a new
      // group that would take the rest of group I away.
      if (
        heading &&
        this.#current.sheetRow !== null &&
        isArabic(heading.stt) &&
        !isArabic(this.#current.stt)
      ) {
        this.#parent = heading.name.trim() === "" ? null : { name: heading.name.trim(), stt: heading.stt };
        continue;
      }
      if (heading) {
        this.#current = { ...heading, sheetRow: r + ctx.origin.row, rows: [] };
        this.#groupSums.reset();
        this.#headed++;
        this.#parent = null;
        current = open(this.#current);
        continue;
      }
      if (isLabelRow(ctx, r)) {
        const name = ctx.columns.name === undefined ? "" : ctx.grid.text(r, ctx.columns.name).trim();
        this.#parent = name === "" ? null : { name, stt: null };
        continue;
      }
      if (this.#current.sheetRow === null) this.#leadRows++;
      current ??= open(this.#current);
      const indicator = readIndicator(ctx, r, this.#estimate);
      if (this.#parent !== null && isPartOf(this.#parent, indicator.stt))
        indicator.parent = this.#parent.name;
      else this.#parent = null;
      current.rows.push(indicator);
      this.#groupSums.add(indicator);
      this.#tableSums.add(indicator);
    }
    this.#next = r;
    const findings = this.#pending.length > 0 ? this.#pending.concat(ctx.findings) : ctx.findings;
    this.#pending = [];
    ctx.findings = [];
    ctx.grid = NO_ROWS;
    return totals.length > 0 ? { groups, findings, totals } : { groups, findings };
  }
}

/** A row labelled "Tổng cộng", "Cộng", "Toàn huyện"… in its name or STT cell (total-row.ts). */
function isTotalRow(ctx: Context, row: number): boolean {
  const { grid, columns } = ctx;
  const name = columns.name === undefined ? null : grid.at(row, columns.name);
  if (typeof name === "string" && name.trim() !== "") return isTotalLabel(name);
  const stt = columns.stt === undefined ? null : grid.at(row, columns.stt);
  return typeof stt === "string" && isTotalLabel(stt);
}

/**
 * The header found in the first rows of the grid (`head`, which must reach at least
 * HEADER_SEARCH_ROWS rows down, or to the end of the grid), and a reader for the body. Throws
 * TableNotFoundError as readTable does.
 */
export function openTable(head: CellValue[][], options: ReadOptions): TableReader {
  const bounded = boundedGrid(head);
  const g = new Grid(bounded);
  const origin = options.origin ?? { row: 0, col: 0 };
  // A mapping that no longer fits the sheet is left aside: the headers are read as usual.
  const mapped = options.mapping === undefined ? null : mappedColumns(bounded, options.mapping, origin);
  const found = mapped === null ? findHeader(g) : singleRowHeader(g, mapped.row);

  const above = textsAbove(g, found.top);
  const hidden = options.hiddenColumns ?? [];
  // A person's own mapping names its columns, hidden or not.
  const rivals = mapped === null ? hiddenRivals(found, hidden, above) : new Map<number, never>();
  const skip = rivals.size === 0 ? undefined : new Set(rivals.keys());
  const year = reportedYear(above, headerTexts(found, skip));
  const textPeriod = periodFromTexts([...above, ...headerTexts(found, skip)]);
  const repeated: RepeatedHeader[] = [];
  const columns =
    mapped === null
      ? headerColumns(found, year, textPeriod, repeated, skip)
      : overlayMapping(headerColumns(found, year, textPeriod), mapped.columns);
  const term = mapped === null ? detectTerm(found, above, columns.plan) : null;
  if (term !== null) {
    // The years, the base and our term columns are the term's, not Thực hiện / Cùng kỳ.
    const termCols = new Set([
      ...term.years.map((y) => y.col),
      ...(term.baseCol === null ? [] : [term.baseCol]),
      ...Object.values(term.computed),
    ]);
    for (const [key, col] of Object.entries(columns) as [ColumnKey, number][])
      if (termCols.has(col)) delete columns[key];
    // "TH 2022" beside "Thực hiện 2021" is the term's next year, not a second Cùng kỳ column.
    const kept = repeated.filter((r) => !termCols.has(r.first) && !termCols.has(r.second));
    repeated.splice(0, repeated.length, ...kept);
  }
  const printed = officeColumns(g, found, columns, repeated, options);
  const period = term !== null ? "nhiem_ky" : textPeriod;
  const inputColumns = INPUT_COLUMNS.flatMap((key) => {
    const col = columns[key];
    return col === undefined ? [] : [[key, col] as const];
  });
  const rawShape: IndicatorRow["raw"] = {};
  const sheetInputs: Partial<Record<InputColumn, number>> = {};
  for (const [key, col] of inputColumns) {
    rawShape[key] = undefined;
    sheetInputs[key] = col + origin.col;
  }
  const ctx: Context = {
    grid: g,
    options,
    fromSheet: options.source !== "text",
    inputColumns,
    rawShape,
    places: cellPlaces(sheetInputs),
    periodColumns: PERIOD_COLUMNS.some((key) => columns[key] !== undefined),
    origin,
    columns,
    findings:
      hidden.length === 0
        ? repeatedHeaderFindings(found, repeated, origin)
        : [
            ...repeatedHeaderFindings(found, repeated, origin),
            ...hiddenColumnFindings(found, rivals, columns, hidden, origin),
          ],
    term,
    printed: (Object.entries(printed) as [PrintedColumn, number][]).map(
      ([key, col]) => [key, col, colLetter(col + origin.col)] as const,
    ),
  };

  let lastCol = -1;
  found.cells.forEach((cell, c) => {
    if (cell.text !== "" || cell.above !== undefined || g.text(found.top, c) !== "") lastCol = c;
  });

  // "Ước TH", or "Ước thực hiện" merged over "6 tháng | Cả năm".
  const actualHeader = columns.actual === undefined ? undefined : found.cells[columns.actual];
  const estimate = isEstimateHeader(actualHeader?.text ?? "") || isEstimateHeader(actualHeader?.above ?? "");

  let firstData = found.bottom + 1;
  if (firstData < g.height && isNumberingRow(g, firstData, columns.name)) firstData++;

  const sheetColumns: Partial<Record<ColumnKey, number>> = {};
  for (const [key, col] of Object.entries(columns) as [ColumnKey, number][])
    sheetColumns[key] = col + origin.col;
  const layout: TableLayout = {
    headerTop: found.top + origin.row,
    headerBottom: found.bottom + origin.row,
    firstDataRow: firstData + origin.row,
    lastDataRow: firstData - 1 + origin.row,
    columns: sheetColumns,
    lastCol: lastCol + origin.col,
    ...(term === null ? {} : { term: shiftTerm(term, origin.col) }),
  };
  if (ctx.printed.length > 0) {
    const reported: Partial<Record<PrintedColumn, number>> = {};
    for (const [key, col] of ctx.printed) reported[key] = col + origin.col;
    layout.reported = reported;
  }
  return new TableReader(bounded, ctx, layout, { ...titleAndUnit(above), period, year }, firstData, estimate);
}

/** Groups of successive parts joined: a group that goes on from one part to the next is one group. */
export function joinGroups(parts: readonly IndicatorGroup[][]): IndicatorGroup[] {
  const out: IndicatorGroup[] = [];
  for (const groups of parts) {
    for (const [i, group] of groups.entries()) {
      const last = out[out.length - 1];
      if (i === 0 && last !== undefined && last.sheetRow === group.sheetRow) last.rows.push(...group.rows);
      else out.push({ ...group, rows: group.rows.slice() });
    }
  }
  return out;
}

export function readTable(input: CellValue[][], options: ReadOptions): TableRead {
  const reader = openTable(input, options);
  const { groups, findings, totals } = reader.read(input, 0);
  reader.release();
  const lead: IndicatorGroup = { stt: "", name: "", sheetRow: null, rows: [] };
  const table = { ...reader.table, groups: groups.length === 0 ? [lead] : groups };
  return {
    layout: reader.layout,
    table: totals === undefined ? table : { ...table, totals },
    findings,
  };
}

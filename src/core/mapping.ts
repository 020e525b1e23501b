/**
 * Column mapping ("Chỉ định cột"): when the reader cannot recognize a table by its headers
 * ("Nội dung | Năm 2023 | Năm 2024"), the person says which column is which. The mapping names a
 * header row and, per input column, the sheet column and the header text it had, so a later read
 * can tell that the table moved (a column inserted: found again by its text) or is another table
 * (the texts are gone: the mapping is not used). Pure: readTable applies it, the add-in stores it.
 */
import type { CellValue, ColumnKey, InputColumn } from "./model";
import { INPUT_COLUMNS } from "./model";
import { foldHeader, headerYear, matchHeader } from "./headers";

/** One mapped column: where it was and what its header said. */
export interface MappedColumn {
  /** 0-based sheet column. */
  col: number;
  /** The header cell's text when the mapping was made ("" for an empty header cell). */
  header: string;
}

export interface ColumnMapping {
  /** 0-based sheet row of the header (one row: the row the person chose). */
  headerRow: number;
  columns: Partial<Record<InputColumn, MappedColumn>>;
}

/** The columns a person can map, in the table's order. */
export const MAPPABLE_COLUMNS: readonly InputColumn[] = INPUT_COLUMNS;

/** What makes a mapping unusable; the pane says it in its language. */
export type MappingProblem =
  { code: "no_name" } | { code: "no_figure" } | { code: "same_column"; col: number; keys: InputColumn[] };

/** A table needs its indicator names and a plan or an actual; one column cannot be two things. */
export function mappingProblems(mapping: ColumnMapping): MappingProblem[] {
  const out: MappingProblem[] = [];
  const { columns } = mapping;
  if (columns.name === undefined) out.push({ code: "no_name" });
  if (columns.plan === undefined && columns.actual === undefined) out.push({ code: "no_figure" });
  const byCol = new Map<number, InputColumn[]>();
  for (const key of MAPPABLE_COLUMNS) {
    const c = columns[key];
    if (c !== undefined) byCol.set(c.col, [...(byCol.get(c.col) ?? []), key]);
  }
  for (const [col, keys] of byCol) if (keys.length > 1) out.push({ code: "same_column", col, keys });
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const isIndex = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

/** A mapping as stored (JSON from the workbook), or null when it is not one or not usable. */
export function parseMapping(value: unknown): ColumnMapping | null {
  if (!isRecord(value) || !isIndex(value.headerRow) || !isRecord(value.columns)) return null;
  const columns: ColumnMapping["columns"] = {};
  for (const key of MAPPABLE_COLUMNS) {
    const c = value.columns[key];
    if (isRecord(c) && isIndex(c.col) && typeof c.header === "string")
      columns[key] = { col: c.col, header: c.header };
  }
  const mapping = { headerRow: value.headerRow, columns };
  return mappingProblems(mapping).length === 0 ? mapping : null;
}

function textOf(v: CellValue | undefined): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return "";
}

const same = (a: string, b: string): boolean => foldHeader(a) === foldHeader(b);

/**
 * Where the mapping's columns are in `rows` (grid positions; `origin` is the sheet position of
 * rows[0][0]), or null when the mapping does not fit this grid: a header cell that no longer says
 * what it said and cannot be found by its text elsewhere in the header row.
 */
export function mappedColumns(
  rows: readonly (readonly CellValue[] | undefined)[],
  mapping: ColumnMapping,
  origin: { row: number; col: number } = { row: 0, col: 0 },
): { row: number; columns: Partial<Record<InputColumn, number>> } | null {
  if (mappingProblems(mapping).length > 0) return null;
  const row = mapping.headerRow - origin.row;
  const line = rows[row];
  if (row < 0 || line === undefined) return null;
  const texts = Array.from(line, textOf);
  const columns: Partial<Record<InputColumn, number>> = {};
  for (const key of MAPPABLE_COLUMNS) {
    const m = mapping.columns[key];
    if (m === undefined) continue;
    const at = m.col - origin.col;
    if (at >= 0 && same(texts[at] ?? "", m.header)) {
      columns[key] = at;
      continue;
    }
    // Moved (a column inserted or deleted before it): the one cell that still says the same.
    const found = m.header === "" ? [] : texts.flatMap((t, c) => (same(t, m.header) ? [c] : []));
    if (found.length !== 1) return null;
    columns[key] = found[0];
  }
  return { row, columns };
}

/**
 * The header's columns with the person's mapping over them: a mapped column means what the
 * person said, and what the reader recognized elsewhere (our computed columns written after the
 * mapping, a "Ghi chú") stays, unless it names a column the person placed.
 */
export function overlayMapping(
  recognized: Partial<Record<ColumnKey, number>>,
  mapped: Partial<Record<InputColumn, number>>,
): Partial<Record<ColumnKey, number>> {
  const taken = new Set(Object.values(mapped));
  const out: Partial<Record<ColumnKey, number>> = {};
  for (const [key, col] of Object.entries(recognized) as [ColumnKey, number][])
    if (!taken.has(col) && !(key in mapped)) out[key] = col;
  return { ...out, ...mapped };
}

/** What the pane offers to map: a header row, its cells, and a guess per column. */
export interface MappingProposal {
  headerRow: number;
  /** Non-empty header cells, left to right (0-based sheet columns). */
  headers: { col: number; text: string }[];
  guess: Partial<Record<InputColumn, number>>;
}

const SEARCH_ROWS = 30;
/** A folded header that speaks of the figure assigned ("giao"): the plan. */
const ASSIGNED = /(^|\s)giao(\s|$)/;

/**
 * The row a person most likely means as the header: among the first rows, the first with the
 * most filled cells (a title has one, the header and the data rows have as many as the table has
 * columns); `headerRow` chooses it instead. Guesses: what the reader recognizes, a header saying
 * "giao" (assigned) as the plan, then for columns headed only by a year ("Năm 2023 | Năm 2024"), the latest year as the actual and the one before
 * as the prior year.
 */
export function proposeMapping(
  rows: readonly (readonly CellValue[] | undefined)[],
  headerRow?: number,
): MappingProposal | null {
  let row = headerRow ?? -1;
  if (row < 0) {
    let best = 1;
    for (let r = 0; r < Math.min(SEARCH_ROWS, rows.length); r++) {
      const filled = Array.from(rows[r] ?? [], textOf).filter((t) => t !== "").length;
      if (filled > best) {
        best = filled;
        row = r;
      }
    }
  }
  if (row < 0 || rows[row] === undefined) return null;
  const headers = Array.from(rows[row] ?? [], textOf)
    .map((text, col) => ({ col, text }))
    .filter((h) => h.text !== "");
  const guess: Partial<Record<InputColumn, number>> = {};
  const used = new Set<number>();
  const put = (key: InputColumn, col: number) => {
    if (guess[key] === undefined && !used.has(col)) {
      guess[key] = col;
      used.add(col);
    }
  };
  for (const h of headers) {
    const key = matchHeader(h.text);
    if (key !== null && (MAPPABLE_COLUMNS as readonly string[]).includes(key)) put(key as InputColumn, h.col);
  }
  // "Giao năm 2024", "KH giao", "Chỉ tiêu giao": what was assigned is the plan.
  for (const h of headers) if (!used.has(h.col) && ASSIGNED.test(foldHeader(h.text))) put("plan", h.col);
  const years = headers
    .filter((h) => !used.has(h.col))
    .map((h) => ({ col: h.col, year: headerYear(h.text) }))
    .filter((y): y is { col: number; year: number } => y.year !== null)
    // Latest year first; of two, the rightmost (a plan stands before its actual).
    .sort((a, b) => b.year - a.year || b.col - a.col);
  const latest = years[0];
  if (latest !== undefined) {
    put("actual", latest.col);
    const before = years.find((y) => y.year === latest.year - 1);
    if (before !== undefined) put("prior", before.col);
  }
  return { headerRow: row, headers, guess };
}

/** A mapping from chosen columns, with the header texts of `rows` (what mappedColumns checks). */
export function mappingFrom(
  rows: readonly (readonly CellValue[] | undefined)[],
  headerRow: number,
  chosen: Partial<Record<InputColumn, number>>,
): ColumnMapping {
  const columns: ColumnMapping["columns"] = {};
  for (const key of MAPPABLE_COLUMNS) {
    const col = chosen[key];
    if (col !== undefined) columns[key] = { col, header: textOf(rows[headerRow]?.[col]) };
  }
  return { headerRow, columns };
}

/** Headers the reader recognizes without a mapping: what a table made from a mapped one gets. */
export const OWN_HEADERS: Record<InputColumn, string> = {
  stt: "STT",
  name: "Chỉ tiêu",
  unit: "Đơn vị tính",
  kind: "Loại",
  direction: "Chiều",
  plan: "Kế hoạch",
  stretch: "Phấn đấu",
  actual: "Thực hiện",
  prior: "Cùng kỳ",
  reportedPct: "Tỷ lệ báo cáo",
  note: "Ghi chú",
};

/** A copy of `rows` whose mapped header cells carry OWN_HEADERS (the copy reads without a mapping). */
export function withOwnHeaders(
  rows: readonly (readonly CellValue[])[],
  mapping: ColumnMapping,
): CellValue[][] {
  const out = rows.map((r) => (r === undefined ? [] : [...r]));
  const line = out[mapping.headerRow];
  const at = mappedColumns(rows, mapping);
  if (line === undefined || at === null) return out;
  for (const [key, col] of Object.entries(at.columns) as [InputColumn, number][])
    line[col] = OWN_HEADERS[key];
  return out;
}

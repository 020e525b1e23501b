/**
 * A1 addresses as the Excel API takes them: "B7", "$B$7", "A1:C3", "A:C", "3:5",
 * "Sheet1!A1:B2", "'Kết quả 2021'!G7". Rows and columns are 0-based and inclusive.
 * Kept apart from src/core/a1.ts because the API needs sheet prefixes, whole rows/columns
 * and Excel's limits, which core never sees.
 */

/** Excel's grid size (XLSX). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based, corners inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An address split into its optional sheet name and its rectangle. */
export interface ParsedAddress {
  sheet: string | null;
  rect: Rect;
}

/** 0 → "A", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnFromLetters(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (6, 1) → "B7". */
export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Excel's way of writing a rectangle: "B7", "B7:C9"; whole columns "A:C", whole rows "3:5". */
export function rectA1(rect: Rect): string {
  const wholeColumns = rect.top === 0 && rect.bottom === MAX_ROWS - 1;
  const wholeRows = rect.left === 0 && rect.right === MAX_COLUMNS - 1;
  if (wholeColumns && !wholeRows) return `${columnLetters(rect.left)}:${columnLetters(rect.right)}`;
  if (wholeRows && !wholeColumns) return `${rect.top + 1}:${rect.bottom + 1}`;
  const first = cellA1(rect.top, rect.left);
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${cellA1(rect.bottom, rect.right)}`;
}

/** "$G$7:$G$20" form, as chart series references are written. */
export function rectA1Absolute(rect: Rect): string {
  const a = `$${columnLetters(rect.left)}$${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return a;
  return `${a}:$${columnLetters(rect.right)}$${rect.bottom + 1}`;
}

/** Quotes a sheet name when Excel would: anything but letters, digits, "_" and ".". */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!B7:C9". */
export function qualifiedA1(sheet: string, rect: Rect): string {
  return `${quoteSheetName(sheet)}!${rectA1(rect)}`;
}

/** "Sheet1!$G$7:$G$20". */
export function qualifiedA1Absolute(sheet: string, rect: Rect): string {
  return `${quoteSheetName(sheet)}!${rectA1Absolute(rect)}`;
}

type Corner = { row: number | null; col: number | null };

function parseCorner(text: string): Corner | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const col = m[1] === undefined ? null : columnFromLetters(m[1]);
  const row = m[2] === undefined ? null : Number(m[2]) - 1;
  if (col !== null && col >= MAX_COLUMNS) return null;
  if (row !== null && (row < 0 || row >= MAX_ROWS)) return null;
  return { row, col };
}

/** Splits "'It''s'!A1" into its sheet and the rest; null sheet when there is no "!". */
function splitSheet(address: string): { sheet: string | null; local: string } | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  const raw = address.slice(0, bang);
  const local = address.slice(bang + 1);
  if (raw.startsWith("'")) {
    if (!raw.endsWith("'") || raw.length < 3) return null;
    return { sheet: raw.slice(1, -1).replace(/''/g, "'"), local };
  }
  if (raw.length === 0) return null;
  return { sheet: raw, local };
}

/** Parses an address, or returns null when Excel would reject it (InvalidReference). */
export function parseAddress(address: string): ParsedAddress | null {
  const split = splitSheet(address.trim());
  if (!split) return null;
  const parts = split.local.split(":");
  if (parts.length > 2) return null;
  const a = parseCorner(parts[0] ?? "");
  const b = parts[1] === undefined ? a : parseCorner(parts[1]);
  if (!a || !b) return null;
  // Both corners must be of the same kind: cells, whole columns ("A:C") or whole rows ("3:5").
  const kind = (c: Corner): string => (c.row === null ? "col" : c.col === null ? "row" : "cell");
  if (kind(a) !== kind(b)) return null;
  if (parts.length === 1 && kind(a) !== "cell") return null;
  const top = Math.min(a.row ?? 0, b.row ?? 0);
  const bottom = a.row === null ? MAX_ROWS - 1 : Math.max(a.row, b.row ?? a.row);
  const left = Math.min(a.col ?? 0, b.col ?? 0);
  const right = a.col === null ? MAX_COLUMNS - 1 : Math.max(a.col, b.col ?? a.col);
  return { sheet: split.sheet, rect: { top, left, bottom, right } };
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function rectContains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

export function rectIntersection(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function rectUnion(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

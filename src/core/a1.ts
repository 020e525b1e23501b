/**
 * A1 addresses. Rows and columns are 0-based sheet indices (row 0 = Excel row 1, col 0 = A),
 * the same convention as TableLayout and Block.
 */

/** Column letters: 0 → "A", 25 → "Z", 26 → "AA". */
export function colLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`invalid column index ${col}`);
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Inverse of colLetter: "A" → 0, "AA" → 26 (case-insensitive). */
export function colIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`invalid column letters "${letters}"`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (4, 5) → "F5". */
export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`invalid row index ${row}`);
  return `${colLetter(col)}${row + 1}`;
}

/** Absolute form for formulas that must not shift when copied: (4, 5) → "$F$5". */
export function toA1Absolute(row: number, col: number): string {
  return `$${colLetter(col)}$${row + 1}`;
}

/** "F5", "$F$5", "f5" → { row: 4, col: 5 }. Throws on anything else. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(address.trim());
  if (!m || m[1] === undefined || m[2] === undefined) throw new RangeError(`invalid A1 address "${address}"`);
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}

/** (0, 0, 0, 10) → "A1:K1"; a single cell gives "A1". Corners are normalised. */
export function rangeA1(r1: number, c1: number, r2: number, c2: number): string {
  const top = Math.min(r1, r2);
  const bottom = Math.max(r1, r2);
  const left = Math.min(c1, c2);
  const right = Math.max(c1, c2);
  const first = toA1(top, left);
  return top === bottom && left === right ? first : `${first}:${toA1(bottom, right)}`;
}

/** "A1:K3" → corners; a single address gives a one-cell range. */
export function parseRangeA1(address: string): { top: number; left: number; bottom: number; right: number } {
  const parts = address.split(":");
  if (parts.length > 2 || parts[0] === undefined) throw new RangeError(`invalid A1 range "${address}"`);
  const a = parseA1(parts[0]);
  const b = parts[1] === undefined ? a : parseA1(parts[1]);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

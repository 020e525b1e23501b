/**
 * A table pasted as text, its cells split by tabs or "|", whose header says which column holds
 * results and which targets:
 *
 *   Chỉ tiêu | Năm 2026 | Kế hoạch 2027
 *   Tuyến xe buýt đang khai thác | 11 tuyến | 13 tuyến
 *
 * Read as prose, a row is one clause with one tense and its second figure runs into the name of the
 * first. Each row is read instead as one short sentence per tense, "<row name> <cells of that tense>",
 * with the tense the column header gives; a change column ("So với cùng kỳ": "tăng 4,7%") joins the
 * result, and a unit column ("ĐVT": "tấn") follows each bare figure of the row. Only tables with
 * both a result and a target column are read here: a table of results alone
 * reads well as prose. Offsets of the proposals stay those of the pasted text.
 */
import type { ExtractMode, Proposal } from "./extract-types";
import { lower } from "./extract-text";

type Role = "actual" | "plan" | "change" | "unit";

interface Cell {
  start: number;
  end: number;
}

/** A span of a short sentence built from cells, and where it sits in the pasted text. */
interface Piece {
  at: number;
  from: number;
  length: number;
}

export interface TableRows {
  /** Where the header and its rows start and end in the text. */
  start: number;
  end: number;
  /** Each row's sentences, one per tense, with the pieces that map their offsets back. */
  sentences: { text: string; mode: Exclude<ExtractMode, "auto">; pieces: Piece[] }[];
}

const SEPARATOR = /[\t|]/u;

/** The cells of one line, edges trimmed; a leading or trailing "|" makes no cell. */
function cellsOf(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !SEPARATOR.test(text[i] as string)) continue;
    let s = from;
    let e = i;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    cells.push({ start: s, end: e });
    from = i + 1;
  }
  while (cells.length > 0 && (cells[0] as Cell).start === (cells[0] as Cell).end) cells.shift();
  while (
    cells.length > 0 &&
    (cells[cells.length - 1] as Cell).start === (cells[cells.length - 1] as Cell).end
  )
    cells.pop();
  return cells;
}

/** What a header cell says its column holds, or null when it says nothing of tense. */
function roleOf(header: string): Role | null {
  const h = lower(header);
  // A unit column ("ĐVT", "Đơn vị tính") says what every figure of its row counts.
  if (/^(?:đvt|đơn vị(?: tính)?|dvt)\.?$/u.test(h.trim())) return "unit";
  if (/so với|cùng kỳ|tăng\s*\/\s*giảm|tăng,\s*giảm|\+\s*\/\s*-/u.test(h)) return "change";
  if (/kế hoạch|(?<!\p{L})kh(?!\p{L})|mục tiêu|chỉ tiêu|dự kiến|dự toán|phấn đấu|định hướng/u.test(h))
    return "plan";
  if (/thực hiện|(?<!\p{L})th(?!\p{L})|ước|kết quả|(?<!\p{L})năm|quý|tháng|(?:19|20)\d\d/u.test(h))
    return "actual";
  return null;
}

/** A header row: value cells with no figure but a year, each saying what its column holds. */
function headerRoles(text: string, cells: readonly Cell[]): Role[] | null {
  if (cells.length < 3) return null;
  const roles: Role[] = [];
  for (const c of cells.slice(1)) {
    const said = text.slice(c.start, c.end);
    if (/\d/u.test(said.replace(/(?:19|20)\d\d/gu, ""))) return null;
    const role = roleOf(said);
    if (role === null) return null;
    roles.push(role);
  }
  // A unit column makes even a one-tense table unreadable as prose (its figures lose their unit).
  const tenses = (roles.includes("actual") ? 1 : 0) + (roles.includes("plan") ? 1 : 0);
  return tenses === 2 || (tenses === 1 && roles.includes("unit")) ? roles : null;
}

/** One sentence of a row: its name, then the cells of the roles asked for, joined by ", ". */
function sentenceOf(
  text: string,
  name: Cell,
  cells: readonly Cell[],
  roles: readonly Role[],
  wanted: readonly Role[],
): { text: string; pieces: Piece[] } | null {
  const pieces: Piece[] = [{ at: 0, from: name.start, length: name.end - name.start }];
  let out = text.slice(name.start, name.end);
  let figures = 0;
  const unitCell = cells[roles.indexOf("unit") + 1];
  const unit =
    roles.includes("unit") && unitCell !== undefined ? text.slice(unitCell.start, unitCell.end) : "";
  roles.forEach((role, i) => {
    const c = cells[i + 1];
    if (c === undefined || c.start === c.end || !wanted.includes(role)) return;
    const said = text.slice(c.start, c.end);
    if (!/\d/u.test(said)) return;
    // A change column says a change only with its verb ("tăng 4,7%"); a bare figure there is unsure.
    if (role === "change" && !/(?:tăng|giảm)/u.test(lower(said))) return;
    if (role !== "change") figures++;
    out += figures === 1 && role !== "change" ? " " : ", ";
    pieces.push({ at: out.length, from: c.start, length: c.end - c.start });
    out += said;
    // A bare figure takes the row's unit: "%" sticks to it, a word follows a space.
    if (unit !== "" && unitCell !== undefined && role !== "change" && !/\p{L}|%/u.test(said)) {
      out += unit === "%" ? "" : " ";
      pieces.push({ at: out.length, from: unitCell.start, length: unitCell.end - unitCell.start });
      out += unit;
    }
  });
  return figures === 0 ? null : { text: `${out}.`, pieces };
}

const isNumberingHeader = (text: string, c: Cell): boolean =>
  /^(?:stt|tt|số tt|số thứ tự)\.?$/u.test(lower(text.slice(c.start, c.end)));

const isNumbering = (text: string, c: Cell): boolean =>
  /^(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])[.)]?$/u.test(text.slice(c.start, c.end));

/** The tables of the text whose header has both a result and a target column, with their rows. */
export function mixedTenseTables(text: string): TableRows[] {
  const tables: TableRows[] = [];
  let roles: Role[] | null = null;
  let current: TableRows | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let cells = SEPARATOR.test(text.slice(lineStart, lineEnd)) ? cellsOf(text, lineStart, lineEnd) : [];
    // A numbering column ("STT" over "1", "2", "I") comes before the names: it is no part of a row.
    if (cells.length > 2 && (roles === null ? isNumberingHeader : isNumbering)(text, cells[0] as Cell))
      cells = cells.slice(1);
    if (cells.length < 2) {
      roles = null;
      current = null;
    } else if (roles === null) {
      roles = headerRoles(text, cells);
      if (roles !== null) {
        current = { start: lineStart, end: lineEnd, sentences: [] };
        tables.push(current);
      }
    } else if (current !== null) {
      const name = cells[0] as Cell;
      if (/\p{L}/u.test(text.slice(name.start, name.end))) {
        current.end = lineEnd;
        for (const [mode, wanted] of [
          ["actual", ["actual", "change"]],
          ["plan", ["plan"]],
        ] as const) {
          const s = sentenceOf(text, name, cells, roles, wanted);
          if (s !== null) current.sentences.push({ ...s, mode });
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return tables;
}

/** An offset of a row's sentence mapped back into the pasted text. */
function mapBack(pieces: readonly Piece[], at: number): number {
  let best = pieces[0] as Piece;
  for (const p of pieces) if (p.at <= at) best = p;
  return best.from + Math.min(Math.max(0, at - best.at), best.length);
}

/**
 * The text with each table blanked (spaces, newlines kept, so offsets hold) for the prose around it,
 * and the proposals of the tables' rows, read by `read` in the tense of their columns.
 */
export function readTables(
  text: string,
  tables: readonly TableRows[],
  read: (sentence: string, mode: Exclude<ExtractMode, "auto">) => Proposal[],
): { prose: string; rows: Proposal[] } {
  let prose = "";
  let from = 0;
  const rows: Proposal[] = [];
  for (const t of tables) {
    prose += text.slice(from, t.start) + text.slice(t.start, t.end).replace(/[^\n]/gu, " ");
    from = t.end;
    for (const s of t.sentences)
      for (const p of read(s.text, s.mode))
        rows.push({
          ...p,
          source: { start: mapBack(s.pieces, p.source.start), end: mapBack(s.pieces, p.source.end) },
        });
  }
  return { prose: prose + text.slice(from), rows };
}

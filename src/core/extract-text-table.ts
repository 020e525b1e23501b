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
import { ALL_UNITS, SCALES } from "./extract-units";

type Role = "actual" | "plan" | "change" | "unit" | "ratio" | "prior";

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
  // "% KH", "So dự toán (%)", "So với KH (%)": the result as a share of the plan, not a plan.
  if (
    /%|tỷ lệ|so sánh|^so\s/u.test(h) &&
    /kế hoạch|(?<!\p{L})kh(?!\p{L})|dự toán|chỉ tiêu/u.test(h) &&
    !/cùng kỳ|(?<!\p{L})ck(?!\p{L})|năm trước/u.test(h)
  )
    return "ratio";
  // "Tỷ lệ (%)", "Đạt (%)", "% đạt" beside a plan and a result: the result as a share of the plan.
  if (/^(?:tỷ lệ(?:\s+đạt)?|đạt|so sánh)?\s*\(?%\)?$|^%\s*đạt$|^tỷ lệ đạt$/u.test(h.trim())) return "ratio";
  // "So cùng kỳ (%)": the result as a share of last year's, or its change when a cell says "tăng".
  if (/%/u.test(h) && /cùng kỳ|(?<!\p{L})ck(?!\p{L})|năm trước/u.test(h) && !/tăng|giảm/u.test(h))
    return "prior";
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

/** Where a row's bare figures take their unit from: a unit column, the name's "(người)", the title's "ĐVT". */
type UnitCell = Cell | null;

/**
 * One sentence of a row: its name, then the cells of the roles asked for, joined by ", ". A share of
 * the plan ("% KH": 100,9) is said as "đạt 100,9% kế hoạch", a share of last year's ("So cùng kỳ
 * (%)": 106,4) as "bằng 106,4% cùng kỳ", so the prose reader keys them as it keys a sentence.
 */
function sentenceOf(
  text: string,
  name: Cell,
  cells: readonly Cell[],
  roles: readonly Role[],
  wanted: readonly Role[],
  unitCell: UnitCell,
  lead: string,
): { text: string; pieces: Piece[] } | null {
  const pieces: Piece[] = [{ at: 0, from: name.start, length: name.end - name.start }];
  let out = text.slice(name.start, name.end);
  let figures = 0;
  const unit = unitCell === null ? "" : text.slice(unitCell.start, unitCell.end);
  roles.forEach((role, i) => {
    const c = cells[i + 1];
    if (c === undefined || c.start === c.end || !wanted.includes(role)) return;
    const said = text.slice(c.start, c.end);
    if (!/\d/u.test(said)) return;
    const bare = !/\p{L}|%/u.test(said);
    // A change column says a change only with its verb ("tăng 4,7%"); a bare figure there is unsure.
    if (role === "change" && !/(?:tăng|giảm)/u.test(lower(said))) return;
    // A share of last year's is near 100; a bare small figure there may be the change itself.
    if (role === "prior" && bare && !(Number(said.replace(/\./gu, "").replace(",", ".")) >= 50)) return;
    const counted = role === "actual" || role === "plan";
    if (counted) figures++;
    out += figures === 1 && counted ? ` ${lead}` : ", ";
    if (bare && role === "ratio") out += "đạt ";
    if (bare && role === "prior") out += "bằng ";
    pieces.push({ at: out.length, from: c.start, length: c.end - c.start });
    out += said;
    if (bare && role === "ratio") out += "% kế hoạch";
    else if (bare && role === "prior") out += "% cùng kỳ";
    // A bare figure takes the row's unit: "%" sticks to it, a word follows a space.
    else if (unit !== "" && unitCell !== null && counted && bare) {
      out += unit === "%" ? "" : " ";
      pieces.push({ at: out.length, from: unitCell.start, length: unitCell.end - unitCell.start });
      out += unit;
    }
  });
  return figures === 0 ? null : { text: `${out}.`, pieces };
}

/** "Người tham gia BHYT (người)", "Tỷ lệ bao phủ (%)": a row name's bracketed unit, and the name without it. */
function nameUnit(text: string, name: Cell): { name: Cell; unit: UnitCell } {
  const m = /\s*\(([^()\d]{1,30}|m[23²³][^()]{0,20})\)$/u.exec(text.slice(name.start, name.end));
  if (m === null || !looksLikeUnit(m[1] as string)) return { name, unit: null };
  const open = name.start + m.index + (m[0].indexOf("(") as number) + 1;
  const inner = m[1] as string;
  return {
    name: { start: name.start, end: name.start + m.index },
    unit: { start: open + inner.length - inner.trimStart().length, end: open + inner.trimEnd().length },
  };
}

/**
 * What a row name's bracket holds when it is a unit: "%", a per-something unit ("bác sĩ/vạn dân"), a
 * known unit with or without a scale word ("tỷ đồng", "người"), or one word that is no note ("chiếc";
 * not "ước", "sơ bộ").
 */
function looksLikeUnit(said: string): boolean {
  const u = lower(said.trim());
  const ws = u.split(/\s+/u);
  if (u === "%" || u.includes("/")) return true;
  const rest = ws[0] !== undefined && ws[0] in SCALES ? ws.slice(1).join(" ") : u;
  if (ALL_UNITS.some((k) => rest === k || rest.startsWith(`${k} `)) && ws.length <= 4) return true;
  return ws.length === 1 && !/^(?:ước|sơ bộ|tạm tính|dự kiến|lũy kế|cộng dồn|chung|mới|cũ|khác)$/u.test(u);
}

/** "Bảng … (ĐVT: triệu đồng)" on the title or header line: the unit of every bare figure below. */
function titleUnit(text: string, start: number, end: number): UnitCell {
  const m = /(?<!\p{L})(?:ĐVT|Đơn vị tính|Đơn vị)\s*:\s*([^)\n|\t]{1,30}?)\s*(?:\)|$)/u.exec(
    text.slice(start, end),
  );
  if (m === null) return null;
  const at = start + m.index + m[0].indexOf(m[1] as string, m[0].indexOf(":"));
  return { start: at, end: at + (m[1] as string).length };
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
  let shape: Shape | null = null;
  let lineStart = 0;
  let lastLine = 0;
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
        shape = shapeOf(text, cells, roles, titleUnit(text, lastLine, lineEnd));
        tables.push(current);
      }
    } else if (current !== null && shape !== null) {
      const row = nameUnit(text, cells[0] as Cell);
      if (/\p{L}/u.test(text.slice(row.name.start, row.name.end))) {
        current.end = lineEnd;
        const unitCell = roles.includes("unit")
          ? (cells[roles.indexOf("unit") + 1] ?? null)
          : (row.unit ?? shape.unit);
        const plans: readonly Role[] = shape.plans ? ["plan"] : [];
        for (const [mode, wanted] of [
          ["actual", ["actual", "change", "ratio", "prior"]],
          ["plan", plans],
        ] as const) {
          const s = sentenceOf(
            text,
            row.name,
            cells,
            roles,
            wanted,
            unitCell,
            mode === "actual" ? shape.lead : "",
          );
          if (s !== null) current.sentences.push({ ...s, mode });
        }
      }
    }
    lastLine = lineStart;
    lineStart = lineEnd + 1;
  }
  return tables;
}

/** What a table's header says of every row: "ước" before its results, whether its plans are keyed, its unit. */
interface Shape {
  lead: string;
  plans: boolean;
  unit: UnitCell;
}

/**
 * "KH 2026 | TH 2026 | % KH": a plan of the result's own year, or one the table compares the result
 * with, or one that names no year, is a plan beside a result (not a row of its own); "Thực hiện 2026 |
 * Kế hoạch 2027" keys both.
 * "Ước TH 2026": every result of the column is an estimate.
 */
function shapeOf(text: string, cells: readonly Cell[], roles: readonly Role[], unit: UnitCell): Shape {
  const said = (role: Role): string[] =>
    roles.flatMap((r, i) => (r === role ? [lower(text.slice(cells[i + 1]?.start, cells[i + 1]?.end))] : []));
  const years = (role: Role): string[] => said(role).flatMap((h) => h.match(/(?:19|20)\d\d/gu) ?? []);
  const actualYears = new Set(years("actual"));
  return {
    lead: said("actual").some((h) => /(?<!\p{L})ước(?!\p{L})/u.test(h)) ? "ước " : "",
    // ("Kế hoạch | Thực hiện": a plan that names no year is the plan of the result's own period.)
    plans:
      !roles.includes("ratio") &&
      years("plan").length > 0 &&
      !years("plan").some((y) => actualYears.has(y) || [...actualYears].some((a) => y < a)),
    unit,
  };
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

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
import { joinCellLines } from "./extract-cell-lines";
import { singleSpacedHeader, singleSpacedRow } from "./extract-single-spaced";

/**
 * What a column holds: a result, a target, a change ("tăng 4,7%"), the unit, the result's ratio to
 * its plan ("% KH", "So dự toán (%)") or to last year ("% CK", "So cùng kỳ (%)"), or nothing keyed
 * ("Ghi chú", last year's result beside this year's).
 */
type Role =
  "actual" | "plan" | "change" | "unit" | "pctPlan" | "pctPrior" | "measure" | "part" | "quantity" | "skip";

interface Column {
  role: Role;
  /** The year its header names ("KH 2026"), or null. */
  year: number | null;
  /** "Ước TH 2026", "ƯTH": every figure of the column is an estimate. */
  estimate: boolean;
  /** "TH 2026 (tỷ đồng)": the unit of its bare figures, or "". */
  unit: string;
  /** "Tăng/giảm (%)": a change column whose bare figures are signed percentages. */
  percent: boolean;
  /** A plan of the year of the result beside it ("KH 2026 | TH 2026"): keyed only in a row without a result. */
  beside: boolean;
  /**
   * "Tỷ lệ bao phủ (%)": a measure of its own, its header's words less the unit; "9 tháng" for a
   * part of the year beside the whole year's result; else "".
   */
  label: string;
}

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

/**
 * "Chỉ tiêu;ĐVT;TH 2025;TH 2026": a line saved as CSV with ';', two or more of them and none
 * followed by a space (prose writes "; " between clauses), its cells split there.
 */
const CSV_LINE = /^[^;]*(?:;(?!\s)[^;]*){2,}$/u;
const isCsvLine = (line: string): boolean => CSV_LINE.test(line.trimEnd()) && !/;\s/u.test(line.trimEnd());

/** The cells of one line, edges trimmed; a leading or trailing "|" makes no cell. */
function cellsOf(text: string, start: number, end: number, separator: RegExp = SEPARATOR): Cell[] {
  const cells: Cell[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !separator.test(text[i] as string)) continue;
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

/**
 * The cells of a line whose columns are lined up with runs of spaces (a table pasted from a
 * fixed-width report or typed in a chat: "Dư nợ tín dụng      12.480      13.926"): split where two
 * or more spaces stand between words; a single space stays inside a cell ("triệu đồng").
 */
function spacedCells(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  const run = / {2,}/gu;
  const line = text.slice(start, end);
  let from = 0;
  for (let m = run.exec(line); ; m = run.exec(line)) {
    const to = m === null ? line.length : m.index;
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(line[s] as string)) s++;
    while (e > s && /\s/u.test(line[e - 1] as string)) e--;
    if (s < e) cells.push({ start: start + s, end: start + e });
    if (m === null) break;
    from = m.index + m[0].length;
  }
  return cells;
}

const PLAN_WORD = /kế hoạch|(?<!\p{L})(?:kh|dt|nq)(?!\p{L})|mục tiêu|chỉ tiêu|dự toán|nghị quyết/u;
const PRIOR_WORD = /cùng kỳ|(?<!\p{L})ck(?!\p{L})|năm trước|(?:19|20)\d\d\s*\/\s*(?:19|20)\d\d/u;
/** "%", "tỷ lệ", "so", "so sánh", "đạt": the header of a ratio, not of an amount. */
const RATIO_WORD = /%|tỷ lệ|tỉ lệ|(?<!\p{L})(?:so|đạt)(?!\p{L})/u;

/** A header's years, months ("9 tháng") and dates ("30/11", "31/12/2026"): no figures of a row. */
// "Tháng 11/2026", "Quý III/2026": a month or quarter with its year.
const HEADER_DATES =
  /\d{1,2}\/(?:19|20)\d\d|\d{1,2}\/\d{1,2}(?:\/(?:19|20)\d\d)?|(?:19|20)\d\d|\d{1,2}\s+tháng/gu;

/** "Cùng kỳ 2025", "Cùng kỳ năm trước": last year's level over the same months. */
const PRIOR_LEVEL = /^cùng kỳ(?:\s+năm\s+trước|\s+năm)?(?:\s+(?:19|20)\d\d)?$/u;

/** What a header cell says its column holds, or null when it says nothing of tense. */
function roleOf(header: string): Role | null {
  const h = lower(header).trim();
  // A unit column ("ĐVT", "Đơn vị tính") says what every figure of its row counts.
  if (/^(?:đvt|đơn vị(?: tính)?|dvt)\.?$/u.test(h)) return "unit";
  if (/^(?:ghi chú|nguồn|đơn vị thực hiện|cơ quan thực hiện)/u.test(h)) return "skip";
  // "Tỷ lệ tăng (%)": a signed growth rate, as "Tăng/giảm (%)".
  // "Tăng (+), giảm (-) %": the signs in brackets as well.
  if (
    /tăng\s*(?:\(\s*\+\s*\)\s*)?[,/]\s*giảm|\+\s*\/\s*-|^(?:tỷ lệ|tỉ lệ|tốc độ)\s+tăng(?:\s+trưởng)?\s*\(/u.test(
      h,
    )
  )
    return "change";
  // "% KH", "So dự toán (%)", "Tỷ lệ so KH": the result's ratio to its plan; "% CK", "So cùng kỳ (%)",
  // "So sánh 2026/2025 (%)": to last year's.
  // "Tỷ lệ đạt (%)", "% đạt": what the result reached of its plan.
  // "Tỷ lệ hoàn thành (%)": what the result completed of its plan.
  if (
    (RATIO_WORD.test(h) && PLAN_WORD.test(h)) ||
    /(?:tỷ lệ|tỉ lệ|%)\s*(?:đạt|hoàn thành)|đạt\s*\(?\s*%/u.test(h)
  )
    return "pctPlan";
  // "Tỷ lệ (%)" names no base either: read as "So sánh (%)" is, below.
  if (/%/u.test(h) && (PRIOR_WORD.test(h) || /so sánh|^(?:tỷ lệ|tỉ lệ)\s*\(\s*%\s*\)$/u.test(h)))
    return "pctPrior";
  // "Cùng kỳ 2025", "Cùng kỳ năm trước": last year's level over the same months, the base of this
  // year's, not a change nor a row of its own.
  if (PRIOR_LEVEL.test(h)) return "skip";
  if (/so với|cùng kỳ/u.test(h)) return "change";
  // "DT 2026" (dự toán), "NQ 2026" (nghị quyết): a budget's estimate and a resolution's target are plans.
  if (
    /kế hoạch|(?<!\p{L})(?:kh|dt|nq)(?!\p{L})|mục tiêu|chỉ tiêu|dự kiến|dự toán|phấn đấu|định hướng/u.test(h)
  )
    return "plan";
  // "Số lượng", "Số liệu" beside a unit column: what each row counts, a result.
  if (/^(?:số lượng|số liệu)$/u.test(h)) return "actual";
  // "Giải ngân đến 30/11", "Lũy kế": what was done so far.
  if (
    /thực hiện|(?<!\p{L})(?:ư\s?)?th(?!\p{L})|ước|kết quả|giải ngân|lũy kế|(?<!\p{L})năm|quý|tháng|(?:19|20)\d\d/u.test(
      h,
    )
  )
    return "actual";
  // "Tỷ lệ bao phủ (%)" beside "KH 2026 | TH 2026": a rate of each row's own, read as a result.
  // ("Tỷ lệ tăng (%)", "Tỷ lệ so sánh (%)": a change or a ratio of the row's result, not a rate of its own.)
  if (
    /^(?:tỷ lệ|tỉ lệ)\s+(?!(?:tăng|giảm|so|đạt|hoàn thành|thực hiện)(?!\p{L}))\p{L}[^()]{0,40}\(\s*%\s*\)$/u.test(
      h,
    )
  )
    return "measure";
  // "Số dự án", "Vốn đăng ký (tỷ đồng)": a quantity of each row, counted or measured, with no tense.
  if (QUANTITY_COUNT.test(h) || (QUANTITY_AMOUNT.test(h) && unitInBrackets(header) !== "")) return "quantity";
  return null;
}

/** "Số dự án": a count column, its unit the counted noun. */
const QUANTITY_COUNT = /^số\s+(\p{L}+(?:\s\p{L}+){0,2})$/u;
/** "Vốn đăng ký (tỷ đồng)", "Diện tích (ha)": an amount column, its unit in brackets (not "%"). */
const QUANTITY_AMOUNT = /^\p{L}[\p{L}\s]{1,40}\(\s*[^()%\d]{1,20}\)$/u;

/** "(tỷ đồng)", "(ha)": a unit in brackets at the end of a header or a row's name, or "". */
// "(nghìn m3)", "(m2)": a square or cubic metre's digit is part of its unit.
const BRACKETED_UNIT = /\s*\(\s*((?:[^()\d]|(?<=m)[23](?!\d)){1,20}?)\s*\)\s*$/u;

function unitInBrackets(said: string): string {
  const unit = BRACKETED_UNIT.exec(said)?.[1] ?? "";
  return unit.split(/\s+/u).length <= 3 && !/^(?:ước|kh|th|kế hoạch|thực hiện)/iu.test(unit) ? unit : "";
}

/** A header row: value cells with no figure but a year, each saying what its column holds. */
function headerColumns(text: string, cells: readonly Cell[]): Column[] | null {
  return columnsOf(cells.map((c) => text.slice(c.start, c.end)));
}

/** What each column of a header holds, from its cells' words (the first cell heads the names). */
function columnsOf(written: readonly string[]): Column[] | null {
  // "Cây trồng | KH 2027": one column of next year's targets is a table too (its rows' names, such
  // as "Lúa cả năm", would read as periods in prose).
  const planOnly =
    written.length === 2 &&
    roleOf(written[1] as string) === "plan" &&
    /(?:19|20)\d\d/u.test(written[1] as string);
  if (written.length < 3 && !planOnly) return null;
  // "TH 9T", "Lũy kế 11T": a header's months written short, read as "9 tháng".
  const cells = written.map((c) => c.replace(/(?<![\p{L}\d])(\d{1,2})\s?T(?![\p{L}\d])/gu, "$1 tháng"));
  const columns: Column[] = [];
  for (const said of cells.slice(1)) {
    // "Thực hiện 6 tháng 2026", "Giải ngân đến 30/11": a period's months and a date are no figure either.
    if (/\d/u.test(said.replace(HEADER_DATES, ""))) return null;
    const role = roleOf(said);
    if (role === null) return null;
    const years = said.match(/(?:19|20)\d\d/gu);
    columns.push({
      role,
      year: role === "actual" || role === "plan" ? Number(years?.[years.length - 1] ?? NaN) || null : null,
      estimate: /(?<!\p{L})(?:ước|ưth|ư th)(?!\p{L})/u.test(lower(said)),
      unit: role === "actual" || role === "plan" ? unitInBrackets(said) : "",
      beside: false,
      percent: /%/u.test(said),
      label: role === "measure" ? said.replace(/\s*\(\s*%\s*\)\s*$/u, "") : "",
    });
    if (role === "quantity") {
      const c = columns[columns.length - 1] as Column;
      const count = QUANTITY_COUNT.exec(lower(said).trim());
      c.unit = count !== null ? (count[1] as string) : unitInBrackets(said);
      c.label = count !== null ? "" : said.replace(BRACKETED_UNIT, "");
    }
  }
  // "TH 2025 | ƯTH 2026": last year's result is the base of this year's, not a row of its own.
  const actualYears = columns
    .filter((c) => c.role === "actual" && c.year !== null)
    .map((c) => c.year as number);
  const latest = actualYears.length > 0 ? Math.max(...actualYears) : null;
  let prior = cells.slice(1).some((c) => PRIOR_LEVEL.test(lower(c).trim()));
  for (const c of columns)
    if (c.role === "actual" && c.year !== null && latest !== null && c.year < latest) {
      c.role = "skip";
      prior = true;
    }
  // "9 tháng 2026 | Ước cả năm 2026": the months beside the whole year are a result of their own,
  // named by their months (as a report writes "… 9 tháng" and "… cả năm"); the year's is the row's.
  // "Tháng 11/2026": one month is a part of the year too.
  const partOf = (said: string): string | undefined =>
    /\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|quý\s+(?:[IV]{1,3}|\d)(?!\p{L})|tháng\s+\d{1,2}(?!\d|\s+tháng)/iu
      .exec(said)?.[0]
      .replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  const parts = cells.slice(1).map(partOf);
  const actuals = columns.filter((c) => c.role === "actual");
  // "Tháng 11/2026 | 11 tháng 2026", "Quý III/2026 | Lũy kế 9 tháng": two results of parts of the
  // year side by side, neither the whole year's: each is named by its own months.
  const allParts =
    actuals.length >= 2 &&
    columns.every((c, i) => c.role !== "actual" || parts[i] !== undefined) &&
    new Set(parts.filter((p, i) => p !== undefined && columns[i]?.role === "actual")).size === actuals.length;
  if (allParts || columns.some((c, i) => c.role === "actual" && parts[i] === undefined))
    columns.forEach((c, i) => {
      if (c.role !== "actual" || parts[i] === undefined) return;
      c.role = "part";
      c.label = parts[i] as string;
    });
  // "KH 2026 | TH 2026 | % KH": the plan of the result's own year is the base of its ratio.
  const hasActual = columns.some((c) => c.role === "actual");
  // "KH vốn 2026 | Giải ngân đến 31/12": a result counted up to a date measures the plan beside it,
  // whatever year that plan names (a next year's plan stands beside a year's result, not a tally).
  const tally =
    latest === null &&
    cells
      .slice(1)
      .some(
        (c, i) =>
          columns[i]?.role === "actual" &&
          /giải ngân|lũy kế|(?<!\p{L})đến\s+(?:ngày\s+)?\d{1,2}\/\d{1,2}/u.test(lower(c)),
      );
  for (const c of columns)
    // "Kế hoạch | Thực hiện": a plan and a result that name no year are of the same one.
    if (c.role === "plan" && hasActual && (tally || (c.year !== null ? c.year === latest : latest === null)))
      c.beside = true;
  // "KH 2026 | TH 2026 | So sánh (%)": a ratio that names no base compares the result with the plan
  // of its own year when that plan stands beside it, and with last year otherwise.
  cells.slice(1).forEach((c, i) => {
    const col = columns[i] as Column;
    const said = lower(c);
    if (col.role === "pctPrior" && !PRIOR_WORD.test(said) && !prior && columns.some((k) => k.beside))
      col.role = "pctPlan";
  });
  const roles = columns.map((c) => c.role);
  // "Chỉ tiêu | Số dự án | Vốn đăng ký (tỷ đồng) | So cùng kỳ (%)": two quantities of each row, no
  // tense; a quantity beside tense columns is left to prose as before.
  const quantities = roles.filter((r) => r === "quantity").length;
  if (quantities > 0)
    return quantities >= 2 && !roles.some((r) => r === "actual" || r === "plan" || r === "part")
      ? columns
      : null;
  const tenses =
    (roles.includes("actual") || roles.includes("part") ? 1 : 0) + (roles.includes("plan") ? 1 : 0);
  // A table of results alone reads well as prose, unless a column of units, ratios or changes, or
  // last year's column, would lose its meaning there.
  const extra =
    prior ||
    columns.some((c) => c.unit !== "") ||
    roles.some(
      (r) => r === "unit" || r === "pctPlan" || r === "pctPrior" || r === "change" || r === "measure",
    );
  return tenses === 2 || (tenses === 1 && (extra || planOnly)) ? columns : null;
}

const BOUND = /^(?:dưới|trên|không quá|không dưới|tối thiểu|tối đa|ít nhất|khoảng|[≥≤<>])\s*/iu;
const bare = (said: string): boolean => !/\p{L}|%/u.test(said);
const figureOf = (said: string): string => said.replace(/\s*%$/u, "");

/**
 * One sentence of a row in one tense: its name, then the cells that tense reads, joined as prose; or,
 * given `part`, the row's name with the months of that column ("… 9 tháng") and its cell alone.
 */
function sentenceOf(
  text: string,
  row: { name: Cell; unit: Piece | null },
  cells: readonly Cell[],
  columns: readonly Column[],
  mode: "actual" | "plan",
  part: number | null = null,
): { text: string; pieces: Piece[] } | null {
  const { name } = row;
  const pieces: Piece[] = [{ at: 0, from: name.start, length: name.end - name.start }];
  let out = text.slice(name.start, name.end);
  if (part !== null) {
    out += ` ${(columns[part] as Column).label}`;
    pieces.push({ at: out.length, from: name.end, length: 0 });
  }
  const cellAt = (i: number): string | null => {
    const c = cells[i + 1];
    if (c === undefined || c.start === c.end) return null;
    const said = text.slice(c.start, c.end);
    return /\d/u.test(said) ? said : null;
  };
  const add = (i: number, lead: string, said: string, tail = ""): void => {
    const c = cells[i + 1] as Cell;
    out += lead;
    pieces.push({ at: out.length, from: c.start, length: c.end - c.start });
    out += said + tail;
  };
  // "TH 9 tháng | Ước TH 2026 | KH": a row whose year is "-" still has its months' result, and the
  // plan beside it stays unkeyed.
  const hasResult = columns.some((c, i) => (c.role === "actual" || c.role === "part") && cellAt(i) !== null);
  let figures = 0;
  columns.forEach((col, i) => {
    const said = cellAt(i);
    if (said === null) return;
    const keyed =
      part !== null
        ? i === part
        : mode === "actual"
          ? col.role === "actual"
          : col.role === "plan" && (!col.beside || !hasResult);
    if (!keyed) return;
    figures++;
    // "… trợ cấp hằng tháng 192,35": a name ending in a period's word would read the figure as its
    // count ("tháng 192"), and one with a threshold ("tàu từ 15 m trở lên") its own figure as the
    // row's; a colon keeps the name apart from the row's figure.
    const glued =
      figures === 1 &&
      part === null &&
      (/(?<!\d\s?)(?:tháng|năm|quý|tuần|ngày)$/u.test(lower(out)) || /\d/u.test(out));
    if (figures === 1 && mode === "actual" && col.estimate) out += " ước";
    add(i, figures === 1 ? (glued ? ": " : " ") : ", ", said);
    // A bare figure takes the row's unit: "%" sticks to it, a word follows a space.
    const unit = row.unit;
    // "dưới 2,3", "≥ 95": a bound before the figure leaves it bare of a unit all the same.
    if (bare(said.replace(BOUND, ""))) {
      if (unit !== null) {
        out += unit.length === 1 && text[unit.from] === "%" ? "" : " ";
        pieces.push({ at: out.length, from: unit.from, length: unit.length });
        // "Suất", "Chiếc", "Tỷ đồng": a unit column's capital is the cell's, not a name's.
        const word = text.slice(unit.from, unit.from + unit.length);
        out += /^\p{Lu}[^\p{Lu}]*$/u.test(word) ? lower(word.charAt(0)) + word.slice(1) : word;
      } else if (col.unit !== "") out += (col.unit === "%" ? "" : " ") + col.unit;
    }
  });
  if (figures === 0) return null;
  if (mode === "actual" && part === null)
    columns.forEach((col, i) => {
      const said = cellAt(i);
      if (said === null) return;
      const verb = /(?:tăng|giảm)/u.test(lower(said));
      // A change column says a change only with its verb ("tăng 4,7%"), or signed under "Tăng/giảm (%)".
      if ((col.role === "change" || col.role === "pctPrior") && verb) add(i, ", ", said);
      else if (col.role === "change" && col.percent && /^[-−–+]?\s*\d[\d.,]*\s*%?$/u.test(said)) {
        const fall = /^[-−–]/u.test(said);
        add(i, fall ? ", giảm " : ", tăng ", said.replace(/^[-−–+]\s*|\s*%$/gu, ""), "%");
      } else if (col.role === "pctPlan" && bare(figureOf(said)))
        add(i, ", đạt ", figureOf(said), "% kế hoạch");
      else if (col.role === "pctPrior" && bare(figureOf(said)))
        add(i, ", bằng ", figureOf(said), "% cùng kỳ");
    });
  return { text: `${out}.`, pieces };
}

/**
 * A row's figure under a column that names a rate of its own ("Tỷ lệ bao phủ (%)" on the row "Người
 * tham gia BHYT"): one sentence "<rate> <row name> <figure>%", the rate's words mapped to the row's name.
 */
function measureSentences(
  text: string,
  name: Cell,
  cells: readonly Cell[],
  columns: readonly Column[],
): { text: string; pieces: Piece[] }[] {
  const out: { text: string; pieces: Piece[] }[] = [];
  columns.forEach((col, i) => {
    const c = cells[i + 1];
    if (col.role !== "measure" || c === undefined) return;
    const said = figureOf(text.slice(c.start, c.end));
    if (!/\d/u.test(said) || !bare(said)) return;
    const rowName = text.slice(name.start, name.end);
    const lead = `${col.label} ${lower(rowName.charAt(0))}${rowName.slice(1)} `;
    out.push({
      text: `${lead}${said}%.`,
      pieces: [
        { at: 0, from: name.start, length: 0 },
        { at: col.label.length + 1, from: name.start, length: name.end - name.start },
        { at: lead.length, from: c.start, length: c.end - c.start },
      ],
    });
  });
  return out;
}

/**
 * A row's figures under quantity columns ("Số dự án | Vốn đăng ký (tỷ đồng)"), one result each: the
 * count under the row's name when it names the counted noun ("Dự án FDI: 9 dự án"), else under
 * "Số <noun>"; an amount under its column's words before the row's name ("Vốn đăng ký dự án FDI");
 * a ratio to last year right after an amount ("So cùng kỳ (%)") joins it.
 */
function quantitySentences(
  text: string,
  name: Cell,
  cells: readonly Cell[],
  columns: readonly Column[],
): { text: string; pieces: Piece[] }[] {
  const out: { text: string; pieces: Piece[] }[] = [];
  const rowName = text.slice(name.start, name.end);
  const lowered = lower(rowName.charAt(0)) + rowName.slice(1);
  columns.forEach((col, i) => {
    const c = cells[i + 1];
    if (col.role !== "quantity" || c === undefined) return;
    const said = text.slice(c.start, c.end);
    if (!/\d/u.test(said) || !bare(said)) return;
    const lead =
      col.label !== ""
        ? `${col.label} ${lowered}`
        : lower(rowName).includes(col.unit)
          ? rowName
          : `Số ${col.unit} ${lowered}`;
    const pieces: Piece[] = [
      { at: 0, from: name.start, length: 0 },
      { at: lead.length - rowName.length, from: name.start, length: rowName.length },
      { at: lead.length + 1, from: c.start, length: c.end - c.start },
    ];
    let sentence = `${lead} ${said} ${col.unit}`;
    const next = columns[i + 1];
    const ratio = cells[i + 2];
    if (col.label !== "" && next?.role === "pctPrior" && ratio !== undefined) {
      const r = figureOf(text.slice(ratio.start, ratio.end));
      if (/\d/u.test(r) && bare(r)) {
        sentence += ", bằng ";
        pieces.push({ at: sentence.length, from: ratio.start, length: ratio.end - ratio.start });
        sentence += `${r}% cùng kỳ`;
      }
    }
    out.push({ text: `${sentence}.`, pieces });
  });
  return out;
}

const isNumberingHeader = (text: string, c: Cell): boolean =>
  /^(?:stt|tt|số tt|số thứ tự)\.?$/u.test(lower(text.slice(c.start, c.end)));

const isNumbering = (text: string, c: Cell): boolean =>
  /^(?:\d{1,3}(?:\.\d{1,2}){0,2}|[IVXLC]{1,6}|[a-zđ])[.)]?$/u.test(text.slice(c.start, c.end));

const CAPTION = /^\s*(?:bảng|biểu)(?:\s+số)?\s+\d{1,3}[.:]?(?!\S)/iu;

/** "Trong đó: thu nội địa", "- Thu nội địa", "a) Thu nội địa": the row's name without its lead. */
const NAME_LEAD = /^(?:trong đó\s*[:,]?\s*|[-+•*–]\s*|(?:[a-zđ]|\d{1,2}|[IVX]{1,4})[.)]\s+)/iu;

/**
 * A declared unit as matched, or null when a bare "Đơn vị:" names an office ("Đơn vị: Phòng Kinh
 * tế"), not a unit: units are written in lower case (or "%", "USD") while offices are capitalised.
 */
function plainUnit(m: RegExpExecArray | null): RegExpExecArray | null {
  if (m === null || /tính|đvt/iu.test(m[0]) || !/^\p{Lu}\p{Ll}/u.test(m[1] ?? "")) return m;
  return null;
}

/**
 * "(ĐVT: triệu đồng)" on the line before a table, or its caption's unit in brackets ("Bảng 2. Chi
 * ngân sách huyện (triệu đồng)"): the unit of its bare figures.
 */
function declaredUnit(text: string, headerStart: number): Piece | null {
  const before = text.slice(Math.max(0, text.lastIndexOf("\n", headerStart - 2) + 1), headerStart);
  const m = plainUnit(
    /(?<!\p{L})(?:đvt|đơn vị(?: tính)?)\s*:\s*([^()\n;,:]{1,20}?)\s*(?=[)\n;,]|$)/iu.exec(before),
  );
  // A caption's unit of any kind; a title's only when it is money, which no title names otherwise.
  if (m === null) {
    const line = before.replace(/\s+$/u, "");
    const unit = unitInBrackets(line);
    const money = /^(?:triệu|tỷ|tỉ|nghìn|ngàn)?\s*(?:đồng|usd)$/iu.test(unit);
    if (!money && !(CAPTION.test(line) && /^(?:người|ha|tấn|%|hộ|km)$/iu.test(unit))) return null;
    return { at: 0, from: headerStart - before.length + line.lastIndexOf(unit), length: unit.length };
  }
  if (/\d/u.test(m[1] ?? "")) return null;
  // The unit where it is written: the match may run on over the line's end ("ĐVT: triệu đồng\n").
  const from = headerStart - before.length + m.index + m[0].indexOf(m[1] ?? "", m[0].indexOf(":"));
  return { at: 0, from, length: m[1]?.length ?? 0 };
}

/**
 * "(ĐVT: tỷ đồng)" on the line right after a table's last row (of at most 60), as a note under it:
 * the unit of its bare figures, or null.
 */
function declaredBelow(text: string, headerEnd: number): Piece | null {
  let at = headerEnd + 1;
  for (let n = 0; n < 60 && at < text.length; n++) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    if (!SEPARATOR.test(text.slice(at, end))) {
      const m = plainUnit(
        /^\s*\(?\s*(?:đvt|đơn vị(?: tính)?)\s*:\s*([^()\n;,:\d]{1,20}?)\s*\)?\s*\.?\s*$/iu.exec(
          text.slice(at, end),
        ),
      );
      if (m?.[1] === undefined) return null;
      return { at: 0, from: at + m[0].indexOf(m[1], m[0].indexOf(":")), length: m[1].length };
    }
    at = end + 1;
  }
  return null;
}

/** The unit of a row: its unit cell, a "(tỷ đồng)" after its name, or the one declared above the table. */
function rowUnit(
  text: string,
  cells: readonly Cell[],
  columns: readonly Column[],
  declared: Piece | null,
): { name: Cell; unit: Piece | null } {
  const first = cells[0] as Cell;
  let name: Cell = { ...first };
  const lead = NAME_LEAD.exec(text.slice(name.start, name.end));
  if (lead !== null && lead[0].length < name.end - name.start) name.start += lead[0].length;
  const unitCell = cells[columns.findIndex((c) => c.role === "unit") + 1];
  if (columns.some((c) => c.role === "unit") && unitCell !== undefined && unitCell.start < unitCell.end)
    return { name, unit: { at: 0, from: unitCell.start, length: unitCell.end - unitCell.start } };
  const said = text.slice(name.start, name.end);
  const unit = unitInBrackets(said);
  if (unit !== "") {
    const m = BRACKETED_UNIT.exec(said) as RegExpExecArray;
    const from = name.start + m.index + m[0].indexOf(unit, m[0].indexOf("("));
    name = { start: name.start, end: name.start + m.index };
    return { name, unit: { at: 0, from, length: unit.length } };
  }
  return { name, unit: columns.some((c) => c.unit !== "") ? null : declared };
}

/** The cells of one line as written, empty ones kept, so that two lines' columns line up. */
const rawCells = (line: string): string[] => line.split(SEPARATOR).map((c) => c.trim());

/**
 * A header pasted as two lines, its merged cells left blank:
 *
 *   Chỉ tiêu | ĐVT | Năm 2026 |           |
 *            |     | Kế hoạch  | Thực hiện | % KH
 *
 * the second line leaves the names' column blank and has no figure but a year; each of its cells
 * reads with the top cell over it, or the nearest one to its left (the merged one it is under).
 * The columns and the end of the second line, or null.
 */
function twoLineHeader(text: string, end: number): { columns: Column[]; end: number } | null {
  if (end >= text.length) return null;
  const start = text.lastIndexOf("\n", end - 1) + 1;
  let nextEnd = text.indexOf("\n", end + 1);
  if (nextEnd < 0) nextEnd = text.length;
  const top = rawCells(text.slice(start, end));
  const sub = rawCells(text.slice(end + 1, nextEnd));
  // "| Chỉ tiêu | … |": a leading bar opens no column.
  if (top[0] === "" && sub[0] === "" && /^\s*\|/u.test(text.slice(start, end))) {
    top.shift();
    sub.shift();
  }
  if (sub[0] !== "" || top[0] === "" || sub.filter((c) => c !== "").length < 2) return null;
  if (sub.some((c) => /\d/u.test(c.replace(HEADER_DATES, "")))) return null;
  let over = "";
  const merged: string[] = [];
  for (let i = 0; i < Math.max(top.length, sub.length); i++) {
    const t = top[i] ?? "";
    const b = sub[i] ?? "";
    if (t !== "") over = t;
    if (b === "") merged.push(t);
    else if (roleOf(b) === "unit" || /^(?:stt|tt)$/iu.test(b)) merged.push(b);
    else merged.push(t === "" ? `${over} ${b}` : `${t} ${b}`);
  }
  while (merged.length > 0 && merged[merged.length - 1] === "") merged.pop();
  if (merged.length > 0 && /^(?:stt|tt|số tt|số thứ tự)\.?$/u.test(lower(merged[0] as string)))
    merged.shift();
  if (merged.slice(1).some((c) => c === "")) return null;
  const columns = columnsOf(merged);
  return columns === null ? null : { columns, end: nextEnd };
}

/** "Trong đó:", "Chia ra:", "Bao gồm:": a line that only announces the parts of the row above. */
const SUBROWS_LEAD = /^\s*(?:trong đó|chia ra|bao gồm)\s*:?\s*$/iu;

/** The tables of the text whose header says which columns hold results and targets, with their rows. */
export function mixedTenseTables(text: string): TableRows[] {
  // A Word table pasted one cell per line reads as a tabbed one (same offsets).
  text = joinCellLines(text);
  const tables: TableRows[] = [];
  let columns: Column[] | null = null;
  let declared: Piece | null = null;
  let current: TableRows | null = null;
  // The current table's columns are lined up with runs of spaces, not tabs or bars.
  let spaced = false;
  // The current table's cells are run together with single spaces (a PDF's), and how its rows end.
  let single: { numbered: boolean; withUnit: boolean; figures: number } | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const csv = isCsvLine(text.slice(lineStart, lineEnd));
    const barred = csv || SEPARATOR.test(text.slice(lineStart, lineEnd));
    let cells = barred ? cellsOf(text, lineStart, lineEnd, csv ? /[\t|;]/u : SEPARATOR) : [];
    // A header of three or more cells lined up with spaces opens a table whose rows are lined up so too.
    if (!barred && (columns === null || spaced)) {
      const byRuns = spacedCells(text, lineStart, lineEnd);
      if (byRuns.length >= (columns === null ? 3 : 2)) cells = byRuns;
    }
    // A PDF's table, its cells run together with single spaces: known heads, rows ending in figures.
    if (!barred && columns === null && cells.length < 3) {
      const head = singleSpacedHeader(text.slice(lineStart, lineEnd));
      if (head !== null) {
        cells = head.map((c) => ({ start: lineStart + c.start, end: lineStart + c.end }));
        const said = head.map((c) => lower(text.slice(lineStart + c.start, lineStart + c.end)));
        const numbered = /^(?:stt|tt)$/u.test(said[0] as string);
        const withUnit = said.some((w) => /^(?:đvt|đơn vị tính)$/u.test(w));
        single = { numbered, withUnit, figures: head.length - (numbered ? 2 : 1) - (withUnit ? 1 : 0) };
      }
    } else if (!barred && columns !== null && single !== null) {
      const row = singleSpacedRow(
        text.slice(lineStart, lineEnd),
        single.numbered,
        single.withUnit,
        single.figures,
      );
      cells = (row ?? []).map((c) => ({ start: lineStart + c.start, end: lineStart + c.end }));
    }
    const spacedLine = !barred && cells.length > 0;
    // A numbering column ("STT" over "1", "2", "I") comes before the names: it is no part of a row.
    if (
      cells.length > (columns === null ? 2 : 1) &&
      (columns === null ? isNumberingHeader : isNumbering)(text, cells[0] as Cell)
    )
      cells = cells.slice(1);
    // "I. Kinh tế | |": a heading row inside a table keeps the table going; a line without cells ends it.
    // "Trong đó:" alone on its line, between a row and its parts, keeps the table going too.
    if (columns !== null && cells.length === 0 && SUBROWS_LEAD.test(text.slice(lineStart, lineEnd))) {
      lineStart = lineEnd + 1;
      continue;
    }
    if (cells.length < (columns === null ? 2 : 1)) {
      columns = null;
      single = null;
      current = null;
    } else if (columns === null) {
      const two: { columns: Column[]; end: number } | null = spacedLine ? null : twoLineHeader(text, lineEnd);
      columns = two?.columns ?? headerColumns(text, cells);
      if (columns === null) single = null;
      if (columns !== null) {
        spaced = spacedLine;
        declared = declaredUnit(text, lineStart) ?? declaredBelow(text, two?.end ?? lineEnd);
        // "Bảng 1. Kết quả thu ngân sách": a numbered caption above the table is no figure of it.
        const above = text.lastIndexOf("\n", lineStart - 2) + 1;
        const caption = lineStart > 0 && CAPTION.test(text.slice(above, lineStart - 1));
        if (two !== null) lineEnd = two.end;
        current = { start: caption ? above : lineStart, end: lineEnd, sentences: [] };
        tables.push(current);
      }
    } else if (current !== null) {
      const name = cells[0] as Cell;
      if (/\p{L}/u.test(text.slice(name.start, name.end))) {
        current.end = lineEnd;
        const row = rowUnit(text, cells, columns, declared);
        for (const mode of ["actual", "plan"] as const) {
          const s = sentenceOf(text, row, cells, columns, mode);
          if (s !== null) current.sentences.push({ ...s, mode });
        }
        for (const s of measureSentences(text, row.name, cells, columns))
          current.sentences.push({ ...s, mode: "actual" });
        for (const s of quantitySentences(text, row.name, cells, columns))
          current.sentences.push({ ...s, mode: "actual" });
        columns.forEach((c, i) => {
          const s = c.role === "part" ? sentenceOf(text, row, cells, columns as Column[], "actual", i) : null;
          if (s !== null) current?.sentences.push({ ...s, mode: "actual" });
        });
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

/** `chitieu check FILE`: read the file, find the table, check it, render JSON or a report. */
import type {
  CellValue,
  Finding,
  IndicatorGroup,
  Lang,
  NumberConvention,
  Settings,
  TableLayout,
  TableRead,
  Text,
} from "../core/model";
import { conventionFor } from "../core/numbers";
import { COMPUTED_COLUMNS } from "../core/model";
import { TableNotFoundError, openTable, readTable, type TableReader } from "../core/table";
import { TableChecker, checkTable, sortFindings, type OwnedCell } from "../core/rules";
import { csvLines, csvRecords, detectDelimiter } from "./csv";
import {
  FORMULA_KEY_STRIDE,
  FileReadError,
  csvSheetOf,
  readCsvText,
  readSheets,
  sheetGrid,
  unterminatedQuote,
  xlsxFailed,
  type SheetGrid,
} from "./read";
import { checkJson, jsonIssue, jsonRow, jsonSummary, jsonTotal } from "./json";
import {
  checkReport,
  findingLines,
  groupLine,
  priorBasisNote,
  reportHeader,
  rowLine,
  totalLine,
  summaryLines,
} from "./report";
import { tableLines } from "../core/total-row";
import { effectivePeriod } from "../core/period";
import { MAX_LISTED, noTable, tableFoundLine } from "./text";
import { XlsxReadError, openXlsx, type RowChunk, type XlsxWorkbook } from "./xlsx-read";

export interface CheckOutput {
  text: string;
  hasErrors: boolean;
}

export type ConventionChoice = ReturnType<typeof conventionFor>;

/** A line saying the file's figures overrode the convention asked for, or null. */
export function conventionNote(choice: ConventionChoice, asked: NumberConvention): Text | null {
  if (choice.because === null || choice.convention === asked) return null;
  const vi = choice.convention === "vi";
  return {
    vi: `Đọc số theo kiểu ${vi ? "Việt Nam (6.794,12)" : "Anh (6,794.12)"} vì tệp có "${choice.because}".`,
    en: `Numbers read the ${vi ? "Vietnamese way (6.794,12)" : "English way (6,794.12)"} because the file has "${choice.because}".`,
  };
}

/** The sheet's table read, or null when the sheet holds none. */
function tableIn(
  sheet: SheetGrid,
  settings: Settings,
): { sheet: SheetGrid; read: TableRead; convention: ConventionChoice } | null {
  try {
    // The file's own figures decide how its numbers are written ("1.185,25" is vi whatever
    // --locale says); only a file with no telling figure is read in the convention asked for.
    const convention = conventionFor(sheet.grid, settings.convention);
    const read = readTable(sheet.grid, {
      convention: convention.convention,
      source: sheet.source,
      numberFormats: sheet.percentFormats,
      ...(sheet.hiddenColumns === undefined ? {} : { hiddenColumns: sheet.hiddenColumns }),
      ...(sheet.formulaCells === null
        ? {}
        : {
            isFormula: (r: number, c: number) => sheet.formulaCells?.has(r * FORMULA_KEY_STRIDE + c) === true,
          }),
    });
    return { sheet, read, convention };
  } catch (error) {
    if (!(error instanceof TableNotFoundError)) throw error;
    return null;
  }
}

/** The first sheet that holds a table, read; workbooks often keep a cover sheet in front. */
export function findTable(
  sheets: readonly SheetGrid[],
  settings: Settings,
  file: string,
): { sheet: SheetGrid; read: TableRead; convention: ConventionChoice } {
  for (const sheet of sheets) {
    const found = tableIn(sheet, settings);
    if (found !== null) return found;
  }
  throw new FileReadError(noTable(file));
}

/** The computed-column cells of these groups' indicator rows: whether each holds a formula, and its value. */
function ownedIn(
  groups: readonly IndicatorGroup[],
  layout: TableLayout,
  isFormula: (row: number, col: number) => boolean,
  valueAt: (row: number, col: number) => CellValue,
): OwnedCell[] {
  const cols = COMPUTED_COLUMNS.flatMap((c) =>
    layout.columns[c] === undefined ? [] : [layout.columns[c] as number],
  );
  if (cols.length === 0) return [];
  const cells: OwnedCell[] = [];
  for (const group of groups) {
    for (const row of group.rows) {
      for (const col of cols) {
        cells.push({
          row: row.sheetRow,
          col,
          formula: isFormula(row.sheetRow, col) ? "=" : null,
          value: valueAt(row.sheetRow, col),
        });
      }
    }
  }
  return cells;
}

/**
 * What the table's computed-column cells hold on indicator rows, so a constant typed over one of
 * our formulas is reported. Formula text is not needed, only whether there is one.
 */
export function ownedCells(sheet: SheetGrid, read: TableRead): OwnedCell[] {
  const formulas = sheet.formulaCells;
  if (formulas === null) return [];
  return ownedIn(
    read.table.groups,
    read.layout,
    (r, c) => formulas.has(r * FORMULA_KEY_STRIDE + c),
    (r, c) => sheet.grid[r]?.[c] ?? null,
  );
}

/** Rows a long sheet is read and checked in, a part at a time. */
export const PART_ROWS = 5_000;

export interface CheckOptions {
  json: boolean;
  lang: Lang;
  /** Where the output goes as it is made; without it, it is returned whole in `text`. */
  out?: (text: string) => void;
}

export async function checkFile(
  file: string,
  settings: Settings,
  options: CheckOptions,
): Promise<CheckOutput> {
  let text = "";
  const write = options.out ?? ((t: string) => void (text += t));
  if (file.toLowerCase().endsWith(".csv"))
    return { text, hasErrors: await checkCsv(file, settings, options, write) };
  if (!file.toLowerCase().endsWith(".xlsx")) {
    const found = findTable(await readSheets(file), settings, file);
    return { text, hasErrors: checkWhole(found, settings, options, write) };
  }
  let book: XlsxWorkbook;
  try {
    book = await openXlsx(file);
  } catch (error) {
    return xlsxFailed(file, error);
  }
  for (const name of book.sheets) {
    let hasErrors: boolean | null;
    try {
      hasErrors = await checkSheet(book, name, settings, options, write);
    } catch (error) {
      if (error instanceof FileReadError || !(error instanceof XlsxReadError)) throw error;
      return xlsxFailed(file, error);
    }
    if (hasErrors !== null) return { text, hasErrors };
  }
  throw new FileReadError(noTable(file));
}

/** A table held whole: checked at once, as the add-in checks it. */
function checkWhole(
  found: { sheet: SheetGrid; read: TableRead; convention: ConventionChoice },
  settings: Settings,
  options: CheckOptions,
  write: (text: string) => void,
): boolean {
  const { sheet, read } = found;
  const used: Settings = { ...settings, convention: found.convention.convention };
  const check = checkTable(read, used, { ownedCells: ownedCells(sheet, read) });
  const note = conventionNote(found.convention, settings.convention);
  write(
    options.json
      ? `${JSON.stringify(checkJson(check, sheet.lines))}\n`
      : (note === null ? "" : `${note[options.lang]}\n\n`) +
          checkReport(check, sheet.lines, {
            lang: options.lang,
            convention: used.convention,
            decimals: settings.decimals,
            sheetName: sheet.name,
          }),
  );
  return check.findings.some((f) => f.severity === "error");
}

/**
 * One sheet of a workbook: null when it holds no table, else whether the check found errors. A
 * sheet of one part is read and checked whole; a longer one part by part (TableReader,
 * TableChecker), its rows written as they are checked, keeping the first MAX_LISTED findings, so
 * memory follows one part, not the table.
 */
async function checkSheet(
  book: XlsxWorkbook,
  name: string,
  settings: Settings,
  options: CheckOptions,
  write: (text: string) => void,
): Promise<boolean | null> {
  const parts = book.rows(name, PART_ROWS);
  const head = (await parts.next()).value as RowChunk | undefined;
  if (head === undefined) return null;
  const second = await parts.next();
  if (second.done === true) {
    const found = tableIn(
      sheetGrid({
        name,
        grid: head.rows,
        formulas: head.formulas,
        percentFormats: head.percentFormats,
        ...(head.hiddenColumns === undefined ? {} : { hiddenColumns: head.hiddenColumns }),
      }),
      settings,
    );
    return found === null ? null : checkWhole(found, settings, options, write);
  }
  // The convention is decided before the rows are read: by the first part's figures and every
  // text the workbook shares (a long sheet's texts are its shared strings).
  const convention = conventionFor([...head.rows, book.strings as CellValue[]], settings.convention);
  async function* rest(): AsyncGenerator<RowChunk> {
    yield second.value as RowChunk;
    yield* parts;
  }
  const later = rest();
  const found = await checkParts(
    { name, head, rest: later, convention, source: "sheet", lines: [] },
    settings,
    options,
    write,
  );
  if (found === null) await parts.return(undefined);
  return found;
}

/**
 * A CSV: one pass counts its records, notes the line each starts on and makes sure every quote
 * closes, making no rows (csvLines); a file of one part is then read and checked whole, a longer one part by
 * part as a long sheet is, so memory follows its text and one part, not the table. The number
 * convention of a long CSV is decided by its first part.
 */
async function checkCsv(
  file: string,
  settings: Settings,
  options: CheckOptions,
  write: (text: string) => void,
): Promise<boolean> {
  const decoded = await readCsvText(file);
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const delimiter = detectDelimiter(text);
  const { lines, unterminatedQuoteLine: open } = csvLines(text, delimiter);
  if (open !== null) throw unterminatedQuote(file, open);
  if (lines.length <= PART_ROWS) {
    const found = findTable([csvSheetOf(file, decoded)], settings, file);
    return checkWhole(found, settings, options, write);
  }
  const records = csvRecords(text, delimiter);
  const part = (first: number): RowChunk | null => {
    const rows: CellValue[][] = [];
    for (let r = records.next(); r.done !== true; r = records.next()) {
      rows.push(r.value.row);
      if (rows.length === PART_ROWS) break;
    }
    return rows.length === 0 ? null : { first, rows, formulas: [], percentFormats: [], numberFormats: [] };
  };
  const head = part(0) as RowChunk;
  async function* rest(): AsyncGenerator<RowChunk> {
    for (let first = PART_ROWS, p = part(first); p !== null; first += PART_ROWS, p = part(first)) yield p;
  }
  const convention = conventionFor(head.rows, settings.convention);
  const found = await checkParts(
    { name: file, head, rest: rest(), convention, source: "text", lines },
    settings,
    options,
    write,
  );
  if (found === null) throw new FileReadError(noTable(file));
  return found;
}

/** A sheet's parts, as checkParts reads them. */
interface SheetParts {
  name: string;
  head: RowChunk;
  /** The parts after the head, in order. */
  rest: AsyncGenerator<RowChunk>;
  convention: ConventionChoice;
  /** "sheet": a workbook's, whose formulas and computed columns are read too; "text": a CSV's. */
  source: "sheet" | "text";
  /** lines[i] is the 1-based line of sheet row i (a CSV's); empty when row i is line i + 1. */
  lines: readonly number[];
}

/**
 * A long table read and checked part by part (TableReader, TableChecker), its rows written as they
 * are checked, keeping the first MAX_LISTED findings, so memory follows one part, not the table.
 * Null when the first part holds no table.
 */
async function checkParts(
  sheet: SheetParts,
  settings: Settings,
  options: CheckOptions,
  write: (text: string) => void,
): Promise<boolean | null> {
  const { name, head, convention, lines } = sheet;
  const workbook = sheet.source === "sheet";
  const partOptions = (part: RowChunk) => {
    const formulas = new Set<number>();
    for (const f of part.formulas) formulas.add(f.row * FORMULA_KEY_STRIDE + f.col);
    const isFormula = (r: number, c: number) => formulas.has(r * FORMULA_KEY_STRIDE + c);
    return {
      formulas: isFormula,
      chunk: workbook ? { numberFormats: part.percentFormats, isFormula } : {},
    };
  };
  let reader: TableReader;
  try {
    reader = openTable(head.rows, {
      convention: convention.convention,
      source: sheet.source,
      ...(head.hiddenColumns === undefined ? {} : { hiddenColumns: head.hiddenColumns }),
      ...partOptions(head).chunk,
    });
  } catch (error) {
    if (!(error instanceof TableNotFoundError)) throw error;
    return null;
  }
  const used: Settings = { ...settings, convention: convention.convention };
  const checker = new TableChecker(reader.layout, reader.table, used);
  const L = options.lang;
  const o = { lang: L, convention: used.convention, decimals: settings.decimals, sheetName: name };
  const note = conventionNote(convention, settings.convention);
  const noLines = lines;
  const kept: Finding[] = [];
  let omitted = 0;
  let hasErrors = false;
  let rowCount = 0;
  let lastGroup: number | null | undefined;
  const stts: string[] = [];
  /** The total rows' JSON, written after the rows: few, kept until the end. */
  const totals: string[] = [];
  let firstRow = true;

  if (options.json) write('{"rows":[');
  else {
    const basis = priorBasisNote(reader.layout, reader.table, effectivePeriod(reader.table, used), L);
    write(
      `${note === null ? "" : `${note[L]}\n\n`}${tableFoundLine(name, null)[L]}\n\n${reportHeader(L)}\n` +
        (basis === null ? "" : `${basis}\n`),
    );
  }

  const take = (findings: readonly Finding[], always = false): void => {
    for (const f of findings) {
      if (f.severity === "error") hasErrors = true;
      if (always || kept.length < MAX_LISTED) kept.push(f);
      else omitted++;
    }
  };
  const checkPart = (part: RowChunk): void => {
    if (reader.done) return;
    const { formulas, chunk } = partOptions(part);
    const rows = reader.read(part.rows, part.first, chunk);
    // A CSV has no formulas: its computed columns are not ours to check (as ownedCells says).
    const owned = workbook
      ? ownedIn(rows.groups, reader.layout, formulas, (r, c) => part.rows[r - part.first]?.[c] ?? null)
      : [];
    const checked = checker.check(rows, owned);
    take(checked.findings);
    const out: string[] = [];
    for (const line of tableLines(checked.groups, rows.totals)) {
      if (line.kind === "heading") {
        const { group } = line;
        if (group.sheetRow === lastGroup) continue;
        lastGroup = group.sheetRow;
        stts.push(group.stt);
        const heading = options.json ? null : groupLine(group, noLines);
        if (heading !== null) out.push(heading);
      } else if (line.kind === "total") {
        // JSON's rows are the indicators: its totals come after them, as checkJson gives them.
        const total = checked.totals?.get(line.row.sheetRow);
        if (options.json) totals.push(JSON.stringify(jsonTotal(line.row, total, noLines)));
        else out.push(totalLine(line.row, total, noLines, o));
      } else {
        const { group, row } = line;
        rowCount++;
        const result = checked.results.get(row.sheetRow);
        if (options.json) {
          out.push(
            `${firstRow ? "" : ","}${JSON.stringify(jsonRow(group, row, result, reader.table.period, noLines))}`,
          );
          firstRow = false;
        } else out.push(rowLine(row, result, noLines, o));
      }
    }
    if (out.length > 0) write(options.json ? out.join("") : `${out.join("\n")}\n`);
  };

  checkPart(head);
  for await (const part of sheet.rest) {
    checkPart(part);
    // The table has ended: the rest of the sheet is not read.
    if (reader.done) break;
  }
  const end = checker.finish();
  // Core keeps the latest reader until the next check: not with the head part's rows.
  reader.release();
  take(end.findings, true);
  sortFindings(kept);
  if (options.json) {
    const issues = kept.map((f) => JSON.stringify(jsonIssue(f, noLines))).join(",");
    const more = omitted > 0 ? `,"issuesOmitted":${omitted}` : "";
    const listed = totals.length > 0 ? `,"totals":[${totals.join(",")}]` : "";
    write(`]${listed},"issues":[${issues}]${more},"summary":${JSON.stringify(jsonSummary(end.summary))}}\n`);
  } else {
    const lines = ["", tableFoundLine(name, rowCount)[L], "", ...findingLines(kept, noLines, L, omitted), ""];
    lines.push(...summaryLines(end.summary, end.summary.groups.length === stts.length ? stts : [], L));
    write(`${lines.join("\n")}\n`);
  }
  return hasErrors;
}

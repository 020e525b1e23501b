/**
 * An .xlsx read as a stream: the zip's directory, then each part inflated chunk by chunk and
 * scanned for rows and cells, so time and memory follow the table, not the file's whole XML (a
 * 1 000 000-row sheet is never one string). It gives what ExcelJS gave (read.ts, SheetGrid): cached
 * formula results, top-left cells of merges, dates as yyyy-mm-dd, rich text joined, percent formats.
 * Limits on cells, string size and expanded bytes stop a hostile file early, each with a sentence
 * that names the limit.
 */
import { isPercentFormat } from "../core/numbers";
import { dayOfSerial } from "../core/dates";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import type { CellValue, Text } from "../core/model";

export interface ReadLimits {
  /** Cells holding a value, over all sheets. */
  maxCells: number;
  /** Characters in one string; Excel's own limit for a cell is 32 767. */
  maxStringChars: number;
  /** Bytes of XML once inflated, over all parts read. */
  maxExpandedBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxCells: 20_000_000,
  maxStringChars: 32_767,
  maxExpandedBytes: 2 * 1024 ** 3,
};

/** A file over one of the limits, or not a workbook this reader understands; read.ts words it. */
export class XlsxReadError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "XlsxReadError";
  }
}

export interface XlsxSheet {
  name: string;
  grid: CellValue[][];
  formulas: { row: number; col: number }[];
  /** The formats core reads figures by: percents on numbers, dates on cells given as "yyyy-mm-dd". */
  percentFormats: (string | null)[][];
  /** Every cell's number format when the read asked for them (ReadOptions.numberFormats); sparse. */
  numberFormats?: (string | null)[][];
  /** Hidden columns (0-based, true when hidden), when the sheet hides any (`<col hidden="1">`). */
  hiddenColumns?: boolean[];
}

/** What a read keeps besides the values. */
export interface ReadOptions {
  /** Each cell's number format, for a command that writes the table again (rollover). */
  numberFormats?: boolean;
}

const fmt = (n: number, lang: "vi" | "en") => n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");

function overLimit(kind: keyof ReadLimits, limit: number): XlsxReadError {
  switch (kind) {
    case "maxCells":
      return new XlsxReadError({
        vi: `tệp có hơn ${fmt(limit, "vi")} ô có dữ liệu (giới hạn số ô khi đọc).`,
        en: `the file has more than ${fmt(limit, "en")} cells with data (the read's cell limit).`,
      });
    case "maxStringChars":
      return new XlsxReadError({
        vi: `tệp có một chuỗi dài hơn ${fmt(limit, "vi")} ký tự (giới hạn độ dài chuỗi, như một ô Excel).`,
        en: `the file holds a string longer than ${fmt(limit, "en")} characters (the string size limit, as an Excel cell).`,
      });
    case "maxExpandedBytes":
      return new XlsxReadError({
        vi: `tệp giải nén ra hơn ${fmt(limit / 1024 ** 2, "vi")} MB (giới hạn dung lượng giải nén).`,
        en: `the file expands to more than ${fmt(limit / 1024 ** 2, "en")} MB (the expanded size limit).`,
      });
  }
}

const notXlsx = (why: Text): XlsxReadError =>
  new XlsxReadError({
    vi: `không phải tệp Excel .xlsx hợp lệ (${why.vi}).`,
    en: `not a valid Excel .xlsx file (${why.en}).`,
  });

interface Entry {
  name: string;
  method: number;
  compressed: number;
  localOffset: number;
}

/** The zip's central directory: where each part is. */
async function zipEntries(file: string): Promise<Map<string, Entry>> {
  const handle = await open(file, "r");
  try {
    const size = (await handle.stat()).size;
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw notXlsx({ vi: "không phải tệp zip", en: "not a zip file" });
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirOffset === 0xffffffff || dirOffset + dirSize > size) {
      throw notXlsx({ vi: "thư mục zip hỏng hoặc zip64", en: "a broken or zip64 directory" });
    }
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    const entries = new Map<string, Entry>();
    let at = 0;
    for (let i = 0; i < count && at + 46 <= dir.length; i++) {
      if (dir.readUInt32LE(at) !== 0x02014b50) break;
      const flags = dir.readUInt16LE(at + 8);
      const nameLength = dir.readUInt16LE(at + 28);
      const name = dir.toString("utf8", at + 46, at + 46 + nameLength);
      if ((flags & 1) !== 0) throw notXlsx({ vi: "tệp được mã hóa", en: "the file is encrypted" });
      entries.set(name, {
        name,
        method: dir.readUInt16LE(at + 10),
        compressed: dir.readUInt32LE(at + 20),
        localOffset: dir.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
    }
    // Where each part's data starts: after its local header, whose name and extra may differ.
    for (const entry of entries.values()) {
      const local = Buffer.alloc(30);
      await handle.read(local, 0, 30, entry.localOffset);
      if (local.readUInt32LE(0) !== 0x04034b50)
        throw notXlsx({ vi: "phần zip hỏng", en: "a broken zip part" });
      entry.localOffset += 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/** Reads parts of one file, counting what they inflate to against the limit. */
class Parts {
  private expanded = 0;
  constructor(
    private readonly file: string,
    private readonly entries: Map<string, Entry>,
    private readonly limits: ReadLimits,
  ) {}

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's text, chunk by chunk (UTF-8 decoded across chunk edges). */
  async *chunks(name: string): AsyncGenerator<string> {
    const entry = this.entries.get(name);
    if (!entry) return;
    if (entry.method !== 0 && entry.method !== 8) {
      throw notXlsx({ vi: `phần ${name} nén kiểu lạ`, en: `part ${name} uses an unknown compression` });
    }
    if (entry.compressed === 0) return;
    const raw = createReadStream(this.file, {
      start: entry.localOffset,
      end: entry.localOffset + entry.compressed - 1,
      highWaterMark: 256 * 1024,
    });
    const stream = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 256 * 1024 })) : raw;
    const decoder = new TextDecoder("utf-8");
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        this.expanded += chunk.length;
        if (this.expanded > this.limits.maxExpandedBytes)
          throw overLimit("maxExpandedBytes", this.limits.maxExpandedBytes);
        yield decoder.decode(chunk, { stream: true });
      }
    } catch (error) {
      if (error instanceof XlsxReadError) throw error;
      throw notXlsx({ vi: `phần ${name} không giải nén được`, en: `part ${name} does not inflate` });
    } finally {
      raw.destroy();
      if (stream !== raw) (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  }

  /** A small part (workbook, relationships, styles) as one string. */
  async text(name: string): Promise<string> {
    let out = "";
    for await (const chunk of this.chunks(name)) out += chunk;
    return out;
  }
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    ENTITY,
    (_, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (name) return NAMED[name] ?? "";
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code <= 0x10ffff ? String.fromCodePoint(code) : "";
    },
  );
}

const ATTRS = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | null {
  let re = ATTRS.get(name);
  if (re === undefined) ATTRS.set(name, (re = new RegExp(`(?:^|\\s)${name}="([^"]*)"`)));
  const m = re.exec(attrs);
  return m ? unescapeXml(m[1]!) : null;
}

/** The text of an <si> or <is>: its <t> runs joined, phonetic guides (<rPh>) left out. */
function runsText(xml: string): string {
  const body = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let out = "";
  const runs = /<t(?:\s[^>]*)?>([^<]*)<\/t>/g;
  for (let m = runs.exec(body); m !== null; m = runs.exec(body)) out += m[1];
  return unescapeXml(out);
}

/** The shared strings, read as a stream so one oversized string stops the read when it is seen. */
async function sharedStrings(parts: Parts, path: string, limits: ReadLimits): Promise<string[]> {
  return sharedStringsFrom(parts.chunks(path), limits);
}

/**
 * The shared strings from the part's text in chunks, cut anywhere (inflate's output is): an <si>
 * whose "<si" or "</si>" falls across a cut is still one string, in its place.
 */
export async function sharedStringsFrom(
  chunks: AsyncIterable<string> | Iterable<string>,
  limits: ReadLimits,
): Promise<string[]> {
  const strings: string[] = [];
  // An <si> is at most its text, escaped (6 bytes a character for &quot;), plus rich-text markup.
  const maxItemXml = limits.maxStringChars * 6 + 64 * 1024;
  let buffer = "";
  for await (const chunk of chunks) {
    buffer += chunk;
    let start = 0;
    for (;;) {
      const open = buffer.indexOf("<si", start);
      if (open < 0) {
        // The chunk may end inside "<si": keep from its last "<" so the next chunk completes it
        // (dropping it shifted every later string by one).
        const lt = buffer.lastIndexOf("<");
        start = lt >= start ? lt : buffer.length;
        break;
      }
      const close = buffer.indexOf("</si>", open);
      if (close < 0) {
        if (buffer.length - open > maxItemXml) throw overLimit("maxStringChars", limits.maxStringChars);
        start = open;
        break;
      }
      const text = runsText(buffer.slice(open, close));
      if (text.length > limits.maxStringChars) throw overLimit("maxStringChars", limits.maxStringChars);
      strings.push(text);
      start = close + 5;
    }
    buffer = buffer.slice(start);
  }
  return strings;
}

/**
 * Excel's built-in number formats that matter here (ECMA-376 §18.8.30): numbers (kept by a
 * rollover), percents and dates. A file names them by id only.
 */
const BUILTIN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  49: "@",
};

/** As ExcelJS decides a date format (utils.isDateFmt): y, m, d, h, M, s or b outside quotes and []. */
function isDateFormat(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

interface Styles {
  /** Number format code of each cell style (the s attribute), null for General. */
  formats: (string | null)[];
  isDate: boolean[];
}

function readStyles(xml: string): Styles {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const id = Number(attr(m[1]!, "numFmtId"));
    const code = attr(m[1]!, "formatCode");
    if (code !== null) custom.set(id, code);
  }
  const formats: (string | null)[] = [];
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  for (const m of cellXfs.matchAll(/<xf\b([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1]!, "numFmtId") ?? 0);
    formats.push(custom.get(id) ?? BUILTIN_FORMATS[id] ?? null);
  }
  return { formats, isDate: formats.map((f) => f !== null && isDateFormat(f)) };
}

/** "BC12" → 0-based column 54 and row 11; null when the reference is missing or odd. */
function parseRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  const row = Number(ref.slice(i));
  return i === 0 || !Number.isInteger(row) || row < 1 ? null : { row: row - 1, col: col - 1 };
}

/**
 * "yyyy-mm-dd", the day Excel shows for a serial (core's dayOfSerial: 60 is its 29 February 1900);
 * the number itself where Excel shows no date (negative, past 9999), as Office.js would give it.
 * A 1904 workbook counts 1462 days fewer.
 */
function isoDate(serial: number, date1904: boolean): string | number {
  const day = serial < 0 ? null : dayOfSerial(serial + (date1904 ? 1462 : 0));
  if (day === null) return serial;
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${day.year}-${two(day.month)}-${two(day.day)}`;
}

interface SheetContext {
  strings: string[];
  styles: Styles;
  date1904: boolean;
  limits: ReadLimits;
  cells: { count: number };
  keepFormats: boolean;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const VALUE = /<v(?:\s[^>]*)?>([^<]*)<\/v>/;
const MERGE = /<mergeCell\b[^>]*\bref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"/g;

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The sheet's merged ranges. They come after the rows in the part, so the part is inflated once
 * for them before its rows are read (scanned for one word, which costs little beside the rows).
 */
async function mergesOf(parts: Parts, path: string): Promise<Merge[]> {
  const merges: Merge[] = [];
  let tail = "";
  let seen = false;
  for await (const chunk of parts.chunks(path)) {
    const text = tail + chunk;
    const at = seen ? 0 : text.indexOf("<mergeCell");
    if (at < 0) {
      tail = text.slice(-16);
      continue;
    }
    seen = true;
    const end = text.lastIndexOf(">") + 1;
    for (const m of text.slice(at, end).matchAll(MERGE)) {
      const a = parseRef(m[1]!);
      const b = parseRef(m[2]!);
      if (a && b) merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
    }
    tail = text.slice(end);
  }
  return merges;
}

/** Rows `first`… of a sheet, as read: rows[i] is sheet row first + i (0-based), [] when empty. */
export interface RowChunk {
  first: number;
  rows: CellValue[][];
  /** Cells holding a formula, 0-based sheet positions. */
  formulas: { row: number; col: number }[];
  /** Percent number formats (and date formats of dates) by 0-based sheet row and column; sparse. */
  percentFormats: (string | null)[][];
  /** Every number format, when the read keeps them (ReadOptions.numberFormats); sparse. */
  numberFormats: (string | null)[][];
  /** On the first chunk only: the sheet's hidden columns, when it hides any (hiddenColumnsOf). */
  hiddenColumns?: boolean[];
}

const COL = /<col\b([^>]*?)\/?>/g;
/** Columns past this are not looked at: an indicator table is a few columns wide. */
const MAX_HIDDEN_COL = 1024;

/**
 * The hidden columns `<cols>` declares before the sheet's rows (`<col min="5" max="5" hidden="1"/>`),
 * as ExcelJS's `worksheet.getColumn(i).hidden` gives them; null when none is hidden.
 */
export function hiddenColumnsOf(xml: string): boolean[] | null {
  const end = xml.indexOf("<sheetData");
  const head = end < 0 ? xml : xml.slice(0, end);
  const start = head.indexOf("<cols");
  if (start < 0) return null;
  let hidden: boolean[] | null = null;
  COL.lastIndex = 0;
  const cols = head.slice(start);
  for (let m = COL.exec(cols); m !== null; m = COL.exec(cols)) {
    const flag = attr(m[1]!, "hidden");
    if (flag !== "1" && flag !== "true") continue;
    const min = Number(attr(m[1]!, "min"));
    const max = Math.min(Number(attr(m[1]!, "max") ?? min), MAX_HIDDEN_COL);
    if (!Number.isInteger(min) || min < 1 || !Number.isInteger(max)) continue;
    hidden ??= [];
    for (let c = min; c <= max; c++) hidden[c - 1] = true;
  }
  if (hidden !== null) for (let c = 0; c < hidden.length; c++) hidden[c] ??= false;
  return hidden;
}

/**
 * One worksheet part, streamed into chunks of about `size` rows, so a caller that keeps no chunk
 * holds one at a time. A row placed above the chunk being filled (rows out of order, which Excel
 * never writes) is dropped once its chunk has gone.
 */
async function* sheetRows(
  parts: Parts,
  path: string,
  ctx: SheetContext,
  size: number,
): AsyncGenerator<RowChunk> {
  const merges = await mergesOf(parts, path);
  let chunk: RowChunk = { first: 0, rows: [], formulas: [], percentFormats: [], numberFormats: [] };
  let lastRow = -1;
  const maxRowXml = 64 * 1024 ** 2;

  // Only the top-left cell of a merge holds the value, as Office.js reports it.
  const finish = (c: RowChunk): RowChunk => {
    const end = c.first + c.rows.length;
    for (const m of merges) {
      if (m.bottom < c.first || m.top >= end) continue;
      for (let r = Math.max(m.top, c.first); r <= Math.min(m.bottom, end - 1); r++) {
        const cells = c.rows[r - c.first];
        if (!cells || cells.length === 0) continue;
        // As ExcelJS gave them: the merge's other cells are there, and empty.
        for (let col = m.left; col <= m.right; col++) if (r !== m.top || col !== m.left) cells[col] = null;
        for (let col = 0; col < cells.length; col++) if (cells[col] === undefined) cells[col] = null;
      }
    }
    for (let r = 0; r < c.rows.length; r++) if (c.rows[r] === undefined) c.rows[r] = [];
    return c;
  };

  const rows = (xml: string): void => {
    ROW.lastIndex = 0;
    for (let m = ROW.exec(xml); m !== null; m = ROW.exec(xml)) {
      const r = Number(attr(m[1]!, "r") ?? NaN);
      const row = Number.isInteger(r) && r >= 1 ? r - 1 : lastRow + 1;
      lastRow = row;
      if (m[2] === undefined || row < chunk.first) continue;
      const cells: CellValue[] = [];
      let lastCol = -1;
      const body = m[2];
      CELL.lastIndex = 0;
      for (let c = CELL.exec(body); c !== null; c = CELL.exec(body)) {
        const attrs = c[1]!;
        const ref = attr(attrs, "r");
        const col = (ref === null ? null : parseRef(ref))?.col ?? lastCol + 1;
        lastCol = col;
        const inner = c[2];
        // An empty cell keeps its format too: next year's figures go there.
        if (inner === undefined && !ctx.keepFormats) continue;
        const style = Number(attr(attrs, "s") ?? 0);
        if (ctx.keepFormats) {
          const format = ctx.styles.formats[style] ?? null;
          if (format !== null) (chunk.numberFormats[row] ??= [])[col] = format;
        }
        if (inner === undefined) continue;
        const type = attr(attrs, "t");
        const hasFormula = inner.includes("<f");
        if (hasFormula) chunk.formulas.push({ row, col });
        const value = cellValue(type, inner, style, ctx);
        if (value === null) continue;
        if (++ctx.cells.count > ctx.limits.maxCells) throw overLimit("maxCells", ctx.limits.maxCells);
        cells[col] = value;
        if (typeof value === "number") {
          const format = ctx.styles.formats[style] ?? null;
          if (format !== null && isPercentFormat(format)) (chunk.percentFormats[row] ??= [])[col] = format;
        } else if (ctx.styles.isDate[style] === true && typeof value === "string") {
          // A number shown as a date, given as "yyyy-mm-dd": core says a figure cell holds a date.
          (chunk.percentFormats[row] ??= [])[col] = ctx.styles.formats[style] ?? null;
        }
      }
      // Holes become null so every row is a dense array, as the add-in's values grid.
      for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
      if (cells.length > 0) chunk.rows[row - chunk.first] = cells;
    }
  };

  // `<cols>` comes before the rows: read once, from the first XML the rows are read from.
  let colsRead = false;
  const cols = (xml: string): void => {
    if (colsRead) return;
    colsRead = true;
    const hidden = hiddenColumnsOf(xml);
    if (hidden !== null) chunk.hiddenColumns = hidden;
  };

  let buffer = "";
  for await (const text of parts.chunks(path)) {
    buffer += text;
    const end = buffer.lastIndexOf("</row>");
    if (end < 0) {
      if (buffer.length > maxRowXml) throw overLimit("maxStringChars", ctx.limits.maxStringChars);
      continue;
    }
    cols(buffer);
    rows(buffer.slice(0, end + 6));
    buffer = buffer.slice(end + 6);
    if (chunk.rows.length >= size) {
      const full = finish(chunk);
      chunk = {
        first: full.first + full.rows.length,
        rows: [],
        formulas: [],
        percentFormats: [],
        numberFormats: [],
      };
      yield full;
    }
  }
  cols(buffer);
  rows(buffer);
  yield finish(chunk);
}

/** One worksheet read whole. */
async function readSheet(parts: Parts, path: string, name: string, ctx: SheetContext): Promise<XlsxSheet> {
  const grid: CellValue[][] = [];
  const formulas: { row: number; col: number }[] = [];
  const percentFormats: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  let hiddenColumns: boolean[] | undefined;
  for await (const chunk of sheetRows(parts, path, ctx, Number.MAX_SAFE_INTEGER)) {
    hiddenColumns ??= chunk.hiddenColumns;
    chunk.rows.forEach((cells, i) => (grid[chunk.first + i] = cells));
    for (const f of chunk.formulas) formulas.push(f);
    chunk.percentFormats.forEach((formats, r) => (percentFormats[r] = formats));
    chunk.numberFormats.forEach((formats, r) => (numberFormats[r] = formats));
  }
  return {
    name,
    grid,
    formulas,
    percentFormats,
    ...(ctx.keepFormats ? { numberFormats } : {}),
    ...(hiddenColumns === undefined ? {} : { hiddenColumns }),
  };
}

function cellValue(type: string | null, inner: string, style: number, ctx: SheetContext): CellValue {
  if (type === "inlineStr") {
    const text = runsText(inner);
    if (text.length > ctx.limits.maxStringChars) throw overLimit("maxStringChars", ctx.limits.maxStringChars);
    return text;
  }
  const v = VALUE.exec(inner)?.[1];
  if (v === undefined) return null;
  switch (type) {
    case "s":
      return ctx.strings[Number(v)] ?? null;
    case "str":
    case "e": {
      const text = unescapeXml(v);
      if (text.length > ctx.limits.maxStringChars)
        throw overLimit("maxStringChars", ctx.limits.maxStringChars);
      return text;
    }
    case "b":
      return v === "1" || v === "true";
    case "d":
      return v.slice(0, 10);
    default: {
      const n = Number(v);
      if (v === "" || !Number.isFinite(n)) return null;
      return ctx.styles.isDate[style] ? isoDate(n, ctx.date1904) : n;
    }
  }
}

/** "worksheets/sheet1.xml" from xl/workbook.xml's relationships → "xl/worksheets/sheet1.xml". */
function partPath(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `xl/${target}`.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

/** A workbook opened for reading: its worksheets by name, each read whole or in chunks of rows. */
export interface XlsxWorkbook {
  sheets: string[];
  /** The shared strings (every text the sheets share), for what a caller must decide before the rows. */
  strings: readonly string[];
  /** The sheet's rows in chunks of about `size` rows. */
  rows(sheet: string, size: number): AsyncGenerator<RowChunk>;
  read(sheet: string): Promise<XlsxSheet>;
}

export async function openXlsx(
  file: string,
  limits: ReadLimits = DEFAULT_LIMITS,
  options: ReadOptions = {},
): Promise<XlsxWorkbook> {
  const entries = await zipEntries(file);
  const parts = new Parts(file, entries, limits);
  if (!parts.has("xl/workbook.xml")) {
    throw notXlsx({ vi: "thiếu xl/workbook.xml", en: "no xl/workbook.xml" });
  }
  const workbook = await parts.text("xl/workbook.xml");
  const rels = await parts.text("xl/_rels/workbook.xml.rels");
  const targets = new Map<string, { target: string; type: string }>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1]!, "Id");
    const target = attr(m[1]!, "Target");
    if (id !== null && target !== null) targets.set(id, { target, type: attr(m[1]!, "Type") ?? "" });
  }
  const stringsPath = [...targets.values()].find((t) => t.type.endsWith("/sharedStrings"))?.target;
  const stylesPath = [...targets.values()].find((t) => t.type.endsWith("/styles"))?.target;
  const ctx: SheetContext = {
    strings: stringsPath ? await sharedStrings(parts, partPath(stringsPath), limits) : [],
    styles: stylesPath ? readStyles(await parts.text(partPath(stylesPath))) : { formats: [], isDate: [] },
    date1904: /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook),
    limits,
    cells: { count: 0 },
    keepFormats: options.numberFormats === true,
  };
  const paths = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const name = attr(m[1]!, "name") ?? "";
    const rel = targets.get(attr(m[1]!, "r:id") ?? "");
    // Chart sheets and dialog sheets hold no cells.
    if (!rel || !rel.type.endsWith("/worksheet") || paths.has(name)) continue;
    paths.set(name, partPath(rel.target));
  }
  const pathOf = (sheet: string): string => {
    const path = paths.get(sheet);
    if (path === undefined) throw notXlsx({ vi: `không có trang ${sheet}`, en: `no sheet ${sheet}` });
    return path;
  };
  return {
    sheets: [...paths.keys()],
    strings: ctx.strings,
    rows: (sheet, size) => sheetRows(parts, pathOf(sheet), ctx, size),
    read: (sheet) => readSheet(parts, pathOf(sheet), sheet, ctx),
  };
}

/** Every worksheet of the workbook, in the workbook's order. */
export async function readXlsx(
  file: string,
  limits: ReadLimits = DEFAULT_LIMITS,
  options: ReadOptions = {},
): Promise<XlsxSheet[]> {
  const book = await openXlsx(file, limits, options);
  const sheets: XlsxSheet[] = [];
  for (const name of book.sheets) sheets.push(await book.read(name));
  return sheets;
}

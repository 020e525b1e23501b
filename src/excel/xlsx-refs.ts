/**
 * Sheets whose rows and cells carry no `r` attribute (LibreOffice and some generators write them;
 * Excel and LibreOffice place such a cell after the one before it, a row after the row before)
 * make ExcelJS throw while loading ("Cannot read properties of undefined (reading 'col')"), so a
 * unit's honest file would be refused as "not an .xlsx". The CLI's own reader places them; here the
 * missing references are written in before ExcelJS sees the file.
 */
import { notAnXlsx } from "../core/xlsx-kind";
import { ChitieuError } from "./errors";

/** A row or cell start tag, any namespace prefix; closing tags and other elements (cols, cfRule) never match. */
const TAG = /<((?:[A-Za-z_][\w.-]*:)?)(row|c)(?=[\s/>])([^>]*)>/g;
const REF = /\sr\s*=\s*["']([^"']*)["']/;

function columnLetters(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** 1-based column of "AB12" (26 × 1 + 2 = 28), 0 when the reference has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (const ch of ref.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col;
}

/**
 * A worksheet's XML with every row and cell given its `r`: a row without one follows the row
 * before it, a cell without one the cell before it in its row. The same string when nothing lacks
 * one. One pass, linear in the length of the XML.
 */
export function withCellRefs(xml: string): string {
  let row = 0;
  let col = 0;
  let changed = false;
  const out = xml.replace(TAG, (tag: string, prefix: string, name: string, attrs: string) => {
    const ref = REF.exec(attrs)?.[1];
    if (name === "row") {
      col = 0;
      const given = ref === undefined ? NaN : Number.parseInt(ref, 10);
      if (Number.isFinite(given) && given > 0) {
        row = given;
        return tag;
      }
      row += 1;
      changed = true;
      return `<${prefix}row r="${row}"${attrs.replace(REF, "")}>`;
    }
    if (ref !== undefined && columnOf(ref) > 0) {
      col = columnOf(ref);
      return tag;
    }
    col += 1;
    changed = true;
    return `<${prefix}c r="${columnLetters(col)}${Math.max(row, 1)}"${attrs.replace(REF, "")}>`;
  });
  return changed ? out : xml;
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * Expanded XML the pane opens at most: ExcelJS holds a whole workbook in memory (several times its
 * XML), where the command line streams. A unit's table of a few thousand rows is a few MB.
 */
export const PANE_MAX_EXPANDED_BYTES = 100 * 1024 * 1024;

/** What a zip entry says it expands to (jszip reads it from the zip's directory without inflating). */
function expandedSize(entry: unknown): number {
  const size = (entry as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === "number" && Number.isFinite(size) ? size : 0;
}

function tooLarge(file: string, bytes: number): ChitieuError {
  const mb = (n: number) => Math.ceil(n / (1024 * 1024)).toLocaleString("vi-VN");
  const mbEn = (n: number) => Math.ceil(n / (1024 * 1024)).toLocaleString("en-US");
  return new ChitieuError(
    {
      vi: `Không mở tệp “${file}”: giải nén ra ${mb(bytes)} MB, quá giới hạn ${mb(PANE_MAX_EXPANDED_BYTES)} MB (giới hạn dung lượng giải nén) của ngăn tác vụ. Hãy dùng lệnh chitieu merge cho tệp lớn như vậy.`,
      en: `Not opening “${file}”: it expands to ${mbEn(bytes)} MB, over the task pane's ${mbEn(PANE_MAX_EXPANDED_BYTES)} MB limit (the expanded-size limit). Use the chitieu merge command for a file this large.`,
    },
    "file_too_large",
  );
}

/**
 * A unit's file as ExcelJS may load it: bytes that cannot be a workbook are named for what they
 * are (core notAnXlsx, as the command line says it), a zip that expands past the pane's limit is
 * refused before anything is inflated, and every worksheet's rows and cells get their `r`
 * (withCellRefs). The same bytes when nothing needed writing in.
 */
export async function xlsxWithCellRefs(
  data: ArrayBuffer,
  file = "",
  maxExpanded = PANE_MAX_EXPANDED_BYTES,
): Promise<ArrayBuffer> {
  const why = notAnXlsx(new Uint8Array(data), file === "" ? "tệp" : `“${file}”`);
  if (why !== null) throw new ChitieuError(why, "file_unreadable");
  // In the chunk ExcelJS loads in: nothing of it is fetched before a merge.
  const mod = (await import(/* webpackChunkName: "exceljs" */ "jszip")) as typeof import("jszip") & {
    default?: typeof import("jszip");
  };
  const JSZip = mod.default ?? mod;
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return data; // ExcelJS says what is wrong with it.
  }
  const entries = Object.values(zip.files);
  const expanded = entries.reduce((sum, entry) => sum + expandedSize(entry), 0);
  if (expanded > maxExpanded) throw tooLarge(file, expanded);
  let changed = false;
  for (const entry of entries) {
    if (entry.dir || !WORKSHEET.test(entry.name)) continue;
    const xml = await entry.async("string");
    const fixed = withCellRefs(xml);
    if (fixed !== xml) {
      zip.file(entry.name, fixed);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: "arraybuffer", compression: "DEFLATE" }) : data;
}

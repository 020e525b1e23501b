/**
 * `chitieu rollover FILE --out NEXT.xlsx [--term TERM.xlsx]`: next year's table from this one;
 * FILE is only read. Next year's plans come from the term's path when the file (another sheet) or
 * --term holds a term table for the indicator; a term table rolled over gains its next year.
 */
import path from "node:path";
import type { Settings, TableRead, Text } from "../core/model";
import { rollover } from "../core/rollover";
import { findTable } from "./check";
import { guardOutput, sameFile } from "./out";
import { FileReadError, readSheets, type SheetGrid } from "./read";
import { cannotWrite, noTable } from "./text";

export function rolledText(
  out: string,
  moved: number,
  fromYear: number | null,
  toYear: number | null,
  planned = 0,
): Text {
  const years =
    fromYear !== null && toYear !== null
      ? { vi: ` năm ${toYear}`, en: ` for ${toYear}` }
      : { vi: " kỳ mới", en: " for the next period" };
  const plans =
    planned > 0
      ? {
          vi: `kế hoạch của ${planned} chỉ tiêu lấy theo lộ trình nhiệm kỳ, còn lại và thực hiện để trống`,
          en: `the plans of ${planned} indicators taken from the term's path, the rest and the actuals left empty`,
        }
      : { vi: "kế hoạch và thực hiện để trống", en: "plan and actual left empty" };
  return {
    vi: `Đã lập bảng${years.vi} vào ${out}: ${moved} chỉ tiêu chuyển số thực hiện sang Cùng kỳ; ${plans.vi}.`,
    en: `Wrote the table${years.en} to ${out}: ${moved} indicators' actuals moved to the prior-year column; ${plans.en}.`,
  };
}

export function termRolledText(out: string, year: number): Text {
  return {
    vi: `Đã thêm cột năm ${year} vào bảng nhiệm kỳ, ghi ra ${out}; số liệu các năm trước và mục tiêu giữ nguyên.`,
    en: `Added the ${year} column to the term table, written to ${out}; earlier years and the targets are kept.`,
  };
}

interface Found {
  sheet: SheetGrid;
  read: TableRead;
}

/** Every sheet of a file that holds a table, read. */
function tablesIn(sheets: readonly SheetGrid[], settings: Settings, file: string): Found[] {
  const found: Found[] = [];
  for (const sheet of sheets) {
    try {
      const { read } = findTable([sheet], settings, file);
      found.push({ sheet, read });
    } catch (error) {
      if (!(error instanceof FileReadError)) throw error;
    }
  }
  return found;
}

/** A --term-sheet that names no sheet of the file, or a sheet without a term table: exit 2. */
export function termSheetText(file: string, name: string, sheets: readonly string[], found: boolean): Text {
  const list = sheets.map((s) => `“${s}”`).join(", ");
  return found
    ? {
        vi: `Trang “${name}” trong ${file} không có bảng nhiệm kỳ (cột “Mục tiêu đến năm …”, “Năm … (gốc)”, các năm thực hiện); các trang của tệp: ${list}.`,
        en: `The sheet “${name}” of ${file} holds no term table (columns “Mục tiêu đến năm …”, “Năm … (gốc)”, the years' actuals); the file's sheets: ${list}.`,
      }
    : {
        vi: `Không có trang “${name}” trong ${file}; các trang của tệp: ${list}.`,
        en: `There is no sheet “${name}” in ${file}; the file's sheets: ${list}.`,
      };
}

/** The term table of sheet `name` among a file's sheets, or the sentence saying why there is none. */
function termSheetIn(sheets: readonly SheetGrid[], name: string, settings: Settings, file: string): Found {
  const sheet = sheets.find((s) => s.name === name);
  const found = sheet === undefined ? [] : tablesIn([sheet], settings, file);
  const term = found.find((t) => t.read.layout.term !== undefined);
  if (term === undefined)
    throw new FileReadError(
      termSheetText(
        file,
        name,
        sheets.map((s) => s.name),
        sheet !== undefined,
      ),
    );
  return term;
}

export async function rolloverFile(
  file: string,
  out: string,
  settings: Settings,
  options: { term?: string | null; termSheet?: string | null; force?: boolean } = {},
): Promise<Text> {
  if (sameFile(file, out))
    throw new FileReadError({
      vi: `Tệp ra trùng tệp gốc (${out}): bảng kỳ này được giữ nguyên, hãy chọn tên khác.`,
      en: `The output is the source file (${out}): this period's table is kept as it is; choose another name.`,
    });
  const term = options.term ?? null;
  guardOutput(out, term === null ? [file] : [file, term], options.force === true);
  const termSheet = options.termSheet ?? null;
  // The formats too: the new table keeps each cell's number format.
  const sheets = await readSheets(file, { numberFormats: true });
  // --term-sheet names the term table: in --term's file when given, else in this one.
  const termSheets = term === null ? sheets : await readSheets(term);
  const chosen = termSheet === null ? null : termSheetIn(termSheets, termSheet, settings, term ?? file);
  const tables = tablesIn(
    sheets.filter((s) => term !== null || s.name !== termSheet),
    settings,
    file,
  );
  // A workbook with a year's table and the term's: the year's is rolled over, the term's gives plans.
  const source = tables.find((t) => t.read.layout.term === undefined) ?? tables[0];
  if (source === undefined) throw new FileReadError(noTable(file));
  const terms =
    chosen !== null
      ? [chosen.read]
      : [...tables, ...(term === null ? [] : tablesIn(termSheets, settings, term))]
          .map((t) => t.read)
          .filter((r) => r.layout.term !== undefined);
  const result = rollover(source.sheet.grid, source.read, settings, {
    sheetName: path.basename(source.sheet.name).replace(/\.(csv|xlsx)$/i, ""),
    terms,
    ...(source.sheet.numberFormats === undefined ? {} : { numberFormats: source.sheet.numberFormats }),
  });
  try {
    // ExcelJS loads only for the commands that write a workbook: `check` starts without it.
    const { writeSheetPlan } = await import("./xlsx-write");
    await writeSheetPlan(result.plan, out);
  } catch {
    throw new FileReadError(cannotWrite(out));
  }
  if (result.addedYear !== undefined) return termRolledText(out, result.addedYear);
  return rolledText(out, result.moved, result.fromYear, result.toYear, result.planned);
}

/** `chitieu rollover FILE --out NEXT.xlsx`: next year's table from this one; FILE is only read. */
import { realpathSync } from "node:fs";
import path from "node:path";
import type { Settings, Text } from "../core/model";
import { rollover } from "../core/rollover";
import { findTable } from "./check";
import { FileReadError, readSheets } from "./read";
import { cannotWrite } from "./text";

/** The same file under two spellings ("./a.xlsx", "a.xlsx", a link) is the same file. */
function samePath(a: string, b: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

export function rolledText(out: string, moved: number, fromYear: number | null, toYear: number | null): Text {
  const years =
    fromYear !== null && toYear !== null
      ? { vi: ` năm ${toYear}`, en: ` for ${toYear}` }
      : { vi: " kỳ mới", en: " for the next period" };
  return {
    vi: `Đã lập bảng${years.vi} vào ${out}: ${moved} chỉ tiêu chuyển số thực hiện sang Cùng kỳ; kế hoạch và thực hiện để trống.`,
    en: `Wrote the table${years.en} to ${out}: ${moved} indicators' actuals moved to the prior-year column; plan and actual left empty.`,
  };
}

export async function rolloverFile(file: string, out: string, settings: Settings): Promise<Text> {
  if (samePath(file, out))
    throw new FileReadError({
      vi: `Tệp ra trùng tệp gốc (${out}): bảng kỳ này được giữ nguyên, hãy chọn tên khác.`,
      en: `The output is the source file (${out}): this period's table is kept as it is; choose another name.`,
    });
  const { sheet, read } = findTable(await readSheets(file), settings, file);
  const result = rollover(sheet.grid, read, settings, {
    sheetName: path.basename(sheet.name).replace(/\.(csv|xlsx)$/i, ""),
  });
  try {
    // ExcelJS loads only for the commands that write a workbook: `check` starts without it.
    const { writeSheetPlan } = await import("./xlsx-write");
    await writeSheetPlan(result.plan, out);
  } catch {
    throw new FileReadError(cannotWrite(out));
  }
  return rolledText(out, result.moved, result.fromYear, result.toYear);
}

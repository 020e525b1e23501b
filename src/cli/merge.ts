/**
 * `chitieu merge A.xlsx B.xlsx … --out tong-hop.xlsx`: each unit's first table, merged into one
 * sheet (a column per unit, totals as live SUM formulas with their values cached so readers that do
 * not calculate still see them), and a list of what did not match between units.
 */
import path from "node:path";
import type ExcelJS from "exceljs";
import type { Lang, Settings, TableCheck, Text } from "../core/model";
import {
  CONVERTED_LABEL,
  buildMergeSheet,
  checkMerged,
  mergeUnits,
  type MergeOptions,
  type MergeResult,
} from "../core/merge";
import { summaryText } from "../core/summary";
import { NOT_COMBINED_LABEL } from "../core/summary-text";
import { findTable } from "./check";
import { FileReadError, readSheets } from "./read";
import { cannotWrite } from "./text";
import { guardOutput } from "./out";
import { sheetPlanWorkbook } from "./xlsx-write";

export interface MergeOutput {
  text: string;
  result: MergeResult;
}

/** The unit's name from its table ("Đơn vị: Phường 1"), else the file name without extension. */
export function unitNameOf(tableUnitName: string, file: string): string {
  const fromTable = tableUnitName.trim();
  return fromTable !== "" ? fromTable : path.basename(file).replace(/\.(xlsx|csv)$/i, "");
}

/** "Không tổng hợp được (1):\n  - Điểm, tụ điểm ma túy: đơn vị "điểm" …", or nothing when every row combined. */
function apartLines(check: TableCheck): Text {
  const rows = check.read.table.groups.flatMap((g) => g.rows);
  const listed = rows.flatMap((r) => {
    const why = check.notCombined?.get(r.sheetRow);
    return why === undefined ? [] : [{ name: r.name.trim(), why }];
  });
  if (listed.length === 0) return { vi: "", en: "" };
  return {
    vi: `${NOT_COMBINED_LABEL.vi} (${listed.length}):\n${listed.map((l) => `  - ${l.name}: ${l.why.vi}`).join("\n")}\n`,
    en: `${NOT_COMBINED_LABEL.en} (${listed.length}):\n${listed.map((l) => `  - ${l.name}: ${l.why.en}`).join("\n")}\n`,
  };
}

/** "Đã đổi đơn vị (1):\n  - "Thu ngân sách": đã đổi Xã B: triệu đồng → tỷ đồng.\n", or nothing. */
function convertedLines(result: MergeResult): Text {
  const c = result.conversions;
  if (c.length === 0) return { vi: "", en: "" };
  return {
    vi: `${CONVERTED_LABEL.vi} (${c.length}):\n${c.map((x) => `  - ${x.message.vi}`).join("\n")}\n`,
    en: `${CONVERTED_LABEL.en} (${c.length}):\n${c.map((x) => `  - ${x.message.en}`).join("\n")}\n`,
  };
}

function lines(result: MergeResult, out: string, reached: Text, apart: Text): Text {
  const rows = result.groups.reduce((n, g) => n + g.indicators.length, 0);
  const units = result.unitNames.join(", ");
  const head: Text = {
    vi: `Đã ghi ${out}: ${rows} chỉ tiêu từ ${result.unitNames.length} đơn vị (${units}).`,
    en: `Written ${out}: ${rows} indicators from ${result.unitNames.length} units (${units}).`,
  };
  const issues: Text =
    result.issues.length === 0
      ? { vi: "Mọi chỉ tiêu khớp giữa các đơn vị.", en: "Every indicator matched across units." }
      : {
          vi: `Không khớp giữa các đơn vị (${result.issues.length}):\n${result.issues.map((i) => `  - ${i.message.vi}`).join("\n")}`,
          en: `Not matched across units (${result.issues.length}):\n${result.issues.map((i) => `  - ${i.message.en}`).join("\n")}`,
        };
  const converted = convertedLines(result);
  return {
    vi: `${head.vi}\n${converted.vi}${issues.vi}\nBảng tổng hợp: ${reached.vi}.\n${apart.vi}`,
    en: `${head.en}\n${converted.en}${issues.en}\nMerged table: ${reached.en}.\n${apart.en}`,
  };
}

/** The workbook as written: the plan, then each total's value cached beside its formula. */
export function mergeWorkbook(result: MergeResult, settings: Settings, lang: Lang): ExcelJS.Workbook {
  const sheet = buildMergeSheet(result, settings, lang);
  const workbook = sheetPlanWorkbook(sheet.plan);
  const ws = workbook.worksheets[0];
  if (ws === undefined) return workbook;
  for (const c of sheet.cached) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    const value = cell.value;
    if (
      value !== null &&
      typeof value === "object" &&
      "formula" in value &&
      typeof value.formula === "string"
    ) {
      cell.value = { formula: value.formula, result: c.value };
    }
  }
  return workbook;
}

export async function mergeFiles(
  files: readonly string[],
  out: string,
  settings: Settings,
  lang: Lang,
  options: MergeOptions & { force?: boolean } = {},
): Promise<MergeOutput> {
  // Before reading: a refused --out costs nothing and touches nothing.
  guardOutput(out, files, options.force ?? false);
  const units = [];
  for (const file of files) {
    const { read } = findTable(await readSheets(file), settings, file);
    units.push({ unitName: unitNameOf(read.table.unitName, file), read });
  }
  const result = mergeUnits(units, settings, options);
  try {
    await mergeWorkbook(result, settings, lang).xlsx.writeFile(out);
  } catch {
    throw new FileReadError(cannotWrite(out));
  }
  const check = checkMerged(result, settings, lang);
  const s = check.summary;
  const reached: Text = { vi: summaryText(s, "vi"), en: summaryText(s, "en") };
  return { text: lines(result, out, reached, apartLines(check))[lang], result };
}

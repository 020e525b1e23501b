/**
 * buildReport / writeReportSheet: the report paragraphs of the active table (core reportText),
 * and the same paragraphs written to a NEW sheet "Báo cáo <sheet>", one paragraph per row.
 */
import { literalCellValue } from "../core/literal";
import type { Lang, Settings, Summary } from "../core/model";
import { reportText, type ReportText } from "../core/report";
import { displayRows, documentFieldsFrom, type DocumentFields } from "../core/report-table";
import { guarded } from "./errors";
import { progress } from "./io";
import { checkSheetTable, readActiveTable, requireTable } from "./read";
import { REPORT_KEY, loadSetting, settingValue } from "./store";
import { charsToPoints, freeSheetName } from "./template";
import type { OnProgress } from "./types";

export interface BuiltReport {
  /** The sheet the table was read from. */
  sheetName: string;
  report: ReportText;
  /** "Đạt và vượt x/y" of the same check, for the pane's headline. */
  summary: Summary;
  /** The language the report is in (its Word document too). */
  lang: Lang;
  /** The computed table as the Word report's appendix shows it (row 0 the header). */
  rows: string[][];
  /** Who issues and signs, as saved in the workbook; the unit falls back to the line above the table. */
  fields: DocumentFields;
}

/** One line of the report sheet: what it says and how it looks. */
export interface ReportLine {
  text: string;
  role: "title" | "heading" | "paragraph";
}

/** Title, then per group its heading and one paragraph (sentences + conclusion), then the overall. */
export function reportLines(report: ReportText): ReportLine[] {
  const lines: ReportLine[] = [];
  if (report.title.trim()) lines.push({ text: report.title.trim(), role: "title" });
  for (const g of report.groups) {
    if (g.name.trim()) lines.push({ text: g.name.trim(), role: "heading" });
    const paragraph = [...g.sentences, g.conclusion].filter(Boolean).join(" ");
    if (paragraph) lines.push({ text: paragraph, role: "paragraph" });
  }
  lines.push({ text: report.overall, role: "paragraph" });
  return lines;
}

/** A line Excel would take for a formula, a number or a date stays text (core/literal.ts). */
export function asText(line: string): string {
  return literalCellValue(line);
}

/** Column A, wide enough for a report paragraph on A4 portrait (characters). */
export const REPORT_COLUMN_CHARS = 100;

/** "Báo cáo <sheet>", without doubling a name that already says it ("Báo cáo 2020" → "Lời văn Báo cáo 2020"). */
export function reportSheetName(sourceSheet: string): string {
  return /^báo cáo\b/i.test(sourceSheet.trim()) ? `Lời văn ${sourceSheet}` : `Báo cáo ${sourceSheet}`;
}

export async function buildReport(
  settings: Settings,
  lang: Lang,
  onProgress?: OnProgress,
): Promise<BuiltReport> {
  return guarded(() =>
    Excel.run(async (context) => {
      progress(onProgress, { vi: "Đang đọc bảng…", en: "Reading the table…" }, 0);
      // Queued before readActiveTable's sync, so it rides on it.
      const saved = loadSetting(context, REPORT_KEY);
      const active = await readActiveTable(context, settings); // sync 1: read
      const read = requireTable(active);
      const check = checkSheetTable(read, active.grid, settings);
      const fields = documentFieldsFrom(settingValue(saved));
      progress(onProgress, { vi: "Xong", en: "Done" }, 1);
      return {
        sheetName: active.sheetName,
        report: reportText(check, lang, settings.convention),
        summary: check.summary,
        lang,
        rows: displayRows(check, lang, settings),
        fields: { ...fields, unit: fields.unit ?? (read.table.unitName.trim() || null) },
      };
    }),
  );
}

export async function writeReportSheet(
  report: ReportText,
  sourceSheet: string,
  onProgress?: OnProgress,
): Promise<{ sheetName: string }> {
  return guarded(() =>
    Excel.run(async (context) => {
      progress(onProgress, { vi: "Đang tạo trang tính mới…", en: "Creating a new sheet…" }, 0);
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync(); // sync 1: which names are taken

      const name = freeSheetName(
        reportSheetName(sourceSheet),
        sheets.items.map((s) => s.name),
      );
      const lines = reportLines(report);
      progress(onProgress, { vi: "Đang ghi báo cáo…", en: "Writing the report…" }, 0.5);
      const sheet = sheets.add(name);
      const all = sheet.getRangeByIndexes(0, 0, lines.length, 1);
      all.values = lines.map((l) => [asText(l.text)]);
      all.format.wrapText = true;
      all.format.verticalAlignment = "Top";
      all.format.columnWidth = charsToPoints(REPORT_COLUMN_CHARS);
      lines.forEach((l, i) => {
        if (l.role === "paragraph") return;
        const font = sheet.getRangeByIndexes(i, 0, 1, 1).format.font;
        font.bold = true;
        if (l.role === "title") font.size = 14;
      });
      all.format.autofitRows();
      sheet.showGridlines = false;
      sheet.pageLayout.orientation = "Portrait";
      sheet.pageLayout.paperSize = "A4";
      sheet.activate();
      // sync 2 is Excel.run's own closing sync: it carries the new sheet.
      progress(onProgress, { vi: "Xong", en: "Done" }, 1);
      return { sheetName: name };
    }),
  );
}

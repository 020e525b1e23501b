/**
 * `chitieu report FILE --format md|docx|txt|csv [--out F] [--locale vi|en]`: the table computed and
 * judged, then written out as a Markdown report, a Word document, plain report text, or the computed
 * table as CSV (UTF-8 with BOM so Excel opens it; ";" between fields in vi, where "," is the decimal).
 */
import { writeFile } from "node:fs/promises";
import type { Lang, Settings, TableCheck, Text } from "../core/model";
import { marksOf } from "../core/numbers";
import { reportPlainText, reportText, type ReportText } from "../core/report";
import {
  FIRST_FIGURE,
  reportColumns,
  REPORT_COLUMN_HEADERS as HEADERS,
  displayRows,
  lineCells,
} from "../core/report-table";
import { tableLines } from "../core/total-row";
import { checkTable } from "../core/rules";
import { csvTextField } from "../core/literal";
import { findTable, ownedCells } from "./check";
import type { DocxOptions } from "../docx/report";
import { FileReadError, readSheets } from "./read";
import { cannotWrite } from "./text";
import { guardOutput } from "./out";

export type ExportFormat = "md" | "docx" | "txt" | "csv";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["md", "docx", "txt", "csv"];

export interface ExportOutput {
  /** What to print: the document itself when there is no --out, else a line saying where it went. */
  text: string;
}

/**
 * Text from a file inside Markdown: HTML is shown, not rendered (a name holding "<img onerror=…>"
 * or "<script>" stays text in any viewer), a line break cannot end a table row or start a heading,
 * and "|" cannot split a cell.
 */
export function markdownText(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r\n|[\r\n\u2028\u2029]/g, " ")
    .replace(/\|/g, "\\|");
}

function markdown(report: ReportText, rows: readonly string[][]): string {
  const esc = markdownText;
  const [head, ...body] = rows;
  const parts: string[] = [];
  if (report.title.trim() !== "") parts.push(`# ${esc(report.title.trim())}`);
  if (head) {
    const align = head.map((_, i) => (i >= FIRST_FIGURE && i < head.length - 1 ? "---:" : "---"));
    parts.push(
      [
        `| ${head.map(esc).join(" | ")} |`,
        `| ${align.join(" | ")} |`,
        ...body.map((r) => `| ${r.map(esc).join(" | ")} |`),
      ].join("\n"),
    );
  }
  for (const g of report.groups) {
    if (g.name.trim() !== "") parts.push(`## ${esc(g.name.trim())}`);
    const text = [...g.sentences, g.conclusion].filter(Boolean).join(" ");
    if (text !== "") parts.push(esc(text));
  }
  parts.push(`**${esc(report.overall)}**`);
  return `${parts.join("\n\n")}\n`;
}

/** CSV for Excel: figures as plain numbers in the locale's decimal mark, no grouping. */
export function csvText(check: TableCheck, lang: Lang, settings: Settings): string {
  const delimiter = lang === "vi" ? ";" : ",";
  const { decimal } = marksOf(settings.convention);
  const n = (v: number | null, decimals = 6): string => {
    if (v === null) return "";
    const s = String(Number(v.toFixed(decimals)));
    return decimal === "," ? s.replace(".", ",") : s;
  };
  const quote = (s: string): string =>
    s.includes(delimiter) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  // Texts from the file are escaped against CSV injection; figures core formats ("-5") are not.
  const t = csvTextField;
  // "% Phấn đấu" after "% KH" when a row has a stretch target, as in the other report tables.
  const order = reportColumns(check);
  const lines = [order.map((k) => HEADERS[k][lang])];
  // Total rows where the sheet has them, with their percentages and no verdict (displayRows).
  for (const line of tableLines(check.read.table.groups, check.read.table.totals)) {
    if (line.kind === "heading") {
      const { group } = line;
      if (group.name !== "") lines.push([t(group.stt), t(group.name), ...order.slice(2).map(() => "")]);
      continue;
    }
    const { row } = line;
    const c = lineCells(check, line, lang, settings.convention);
    const plan = row.target?.kind === "value" ? n(row.target.value) : t(c.plan);
    const cell: Record<(typeof order)[number], string> = {
      stt: t(c.stt),
      name: t(c.name),
      unit: t(c.unit),
      plan,
      actual: row.actualYesNo !== null ? c.actual : n(row.actual),
      prior: n(row.prior),
      pctPlan: n(c.pctPlan, settings.decimals),
      pctStretch: n(c.pctStretch, settings.decimals),
      pctPrior: n(c.pctPrior, settings.decimals),
      changePct: n(c.changePct, settings.decimals),
      verdict: c.verdict,
    };
    lines.push(order.map((k) => cell[k]));
  }
  return `\uFEFF${lines.map((l) => l.map(quote).join(delimiter)).join("\r\n")}\r\n`;
}

async function save(out: string, data: string | Buffer): Promise<void> {
  try {
    await writeFile(out, data);
  } catch {
    throw new FileReadError(cannotWrite(out));
  }
}

function written(out: string, format: ExportFormat): Text {
  return { vi: `Đã ghi báo cáo (${format}) vào ${out}.\n`, en: `Report (${format}) written to ${out}.\n` };
}

/** A .docx needs a file; without --out it goes beside the input ("bang.xlsx" → "bang.docx"). */
export function defaultOut(file: string, format: ExportFormat): string | null {
  return format === "docx" ? file.replace(/\.(xlsx|csv)$/i, "") + ".docx" : null;
}

/** Who issues and signs a Word report (--unit, --number, --signer, --position, --place, --date). */
export type DocxFields = Omit<DocxOptions, "lang">;
export const NO_DOCX_FIELDS: DocxFields = {
  unit: null,
  number: null,
  signer: null,
  position: null,
  place: null,
  date: null,
};

export async function exportReport(
  file: string,
  format: ExportFormat,
  out: string | null,
  settings: Settings,
  lang: Lang,
  fields: DocxFields = NO_DOCX_FIELDS,
  force = false,
): Promise<ExportOutput> {
  const target = out ?? defaultOut(file, format);
  if (target !== null) guardOutput(target, [file], force);
  const { sheet, read } = findTable(await readSheets(file), settings, file);
  const check = checkTable(read, settings, { ownedCells: ownedCells(sheet, read) });
  const report = reportText(check, lang, settings.convention);
  let data: string | Buffer;
  switch (format) {
    case "txt":
      data = reportPlainText(report);
      break;
    case "md":
      data = markdown(report, displayRows(check, lang, settings));
      break;
    case "csv":
      data = csvText(check, lang, settings);
      break;
    case "docx":
      // The unit named above the sheet's table ("Đơn vị: …") when no --unit was given.
      data = await (
        await import("./docx")
      ).reportDocx(report, displayRows(check, lang, settings), FIRST_FIGURE, {
        ...fields,
        lang,
        unit: fields.unit ?? (read.table.unitName.trim() || null),
      });
      break;
  }
  if (target === null) return { text: typeof data === "string" ? data : "" };
  await save(target, data);
  return { text: written(target, format)[lang] };
}

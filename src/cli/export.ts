/**
 * `chitieu report FILE --format md|docx|txt|csv [--out F] [--locale vi|en]`: the table computed and
 * judged, then written out as a Markdown report, a Word document, plain report text, or the computed
 * table as CSV (UTF-8 with BOM so Excel opens it; ";" between fields in vi, where "," is the decimal).
 */
import { writeFile } from "node:fs/promises";
import type {
  IndicatorRow,
  Lang,
  NumberConvention,
  RowResult,
  Settings,
  TableCheck,
  Text,
} from "../core/model";
import { verdictLabel } from "../core/compute";
import { formatNumber, formatPercent, marksOf } from "../core/numbers";
import { planPhrase, reportPlainText, reportText, type ReportText } from "../core/report";
import { checkTable } from "../core/rules";
import { findTable, ownedCells } from "./check";
import { reportDocx, type DocxOptions } from "./docx";
import { FileReadError, readSheets } from "./read";
import { cannotWrite } from "./text";

export type ExportFormat = "md" | "docx" | "txt" | "csv";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["md", "docx", "txt", "csv"];

const DASH = "—";

const HEADERS: Record<
  "stt" | "name" | "unit" | "plan" | "actual" | "prior" | "pctPlan" | "pctPrior" | "changePct" | "verdict",
  Text
> = {
  stt: { vi: "STT", en: "No." },
  name: { vi: "Chỉ tiêu", en: "Indicator" },
  unit: { vi: "ĐVT", en: "Unit" },
  plan: { vi: "Kế hoạch", en: "Plan" },
  actual: { vi: "Thực hiện", en: "Actual" },
  prior: { vi: "Cùng kỳ", en: "Prior year" },
  pctPlan: { vi: "% KH", en: "% of plan" },
  pctPrior: { vi: "% CK", en: "% of prior" },
  changePct: { vi: "Tăng/giảm (%)", en: "Change (%)" },
  verdict: { vi: "Đánh giá", en: "Verdict" },
};
const ORDER = [
  "stt",
  "name",
  "unit",
  "plan",
  "actual",
  "prior",
  "pctPlan",
  "pctPrior",
  "changePct",
  "verdict",
] as const;
/** First column holding a figure (Kế hoạch), for right alignment. */
const FIRST_FIGURE = 3;

export interface ExportOutput {
  /** What to print: the document itself when there is no --out, else a line saying where it went. */
  text: string;
}

interface Cells {
  stt: string;
  name: string;
  unit: string;
  plan: string;
  actual: string;
  prior: string;
  pctPlan: number | null;
  pctPrior: number | null;
  changePct: number | null;
  verdict: string;
}

function cellsOf(
  row: IndicatorRow,
  result: RowResult | undefined,
  lang: Lang,
  convention: NumberConvention,
): Cells {
  const num = (v: number | null): string => (v === null ? "" : formatNumber(v, convention, 3));
  return {
    stt: row.stt,
    name: row.name,
    unit: row.unit,
    plan:
      row.target === null
        ? ""
        : row.target.kind === "value"
          ? num(row.target.value)
          : planPhrase(row.target, row, lang, convention),
    actual:
      row.actualYesNo !== null
        ? row.actualYesNo === "yes"
          ? lang === "vi"
            ? "Đạt"
            : "Yes"
          : lang === "vi"
            ? "Không"
            : "No"
        : num(row.actual),
    prior: num(row.prior),
    pctPlan: result?.pctPlan ?? null,
    pctPrior: result?.pctPrior ?? null,
    changePct: result?.changePct ?? null,
    verdict: verdictLabel(result?.verdict ?? "chua_co_so_lieu", lang),
  };
}

/** Rows of the computed table, group headings included, as display text (row 0 is the header). */
export function displayRows(check: TableCheck, lang: Lang, settings: Settings): string[][] {
  const pct = (v: number | null): string =>
    v === null ? DASH : formatPercent(v, settings.convention, settings.decimals);
  const out: string[][] = [ORDER.map((k) => HEADERS[k][lang])];
  for (const group of check.read.table.groups) {
    if (group.name !== "") out.push([group.stt, group.name, ...ORDER.slice(2).map(() => "")]);
    for (const row of group.rows) {
      const c = cellsOf(row, check.results.get(row.sheetRow), lang, settings.convention);
      out.push([
        c.stt,
        c.name,
        c.unit,
        c.plan,
        c.actual,
        c.prior,
        pct(c.pctPlan),
        pct(c.pctPrior),
        pct(c.changePct),
        c.verdict,
      ]);
    }
  }
  return out;
}

function markdown(report: ReportText, rows: readonly string[][]): string {
  const esc = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const [head, ...body] = rows;
  const parts: string[] = [];
  if (report.title.trim() !== "") parts.push(`# ${report.title.trim()}`);
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
    if (g.name.trim() !== "") parts.push(`## ${g.name.trim()}`);
    const text = [...g.sentences, g.conclusion].filter(Boolean).join(" ");
    if (text !== "") parts.push(text);
  }
  parts.push(`**${report.overall}**`);
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
  const lines = [ORDER.map((k) => HEADERS[k][lang])];
  for (const group of check.read.table.groups) {
    if (group.name !== "") lines.push([group.stt, group.name, ...ORDER.slice(2).map(() => "")]);
    for (const row of group.rows) {
      const result = check.results.get(row.sheetRow);
      const c = cellsOf(row, result, lang, settings.convention);
      const plan = row.target?.kind === "value" ? n(row.target.value) : c.plan;
      lines.push([
        c.stt,
        c.name,
        c.unit,
        plan,
        row.actualYesNo !== null ? c.actual : n(row.actual),
        n(row.prior),
        n(c.pctPlan, settings.decimals),
        n(c.pctPrior, settings.decimals),
        n(c.changePct, settings.decimals),
        c.verdict,
      ]);
    }
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
): Promise<ExportOutput> {
  const { sheet, read } = findTable(await readSheets(file), settings, file);
  const check = checkTable(read, settings, { ownedCells: ownedCells(sheet, read) });
  const report = reportText(check, lang, settings.convention);
  const target = out ?? defaultOut(file, format);
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
      data = await reportDocx(report, displayRows(check, lang, settings), FIRST_FIGURE, {
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

/** `chitieu check` without --json: a plain-text report a person reads in a terminal. */
import type { Lang, NumberConvention, TableCheck } from "../core/model";
import { formatPercent } from "../core/numbers";
import { verdictLabel } from "../core/compute";
import { messageBesideCell } from "../core/messages/index";
import { termSummaryText } from "../core/summary";
import type { GroupSummary } from "../core/model";
import { lineOf } from "./json";
import {
  OVERALL,
  REPORT_HEADERS,
  SEVERITY_LABELS,
  UNGROUPED,
  findingsTitle,
  reachedLine,
  tableFoundLine,
} from "./text";

const NAME_WIDTH = 44;
const DASH = "—";

export interface ReportOptions {
  lang: Lang;
  convention: NumberConvention;
  decimals: number;
  sheetName: string;
}

function pct(value: number | null, o: ReportOptions, signed = false): string {
  if (value === null) return DASH;
  const text = formatPercent(value, o.convention, o.decimals);
  return signed && value > 0 ? `+${text}` : text;
}

function padTo(text: string, width: number): string {
  const chars = [...text.normalize("NFC")];
  if (chars.length > width) return `${chars.slice(0, width - 1).join("")}…`;
  return chars.join("") + " ".repeat(width - chars.length);
}

function left(text: string, width: number): string {
  return padTo(text, Math.max(width, [...text].length));
}

function right(text: string, width: number): string {
  const n = [...text].length;
  return n >= width ? text : " ".repeat(width - n) + text;
}

export function checkReport(check: TableCheck, lines: readonly number[], o: ReportOptions): string {
  const L = o.lang;
  const out: string[] = [];
  const rowCount = check.read.table.groups.reduce((n, g) => n + g.rows.length, 0);
  out.push(tableFoundLine(o.sheetName, rowCount)[L], "");

  const h = REPORT_HEADERS;
  const widths = { row: 5, stt: 4, pct: 10, verdict: 16 };
  out.push(
    [
      right(h.row[L], widths.row),
      left(h.stt[L], widths.stt),
      padTo(h.name[L], NAME_WIDTH),
      right(h.pctPlan[L], widths.pct),
      right(h.pctPrior[L], widths.pct),
      right(h.changePct[L], widths.pct),
      h.verdict[L],
    ].join("  "),
  );
  for (const group of check.read.table.groups) {
    if (group.name !== "") {
      const at = group.sheetRow === null ? "" : String(lineOf(lines, group.sheetRow));
      out.push(
        [right(at, widths.row), left(group.stt, widths.stt), group.name.toLocaleUpperCase("vi")].join("  "),
      );
    }
    for (const row of group.rows) {
      const result = check.results.get(row.sheetRow);
      out.push(
        [
          right(String(lineOf(lines, row.sheetRow)), widths.row),
          left(row.stt, widths.stt),
          padTo(row.name, NAME_WIDTH),
          right(pct(result?.pctPlan ?? null, o), widths.pct),
          right(pct(result?.pctPrior ?? null, o), widths.pct),
          right(pct(result?.changePct ?? null, o, true), widths.pct),
          verdictLabel(result?.verdict ?? "chua_co_so_lieu", L),
        ].join("  "),
      );
    }
  }

  out.push("", findingsTitle(check.findings.length)[L]);
  for (const f of check.findings) {
    const where =
      f.cell === null
        ? ""
        : ` ${f.cell.address} (${L === "vi" ? "dòng" : "line"} ${lineOf(lines, f.cell.row)})`;
    out.push(`  [${SEVERITY_LABELS[f.severity][L]}]${where}: ${messageBesideCell(f, L)}`);
  }

  out.push("");
  const named = check.read.table.groups;
  // A term table's line counts the paths on track, not annual plans reached (as the report does).
  const line = (g: Omit<GroupSummary, "name">): string => {
    if (g.term !== true) return reachedLine(g.reached, g.total, g.noData, g.noTarget)[L];
    const text = termSummaryText(g, L);
    return L === "vi" ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  };
  // One group without a name is the whole table: the overall line alone says it.
  const ungrouped = check.summary.groups.length === 1 && check.summary.groups[0]?.name === "";
  if (!ungrouped)
    check.summary.groups.forEach((g, i) => {
      const stt = named[i]?.stt ?? "";
      const label = g.name === "" ? UNGROUPED[L] : `${stt === "" ? "" : `${stt}. `}${g.name}`;
      out.push(`${label}: ${line(g)}`);
    });
  const s = check.summary;
  const overall = line(s);
  out.push(`${OVERALL[L]}: ${overall.charAt(0).toLocaleUpperCase(L) + overall.slice(1)}`);
  return `${out.join("\n")}\n`;
}

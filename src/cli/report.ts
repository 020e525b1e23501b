/** `chitieu check` without --json: a plain-text report a person reads in a terminal. */
import type {
  Finding,
  IndicatorGroup,
  IndicatorRow,
  IndicatorTable,
  Lang,
  NumberConvention,
  Period,
  RowResult,
  Summary,
  TableCheck,
  TableLayout,
  TotalResult,
} from "../core/model";
import { tableLines } from "../core/total-row";
import { priorFullYear, tableComparesYearEstimate } from "../core/period";
import { formatNumber, formatPercent } from "../core/numbers";
import { isPointsKind, verdictLabel } from "../core/compute";
import { messageBesideCell } from "../core/messages/index";
import { lineOf } from "./json";
import {
  OVERALL,
  REPORT_HEADERS,
  SEVERITY_LABELS,
  UNGROUPED,
  findingsTitle,
  moreFindings,
  tableFoundLine,
} from "./text";
import { summaryText } from "../core/summary-text";

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

const WIDTHS = { row: 5, stt: 4, pct: 10, verdict: 16 };

/** The column titles of the rows' table. */
export function reportHeader(L: Lang): string {
  const h = REPORT_HEADERS;
  return [
    right(h.row[L], WIDTHS.row),
    left(h.stt[L], WIDTHS.stt),
    padTo(h.name[L], NAME_WIDTH),
    right(h.pctPlan[L], WIDTHS.pct),
    right(h.pctPrior[L], WIDTHS.pct),
    right(h.changePct[L], WIDTHS.pct),
    h.verdict[L],
  ].join("  ");
}

/**
 * The line under the column titles where % CK and tăng/giảm compare the year's estimate with the
 * prior full year (core/period.ts comparesYearEstimate), so no one reads them as the period's
 * change on Cùng kỳ; null where they are that.
 */
export function priorBasisNote(
  layout: Pick<TableLayout, "columns">,
  table: Pick<IndicatorTable, "year">,
  period: Period,
  L: Lang,
): string | null {
  if (!tableComparesYearEstimate(layout, period)) return null;
  const year = priorFullYear(table);
  const h = REPORT_HEADERS;
  return L === "vi"
    ? `(${h.pctPrior.vi}, ${h.changePct.vi}: ước cả năm so với thực hiện ${year === null ? "năm trước" : `năm ${year}`}; bảng không có cột cùng kỳ)`
    : `(${h.pctPrior.en}, ${h.changePct.en}: the full-year estimate on ${year === null ? "the prior year" : year}; the table has no same-period column)`;
}

/** A group heading's line (none for rows before any heading). */
export function groupLine(group: IndicatorGroup, lines: readonly number[]): string | null {
  if (group.name === "") return null;
  const at = group.sheetRow === null ? "" : String(lineOf(lines, group.sheetRow));
  return [right(at, WIDTHS.row), left(group.stt, WIDTHS.stt), group.name.toLocaleUpperCase("vi")].join("  ");
}

export function rowLine(
  row: IndicatorRow,
  result: RowResult | undefined,
  lines: readonly number[],
  o: ReportOptions,
): string {
  return [
    right(String(lineOf(lines, row.sheetRow)), WIDTHS.row),
    left(row.stt, WIDTHS.stt),
    padTo(row.name, NAME_WIDTH),
    right(pct(result?.pctPlan ?? null, o), WIDTHS.pct),
    right(pct(result?.pctPrior ?? null, o), WIDTHS.pct),
    right(pct(result?.changePct ?? null, o, true), WIDTHS.pct),
    verdictLabel(result?.verdict ?? "chua_co_so_lieu", o.lang) + estimateBasis(row, result, o),
  ].join("  ");
}

/**
 * A total row's line ("Tổng cộng"): its % KH, % CK and tăng/giảm as the sheet shows them, and no
 * verdict, since it is not an indicator (not counted in "đạt và vượt").
 */
export function totalLine(
  row: IndicatorRow,
  total: TotalResult | undefined,
  lines: readonly number[],
  o: ReportOptions,
): string {
  // A label typed in the STT cell ("Tổng cộng" with no name) is shown once, as the name.
  const labelInStt = row.name === "";
  return [
    right(String(lineOf(lines, row.sheetRow)), WIDTHS.row),
    left(labelInStt ? "" : row.stt, WIDTHS.stt),
    padTo(labelInStt ? row.stt : row.name, NAME_WIDTH),
    right(pct(total?.pctPlan ?? null, o), WIDTHS.pct),
    right(pct(total?.pctPrior ?? null, o), WIDTHS.pct),
    right(pct(total?.changePct ?? null, o, true), WIDTHS.pct),
  ].join("  ");
}

/**
 * A row judged on the table's own "Ước thực hiện cả năm" shows the period's % KH (52 % at six
 * months) beside a verdict on the year's estimate (104 %): say what the verdict was judged on.
 */
function estimateBasis(row: IndicatorRow, result: RowResult | undefined, o: ReportOptions): string {
  if (result?.projection !== "estimate" || result.projected === null || result.projected === undefined)
    return "";
  const judgedOnYear =
    result.verdict === "vuot" || result.verdict === "dat" || result.verdict === "khong_dat";
  if (!judgedOnYear) return "";
  const plan = result.planValue ?? null;
  const figure =
    !isPointsKind(row) && plan !== null && plan !== 0
      ? pct((result.projected / plan) * 100, o)
      : `${formatNumber(result.projected, o.convention, o.decimals)}${row.unit.trim() === "%" ? "%" : ` ${row.unit}`.trimEnd()}`;
  return o.lang === "vi" ? ` (theo ước cả năm: ${figure})` : ` (on the year's estimate: ${figure})`;
}

/** The findings' title and one line each; `omitted` findings past those listed are counted. */
export function findingLines(
  findings: readonly Finding[],
  lines: readonly number[],
  L: Lang,
  omitted = 0,
): string[] {
  const out = [findingsTitle(findings.length + omitted)[L]];
  for (const f of findings) {
    const where =
      f.cell === null
        ? ""
        : ` ${f.cell.address} (${L === "vi" ? "dòng" : "line"} ${lineOf(lines, f.cell.row)})`;
    out.push(`  [${SEVERITY_LABELS[f.severity][L]}]${where}: ${messageBesideCell(f, L, "cli")}`);
  }
  if (omitted > 0) out.push(`  ${moreFindings(omitted)[L]}`);
  return out;
}

/** Each group's count (when there are named groups), then the table's. `stts`: each group's STT. */
export function summaryLines(summary: Summary, stts: readonly string[], L: Lang): string[] {
  const out: string[] = [];
  // One group without a name is the whole table: the overall line alone says it.
  const ungrouped = summary.groups.length === 1 && summary.groups[0]?.name === "";
  if (!ungrouped)
    summary.groups.forEach((g, i) => {
      const stt = stts[i] ?? "";
      const label = g.name === "" ? UNGROUPED[L] : `${stt === "" ? "" : `${stt}. `}${g.name}`;
      // The pane's headline and the report say the very same sentence (core summaryText).
      out.push(`${label}: ${summaryText(g, L)}`);
    });
  out.push(`${OVERALL[L]}: ${summaryText(summary, L)}`);
  return out;
}

export function checkReport(check: TableCheck, lines: readonly number[], o: ReportOptions): string {
  const L = o.lang;
  const out: string[] = [];
  const rowCount = check.read.table.groups.reduce((n, g) => n + g.rows.length, 0);
  out.push(tableFoundLine(o.sheetName, rowCount)[L], "");
  out.push(reportHeader(L));
  // The period the rows were judged for (a --period setting may differ from the sheet's).
  const judged = check.results.values().next().value?.period ?? check.read.table.period;
  const basis = priorBasisNote(check.read.layout, check.read.table, judged, L);
  if (basis !== null) out.push(basis);
  for (const line of tableLines(check.read.table.groups, check.read.table.totals)) {
    if (line.kind === "heading") {
      const heading = groupLine(line.group, lines);
      if (heading !== null) out.push(heading);
    } else if (line.kind === "row")
      out.push(rowLine(line.row, check.results.get(line.row.sheetRow), lines, o));
    else out.push(totalLine(line.row, check.totals?.get(line.row.sheetRow), lines, o));
  }
  out.push("", ...findingLines(check.findings, lines, L), "");
  out.push(
    ...summaryLines(
      check.summary,
      check.read.table.groups.map((g) => g.stt),
      L,
    ),
  );
  return `${out.join("\n")}\n`;
}

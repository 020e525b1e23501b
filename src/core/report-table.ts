/**
 * The computed table as a report shows it: one line of display text per group heading and
 * indicator, under a header row. Pure: the CLI's Markdown, CSV and Word reports and the pane's
 * Word report all take their table from here.
 */
import type {
  IndicatorRow,
  Lang,
  NumberConvention,
  RowResult,
  Settings,
  TableCheck,
  Text,
  TotalResult,
} from "./model";
import { verdictLabel } from "./compute";
import { formatNumber, formatPercent } from "./numbers";
import { planPhrase } from "./report";
import { displayName } from "./display-name";
import { tableLines } from "./total-row";

const DASH = "—";

/**
 * Who issues and signs a Word report: kept in the workbook (the pane) or given as flags (the CLI);
 * null leaves a dotted line to fill by hand.
 */
export interface DocumentFields {
  /** Issuing body ("UBND HUYỆN THẠNH LỘC"). */
  unit: string | null;
  /** The document's number and symbol after "Số:" ("15/BC-UBND"). */
  number: string | null;
  /** Who signs, and as what ("CHỦ TỊCH"). */
  signer: string | null;
  position: string | null;
  /** Place name of the date line ("Thạnh Lộc"). */
  place: string | null;
}

export const NO_DOCUMENT_FIELDS: DocumentFields = {
  unit: null,
  number: null,
  signer: null,
  position: null,
  place: null,
};

/** Fields as read from a store: text kept (trimmed, at most 200 characters), anything else null. */
export function documentFieldsFrom(value: unknown): DocumentFields {
  const v = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const text = (x: unknown): string | null =>
    typeof x === "string" && x.trim() !== "" ? x.trim().slice(0, 200) : null;
  return {
    unit: text(v.unit),
    number: text(v.number),
    signer: text(v.signer),
    position: text(v.position),
    place: text(v.place),
  };
}

export const REPORT_COLUMN_HEADERS: Record<
  | "stt"
  | "name"
  | "unit"
  | "plan"
  | "actual"
  | "prior"
  | "pctPlan"
  | "pctStretch"
  | "pctPrior"
  | "changePct"
  | "verdict",
  Text
> = {
  stt: { vi: "STT", en: "No." },
  name: { vi: "Chỉ tiêu", en: "Indicator" },
  unit: { vi: "ĐVT", en: "Unit" },
  plan: { vi: "Kế hoạch", en: "Plan" },
  actual: { vi: "Thực hiện", en: "Actual" },
  prior: { vi: "Cùng kỳ", en: "Prior year" },
  pctPlan: { vi: "% KH", en: "% of plan" },
  pctStretch: { vi: "% Phấn đấu", en: "% of stretch" },
  pctPrior: { vi: "% CK", en: "% of prior" },
  changePct: { vi: "Tăng/giảm (%)", en: "Change (%)" },
  verdict: { vi: "Đánh giá", en: "Verdict" },
};
export const REPORT_COLUMNS = [
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
/** The report table's columns for this table: "% Phấn đấu" after "% KH" when a row has a stretch target. */
export function reportColumns(check: TableCheck): (keyof typeof REPORT_COLUMN_HEADERS)[] {
  const stretch = check.read.table.groups.some((g) => g.rows.some((r) => r.stretch !== null));
  return stretch
    ? REPORT_COLUMNS.flatMap((k) => (k === "pctPlan" ? [k, "pctStretch" as const] : [k]))
    : [...REPORT_COLUMNS];
}

/** First column holding a figure (Kế hoạch), for right alignment. */
export const FIRST_FIGURE = 3;

export interface ReportCells {
  stt: string;
  name: string;
  unit: string;
  plan: string;
  actual: string;
  prior: string;
  pctPlan: number | null;
  /** TH / Phấn đấu × 100, for a row with a stretch target. */
  pctStretch: number | null;
  pctPrior: number | null;
  changePct: number | null;
  verdict: string;
}

/** One indicator row's cells as the report table shows them (percentages as numbers). */
export function reportCells(
  row: IndicatorRow,
  result: RowResult | undefined,
  lang: Lang,
  convention: NumberConvention,
): ReportCells {
  const num = (v: number | null): string => (v === null ? "" : formatNumber(v, convention, 3));
  return {
    stt: row.stt,
    // A lettered part keeps its parent line's name, which the report table has no line for.
    name: displayName(row),
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
    pctStretch: result?.pctStretch ?? null,
    pctPrior: result?.pctPrior ?? null,
    changePct: result?.changePct ?? null,
    verdict: verdictLabel(result?.verdict ?? "chua_co_so_lieu", lang),
  };
}

/** A total row's cells: its own percentages, and no verdict (it is not an indicator). */
export function totalCells(
  row: IndicatorRow,
  total: TotalResult | undefined,
  lang: Lang,
  convention: NumberConvention,
): ReportCells {
  return {
    ...reportCells(row, undefined, lang, convention),
    pctPlan: total?.pctPlan ?? null,
    pctStretch: total?.pctStretch ?? null,
    pctPrior: total?.pctPrior ?? null,
    changePct: total?.changePct ?? null,
    verdict: "",
  };
}

/** A line's cells: an indicator's with its verdict, a total's with its percentages alone. */
export function lineCells(
  check: TableCheck,
  line: { kind: "row" | "total"; row: IndicatorRow },
  lang: Lang,
  convention: NumberConvention,
): ReportCells {
  const { row } = line;
  return line.kind === "row"
    ? reportCells(row, check.results.get(row.sheetRow), lang, convention)
    : totalCells(row, check.totals?.get(row.sheetRow), lang, convention);
}

/**
 * Rows of the computed table, group headings and total rows included, as display text (row 0 is
 * the header).
 */
export function displayRows(check: TableCheck, lang: Lang, settings: Settings): string[][] {
  const pct = (v: number | null): string =>
    v === null ? DASH : formatPercent(v, settings.convention, settings.decimals);
  // A table with a stretch target (Phấn đấu) shows "% Phấn đấu" beside "% KH"; others do not.
  const columns = reportColumns(check);
  const out: string[][] = [columns.map((k) => REPORT_COLUMN_HEADERS[k][lang])];
  for (const line of tableLines(check.read.table.groups, check.read.table.totals)) {
    if (line.kind === "heading") {
      const { group } = line;
      if (group.name !== "") out.push([group.stt, group.name, ...columns.slice(2).map(() => "")]);
      continue;
    }
    const c = lineCells(check, line, lang, settings.convention);
    const cell: Record<(typeof columns)[number], string> = {
      stt: c.stt,
      name: c.name,
      unit: c.unit,
      plan: c.plan,
      actual: c.actual,
      prior: c.prior,
      pctPlan: pct(c.pctPlan),
      pctStretch: pct(c.pctStretch),
      pctPrior: pct(c.pctPrior),
      changePct: pct(c.changePct),
      verdict: c.verdict,
    };
    out.push(columns.map((k) => cell[k]));
  }
  return out;
}

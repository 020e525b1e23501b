/**
 * reported_pct_*: every % a table prints beside its figures, against ours, by one rule: the
 * "Báo cáo" column (a source's printed % KH, "% báo cáo") and the office's own comparison columns
 * (% KH, % CK, tăng/giảm, chênh lệch). Within the rounding of its last digit: nothing; ours cut
 * instead of rounded (35 / 30 printed 116,66): an info; else a warning. Each names its cell.
 */
import type { Finding, IndicatorRow, PrintedColumn, PrintedFigure, RowResult, Settings } from "../model";
import { comparePrinted, isPointsKind, planValue } from "../compute";
import type { MessageParams } from "../messages/index";
import { formatNumber } from "../numbers";
import { NO_FINDINGS, cellFinding, rowFinding } from "./finding";

const NOTHING: ReadonlySet<string> = new Set();

/** A printed % as read: its value, the text typed (whose decimals say how it was rounded), and
 *  whether it is a number without a % format (1,1733 may be 117,33 % that lost its format). */
export type PrintedReading = Pick<PrintedFigure, "value" | "text" | "unformatted">;

/** What a printed % is against the one we compute. */
export type PrintedVerdict = "rounded" | "truncated" | "mismatch";

/**
 * The one rule: "rounded" within the rounding of the printed figure's last digit (117,33 ± 0,005;
 * 171 ± 0,5), "truncated" when it is ours cut instead of rounded (116,66 for 116,666…), else
 * "mismatch". A number without a % format is tried as a fraction too (1,1733 → 117,33 %).
 */
export function judgePrinted(computed: number, figure: PrintedReading): PrintedVerdict {
  let verdict = comparePrinted(computed, figure.value, figure.text ?? undefined);
  if (verdict === "mismatch" && figure.unformatted)
    verdict = comparePrinted(computed, Number((figure.value * 100).toPrecision(15)));
  return verdict === "match" ? "rounded" : verdict;
}

/** The "Báo cáo" column: the % KH a source printed, against ours. */
export function reportedPct(
  row: IndicatorRow,
  result: RowResult,
  settings: Settings,
  explained: ReadonlySet<string> = NOTHING,
): readonly Finding[] {
  // Our % is off when its figures are: the finding on the figure says so already.
  if (explained.has("actual") || explained.has("plan")) return NO_FINDINGS;
  const printed = row.reportedPct;
  const computed = result.pctPlan;
  if (printed === null || computed === null) return NO_FINDINGS;
  const raw = row.raw.reportedPct;
  const figure: PrintedReading = {
    value: printed,
    text: typeof raw === "string" ? raw : null,
    // A number the reader did not scale (no % format): as an office column's figure, 1,1733 may be 117,33 %.
    unformatted: typeof raw === "number" && raw === printed,
  };
  const verdict = judgePrinted(computed, figure);
  if (verdict === "rounded") return NO_FINDINGS;
  return [printedFinding(row, settings, "reportedPct", figure.value, computed, verdict)];
}

/** The inputs each printed figure is made of: a finding on one of them explains a mismatch. */
const MADE_OF: Record<PrintedColumn, readonly string[]> = {
  pctPlan: ["actual", "plan"],
  pctPrior: ["actual", "prior"],
  changePct: ["actual", "prior"],
  diffPoints: ["actual", "plan"],
};

/** Each figure the office typed in its own comparison columns, against ours. */
export function printedFigures(
  row: IndicatorRow,
  result: RowResult,
  settings: Settings,
  explained: ReadonlySet<string> = NOTHING,
): readonly Finding[] {
  const printed = row.printed;
  if (printed === undefined) return NO_FINDINGS;
  let out: Finding[] | null = null;
  for (const key of Object.keys(printed) as PrintedColumn[]) {
    const figure = printed[key];
    if (figure === undefined || MADE_OF[key].some((c) => explained.has(c))) continue;
    // A rate, growth or share is compared in điểm % (Chênh lệch); its % KH is optional, and offices
    // put different things there (the ratio of two rates, the points, the rate itself): a figure in
    // it is not checked rather than called wrong.
    if (key === "pctPlan" && isPointsKind(row)) continue;
    const computed = result[key];
    if (computed === null) continue;
    const verdict = judgePrinted(computed, figure);
    if (verdict === "rounded") continue;
    (out ??= []).push(printedFinding(row, settings, key, figure.value, computed, verdict, figure));
  }
  return out ?? NO_FINDINGS;
}

/**
 * The finding for one printed % (Báo cáo or an office column): truncated is an info, a mismatch a
 * warning; the message names the column, both figures and the sum ours comes from.
 */
function printedFinding(
  row: IndicatorRow,
  settings: Settings,
  key: PrintedColumn | "reportedPct",
  printed: number,
  computed: number,
  verdict: "truncated" | "mismatch",
  at?: PrintedFigure,
): Finding {
  const code = verdict === "truncated" ? "reported_pct_truncated" : "reported_pct_mismatch";
  const severity = verdict === "truncated" ? "info" : "warning";
  const params = (): MessageParams => {
    const points = key === "diffPoints";
    const c = settings.convention;
    const n = (x: number | null): string => (x === null ? "—" : formatNumber(x, c, 6));
    const show = (x: number, decimals: number): string => {
      const text = formatNumber(x, c, decimals);
      return points ? `${x > 0 ? "+" : ""}${text}` : `${text}%`;
    };
    const th = n(row.actual);
    const base = key === "pctPrior" || key === "changePct" ? n(row.prior) : n(planValue(row));
    const how =
      key === "changePct"
        ? `(${th} − ${base}) / ${base.replace(/^-/, "")}`
        : key === "diffPoints"
          ? `${th} − ${base}`
          : `${th} / ${base}`;
    return {
      name: row.name,
      printed: show(printed, 6),
      computed: show(computed, settings.decimals),
      how,
      points: points ? 1 : 0,
    };
  };
  // The Báo cáo column is an input column of the row (its cell, or the row when it has none).
  return at === undefined
    ? rowFinding(code, severity, row, "reportedPct", params)
    : cellFinding(code, severity, at.cell, key, params);
}

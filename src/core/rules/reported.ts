/**
 * reported_pct_*: the % the source printed, against the % KH we compute; and the figures an office
 * typed in its own comparison columns (% KH, % CK, tăng/giảm, chênh lệch), against ours.
 */
import type { Finding, IndicatorRow, PrintedColumn, PrintedFigure, RowResult, Settings } from "../model";
import { comparePrinted, isPointsKind, planValue } from "../compute";
import type { MessageParams } from "../messages/index";
import { formatNumber } from "../numbers";
import { NO_FINDINGS, cellFinding, rowFinding } from "./finding";

const NOTHING: ReadonlySet<string> = new Set();

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
  const printedText = typeof raw === "string" ? raw : undefined;
  const verdict = comparePrinted(computed, printed, printedText);
  if (verdict === "match") return NO_FINDINGS;
  return [printedFinding(row, settings, printed, computed, verdict === "truncated")];
}

/** Apart from reportedPct, so the closure's context is made only for a finding, not every row. */
function printedFinding(
  row: IndicatorRow,
  settings: Settings,
  printed: number,
  computed: number,
  truncated: boolean,
): Finding {
  const params = (): MessageParams => ({
    name: row.name,
    printed: `${formatNumber(printed, settings.convention, 6)}%`,
    computed: `${formatNumber(computed, settings.convention, settings.decimals)}%`,
  });
  return truncated
    ? rowFinding("reported_pct_truncated", "info", row, "reportedPct", params)
    : rowFinding("reported_pct_mismatch", "warning", row, "reportedPct", params);
}

/** The inputs each printed figure is made of: a finding on one of them explains a mismatch. */
const MADE_OF: Record<PrintedColumn, readonly string[]> = {
  pctPlan: ["actual", "plan"],
  pctPrior: ["actual", "prior"],
  changePct: ["actual", "prior"],
  diffPoints: ["actual", "plan"],
};

/**
 * Each figure the office typed in its own comparison columns, against ours: a warning when it is
 * off by more than the rounding of its last digit. Cut instead of rounded (35 / 30 printed
 * 116,66) is within what DOMAIN.md calls fine for a table's own column: nothing is said.
 */
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
    if (computed === null || agrees(computed, figure)) continue;
    (out ??= []).push(printedMismatch(row, settings, key, figure, computed));
  }
  return out ?? NO_FINDINGS;
}

/** Within the rounding (or cut) of the printed figure's last digit; 1,1733 unformatted as 117,33 %. */
function agrees(computed: number, figure: PrintedFigure): boolean {
  if (comparePrinted(computed, figure.value, figure.text ?? undefined) !== "mismatch") return true;
  if (!figure.unformatted) return false;
  const asPercent = Number((figure.value * 100).toPrecision(15));
  return comparePrinted(computed, asPercent) !== "mismatch";
}

function printedMismatch(
  row: IndicatorRow,
  settings: Settings,
  key: PrintedColumn,
  figure: PrintedFigure,
  computed: number,
): Finding {
  const points = key === "diffPoints";
  return cellFinding("reported_pct_mismatch", "warning", figure.cell, key, () => {
    const c = settings.convention;
    const n = (x: number | null): string => (x === null ? "—" : formatNumber(x, c, 6));
    const show = (x: number, decimals: number): string => {
      const text = formatNumber(x, c, decimals);
      return points ? `${x > 0 ? "+" : ""}${text}` : `${text}%`;
    };
    const th = n(row.actual);
    const base = key === "pctPlan" || key === "diffPoints" ? n(planValue(row)) : n(row.prior);
    const how =
      key === "changePct"
        ? `(${th} − ${base}) / ${base.replace(/^-/, "")}`
        : key === "diffPoints"
          ? `${th} − ${base}`
          : `${th} / ${base}`;
    return {
      name: row.name,
      printed: show(figure.value, 6),
      computed: show(computed, settings.decimals),
      how,
      points: points ? 1 : 0,
    };
  });
}

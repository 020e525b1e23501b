/** prior_outlier: an actual far from the same period last year deserves a second look. */
import type { Finding, IndicatorRow, RowResult, Settings } from "../model";
import { formatNumber } from "../numbers";
import { NO_FINDINGS, rowFinding } from "./finding";

/** A change against the prior year beyond ±50 % is rare enough in these tables to ask about. */
export const PRIOR_OUTLIER_PCT = 50;

export function priorOutlier(
  row: IndicatorRow,
  result: RowResult,
  settings: Settings,
  explained: ReadonlySet<string>,
): readonly Finding[] {
  if (row.kind !== "quantity" || row.actual === null || row.prior === null) return NO_FINDINGS;
  // A ×1000 slip, a negative count or an unsure reading explains the gap already.
  if (explained.has("actual") || explained.has("prior")) return NO_FINDINGS;
  const change = result.changePct;
  if (change === null || !Number.isFinite(change) || Math.abs(change) <= PRIOR_OUTLIER_PCT)
    return NO_FINDINGS;
  return [outlier(row, settings, row.actual, row.prior, change)];
}

/** Apart from priorOutlier, so the closure's context is made only for a finding, not every row. */
function outlier(
  row: IndicatorRow,
  settings: Settings,
  actual: number,
  prior: number,
  change: number,
): Finding {
  const sign = change > 0 ? "+" : "";
  return rowFinding("prior_outlier", "warning", row, "actual", () => ({
    name: row.name,
    actual: formatNumber(actual, settings.convention, 3),
    prior: formatNumber(prior, settings.convention, 3),
    change: `${sign}${formatNumber(change, settings.convention, settings.decimals)}%`,
    threshold: PRIOR_OUTLIER_PCT,
    up: change > 0 ? 1 : 0,
  }));
}

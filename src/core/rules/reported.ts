/** reported_pct_*: the % the source printed, against the % KH we compute. */
import type { Finding, IndicatorRow, RowResult, Settings } from "../model";
import { comparePrinted } from "../compute";
import type { MessageParams } from "../messages/index";
import { formatNumber } from "../numbers";
import { NO_FINDINGS, rowFinding } from "./finding";

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

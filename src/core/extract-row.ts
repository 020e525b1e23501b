/** A proposal → the cells of a canonical table row (what the pane writes when the user confirms it). */
import { type CellValue, type InputColumn, KIND_WORDS } from "./model";
import { formatNumber, formatPercent } from "./numbers";
import type { Proposal } from "./extract-types";

// ---------------------------------------------------------------------------------------------
// Proposal → the cells of a canonical table row

export interface RowOptions {
  /**
   * Derive KH from TH and "đạt X% kế hoạch", CK from "tăng X%" or "bằng X% cùng kỳ" (rounded to the
   * actual's decimals), as the seed tables do; the note says which were derived. Default true.
   */
  derive?: boolean;
}

export function decimalsOf(value: number): number {
  const s = String(value);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(3, s.length - dot - 1);
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * The base (KH or CK) from the actual and a printed percentage, with the fewest decimals (at least
 * the actual's) that give the printed figure back when recomputed and rounded as it was printed:
 * 37,2 up 0,4% comes from 37,05 (+0,40%), not 37,1 (+0,27%). Articles sometimes truncate
 * (35 / 30 printed 116,66%), so a recomputed figure that truncates to the printed one also holds.
 */
function deriveBase(
  exact: number,
  actual: number,
  printed: number,
  recompute: (base: number) => number,
): number {
  const shown = decimalsOf(printed);
  const from = decimalsOf(actual);
  for (let d = from; d <= from + 6; d++) {
    const base = roundTo(exact, d);
    if (base === 0) continue;
    const back = recompute(base);
    const cut = Math.trunc(back * 10 ** shown) / 10 ** shown;
    if (Math.abs(roundTo(back, shown) - printed) < 1e-9 || Math.abs(cut - printed) < 1e-9) return base;
  }
  return Number(exact.toPrecision(12));
}

/** One canonical row (keys are the table's input columns), ready for the user to confirm. */
export function proposalToRow(p: Proposal, options: RowOptions = {}): Record<InputColumn, CellValue> {
  const derive = options.derive ?? true;
  const notes: string[] = [];
  if (p.estimate) notes.push("Ước thực hiện");
  let plan: CellValue = p.plan ?? p.planText;
  let prior: number | null = null;
  const points = p.unit === "%";
  if (derive && plan === null && p.actual !== null && p.pctPlan !== null && p.pctPlan > 0 && !points) {
    const actual = p.actual;
    plan = deriveBase((actual * 100) / p.pctPlan, actual, p.pctPlan, (b) => (actual / b) * 100);
    notes.push(`KH suy ra từ ${formatPercent(p.pctPlan, "vi", decimalsOf(p.pctPlan))} kế hoạch`);
  }
  if (derive && p.actual !== null && !points) {
    if (p.pctPrior !== null && p.pctPrior > 0) {
      const actual = p.actual;
      prior = deriveBase((actual * 100) / p.pctPrior, actual, p.pctPrior, (b) => (actual / b) * 100);
      notes.push(`CK suy ra từ ${formatPercent(p.pctPrior, "vi", decimalsOf(p.pctPrior))} cùng kỳ`);
    } else if (p.changePct !== null && p.changePct > -100) {
      const actual = p.actual;
      prior = deriveBase(
        actual / (1 + p.changePct / 100),
        actual,
        p.changePct,
        (b) => ((actual - b) / Math.abs(b)) * 100,
      );
      notes.push(
        `CK suy ra từ ${p.changePct < 0 ? "giảm" : "tăng"} ${formatPercent(Math.abs(p.changePct), "vi", decimalsOf(p.changePct))}`,
      );
    }
  }
  if (p.ambiguous !== null)
    notes.push(`Kiểm tra số: có thể là ${formatNumber(p.ambiguous.alternative, "vi", 3)}`);
  return {
    stt: null,
    name: p.name,
    unit: p.unit,
    kind: KIND_WORDS[p.kind],
    direction: p.direction === null ? null : p.direction === "down" ? "Giảm" : "Tăng",
    plan,
    stretch: p.stretch,
    actual: p.actual,
    prior,
    reportedPct: p.pctPlan,
    note: notes.length > 0 ? notes.join("; ") : null,
  };
}

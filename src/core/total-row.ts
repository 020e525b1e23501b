/**
 * Total rows ("Tổng cộng", "Tổng số", "Cộng", "Toàn huyện"…) that offices add under a group or at
 * the bottom of a table: the sum of the rows above, not a target of the resolution. The reader
 * (table.ts) passes them over, so they are never counted in "Đạt và vượt x/y"; a finding says the
 * row was read as a total, and whether its figures are the sum of the rows above.
 */
import type { IndicatorGroup, IndicatorRow } from "./model";
import { foldHeader } from "./headers";

/**
 * The whole label, folded: "Tổng cộng", "Tổng số", "Tổng", "Cộng", "Cộng nhóm I", "Tổng cộng (A+B)",
 * "Toàn huyện", "Toàn tỉnh"…, "Total". A name that goes on ("Tổng số hộ nghèo", "Tổng thu ngân
 * sách", "Cộng đồng…") is an indicator, so only a label standing alone is a total.
 */
const TOTAL_LABEL =
  /^(?:tong cong|tong so|tong|cong|toan (?:huyen|tinh|xa|phuong|quan|thi xa|thi tran|thanh pho|nganh|don vi)|(?:grand |sub-?)?total)(?:\s+(?:nhom\s+)?[ivxl\d]+)?\s*[:.]?\s*(?:\([^)]*\))?\s*[:.]?$/;

/**
 * A quick look before folding, run on every row's name: each label above starts "To", "Tô", "Tổ",
 * "Co", "Cộ" (precomposed or not), "Total", "Grand" or "Sub"; "Tỷ lệ", "Thu", "Chi" do not.
 */
const MAY_BE_TOTAL = /^\s*(?:[Tt][OoÔôỔổ]|[Cc][OoỘộÔô]|[Gg]rand|[Ss]ub)/;

export function isTotalLabel(text: string): boolean {
  return text.length <= 40 && MAY_BE_TOTAL.test(text) && TOTAL_LABEL.test(foldHeader(text));
}

/** A line of a table as the reports list it: a group heading, an indicator, or a total row. */
export type TableLine =
  | { kind: "heading"; group: IndicatorGroup }
  | { kind: "row"; group: IndicatorGroup; row: IndicatorRow }
  | { kind: "total"; row: IndicatorRow };

/**
 * The groups' headings and rows with the total rows between them where the sheet has them (a
 * subtotal under its group, a grand total at the end), for the reports that list the table.
 */
export function tableLines(
  groups: readonly IndicatorGroup[],
  totals: readonly IndicatorRow[] = [],
): TableLine[] {
  const out: TableLine[] = [];
  let next = 0;
  const totalsBefore = (sheetRow: number): void => {
    for (; next < totals.length && totals[next]!.sheetRow < sheetRow; next++)
      out.push({ kind: "total", row: totals[next]! });
  };
  for (const group of groups) {
    if (group.sheetRow !== null) totalsBefore(group.sheetRow);
    out.push({ kind: "heading", group });
    for (const row of group.rows) {
      totalsBefore(row.sheetRow);
      out.push({ kind: "row", group, row });
    }
  }
  totalsBefore(Infinity);
  return out;
}

/** The figures a total row is checked on: Thực hiện, Kế hoạch (a plain figure), Cùng kỳ. */
export const TOTAL_FIGURES = ["actual", "plan", "prior"] as const;
export type TotalFigure = (typeof TOTAL_FIGURES)[number];

/**
 * Running sums of the indicator rows read: numbers only, added in place, so a row read costs no
 * allocation. A figure that cannot be summed (a plan given as a range or words) makes its sum NaN:
 * that figure is then not checked.
 */
export class RowSums {
  actual = 0;
  plan = 0;
  prior = 0;
  rows = 0;

  add(row: IndicatorRow): void {
    this.actual += row.actual ?? 0;
    const t = row.target;
    this.plan += t === null ? 0 : t.kind === "value" ? t.value : NaN;
    this.prior += row.prior ?? 0;
    this.rows++;
  }

  reset(): void {
    this.actual = 0;
    this.plan = 0;
    this.prior = 0;
    this.rows = 0;
  }
}

/** A total row's own figure for each checked column (null when its cell is empty). */
export function totalFigures(row: IndicatorRow): Record<TotalFigure, number | null> {
  const t = row.target;
  return {
    actual: row.actual,
    plan: t === null ? null : t.kind === "value" ? t.value : NaN,
    prior: row.prior,
  };
}

/**
 * Offices round their figures: a total within 0,5 % of the sum (or 0,01 for small figures) is the
 * sum. A guess at how offices round, not a rule they state.
 */
function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.005 * Math.abs(b), 0.01);
}

/** The first figure that is not the sum of `sums`, or null when every figure given is (and one is). */
export function firstMismatch(
  own: Record<TotalFigure, number | null>,
  sums: RowSums,
): { figure: TotalFigure; typed: number; sum: number } | null | "nothing" {
  if (sums.rows === 0) return "nothing";
  let compared = 0;
  for (const figure of TOTAL_FIGURES) {
    const typed = own[figure];
    const sum = sums[figure];
    if (typed === null || Number.isNaN(typed) || Number.isNaN(sum)) continue;
    compared++;
    if (!sameFigure(typed, sum)) return { figure, typed, sum };
  }
  return compared === 0 ? "nothing" : null;
}

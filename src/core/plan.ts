/**
 * computePlan: what the add-in (and the CLI, into xlsx) writes into a table's computed columns.
 * Pure and idempotent: a table that already carries our columns gets the very same plan again,
 * because existing computed columns are found by their headers and kept where they are.
 */
import type {
  Block,
  CellContent,
  CellValue,
  ComputedColumn,
  ComputePlan,
  ConditionalRule,
  Direction,
  IndicatorGroup,
  IndicatorRow,
  InputColumn,
  Lang,
  PeriodColumn,
  Settings,
  SheetPlan,
  StyledRange,
  TableLayout,
  TableRead,
  Verdict,
} from "./model";
import { COMPUTED_COLUMNS, INPUT_COLUMNS, PERIOD_COLUMNS } from "./model";
import { assertPeriodFits, effectivePeriod, priorFullYear, tableComparesYearEstimate } from "./period";
import { colLetter, rangeA1, toA1 } from "./a1";
import {
  COMPUTED_HEADERS,
  computedNumberFormats,
  groupSummaryFormula,
  rowFormulas,
  summaryFormula,
  yearEstimateHeaders,
  type NotCombinedContext,
  type PeriodFormulaContext,
} from "./formulas";
import { VERDICT_LABELS, effectiveDirection, isYesNoRow, verdictLabel } from "./compute";
import { termComputePlan } from "./term-plan";

/** Left-to-right order of computed columns when they are appended. */
/** Verdict colours (fill, font), as hex. Chưa có số liệu keeps the cell's own look. */
export const VERDICT_COLOURS: Record<Exclude<Verdict, "chua_co_so_lieu">, { fill: string; font: string }> = {
  vuot: { fill: "#1E7B34", font: "#FFFFFF" },
  dat: { fill: "#C6EFCE", font: "#006100" },
  co_ban_dat: { fill: "#FFEB9C", font: "#9C5700" },
  khong_dat: { fill: "#FFC7CE", font: "#9C0006" },
  // Reported without a target: a quiet blue, apart from every judged colour.
  khong_giao_ke_hoach: { fill: "#DDEBF7", font: "#1F4E79" },
  dung_tien_do: { fill: "#E2EFDA", font: "#375623" },
  cham_tien_do: { fill: "#FCE4D6", font: "#843C0C" },
};

/** % KH colours: good means reached by the row's direction. */
export const PCT_PLAN_COLOURS = {
  good: { fill: "#C6EFCE", font: "#006100" },
  bad: { fill: "#FFC7CE", font: "#9C0006" },
} as const;

/** The % KH cell's look for each verdict: reached green, Cơ bản đạt amber (as its verdict), not reached red. */
const PCT_PLAN_LOOKS: readonly (readonly [{ fill: string; font: string }, readonly Verdict[]])[] = [
  [PCT_PLAN_COLOURS.good, ["vuot", "dat"]],
  [VERDICT_COLOURS.co_ban_dat, ["co_ban_dat"]],
  [PCT_PLAN_COLOURS.bad, ["khong_dat"]],
];

/** Rows between the table's last row and the overall summary line. */
const SUMMARY_GAP = 2;

/** Which computed columns the table gets, and where. */
export function planColumns(layout: TableLayout): Partial<Record<ComputedColumn, number>> {
  const wanted = new Set<ComputedColumn>(
    COMPUTED_COLUMNS.filter((c) => c !== "pctStretch" || layout.columns.stretch !== undefined),
  );
  // The office's own comparison columns are the user's: ours go right of them too.
  const used = [...Object.values(layout.columns), ...Object.values(layout.reported ?? {})].filter(
    (c): c is number => c !== undefined,
  );
  let next = Math.max(layout.lastCol ?? -1, ...used, -1) + 1;
  const columns: Partial<Record<ComputedColumn, number>> = {};
  for (const column of COMPUTED_COLUMNS) {
    const existing = layout.columns[column];
    if (existing !== undefined) columns[column] = existing;
    else if (wanted.has(column)) columns[column] = next++;
  }
  return columns;
}

/** Sorted runs of adjacent columns: [[3,4,5],[9]]. */
function contiguousRuns(
  columns: Partial<Record<ComputedColumn, number>>,
): { col: number; keys: ComputedColumn[] }[] {
  const placed = COMPUTED_COLUMNS.flatMap((key) => {
    const col = columns[key];
    return col === undefined ? [] : [{ key, col }];
  }).sort((a, b) => a.col - b.col);
  const runs: { col: number; keys: ComputedColumn[] }[] = [];
  for (const p of placed) {
    const run = runs[runs.length - 1];
    if (run && run.col + run.keys.length === p.col) run.keys.push(p.key);
    else runs.push({ col: p.col, keys: [p.key] });
  }
  return runs;
}

/** A1 addresses of a row's input cells, from the layout (so empty cells are referenced too). */
function inputCells(layout: TableLayout, sheetRow: number): Partial<Record<InputColumn, string>> {
  const cells: Partial<Record<InputColumn, string>> = {};
  for (const key of INPUT_COLUMNS) {
    const col = layout.columns[key];
    if (col !== undefined) cells[key] = toA1(sheetRow, col);
  }
  return cells;
}

/** A1 addresses of a row's "Ước thực hiện cả năm" and prior full-year cells, when the table has them. */
function periodCells(layout: TableLayout, sheetRow: number): Partial<Record<PeriodColumn, string>> {
  const cells: Partial<Record<PeriodColumn, string>> = {};
  for (const key of PERIOD_COLUMNS) {
    const col = layout.columns[key];
    if (col !== undefined) cells[key] = toA1(sheetRow, col);
  }
  return cells;
}

/**
 * An empty Kế hoạch cell is written as a live reference, as if a number were there: typing the
 * plan later then judges the row at once, and while the cell is empty the ISNUMBER guards give
 * "—" and "Chưa có số liệu", as computeRow does for a row without a target.
 */
function formulaRow(row: IndicatorRow, hasPlanColumn: boolean): IndicatorRow {
  // With no Kế hoạch column there is no cell to type a plan in later: the row stays without a
  // target ("Không giao kế hoạch", as computeRow says), not one of 0 that every actual exceeds.
  if (!hasPlanColumn) return row;
  const raw = row.raw.plan;
  const blank = raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
  if (row.target !== null || !blank || isYesNoRow(row)) return row;
  // Without a raw plan, formulas.ts treats the plan as the cell's own number and references it.
  const { plan: _empty, ...rest } = row.raw;
  return { ...row, target: { kind: "value", value: 0 }, raw: rest };
}

/**
 * A total row's cells: its live % KH, % CK, tăng/giảm and chênh lệch, as offices print them, read
 * as an indicator's are; its verdict cell stays empty, so the summary's COUNTIF never counts it.
 */
function totalFormulas(
  row: IndicatorRow,
  cells: Partial<Record<InputColumn, string>>,
  settings: Settings,
  context: PeriodFormulaContext,
): Record<ComputedColumn, string> {
  return { ...rowFormulas(row, cells, settings, context), verdict: "" };
}

type RowRole =
  | { kind: "indicator"; row: IndicatorRow }
  | { kind: "heading"; group: IndicatorGroup }
  | { kind: "total"; row: IndicatorRow };

function rowRoles(read: TableRead): Map<number, RowRole> {
  const roles = new Map<number, RowRole>();
  for (const group of read.table.groups) {
    if (group.sheetRow !== null) roles.set(group.sheetRow, { kind: "heading", group });
    for (const row of group.rows) roles.set(row.sheetRow, { kind: "indicator", row });
  }
  for (const row of read.table.totals ?? []) roles.set(row.sheetRow, { kind: "total", row });
  return roles;
}

/** The verdict cells of a group's indicator rows, first to last; null for an empty group. */
function groupVerdictRange(group: IndicatorGroup, verdictCol: number): string | null {
  const first = group.rows[0];
  const last = group.rows[group.rows.length - 1];
  if (!first || !last) return null;
  return rangeA1(first.sheetRow, verdictCol, last.sheetRow, verdictCol);
}

/** What a merged sheet adds to its plan (merge.ts buildMergeSheet). */
export interface PlanOptions {
  /** Rows whose units' figures the merge could not combine, by sheet row. */
  notCombined?: ReadonlyMap<number, NotCombinedContext>;
}

export function computePlan(read: TableRead, settings: Settings, options: PlanOptions = {}): ComputePlan {
  assertPeriodFits(read, settings);
  // A term table has its own columns: the path so far, what is needed, the projection.
  if (read.layout.term !== undefined) return termComputePlan(read, settings);
  const { layout } = read;
  const columns = planColumns(layout);
  const runs = contiguousRuns(columns);
  const roles = rowRoles(read);
  const top = layout.firstDataRow;
  const bottom = Math.max(layout.lastDataRow, top - 1);
  const height = bottom - top + 1;
  const verdictCol = columns.verdict;
  const formats = computedNumberFormats(settings.decimals);
  const lang = settings.language;

  const period = effectivePeriod(read.table, settings);
  const formulasByRow = new Map<number, Record<ComputedColumn, string>>();
  for (const [sheetRow, role] of roles) {
    if (role.kind !== "heading") {
      const cells = inputCells(layout, sheetRow);
      const context = { period, cells: periodCells(layout, sheetRow) };
      const apart = options.notCombined?.get(sheetRow);
      const row = formulaRow(role.row, layout.columns.plan !== undefined);
      formulasByRow.set(
        sheetRow,
        role.kind === "indicator"
          ? rowFormulas(row, cells, settings, context, apart)
          : totalFormulas(row, cells, settings, context),
      );
    }
  }

  const contentFor = (sheetRow: number, key: ComputedColumn): CellContent => {
    const role = roles.get(sheetRow);
    if (role === undefined) return "";
    if (role.kind !== "heading") return formulasByRow.get(sheetRow)?.[key] ?? "";
    // A heading row is the user's, except its verdict cell, which counts the group.
    if (key !== "verdict" || verdictCol === undefined) return null;
    const range = groupVerdictRange(role.group, verdictCol);
    const apart = role.group.rows.some((r) => options.notCombined?.has(r.sheetRow) === true);
    return range === null ? "" : groupSummaryFormula(range, lang, apart);
  };

  // A partial period compared with the prior full year says so in its headers (AUDIT3 F8).
  const names = tableComparesYearEstimate(layout, period)
    ? { ...COMPUTED_HEADERS, ...yearEstimateHeaders(priorFullYear(read.table)) }
    : COMPUTED_HEADERS;
  const blocks: Block[] = [];
  const headers: Block[] = [];
  const styles: StyledRange[] = [];
  for (const run of runs) {
    const right = run.col + run.keys.length - 1;
    headers.push({
      row: layout.headerBottom,
      col: run.col,
      contents: [run.keys.map((k) => names[k][lang])],
    });
    styles.push({
      address: rangeA1(layout.headerBottom, run.col, layout.headerBottom, right),
      style: "header",
    });
    if (height <= 0) continue;
    const contents: CellContent[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = top; r <= bottom; r++) {
      contents.push(run.keys.map((k) => contentFor(r, k)));
      numberFormats.push(run.keys.map((k) => formats[k]));
    }
    blocks.push({ row: top, col: run.col, contents, numberFormats });
    styles.push({ address: rangeA1(top, run.col, bottom, right), style: "computed" });
  }

  const summaryRow = bottom + SUMMARY_GAP;
  const summaryCol = layout.columns.name ?? layout.columns.stt ?? 0;
  const verdictRange =
    verdictCol === undefined || height <= 0 ? null : rangeA1(top, verdictCol, bottom, verdictCol);
  const summary = {
    row: summaryRow,
    col: summaryCol,
    formula:
      verdictRange === null ? "" : summaryFormula([verdictRange], lang, (options.notCombined?.size ?? 0) > 0),
  };
  styles.push({ address: toA1(summaryRow, summaryCol), style: "summary" });

  return {
    columns,
    headers,
    blocks,
    summary,
    conditionalRules: height > 0 ? conditionalRules(read, columns, top, bottom, lang) : [],
    styles,
    // Only the columns we append: a computed column the user already had keeps its width.
    columnWidths: (Object.entries(columns) as [ComputedColumn, number][])
      .filter(([key]) => layout.columns[key] === undefined)
      .map(([key, col]) => ({ col, chars: computedWidth(key) })),
  };
}

/** "-100,00%" and the longest verdict label: what a computed cell may show, in characters. */
const COMPUTED_CONTENT_CHARS: Record<ComputedColumn, number> = {
  pctPlan: 9,
  pctStretch: 9,
  pctPrior: 9,
  changePct: 9,
  diffPoints: 9,
  verdict: Math.max(...Object.values(VERDICT_LABELS).flatMap((t) => [t.vi.length, t.en.length])),
};

/**
 * Characters a computed column needs: its widest content, or the longest word of its header (a
 * header wraps between words, never inside one), plus a margin; Calibri 11 digits are about one
 * character each.
 */
export function computedWidth(key: ComputedColumn): number {
  const words = [COMPUTED_HEADERS[key].vi, COMPUTED_HEADERS[key].en].flatMap((h) => h.split(/\s+/));
  return Math.max(COMPUTED_CONTENT_CHARS[key], ...words.map((w) => w.length)) + 2;
}

/**
 * The colour rules of the verdict and % KH columns over sheet rows top..bottom; they match the
 * verdict labels in `lang`, the language the verdict formulas are written in in the same run.
 */
export function conditionalRules(
  read: TableRead,
  columns: Partial<Record<ComputedColumn, number>>,
  top: number,
  bottom: number,
  lang: Lang = "vi",
): ConditionalRule[] {
  const rules: ConditionalRule[] = [];
  const verdictCol = columns.verdict;
  if (verdictCol !== undefined) {
    const anchor = toA1(top, verdictCol);
    const address = rangeA1(top, verdictCol, bottom, verdictCol);
    for (const [verdict, colour] of Object.entries(VERDICT_COLOURS) as [
      keyof typeof VERDICT_COLOURS,
      { fill: string; font: string },
    ][]) {
      rules.push({ address, formula: `=${anchor}="${verdictLabel(verdict, lang)}"`, ...colour });
    }
  }
  const pctCol = columns.pctPlan;
  if (pctCol !== undefined && verdictCol !== undefined) {
    // % KH takes its colour from the row's own verdict, so the two never disagree (a tolerance, a
    // Cơ bản đạt band or an exclusive limit all decide the verdict, not the ratio alone).
    const anchor = toA1(top, pctCol);
    const verdict = `$${colLetter(verdictCol)}${top + 1}`;
    const address = rangeA1(top, pctCol, bottom, pctCol);
    for (const [look, verdicts] of PCT_PLAN_LOOKS) {
      const test = verdicts.map((v) => `${verdict}="${verdictLabel(v, lang)}"`);
      const which = test.length === 1 ? test[0] : `OR(${test.join(",")})`;
      rules.push({ address, formula: `=AND(ISNUMBER(${anchor}),${which})`, ...look });
    }
  } else if (pctCol !== undefined) {
    for (const run of directionRuns(read, top, bottom)) {
      const anchor = toA1(run.from, pctCol);
      const address = rangeA1(run.from, pctCol, run.to, pctCol);
      // % KH is written as a fraction (1 = 100 %); lower is better reverses the colours.
      const good = run.direction === "up" ? `${anchor}>=1` : `${anchor}<=1`;
      const bad = run.direction === "up" ? `${anchor}<1` : `${anchor}>1`;
      rules.push({ address, formula: `=AND(ISNUMBER(${anchor}),${good})`, ...PCT_PLAN_COLOURS.good });
      rules.push({ address, formula: `=AND(ISNUMBER(${anchor}),${bad})`, ...PCT_PLAN_COLOURS.bad });
    }
  }
  return rules;
}

/**
 * Runs of indicator rows sharing a direction; headings and blank rows between same-direction rows
 * stay inside the run (their % KH cell is never a number, so the rules leave them alone).
 */
export function directionRuns(
  read: TableRead,
  top: number,
  bottom: number,
): { from: number; to: number; direction: Direction }[] {
  const rows = read.table.groups
    .flatMap((g) => g.rows)
    .filter((r) => r.sheetRow >= top && r.sheetRow <= bottom)
    .sort((a, b) => a.sheetRow - b.sheetRow);
  const runs: { from: number; to: number; direction: Direction }[] = [];
  for (const row of rows) {
    const run = runs[runs.length - 1];
    const direction = effectiveDirection(row);
    if (run && run.direction === direction) run.to = row.sheetRow;
    else runs.push({ from: row.sheetRow, to: row.sheetRow, direction });
  }
  return runs;
}

/** A sheet with a table, plus the computed columns the plan adds: what a template is. */
export function mergePlanIntoSheet(sheet: SheetPlan, plan: ComputePlan): SheetPlan {
  const summary: Block[] =
    plan.summary.formula === ""
      ? []
      : [{ row: plan.summary.row, col: plan.summary.col, contents: [[plan.summary.formula]] }];
  return {
    ...sheet,
    blocks: [...sheet.blocks, ...plan.headers, ...plan.blocks, ...summary],
    styles: [...sheet.styles, ...plan.styles],
    conditionalRules: [...sheet.conditionalRules, ...plan.conditionalRules],
    layout: { ...sheet.layout, columns: { ...sheet.layout.columns, ...plan.columns } },
  };
}

/**
 * A heading row's computed cells are left alone (null), except formulas there: those are ours,
 * left from when the row was an indicator (a group pasted over a template row). They are cleared,
 * so a heading never shows a stale "—"; a value the user typed there stays.
 */
export function clearStaleFormulas(
  plan: ComputePlan,
  formulaAt: (row: number, col: number) => CellValue,
): ComputePlan {
  const isFormula = (v: CellValue): boolean => typeof v === "string" && v.startsWith("=");
  const blocks = plan.blocks.map((block) => ({
    ...block,
    contents: block.contents.map((line, r) =>
      line.map((content, c) =>
        content === null && isFormula(formulaAt(block.row + r, block.col + c)) ? "" : content,
      ),
    ),
  }));
  return { ...plan, blocks };
}

/**
 * Roll-over ("Sang kỳ mới"): next year's table for the same period, in the same layout, from this
 * one (DOMAIN.md: "this year's actual becomes next year's Cùng kỳ"). Same groups and indicators in
 * the same rows and columns; this period's actual moved to Cùng kỳ; actual, plan and the figures
 * of this period emptied (or the plan taken from the term's path when the caller has one); every
 * year in the title and the header moved on by one. The source grid is never changed: a new grid
 * and a new SheetPlan are returned.
 */
import { rangeA1 } from "./a1";
import type {
  Block,
  CellContent,
  CellValue,
  ColumnKey,
  ComputedColumn,
  InputColumn,
  IndicatorRow,
  Settings,
  SheetPlan,
  StyledRange,
  TableRead,
} from "./model";
import { COMPUTED_COLUMNS, PERIOD_COLUMNS } from "./model";
import { computePlan, mergePlanIntoSheet } from "./plan";
import { INPUT_WIDTHS, OTHER_WIDTH, computedWidth, sheetColumnWidths } from "./widths";
import { literalContent } from "./literal";
import { isPercentFormat } from "./numbers";
import { periodName } from "./period";
import { readTable } from "./table";
import { withOwnHeaders, type ColumnMapping } from "./mapping";
import { rolloverTerm, termPathPlans, titleMerge } from "./term-rollover";

export interface RolloverOptions {
  /** Plans for the next year by indicator name; rows not named get an empty plan. */
  plans?: ReadonlyMap<string, number>;
  /** The workbook's term tables: without `plans`, next year's plan is the figure on their path. */
  terms?: readonly TableRead[];
  /** Name of the source sheet, for the new sheet's name. */
  sheetName?: string;
  /** The source was read through a person's column mapping: the new sheet gets our own headers. */
  mapping?: ColumnMapping;
  /**
   * The source's number formats by grid position (sparse): each cell of the new table keeps its
   * cell's, Cùng kỳ takes the format of the actual it receives, and a money plan from the term's
   * path keeps the decimals its plan cell shows beyond 2 (term-rollover.ts pathPlanValue).
   */
  numberFormats?: readonly (readonly (string | null | undefined)[] | undefined)[];
}

export interface RolloverResult {
  /** The new sheet, with our computed columns as live formulas. */
  plan: SheetPlan;
  /** The new table's cell values as readTable sees them. */
  grid: CellValue[][];
  fromYear: number | null;
  toYear: number | null;
  /** Indicator rows whose actual moved to Cùng kỳ. */
  moved: number;
  /** Indicator rows whose plan was taken from the term's path. */
  planned: number;
  /** A term table rolled over: the year whose column was added. */
  addedYear?: number;
}

const YEAR = /(^|\D)((?:19|20)\d{2})(?!\d)/g;

/** "Kết quả năm 2021", "Thực hiện năm 2020" → one year on. */
export function shiftYears(text: string, by = 1): string {
  return text.replace(YEAR, (_, lead: string, year: string) => `${lead}${Number(year) + by}`);
}

/** Columns cleared on every indicator row: this period's figures and everything we compute. */
const CLEARED: readonly ColumnKey[] = [
  "plan",
  "stretch",
  "actual",
  "reportedPct",
  "note",
  ...PERIOD_COLUMNS,
  ...COMPUTED_COLUMNS,
];

/** What moves into Cùng kỳ: the actual as read (a yes/no word has no Cùng kỳ). */
function carried(row: IndicatorRow): CellValue {
  return row.actual;
}

export function rollover(
  source: readonly (readonly CellValue[])[],
  read: TableRead,
  settings: Settings,
  options: RolloverOptions = {},
): RolloverResult {
  const grid = options.mapping === undefined ? source : withOwnHeaders(source, options.mapping);
  // A term table is one table for the whole term: it gains a year, it does not become another.
  if (read.layout.term !== undefined) {
    const t = rolloverTerm(grid, read, settings, options);
    return {
      plan: t.plan,
      grid: t.grid,
      fromYear: t.addedYear - 1,
      toYear: t.addedYear,
      moved: 0,
      planned: 0,
      addedYear: t.addedYear,
    };
  }
  const { layout, table } = read;
  const last = layout.lastDataRow;
  const width = Math.max(
    layout.lastCol ?? 0,
    ...Object.values(layout.columns).filter((c): c is number => c !== undefined),
    ...grid.slice(0, last + 1).map((r) => r.length - 1),
  );
  // Rows below the table (our summary line, signatures) belong to this period: not copied.
  const out: CellValue[][] = [];
  for (let r = 0; r <= last; r++) {
    const line: CellValue[] = [];
    for (let c = 0; c <= width; c++) line.push(grid[r]?.[c] ?? null);
    out.push(line);
  }
  for (let r = 0; r < layout.firstDataRow && r < out.length; r++) {
    const line = out[r]!;
    const header = r >= layout.headerTop;
    line.forEach((v, c) => {
      if (typeof v === "string") line[c] = shiftYears(v);
      // A two-row header may hold its years as numbers ("Năm" over 2020 | 2021).
      else if (header && typeof v === "number" && Number.isInteger(v) && v >= 1900 && v < 2100)
        line[c] = v + 1;
    });
  }

  // Our computed column headers are cleared with their cells: computePlan writes them again.
  for (const key of COMPUTED_COLUMNS) {
    const col = layout.columns[key];
    if (col === undefined) continue;
    for (let r = layout.headerTop; r <= last; r++) if (out[r]) out[r]![col] = null;
  }

  let priorCol = layout.columns.prior;
  if (priorCol === undefined) {
    // No Cùng kỳ column yet: one right of the table, headed with the period that ended.
    priorCol = width + 1;
    const when = table.period === "nam" ? "" : ` ${periodName(table.period, "vi")}`;
    const year = table.year === null ? "" : ` năm ${table.year}`;
    for (const line of out) line[priorCol] = null;
    out[layout.headerTop]![priorCol] = `Thực hiện${when}${year}`;
  }

  const sourceFormats = options.numberFormats;
  const formatAt = (r: number, c: number | undefined): string | null =>
    c === undefined ? null : (sourceFormats?.[r]?.[c] ?? null);
  // The new table's formats: each cell its source cell's; the cleared computed cells none (the plan
  // writes its own); what moves or is planned below sets its own.
  const formats: (string | null)[][] = out.map((line, r) => line.map((_, c) => formatAt(r, c)));
  for (const key of COMPUTED_COLUMNS) {
    const col = layout.columns[key];
    if (col !== undefined) for (const line of formats) if (col < line.length) line[col] = null;
  }
  /** A figure as read (a rate in points) into a cell of this format: a percent format holds the fraction. */
  const shown = (value: CellValue, format: string | null): CellValue =>
    typeof value === "number" && isPercentFormat(format) ? Number((value / 100).toPrecision(15)) : value;

  const planCol = layout.columns.plan;
  const plans =
    options.plans ?? termPathPlans(read, options.terms ?? [], (row) => formatAt(row.sheetRow, planCol));
  let moved = 0;
  let planned = 0;
  for (const group of table.groups) {
    if (group.sheetRow !== null) {
      const line = out[group.sheetRow];
      for (const key of COMPUTED_COLUMNS) {
        const col = layout.columns[key];
        if (line && col !== undefined) line[col] = null;
      }
    }
    for (const row of group.rows) {
      const line = out[row.sheetRow];
      if (!line) continue;
      const value = carried(row);
      for (const key of CLEARED) {
        const col = layout.columns[key];
        if (col !== undefined) line[col] = null;
      }
      // The office's own % KH, % CK: this period's figures, as the actual is.
      for (const col of Object.values(layout.reported ?? {})) if (col !== undefined) line[col] = null;
      // Cùng kỳ shows what it receives as the actual showed it.
      const priorFormat = formatAt(row.sheetRow, layout.columns.actual) ?? formatAt(row.sheetRow, priorCol);
      formats[row.sheetRow]![priorCol] = priorFormat;
      line[priorCol] = shown(value, priorFormat);
      if (value !== null) moved++;
      const plan = plans.get(row.name);
      if (plan !== undefined && planCol !== undefined) {
        line[planCol] = shown(plan, formatAt(row.sheetRow, planCol));
        planned++;
      }
    }
  }

  // Read with its formats: a rate held as a fraction under a percent format is the points it shows.
  const next = readTable(out, {
    convention: settings.convention,
    ...(sourceFormats === undefined ? {} : { numberFormats: formats }),
  });
  const computed = computePlan(next, settings);
  const right = Math.max(
    width,
    priorCol,
    ...computed.headers.map((h) => h.col + (h.contents[0]?.length ?? 1) - 1),
  );
  const styles: StyledRange[] = [
    { address: rangeA1(next.layout.headerTop, 0, next.layout.headerBottom, right), style: "header" },
  ];
  if (layout.headerTop > 0) styles.unshift({ address: rangeA1(0, 0, 0, right), style: "title" });
  for (const group of next.table.groups) {
    if (group.sheetRow !== null)
      styles.push({ address: rangeA1(group.sheetRow, 0, group.sheetRow, right), style: "group" });
    const first = group.rows[0];
    const lastRow = group.rows[group.rows.length - 1];
    if (first && lastRow)
      styles.push({ address: rangeA1(first.sheetRow, 0, lastRow.sheetRow, right), style: "input" });
  }
  // The person's texts as texts, through the one literal function: "=…", "+84…", "- Trong đó…", "'…".
  const block: Block = {
    row: 0,
    col: 0,
    contents: out.map((line) => line.map((v): CellContent => literalContent(v))),
    ...(sourceFormats === undefined ? {} : { numberFormats: formats }),
  };
  // Each column as core plan sizes it (plan.ts); the computed columns the plan appends too.
  const roleOf = new Map<number, string>(
    Object.entries(next.layout.columns).map(([key, col]) => [col as number, key]),
  );
  const inputs = Array.from({ length: right + 1 }, (_, c) => {
    const key = roleOf.get(c);
    if (key !== undefined && key in INPUT_WIDTHS) return INPUT_WIDTHS[key as InputColumn];
    if (key !== undefined && (COMPUTED_COLUMNS as readonly string[]).includes(key))
      return computedWidth(key as ComputedColumn);
    return OTHER_WIDTH;
  });
  const columnWidths = sheetColumnWidths(
    inputs,
    computed,
    Math.max(right, ...Object.values(computed.columns)),
  );
  const toYear = table.year === null ? null : table.year + 1;
  // Excel refuses : \ / ? * [ ] in a sheet name.
  const base = options.sheetName?.replace(/[:\\/?*[\]]/g, " ").trim() || "Bảng chỉ tiêu";
  // "Năm 2021" → "Năm 2022"; a name without a year gets the new one (or "kỳ mới") after it.
  const named = shiftYears(base) !== base ? shiftYears(base) : `${base} ${toYear ?? "kỳ mới"}`;
  const sheet: SheetPlan = {
    name: named.slice(0, 31),
    blocks: [block],
    styles,
    merges: titleMerge(out, right),
    columnWidths,
    freezeRows: next.layout.headerBottom + 1,
    layout: next.layout,
    conditionalRules: [],
  };
  return {
    plan: mergePlanIntoSheet(sheet, computed),
    grid: out,
    fromYear: table.year,
    toYear,
    moved,
    planned,
  };
}

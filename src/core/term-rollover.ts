/**
 * Roll-over and the term (issue 12): next year's plan taken from the term's path, and "Sang kỳ
 * mới" on a term table itself.
 *
 * - An annual (or partial-period) table rolled over to year Y + 1 takes, for each indicator a term
 *   table of the workbook tracks, the figure the term's path needs in Y + 1: what the remaining
 *   years need each year, from the latest figure known (this table's year's actual included).
 * - A term table is one table for the whole term: rolling it over adds the next year's column on a
 *   new sheet, and refuses (with a sentence) when the column is already there or the term is over.
 */
import { rangeA1 } from "./a1";
import type {
  Block,
  CellContent,
  CellValue,
  IndicatorRow,
  Settings,
  SheetPlan,
  StyledRange,
  TableRead,
  TermLayout,
} from "./model";
import { foldWord } from "./numbers";
import { computePlan, mergePlanIntoSheet } from "./plan";
import { readTable } from "./table";
import { termIndicatorOf, type TermIndicator } from "./term";
import { TermRolloverRefusal } from "./refusals";
import { isCountUnit, isPercentUnit } from "./rules/text";
import { literalContent } from "./literal";
import { INPUT_WIDTHS, OTHER_WIDTH, headerWidth, sheetColumnWidths } from "./widths";
export { TermRolloverRefusal };

/**
 * The title row merged across the table when the title is its only cell: a centred title in one
 * cell would spill off the sheet's left edge.
 */
export function titleMerge(grid: readonly (readonly CellValue[])[], right: number): string[] {
  const first = grid[0];
  if (first === undefined || right < 1 || typeof first[0] !== "string") return [];
  return first.slice(1, right + 1).every((v) => v === null || v === "") ? [rangeA1(0, 0, 0, right)] : [];
}

/**
 * The figure the term's path needs in `year`, from what was known before it: a level or a rate's
 * next step towards the target (compound for amounts, a straight line in points for rates), a
 * growth rate (a rate row of a growth target), or a total's yearly share of what is left.
 * Null outside the term or without the figures the path starts from.
 */
export function planOnPath(ind: TermIndicator, year: number): number | null {
  if (year <= ind.baseYear || year > ind.endYear) return null;
  const span = ind.endYear - ind.baseYear;
  let done = 0;
  ind.actuals.forEach((a, i) => {
    if (a !== null && ind.baseYear + 1 + i < year) done = i + 1;
  });
  const fromYear = ind.baseYear + done;
  const left = ind.endYear - fromYear;
  const steps = year - fromYear;
  const known = ind.actuals.slice(0, done);
  const t = ind.target;
  if (t.kind === "total") return (t.value - known.reduce<number>((s, a) => s + (a ?? 0), 0)) / left;
  if (ind.rate && t.kind === "growth") {
    // Each year's figure is that year's growth: what the rest must average to compound to the goal.
    const product = known.reduce<number>((p, a) => p * (1 + (a ?? 0) / 100), 1);
    if (product <= 0) return null;
    return (((1 + t.ratePct / 100) ** span / product) ** (1 / left) - 1) * 100;
  }
  const from = done > 0 ? (known[done - 1] ?? null) : ind.base;
  if (from === null) return null;
  const goal =
    t.kind === "growth"
      ? ind.base === null
        ? null
        : ind.base * (1 + t.ratePct / 100) ** span
      : t.kind === "level"
        ? t.value
        : t.bound;
  if (goal === null) return null;
  if (ind.rate) return from + ((goal - from) / left) * steps;
  if (from <= 0 || goal <= 0) return null;
  return from * (goal / from) ** (steps / left);
}

/** Names and units compared as people retype them: no accents, case, punctuation or spacing. */
function key(text: string): string {
  return foldWord(text.normalize("NFC"))
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

/** Decimals a number format shows: "#,##0.0" → 1, "#,##0" → 0, "0.00%" → 2; null for General or none. */
export function formatDecimals(format: string | null | undefined): number | null {
  if (typeof format !== "string" || format.trim() === "" || /^general$/i.test(format.trim())) return null;
  // The positive section, without quoted text, escaped characters and [colour]/[condition] parts.
  const section = (format.split(";")[0] ?? "").replace(/"[^"]*"|\\.|\[[^\]]*]/g, "");
  if (!/[0#?]/.test(section)) return null;
  const point = section.indexOf(".");
  if (point < 0) return 0;
  return /^[0#?]*/.exec(section.slice(point + 1))?.[0].length ?? 0;
}

/** Away from floating-point dust (17 650,000000001) before a whole number is taken. */
const clean = (x: number): number => Number(x.toPrecision(12));

/**
 * A plan on the term's path, as precise as its unit needs, as people type plans: whole things
 * ("doanh nghiệp", "lao động") in whole numbers, rounded towards the path (up for an indicator
 * that rises: 201,67 firms a year needs 202; down for one that falls); rates to 2 decimals; any other
 * figure (money, tonnes) to 2 decimals, or more when its plan cell in the source shows more
 * ("#,##0.000" tỷ đồng keeps 3). A cell showing fewer keeps its format, not a rounder value: Excel
 * gives "61.000" typed in a cell "#,##0", and 62.000 → 66.711,7 stays 66.711,7.
 */
export function pathPlanValue(plan: number, row: IndicatorRow, planFormat?: string | null): number {
  const x = clean(plan);
  if (isCountUnit(row.unit)) return row.direction === "down" ? Math.floor(x) : Math.ceil(x);
  const rate = row.kind === "rate" || isPercentUnit(row.unit);
  const decimals = rate ? 2 : Math.max(2, formatDecimals(planFormat) ?? 2);
  const scale = 10 ** Math.min(decimals, 6);
  return Math.round(x * scale) / scale;
}

/** This table's figure for its year, as the term would count it: the year's actual or estimate. */
function yearFigure(row: IndicatorRow, table: TableRead["table"]): number | null {
  if (table.period === "nam") return row.actual;
  return row.yearEstimate ?? null;
}

/**
 * Next year's plans, by indicator name, from the term tables of the workbook: each row of `read`
 * whose name and unit a term row carries gets the figure on that term's path for the year after
 * `read`'s, with `read`'s own figure for its year taken as that year's actual.
 */
export function termPathPlans(
  read: TableRead,
  terms: readonly TableRead[],
  /** The number format of a row's plan cell in the source, when the caller read them. */
  planFormatOf: (row: IndicatorRow) => string | null = () => null,
): Map<string, number> {
  const plans = new Map<string, number>();
  const year = read.table.year;
  if (year === null || read.layout.term !== undefined) return plans;
  const byKey = new Map<string, TermIndicator>();
  for (const term of terms)
    for (const row of term.table.groups.flatMap((g) => g.rows)) {
      const ind = termIndicatorOf(row);
      const k = `${key(row.name)}|${key(row.unit)}`;
      if (ind !== null && !byKey.has(k)) byKey.set(k, ind);
    }
  for (const row of read.table.groups.flatMap((g) => g.rows)) {
    const ind = byKey.get(`${key(row.name)}|${key(row.unit)}`);
    if (ind === undefined) continue;
    const actuals = ind.actuals.slice();
    const i = year - ind.baseYear - 1;
    const figure = yearFigure(row, read.table);
    if (figure !== null && i >= 0 && i < actuals.length) actuals[i] = figure;
    const plan = planOnPath({ ...ind, actuals }, year + 1);
    if (plan !== null && Number.isFinite(plan))
      plans.set(row.name, pathPlanValue(plan, row, planFormatOf(row)));
  }
  return plans;
}

/** The last year of the term any row has a figure for; the base year when none has. */
function lastReportedYear(read: TableRead, term: TermLayout): number {
  let last = term.baseYear;
  for (const row of read.table.groups.flatMap((g) => g.rows))
    row.term?.actuals.forEach((a, i) => {
      if (a !== null) last = Math.max(last, term.baseYear + 1 + i);
    });
  return last;
}

export interface TermRolloverResult {
  plan: SheetPlan;
  grid: CellValue[][];
  /** The year whose column was added. */
  addedYear: number;
  baseYear: number;
  endYear: number;
}

/**
 * "Sang kỳ mới" on a term table: the same table on a new sheet with the column of the year after
 * the last one reported, right of the last year column; the term's figures and targets kept, our
 * term columns written again over the new years. TermRolloverRefusal when the term is over or the
 * table already has that year's column (the figures go there: there is nothing new to make).
 */
export function rolloverTerm(
  grid: readonly (readonly CellValue[])[],
  read: TableRead,
  settings: Settings,
  options: {
    sheetName?: string;
    /** The source's number formats by grid position (sparse), kept; the new year takes the last's. */
    numberFormats?: readonly (readonly (string | null | undefined)[] | undefined)[];
  } = {},
): TermRolloverResult {
  const { layout } = read;
  const term = layout.term;
  if (term === undefined) throw new Error("rolloverTerm needs a term table");
  const next = lastReportedYear(read, term) + 1;
  const range = `${term.baseYear}–${term.endYear}`;
  if (next > term.endYear)
    throw new TermRolloverRefusal({
      vi: `Bảng nhiệm kỳ ${range} đã có số liệu năm cuối (${term.endYear}): nhiệm kỳ đã kết thúc, không có năm tiếp theo để thêm. Bảng cho nhiệm kỳ mới hãy lập từ mẫu “nhiem-ky” với mục tiêu của Nghị quyết mới.`,
      en: `The ${range} term table already has its last year (${term.endYear}): the term is over and there is no next year to add. Make the next term's table from the “nhiem-ky” template with the new resolution's targets.`,
    });
  if (term.years.some((y) => y.year === next))
    throw new TermRolloverRefusal({
      vi: `Bảng nhiệm kỳ ${range} đã có cột năm ${next}: nhập số liệu năm ${next} vào cột đó rồi bấm Tính toán; không cần lập trang mới.`,
      en: `The ${range} term table already has a column for ${next}: type ${next}'s figures there and Compute; no new sheet is needed.`,
    });

  const last = term.years[term.years.length - 1];
  if (last === undefined) throw new Error("a term table has year columns");
  const at = last.col + 1;
  const ours = new Set<number>([
    ...Object.values(term.computed),
    ...(layout.columns.verdict === undefined ? [] : [layout.columns.verdict]),
  ]);
  const width = Math.max(
    layout.lastCol ?? 0,
    ...grid.slice(0, layout.lastDataRow + 1).map((r) => r.length - 1),
  );
  // Rows below the table (our summary line, signatures) are not copied; our columns are dropped
  // and written again by computePlan over the new years.
  const out: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const formatAt = (r: number, c: number): string | null => options.numberFormats?.[r]?.[c] ?? null;
  for (let r = 0; r <= layout.lastDataRow; r++) {
    const line: CellValue[] = [];
    const shows: (string | null)[] = [];
    for (let c = 0; c <= width; c++) {
      if (ours.has(c)) continue;
      if (c === at) {
        line.push(null);
        shows.push(formatAt(r, last.col));
      }
      line.push(grid[r]?.[c] ?? null);
      shows.push(formatAt(r, c));
    }
    if (at > width) {
      line.push(null);
      shows.push(formatAt(r, last.col));
    }
    out.push(line);
    formats.push(shows);
  }
  const newCol = at - [...ours].filter((c) => c < at).length;
  // Headed as the last year is: "TH 2023" → "TH 2024"; a bare year under "Thực hiện các năm" → 2024.
  const headerRow = (r: number): CellValue => grid[r]?.[last.col] ?? null;
  for (let r = layout.headerTop; r <= layout.headerBottom; r++) {
    const v = headerRow(r);
    const line = out[r];
    if (line === undefined) continue;
    if (typeof v === "number" && v === last.year) line[newCol] = next;
    else if (typeof v === "string" && v.includes(String(last.year)))
      // An estimate's header ("Ước 2023") does not make the new year one: it is "Thực hiện 2024".
      line[newCol] = last.estimate ? `Thực hiện ${next}` : v.replace(String(last.year), String(next));
  }

  const again = readTable(out, {
    convention: settings.convention,
    ...(options.numberFormats === undefined ? {} : { numberFormats: formats }),
  });
  const computed = computePlan(again, settings);
  // Our term columns and Đánh giá are part of the table: the title and header span them too.
  const right = Math.max(
    ...out.map((l) => l.length - 1),
    ...computed.headers.map((h) => h.col + (h.contents[0]?.length ?? 1) - 1),
  );
  const styles: StyledRange[] = [
    { address: rangeA1(again.layout.headerTop, 0, again.layout.headerBottom, right), style: "header" },
  ];
  if (layout.headerTop > 0) styles.unshift({ address: rangeA1(0, 0, 0, right), style: "title" });
  if (again.layout.lastDataRow >= again.layout.firstDataRow)
    styles.push({
      address: rangeA1(again.layout.firstDataRow, 0, again.layout.lastDataRow, right),
      style: "input",
    });
  // The person's texts as texts, through the one literal function ("=…", "+84…", "'…").
  const block: Block = {
    row: 0,
    col: 0,
    contents: out.map((line) => line.map((v): CellContent => literalContent(v))),
    ...(options.numberFormats === undefined ? {} : { numberFormats: formats }),
  };
  // Widths as the term template gives them (core/widths.ts): Chỉ tiêu and STT their own, any other
  // column wide enough for its header, the columns the plan appends as the plan sizes them.
  const { name: nameCol, stt: sttCol } = again.layout.columns;
  // A column's own header: the lowest header cell it has (a merged "Thực hiện các năm" above spans others).
  const headerText = (c: number): string => {
    for (let r = again.layout.headerBottom; r >= again.layout.headerTop; r--) {
      const v = out[r]?.[c];
      if (v !== null && v !== undefined && String(v).trim() !== "") return String(v);
    }
    return "";
  };
  const inputs = Array.from({ length: out[0]?.length ?? 0 }, (_, c) =>
    Math.max(
      c === nameCol ? INPUT_WIDTHS.name : c === sttCol ? INPUT_WIDTHS.stt : OTHER_WIDTH,
      c === nameCol || c === sttCol ? 0 : headerWidth(headerText(c)),
    ),
  );
  const base = options.sheetName?.replace(/[:\\/?*[\]]/g, " ").trim() || "Nhiệm kỳ";
  const sheet: SheetPlan = {
    name: `${base.slice(0, 24)} (${next})`,
    blocks: [block],
    styles,
    merges: titleMerge(out, right),
    columnWidths: sheetColumnWidths(inputs, computed, right),
    freezeRows: again.layout.headerBottom + 1,
    layout: again.layout,
    conditionalRules: [],
  };
  return {
    plan: mergePlanIntoSheet(sheet, computed),
    grid: out,
    addedYear: next,
    baseYear: term.baseYear,
    endYear: term.endYear,
  };
}

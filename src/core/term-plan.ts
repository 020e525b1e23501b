/**
 * A term table's computed columns as live en-US Excel formulas (computeTerm in term.ts, cell by
 * cell): achieved so far, what each remaining year needs, the projection to the term's end, and
 * the verdict (Đúng / Chậm tiến độ while years are left). tests/core/term-plan.test.ts proves the
 * agreement in HyperFormula, tests/cli/libreoffice-term.test.ts in LibreOffice; term-plan-text and
 * libreoffice-term-text the same with figures typed as text. No LET (HyperFormula has none): the
 * count of years reported is spelled out where used, the last year's figure is read back from
 * "Đạt được đến nay". Every division and power sits behind an IF that checked it, so no formula
 * shows #DIV/0! or #NUM!.
 */
import type {
  Block,
  CellContent,
  CellValue,
  ComputePlan,
  IndicatorRow,
  Lang,
  Settings,
  StyledRange,
  TableRead,
  TermComputedColumn,
  TermLayout,
  Text,
  Verdict,
} from "./model";
import { TERM_COMPUTED_COLUMNS } from "./model";
import { rangeA1, toA1 } from "./a1";
import { EPSILON, VERDICT_LABELS, plainDecimal } from "./compute";
import {
  COMPUTED_HEADERS,
  DASH,
  RECOMPUTE_LABEL,
  allOf,
  figure,
  figureUnchanged,
  guarded as unlessChanged,
  targetsOf,
  verdictCounts,
  type Figure,
} from "./formulas";
import { conditionalRules } from "./plan";
import { termIndicatorOf } from "./term";
import { INPUT_WIDTHS, computedWidth, headerWidth } from "./widths";

/** Headers of the term columns; the reader knows them back (headers.ts TERM_HEADER_FORMS). */
export const TERM_HEADERS: Record<TermComputedColumn, Text> = {
  termToDate: { vi: "Đạt được đến nay", en: "Achieved so far" },
  termNeeded: { vi: "Cần mỗi năm còn lại", en: "Needed a year" },
  termProjected: { vi: "Dự kiến cuối nhiệm kỳ", en: "Projected at the term's end" },
};

type TermColumn = TermComputedColumn | "verdict";
const PLACED: readonly TermColumn[] = [...TERM_COMPUTED_COLUMNS, "verdict"];

const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const DASH_LIT = str(DASH);

/** IF, folded where the test is known when the formula is written (HyperFormula has no bare TRUE). */
function iff(test: string, then: string, otherwise: string): string {
  if (test === "TRUE") return then;
  if (test === "FALSE") return otherwise;
  return `IF(${test},${then},${otherwise})`;
}

function lit(n: number): string {
  const s = plainDecimal(Math.abs(n));
  return n < 0 ? `(-${s})` : s;
}

/**
 * summary.ts termSummaryText as a formula: "Đúng tiến độ x/y chỉ tiêu nhiệm kỳ" while rows are on
 * their way (x = Đúng tiến độ + Vượt + Đạt), "Đạt và vượt x/y chỉ tiêu nhiệm kỳ" at the term's end.
 */
export function termSummaryFormula(verdictRange: string, lang: Lang = "vi"): string {
  const { reached: x, total: y, progress: running } = verdictCounts([verdictRange], lang);
  if (lang === "en") {
    // "3 of 5 term targets on track", "1 of 1 term target …", as summary-text.ts termSummaryText says it.
    const tail = `IF(${running}>0,${str(" on track")},${str(" reached or exceeded")})`;
    return `=${x}&" of "&${y}&" term"&${targetsOf(y)}&${tail}`;
  }
  const head = `IF(${running}>0,${str("Đúng tiến độ ")},${str("Đạt và vượt ")})`;
  return `=${head}&${x}&"/"&${y}&${str(" chỉ tiêu nhiệm kỳ")}`;
}

/** The A1 cells a term row's formulas read. */
export interface TermCells {
  plan?: string;
  base?: string;
  /** One per year of the term (baseYear + 1 …); null where the table has no column for the year. */
  years: (string | null)[];
  /**
   * The row's own "Đạt được đến nay" and "Dự kiến cuối nhiệm kỳ" cells: the other columns read
   * them rather than spell the years out again, which kept each formula far under Excel's 8 192
   * characters once a year's test grew to read text as core does (formula-limits.test.ts).
   */
  toDate: string;
  projected: string;
}

/** What each term cell holds: a fraction shown as % ("pct"), or a figure ("num"). */
export type TermScale = "pct" | "num";

export interface TermRowFormulas {
  formulas: Record<TermColumn, string>;
  scales: Record<TermComputedColumn, TermScale>;
}

const NUMBER_FORMAT: Record<TermScale, string> = { pct: "0.00%", num: "#,##0.00" };

/**
 * The formulas of one term row. Growth per year is written as a fraction (format 0.00%), so the
 * Excel value × 100 equals TermRowResult's; levels, points and amounts are written as they are.
 */
export function termRowFormulas(row: IndicatorRow, cells: TermCells, lang: Lang = "vi"): TermRowFormulas {
  const { formulas, scales } = termFormulas(row, cells, lang);
  // Text typed later in a year or the base ("63.000" where nothing was, "chưa có" over 57.400) is a
  // figure core reads or drops and the formulas do not: "—" and Cần tính lại, never a path that
  // skips that year. The other columns read "Đạt được đến nay", so its "—" carries to them.
  const held = heldTest(row, cells);
  return {
    formulas: {
      ...formulas,
      termToDate: unlessChanged(held, formulas.termToDate, DASH_LIT),
      verdict: unlessChanged(held, formulas.verdict, str(RECOMPUTE_LABEL[lang])),
    },
    scales,
  };
}

/** A term cell read as core read it (formulas.ts figure), with the one test that makes it a figure. */
interface TermFigure {
  ref: string;
  ok: string;
}

function termFigure(
  address: string,
  value: number | null,
  unit: string,
  raw: CellValue | undefined,
): TermFigure {
  const f = figure(address, value, unit, raw) as Figure;
  return { ref: f.ref, ok: f.guards.length === 1 ? f.guards[0]! : `AND(${f.guards.join(",")})` };
}

/** Whether a form reads the base (compound growth from it, a rate's trend in points). */
function readsBase(row: IndicatorRow): boolean {
  const ind = termIndicatorOf(row);
  if (ind === null || ind.target.kind === "total") return false;
  return !(ind.rate && ind.target.kind === "growth");
}

/** The test that every term cell the formulas read holds no text but what core read (figureUnchanged). */
function heldTest(row: IndicatorRow, cells: TermCells): string | null {
  const raw = row.term?.raw;
  return allOf(
    ...cells.years.map((c, i) => (c === null ? null : figureUnchanged(c, raw?.years[i]))),
    readsBase(row) ? figureUnchanged(cells.base, raw?.base) : null,
  );
}

/**
 * computeTerm's figures, each column once: "Đạt được đến nay" (T) from the years, the others from
 * T (and K, the years reported), the verdict from T and "Dự kiến cuối nhiệm kỳ" (P). Core's
 * arithmetic is kept step by step (the same powers and divisions in the same order), so the sheet
 * and core agree to the last digit but where a value is stored ×1/100 and read back ×100 (a
 * growth's T): 1 ulp, far inside the 1e-9 the verdict's comparisons allow.
 */
function termFormulas(row: IndicatorRow, cells: TermCells, lang: Lang): TermRowFormulas {
  const label = (v: Verdict): string => str(VERDICT_LABELS[v][lang]);
  const ind = termIndicatorOf(row);
  const dash = `=${DASH_LIT}`;
  const n = cells.years.length;
  const term = row.term;
  // Each year is read as core read it: a number live, text such as "57.400" compiled in while the
  // cell holds it, a date or an oversized paste no figure (formulas.ts figure).
  const present = cells.years.map((c, i) =>
    c === null
      ? null
      : { ...termFigure(c, term?.actuals[i] ?? null, row.unit, term?.raw.years[i]), i: i + 1 },
  );
  const reported = present.filter((p): p is TermFigure & { i: number } => p !== null);
  // K: years reported (the last year with a figure); L: that year's figure. Folded from the first
  // year, so the last year's test ends up outermost.
  const K = reported.reduce((acc, p) => `IF(${p.ok},${p.i},${acc})`, "0");
  const L = reported.reduce((acc, p) => `IF(${p.ok},${p.ref},${acc})`, "0");
  // The level now, "—" before any year is reported: "Đạt được đến nay" of a level or a limit.
  const latest = reported.reduce((acc, p) => `IF(${p.ok},${p.ref},${acc})`, DASH_LIT);
  const anyYear = reported.length === 1 ? reported[0]!.ok : `OR(${reported.map((p) => p.ok).join(",")})`;
  const noData = label("chua_co_so_lieu");
  const scales: Record<TermComputedColumn, TermScale> = {
    termToDate: "num",
    termNeeded: "num",
    termProjected: "num",
  };
  if (ind === null || reported.length === 0) {
    const verdict =
      reported.length === 0 ? `=${noData}` : `=IF(${anyYear},${label("khong_giao_ke_hoach")},${noData})`;
    return { formulas: { termToDate: dash, termNeeded: dash, termProjected: dash, verdict }, scales };
  }
  const t = ind.target;
  const [T, P] = [cells.toDate, cells.projected];
  const left = `(${n}-${K})`;
  // Years are left (K < n) while the term's last year holds no figure, or has no column.
  const last = present[n - 1];
  const running = last === null || last === undefined ? "TRUE" : `NOT(${last.ok})`;
  const cellOr0 = (p: TermFigure): string => `IF(${p.ok},${p.ref},0)`;
  const eps = (x: number): string => lit(EPSILON * Math.max(1, Math.abs(x)));
  /** "Đạt được đến nay": "—" until a year is reported and `guard` holds. */
  const toDate = (guard: string | null, body: string): string =>
    `=IF(${anyYear},${guard === null ? body : iff(guard, body, DASH_LIT)},${DASH_LIT})`;
  /** A column read from T: "—" while T is (no year reported, no path). */
  const fromT = (body: string): string => `=IF(ISNUMBER(${T}),${body},${DASH_LIT})`;
  const neededWhenLeft = (body: string): string => fromT(iff(running, body, DASH_LIT));
  /**
   * The verdict from an on-track test (TRUE/FALSE) and, at the end, a "strictly better" test:
   * "Chưa có số liệu" where core has no path (T or P "—": no year, no base, a base not positive).
   */
  const verdictOf = (onTrack: string, beyond: string): string => {
    const body = iff(
      running,
      `IF(${onTrack},${label("dung_tien_do")},${label("cham_tien_do")})`,
      `IF(${onTrack},${iff(beyond, label("vuot"), label("dat"))},${label("khong_dat")})`,
    );
    return `=IF(ISNUMBER(${T}),IF(ISNUMBER(${P}),${body},${noData}),${noData})`;
  };
  const reaches = (v: string, goal: number, up: boolean, strict: boolean): string => {
    const g = lit(goal);
    // Within 1e-9 as term.ts reaches: noise never puts a projection under a limit it only meets.
    // LibreOffice rounds such noise away in its comparisons, HyperFormula does not; whether Excel
    // does is not tried here, and with the slack the answer is the same either way.
    if (strict) return up ? `${v}>${g}+${lit(1e-9)}` : `${v}<${g}-${lit(1e-9)}`;
    return up ? `${v}>=${g}-${lit(1e-9)}` : `${v}<=${g}+${lit(1e-9)}`;
  };

  if (t.kind === "total") {
    const S = `(${reported.map(cellOr0).join("+")})`;
    return {
      formulas: {
        termToDate: toDate(null, S),
        termNeeded: neededWhenLeft(`(${lit(t.value)}-${T})/${left}`),
        termProjected: fromT(`(${T}/${K})*${n}`),
        verdict: verdictOf(`${P}>=${lit(t.value)}`, `${T}>${lit(t.value)}+${eps(t.value)}`),
      },
      scales,
    };
  }

  if (ind.rate && t.kind === "growth") {
    // Each year's actual is that year's growth; the term's average compounds them. T is the
    // average as a fraction: ×100 it is the average in % again.
    // A year not reported is a factor of 1, exactly core's 1 + 0/100.
    const product = `(${reported.map((p) => `IF(${p.ok},1+${p.ref}/100,1)`).join("*")})`;
    const avg = `((${product}^(1/${K})-1)*100)`;
    const goal = lit((1 + t.ratePct / 100) ** n);
    const r = lit(t.ratePct);
    return {
      formulas: {
        termToDate: toDate(`${product}>0`, `${avg}/100`),
        termNeeded: neededWhenLeft(`((${goal}/${product})^(1/${left})-1)`),
        termProjected: fromT(T),
        verdict: verdictOf(`${T}*100>=${r}-${lit(1e-9)}`, `${T}*100>${r}+${eps(t.ratePct)}`),
      },
      scales: { termToDate: "pct", termNeeded: "pct", termProjected: "pct" },
    };
  }

  // Without a base column, only what needs no base is shown (the level now, what is needed).
  const b =
    cells.base === undefined ? null : termFigure(cells.base, term?.base ?? null, row.unit, term?.raw.base);
  const base = b?.ref ?? "0";
  const baseOk = b?.ok ?? "FALSE";
  const up = t.kind === "limit" ? t.side === "lower" : ind.direction === "up";
  const goal = t.kind === "level" ? t.value : t.kind === "limit" ? t.bound : null;
  const beyond = t.kind === "limit" ? "TRUE" : goal === null ? "" : `ABS(${T}-${lit(goal)})>${eps(goal)}`;

  if (ind.rate && goal !== null) {
    // Rates move in points: the trend so far, carried on in a straight line, bounded as
    // computeTerm bounds it (term.ts, withinRate): a rate stays within 0–100 %.
    const slope = `((${T}-${base})/${K})`;
    return {
      formulas: {
        termToDate: `=${latest}`,
        termNeeded: neededWhenLeft(`(${lit(goal)}-${T})/${left}`),
        termProjected: fromT(iff(baseOk, `MIN(100,MAX(0,${T}+${slope}*${left}))`, DASH_LIT)),
        verdict: verdictOf(reaches(P, goal, up, t.kind === "limit"), beyond),
      },
      scales,
    };
  }

  // Compound growth from the base: both ends positive. AND evaluates every argument: the ratio
  // stays behind nested IFs, never inside AND.
  const positive = (x: string, body: string): string =>
    iff(baseOk, `IF(${base}>0,IF(${x}>0,${body},${DASH_LIT}),${DASH_LIT})`, DASH_LIT);
  const growth = (x: string): string => `(((${x}/${base})^(1/${K})-1)*100)`;
  if (t.kind === "growth") {
    // T is the average growth as a fraction, read back as 1 + g/100 and ×100 as core's g.
    const target = `(${base}*${lit((1 + t.ratePct / 100) ** n)})`;
    const r = lit(t.ratePct);
    return {
      formulas: {
        // No year reported leaves L at 0, which `positive` already shows as "—".
        termToDate: `=${positive(L, `${growth(L)}/100`)}`,
        termNeeded: neededWhenLeft(`((${target}/${L})^(1/${left})-1)`),
        termProjected: fromT(`(${L}*(1+${T})^${left})`),
        verdict: verdictOf(`${T}*100>=${r}-${lit(1e-9)}`, `${T}*100>${r}+${eps(t.ratePct)}`),
      },
      scales: { termToDate: "pct", termNeeded: "pct", termProjected: "num" },
    };
  }
  const g = goal as number;
  const needed = g > 0 ? `IF(${T}>0,((${lit(g)}/${T})^(1/${left})-1),${DASH_LIT})` : DASH_LIT;
  return {
    formulas: {
      termToDate: `=${latest}`,
      termNeeded: neededWhenLeft(needed),
      termProjected: fromT(positive(T, `(${T}*(1+${growth(T)}/100)^${left})`)),
      verdict: verdictOf(reaches(P, g, up, t.kind === "limit"), beyond),
    },
    scales: { termToDate: "num", termNeeded: "pct", termProjected: "num" },
  };
}

/** The A1 cells of one term row, from the layout. */
function termCells(
  layout: TableRead["layout"],
  term: TermLayout,
  columns: Record<TermColumn, number>,
  sheetRow: number,
): TermCells {
  const span = term.endYear - term.baseYear;
  const years: (string | null)[] = Array.from({ length: Math.max(0, span) }, () => null);
  for (const y of term.years) {
    const i = y.year - term.baseYear - 1;
    if (i >= 0 && i < span) years[i] = toA1(sheetRow, y.col);
  }
  const plan = layout.columns.plan;
  return {
    ...(plan === undefined ? {} : { plan: toA1(sheetRow, plan) }),
    ...(term.baseCol === null ? {} : { base: toA1(sheetRow, term.baseCol) }),
    years,
    toDate: toA1(sheetRow, columns.termToDate),
    projected: toA1(sheetRow, columns.termProjected),
  };
}

/** Where each term column goes: where the table has it, else right of the table, in order. */
export function termPlanColumns(read: TableRead): Record<TermColumn, number> {
  const { layout } = read;
  const term = layout.term as TermLayout;
  const used = Object.values(layout.columns).filter((c): c is number => c !== undefined);
  const termUsed = [...term.years.map((y) => y.col), ...(term.baseCol === null ? [] : [term.baseCol])];
  let next = Math.max(layout.lastCol ?? -1, ...used, ...termUsed, -1) + 1;
  const out = {} as Record<TermColumn, number>;
  for (const key of PLACED) {
    const existing = key === "verdict" ? layout.columns.verdict : term.computed[key];
    out[key] = existing ?? next++;
  }
  return out;
}

/**
 * computePlan for a term table: the term columns and Đánh giá, their formulas, formats and colours,
 * and "Đạt và vượt hoặc đúng tiến độ x/y chỉ tiêu" below the table.
 */
export function termComputePlan(read: TableRead, settings: Settings): ComputePlan {
  const lang = settings.language;
  const { layout } = read;
  const term = layout.term as TermLayout;
  const columns = termPlanColumns(read);
  const top = layout.firstDataRow;
  const bottom = Math.max(layout.lastDataRow, top - 1);
  const height = bottom - top + 1;
  const rows = new Map(read.table.groups.flatMap((g) => g.rows.map((r) => [r.sheetRow, r] as const)));
  const blocks: Block[] = [];
  const headers: Block[] = [];
  const styles: StyledRange[] = [];
  const byRow = new Map<number, TermRowFormulas>();
  for (const [sheetRow, row] of rows)
    byRow.set(sheetRow, termRowFormulas(row, termCells(layout, term, columns, sheetRow), lang));
  for (const key of PLACED) {
    const col = columns[key];
    headers.push({
      row: layout.headerBottom,
      col,
      contents: [[key === "verdict" ? COMPUTED_HEADERS.verdict[lang] : TERM_HEADERS[key][lang]]],
    });
    styles.push({ address: toA1(layout.headerBottom, col), style: "header" });
    if (height <= 0) continue;
    const contents: CellContent[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = top; r <= bottom; r++) {
      const f = byRow.get(r);
      // Headings and blank rows are the user's: left as they are.
      contents.push([f === undefined ? null : f.formulas[key]]);
      numberFormats.push([f === undefined || key === "verdict" ? null : NUMBER_FORMAT[f.scales[key]]]);
    }
    blocks.push({ row: top, col, contents, numberFormats });
    styles.push({ address: rangeA1(top, col, bottom, col), style: "computed" });
  }
  const summaryRow = bottom + 2;
  const summaryCol = layout.columns.name ?? layout.columns.stt ?? 0;
  const verdictRange = height <= 0 ? null : rangeA1(top, columns.verdict, bottom, columns.verdict);
  styles.push({ address: toA1(summaryRow, summaryCol), style: "summary" });
  return {
    columns: { verdict: columns.verdict },
    headers,
    blocks,
    summary: {
      row: summaryRow,
      col: summaryCol,
      formula: verdictRange === null ? "" : termSummaryFormula(verdictRange, lang),
    },
    conditionalRules:
      height > 0 ? conditionalRules(read, { verdict: columns.verdict }, top, bottom, lang) : [],
    styles,
    columnWidths: PLACED.filter(
      (k) => (k === "verdict" ? layout.columns.verdict : term.computed[k]) === undefined,
    ).map((k) => ({
      col: columns[k],
      chars:
        k === "verdict"
          ? computedWidth("verdict")
          : Math.max(INPUT_WIDTHS.actual, headerWidth(TERM_HEADERS[k].vi), headerWidth(TERM_HEADERS[k].en)),
    })),
  };
}

/**
 * computeRow as live en-US Excel formulas: the same arithmetic, the same guards, the same epsilon
 * (tests/core/formulas.test.ts proves the agreement in HyperFormula). Percentages are fractions
 * (format 0.00%), "—" stands where nothing can be computed, and no formula can give #DIV/0! or
 * #VALUE!: every figure is tested with ISNUMBER before use, and every division sits in the branch
 * of an IF that has checked its divisor (Excel's IF evaluates only the branch it takes; AND does not
 * short-circuit, so guards are nested IFs, never AND(x>0, y/x…)).
 * Functions: IF, AND, OR, NOT, ISNUMBER, ISTEXT, ABS, MAX, TRIM, T, FIND, COUNTIF, LEFT, IFERROR and CELL("format"); the
 * workbench's HyperFormula gets CELL from src/workbench/engine.ts, as HyperFormula has none.
 */
import type {
  CellValue,
  ComputedColumn,
  IndicatorRow,
  InputColumn,
  Lang,
  Period,
  PeriodColumn,
  Settings,
  Text,
  Verdict,
  YesNo,
} from "./model";
import { PERIOD_MONTHS, isPartial, isProgressFlow } from "./period";
import { foldWord } from "./numbers";
import { plausibleLimit } from "./plausible";
import { isoSerial } from "./dates";
import { NO_FIGURE_MARKS, YESNO_ACTUAL_WORDS, isNoFigure } from "./targets";
import { NOT_COMBINED_LABEL } from "./summary-text";
/** Re-exported: formulas are written per computed column, and callers list them from here. */
export { COMPUTED_COLUMNS } from "./model";
import {
  EPSILON,
  VERDICT_LABELS,
  effectiveDirection,
  isCompositionShare,
  isPointsKind,
  isYesNoRow,
  plainDecimal,
  tolerance,
} from "./compute";

export { VERDICT_LABELS };

/** What a computed cell shows when there is nothing to compute. */
export const DASH = "—";

export const COMPUTED_HEADERS: Record<ComputedColumn, Text> = {
  pctPlan: { vi: "% KH", en: "% of plan" },
  pctStretch: { vi: "% Phấn đấu", en: "% of stretch target" },
  pctPrior: { vi: "% CK", en: "% of prior year" },
  changePct: { vi: "Tăng/giảm so CK (%)", en: "Change vs prior year (%)" },
  diffPoints: { vi: "Chênh lệch (điểm %)", en: "Difference (points)" },
  verdict: { vi: "Đánh giá", en: "Verdict" },
};

/**
 * % CK and tăng/giảm where they compare the year's estimate with the prior full year (period.ts
 * comparesYearEstimate), so the table says which figure was compared with which; `priorYear` null
 * when the table names no year. Each still reads back as its column (headers.ts matchHeader).
 */
export function yearEstimateHeaders(priorYear: number | null): Record<"pctPrior" | "changePct", Text> {
  const vi = priorYear === null ? "năm trước" : `năm ${priorYear}`;
  const en = priorYear === null ? "the prior year" : String(priorYear);
  return {
    pctPrior: { vi: `% CK (ước cả năm so ${vi})`, en: `% of prior year (full-year estimate on ${en})` },
    changePct: {
      vi: `Tăng/giảm (%) ước cả năm so ${vi}`,
      en: `Change (%) of the full-year estimate on ${en}`,
    },
  };
}

/** en-US number format codes for the computed columns, with `decimals` places. */
export function computedNumberFormats(decimals: number): Record<ComputedColumn, string> {
  const d = Math.max(0, Math.floor(decimals));
  const n = d === 0 ? "0" : `0.${"0".repeat(d)}`;
  return {
    pctPlan: `${n}%`,
    pctStretch: `${n}%`,
    pctPrior: `${n}%`,
    changePct: `+${n}%;-${n}%;${n}%`,
    diffPoints: `+${n};-${n};${n}`,
    verdict: "General",
  };
}

export const COMPUTED_NUMBER_FORMATS: Record<ComputedColumn, string> = computedNumberFormats(2);

/**
 * Words a yes/no indicator's Thực hiện cell may hold, lower case: core's list (targets.ts), each
 * also without diacritics ("hoan thanh"), which core reads folded. Excel compares text without
 * regard to case, so the formula lists each once; `yesNoOf` reads a cell the same way.
 */
export const YESNO_WORDS: Record<YesNo, readonly string[]> = {
  yes: withFolded(YESNO_ACTUAL_WORDS.yes),
  no: withFolded(YESNO_ACTUAL_WORDS.no),
};
function withFolded(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((w) => [w, foldWord(w)]))];
}

/** How the verdict formula reads a yes/no cell (TRIM, case-insensitive); null when neither. */
export function yesNoOf(value: CellValue): YesNo | null {
  if (typeof value !== "string") return null;
  const text = value.trim().replace(/ +/g, " ").toLowerCase();
  if (YESNO_WORDS.yes.includes(text)) return "yes";
  if (YESNO_WORDS.no.includes(text)) return "no";
  return null;
}

const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;
/** A verdict label as a formula string literal, in the language the sheet is written in. */
export const verdictLiteral = (v: keyof typeof VERDICT_LABELS, lang: Lang): string =>
  str(VERDICT_LABELS[v][lang]);
const DASH_LIT = str(DASH);

/**
 * A number as an en-US formula literal: plain decimals (HyperFormula does not read "1E-9"),
 * negatives in brackets so "1+(-5)/100" reads right.
 */
function lit(n: number): string {
  const s = plainDecimal(Math.abs(n));
  return n < 0 ? `(-${s})` : s;
}

/** Same as compute.ts `slack`, in Excel. */
function slack(a: string, b: string): string {
  return `${lit(EPSILON)}*MAX(1,ABS(${a}),ABS(${b}))`;
}

/** A figure: its cell when the table has one (live), else the row's own value, else nothing. */
export interface Figure {
  ref: string;
  /** Tests that make `ref` a number; empty for constants. */
  guards: string[];
}

/**
 * A figure cell as the reader reads it, whatever is typed there after Tính toán: Excel keeps a
 * typed "4%" as 0.04 with a percent format and the reader (table.ts) reads it as 4, a plain 4 as 4.
 * The formula tells the two apart by CELL("format"), which starts with "P" for percent formats
 * (ECMA-376 §18.17.7.34; LibreOffice does the same) — the reader's "%" outside quotes. Microsoft's
 * page says Excel for the web does not support CELL("format"): a guess is that it gives an error
 * there, and IFERROR then reads the cell as a plain number rather than show #VALUE!.
 */
export function percentAware(address: string): string {
  return `(${address}*IFERROR(IF(LEFT(CELL("format",${address}),1)="P",100,1),1))`;
}

/**
 * A figure cell, live: a number (ISNUMBER), and within what the row's unit can hold (plausible.ts):
 * a 30-digit paste is "—" and "Chưa có số liệu" here as in core, never a 29-digit percentage. N()
 * makes the size test safe on text (AND does not short-circuit). The stored number is tested, not
 * the ×100 a percent format reads: that would add the CELL("format") test again to every figure
 * (+44 % of formula text at 3 000 rows); a cell shown as a percent therefore passes here up to 100×
 * the limit (over 1 000 000 % on a rate), where Kiểm tra still reports it as an error.
 */
export function figureGuards(address: string, unit: string): string[] {
  return [`ISNUMBER(${address})`, `ABS(N(${address}))<${lit(plausibleLimit(unit))}`, notDate(address)];
}

/**
 * The cell is not shown as a date: "9/12" typed later becomes 9 December (46365 with a date
 * format), no figure, as the reader says (date_in_figure_cell). CELL("format") gives "D1".."D9" for
 * date and time formats (ECMA-376 §18.17.7.34, Microsoft's CELL page). LibreOffice gives a "D"
 * code only for its own standard date formats (what typing "9/12" there gives, and
 * "[$-42A]dd/mm/yyyy"), and "G" for other codes read from an xlsx (id 14, "dd/mm/yyyy"): there
 * the serial still reaches the formula. That real Excel gives "D" for custom codes such as
 * "dd/mm/yyyy" is a guess (the common idiom relies on it); Excel for the web answers with an
 * error (IFERROR: "G", not a date). Where the guard cannot see a date, Kiểm tra still reports it.
 */
export function notDate(address: string): string {
  return `LEFT(IFERROR(CELL("format",${address}),"G"))<>"D"`;
}

/**
 * A figure cell, live; `raw`, what the cell held at Tính toán, when the reader read no figure from
 * it: a date ("9/12" made 9 December) stays no figure while the cell holds that serial, in engines
 * whose CELL("format") does not show the date (LibreOffice on an xlsx's codes, Excel for the web).
 * Text the reader did read as `value` ("6.794,12", "18.500", "3,5%", "25/42" in Thực hiện; the same
 * in Cùng kỳ, Phấn đấu, the year's estimate, the prior full year, a term's base and years) is compiled in as read while
 * the cell still holds it, so the sheet agrees with Kiểm tra (which offers the fix) instead of
 * showing "Chưa có số liệu" beside a figure; a number typed over it (the fix writes one) is read
 * live, other text typed later is no figure. The test `cell="6.794,12"` is Excel's text comparison
 * (case-insensitive; a number never equals a text), as LibreOffice's; not tried in Excel itself.
 */
export function figure(
  address: string | undefined,
  value: number | null,
  unit: string,
  raw?: CellValue,
): Figure | null {
  if (address !== undefined) {
    const guards = liveFigureGuards(address, unit, value, raw);
    const live = { ref: percentAware(address), guards };
    if (value === null || typeof raw !== "string" || raw.length > MAX_LITERAL || isNoFigure(raw)) return live;
    const [isNumber, ...rest] = guards;
    return {
      ref: `IF(ISNUMBER(${address}),${live.ref},${lit(value)})`,
      guards: [`OR(${isNumber},${address}=${str(raw)})`, ...rest],
    };
  }
  if (value !== null) return { ref: lit(value), guards: [] };
  return null;
}

/**
 * The tests a figure cell read live must pass to be a figure, as core reads one (figureGuards),
 * and not the serial the cell held at Tính toán when the reader read no figure from it (`value`
 * null, `raw` that serial): a date stays no figure where CELL("format") does not show it.
 */
function liveFigureGuards(address: string, unit: string, value: number | null, raw?: CellValue): string[] {
  const guards = figureGuards(address, unit);
  const refused = value === null && raw !== undefined ? refusedSerial(raw) : null;
  if (refused !== null) guards.push(`N(${address})<>${lit(refused)}`);
  return guards;
}

/**
 * liveFigureGuards as one test, for formulas outside the computed columns that read a figure cell
 * live (the chart data, charts.ts): a date typed there ("9/12", 46365) is no figure to plot either.
 */
export function isLiveFigure(address: string, unit: string, value: number | null, raw?: CellValue): string {
  return `AND(${liveFigureGuards(address, unit, value, raw).join(",")})`;
}

/**
 * The number a cell held that the reader did not take for a figure (a date's serial, as Office.js
 * gives it, or as the CLI's "yyyy-mm-dd"; a figure beyond what the unit holds): null for others.
 */
function refusedSerial(raw: CellValue): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  return typeof raw === "string" ? isoSerial(raw) : null;
}

/**
 * The actual. A fraction typed in Thực hiện ("25/42") was read as its count done (table.ts), text
 * such as "6.794,12" as its number: `figure` takes what core read while the cell still holds it.
 */
function actualFigure(row: IndicatorRow, cells: Partial<Record<InputColumn, string>>): Figure | null {
  return figure(cells.actual, row.actual, row.unit, row.raw.actual);
}

/**
 * "Ước thực hiện cả năm" or the prior full year, read as core read it: text such as "11.500" or
 * "62,5%" is compiled in while the cell still holds it, as Thực hiện's (`figure`); a number typed
 * over it later is read live. Null where the table has no such column.
 */
function periodFigure(row: IndicatorRow, ctx: PeriodFormulaContext, key: PeriodColumn): Figure | null {
  const address = ctx.cells[key];
  if (address === undefined) return null;
  return figure(address, row[key] ?? null, row.unit, row.periodRaw?.[key]);
}

/** The reader rescaled a percent-formatted number (0,04 shown as 4%) to this value. */
function isPercentScaled(value: number | null, raw: CellValue | undefined): boolean {
  if (typeof raw !== "number" || value === null || value === raw) return false;
  return Math.abs(raw * 100 - value) <= EPSILON * Math.max(1, Math.abs(value));
}

function when(guards: readonly string[], then: string, otherwise: string): string {
  if (guards.length === 0) return then;
  const test = guards.length === 1 ? guards[0] : `AND(${guards.join(",")})`;
  return `IF(${test},${then},${otherwise})`;
}

/** The plan figure as an expression (a cell, a constant, or CK × (1 + change/100)). */
function planFigure(row: IndicatorRow, cells: Partial<Record<InputColumn, string>>): Figure | null {
  const t = row.target;
  if (t === null || isYesNoRow(row)) return null;
  switch (t.kind) {
    case "value":
      // A plan the cell holds as a number stays live (read as the reader reads it); one read from
      // text ("4.835" in an en-US sheet) is compiled in as read.
      if (
        cells.plan !== undefined &&
        (row.raw.plan === undefined || row.raw.plan === t.value || isPercentScaled(t.value, row.raw.plan))
      ) {
        return figure(cells.plan, null, row.unit);
      }
      return { ref: lit(t.value), guards: [] };
    case "approx":
      return { ref: lit(t.value), guards: [] };
    case "limit":
      return { ref: lit(t.bound), guards: [] };
    case "all":
      return { ref: "100", guards: [] };
    case "relative": {
      // A range of change has no single plan figure (compute.ts planValue); verdictFormula judges it.
      if (t.changeTo !== undefined) return null;
      const ck = figure(cells.prior, row.prior, row.unit, row.raw.prior);
      return ck && { ref: changedBy(ck.ref, t.change, t.points), guards: ck.guards };
    }
    case "range":
    case "yesno":
      return null;
  }
}

/** compute.ts changedBy as a formula: CK moved by a change in % of it, or in điểm % (`points`). */
function changedBy(ck: string, change: number, points: true | undefined): string {
  return points ? `(${ck}+${lit(change)})` : `(${ck}*(1+${lit(change)}/100))`;
}

/** TH / base, "—" when either is not a number or the base fails `baseOk`. */
function ratio(th: Figure | null, base: Figure | null, baseOk: (b: string) => string): string {
  if (th === null || base === null) return `=${DASH_LIT}`;
  const body = `IF(${baseOk(base.ref)},${th.ref}/${base.ref},${DASH_LIT})`;
  return `=${when([...th.guards, ...base.guards], body, DASH_LIT)}`;
}

/** compute.ts tolerance() as a formula: how far TH may be from `p` and still be Đạt. */
function allowedGap(row: IndicatorRow, settings: Settings, p: string, s: string): string {
  const tol = tolerance(row, settings);
  if ("points" in tol) return tol.points === 0 ? s : `${lit(tol.points)}+${s}`;
  return tol.pct === 0 ? s : `ABS(${p})*${lit(tol.pct)}/100+${s}`;
}

/** A verdict as the formula writes it: a string literal, or an IF where the label depends on the sheet. */
type Label = (v: Verdict) => string;

/**
 * The verdict labels of the sheet's language; on a merged row whose units' figures the merge could
 * not combine (merge.ts notCombined), the row is said "Không tổng hợp được" where it would be
 * "Chưa có số liệu" or "Không giao kế hoạch", while `unitsGave` (every unit's figure still there)
 * holds: checkMerged's rule, live. A figure typed into the merged row makes it judged as any row.
 */
function labelsOf(lang: Lang, unitsGave?: string): Label {
  const apart = str(NOT_COMBINED_LABEL[lang]);
  return (v) => {
    const own = verdictLiteral(v, lang);
    if (unitsGave === undefined || (v !== "chua_co_so_lieu" && v !== "khong_giao_ke_hoach")) return own;
    return `IF(${unitsGave},${apart},${own})`;
  };
}

function verdictFormula(
  row: IndicatorRow,
  cells: Partial<Record<InputColumn, string>>,
  settings: Settings,
  th: Figure | null,
  label: Label,
): string {
  const NODATA = label("chua_co_so_lieu");
  const NOTARGET = label("khong_giao_ke_hoach");
  const t = row.target;
  if (isYesNoRow(row)) {
    const yes = t === null ? NOTARGET : label("dat");
    const no = t === null ? NOTARGET : label("khong_dat");
    if (cells.actual === undefined) {
      const word = row.actualYesNo;
      return `=${word === null ? NODATA : word === "yes" ? yes : no}`;
    }
    const cell = `TRIM(${cells.actual})`;
    const any = (words: readonly string[]): string =>
      `OR(${words.map((w) => `${cell}=${str(w)}`).join(",")})`;
    return `=IF(${any(YESNO_WORDS.yes)},${yes},IF(${any(YESNO_WORDS.no)},${no},${NODATA}))`;
  }
  if (th === null) return `=${NODATA}`;
  // An actual with no target is reported, not judged: "Không giao kế hoạch" (compute.ts judge).
  if (t === null) return `=${when(th.guards, NOTARGET, NODATA)}`;
  const x = th.ref;
  const up = effectiveDirection(row) === "up";
  if (t.kind === "all") {
    return `=${when(th.guards, `IF(ABS(${x}-100)<=${slack(x, "100")},${label("dat")},${label("khong_dat")})`, NODATA)}`;
  }
  const below = label(up ? "khong_dat" : "vuot");
  const above = label(up ? "vuot" : "khong_dat");
  const inRange = (lo: string, hi: string): string =>
    `IF(${x}<${lo}-${slack(x, lo)},${below},IF(${x}>${hi}+${slack(x, hi)},${above},${label("dat")}))`;
  if (t.kind === "range") return `=${when(th.guards, inRange(lit(t.lo), lit(t.hi)), NODATA)}`;
  if (t.kind === "relative" && t.changeTo !== undefined) {
    // compute.ts relativeRange: CK × (1 + each change), the lower of the two first (CK may be < 0).
    const ck = figure(cells.prior, row.prior, row.unit, row.raw.prior);
    if (ck === null) return `=${NODATA}`;
    const [a, b] = [t.change, t.changeTo].map((c) => changedBy(ck.ref, c, t.points)) as [string, string];
    return `=${when([...th.guards, ...ck.guards], inRange(`MIN(${a},${b})`, `MAX(${a},${b})`), NODATA)}`;
  }
  const plan = planFigure(row, cells);
  if (plan === null) return `=${NODATA}`;
  const p = plan.ref;
  const s = slack(x, p);

  const band = settings.basicBandPct;
  let notBetter = label("khong_dat");
  if (band !== null) {
    const r = up ? `${x}/${p}*100` : `${p}/${x}*100`;
    const b = lit(band);
    const inBand = `IF(${r}>=${b}-${slack(r, b)},${label("co_ban_dat")},${label("khong_dat")})`;
    notBetter = `IF(${x}>0,IF(${p}>0,${inBand},${label("khong_dat")}),${label("khong_dat")})`;
  }
  const better = up ? `${x}>${p}+${s}` : `${x}<${p}-${s}`;
  let body = `IF(${better},${label("vuot")},${notBetter})`;
  // A structure share without a direction is a composition: near its plan or not, never Vượt.
  if (isCompositionShare(row)) body = label("khong_dat");
  const exclusive = t.kind === "limit" && !t.inclusive;
  if (!exclusive) {
    const allowed = allowedGap(row, settings, p, s);
    body = `IF(ABS(${x}-${p})<=${allowed},${label("dat")},${body})`;
  }
  // A plan cell still empty (or holding words) leaves an actual without a target.
  if (t.kind === "value" && plan.guards.length > 0) {
    return `=${when(th.guards, when(plan.guards, body, NOTARGET), NODATA)}`;
  }
  return `=${when([...th.guards, ...plan.guards], body, label("chua_co_so_lieu"))}`;
}

/**
 * What the verdict cell shows when the Kế hoạch cell no longer holds what Tính toán read: a plan
 * in words ("dưới 4%", "giảm 10%", "6,6 – 6,8") is compiled into the formula as read, and no
 * formula reads Vietnamese words; retyped or typed later, it needs Tính toán again. So does text
 * typed later in Thực hiện ("6.794,12", which core reads; figureUnchanged), except beside a
 * full-year estimate that core judges instead. Not a verdict: the summary line counts it neither way.
 */
export const RECOMPUTE_LABEL: Text = { vi: "Cần tính lại", en: "Recompute" };

/**
 * A merged row whose units all gave figures the merge could not make one (merge.ts notCombined):
 * `unitsGave` is the live test that they still do (every unit's cell holds its figure).
 */
export interface NotCombinedContext {
  unitsGave: string;
}

/** Excel string literals hold at most 255 characters: a longer plan is not compared. */
const MAX_LITERAL = 255;

/**
 * The test that the plan cell still holds what the row was computed from: the same words when the
 * plan was read from text, and not words when it was a number (or empty) the formula reads live.
 * Null when the row has no plan cell or nothing to test.
 */
function planUnchanged(row: IndicatorRow, cells: Partial<Record<InputColumn, string>>): string | null {
  const cell = cells.plan;
  if (cell === undefined || isYesNoRow(row)) return null;
  const raw = row.raw.plan;
  if (typeof raw === "string" && raw.trim() !== "") {
    return raw.length > MAX_LITERAL ? null : `${cell}=${str(raw)}`;
  }
  // A number (or nothing) read live: words typed there later are not a figure the formula reads.
  return row.target?.kind === "value" ? `OR(NOT(ISTEXT(${cell})),TRIM(${cell})="")` : null;
}

/** Core's no-figure marks and "", as one string FIND looks "|mark|" up in (case-sensitive, no wildcards). */
const NO_FIGURE_LIST = str(`|${["", ...NO_FIGURE_MARKS].join("|")}|`);

/**
 * The test that a figure cell read live holds no text but what core read then: a number, nothing,
 * a no-figure mark ("-", "x"; core's list), or the text the cell held at Tính toán ("25/42",
 * "6.794,12" read then). Other text typed later ("6.794,12" in an en-US Excel stays text) is one
 * core reads and the formula does not: the verdict then says RECOMPUTE_LABEL, not "Chưa có số
 * liệu". Null when the row has no such cell, or held text too long to compare.
 */
export function figureUnchanged(cell: string | undefined, raw: CellValue | undefined): string | null {
  if (cell === undefined) return null;
  // T() is "" for a number or an empty cell: found, as "" is in the list.
  const noText = `ISNUMBER(FIND("|"&TRIM(T(${cell}))&"|",${NO_FIGURE_LIST}))`;
  if (typeof raw !== "string" || raw.trim() === "" || isNoFigure(raw)) return noText;
  return raw.length > MAX_LITERAL ? null : `OR(${noText},${cell}=${str(raw)})`;
}

/** Every test of `tests` that is not null, as one; null when none. */
export function allOf(...tests: (string | null)[]): string | null {
  const given = tests.filter((t): t is string => t !== null);
  return given.length > 1 ? `AND(${given.join(",")})` : (given[0] ?? null);
}

/** `formula` ("=…") where `test` holds, else `otherwise` (a formula literal). */
export function guarded(test: string | null, formula: string, otherwise: string): string {
  if (test === null || formula === `=${DASH_LIT}`) return formula;
  return `=IF(${test},${formula.slice(1)},${otherwise})`;
}

/**
 * The formula text for each computed column of one row. `cells` holds the A1 address of the
 * row's input cells; a figure without a cell is compiled in from the row. Excel value × 100 of
 * the % columns equals RowResult's value; diffPoints is in points, as RowResult's.
 */
export function rowFormulas(
  row: IndicatorRow,
  cells: Partial<Record<InputColumn, string>>,
  settings: Settings,
  period?: PeriodFormulaContext,
  notCombined?: NotCombinedContext,
): Record<ComputedColumn, string> {
  const th = isYesNoRow(row) ? null : actualFigure(row, cells);
  const label = labelsOf(settings.language, notCombined?.unitsGave);
  const recompute = str(RECOMPUTE_LABEL[settings.language]);
  const t = row.target;
  // What depends on the plan is right only while the plan cell holds what was read.
  const unchanged = planUnchanged(row, cells);
  // The verdict also needs the actual (and a plan relative to Cùng kỳ, the prior) to hold no text
  // the formula cannot read; % and chênh lệch show "—" on text already (their ISNUMBER guards).
  // A flow's pace in a partial period reads both prior figures too, for its seasonal share.
  const seasonal = period !== undefined && isSeasonal(row, cells, period);
  const figuresHeld = allOf(
    figureUnchanged(cells.actual, row.raw.actual),
    t?.kind === "relative" || seasonal ? figureUnchanged(cells.prior, row.raw.prior) : null,
    seasonal ? figureUnchanged(period.cells.priorYear, row.periodRaw?.priorYear) : null,
  );
  if (isYesNoRow(row)) {
    // A word is read live in any case: nothing typed there needs Tính toán again.
    const verdict = verdictFormula(row, cells, settings, th, label);
    const dash = `=${DASH_LIT}`;
    return { pctPlan: dash, pctStretch: dash, pctPrior: dash, changePct: dash, diffPoints: dash, verdict };
  }
  const estimate = period && estimateCell(row, period);
  const verdict = estimate
    ? // The year's estimate is judged whatever Thực hiện holds (period.ts judgeInPeriod): text
      // there only keeps the period's own pace from being judged.
      guarded(
        unchanged,
        estimateVerdictFormula(row, cells, settings, period, th, label, figuresHeld),
        recompute,
      )
    : guarded(
        allOf(unchanged, figuresHeld),
        (period && periodVerdictFormula(row, cells, settings, period, th, label)) ??
          verdictFormula(row, cells, settings, th, label),
        recompute,
      );
  const ck = figure(cells.prior, row.prior, row.unit, row.raw.prior);
  const plan = planFigure(row, cells);

  let diffPoints = `=${DASH_LIT}`;
  if (isPointsKind(row) && th !== null) {
    if (t?.kind === "range") {
      const [lo, hi] = [lit(t.lo), lit(t.hi)];
      const x = th.ref;
      diffPoints = `=${when(th.guards, `IF(${x}<${lo},${x}-${lo},IF(${x}>${hi},${x}-${hi},0))`, DASH_LIT)}`;
    } else if (plan !== null) {
      diffPoints = `=${when([...th.guards, ...plan.guards], `${th.ref}-(${plan.ref})`, DASH_LIT)}`;
    }
  }

  // Like with like (period.ts comparesYearEstimate): the year's estimate with the prior full year
  // where the table has those and no Cùng kỳ; else the period's actual with Cùng kỳ.
  const [now, before] = (period && yearComparison(row, cells, period)) ?? [th, ck];

  return {
    pctPlan: guarded(
      unchanged,
      ratio(th, plan, (b) => `${b}<>0`),
      DASH_LIT,
    ),
    pctStretch: ratio(th, figure(cells.stretch, row.stretch, row.unit, row.raw.stretch), (b) => `${b}<>0`),
    pctPrior: ratio(now, before, (b) => `${b}>0`),
    changePct: change(now, before),
    diffPoints: guarded(unchanged, diffPoints, DASH_LIT),
    verdict,
  };
}

/** (TH − CK) / |CK|, "—" when either is not a number or CK is 0 (compute.ts changePct). */
function change(th: Figure | null, ck: Figure | null): string {
  if (th === null || ck === null) return `=${DASH_LIT}`;
  const body = `IF(${ck.ref}<>0,(${th.ref}-${ck.ref})/ABS(${ck.ref}),${DASH_LIT})`;
  return `=${when([...th.guards, ...ck.guards], body, DASH_LIT)}`;
}

/**
 * The year's estimate and the prior full year, read live as core reads them (×100 under a percent
 * format), where % CK and tăng/giảm compare those two (period.ts comparesYearEstimate: a partial
 * period, no Cùng kỳ column, both period columns); null where they compare TH with Cùng kỳ.
 */
function yearComparison(
  row: IndicatorRow,
  cells: Partial<Record<InputColumn, string>>,
  ctx: PeriodFormulaContext,
): [Figure, Figure] | null {
  const { yearEstimate, priorYear } = ctx.cells;
  if (!isPartial(ctx.period) || isYesNoRow(row) || cells.prior !== undefined) return null;
  if (yearEstimate === undefined || priorYear === undefined) return null;
  return [periodFigure(row, ctx, "yearEstimate") as Figure, periodFigure(row, ctx, "priorYear") as Figure];
}

/**
 * "Đạt và vượt x/y chỉ tiêu" over one or more verdict ranges: x = Vượt + Đạt, y = every row
 * with a verdict other than "Chưa có số liệu" (blank cells are not rows). Where rows were judged
 * on progress (a partial period), x counts "Đúng tiến độ" too and the line says so, as
 * summary.ts summaryText does: "Đạt và vượt hoặc đúng tiến độ x/y chỉ tiêu".
 */
/**
 * What a summary line counts, as formula text over the verdict cells (summary.ts's counts): rows
 * reached (Vượt, Đạt, Đúng tiến độ), rows judged (every verdict but Chưa có số liệu, Không giao
 * kế hoạch, Cần tính lại and a merged row's Không tổng hợp được) and rows judged on progress (Đúng / Chậm tiến độ). The year's and the term's lines
 * both count this way.
 */
export function verdictCounts(
  verdictRanges: readonly string[],
  lang: Lang,
): { reached: string; total: string; progress: string } {
  const count = (v: keyof typeof VERDICT_LABELS): string =>
    verdictRanges.map((r) => `COUNTIF(${r},${verdictLiteral(v, lang)})`).join("+");
  const progress = `(${count("dung_tien_do")}+${count("cham_tien_do")})`;
  return {
    reached: `(${count("vuot")}+${count("dat")}+${count("dung_tien_do")})`,
    total: `(${count("vuot")}+${count("dat")}+${count("co_ban_dat")}+${count("khong_dat")}+${progress})`,
    progress,
  };
}

/**
 * The summary line; `notCombined` (a merged sheet with rows the merge could not combine) adds what
 * summary-text.ts apartText says of them, counted live: "; 1 chỉ tiêu không tổng hợp được".
 */
export function summaryFormula(
  verdictRanges: readonly string[],
  lang: Lang = "vi",
  notCombined = false,
): string {
  const { reached, total, progress } = verdictCounts(verdictRanges, lang);
  const apart = notCombined ? `&${notCombinedPart(verdictRanges, lang)}` : "";
  if (lang === "en") {
    // "6 of 14 targets reached or exceeded", "1 of 1 target …", as summary.ts summaryText says it.
    const tail = `IF(${progress}>0,${str(" reached, exceeded or on track")},${str(" reached or exceeded")})`;
    return `=${reached}&" of "&${total}&${targetsOf(total)}&${tail}${apart}`;
  }
  const head = `IF(${progress}>0,${str("Đạt và vượt hoặc đúng tiến độ ")},${str("Đạt và vượt ")})`;
  return `=${head}&${reached}&"/"&${total}&${str(" chỉ tiêu")}${apart}`;
}

/** " target" after a total of 1, " targets" otherwise: English counts agree with their noun. */
export function targetsOf(total: string): string {
  return `IF(${total}=1,${str(" target")},${str(" targets")})`;
}

/** "; n chỉ tiêu không tổng hợp được" / "; n indicators not combined" when n > 0, else "". */
function notCombinedPart(verdictRanges: readonly string[], lang: Lang): string {
  const label = NOT_COMBINED_LABEL[lang];
  const n = `(${verdictRanges.map((r) => `COUNTIF(${r},${str(label)})`).join("+")})`;
  const words =
    lang === "vi"
      ? str(` chỉ tiêu ${label.toLowerCase()}`)
      : `IF(${n}=1,${str(" indicator")},${str(" indicators")})&${str(` ${label.toLowerCase()}`)}`;
  return `IF(${n}>0,"; "&${n}&${words},"")`;
}

export function groupSummaryFormula(verdictRange: string, lang: Lang = "vi", notCombined = false): string {
  return summaryFormula([verdictRange], lang, notCombined);
}

/**
 * Whether a formula in the summary cell is ours, in either language: a cell holding it is
 * rewritten on the next Tính toán (a switch of language rewrites it), anything else is the user's.
 */
export function isSummaryFormula(formula: string): boolean {
  if (!formula.startsWith("=") || !formula.includes("COUNTIF(")) return false;
  // The English line said " targets reached or exceeded" whatever the count before it agreed with 1.
  return [str("Đạt và vượt "), str(" reached or exceeded"), str(" targets reached or exceeded")].some((t) =>
    formula.includes(t),
  );
}

// ---- Partial periods (period.ts judgeInPeriod as a formula) ----------------------------------

/** What a partial period's verdict formula reads besides the row's input cells. */
export interface PeriodFormulaContext {
  period: Period;
  /** "Ước thực hiện cả năm" and the prior full year, when the table has them. */
  cells: Partial<Record<PeriodColumn, string>>;
}

/** Whether a flow's pace reads Cùng kỳ and the prior full year (shareFormula's seasonal share). */
function isSeasonal(
  row: IndicatorRow,
  cells: Partial<Record<InputColumn, string>>,
  ctx: PeriodFormulaContext,
): boolean {
  const judged = isPartial(ctx.period) && !isYesNoRow(row) && row.target !== null && isProgressFlow(row);
  return judged && cells.prior !== undefined && ctx.cells.priorYear !== undefined;
}

/** The share of the year a flow should have reached: seasonal when both prior figures are there. */
function shareFormula(
  row: IndicatorRow,
  cells: Partial<Record<InputColumn, string>>,
  ctx: PeriodFormulaContext,
): string {
  const linear = lit((PERIOD_MONTHS[ctx.period] ?? 12) / 12);
  if (cells.prior === undefined) return linear;
  // Read as core reads them (text it read compiled in while the cell holds it); a figure that is
  // none (a date, oversized, text typed later) makes the share the linear one.
  const ck = figure(cells.prior, row.prior, row.unit, row.raw.prior);
  const pyf = periodFigure(row, ctx, "priorYear");
  if (ck === null || pyf === null) return linear;
  const [c, py] = [ck.ref, pyf.ref];
  const number = (f: Figure): string => `AND(${f.guards.join(",")})`;
  return `IF(${number(ck)},IF(${number(pyf)},IF(${py}>0,IF(${c}>0,IF(${c}<=${py},${c}/${py},${linear}),${linear}),${linear}),${linear}),${linear})`;
}

/**
 * The verdict of a partial period, or null where the row is judged as at the year. The year's
 * estimate, when its cell holds a number, is judged as the year; a level's "Không đạt" reads
 * "Chậm tiến độ"; a flow is Vượt / Đạt at the annual plan, else on track against share × plan.
 */
function periodVerdictFormula(
  row: IndicatorRow,
  cells: Partial<Record<InputColumn, string>>,
  settings: Settings,
  ctx: PeriodFormulaContext,
  th: Figure | null,
  label: Label,
): string | null {
  if (!isPartial(ctx.period) || isYesNoRow(row) || row.target === null) return null;
  return progressFormula(row, cells, settings, ctx, th, label);
}

/**
 * The "Ước thực hiện cả năm" cell the row's partial-period verdict judges when it holds a number;
 * undefined where the table has none, and for a plan relative to Cùng kỳ, a same-period plan the
 * year's estimate is not held to.
 */
function estimateCell(row: IndicatorRow, ctx: PeriodFormulaContext): string | undefined {
  if (!isPartial(ctx.period) || isYesNoRow(row) || row.target === null) return undefined;
  return row.target.kind === "relative" ? undefined : ctx.cells.yearEstimate;
}

/**
 * The verdict where the year's estimate is judged when its cell holds a number, the period's pace
 * when not; `paceHeld`, the test that Thực hiện holds nothing the formula cannot read, guards the
 * pace alone: core judges the estimate whatever Thực hiện holds (period.ts judgeInPeriod).
 */
function estimateVerdictFormula(
  row: IndicatorRow,
  cells: Partial<Record<InputColumn, string>>,
  settings: Settings,
  ctx: PeriodFormulaContext,
  th: Figure | null,
  label: Label,
  paceHeld: string | null,
): string {
  const est = estimateCell(row, ctx) as string;
  // Read as core reads it (table.ts readFigure): ×100 under a percent format, no date, not
  // oversized; text core read ("11.500") compiled in while the cell holds it.
  const estimate = periodFigure(row, ctx, "yearEstimate") as Figure;
  const guards = estimate.guards;
  const year = verdictFormula(row, cells, settings, estimate, label);
  // Other text typed there later is an estimate core reads and the formula does not: judging the
  // pace instead would give another verdict than core's, so Tính toán again.
  const held = allOf(paceHeld, figureUnchanged(est, row.periodRaw?.yearEstimate));
  const pace = guarded(
    held,
    progressFormula(row, cells, settings, ctx, th, label),
    str(RECOMPUTE_LABEL[settings.language]),
  );
  return `=IF(AND(${guards.join(",")}),${year.slice(1)},${pace.slice(1)})`;
}

function progressFormula(
  row: IndicatorRow,
  cells: Partial<Record<InputColumn, string>>,
  settings: Settings,
  ctx: PeriodFormulaContext,
  th: Figure | null,
  label: Label,
): string {
  const t = row.target;
  const plan = planFigure(row, cells);
  if (!isProgressFlow(row) || t === null || th === null || plan === null) {
    // A level: the year's verdict, with "Không đạt" read as "Chậm tiến độ" while the year runs.
    return verdictFormula(row, cells, settings, th, label)
      .split(label("khong_dat"))
      .join(label("cham_tien_do"));
  }
  const x = th.ref;
  const p = plan.ref.includes("*") ? `(${plan.ref})` : plan.ref;
  const s = slack(x, p);
  const e = `(${shareFormula(row, cells, ctx)})*${p}`;
  const exclusive = t.kind === "limit" && !t.inclusive;
  const onTrack = label("dung_tien_do");
  const behind = label("cham_tien_do");
  let body: string;
  if (effectiveDirection(row) === "up") {
    body = `IF(${x}>${p}+${s},${label("vuot")},IF(${x}>=${e}-${slack(x, e)},${onTrack},${behind}))`;
    if (!exclusive) {
      const allowed = allowedGap(row, settings, p, s);
      body = `IF(ABS(${x}-${p})<=${allowed},${label("dat")},${body})`;
    }
  } else {
    const over = exclusive ? `${x}>=${p}-${s}` : `${x}>${p}+${s}`;
    body = `IF(${over},${label("khong_dat")},IF(${x}<=${e}+${slack(x, e)},${onTrack},${behind}))`;
  }
  return `=${when([...th.guards, ...plan.guards], body, label("chua_co_so_lieu"))}`;
}

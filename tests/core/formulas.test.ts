/**
 * The agreement test: the Excel formulas rowFormulas writes compute what computeRow computes.
 * Each case is one sheet row in HyperFormula: input cells A–D, the six formulas in E–J.
 */
import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { computeRow, isYesNoRow, verdictLabel } from "../../src/core/compute";
import {
  COMPUTED_COLUMNS,
  COMPUTED_HEADERS,
  COMPUTED_NUMBER_FORMATS,
  DASH,
  RECOMPUTE_LABEL,
  computedNumberFormats,
  figureGuards,
  groupSummaryFormula,
  isSummaryFormula,
  percentAware,
  rowFormulas,
  summaryFormula,
  yesNoOf,
} from "../../src/core/formulas";
import {
  DEFAULT_SETTINGS,
  type CellValue,
  type ComputedColumn,
  type Direction,
  type IndicatorKind,
  type IndicatorRow,
  type RowResult,
  type Settings,
  type Target,
} from "../../src/core/model";
import { SEEDS, seedToTable } from "../../src/core/seeds";
import { summarize, summaryText } from "../../src/core/summary";
import { computePlan } from "../../src/core/plan";
import { readTable } from "../../src/core/table";
import { isNoFigure } from "../../src/core/targets";
import { cellFormatConfig } from "../../src/workbench/engine";
import { indicatorRow as baseRow } from "./indicator-row";

/** One case: a row as core sees it, and what its input cells hold in the sheet. */
interface Case {
  row: IndicatorRow;
  sheet: { actual: CellValue; prior: CellValue; plan: CellValue; stretch: CellValue };
  settings: Settings;
  /** Input columns the table lacks: rowFormulas then compiles the row's own figure in. */
  omit?: readonly (typeof INPUTS)[number][];
  /** Number formats of the input cells ("0.00%" for a typed "6,50%"); General when absent. */
  formats?: Partial<Record<(typeof INPUTS)[number], string>>;
}

const INPUTS = ["actual", "prior", "plan", "stretch"] as const;

/** Excel-like engine: compares text case-insensitively but accent-sensitively, as Excel does. */
function evaluate(cases: readonly Case[]): { values: unknown[][]; formulas: string[][] } {
  const formulas = cases.map((c, i) => {
    const r = i + 1;
    const all = { actual: `A${r}`, prior: `B${r}`, plan: `C${r}`, stretch: `D${r}` };
    const cells = Object.fromEntries(Object.entries(all).filter(([k]) => !c.omit?.some((o) => o === k)));
    const f = rowFormulas(c.row, cells, c.settings);
    return COMPUTED_COLUMNS.map((k) => f[k]);
  });
  // A leading apostrophe keeps text as text, as in Excel ("'150" is the text 150).
  const asInput = (v: CellValue): RawCellContent => (typeof v === "string" ? `'${v}` : v);
  const data: RawCellContent[][] = cases.map((c, i) => [
    ...INPUTS.map((k) => asInput(c.sheet[k])),
    ...(formulas[i] ?? []),
  ]);
  // Below the rows: the group's "đạt và vượt x/y" over the verdict column J.
  // In the language of the first case: a property run writes one language throughout.
  const lang = cases[0]?.settings.language ?? "vi";
  data.push([null, null, null, null, groupSummaryFormula(`J1:J${Math.max(1, cases.length)}`, lang)]);
  const formatAt = (_sheet: number, r: number, c: number): string => {
    const input = INPUTS[c];
    return (input && cases[r]?.formats?.[input]) ?? "General";
  };
  const hf = HyperFormula.buildFromArray(data, {
    ...cellFormatConfig(formatAt),
    licenseKey: "gpl-v3",
    accentSensitive: true,
    caseSensitive: false,
    smartRounding: false,
  });
  const values = hf.getSheetValues(0);
  hf.destroy();
  return { values, formulas };
}

const SCALE: Record<ComputedColumn, number> = {
  pctPlan: 100,
  pctStretch: 100,
  pctPrior: 100,
  changePct: 100,
  diffPoints: 1,
  verdict: 1,
};

/**
 * Text typed in a figure cell after Tính toán: not what the cell held then, not blank, not a mark
 * core reads as no figure ("-", "x"). Core reads it ("6.794,12" is 6794,12) and no formula does.
 */
function typedLater(sheet: CellValue, raw: CellValue | undefined): boolean {
  return typeof sheet === "string" && sheet !== raw && sheet.trim() !== "" && !isNoFigure(sheet);
}

/**
 * Where the sheet cannot say what core says, it must say "Cần tính lại": text typed later in
 * Thực hiện, or in Cùng kỳ when the plan is relative to it (cells the table has).
 */
function needsRecompute(c: Case): boolean {
  if (isYesNoRow(c.row)) return false;
  const has = (k: (typeof INPUTS)[number]): boolean => !c.omit?.includes(k);
  if (has("actual") && typedLater(c.sheet.actual, c.row.raw.actual)) return true;
  return c.row.target?.kind === "relative" && has("prior") && typedLater(c.sheet.prior, c.row.raw.prior);
}

/** Every disagreement between the sheet and computeRow, as readable lines (empty = agreement). */
function disagreements(cases: readonly Case[]): string[] {
  const { values, formulas } = evaluate(cases);
  const out: string[] = [];
  cases.forEach((c, i) => {
    const expected: RowResult = computeRow(c.row, c.settings);
    COMPUTED_COLUMNS.forEach((k, j) => {
      const got = values[i]?.[INPUTS.length + j];
      const where = `row ${i + 1} ${k} ${formulas[i]?.[j]} :: ${JSON.stringify(c)}`;
      if (typeof got !== "number" && typeof got !== "string") {
        out.push(`error ${JSON.stringify(got)} at ${where}`);
        return;
      }
      if (k === "verdict") {
        const want = needsRecompute(c)
          ? RECOMPUTE_LABEL[c.settings.language]
          : verdictLabel(expected.verdict, c.settings.language);
        if (got !== want) out.push(`verdict ${got} ≠ ${want} at ${where}`);
        return;
      }
      // Text the formula cannot read is "—" in every figure column.
      if (needsRecompute(c) && got === DASH) return;
      const want = expected[k];
      if (want === null) {
        if (got !== DASH) out.push(`${got} ≠ — at ${where}`);
      } else if (
        typeof got !== "number" ||
        Math.abs(got * SCALE[k] - want) > 1e-9 * Math.max(1, Math.abs(want))
      ) {
        out.push(`${String(got)} × ${SCALE[k]} ≠ ${want} at ${where}`);
      }
    });
  });
  const rows = cases.map((c, i) => ({ ...c.row, sheetRow: i }));
  // "Cần tính lại" is counted neither way by the summary line: no result, as a row with no data.
  const judged = rows.filter((_, i) => !needsRecompute(cases[i]!));
  const results = new Map(
    judged.map((r) => [r.sheetRow, computeRow(r, cases[r.sheetRow]?.settings ?? DEFAULT_SETTINGS)]),
  );
  const s = summarize(
    {
      title: "",
      unitName: "",
      period: "nam",
      year: null,
      groups: [{ stt: "", name: "", sheetRow: null, rows }],
    },
    results,
  );
  const summaryCell = values[cases.length]?.[INPUTS.length];
  const lang = cases[0]?.settings.language ?? "vi";
  // Core's sentence without what it counts apart (the sheet's line leaves that to the report).
  const want = summaryText({ ...s, noData: 0, noTarget: 0 }, lang);
  if (summaryCell !== want) out.push(`summary ${String(summaryCell)} ≠ ${s.reached}/${s.total}`);
  return out;
}

/** A case whose sheet holds exactly the row's figures. */
function caseOf(row: IndicatorRow, settings: Settings = DEFAULT_SETTINGS, plan?: CellValue): Case {
  const t = row.target;
  return {
    row,
    settings,
    sheet: {
      actual: row.actual,
      prior: row.prior,
      plan: plan !== undefined ? plan : t?.kind === "value" ? t.value : null,
      stretch: row.stretch,
    },
  };
}

describe("formulas agree with computeRow", () => {
  test("on every seed row, with and without the Cơ bản đạt band", () => {
    const cases: Case[] = [];
    for (const seed of SEEDS) {
      for (const g of seed.groups) {
        const table = seedToTable({ ...seed, groups: [g] });
        for (const [i, row] of (table.groups[0]?.rows ?? []).entries()) {
          const plan = g.rows[i]?.plan ?? null;
          const withRaw = { ...row, raw: { plan } };
          cases.push(caseOf(withRaw, DEFAULT_SETTINGS, plan));
          cases.push(caseOf(withRaw, { ...DEFAULT_SETTINGS, basicBandPct: 95 }, plan));
        }
      }
    }
    expect(cases.length).toBeGreaterThan(50);
    expect(disagreements(cases)).toEqual([]);
  });

  test("176 / 150 gives 1,1733… in the % KH cell (117,33%) and Vượt", () => {
    const c = caseOf(baseRow({ target: { kind: "value", value: 150 }, actual: 176 }));
    const { values } = evaluate([c]);
    expect(values[0]?.[4]).toBeCloseTo(1.173333333, 8);
    expect(values[0]?.[9]).toBe("Vượt");
    expect(disagreements([c])).toEqual([]);
  });

  test("CK −10 → TH 5 shows +150% and % CK shows —", () => {
    const { values } = evaluate([caseOf(baseRow({ actual: 5, prior: -10 }))]);
    expect(values[0]?.[6]).toBe(DASH);
    expect(values[0]?.[7]).toBeCloseTo(1.5, 12);
  });

  test("KH 0, CK 0 and text in figure cells give —, never #DIV/0! or #VALUE!", () => {
    const zero = caseOf(baseRow({ target: { kind: "value", value: 0 }, actual: 12, prior: 0 }));
    // Text held since Tính toán, that core read as no figure then.
    const text: Case = {
      row: baseRow({ target: { kind: "value", value: 150 }, raw: { actual: "176 dn", prior: "6.794,12" } }),
      settings: DEFAULT_SETTINGS,
      sheet: { actual: "176 dn", prior: "6.794,12", plan: 150, stretch: "abc" },
    };
    const { values } = evaluate([zero, text]);
    expect(values[0]?.slice(4, 9)).toEqual([DASH, DASH, DASH, DASH, DASH]);
    expect(values[0]?.[9]).toBe("Vượt");
    expect(values[1]?.slice(4)).toEqual([DASH, DASH, DASH, DASH, DASH, "Chưa có số liệu"]);
    expect(disagreements([zero, text])).toEqual([]);
  });

  test("text typed in Thực hiện after Tính toán: 'Cần tính lại' where core reads a figure, a no-figure mark stays no data", () => {
    // At Tính toán: TH 176 (a number), KH 150, CK 160; Vượt, 110% of plan.
    const row = baseRow({
      target: { kind: "value", value: 150 },
      actual: 176,
      prior: 160,
      raw: { actual: 176 },
    });
    const typed = (actual: CellValue): Case => ({ ...caseOf(row), sheet: { ...caseOf(row).sheet, actual } });
    const later = ["6.794,12", "abc", "176 dn"].map(typed);
    const marks = ["-", "x", "X", " … ", "...", "", " "].map(typed);
    const { values } = evaluate([caseOf(row), ...later, ...marks]);
    expect(values[0]?.[9]).toBe("Vượt");
    for (const v of values.slice(1, 4))
      expect(v.slice(4)).toEqual([DASH, DASH, DASH, DASH, DASH, "Cần tính lại"]);
    for (const v of values.slice(4, 11))
      expect(v.slice(4)).toEqual([DASH, DASH, DASH, DASH, DASH, "Chưa có số liệu"]);
    // The summary line counts "Cần tính lại" neither way, as a row with no data: 1/1, not 1/4.
    expect(values[11]?.[4]).toBe("Đạt và vượt 1/1 chỉ tiêu");
    // (The marks are compared by hand above: core reads them now as no figure, not as at Tính toán.)
    expect(disagreements([caseOf(row), ...later])).toEqual([]);
    // Core reads "6.794,12" as 6794,12: judged Vượt, where the sheet asks to compute again.
    const read = readTable(
      [
        ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện"],
        [1, "Doanh thu", "tỷ đồng", 150, "6.794,12"],
      ],
      { convention: "vi" },
    );
    const coreRow = read.table.groups[0]!.rows[0]!;
    expect(coreRow.actual).toBeCloseTo(6794.12, 9);
    expect(computeRow(coreRow, DEFAULT_SETTINGS).verdict).toBe("vuot");
  });

  test("text typed in Cùng kỳ after Tính toán: 'Cần tính lại' on a plan relative to it, no change elsewhere", () => {
    // "tăng 10%" on CK 160: plan 176; TH 180 is Vượt. A plain plan of 150 does not read CK.
    const relative = baseRow({
      target: { kind: "relative", change: 10 },
      actual: 180,
      prior: 160,
      raw: { plan: "tăng 10%", prior: 160 },
    });
    const plain = baseRow({
      target: { kind: "value", value: 150 },
      actual: 180,
      prior: 160,
      raw: { prior: 160 },
    });
    const typed = (row: IndicatorRow, prior: CellValue): Case => ({
      ...caseOf(row, DEFAULT_SETTINGS, row.raw.plan ?? 150),
      sheet: { actual: 180, prior, plan: row.raw.plan ?? 150, stretch: null },
    });
    const cases = [
      typed(relative, 160),
      typed(relative, "6.794,12"),
      typed(relative, "-"),
      typed(plain, "6.794,12"),
    ];
    const { values } = evaluate(cases);
    expect(values.slice(0, 4).map((v) => v[9])).toEqual(["Vượt", "Cần tính lại", "Chưa có số liệu", "Vượt"]);
    // % CK on the plain row is "—" as for any text in Cùng kỳ (the rules flag it), so not compared.
    expect(disagreements(cases.slice(0, 2))).toEqual([]);
  });

  test("giảm 5% so với năm 2019 is compiled in and stays live on Cùng kỳ", () => {
    const row = baseRow({
      direction: "down",
      target: { kind: "relative", change: -5 },
      actual: 108,
      prior: 120,
    });
    const f = rowFormulas(row, { actual: "F7", prior: "G7", plan: "E7" }, DEFAULT_SETTINGS);
    expect(f.pctPlan).toContain(`${percentAware("G7")}*(1+(-5)/100)`);
    expect(f.pctPlan).not.toContain("E7");
    expect(disagreements([caseOf(row, DEFAULT_SETTINGS, "giảm 5% so với năm 2019")])).toEqual([]);
  });

  test("tăng 5–7% on Cùng kỳ 472 is the range 495,6 – 505,04, live on Cùng kỳ: 500 Đạt, 510 Vượt, 490 Không đạt", () => {
    const at = (actual: number, prior = 472) =>
      baseRow({ target: { kind: "relative", change: 5, changeTo: 7 }, actual, prior });
    const cases = [500, 510, 490].map((th) => caseOf(at(th), DEFAULT_SETTINGS, "tăng 5-7%"));
    expect(cases.map((c) => computeRow(c.row, DEFAULT_SETTINGS).verdict)).toEqual([
      "dat",
      "vuot",
      "khong_dat",
    ]);
    const { values } = evaluate(cases);
    expect(values.slice(0, 3).map((v) => v[9])).toEqual(["Đạt", "Vượt", "Không đạt"]);
    // No single plan figure: % KH is "—", as for a range.
    expect(values.slice(0, 3).map((v) => v[4])).toEqual([DASH, DASH, DASH]);
    // Retyping Cùng kỳ moves the range: 500 against 480 × 1,05–1,07 = 504–513,6 is Không đạt.
    const computed = caseOf(at(500), DEFAULT_SETTINGS, "tăng 5-7%");
    const moved: Case = { ...computed, sheet: { ...computed.sheet, prior: 480 } };
    expect(evaluate([moved]).values[0]?.[9]).toBe("Không đạt");
    // giảm 5–7% of 15 accidents: 13,95 – 14,25; 12 is better than planned, so Vượt.
    const down = baseRow({
      direction: "down",
      target: { kind: "relative", change: -5, changeTo: -7 },
      actual: 12,
      prior: 15,
    });
    expect(computeRow(down, DEFAULT_SETTINGS).verdict).toBe("vuot");
    expect(disagreements([...cases, caseOf(down, DEFAULT_SETTINGS, "giảm 5-7%")])).toEqual([]);
  });

  test("seed 002's NLTS share 31,83% planned, no Chiều: 31,5 Đạt (0,33 điểm %), 31,2 and 32,5 Không đạt, never Vượt", () => {
    const nlts = (actual: number, over: Partial<IndicatorRow> = {}) =>
      baseRow({
        name: "Cơ cấu kinh tế: nông - lâm - thủy sản",
        unit: "%",
        kind: "structure",
        directionFrom: "default",
        target: { kind: "value", value: 31.83 },
        actual,
        ...over,
      });
    const cases = [31.5, 31.2, 32.5].map((th) => caseOf(nlts(th)));
    expect(cases.map((c) => computeRow(c.row, DEFAULT_SETTINGS).verdict)).toEqual([
      "dat",
      "khong_dat",
      "khong_dat",
    ]);
    expect(evaluate(cases).values.map((v) => v[9])).toEqual(["Đạt", "Không đạt", "Không đạt"]);
    // The reason says which side, in điểm %.
    const above = computeRow(nlts(32.5), DEFAULT_SETTINGS).reasons.find((f) => f.code === "share_off_plan");
    expect(above?.message.vi).toContain("cao hơn cơ cấu kế hoạch 31,83% 0,67 điểm %");
    expect(above?.message.en).toContain("0,67 points above the planned structure of 31,83%");
    // A direction the table gives (a Chiều cell: no directionFrom) is followed: 32,5 is Vượt.
    const given = nlts(32.5, { directionFrom: undefined });
    expect(computeRow(given, DEFAULT_SETTINGS).verdict).toBe("vuot");
    expect(disagreements([...cases, caseOf(given)])).toEqual([]);
  });

  test("a plan cell holding another number than the one read (4.835 read from text) is compiled in as read", () => {
    const row = baseRow({
      kind: "rate",
      target: { kind: "value", value: 4 },
      actual: 3.2,
      raw: { plan: "4" },
    });
    const f = rowFormulas(row, { actual: "F7", plan: "E7" }, DEFAULT_SETTINGS);
    const ok = (...cells: string[]) => `AND(${cells.flatMap((c) => figureGuards(c, row.unit)).join(",")})`;
    // Compiled in while E7 still holds the "4" it was read from; retyped, "—" until computed again.
    expect(f.diffPoints).toBe(`=IF(E7="4",IF(${ok("F7")},${percentAware("F7")}-(4),"—"),"—")`);
    const live = rowFormulas({ ...row, raw: { plan: 4 } }, { actual: "F7", plan: "E7" }, DEFAULT_SETTINGS);
    const notWords = `OR(NOT(ISTEXT(E7)),TRIM(E7)="")`;
    expect(live.diffPoints).toBe(
      `=IF(${notWords},IF(${ok("F7", "E7")},${percentAware("F7")}-(${percentAware("E7")}),"—"),"—")`,
    );
  });

  test("cells Excel shows as percent (0,04 shown 4%) are read ×100 like the reader, plain ones as they are", () => {
    const row = baseRow({
      kind: "rate",
      unit: "%",
      direction: "down",
      target: { kind: "value", value: 4 },
      actual: 3.2,
      prior: 4.5,
      raw: { plan: 0.04, actual: 0.032, prior: 0.045 },
    });
    const percent = { actual: "0.0%", prior: "0.0%", plan: "0%" };
    const cases: Case[] = [
      {
        row,
        settings: DEFAULT_SETTINGS,
        sheet: { actual: 0.032, prior: 0.045, plan: 0.04, stretch: null },
        formats: percent,
      },
      {
        row: { ...row, actual: 4.4, raw: { ...row.raw, actual: 0.044 } },
        settings: DEFAULT_SETTINGS,
        sheet: { actual: 0.044, prior: 0.045, plan: 0.04, stretch: null },
        formats: percent,
      },
      // The same figures typed plain, into the formulas made for the percent cells.
      {
        row,
        settings: DEFAULT_SETTINGS,
        sheet: { actual: 3.2, prior: 4.5, plan: 4, stretch: null },
        formats: { actual: "0.00", plan: "General" },
      },
    ];
    expect(disagreements(cases)).toEqual([]);
    expect(evaluate(cases).values.map((r) => r[9])).toEqual(["Vượt", "Không đạt", "Vượt"]);
  });

  test("a yes/no row reads the word in Thực hiện, whatever its case and spaces", () => {
    const words = ["Hoàn thành", " đạt ", "Không đạt", "chưa hoàn thành", "đang làm", ""];
    const cases = words.map((w) => ({
      row: baseRow({ kind: "yesno" as const, target: { kind: "yesno" as const }, actualYesNo: yesNoOf(w) }),
      settings: DEFAULT_SETTINGS,
      sheet: { actual: w, prior: null, plan: "hoàn thành", stretch: null },
    }));
    const { values } = evaluate(cases);
    expect(values.map((r) => r[9])).toEqual([
      "Đạt",
      "Đạt",
      "Không đạt",
      "Không đạt",
      "Chưa có số liệu",
      "Chưa có số liệu",
    ]);
    expect(disagreements(cases)).toEqual([]);
  });

  test("on random rows of every kind, direction and target, with empty, zero, negative and text figures", () => {
    const num = fc.oneof(
      fc.constantFrom(0, 1, 4, 5, 30, 35, 100, 150, 176, -10, 0.3, 6.6, 6.8),
      fc.integer({ min: -1000, max: 200000 }),
      fc.integer({ min: -100000, max: 1000000 }).map((n) => n / 100),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-6),
    );
    const text = fc.constantFrom("abc", "150", "6.794,12", "—", " ", "37.067 tỷ");
    /** A figure cell: empty, a number, a text (core reads text here as no number) or a boolean. */
    const cell = fc.oneof(
      { weight: 5, arbitrary: num.map((n) => ({ value: n as number | null, sheet: n as CellValue })) },
      { weight: 1, arbitrary: fc.constant({ value: null, sheet: null }) },
      { weight: 1, arbitrary: text.map((t) => ({ value: null, sheet: t as CellValue })) },
      { weight: 1, arbitrary: fc.boolean().map((b) => ({ value: null, sheet: b as CellValue })) },
    );
    const target: fc.Arbitrary<Target | null> = fc.oneof(
      fc.constant(null),
      num.map((value) => ({ kind: "value" as const, value })),
      fc
        .tuple(num, num)
        .map(([a, b]) => ({ kind: "range" as const, lo: Math.min(a, b), hi: Math.max(a, b) })),
      fc.record({
        kind: fc.constant("limit" as const),
        bound: num,
        side: fc.constantFrom("upper" as const, "lower" as const),
        inclusive: fc.boolean(),
      }),
      num.map((value) => ({ kind: "approx" as const, value })),
      fc.integer({ min: -50, max: 50 }).map((change) => ({ kind: "relative" as const, change })),
      fc
        .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.boolean())
        .map(([a, b, down]) => ({
          kind: "relative" as const,
          change: (down ? -1 : 1) * Math.min(a, b),
          changeTo: (down ? -1 : 1) * Math.max(a, b),
        })),
      fc.constant({ kind: "all" as const }),
      fc.constant({ kind: "yesno" as const }),
    );
    const settings: fc.Arbitrary<Settings> = fc.record({
      convention: fc.constant("vi" as const),
      tolerancePct: fc.constantFrom(0, 0, 1, 2.5),
      approxTolerancePct: fc.constantFrom(5, 10),
      approxTolerancePoints: fc.constantFrom(0.5, 0.2),
      basicBandPct: fc.constantFrom(null, 90, 95),
      decimals: fc.constant(2),
      language: fc.constant("vi" as const),
    });
    const oneCase: fc.Arbitrary<Case> = fc
      .record({
        kind: fc.constantFrom<IndicatorKind>("quantity", "rate", "growth", "structure", "yesno"),
        direction: fc.constantFrom<Direction>("up", "down"),
        // "default": no Chiều cell, no direction in the plan or the name (a structure share is then a composition).
        directionFrom: fc.constantFrom<IndicatorRow["directionFrom"]>(undefined, "default", "name"),
        target,
        actual: cell,
        prior: cell,
        stretch: cell,
        planAsText: fc.boolean(),
        // Text in Thực hiện / Cùng kỳ held since Tính toán (core read it then), or typed there after.
        textLater: fc.boolean(),
        word: fc.constantFrom("Đạt", "hoàn thành", "Không đạt", "chưa", "?"),
        settings,
        omit: fc.subarray([...INPUTS]),
        // Often put TH close to the plan, where Đạt, Cơ bản đạt and the tolerances are decided.
        near: fc.option(fc.constantFrom(0.89, 0.9, 0.95, 0.97, 0.99, 1, 1.005, 1.02, 1.1), { freq: 2 }),
      })
      .map((g) => {
        const yesno = g.kind === "yesno" || g.target?.kind === "yesno";
        const t = g.target;
        const planNumber =
          t?.kind === "value" || t?.kind === "approx" ? t.value : t?.kind === "limit" ? t.bound : null;
        const actual =
          g.near !== null && planNumber !== null && g.actual.value !== null
            ? { value: planNumber * g.near, sheet: planNumber * g.near }
            : g.actual;
        // A plan typed as text ("4.835" in an en-US sheet) is compiled in; a number stays live.
        const planText = t?.kind === "value" && g.planAsText;
        const plan: CellValue =
          t?.kind === "value" ? (planText ? String(t.value) : t.value) : t ? "(kế hoạch)" : null;
        const row = baseRow({
          kind: g.kind,
          direction: g.direction,
          ...(g.directionFrom === undefined ? {} : { directionFrom: g.directionFrom }),
          target: t,
          actual: yesno ? null : actual.value,
          actualYesNo: yesno ? yesNoOf(g.word) : null,
          prior: g.prior.value,
          stretch: g.stretch.value,
          raw: {
            plan,
            ...(typeof actual.sheet === "string" && !g.textLater ? { actual: actual.sheet } : {}),
            ...(typeof g.prior.sheet === "string" && !g.textLater ? { prior: g.prior.sheet } : {}),
          },
        });
        const sheet = {
          actual: yesno ? g.word : actual.sheet,
          prior: g.prior.sheet,
          plan,
          stretch: g.stretch.sheet,
        };
        return { row, sheet, settings: g.settings, omit: g.omit };
      });
    fc.assert(
      fc.property(
        fc.array(oneCase, { minLength: 1, maxLength: 60 }),
        fc.constantFrom("vi" as const, "en" as const),
        (cases, language) => {
          // One language a run, as a workbook has: the verdicts and the summary line in it.
          const inLang = cases.map((c) => ({ ...c, settings: { ...c.settings, language } }));
          expect(disagreements(inLang)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("on the hard edges: a figure exactly at a limit, at a tolerance, at the band", () => {
    const limit = (inclusive: boolean): Target => ({ kind: "limit", bound: 4, side: "upper", inclusive });
    const band = { ...DEFAULT_SETTINGS, basicBandPct: 95 };
    const cases = [
      caseOf(baseRow({ kind: "rate", target: limit(false), actual: 4 })),
      caseOf(baseRow({ kind: "rate", target: limit(true), actual: 4 })),
      caseOf(baseRow({ target: { kind: "value", value: 0.3 }, actual: 0.1 + 0.2 })),
      caseOf(baseRow({ target: { kind: "value", value: 100 }, actual: 95 }), band),
      caseOf(baseRow({ direction: "down", target: { kind: "value", value: 19 }, actual: 20 }), band),
      caseOf(baseRow({ target: { kind: "value", value: 150 }, actual: 148.5 }), {
        ...DEFAULT_SETTINGS,
        tolerancePct: 1,
      }),
      caseOf(baseRow({ kind: "rate", target: { kind: "approx", value: 4 }, actual: 4.2 })),
      caseOf(baseRow({ kind: "growth", target: { kind: "range", lo: 6.6, hi: 6.8 }, actual: 6.8 })),
      caseOf(baseRow({ kind: "rate", target: { kind: "all" }, actual: 100 })),
    ];
    const { values } = evaluate(cases);
    expect(values.map((r) => r[9])).toEqual([
      "Không đạt",
      "Đạt",
      "Đạt",
      "Cơ bản đạt",
      "Cơ bản đạt",
      "Đạt",
      "Đạt",
      "Đạt",
      "Đạt",
    ]);
    expect(disagreements(cases)).toEqual([]);
  });

  test("khoảng 4% on a rate row: the formula allows 0,5 điểm %, as core does (4,1 and 3,7 Đạt, 3,4 Không đạt)", () => {
    const approx = (actual: number, over: Partial<IndicatorRow> = {}, settings = DEFAULT_SETTINGS): Case =>
      caseOf(
        baseRow({ kind: "rate", unit: "%", target: { kind: "approx", value: 4 }, actual, ...over }),
        settings,
      );
    const tight = { ...DEFAULT_SETTINGS, approxTolerancePoints: 0.2 };
    const cases = [
      approx(4.1),
      approx(3.7),
      approx(3.4),
      approx(4.6),
      approx(3.7, {}, tight),
      approx(57.5, { target: { kind: "approx", value: 60 } }),
      // A quantity keeps its % of the plan: 17.200 is within 5% of khoảng 18.000.
      approx(17200, { kind: "quantity", unit: "lao động", target: { kind: "approx", value: 18000 } }),
    ];
    const { values } = evaluate(cases);
    expect(values.map((r) => r[9])).toEqual([
      "Đạt",
      "Đạt",
      "Không đạt",
      "Vượt",
      "Không đạt",
      "Không đạt",
      "Đạt",
    ]);
    expect(disagreements(cases)).toEqual([]);
  });
});

describe("a fraction typed in Thực hiện ('25/42', read as 25 done)", () => {
  const row = baseRow({
    unit: "công trình",
    target: { kind: "value", value: 42 },
    actual: 25,
    prior: 20,
    raw: { actual: "25/42", plan: 42 },
  });

  test("while the cell holds '25/42' the sheet gives core's 59,52% of plan, +25% on CK and Không đạt", () => {
    const c: Case = { ...caseOf(row), sheet: { actual: "25/42", prior: 20, plan: 42, stretch: null } };
    const { values } = evaluate([c]);
    expect(values[0]?.[4]).toBeCloseTo(25 / 42, 12);
    expect(values[0]?.[9]).toBe("Không đạt");
    expect(disagreements([c])).toEqual([]);
  });

  test("once a number is typed over it (the fix writes 25, or 42 later), the formula reads the cell live", () => {
    const typed = (actual: number): Case => ({
      ...caseOf({ ...row, actual }),
      sheet: { actual, prior: 20, plan: 42, stretch: null },
    });
    const f = rowFormulas(row, { actual: "A1", prior: "B1", plan: "C1" }, DEFAULT_SETTINGS);
    const { values } = evaluate([{ ...typed(42), row }]);
    expect(f.verdict).toContain('A1="25/42"');
    expect(values[0]?.[9]).toBe("Đạt");
    expect(disagreements([typed(25), typed(42)])).toEqual([]);
  });

  test("other text typed there later is not taken for the fraction: '30/42' needs Tính toán again", () => {
    const c: Case = { ...caseOf(row), sheet: { actual: "30/42", prior: 20, plan: 42, stretch: null } };
    expect(evaluate([c]).values[0]?.slice(4)).toEqual([DASH, DASH, DASH, DASH, DASH, "Cần tính lại"]);
    expect(disagreements([c])).toEqual([]);
  });
});

describe("summary formula", () => {
  test("counts Vượt + Đạt over every judged row, leaving out Chưa có số liệu: Đạt và vượt 2/4 chỉ tiêu", () => {
    const labels = ["Vượt", "Chưa có số liệu", "Đạt", "Cơ bản đạt", "Không đạt", null];
    const hf = HyperFormula.buildFromArray([...labels.map((l) => [l]), [groupSummaryFormula("A1:A6")]], {
      licenseKey: "gpl-v3",
      accentSensitive: true,
    });
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 0 })).toBe("Đạt và vượt 2/4 chỉ tiêu");
    hf.destroy();
  });

  test("in English: '2 of 4 targets reached or exceeded' over English labels, Vietnamese ones not counted", () => {
    const labels = ["Exceeded", "No data", "Reached", "Mostly reached", "Not reached", "Vượt"];
    const hf = HyperFormula.buildFromArray(
      [...labels.map((l) => [l]), [groupSummaryFormula("A1:A6", "en")]],
      {
        licenseKey: "gpl-v3",
        accentSensitive: true,
      },
    );
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 0 })).toBe("2 of 4 targets reached or exceeded");
    hf.destroy();
  });

  test("in English at 9 months: on-track rows count with the reached ones", () => {
    const labels = ["Exceeded", "On track", "Behind", "Not reached"];
    const hf = HyperFormula.buildFromArray([...labels.map((l) => [l]), [summaryFormula(["A1:A4"], "en")]], {
      licenseKey: "gpl-v3",
      accentSensitive: true,
    });
    expect(hf.getCellValue({ sheet: 0, row: 4, col: 0 })).toBe(
      "2 of 4 targets reached, exceeded or on track",
    );
    hf.destroy();
  });

  test("in English, one judged row is '1 of 1 target', as core says it", () => {
    const hf = HyperFormula.buildFromArray([["Exceeded"], ["No data"], [summaryFormula(["A1:A2"], "en")]], {
      licenseKey: "gpl-v3",
      accentSensitive: true,
    });
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 0 })).toBe("1 of 1 target reached or exceeded");
    hf.destroy();
  });

  test("isSummaryFormula knows our line in both languages, not the user's formulas", () => {
    expect(isSummaryFormula(summaryFormula(["J5:J9"], "vi"))).toBe(true);
    expect(isSummaryFormula(summaryFormula(["J5:J9"], "en"))).toBe(true);
    // The English line as written before it said "target" after 1: rewritten by the next Tính toán.
    expect(
      isSummaryFormula(
        '=(COUNTIF(J5:J9,"Exceeded"))&" of "&(COUNTIF(J5:J9,"Reached"))&" targets reached or exceeded"',
      ),
    ).toBe(true);
    expect(isSummaryFormula('=COUNTIF(J5:J9,"Đạt")')).toBe(false);
    expect(isSummaryFormula("Đạt và vượt 3/4 chỉ tiêu")).toBe(false);
  });

  test("adds up several groups' ranges", () => {
    const hf = HyperFormula.buildFromArray(
      [["Vượt", "Không đạt"], ["Đạt", "Vượt"], [summaryFormula(["A1:A2", "B1:B2"])]],
      { licenseKey: "gpl-v3", accentSensitive: true },
    );
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 0 })).toBe("Đạt và vượt 3/4 chỉ tiêu");
    hf.destroy();
  });
});

describe("headers and number formats of the computed columns", () => {
  test("headers are in Vietnamese as offices write them, and in English", () => {
    expect(COMPUTED_COLUMNS.map((k) => COMPUTED_HEADERS[k].vi)).toEqual([
      "% KH",
      "% Phấn đấu",
      "% CK",
      "Tăng/giảm so CK (%)",
      "Chênh lệch (điểm %)",
      "Đánh giá",
    ]);
    expect(COMPUTED_HEADERS.verdict.en).toBe("Verdict");
  });

  test("percentages show as 0.00%, changes and points with their sign", () => {
    expect(COMPUTED_NUMBER_FORMATS).toEqual({
      pctPlan: "0.00%",
      pctStretch: "0.00%",
      pctPrior: "0.00%",
      changePct: "+0.00%;-0.00%;0.00%",
      diffPoints: "+0.00;-0.00;0.00",
      verdict: "General",
    });
    expect(computedNumberFormats(1).pctPlan).toBe("0.0%");
    expect(computedNumberFormats(0).diffPoints).toBe("+0;-0;0");
  });

  test("every formula is en-US text starting with =", () => {
    const row = baseRow({ kind: "rate", target: { kind: "approx", value: 4.5 }, actual: 4.2 });
    const f = rowFormulas(row, { actual: "F7", prior: "G7" }, DEFAULT_SETTINGS);
    for (const k of COMPUTED_COLUMNS) expect(f[k].startsWith("=")).toBe(true);
    const ok = `AND(${figureGuards("F7", row.unit).join(",")})`;
    expect(f.pctPlan).toBe(`=IF(${ok},IF(4.5<>0,${percentAware("F7")}/4.5,"—"),"—")`);
    expect(f.verdict).not.toMatch(/;/);
  });
});

describe("whatever is typed after Tính toán, the formulas give core's figures", () => {
  /**
   * How a person may fill a figure cell later: as a percent, as a plain number, as text, or not;
   * or as "9/12" that Excel turned into 9 December (46365 shown dd/mm/yyyy): no figure, "—".
   */
  const WAYS: Record<string, { value: CellValue; format: string }> = {
    percent: { value: 0.065, format: "0.00%" },
    plain: { value: 6.5, format: "General" },
    text: { value: "6,50%", format: "General" },
    empty: { value: null, format: "General" },
    date: { value: 46365, format: "dd/mm/yyyy" },
  };
  /**
   * Text typed in Thực hiện only: a figure core reads ("6.794,12" stays text in an en-US Excel),
   * words, and the marks core reads as no figure. The first two need Tính toán again.
   */
  const ACTUAL_WAYS: Record<string, { value: CellValue; format: string }> = {
    ...WAYS,
    thousands: { value: "6.794,12", format: "General" },
    words: { value: "abc", format: "General" },
    dash: { value: "-", format: "General" },
    cross: { value: "x", format: "General" },
  };
  /** Ways core reads as a number from text: the sheet shows "—" in the figure columns there. */
  const NUMBER_TEXT = ["text", "thousands"];
  const HEADER = ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"];
  /** At Tính toán: a plan typed "5%", a plan typed 5, a row still empty, a count. */
  const AT_COMPUTE: { cells: CellValue[]; formats: string[] }[] = [
    { cells: [1, "Tỷ lệ lao động qua đào tạo", "%", 0.05, null, null], formats: ["", "", "", "0%", "", ""] },
    { cells: [2, "Tốc độ tăng trưởng kinh tế", "%", 5, null, null], formats: [] },
    { cells: [3, "Tỷ lệ hộ nghèo", "%", null, null, null], formats: [] },
    { cells: [4, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, null, null], formats: [] },
  ];

  function computedSheet(grid: CellValue[][], formats: string[][]) {
    const read = readTable(grid, { convention: "vi", numberFormats: formats });
    const plan = computePlan(read, DEFAULT_SETTINGS);
    return { read, plan };
  }

  test("filled as 6,50 % (0,065 shown as a percent), as 6,5, as text (6.794,12, abc, - or x in Thực hiện) or left empty, in every row", () => {
    const grid: CellValue[][] = [HEADER, ...AT_COMPUTE.map((r) => r.cells.slice())];
    const formats: string[][] = [
      HEADER.map(() => "General"),
      ...AT_COMPUTE.map((r) => HEADER.map((_, c) => r.formats[c] || "General")),
    ];
    const { plan } = computedSheet(grid, formats);
    const columns = plan.columns;
    let compared = 0;
    const errors: string[] = [];
    for (const [actualWay, actual] of Object.entries(ACTUAL_WAYS)) {
      for (const [priorWay, prior] of Object.entries(WAYS)) {
        const filled = grid.map((r) => r.slice());
        const shown = formats.map((r) => r.slice());
        for (let r = 1; r <= 3; r++) {
          filled[r]![4] = actual.value;
          shown[r]![4] = actual.format;
          filled[r]![5] = prior.value;
          shown[r]![5] = prior.format;
        }
        // The row empty at Tính toán gets its plan now, typed "5%".
        filled[3]![3] = 0.05;
        shown[3]![3] = "0%";
        filled[4]![4] = 176;
        const sheet: RawCellContent[][] = filled.map((r) =>
          r.map((v) => (typeof v === "string" ? `'${v}` : v)),
        );
        for (const block of plan.blocks) {
          block.contents.forEach((line, dr) =>
            line.forEach((content, dc) => {
              const row = (sheet[block.row + dr] ??= []);
              row[block.col + dc] = content;
            }),
          );
        }
        const hf = HyperFormula.buildFromArray(sheet, {
          ...cellFormatConfig((_s, r, c) => shown[r]?.[c] ?? "General"),
          licenseKey: "gpl-v3",
          smartRounding: false,
        });
        const core = readTable(filled, { convention: "vi", numberFormats: shown });
        for (const row of core.table.groups.flatMap((g) => g.rows)) {
          const result = computeRow(row, DEFAULT_SETTINGS);
          const typedAsText =
            row.sheetRow <= 3 && (NUMBER_TEXT.includes(actualWay) || NUMBER_TEXT.includes(priorWay));
          // Thực hiện was empty at Tính toán: text other than a mark needs Tính toán again.
          const recompute = row.sheetRow <= 3 && typedLater(actual.value, undefined);
          for (const key of COMPUTED_COLUMNS) {
            const col = columns[key];
            if (col === undefined) continue;
            const got = hf.getCellValue({ sheet: 0, row: row.sheetRow, col });
            const where = `${row.name} ${key} (actual ${actualWay}, prior ${priorWay})`;
            compared += 1;
            if (typeof got !== "number" && typeof got !== "string") {
              errors.push(`${where}: ${JSON.stringify(got)}`);
              continue;
            }
            if (key === "verdict") {
              const want = recompute ? RECOMPUTE_LABEL.vi : verdictLabel(result.verdict, "vi");
              if (got !== want) errors.push(`${where}: ${got} ≠ ${want}`);
              continue;
            }
            if (typedAsText || (recompute && got === DASH)) continue;
            const want = result[key];
            if (
              want === null
                ? got !== DASH
                : typeof got !== "number" ||
                  Math.abs(got * SCALE[key] - want) > 1e-9 * Math.max(1, Math.abs(want))
            )
              errors.push(`${where}: ${String(got)} ≠ ${String(want)}`);
          }
          if (typedAsText) {
            // Text is the rules' to flag; the sheet shows "—" there, never #VALUE!.
            const codes = core.findings.filter((f) => f.cell?.row === row.sheetRow).map((f) => f.code);
            expect(codes).toContain("number_as_text");
            const pct = hf.getCellValue({ sheet: 0, row: row.sheetRow, col: columns.pctPrior! });
            expect(pct).toBe(DASH);
          }
        }
        hf.destroy();
      }
    }
    expect(errors).toEqual([]);
    expect(compared).toBeGreaterThan(500);
  });
});

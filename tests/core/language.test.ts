/**
 * The workbook's language (Settings.language) drives what computePlan writes: verdict labels,
 * the summary line, computed headers, the colour rules matching verdicts; term tables too.
 * The sheet is computed in HyperFormula, and switching language rewrites the same cells.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { VERDICT_LABELS } from "../../src/core/compute";
import { COMPUTED_HEADERS } from "../../src/core/formulas";
import {
  DEFAULT_SETTINGS,
  type CellValue,
  type ComputePlan,
  type Lang,
  type Settings,
} from "../../src/core/model";
import { computePlan } from "../../src/core/plan";
import { summarize, summaryText } from "../../src/core/summary";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { TERM_HEADERS } from "../../src/core/term-plan";
import { TERM_POOR, TERM_URBAN } from "./shared-tables";

const GRID: CellValue[][] = [
  ["KẾT QUẢ CHỈ TIÊU 2021"],
  [],
  ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
  ["I", "Kinh tế"],
  [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160],
  [2, "Thu ngân sách", "tỷ đồng", 328, 300, 472],
  [3, "Hộ chuyển lên doanh nghiệp", "doanh nghiệp", 30, 30, 28],
  ["II", "Xã hội"],
  [1, "Tỷ lệ hộ nghèo", "%", "dưới 4", 3.2, 4.5],
  [2, "Lao động có việc làm mới", "người", 2000, null, 1900],
];

const settingsIn = (language: Lang): Settings => ({ ...DEFAULT_SETTINGS, language });

/** The grid with the plan written into it (formulas as text), and the values HyperFormula computes. */
function apply(grid: CellValue[][], plan: ComputePlan): { formulas: CellValue[][]; values: CellValue[][] } {
  const formulas = grid.map((r) => [...r]);
  const put = (row: number, col: number, v: CellValue): void => {
    while (formulas.length <= row) formulas.push([]);
    const line = formulas[row]!;
    while (line.length <= col) line.push(null);
    line[col] = v;
  };
  const blocks = [
    ...plan.headers,
    ...plan.blocks,
    ...(plan.summary.formula === ""
      ? []
      : [{ row: plan.summary.row, col: plan.summary.col, contents: [[plan.summary.formula]] }]),
  ];
  for (const b of blocks)
    b.contents.forEach((line, r) =>
      line.forEach((c, k) => {
        if (c !== null) put(b.row + r, b.col + k, c === "" ? null : c);
      }),
    );
  const width = Math.max(...formulas.map((r) => r.length));
  const data: RawCellContent[][] = formulas.map((r) =>
    Array.from({ length: width }, (_, c) => (r[c] ?? null) as RawCellContent),
  );
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", accentSensitive: true });
  const values = hf
    .getSheetValues(0)
    .map((r) => r.map((v) => (typeof v === "object" && v !== null ? null : v)));
  hf.destroy();
  return { formulas, values: values as CellValue[][] };
}

function verdictsOf(plan: ComputePlan, values: CellValue[][], rows: number[]): CellValue[] {
  const col = plan.columns.verdict!;
  return rows.map((r) => values[r]?.[col] ?? null);
}

const INDICATOR_ROWS = [4, 5, 6, 8, 9];

describe("verdicts and the summary line in the workbook's language", () => {
  test("English: Exceeded / Not reached / Reached, '3 of 4 targets reached or exceeded', English headers", () => {
    const read = readTable(GRID, { convention: "vi" });
    const plan = computePlan(read, settingsIn("en"));
    const { values } = apply(GRID, plan);
    expect(verdictsOf(plan, values, INDICATOR_ROWS)).toEqual([
      "Exceeded",
      "Not reached",
      "Reached",
      "Exceeded",
      "No data",
    ]);
    expect(values[plan.summary.row]?.[plan.summary.col]).toBe("3 of 4 targets reached or exceeded");
    // The group headings count their own rows in English too.
    expect(values[3]?.[plan.columns.verdict!]).toBe("2 of 3 targets reached or exceeded");
    expect(plan.headers.flatMap((h) => h.contents[0])).toEqual([
      COMPUTED_HEADERS.pctPlan.en,
      COMPUTED_HEADERS.pctPrior.en,
      COMPUTED_HEADERS.changePct.en,
      COMPUTED_HEADERS.diffPoints.en,
      COMPUTED_HEADERS.verdict.en,
    ]);
    // No Vietnamese verdict label is left in any formula.
    const text = JSON.stringify(plan.blocks);
    for (const v of Object.values(VERDICT_LABELS)) expect(text).not.toContain(`\\"${v.vi}\\"`);
  });

  test("the summary cell says what core summaryText says, in each language", () => {
    const read = readTable(GRID, { convention: "vi" });
    for (const lang of ["vi", "en"] as const) {
      const plan = computePlan(read, settingsIn(lang));
      const { values } = apply(GRID, plan);
      const check = checkTable(read, settingsIn(lang));
      const s = summarize(read.table, check.results);
      expect(values[plan.summary.row]?.[plan.summary.col]).toBe(
        summaryText({ ...s, noData: 0, noTarget: 0 }, lang),
      );
    }
  });

  test("colour rules match the labels the verdict formulas write", () => {
    const read = readTable(GRID, { convention: "vi" });
    for (const lang of ["vi", "en"] as const) {
      const plan = computePlan(read, settingsIn(lang));
      const other = lang === "vi" ? "en" : "vi";
      const verdictRules = plan.conditionalRules.filter((r) => r.formula.includes('="'));
      expect(verdictRules.length).toBeGreaterThan(0);
      for (const rule of verdictRules) {
        const labels = [...rule.formula.matchAll(/="([^"]+)"/g)].map((m) => m[1]);
        for (const l of labels) {
          expect(Object.values(VERDICT_LABELS).map((t) => t[lang])).toContain(l);
          expect(Object.values(VERDICT_LABELS).map((t) => t[other])).not.toContain(l);
        }
      }
      // Every label a verdict cell shows has its colour rule (Chưa có số liệu keeps the cell's look).
      const { values } = apply(GRID, plan);
      for (const v of verdictsOf(plan, values, INDICATOR_ROWS)) {
        if (v === VERDICT_LABELS.chua_co_so_lieu[lang]) continue;
        expect(verdictRules.some((r) => r.formula.endsWith(`="${String(v)}"`))).toBe(true);
      }
    }
  });

  test("switching language rewrites the same cells, and planning again changes nothing", () => {
    const read = readTable(GRID, { convention: "vi" });
    const vi = computePlan(read, settingsIn("vi"));
    const afterVi = apply(GRID, vi);
    // Read back the computed sheet (values, as the add-in reads), then compute in English.
    const read2 = readTable(afterVi.values, { convention: "vi" });
    const en = computePlan(read2, settingsIn("en"));
    expect(en.columns).toEqual(vi.columns);
    expect(en.summary.row).toBe(vi.summary.row);
    expect(en.summary.col).toBe(vi.summary.col);
    const afterEn = apply(afterVi.formulas, en);
    expect(verdictsOf(en, afterEn.values, INDICATOR_ROWS)).toEqual([
      "Exceeded",
      "Not reached",
      "Reached",
      "Exceeded",
      "No data",
    ]);
    expect(afterEn.values[en.summary.row]?.[en.summary.col]).toBe("3 of 4 targets reached or exceeded");
    // The English sheet read back plans the very same English cells (idempotent), and back to vi.
    const read3 = readTable(afterEn.values, { convention: "vi" });
    expect(computePlan(read3, settingsIn("en"))).toEqual(en);
    const back = computePlan(read3, settingsIn("vi"));
    expect(back.columns).toEqual(vi.columns);
    expect(apply(afterEn.formulas, back).formulas).toEqual(afterVi.formulas);
  });
});

describe("term tables in the workbook's language", () => {
  const TERM: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020 – 2025"],
    [],
    [
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "Mục tiêu đến năm 2025",
      "Năm 2020 (gốc)",
      "Thực hiện các năm",
      null,
      null,
      null,
      null,
    ],
    [null, null, null, null, null, "2021", "2022", "2023", "2024", "2025"],
    [1, ...TERM_POOR, null, null],
    [2, ...TERM_URBAN, null, null],
  ];

  test("term-plan writes its verdicts, headers and summary in English when asked", () => {
    const read = readTable(TERM, { convention: "vi" });
    expect(read.layout.term).toBeDefined();
    const plan = computePlan(read, settingsIn("en"));
    const headers = plan.headers.flatMap((h) => h.contents[0]);
    expect(headers).toEqual([
      TERM_HEADERS.termToDate.en,
      TERM_HEADERS.termNeeded.en,
      TERM_HEADERS.termProjected.en,
      COMPUTED_HEADERS.verdict.en,
    ]);
    const { values } = apply(TERM, plan);
    const verdicts = verdictsOf(plan, values, [4, 5]);
    const english = Object.values(VERDICT_LABELS).map((t) => t.en);
    for (const v of verdicts) expect(english).toContain(v);
    expect(String(values[plan.summary.row]?.[plan.summary.col])).toMatch(
      /^\d+ of \d+ term targets on track$/,
    );
    // The Vietnamese plan of the same table writes the same cells with Vietnamese labels.
    const vi = computePlan(read, settingsIn("vi"));
    expect(vi.columns).toEqual(plan.columns);
    const viValues = verdictsOf(vi, apply(TERM, vi).values, [4, 5]);
    const keyOf = (label: CellValue, lang: Lang): string | undefined =>
      Object.entries(VERDICT_LABELS).find(([, t]) => t[lang] === label)?.[0];
    expect(viValues.map((v) => keyOf(v, "vi"))).toEqual(verdicts.map((v) => keyOf(v, "en")));
  });
});

/**
 * A term table (nhiệm kỳ) whose base year and yearly figures an office typed as text ("57.400",
 * "68,5", "2,4%": an en-US Excel keeps them so, or they came pasted). Core reads them; the term
 * columns' live formulas must give core's figures and verdict (computeTerm through checkTable), and
 * keep following the cells as a person fills them later: a number or a percent typed over the text
 * is read live, a cell emptied or marked "-" is no year reported, other text typed later says
 * "Cần tính lại" (and "—") until Tính toán reads it (HyperFormula, as term-plan.test.ts).
 */
import fc from "fast-check";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { verdictLabel } from "../../src/core/compute";
import { RECOMPUTE_LABEL } from "../../src/core/formulas";
import { formatNumber } from "../../src/core/numbers";
import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { computePlan } from "../../src/core/plan";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { termPlanColumns } from "../../src/core/term-plan";
import { cellFormatConfig } from "../../src/workbench/engine";
import { TERM_TEXT } from "./shared-tables";

/** A cell typed after Tính toán: row, column (0-based), what is typed, and its number format. */
type Edit = [number, number, CellValue, string?];

const TERM_KEYS = ["termToDate", "termNeeded", "termProjected"] as const;

/**
 * Tính toán on `grid`, then `edits` typed over it, recalculated in HyperFormula: each term row's
 * computed cells as the sheet shows them ("—", a label, a figure to 6 places, percent columns
 * ×100), and core's reading of the typed sheet in the same words.
 */
function afterTyping(grid: CellValue[][], edits: Edit[] = []) {
  const read = readTable(grid, { convention: "vi" });
  const plan = computePlan(read, DEFAULT_SETTINGS);
  const cols = termPlanColumns(read);
  const sheet: RawCellContent[][] = grid.map((r) => r.map((v) => (typeof v === "string" ? `'${v}` : v)));
  for (const b of plan.blocks)
    b.contents.forEach((r, i) =>
      r.forEach((v, j) => v !== null && ((sheet[b.row + i] ??= [])[b.col + j] = v)),
    );
  const typed = grid.map((r) => r.slice());
  const formats: (string | null)[][] = grid.map((r) => r.map(() => null));
  for (const [r, c, v, format] of edits) {
    (sheet[r] ??= [])[c] = typeof v === "string" ? `'${v}` : v;
    typed[r]![c] = v;
    if (format !== undefined) formats[r]![c] = format;
  }
  const hf = HyperFormula.buildFromArray(sheet, {
    ...cellFormatConfig((_s, r, c) => formats[r]?.[c] ?? "General"),
    licenseKey: "gpl-v3",
    accentSensitive: true,
    smartRounding: false,
  });
  const values = hf.getSheetValues(0);
  hf.destroy();
  const pct = (key: (typeof TERM_KEYS)[number], row: number): boolean => {
    const b = plan.blocks.find((x) => x.col === cols[key])!;
    return b.numberFormats?.[row - b.row]?.[0] === "0.00%";
  };
  const sheetShows = (row: number): string[] => [
    ...TERM_KEYS.map((key) => {
      const v = values[row]?.[cols[key]];
      return typeof v === "number" ? (v * (pct(key, row) ? 100 : 1)).toFixed(6) : String(v);
    }),
    String(values[row]?.[cols.verdict]),
  ];
  const check = checkTable(readTable(typed, { convention: "vi", numberFormats: formats }), DEFAULT_SETTINGS);
  const coreShows = (row: number): string[] => {
    const res = check.results.get(row)!;
    const t = res.term;
    const figures = [t?.toDate ?? null, t?.needed ?? null, t?.projected ?? null];
    return [...figures.map((v) => (v === null ? "—" : v.toFixed(6))), verdictLabel(res.verdict, "vi")];
  };
  const rows = check.read.table.groups.flatMap((g) => g.rows).map((r) => r.sheetRow);
  const disagreements = rows.flatMap((r) => {
    const [got, want] = [sheetShows(r), coreShows(r)];
    return got.some((g, i) => g !== want[i])
      ? [`row ${r + 1}: ${got.join(" | ")} ≠ ${want.join(" | ")}`]
      : [];
  });
  return { rows, sheetShows, coreShows, disagreements };
}

/** The grid with `edits` typed in, as the next Tính toán reads it. */
function typedIn(grid: CellValue[][], edits: Edit[]): CellValue[][] {
  const out = grid.map((r) => r.slice());
  for (const [r, c, v] of edits) out[r]![c] = v;
  return out;
}

describe("a term table's base and years typed as text", () => {
  test("give core's term figures and verdicts at Tính toán, every row judged, none 'Chưa có số liệu'", () => {
    const { rows, sheetShows, disagreements } = afterTyping(TERM_TEXT);
    expect(rows).toHaveLength(6);
    expect(disagreements).toEqual([]);
    // GRDP 50.000 → 61.750 in 3 years: 7,29 %/năm, behind 7,5; jobs 54.700 so far, 17.650 a year needed.
    expect(sheetShows(3)).toEqual(["7.289112", "7.817109", "71080.138768", "Chậm tiến độ"]);
    expect(sheetShows(5)).toEqual(["54700.000000", "17650.000000", "91166.666667", "Đúng tiến độ"]);
    // Hộ nghèo 4,5 → 2,4 in 3 years projects 1 %, which is not under 1 % (term.test.ts).
    expect(rows.map((r) => sheetShows(r)[3])).toEqual([
      "Chậm tiến độ",
      "Chậm tiến độ",
      "Đúng tiến độ",
      "Chậm tiến độ",
      "Chậm tiến độ",
      "Chậm tiến độ",
    ]);
  });

  test("a number typed over the text later is read live: 2023's GRDP 64.000, the per-head base 55", () => {
    const edits: Edit[] = [
      [3, 7, 64000],
      [8, 4, 55],
    ];
    const { sheetShows, disagreements } = afterTyping(TERM_TEXT, edits);
    expect(disagreements).toEqual([]);
    // 50.000 → 64.000: 8,58 %/năm, on track now.
    expect(sheetShows(3)[3]).toBe("Đúng tiến độ");
  });

  test("a percent typed later (0,022 shown 2,2 %, 0,75 shown 75 %) is read as the percent it shows", () => {
    const edits: Edit[] = [
      [4, 7, 0.022, "0.0%"],
      [6, 8, 0.75, "0%"],
    ];
    const { sheetShows, disagreements } = afterTyping(TERM_TEXT, edits);
    expect(disagreements).toEqual([]);
    expect(sheetShows(6)[0]).toBe("75.000000");
  });

  test("a year emptied or marked '-' later is no year reported, as core reads it", () => {
    const edits: Edit[] = [
      [5, 7, null],
      [3, 7, "-"],
    ];
    const { sheetShows, disagreements } = afterTyping(TERM_TEXT, edits);
    expect(disagreements).toEqual([]);
    // Jobs: 35.700 in 2 years.
    expect(sheetShows(5)[0]).toBe("35700.000000");
  });

  test("other text typed later ('63.000' in 2024, 'chưa có' over 68,5, a base retyped '61,5'): '—' and 'Cần tính lại', core's figures after Tính toán", () => {
    const edits: Edit[] = [
      [3, 8, "63.000"],
      [8, 6, "chưa có"],
      [6, 4, "61,5"],
    ];
    const { sheetShows, coreShows } = afterTyping(TERM_TEXT, edits);
    for (const r of [3, 6, 8]) expect(sheetShows(r)).toEqual(["—", "—", "—", RECOMPUTE_LABEL.vi]);
    // Core read 63.000 as 2024's figure: the sheet does not show the three years' path instead.
    expect(coreShows(3)[3]).not.toBe(RECOMPUTE_LABEL.vi);
    // The rows typed nothing into keep their figures.
    expect(afterTyping(TERM_TEXT, edits).disagreements.filter((d) => !/^row (4|7|9):/.test(d))).toEqual([]);
    // Tính toán again reads the new text: the sheet is core's.
    expect(afterTyping(typedIn(TERM_TEXT, edits)).disagreements).toEqual([]);
  });

  test("a date typed into a year later ('9/12' made 9 December) is no figure, as core reads it", () => {
    const { sheetShows, disagreements } = afterTyping(TERM_TEXT, [[5, 8, 46365, "dd/mm/yyyy"]]);
    expect(disagreements).toEqual([]);
    // Jobs: still three years, 54.700; 2024 holds no figure.
    expect(sheetShows(5)[0]).toBe("54700.000000");
  });

  test("a figure typed into the base of a total, which its formulas do not read, needs no Tính toán", () => {
    const { disagreements } = afterTyping(TERM_TEXT, [[5, 4, "15.000"]]);
    expect(disagreements).toEqual([]);
  });
});

describe("at random: every form, figures typed as numbers or vi text, then filled further", () => {
  test("the sheet is core's at Tính toán and after numbers, percents, emptied cells or '-' typed later", () => {
    const target = fc.oneof(
      fc.integer({ min: 1, max: 150 }).map((v) => `tăng bình quân ${v / 10}%/năm`),
      fc.integer({ min: 1, max: 2000 }).map((v) => `đến năm 2025 đạt ${v}`),
      fc.integer({ min: 100, max: 99000 }).map((v) => `${v} lao động trong 5 năm`),
      fc.integer({ min: 1, max: 99 }).map((v) => `dưới ${v}%`),
      fc.integer({ min: 1, max: 99 }).map((v) => `trên ${v}%`),
    );
    // A figure as typed: a number, its vi text ("1.234,5"), or that text with "%" (read alike on a
    // "%" row; elsewhere a percent of the figure, as core reads it).
    const figure = fc.option(
      fc.tuple(
        fc.integer({ min: 1, max: 20000 }).map((v) => v / 10),
        fc.constantFrom("number", "text", "percent text"),
      ),
      { nil: null },
    );
    const typed = (f: [number, string] | null): CellValue =>
      f === null
        ? null
        : f[1] === "number"
          ? f[0]
          : `${formatNumber(f[0], "vi")}${f[1] === "percent text" ? "%" : ""}`;
    const later = fc.record({
      row: fc.nat(),
      col: fc.integer({ min: 4, max: 9 }),
      value: fc.oneof(
        fc.integer({ min: 1, max: 20000 }).map((v): [CellValue, string?] => [v / 10]),
        fc.integer({ min: 1, max: 999 }).map((v): [CellValue, string?] => [v / 1000, "0.0%"]),
        fc.constant<[CellValue, string?]>([null]),
        fc.constant<[CellValue, string?]>(["-"]),
      ),
    });
    const row = fc.record({
      target,
      unit: fc.constantFrom("%", "tỷ đồng", "lao động"),
      base: figure,
      years: fc.array(figure, { minLength: 5, maxLength: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 3 }),
        fc.array(later, { maxLength: 3 }),
        (rows, edits) => {
          const grid: CellValue[][] = [
            TERM_TEXT[0]!,
            [],
            TERM_TEXT[2]!,
            ...rows.map((r, i) => [
              i + 1,
              `Chỉ tiêu ${i + 1}`,
              r.unit,
              r.target,
              typed(r.base),
              ...r.years.map(typed),
            ]),
          ];
          expect(afterTyping(grid).disagreements).toEqual([]);
          const typedLater = edits.map((e): Edit => [3 + (e.row % rows.length), e.col, ...e.value]);
          expect(afterTyping(grid, typedLater).disagreements).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

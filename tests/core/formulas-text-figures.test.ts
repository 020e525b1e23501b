/**
 * Figures an office typed as text in the columns core reads besides Thực hiện and Kế hoạch: the
 * year's estimate ("Ước thực hiện cả năm"), the prior full year ("Thực hiện năm 2024"), Cùng kỳ and
 * Phấn đấu ("11.500", "62,5%", "2.900" as an en-US Excel keeps them, or pasted as text). Core reads
 * them; the live formulas must give core's % CK, tăng/giảm, % Phấn đấu and verdict, and still
 * follow the cell when a number is typed over the text later (HyperFormula, as in formulas.test.ts).
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { verdictLabel } from "../../src/core/compute";
import { RECOMPUTE_LABEL } from "../../src/core/formulas";
import { computePlan } from "../../src/core/plan";
import { DEFAULT_SETTINGS, type CellValue, type ComputedColumn } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { cellFormatConfig } from "../../src/workbench/engine";
import { SEASONAL_TEXT, T06_TEXT } from "./shared-tables";

/** A leading apostrophe keeps text as text in HyperFormula, as typing it does in Excel. */
const asInput = (v: CellValue): RawCellContent => (typeof v === "string" ? `'${v}` : v);

/**
 * The table computed once (Tính toán on `grid`), then `edits` typed over it, recalculated: every
 * computed cell as core says it ("—", a verdict label, or the figure in % / điểm % to 6 places).
 */
function sheetAfter(grid: CellValue[][], edits: [number, number, CellValue][] = []) {
  const plan = computePlan(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
  const sheet: RawCellContent[][] = grid.map((r) => r.map(asInput));
  for (const b of plan.blocks)
    b.contents.forEach((r, i) =>
      r.forEach((v, j) => v !== null && ((sheet[b.row + i] ??= [])[b.col + j] = v)),
    );
  for (const [r, c, v] of edits) (sheet[r] ??= [])[c] = asInput(v);
  const hf = HyperFormula.buildFromArray(sheet, {
    ...cellFormatConfig(() => "General"),
    licenseKey: "gpl-v3",
    accentSensitive: true,
    smartRounding: false,
  });
  const values = hf.getSheetValues(0);
  hf.destroy();
  const shown = (row: number, key: ComputedColumn): string => {
    const v = values[row]?.[plan.columns[key]!];
    return typeof v === "number" ? (v * (key === "diffPoints" ? 1 : 100)).toFixed(6) : String(v);
  };
  return { plan, shown };
}

/** Core's reading of `grid` with `edits` typed in, cell by cell as the sheet shows it. */
function coreOf(grid: CellValue[][], edits: [number, number, CellValue][] = []) {
  const typed = grid.map((r) => r.slice());
  for (const [r, c, v] of edits) typed[r]![c] = v;
  const check = checkTable(readTable(typed, { convention: "vi" }), DEFAULT_SETTINGS);
  const rows = check.read.table.groups.flatMap((g) => g.rows);
  const shown = (row: number, key: ComputedColumn): string => {
    const res = check.results.get(row)!;
    if (key === "verdict") return verdictLabel(res.verdict, "vi");
    const v = res[key];
    return v === null ? "—" : v.toFixed(6);
  };
  return { rows, shown };
}

/** Every computed cell of every indicator row where the sheet and core differ. */
function disagreements(grid: CellValue[][], edits: [number, number, CellValue][] = []): string[] {
  const sheet = sheetAfter(grid, edits);
  const core = coreOf(grid, edits);
  const out: string[] = [];
  for (const row of core.rows)
    for (const key of Object.keys(sheet.plan.columns) as ComputedColumn[]) {
      const [got, want] = [sheet.shown(row.sheetRow, key), core.shown(row.sheetRow, key)];
      if (got !== want) out.push(`${row.sheetRow + 1} ${key}: ${got} ≠ ${want}`);
    }
  return out;
}

describe("an estimate or a prior full year typed as text", () => {
  test("gives core's % CK, tăng/giảm and verdict: 104,55 %, 133,33 %, 113,79 %, 109,65 %", () => {
    expect(disagreements(T06_TEXT)).toEqual([]);
    const { shown } = sheetAfter(T06_TEXT);
    expect(
      [3, 4, 5, 6].map((r) => [shown(r, "pctPrior"), shown(r, "changePct"), shown(r, "verdict")]),
    ).toEqual([
      ["104.545455", "4.545455", "Không đạt"],
      ["133.333333", "33.333333", "Đạt"],
      ["113.793103", "13.793103", "Vượt"],
      ["109.649123", "9.649123", "Vượt"],
    ]);
  });

  test("a number typed over the text later is read live: 12.500 makes the first row Vượt, 113,64 % of 2024", () => {
    const edits: [number, number, CellValue][] = [
      [3, 5, 12500],
      [5, 6, 3000],
    ];
    expect(disagreements(T06_TEXT, edits)).toEqual([]);
    const { shown } = sheetAfter(T06_TEXT, edits);
    expect([shown(3, "pctPrior"), shown(3, "verdict"), shown(5, "pctPrior")]).toEqual([
      "113.636364",
      "Vượt",
      "110.000000",
    ]);
  });

  test("other text typed there later: % CK '—' and the verdict 'Cần tính lại', never the 9 months' pace", () => {
    const { shown } = sheetAfter(T06_TEXT, [[3, 5, "12.500"]]);
    expect([shown(3, "pctPrior"), shown(3, "verdict")]).toEqual(["—", RECOMPUTE_LABEL.vi]);
    // Emptied, the estimate is gone for core too: the 9 months' pace (8 200 < 9/12 × 12 000).
    expect(disagreements(T06_TEXT, [[3, 5, null]])).toEqual([]);
    expect(sheetAfter(T06_TEXT, [[3, 5, null]]).shown(3, "verdict")).toBe("Chậm tiến độ");
  });
});

describe("Cùng kỳ and the prior full year typed as text", () => {
  test("give the seasonal share core uses: 31.000 ≥ 30/42 × 43.000 and 100 ≥ 120/200 × 150 are on track", () => {
    expect(disagreements(SEASONAL_TEXT)).toEqual([]);
    const { shown } = sheetAfter(SEASONAL_TEXT);
    // Linear 9/12 would make both behind: 31.000 < 32.250, 100 < 112,5.
    expect([3, 4].map((r) => shown(r, "verdict"))).toEqual(["Đúng tiến độ", "Đúng tiến độ"]);
    expect([shown(3, "pctPrior"), shown(4, "changePct")]).toEqual(["103.333333", "-16.666667"]);
  });

  test("a number typed over either later is read live; other text there needs Tính toán again", () => {
    // 42.000 → 50.000: the share 30/50 = 0,6, 25.800 of plan: still on track, and core agrees.
    expect(disagreements(SEASONAL_TEXT, [[3, 6, 50000]])).toEqual([]);
    // Cùng kỳ 120 → 190: 190/200 × 150 = 142,5 > 100, behind.
    expect(disagreements(SEASONAL_TEXT, [[4, 5, 190]])).toEqual([]);
    expect(sheetAfter(SEASONAL_TEXT, [[4, 5, 190]]).shown(4, "verdict")).toBe("Chậm tiến độ");
    expect(sheetAfter(SEASONAL_TEXT, [[4, 5, "190"]]).shown(4, "verdict")).toBe(RECOMPUTE_LABEL.vi);
  });
});

describe("a year's table with Cùng kỳ ('Thực hiện năm 2019') and Phấn đấu typed as text", () => {
  const YEAR_TEXT: CellValue[][] = [
    ["Kết quả thực hiện các chỉ tiêu năm 2020"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Phấn đấu", "Thực hiện", "Thực hiện năm 2019"],
    [1, "Thu ngân sách trên địa bàn", "tỷ đồng", 4835, "5.000", 4920, "4.603"],
    [2, "Giá trị sản xuất công nghiệp – xây dựng", "tỷ đồng", 6000, null, 6794.12, "6.392,5"],
    [3, "Tỷ lệ hộ nghèo", "%", "dưới 4", null, 3.2, "3,5%"],
  ];
  test("gives core's % Phấn đấu, % CK and tăng/giảm: 98,40 %, 106,89 %, +6,28 %", () => {
    expect(disagreements(YEAR_TEXT)).toEqual([]);
    const { shown } = sheetAfter(YEAR_TEXT);
    expect([shown(3, "pctStretch"), shown(3, "pctPrior"), shown(4, "changePct")]).toEqual([
      "98.400000",
      "106.886813",
      "6.282675",
    ]);
    expect(disagreements(YEAR_TEXT, [[3, 6, 4700]])).toEqual([]);
  });
});

/**
 * The merged sheet's own Đánh giá formulas and summary lines, recalculated (HyperFormula), say what
 * core says of rows every ward gave but the merge cannot combine: "Không tổng hợp được" (counted
 * apart, "; 1 chỉ tiêu không tổng hợp được"), not "Chưa có số liệu" nor "Không giao kế hoạch"; and
 * they follow what a person fills in later, as core does when it merges or reads those figures.
 * Two wards with seed 004's kinds of row; the figures are invented.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { buildMergeSheet, mergeUnits, type MergeResult } from "../../src/core/merge";
import { DEFAULT_SETTINGS, type CellValue, type Settings } from "../../src/core/model";
import { readTable } from "../../src/core/table";
import { cellFormatConfig } from "../../src/workbench/engine";
import { mergedSheetWords as core, wardTable } from "./merged-sheet-words";

function merged(ward8Points: number | null = 1): MergeResult {
  const units = [
    { unitName: "Phường 7", grid: wardTable("Phường 7", "dưới 2%", 2) },
    { unitName: "Phường 8", grid: wardTable("Phường 8", "dưới 1,5%", ward8Points) },
  ].map((u) => ({ unitName: u.unitName, read: readTable(u.grid, { convention: "vi" }) }));
  return mergeUnits(units, DEFAULT_SETTINGS);
}

/** `result` with one indicator's combined figures replaced, as a person types them into the merged row. */
function typed(
  result: MergeResult,
  name: string,
  change: { actual?: number; plan?: CellValue },
): MergeResult {
  const copy = structuredClone(result);
  const m = copy.groups.flatMap((g) => g.indicators).find((i) => i.name === name)!;
  if (change.actual !== undefined) m.actual = change.actual;
  if (change.plan !== undefined) m.plan = change.plan;
  return copy;
}

/**
 * The sheet written for `written`, its input cells then filled as `filled` has them (a person's
 * typing), recalculated: the Đánh giá cell and the summary line of each row, by sheet row.
 */
function recalculated(written: MergeResult, filled: MergeResult, settings: Settings) {
  const plan = buildMergeSheet(written, settings, settings.language).plan;
  const inputs = buildMergeSheet(filled, settings, settings.language).plan.blocks[0]!;
  const blocks = [inputs, ...plan.blocks.slice(1)];
  const sheet: RawCellContent[][] = [];
  const formats: (string | null)[][] = [];
  for (const b of blocks)
    b.contents.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v === null) return;
        (sheet[b.row + i] ??= [])[b.col + j] = v;
        const f = b.numberFormats?.[i]?.[j];
        if (f) (formats[b.row + i] ??= [])[b.col + j] = f;
      }),
    );
  for (let r = 0; r < sheet.length; r++) sheet[r] ??= [];
  const hf = HyperFormula.buildFromArray(sheet, {
    ...cellFormatConfig((_s, r, c) => formats[r]?.[c] ?? "General"),
    licenseKey: "gpl-v3",
    accentSensitive: true,
    smartRounding: false,
  });
  const values = hf.getSheetValues(0);
  hf.destroy();
  const verdictCol = plan.layout.columns.verdict!;
  const summary = plan.blocks[plan.blocks.length - 1]!;
  return {
    at: (row: number) => values[row]?.[verdictCol],
    summary: values[summary.row]?.[summary.col],
  };
}

function expectSheetIsCore(written: MergeResult, filled: MergeResult, settings: Settings): string[] {
  const sheet = recalculated(written, filled, settings);
  const { check, label, overall, groups } = core(filled, settings);
  const seen: string[] = [];
  check.read.table.groups.forEach((g, i) => {
    expect([g.name, sheet.at(g.sheetRow!)]).toEqual([g.name, groups[i]]);
    for (const row of g.rows) {
      expect([row.name, sheet.at(row.sheetRow)]).toEqual([row.name, label(row.sheetRow)]);
      seen.push(`${row.name}: ${String(sheet.at(row.sheetRow))}`);
    }
  });
  expect(sheet.summary).toBe(overall);
  return seen;
}

const VI = DEFAULT_SETTINGS;
const EN: Settings = { ...DEFAULT_SETTINGS, language: "en" };

describe("a merged sheet's rows the merge could not combine, recalculated", () => {
  const result = merged();

  test("as written: 'Không tổng hợp được' in Đánh giá and counted apart in the summary lines, as core says", () => {
    expect(expectSheetIsCore(result, result, VI)).toEqual([
      "Doanh nghiệp thành lập mới: Vượt",
      // 236 of 241 tỷ.
      "Thu ngân sách trên địa bàn: Không đạt",
      // Dưới 2% and dưới 1,5%: the plans differ (the mean 1,4% is there, with no plan).
      "Tỷ lệ hộ nghèo: Không tổng hợp được",
      // "điểm" is not known to add: no Thực hiện, though both wards gave theirs.
      "Điểm, tụ điểm ma túy: Không tổng hợp được",
    ]);
    const sheet = recalculated(result, result, VI);
    expect(sheet.summary).toBe("Đạt và vượt 1/2 chỉ tiêu; 2 chỉ tiêu không tổng hợp được");
  });

  test("in English: 'Not combined', and '1 of 2 targets reached or exceeded; 2 indicators not combined'", () => {
    expect(expectSheetIsCore(result, result, EN)).toEqual([
      "Doanh nghiệp thành lập mới: Exceeded",
      "Thu ngân sách trên địa bàn: Not reached",
      "Tỷ lệ hộ nghèo: Not combined",
      "Điểm, tụ điểm ma túy: Not combined",
    ]);
    expect(recalculated(result, result, EN).summary).toBe(
      "1 of 2 targets reached or exceeded; 2 indicators not combined",
    );
  });

  test("a plan typed into the merged row later judges it: 1,4% under a plan of 2% is Vượt, one row apart", () => {
    // Typed as 2% (0,02 in the row's percent format); a plan in words would need Tính toán again.
    const filled = typed(result, "Tỷ lệ hộ nghèo", { plan: 2 });
    expect(expectSheetIsCore(result, filled, VI)).toContain("Tỷ lệ hộ nghèo: Vượt");
    expect(recalculated(result, filled, VI).summary).toBe(
      "Đạt và vượt 2/3 chỉ tiêu; 1 chỉ tiêu không tổng hợp được",
    );
  });

  test("a figure typed into Thực hiện later is judged: 3 points against 'không quá 3' is Đạt", () => {
    const filled = typed(result, "Điểm, tụ điểm ma túy", { actual: 3 });
    // In English: the group's line is "1 of 1 target reached or exceeded", as core says it.
    expect(expectSheetIsCore(result, filled, EN)).toContain("Điểm, tụ điểm ma túy: Reached");
  });

  test("a ward's figure cleared later: the row is missing part of its actual, 'Chưa có số liệu', as merging without it says", () => {
    const filled = merged(null);
    expect(expectSheetIsCore(result, filled, VI)).toContain("Điểm, tụ điểm ma túy: Chưa có số liệu");
    expect(recalculated(result, filled, VI).summary).toBe(
      "Đạt và vượt 1/2 chỉ tiêu; 1 chỉ tiêu không tổng hợp được",
    );
  });
});

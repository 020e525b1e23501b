/**
 * A merged sheet computed again (Tính toán on it) keeps the rows the merge could not combine
 * "Không tổng hợp được": the merge's test is read back from the sheet's own Đánh giá formulas
 * (core/not-combined.ts), so the recomputed plan writes the very formulas the merge wrote.
 */
import { buildMergeSheet, checkMerged, mergeUnits, type MergeResult } from "../../src/core/merge";
import { checkTable } from "../../src/core/rules";
import { DEFAULT_SETTINGS, type Block, type CellValue, type Settings } from "../../src/core/model";
import { checkedApart, notCombinedFromSheet, unitsGaveOf } from "../../src/core/not-combined";
import { computePlan } from "../../src/core/plan";
import { readTable } from "../../src/core/table";
import { wardTable } from "./merged-sheet-words";

function merged(): MergeResult {
  const units = [
    { unitName: "Phường 7", grid: wardTable("Phường 7", "dưới 2%", 2) },
    { unitName: "Phường 8", grid: wardTable("Phường 8", "dưới 1,5%", 1) },
  ].map((u) => ({ unitName: u.unitName, read: readTable(u.grid, { convention: "vi" }) }));
  return mergeUnits(units, DEFAULT_SETTINGS);
}

/** The sheet as written: every block's contents at its place (formulas as Excel's `formulas` reads them). */
function written(blocks: readonly Block[]): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const b of blocks)
    b.contents.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v !== null) (grid[b.row + i] ??= [])[b.col + j] = v;
      }),
    );
  for (let r = 0; r < grid.length; r++) grid[r] = Array.from(grid[r] ?? [], (v) => v ?? null);
  return grid;
}

/** What `values` reads back: formulas' results are left out (null), the rest as written. */
const valuesOf = (formulas: CellValue[][]): CellValue[][] =>
  formulas.map((line) => line.map((v) => (typeof v === "string" && v.startsWith("=") ? null : v)));

const VI = DEFAULT_SETTINGS;
const EN: Settings = { ...DEFAULT_SETTINGS, language: "en" };

function recomputed(settings: Settings, sheetLang: Settings = VI) {
  const sheet = buildMergeSheet(merged(), sheetLang, sheetLang.language);
  const formulas = written(sheet.plan.blocks);
  const read = readTable(valuesOf(formulas), { convention: "vi" });
  const notCombined = notCombinedFromSheet(read, (r, c) => formulas[r]?.[c] ?? null);
  const plan = computePlan(read, settings, { notCombined });
  const verdictCol = plan.columns.verdict!;
  const again = written(plan.blocks);
  const rows = read.table.groups.flatMap((g) => g.rows);
  const rowOf = (name: string): number => rows.find((r) => r.name === name)!.sheetRow;
  return { formulas, again, verdictCol, rowOf, notCombined, plan };
}

describe("a merged sheet computed again keeps what the merge knew", () => {
  test("the rows not combined are recognised by their Đánh giá formula, with the merge's test", () => {
    const { notCombined, rowOf } = recomputed(VI);
    // Poverty rates with plans that differ; "điểm" not known to add. Both wards gave both rows.
    const poverty = rowOf("Tỷ lệ hộ nghèo");
    const points = rowOf("Điểm, tụ điểm ma túy");
    expect([...notCombined.keys()].sort((a, b) => a - b)).toEqual([poverty, points]);
    expect(notCombined.get(poverty)).toEqual({ unitsGave: `COUNT(I${poverty + 1}:J${poverty + 1})>=2` });
    expect(notCombined.get(points)).toEqual({ unitsGave: `COUNT(I${points + 1}:J${points + 1})>=2` });
  });

  test("Tính toán writes the merge's very Đánh giá formulas and summary line again", () => {
    const { formulas, again, verdictCol, rowOf, plan } = recomputed(VI);
    for (const name of ["Tỷ lệ hộ nghèo", "Điểm, tụ điểm ma túy", "Doanh nghiệp thành lập mới"]) {
      const row = rowOf(name);
      expect([name, again[row]?.[verdictCol]]).toEqual([name, formulas[row]?.[verdictCol]]);
    }
    expect(String(again[rowOf("Tỷ lệ hộ nghèo")]?.[verdictCol])).toContain('"Không tổng hợp được"');
    expect(plan.summary.formula).toBe(formulas[plan.summary.row]?.[plan.summary.col]);
    expect(plan.summary.formula).toContain("COUNTIF(");
    expect(plan.summary.formula).toContain("không tổng hợp được");
  });

  test("without what the sheet says, the same rows would fall back to 'Chưa có số liệu' (the old Tính toán)", () => {
    const sheet = buildMergeSheet(merged(), VI, "vi");
    const formulas = written(sheet.plan.blocks);
    const read = readTable(valuesOf(formulas), { convention: "vi" });
    const plain = written(computePlan(read, VI).blocks);
    const row = read.table.groups.flatMap((g) => g.rows).find((r) => r.name === "Tỷ lệ hộ nghèo")!.sheetRow;
    const col = computePlan(read, VI).columns.verdict!;
    expect(String(plain[row]?.[col])).not.toContain("Không tổng hợp được");
    expect(String(plain[row]?.[col])).toContain("Chưa có số liệu");
  });

  test("a Vietnamese merged sheet computed in English says 'Not combined' on the same rows", () => {
    const { again, verdictCol, rowOf, notCombined } = recomputed(EN, VI);
    expect(notCombined.size).toBe(2);
    const poverty = String(again[rowOf("Tỷ lệ hộ nghèo")]?.[verdictCol]);
    expect(poverty).toContain('"Not combined"');
    expect(poverty).not.toContain("Không tổng hợp được");
    // And back: the English formula is recognised too.
    expect(unitsGaveOf(poverty)).toBe(notCombined.get(rowOf("Tỷ lệ hộ nghèo"))?.unitsGave);
  });

  test("only the merge's test counts: other formulas and values are not taken for one", () => {
    expect(unitsGaveOf('=IF(COUNT(I9:J9)>=2,"Không tổng hợp được","Chưa có số liệu")')).toBe(
      "COUNT(I9:J9)>=2",
    );
    expect(unitsGaveOf('=IF(COUNTA($I$9:$K$9)>=3,"Not combined",IF(E9="","Chưa có số liệu","Đạt"))')).toBe(
      "COUNTA($I$9:$K$9)>=3",
    );
    expect(unitsGaveOf('=IF(COUNT(I9:J9)>=2,"Đạt","Chưa có số liệu")')).toBeNull();
    expect(unitsGaveOf("Không tổng hợp được")).toBeNull();
    expect(unitsGaveOf(42)).toBeNull();
    expect(unitsGaveOf(null)).toBeNull();
  });
});

describe("a merged sheet checked again counts its rows not combined apart, as merging did", () => {
  const sheet = buildMergeSheet(merged(), VI, "vi");
  const formulas = written(sheet.plan.blocks);
  // The values as Excel computes them (the sums in Thực hiện), as checkMerged reads them.
  const values = sheet.grid;
  const read = readTable(values, { convention: "vi" });
  const check = checkTable(read, VI);
  const verdictCol = computePlan(read, VI).columns.verdict!;
  const rows = read.table.groups.flatMap((g) => g.rows);
  /** The values Excel shows: the label where the merge's test holds (both wards gave both rows). */
  const shown = (r: number, c: number): unknown =>
    c === verdictCol && unitsGaveOf(formulas[r]?.[c]) !== null ? "Không tổng hợp được" : values[r]?.[c];

  test("the summary is checkMerged's: 1/2 reached, 2 not combined, none without data", () => {
    const apart = checkedApart(check, (r, c) => formulas[r]?.[c] ?? null, shown);
    const atMerge = checkMerged(merged(), VI, "vi");
    expect([
      apart.summary.reached,
      apart.summary.total,
      apart.summary.noData,
      apart.summary.notCombined,
    ]).toEqual([1, 2, 0, 2]);
    expect(apart.summary).toEqual(atMerge.summary);
    expect([...apart.notCombined!.keys()]).toEqual([...atMerge.notCombined!.keys()]);
    expect(rows.filter((r) => apart.notCombined!.has(r.sheetRow)).map((r) => r.name)).toEqual([
      "Tỷ lệ hộ nghèo",
      "Điểm, tụ điểm ma túy",
    ]);
  });

  test("a row whose cell no longer shows the label (a unit's figure cleared) is not counted apart", () => {
    const apart = checkedApart(
      check,
      (r, c) => formulas[r]?.[c] ?? null,
      (r, c) => values[r]?.[c],
    );
    expect(apart).toBe(check);
  });
});

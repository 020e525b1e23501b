/**
 * Consolidation across scale words (audit 3, F11): one commune reports in triệu đồng, another in
 * tỷ đồng; the merged row converts, exactly, and says which unit it converted.
 */
import { DEFAULT_SETTINGS, type CellValue, type Settings } from "../../src/core/model";
import { readTable } from "../../src/core/table";
import {
  buildMergeSheet,
  checkMerged,
  mergeUnits,
  type MergedIndicator,
  type MergeResult,
} from "../../src/core/merge";
import { commonUnit, convertTarget, unitMeasure } from "../../src/core/merge-scale";
import { rescaled, splitUnitScale, unitScale } from "../../src/core/numbers";

const settings: Settings = { ...DEFAULT_SETTINGS };

type Line = [name: string, unit: string, kind: string, plan: CellValue, actual: CellValue, prior: CellValue];

function unit(name: string, lines: Line[]) {
  const grid: CellValue[][] = [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2025"],
    [`Đơn vị: ${name}`],
    [],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Loại", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
    ["I", "Kinh tế"],
    ...lines.map((l, i) => [i + 1, ...l]),
  ];
  return { unitName: name, read: readTable(grid, { convention: "vi" }) };
}

function find(result: MergeResult, name: string, unitOfMeasure?: string): MergedIndicator | undefined {
  return result.groups
    .flatMap((g) => g.indicators)
    .find((m) => m.name === name && (unitOfMeasure === undefined || m.unit === unitOfMeasure));
}

describe("scale words in units", () => {
  test.each([
    ["tỷ đồng", 1e9, "đồng"],
    ["nghìn tỷ đồng", 1e12, "đồng"],
    ["Tỉ đồng", 1e9, "đồng"],
    ["triệu kWh", 1e6, "kWh"],
    ["nghìn lượt", 1e3, "lượt"],
    ["triệu đồng/người", 1e6, "đồng/người"],
    ["tấn", 1, "tấn"],
    ["tỷ", 1e9, ""],
    ["%", 1, "%"],
  ])("%p is scale %d of %p", (text, scale, base) => {
    expect(splitUnitScale(text)).toEqual({ scale, base });
  });

  test("a stacked scale is one scale: 5 tỷ in a nghìn tỷ đồng row is 0,005", () => {
    expect(unitScale("nghìn tỷ đồng")).toBe(1e12);
  });

  test("a shift of the decimal point, not a binary product: no drift", () => {
    expect(rescaled(1234.5, 1e6, 1e9)).toBe(1.2345);
    expect(rescaled(1234.56, 1e6, 1e9)).toBe(1.23456); // 1234.56 / 1000 is 1.2345599999999999
    expect(rescaled(123.4, 1e6, 1e9)).toBe(0.1234);
    expect(rescaled(-1.15, 1e3, 1)).toBe(-1150);
    expect(rescaled(94450000, 1, 1e9)).toBe(0.09445);
  });

  test("a bare scale is not an empty unit; tấn and ha are two measures", () => {
    const key = (u: string) => unitMeasure(u, (t) => t.toLowerCase()).key;
    expect(key("tỷ")).not.toBe(key(""));
    expect(key("tỷ")).toBe(key("triệu"));
    expect(key("nghìn tấn")).toBe(key("tấn"));
    expect(key("ha")).not.toBe(key("tấn"));
  });

  test("the merged unit is the one most units used; a tie goes to the first unit", () => {
    const fold = (t: string) => t.toLowerCase();
    expect(commonUnit(["tỷ đồng", "triệu đồng", "Triệu đồng"], fold)).toBe("triệu đồng");
    expect(commonUnit([null, "triệu đồng", "tỷ đồng"], fold)).toBe("triệu đồng");
  });

  test("a target's amounts move with the scale; a change in % does not", () => {
    expect(convertTarget({ kind: "limit", bound: 4000, side: "upper", inclusive: false }, 1e6, 1e9)).toEqual({
      kind: "limit",
      bound: 4,
      side: "upper",
      inclusive: false,
    });
    expect(convertTarget({ kind: "range", lo: 1.2, hi: 1.5 }, 1e12, 1e9)).toEqual({
      kind: "range",
      lo: 1200,
      hi: 1500,
    });
    expect(convertTarget({ kind: "relative", change: 5 }, 1e6, 1e9)).toEqual({ kind: "relative", change: 5 });
  });
});

describe("merging units that write a unit with different scale words", () => {
  // Audit 3, F11: 22 tỷ + 15 500 triệu = 37,5 tỷ against 20 + 16 tỷ.
  const xaA = unit("Xã A", [
    ["Thu ngân sách", "tỷ đồng", "Số lượng", 20, 22, 18],
    ["Thu phí, lệ phí", "tỷ đồng", "Số lượng", 3, "2,5", 2],
    ["Sản lượng lúa", "nghìn tấn", "Số lượng", "1,5", "1,2", "1,1"],
    ["Diện tích lúa", "ha", "Số lượng", 300, 320, 310],
    ["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "dưới 4", "3,5", 4],
  ]);
  const xaB = unit("Xã B", [
    ["Thu ngân sách", "triệu đồng", "Số lượng", "16.000", "15.500", "14.000"],
    ["Thu phí, lệ phí", "triệu đồng", "Số lượng", "1.000", "1.234,56", 900],
    ["Sản lượng lúa", "tấn", "Số lượng", 800, 850, 780],
    ["Diện tích lúa", "tấn", "Số lượng", 900, 950, 920],
    ["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "dưới 4", "4,2", "4,5"],
  ]);
  const result = mergeUnits([xaA, xaB], settings);

  test("triệu đồng + tỷ đồng → tỷ đồng, the first unit's (one each): 22 + 15,5 = 37,5 against 36", () => {
    const budget = find(result, "Thu ngân sách");
    expect(budget).toMatchObject({ unit: "tỷ đồng", aggregation: "sum", actual: 37.5, plan: 36, prior: 32 });
    expect(budget?.units.map((f) => [f?.actual, f?.convertedFrom])).toEqual([
      [22, null],
      [15.5, "triệu đồng"],
    ]);
    expect(budget?.note).toEqual({
      vi: "Xã B: triệu đồng → tỷ đồng (đã đổi đơn vị)",
      en: "Xã B: triệu đồng → tỷ đồng (units converted)",
    });
    expect(result.groups.flatMap((g) => g.indicators).filter((m) => m.name === "Thu ngân sách")).toHaveLength(
      1,
    );
    expect(result.issues.filter((i) => i.name === "Thu ngân sách")).toEqual([]);
    const check = checkMerged(result, settings);
    const row = check.read.table.groups.flatMap((g) => g.rows).find((r) => r.name === "Thu ngân sách");
    const computed = check.results.get(row?.sheetRow ?? -1);
    expect(computed?.verdict).toBe("vuot");
    expect(computed?.pctPlan).toBeCloseTo(104.1667, 4); // shown 104,17 %
  });

  test("each converted figure is exact, and the sheet shows its every decimal", () => {
    const fees = find(result, "Thu phí, lệ phí");
    expect(fees?.units[1]?.actual).toBe(1.23456);
    expect([fees?.actual, fees?.plan, fees?.prior]).toEqual([3.73456, 4, 2.9]);
    const block = buildMergeSheet(result, settings).plan.blocks[0]!;
    const r = block.contents.findIndex((line) => line[1] === "Thu phí, lệ phí");
    // Xã B's column (J) and the total: 1,23456 and 3,73456, not 1,23 and 3,73.
    expect([block.contents[r]?.[9], block.numberFormats?.[r]?.[9]]).toEqual([1.23456, "#,##0.00000"]);
    expect(block.numberFormats?.[r]?.[6]).toBe("#,##0.00000");
    // Xã A's 2,5 keeps two decimals; whole figures none.
    expect([block.numberFormats?.[r]?.[8], block.numberFormats?.[r]?.[5]]).toEqual(["#,##0.00", "#,##0"]);
  });

  test("nghìn tấn + tấn → nghìn tấn: 1,2 + 0,85", () => {
    const rice = find(result, "Sản lượng lúa");
    expect(rice).toMatchObject({ unit: "nghìn tấn", actual: 2.05, plan: 2.3, prior: 1.88 });
    expect(result.conversions.map((c) => c.message.vi)).toEqual([
      '"Thu ngân sách" — Xã B: triệu đồng → tỷ đồng',
      '"Thu phí, lệ phí" — Xã B: triệu đồng → tỷ đồng',
      '"Sản lượng lúa" — Xã B: tấn → nghìn tấn',
    ]);
  });

  test("ha and tấn are not one measure: two rows, the clash named, nothing converted", () => {
    expect(find(result, "Diện tích lúa", "ha")?.actual).toBe(320);
    expect(find(result, "Diện tích lúa", "tấn")?.actual).toBe(950);
    const clash = result.issues.filter((i) => i.code === "unit_mismatch");
    expect(clash.map((i) => i.message.vi)).toEqual([
      '"Diện tích lúa" có đơn vị khác nhau giữa các đơn vị (ha: Xã A; tấn: Xã B); để thành các dòng riêng, không cộng.',
    ]);
    expect(result.conversions.some((c) => c.name === "Diện tích lúa")).toBe(false);
  });

  test("% and a count are not one measure either: two rows, no conversion", () => {
    const r = mergeUnits(
      [
        unit("Xã A", [["Lao động qua đào tạo", "%", "Tỷ lệ", 60, 62, 58]]),
        unit("Xã B", [["Lao động qua đào tạo", "nghìn người", "Số lượng", "1,2", "1,25", "1,1"]]),
      ],
      settings,
    );
    expect(r.groups.flatMap((g) => g.indicators).map((m) => [m.unit, m.aggregation, m.actual])).toEqual([
      ["%", "mean", 62],
      ["nghìn người", "sum", 1.25],
    ]);
    expect([r.conversions, r.issues.map((i) => i.code)]).toEqual([[], ["unit_mismatch"]]);
  });

  test("a rate is still averaged, never summed", () => {
    const poor = find(result, "Tỷ lệ hộ nghèo");
    expect([poor?.aggregation, poor?.actual, poor?.units.map((f) => f?.convertedFrom)]).toEqual([
      "mean",
      3.85,
      [null, null],
    ]);
  });

  test("the unit most units used wins: tỷ đồng converted to triệu đồng, and a shared plan kept as typed", () => {
    const c = unit("Xã C", [
      ["Thu ngân sách", "triệu đồng", "Số lượng", "5.000", "4.800,5", null],
      ["GRDP bình quân đầu người", "triệu đồng/người", "Số lượng", 60, 58, 55],
    ]);
    const a = unit("Xã A", [
      ["Thu ngân sách", "tỷ đồng", "Số lượng", 20, 22, 18],
      ["GRDP bình quân đầu người", "nghìn đồng/người", "Số lượng", "60.000", "62.000", "57.000"],
    ]);
    const r = mergeUnits([a, xaB, c], settings);
    const budget = find(r, "Thu ngân sách");
    expect(budget).toMatchObject({ unit: "triệu đồng", actual: 42300.5, plan: 41000, prior: null });
    expect(budget?.note.vi).toBe("Xã A: tỷ đồng → triệu đồng (đã đổi đơn vị)");
    // Per head is averaged, not added: 60 triệu and 60.000 nghìn are one plan, written as Xã C typed it.
    const perHead = find(r, "GRDP bình quân đầu người");
    expect(perHead).toMatchObject({ unit: "nghìn đồng/người", aggregation: "mean" });
    // A tie (one each): the first unit's, nghìn đồng/người; Xã C's 58 triệu is 58.000 nghìn.
    expect([perHead?.actual, perHead?.plan, perHead?.units[2]?.actual]).toEqual([60000, "60.000", 58000]);
  });
});

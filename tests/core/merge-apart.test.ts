/**
 * Two wards' tables with seed 004's 45 targets (the city template, 9 + 12 + 13 + 11), filled as
 * wards fill them, merged: "chưa có số liệu" means the actual is missing, nothing else. A row whose
 * units all gave figures but which the merge cannot combine (a unit of measure it does not know to
 * add, plans that differ) is counted apart ("không tổng hợp được") and named with the reason.
 */
import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { checkMerged, mergeUnits } from "../../src/core/merge";
import { reportText } from "../../src/core/report";
import { summaryText } from "../../src/core/summary";
import { readTable } from "../../src/core/table";
import { templateSheet } from "../../src/core/templates";

const PLAN = 5;
const ACTUAL = 6;
const PRIOR = 7;

/** The city template for one ward: rates round 60–90 %, counts round 40–350, `scale` apart. */
function ward(unit: string, scale: number, povertyPlan: string): CellValue[][] {
  const sheet = templateSheet("thanh-pho-nam", { settings: DEFAULT_SETTINGS, unitName: unit });
  const grid = (sheet.blocks[0]?.contents ?? []).map((r) => [...r]) as CellValue[][];
  expect(grid[4]?.slice(PLAN, PRIOR + 1)).toEqual([
    "Kế hoạch năm 2021",
    "Thực hiện năm 2021",
    "Thực hiện năm 2020",
  ]);
  let i = 0;
  for (const row of grid.slice(5)) {
    if (typeof row[0] !== "number") continue;
    i++;
    if (row[3] === "Đạt/không") {
      row[ACTUAL] = "Đạt";
      continue;
    }
    const rate = row[2] === "%";
    const plan = rate ? 60 + (i % 30) : Math.round((40 + i * 7) * scale);
    const actual = rate ? plan + (i % 3 === 0 ? -2 : 1.5) : Math.round(plan * (i % 3 === 0 ? 0.93 : 1.04));
    row[PLAN] ??= plan;
    row[ACTUAL] = actual;
    row[PRIOR] = rate ? actual - 1 : Math.round(actual * 0.92);
    if (row[1] === "Tỷ lệ hộ nghèo") {
      // Each ward its own limit, as wards are given: the plans differ, the rates are there.
      row[PLAN] = povertyPlan;
      row[ACTUAL] = 1.4;
      row[PRIOR] = 1.9;
    }
  }
  expect(i).toBe(45);
  return grid;
}

const units = [
  { unitName: "Phường 7", read: readTable(ward("Phường 7", 1, "dưới 2%"), { convention: "vi" }) },
  { unitName: "Phường 8", read: readTable(ward("Phường 8", 1.3, "dưới 1,5%"), { convention: "vi" }) },
];
const result = mergeUnits(units, DEFAULT_SETTINGS);
const check = checkMerged(result, DEFAULT_SETTINGS);

test("every row that both wards filled is judged or counted apart, none is 'chưa có số liệu'", () => {
  const s = check.summary;
  // 45 = 42 judged + 3 not combined: "Điểm, tụ điểm ma túy" (điểm: not known to add), "Tỷ lệ hộ
  // nghèo" (dưới 2% and dưới 1,5%) and "Bác sĩ trên một vạn dân" (250 and 325: a ratio, averaged,
  // whose plans differ). Nothing is missing an actual, nothing lacks a plan.
  expect([s.total, s.noData, s.noTarget, s.notCombined]).toEqual([42, 0, 0, 3]);
  expect(s.groups.map((g) => [g.name, g.total, g.noData, g.notCombined])).toEqual([
    ["Xây dựng Đảng", 9, 0, 0],
    ["Kinh tế", 12, 0, 0],
    ["Văn hóa – xã hội", 11, 0, 2],
    ["Quốc phòng – an ninh – nội chính", 10, 0, 1],
  ]);
  expect(summaryText(s, "vi")).toBe(`Đạt và vượt ${s.reached}/42 chỉ tiêu; 3 chỉ tiêu không tổng hợp được`);
  expect(summaryText(s, "en")).toBe(
    `${s.reached} of 42 targets reached or exceeded; 3 indicators not combined`,
  );
});

test("the rows not combined are named with the reason, in the overall paragraph and their own sentence", () => {
  const vi = reportText(check, "vi", "vi");
  expect(vi.overall).toContain(
    'không tổng hợp được: Tỷ lệ hộ nghèo (kế hoạch các đơn vị khác nhau), Bác sĩ trên một vạn dân (kế hoạch các đơn vị khác nhau), Điểm, tụ điểm ma túy (đơn vị "điểm" chưa rõ có cộng được không).',
  );
  expect(vi.overall).not.toContain("chưa có số liệu");
  const en = reportText(check, "en", "vi");
  expect(en.overall).toContain(
    "not combined: Tỷ lệ hộ nghèo (the units' plans differ), Bác sĩ trên một vạn dân (the units' plans differ), Điểm, tụ điểm ma túy (unit \"điểm\" not known to add up).",
  );
  const sentences = vi.groups.flatMap((g) => g.sentences);
  expect(sentences.find((t) => t.startsWith("Điểm, tụ điểm ma túy"))).toBe(
    'Điểm, tụ điểm ma túy: không tổng hợp được (đơn vị "điểm" chưa rõ có cộng được không).',
  );
  // The plain mean of 1,4 and 1,4 is there; only the plan could not be made one.
  expect(sentences.find((t) => t.startsWith("Tỷ lệ hộ nghèo"))).toBe(
    "Tỷ lệ hộ nghèo: 1,4%, giảm 0,5 điểm % so với cùng kỳ, kế hoạch không tổng hợp được (kế hoạch các đơn vị khác nhau).",
  );
});

test("rates are plain means, the yes/no row is combined, a per-10 000 ratio is averaged, not added", () => {
  const all = result.groups.flatMap((g) => g.indicators);
  const by = (name: string) => all.find((m) => m.name === name);
  expect(by("Tỷ lệ lao động qua đào tạo")?.aggregation).toBe("mean");
  expect(by("Thực hiện chủ trương 6 không")?.actualYesNo).toBe("yes");
  // 233 and 302 doctors per 10 000 people (250 × 0,93 and 325 × 0,93, rounded) average 267,5.
  expect([by("Bác sĩ trên một vạn dân")?.aggregation, by("Bác sĩ trên một vạn dân")?.actual]).toEqual([
    "mean",
    267.5,
  ]);
});

test("a row one ward left empty is still 'chưa có số liệu': part of its actual is missing", () => {
  const grid = ward("Phường 9", 1, "dưới 2%");
  const row = grid.find((r) => r[1] === "Điểm, tụ điểm ma túy") as CellValue[];
  row[ACTUAL] = null;
  const partial = checkMerged(
    mergeUnits(
      [units[0]!, { unitName: "Phường 9", read: readTable(grid, { convention: "vi" }) }],
      DEFAULT_SETTINGS,
    ),
    DEFAULT_SETTINGS,
  );
  // Both wards share "dưới 2%" and the doctors' plan here: nothing else is apart.
  expect([partial.summary.noData, partial.summary.notCombined ?? 0]).toEqual([1, 0]);
});

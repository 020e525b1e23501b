/**
 * Group and label rows as offices number them: Arabic groups whose rows carry the group's number
 * ("1 | Kinh tế" over "1.1", "1.2"), and a parent line over lettered parts ("1.2 | Giá trị sản xuất"
 * over "a | Nông nghiệp", "b | Công nghiệp"). Neither is an indicator without data.
 */
import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { reportText } from "../../src/core/report";
import { displayName } from "../../src/core/display-name";
import { chartSpecs } from "../../src/core/charts";
import { mergeUnits } from "../../src/core/merge";

const HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ"];
const GRID: CellValue[][] = [
  HEADER,
  [1, "Kinh tế"],
  ["1.1", "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160],
  ["1.2", "Giá trị sản xuất", null, null, null, null],
  ["a", "Nông nghiệp", "tỷ đồng", 1250, 1190, 1230],
  ["b", "Công nghiệp", "tỷ đồng", 6500, 6794.12, 6392.6],
  ["2.", "Văn hóa - xã hội"],
  ["2.1", "Tỷ lệ hộ nghèo", "%", "dưới 1%", 0.85, 1.2],
  ["2.2", "Giải quyết việc làm", "lao động", 3000, 2900, 2980],
];

test("'1 | Kinh tế' and '2. | Văn hóa - xã hội' over 1.1, 2.1… are groups; the parent of a, b is neither", () => {
  const check = checkTable(readTable(GRID, { convention: "vi" }), DEFAULT_SETTINGS);
  const groups = check.read.table.groups.map((g) => [g.stt, g.name, g.rows.map((r) => r.stt)]);
  expect(groups).toEqual([
    ["1", "Kinh tế", ["1.1", "a", "b"]],
    ["2", "Văn hóa - xã hội", ["2.1", "2.2"]],
  ]);
  // By hand: 176/150 Vượt, 1 190/1 250 = 95,2 % Không đạt, 6 794,12/6 500 Vượt; 0,85 < 1 Vượt,
  // 2 900/3 000 Không đạt: 2/3 and 1/2, 3/5 overall, nothing without data, no missing unit or plan.
  expect(check.summary.groups.map((g) => [g.reached, g.total, g.noData])).toEqual([
    [2, 3, 0],
    [1, 2, 0],
  ]);
  expect([check.summary.reached, check.summary.total, check.summary.noData]).toEqual([3, 5, 0]);
  expect(check.findings.filter((f) => f.code === "missing_unit" || f.code === "missing_plan")).toEqual([]);
});

test("a numbered row with no figures yet, over another numbered row, is still an indicator without data", () => {
  const grid: CellValue[][] = [
    HEADER,
    [1, "Doanh nghiệp thành lập mới", null, null, null, null],
    [2, "Thu ngân sách", "tỷ đồng", 329, 562, 472],
  ];
  const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
  expect(check.read.table.groups.flatMap((g) => g.rows.map((r) => r.stt))).toEqual(["1", "2"]);
  expect(check.summary.noData).toBe(1);
});

/** Group I with a parent line "2 | Giá trị sản xuất" over its numbered parts 2.1 and 2.2. */
const ECONOMY_WITH_PARTS: CellValue[][] = [
  HEADER,
  ["I", "KINH TẾ"],
  [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160],
  [2, "Giá trị sản xuất"],
  ["2.1", "Nông nghiệp", "tỷ đồng", 1250, 1190, 1230],
  ["2.2", "Công nghiệp", "tỷ đồng", 6500, 6794.12, 6392.6],
  [3, "Thu ngân sách", "tỷ đồng", 329, 562, 472],
];

test("inside a Roman group, '2 | Giá trị sản xuất' over 2.1, 2.2 is a parent line: group I keeps its later rows", () => {
  const grid: CellValue[][] = [
    ...ECONOMY_WITH_PARTS,
    ["II", "VĂN HÓA - XÃ HỘI"],
    [1, "Tỷ lệ hộ nghèo", "%", "dưới 1%", 0.85, 1.2],
  ];
  const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
  expect(check.read.table.groups.map((g) => [g.stt, g.rows.map((r) => r.stt)])).toEqual([
    ["I", ["1", "2.1", "2.2", "3"]],
    ["II", ["1"]],
  ]);
  expect(check.summary.groups.map((g) => [g.reached, g.total, g.noData])).toEqual([
    [3, 4, 0],
    [1, 1, 0],
  ]);
});

describe("a lettered part keeps its parent line's name in the report, the charts and the merge", () => {
  const check = checkTable(readTable(GRID, { convention: "vi" }), DEFAULT_SETTINGS);

  test("'a | Nông nghiệp' under 'Giá trị sản xuất' reads 'Giá trị sản xuất nông nghiệp', vi and en", () => {
    const rows = check.read.table.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => r.parent ?? null)).toEqual([
      null,
      "Giá trị sản xuất",
      "Giá trị sản xuất",
      null,
      null,
    ]);
    const vi = reportText(check, "vi", "vi");
    // 1 190 / 1 250 = 95,2 %; (1 190 − 1 230) / 1 230 = −3,25 %.
    expect(vi.groups[0]!.sentences[1]).toBe(
      "Giá trị sản xuất nông nghiệp: 1.190 tỷ đồng, giảm 3,25% so với cùng kỳ, đạt 95,2% kế hoạch, không đạt chỉ tiêu.",
    );
    expect(vi.groups[0]!.sentences[2]).toBe(
      "Giá trị sản xuất công nghiệp: 6.794,12 tỷ đồng, tăng 6,28% so với cùng kỳ, đạt 104,52% kế hoạch, vượt chỉ tiêu.",
    );
    expect(vi.groups[0]!.conclusion).toBe(
      "Nhóm Kinh tế: đạt và vượt 2/3 chỉ tiêu; chưa đạt: Giá trị sản xuất nông nghiệp.",
    );
    const en = reportText(check, "en", "en");
    expect(en.groups[0]!.sentences[1]).toBe(
      "Giá trị sản xuất nông nghiệp: 1,190 tỷ đồng, down 3.25% on the same period last year, reached 95.2% of plan, target not reached.",
    );
    // The row after the parts is no part: "2.1 | Tỷ lệ hộ nghèo" keeps its own name.
    expect(vi.groups[1]!.sentences[0]).toMatch(/^Tỷ lệ hộ nghèo: /);
  });

  test("a part that already names its parent, or a long part, reads as it should", () => {
    expect(displayName({ name: "Giá trị sản xuất nông nghiệp", parent: "Giá trị sản xuất" })).toBe(
      "Giá trị sản xuất nông nghiệp",
    );
    expect(displayName({ name: "Trong đó: xuất khẩu", parent: "Kim ngạch" })).toBe(
      "Kim ngạch — Trong đó: xuất khẩu",
    );
    expect(displayName({ name: "Doanh nghiệp thành lập mới" })).toBe("Doanh nghiệp thành lập mới");
  });

  test("numbered parts '2.1', '2.2' under '2 | Giá trị sản xuất' inside group I carry it too", () => {
    const c = checkTable(readTable(ECONOMY_WITH_PARTS, { convention: "vi" }), DEFAULT_SETTINGS);
    expect(c.read.table.groups[0]!.rows.map((r) => displayName(r))).toEqual([
      "Doanh nghiệp thành lập mới",
      "Giá trị sản xuất nông nghiệp",
      "Giá trị sản xuất công nghiệp",
      "Thu ngân sách",
    ]);
  });

  test("chart labels say the parent: a live formula joining it to the part's cell", () => {
    const spec = chartSpecs(check, check.read.layout, "Bảng");
    const labels = spec.blocks
      .flatMap((b) => b.contents.flat())
      .filter((c): c is string => typeof c === "string" && c.includes("'Bảng'!$B$5"));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels[0]).toBe(
      `=IF(LEN("Giá trị sản xuất "&LOWER(LEFT('Bảng'!$B$5,1))&MID('Bảng'!$B$5,2,160))>40,LEFT("Giá trị sản xuất "&LOWER(LEFT('Bảng'!$B$5,1))&MID('Bảng'!$B$5,2,160),39)&"…","Giá trị sản xuất "&LOWER(LEFT('Bảng'!$B$5,1))&MID('Bảng'!$B$5,2,160))`,
    );
  });

  test("the merge matches and writes a part by its full name", () => {
    const read = readTable(GRID, { convention: "vi" });
    const merged = mergeUnits(
      [
        { unitName: "Phường 1", read },
        { unitName: "Phường 2", read: readTable(GRID, { convention: "vi" }) },
      ],
      DEFAULT_SETTINGS,
    );
    const names = merged.groups[0]!.indicators.map((m) => [m.name, m.actual]);
    expect(names).toEqual([
      ["Doanh nghiệp thành lập mới", 352],
      ["Giá trị sản xuất nông nghiệp", 2380],
      ["Giá trị sản xuất công nghiệp", 13588.24],
    ]);
  });
});

test("'a | Nông nghiệp' under two parents in one group is two indicators, not a duplicate name", () => {
  const grid: CellValue[][] = [
    HEADER,
    ["I", "KINH TẾ"],
    [1, "Giá trị sản xuất"],
    ["a", "Nông nghiệp", "tỷ đồng", 1250, 1190, 1230],
    ["b", "Công nghiệp", "tỷ đồng", 6500, 6794.12, 6392.6],
    [2, "Vốn đầu tư phát triển"],
    ["a", "Nông nghiệp", "tỷ đồng", 300, 320, 280],
  ];
  const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
  expect(check.read.table.groups[0]!.rows.map((r) => displayName(r))).toEqual([
    "Giá trị sản xuất nông nghiệp",
    "Giá trị sản xuất công nghiệp",
    "Vốn đầu tư phát triển nông nghiệp",
  ]);
  expect(check.findings.filter((f) => f.code === "duplicate_name")).toEqual([]);
});

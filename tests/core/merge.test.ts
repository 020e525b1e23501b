import { DEFAULT_SETTINGS, type CellValue, type Settings } from "../../src/core/model";
import { readTable } from "../../src/core/table";
import { summaryText } from "../../src/core/summary";
import {
  additivity,
  buildMergeSheet,
  checkMerged,
  mergeUnits,
  nameKey,
  type MergeResult,
} from "../../src/core/merge";
import { unitGrid } from "./shared-tables";

const settings: Settings = { ...DEFAULT_SETTINGS };

const A = unitGrid("Phường 1", [
  [
    "I",
    "Kinh tế",
    [
      ["Doanh nghiệp thành lập mới", "doanh nghiệp", "Số lượng", "Tăng", 50, 60, 45],
      ["Thu ngân sách trên địa bàn", "tỷ đồng", "Số lượng", "Tăng", "100,5", "110,25", 90],
      ["Sản lượng lúa", "tấn", "Số lượng", "Tăng", 1000, 1100, null],
      ["Công trình hạ tầng đưa vào sử dụng", "công trình", "Số lượng", "Tăng", 5, 4, 3],
      ["GRDP bình quân đầu người", "triệu đồng/người", "Số lượng", "Tăng", 60, 62, 58],
    ],
  ],
  [
    "II",
    "Văn hóa – xã hội",
    [
      ["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "Giảm", "dưới 4", "3,5", 4],
      ["Tổng số hộ", "hộ", "Số lượng", "Tăng", null, 1000, 990],
      ["Thực hiện chủ trương 6 không", "chủ trương", "Đạt/không", "Tăng", "hoàn thành", "hoàn thành", null],
    ],
  ],
]);

const B = unitGrid("Phường 2", [
  [
    "I",
    "Kinh tế",
    [
      // Typed differently: case, spacing and a missing diacritic must not stop the match.
      ["doanh nghiệp  thành lập MỚI", "Doanh nghiệp", "Số lượng", "Tăng", 40, 35, 30],
      ["Thu ngân sách trên địa bàn", "tỷ đồng", "Số lượng", "Tăng", 80, "75,5", 70],
      ["Sản lượng lúa", "tấn", "Số lượng", "Tăng", 2000, 1900, null],
      ["Công trình hạ tầng đưa vào sử dụng", "công trình", "Số lượng", "Tăng", 3, 3, 2],
      ["GRDP bình quân đầu người", "triệu đồng/người", "Số lượng", "Tăng", 60, 58, 55],
    ],
  ],
  [
    "II",
    "Văn hóa - xã hội",
    [
      ["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "Giảm", "dưới 4", "4,2", 4.5],
      ["Tổng số hộ", "hộ", "Số lượng", "Tăng", null, 2000, 1980],
      ["Thực hiện chủ trương 6 không", "chủ trương", "Đạt/không", "Tăng", "hoàn thành", "không đạt", null],
    ],
  ],
]);

const C = unitGrid("Xã Mỹ Thành", [
  [
    "I",
    "Kinh tế",
    [
      ["Doanh nghiệp thành lập mới", "doanh nghiệp", "Số lượng", "Tăng", 30, 30, 25],
      ["Thu ngân sách trên địa bàn", "tỷ đồng", "Số lượng", "Tăng", 70, 70, 60],
      // A different unit: reported, kept apart, never added to the tấn of the others.
      ["Sản lượng lúa", "ha", "Số lượng", "Tăng", 300, 320, null],
      ["GRDP bình quân đầu người", "triệu đồng/người", "Số lượng", "Tăng", 55, 57, 52],
    ],
  ],
  [
    "II",
    "Văn hóa – xã hội",
    [
      ["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "Giảm", "dưới 4", 2, 2.5],
      ["Tổng số hộ", "hộ", "Số lượng", "Tăng", null, 1000, 1000],
      ["Thực hiện chủ trương 6 không", "chủ trương", "Đạt/không", "Tăng", "hoàn thành", "hoàn thành", null],
    ],
  ],
]);

const units = [A, B, C].map((grid) => {
  const read = readTable(grid, { convention: "vi" });
  return { unitName: read.table.unitName, read };
});

const find = (r: MergeResult, name: string, unit?: string) =>
  r.groups
    .flatMap((g) => g.indicators)
    .find((m) => nameKey(m.name) === nameKey(name) && (unit === undefined || m.unit === unit));

describe("mergeUnits: three wards", () => {
  const result = mergeUnits(units, settings);

  it("takes unit names from the tables and keeps the groups in order", () => {
    expect(result.unitNames).toEqual(["Phường 1", "Phường 2", "Xã Mỹ Thành"]);
    expect(result.groups.map((g) => [g.stt, g.name, g.indicators.length])).toEqual([
      ["I", "Kinh tế", 6],
      ["II", "Văn hóa – xã hội", 3],
    ]);
  });

  it("adds counts and money: plans, actuals and prior years", () => {
    const firms = find(result, "Doanh nghiệp thành lập mới");
    expect([firms?.aggregation, firms?.plan, firms?.actual, firms?.prior]).toEqual(["sum", 120, 125, 100]);
    expect(firms?.units.map((u) => u?.actual)).toEqual([60, 35, 30]);
    const budget = find(result, "Thu ngân sách trên địa bàn");
    expect([budget?.plan, budget?.actual, budget?.prior]).toEqual([250.5, 255.75, 220]);
  });

  it("does not add rates or per-head figures: their plain mean, the note says so and how many units reached", () => {
    const poor = find(result, "Tỷ lệ hộ nghèo");
    // (3,5 + 4,2 + 2) / 3 and (4 + 4,5 + 2,5) / 3: no base to weight by, so a plain mean, named as one.
    expect([poor?.aggregation, poor?.actual, poor?.prior, poor?.plan]).toEqual([
      "mean",
      3.23333333333333,
      3.66666666666667,
      "dưới 4",
    ]);
    expect(poor?.note.vi).toBe(
      "Bình quân cộng của 3 đơn vị (tỷ lệ, không cộng; chưa có số gốc để tính bình quân gia quyền); 2/3 đơn vị đạt và vượt",
    );
    expect(poor?.note.en).toBe(
      "Simple mean of 3 units (a rate, not added; no base to weight it by); 2 of 3 units reached",
    );
    const perHead = find(result, "GRDP bình quân đầu người");
    expect([perHead?.aggregation, perHead?.actual]).toEqual(["mean", 59]);
    expect(perHead?.note.vi).toMatch(/^Bình quân cộng của 3 đơn vị \(bình quân, không cộng;/);
  });

  it("leaves a unit without the rate out of the mean, and says so", () => {
    const gap = unitGrid("Phường 5", [
      ["II", "Văn hóa – xã hội", [["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "Giảm", "dưới 4", null, 4]]],
    ]);
    const r = mergeUnits(
      [...units, { unitName: "Phường 5", read: readTable(gap, { convention: "vi" }) }],
      settings,
    );
    const poor = find(r, "Tỷ lệ hộ nghèo");
    expect([poor?.aggregation, poor?.actual]).toEqual(["mean", 3.23333333333333]);
    expect(poor?.note.vi).toBe(
      "Bình quân cộng của 3 đơn vị (tỷ lệ, không cộng; chưa có số gốc để tính bình quân gia quyền); 2/3 đơn vị đạt và vượt; chưa gồm Phường 5 (chưa có số liệu)",
    );
  });

  it("reports an indicator missing in one unit and totals it over the units that have it", () => {
    const works = find(result, "Công trình hạ tầng đưa vào sử dụng");
    expect([works?.actual, works?.plan, works?.units[2]]).toEqual([7, 8, null]);
    expect(works?.note.vi).toBe("Thiếu ở Xã Mỹ Thành");
    const issue = result.issues.find((i) => i.code === "missing_in_units");
    expect(issue?.units).toEqual(["Xã Mỹ Thành"]);
    expect(issue?.message.vi).toContain("không có trong bảng của: Xã Mỹ Thành");
  });

  it("keeps the same name with different units apart and reports it once, not as missing", () => {
    const tons = find(result, "Sản lượng lúa", "tấn");
    const hectares = find(result, "Sản lượng lúa", "ha");
    expect([tons?.actual, hectares?.actual]).toEqual([3000, 320]);
    const mismatch = result.issues.filter((i) => i.code === "unit_mismatch");
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]?.message.vi).toContain("tấn: Phường 1, Phường 2; ha: Xã Mỹ Thành");
    expect(result.issues.filter((i) => i.code === "missing_in_units").map((i) => i.name)).toEqual([
      "Công trình hạ tầng đưa vào sử dụng",
    ]);
  });

  it("judges a yes/no row reached only when every unit reached it", () => {
    const sixNo = find(result, "Thực hiện chủ trương 6 không");
    expect([sixNo?.aggregation, sixNo?.actualYesNo, sixNo?.unitsReached, sixNo?.unitsJudged]).toEqual([
      "all_yes",
      "no",
      2,
      3,
    ]);
  });

  it("weights a rate by a count when asked, and says so", () => {
    const weighted = mergeUnits(units, settings, {
      weights: [{ indicator: "tỷ lệ hộ nghèo", weight: "Tổng số hộ" }],
    });
    const poor = find(weighted, "Tỷ lệ hộ nghèo");
    // (3,5 × 1000 + 4,2 × 2000 + 2 × 1000) / 4000
    expect(poor?.aggregation).toBe("weighted");
    expect(poor?.actual).toBeCloseTo(3.475, 12);
    expect(poor?.prior).toBeCloseTo((4 * 990 + 4.5 * 1980 + 2.5 * 1000) / 3970, 12);
    expect(poor?.note.vi).toBe('Bình quân gia quyền theo "Tổng số hộ"; 2/3 đơn vị đạt và vượt');
  });

  it("reports units whose plans cannot be combined", () => {
    const other = unitGrid("Phường 9", [
      [
        "I",
        "Kinh tế",
        [["Doanh nghiệp thành lập mới", "doanh nghiệp", "Số lượng", "Tăng", "ít nhất 20", 25, 20]],
      ],
    ]);
    const r = mergeUnits(
      [units[0], { unitName: "Phường 9", read: readTable(other, { convention: "vi" }) }].flatMap(
        (u) => u ?? [],
      ),
      settings,
    );
    const firms = find(r, "Doanh nghiệp thành lập mới");
    expect([firms?.plan, firms?.actual]).toEqual([null, 85]);
    expect(
      r.issues.some((i) => i.code === "plan_not_combined" && i.name === "Doanh nghiệp thành lập mới"),
    ).toBe(true);
  });
});

describe("the merged table is computed and judged like any other", () => {
  const result = mergeUnits(units, settings);
  const sheet = buildMergeSheet(result, settings);

  it("formats whole figures without a dangling decimal mark and fractions with two decimals", () => {
    const block = sheet.plan.blocks[0]!;
    const formats = (block.numberFormats ?? []).flat().filter((f): f is string => f !== null);
    expect(formats).not.toContain("#,##0.##");
    const firmsRow = block.contents.findIndex((r) => r[1] === "Doanh nghiệp thành lập mới");
    expect(block.numberFormats?.[firmsRow]?.[6]).toBe("#,##0");
  });

  it("writes SUM over the unit columns for totals, and caches the value", () => {
    const contents = sheet.plan.blocks[0]?.contents ?? [];
    const header = contents[4] ?? [];
    expect(header.slice(0, 12)).toEqual([
      "STT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Loại",
      "Chiều",
      "Kế hoạch",
      "Thực hiện",
      "Cùng kỳ",
      "Phường 1",
      "Phường 2",
      "Xã Mỹ Thành",
      "Ghi chú",
    ]);
    const firmsRow = contents.findIndex((r) => r[1] === "Doanh nghiệp thành lập mới");
    expect(contents[firmsRow]?.slice(5, 11)).toEqual([
      120,
      `=SUM(I${firmsRow + 1}:K${firmsRow + 1})`,
      100,
      60,
      35,
      30,
    ]);
    expect(sheet.cached).toContainEqual({ row: firmsRow, col: 6, value: 125 });
    // A rate is averaged, live, over the units' percent cells: its value cached as the fraction shown as %.
    const poorRow = contents.findIndex((r) => r[1] === "Tỷ lệ hộ nghèo");
    expect(contents[poorRow]?.[6]).toBe(`=AVERAGE(I${poorRow + 1}:K${poorRow + 1})`);
    expect(contents[poorRow]?.slice(8, 11)).toEqual([0.035, 0.042, 0.02]);
    expect(sheet.cached).toContainEqual({ row: poorRow, col: 6, value: 0.0323333333333333 });
    expect(sheet.plan.blocks[0]?.numberFormats?.[poorRow]?.[6]).toMatch(/%$/);
  });

  it("reads back with readTable and checks with checkTable: verdicts and 'đạt và vượt x/y'", () => {
    const check = checkMerged(result, settings);
    const rows = check.read.table.groups.flatMap((g) => g.rows);
    const verdict = (name: string) =>
      check.results.get(rows.find((r) => r.name === name)?.sheetRow ?? -1)?.verdict;
    expect(verdict("Doanh nghiệp thành lập mới")).toBe("vuot"); // 125 / 120
    expect(verdict("Thu ngân sách trên địa bàn")).toBe("vuot"); // 255,75 / 250,5
    expect(verdict("Công trình hạ tầng đưa vào sử dụng")).toBe("khong_dat"); // 7 / 8
    // Every ward has its rate: the mean 3,23 is under 4, judged and counted, not "chưa có số liệu".
    expect(verdict("Tỷ lệ hộ nghèo")).toBe("vuot");
    expect(verdict("Thực hiện chủ trương 6 không")).toBe("khong_dat");
    expect(check.read.table.year).toBe(2021);
    // Vượt: firms, budget, rice in ha (320 / 300); Đạt: rice in tấn (3 000 / 3 000); not: works, "6 không".
    expect(verdict("Sản lượng lúa")).toBe("dat");
    // The units gave no plan for the weight row: reported as "không giao kế hoạch", a warning, not an error.
    expect([
      check.summary.reached,
      check.summary.total,
      check.summary.noData,
      check.summary.noTarget,
      check.summary.notCombined,
    ]).toEqual([5, 7, 0, 1, 1]);
    // Rates and per-head figures of wards that all gave them are not "chưa có số liệu"; per head has
    // plans that differ (60, 60, 55): the wards set one, so it is not "không giao kế hoạch" but a row
    // the merge could not combine, counted apart.
    expect(summaryText(check.summary, "vi")).toBe(
      "Đạt và vượt 5/7 chỉ tiêu; 1 chỉ tiêu không giao kế hoạch; 1 chỉ tiêu không tổng hợp được",
    );
    expect(summaryText(check.summary, "en")).toBe(
      "5 of 7 targets reached or exceeded; 1 without a target; 1 indicator not combined",
    );
    expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(
      check.findings.filter((f) => f.code === "missing_plan").map((f) => [f.severity, f.cell?.address]),
    ).toEqual([
      ["warning", "F11"],
      ["warning", "F15"],
    ]);
  });

  it("puts the computed columns right of Ghi chú, with the add-in's own formulas", () => {
    const cols = sheet.plan.layout.columns;
    // No Phấn đấu column in the units, so no % Phấn đấu: % KH, % CK, tăng/giảm, điểm %, đánh giá.
    expect([cols.pctPlan, cols.pctPrior, cols.changePct, cols.diffPoints, cols.verdict]).toEqual([
      12, 13, 14, 15, 16,
    ]);
    const blocks = sheet.plan.blocks.filter((b) => b.col === 12);
    expect(blocks.some((b) => b.contents.some((r) => typeof r[0] === "string" && r[0].startsWith("=")))).toBe(
      true,
    );
  });
});

describe("additivity", () => {
  it.each([
    ["Doanh nghiệp thành lập mới", "doanh nghiệp", "quantity", true],
    ["Thu ngân sách", "tỷ đồng", "quantity", true],
    ["Diện tích lúa", "ha", "quantity", true],
    ["GRDP bình quân đầu người", "đồng", "quantity", false],
    ["Thu nhập", "triệu đồng/người", "quantity", false],
    ["Tỷ lệ hộ nghèo", "%", "rate", false],
    ["Tăng trưởng GRDP", "%", "growth", false],
    ["Chỉ số giá", "điểm", "quantity", false],
    // Scale words do not change what adds: the unit's base does.
    ["Thu ngân sách", "nghìn tỷ đồng", "quantity", true],
    ["Sản lượng thủy sản", "triệu tấn", "quantity", true],
    ["Dân số", "nghìn người", "quantity", true],
    ["Khách du lịch", "nghìn lượt", "quantity", true],
    ["Điện thương phẩm", "triệu kWh", "quantity", true],
    ["Kim ngạch xuất khẩu", "tỷ USD", "quantity", true],
    ["Kinh phí", "tỷ", "quantity", false],
  ] as const)("%s (%s) adds up: %s", (name, unit, kind, expected) => {
    expect(additivity({ name, unit, kind }).additive).toBe(expected);
  });
});

describe("merging tables without a Chiều column", () => {
  /** Two wards' tables as most offices make them: no Loại, no Chiều. */
  const plain = (unitName: string, rows: [string, string, number, number, number][]) => {
    const grid: CellValue[][] = [
      ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021"],
      [`Đơn vị: ${unitName}`],
      [],
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
      ...rows.map((r, i) => [i + 1, ...r]),
    ];
    const read = readTable(grid, { convention: "vi" });
    return { unitName: read.table.unitName, read };
  };
  const result = mergeUnits(
    [
      plain("Phường 1", [
        ["Số vụ tai nạn giao thông", "vụ", 8, 6, 9],
        ["Doanh nghiệp thành lập mới", "doanh nghiệp", 50, 60, 45],
      ]),
      plain("Phường 2", [
        ["Số vụ tai nạn giao thông", "vụ", 7, 6, 8],
        ["Doanh nghiệp thành lập mới", "doanh nghiệp", 70, 65, 55],
      ]),
    ],
    settings,
  );

  it("judges accidents 15 → 12 by the direction the name gives: Vượt, in the units and merged", () => {
    const accidents = find(result, "Số vụ tai nạn giao thông");
    expect([accidents?.direction, accidents?.plan, accidents?.actual]).toEqual(["down", 15, 12]);
    expect(accidents?.units.map((u) => u?.verdict)).toEqual(["vuot", "vuot"]);
    const check = checkMerged(result, settings);
    const row = check.read.table.groups
      .flatMap((g) => g.rows)
      .find((r) => r.name === "Số vụ tai nạn giao thông");
    expect(row?.direction).toBe("down");
    expect(check.results.get(row?.sheetRow ?? -1)?.verdict).toBe("vuot");
    // The merged sheet says it in its Chiều column, so nothing is left to infer there.
    expect(check.findings.filter((f) => f.code === "direction_inferred")).toEqual([]);
    expect(check.summary).toMatchObject({ reached: 2, total: 2 });
  });
});

import { HyperFormula, type RawCellContent } from "hyperformula";
import { verdictLabel } from "../../src/core/compute";
import type { CellValue, TableCheck } from "../../src/core/model";
import { chartSpecs } from "../../src/core/charts";
import { RECOMPUTE_LABEL } from "../../src/core/formulas";
import { computePlan } from "../../src/core/plan";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import {
  elapsedShare,
  expectedShare,
  judgeInPeriod,
  measureOf,
  parsePeriod,
  periodFromTexts,
  periodOfText,
} from "../../src/core/period";
import { reportText } from "../../src/core/report";
import { checkTable } from "../../src/core/rules";
import { SEEDS, seedToTable } from "../../src/core/seeds";
import { summaryText } from "../../src/core/summary";
import { readTable } from "../../src/core/table";
import { cellFormatConfig } from "../../src/workbench/engine";
import { NINE_MONTHS_2021_HEADER, NINE_MONTHS_2021_TITLE, T06_HEAD, T06_ROWS } from "./shared-tables";
import { indicatorRow } from "./indicator-row";

/** A 9-month table the seeds do not hold: figures made up, in the shape Bến Tre's tables take. */
const NINE_MONTHS: CellValue[][] = [
  [NINE_MONTHS_2021_TITLE],
  ["Đơn vị: UBND thành phố"],
  [],
  [...NINE_MONTHS_2021_HEADER, "Ghi chú"],
  ["I", "Kinh tế", null, null, null, null, null, null],
  [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", 43000, 33000, null, null, null],
  [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 160, 120, null, null],
  [3, "Lao động được giải quyết việc làm", "lao động", 4000, 2800, null, null, null],
  [4, "Giá trị sản xuất công nghiệp", "tỷ đồng", 43000, 31000, 30000, 42000, null],
  ["II", "Xã hội", null, null, null, null, null, null],
  [1, "Số vụ tai nạn giao thông", "vụ", "không quá 20", 12, 14, null, null],
  [2, "Số vụ vi phạm môi trường", "vụ", "không quá 20", 17, null, null, null],
  [3, "Tỷ lệ hộ nghèo", "%", "dưới 4", 4.2, 4.5, null, null],
  [4, "Thu nhập bình quân đầu người", "triệu đồng/người", 60, 61, 55, null, null],
];

function check(grid: CellValue[][], settings = DEFAULT_SETTINGS): TableCheck {
  return checkTable(readTable(grid, { convention: "vi" }), settings);
}

function rowOf(c: TableCheck, start: string) {
  for (const g of c.read.table.groups)
    for (const r of g.rows)
      if (r.name.startsWith(start)) return { row: r, result: c.results.get(r.sheetRow)! };
  throw new Error(`no row ${start}`);
}

describe("the period a table reports on", () => {
  test("from the title, the header and the quarter's name", () => {
    expect(periodOfText("Kết quả thực hiện 9 tháng năm 2021")).toBe("9_thang");
    expect(periodOfText("6 tháng đầu năm 2021")).toBe("6_thang");
    expect(periodOfText("Ước thực hiện 9 tháng")).toBe("9_thang");
    expect(periodOfText("Báo cáo quý III năm 2021")).toBe("9_thang");
    expect(periodOfText("Báo cáo quý I/2021")).toBe("3_thang");
    expect(periodOfText("Quy hoạch chung")).toBeNull();
    expect(periodFromTexts(["Bảng chỉ tiêu", "Năm 2021"])).toBe("nam");
    expect(parsePeriod("9m")).toBe("9_thang");
    expect(parsePeriod("q2")).toBe("6_thang");
    expect(parsePeriod("year")).toBe("nam");
    expect(parsePeriod("10m")).toBeNull();
    expect(elapsedShare("9_thang")).toBe(0.75);
  });

  test("a 9-month sheet is read as one, with the prior year's same period and full year apart", () => {
    const read = readTable(NINE_MONTHS, { convention: "vi" });
    expect(read.table.period).toBe("9_thang");
    expect(read.table.year).toBe(2021);
    // Columns D–G: plan, actual, Cùng kỳ (9 tháng 2020), the prior full year (năm 2020).
    expect(read.layout.columns).toMatchObject({ plan: 3, actual: 4, prior: 5, priorYear: 6 });
    const row = read.table.groups[0]!.rows[3]!;
    expect([row.actual, row.prior, row.priorYear]).toEqual([31000, 30000, 42000]);
    expect(row.periodCells?.priorYear?.address).toBe("G9");
  });

  test("the seed table of 9 months 2020 (seed 001) is a 9-month table", () => {
    expect(seedToTable(SEEDS[1]!).period).toBe("9_thang");
  });
});

describe("flows and levels", () => {
  const base = { kind: "quantity" as const, target: { kind: "value" as const, value: 1 } };
  test("amounts and counts that accumulate are flows", () => {
    expect(measureOf({ ...base, unit: "tỷ đồng", name: "Tổng doanh thu" })).toBe("flow");
    expect(measureOf({ ...base, unit: "doanh nghiệp", name: "Doanh nghiệp thành lập mới" })).toBe("flow");
    expect(measureOf({ ...base, unit: "lao động", name: "Giải quyết việc làm" })).toBe("flow");
  });
  test("rates, per-head figures and stocks are levels", () => {
    expect(measureOf({ ...base, kind: "rate", unit: "%", name: "Tỷ lệ hộ nghèo" })).toBe("level");
    expect(measureOf({ ...base, unit: "triệu đồng/người", name: "Thu nhập" })).toBe("level");
    expect(measureOf({ ...base, unit: "triệu đồng", name: "GRDP bình quân đầu người" })).toBe("level");
    expect(measureOf({ ...base, unit: "xã", name: "Xã đạt chuẩn nông thôn mới" })).toBe("level");
  });
});

describe("a 9-month table judged on progress", () => {
  const c = check(NINE_MONTHS);

  test("33.000 of 43.000 tỷ at 9 months is 76,74 % of the annual plan: on track, projected 44.000", () => {
    const { result } = rowOf(c, "Tổng doanh thu");
    expect(result.pctPlan).toBeCloseTo(76.744, 3);
    expect(result.verdict).toBe("dung_tien_do");
    // 33.000 / (9/12) = 44.000.
    expect(result.projected).toBeCloseTo(44000, 6);
    expect(result.projection).toBe("linear");
    expect(result.period).toBe("9_thang");
  });

  test("a flow that already passed the annual plan is Vượt as at the year", () => {
    expect(rowOf(c, "Doanh nghiệp").result.verdict).toBe("vuot");
  });

  test("2.800 of 4.000 jobs (70 % < 75 %) is behind", () => {
    const { result } = rowOf(c, "Lao động");
    expect(result.verdict).toBe("cham_tien_do");
    expect(result.projected).toBeCloseTo(3733.333, 3);
  });

  test("with the prior year's 9 months and full year, the seasonal share is the yardstick", () => {
    // Share 30.000 / 42.000 = 0,7143; expected 0,7143 × 43.000 = 30.714 ≤ 31.000: on track,
    // though 31.000 / 43.000 = 72,09 % is below the 75 % of the months.
    const { row, result } = rowOf(c, "Giá trị sản xuất công nghiệp");
    expect(expectedShare(row, "9_thang").method).toBe("seasonal");
    expect(result.pctPlan).toBeCloseTo(72.093, 3);
    expect(result.verdict).toBe("dung_tien_do");
    expect(result.projection).toBe("seasonal");
    // 31.000 / (30.000 / 42.000) = 43.400.
    expect(result.projected).toBeCloseTo(43400, 6);
  });

  test("a lower-is-better flow under its pace is on track, not yet Vượt; over the pace, behind", () => {
    // Limit 20 a year: 15 by 9 months. 12 ≤ 15 on track; 17 > 15 behind.
    expect(rowOf(c, "Số vụ tai nạn").result.verdict).toBe("dung_tien_do");
    expect(rowOf(c, "Số vụ vi phạm").result.verdict).toBe("cham_tien_do");
    const over = NINE_MONTHS.map((r) =>
      r[1] === "Số vụ vi phạm môi trường" ? [...r.slice(0, 4), 21, null] : r,
    );
    expect(rowOf(check(over), "Số vụ vi phạm").result.verdict).toBe("khong_dat");
  });

  test("levels are compared as levels: a rate above its limit is behind, not Không đạt, while the year runs", () => {
    expect(rowOf(c, "Tỷ lệ hộ nghèo").result.verdict).toBe("cham_tien_do");
    const income = rowOf(c, "Thu nhập").result;
    expect(income.verdict).toBe("vuot");
    expect(income.projection).toBe("level");
    expect(income.projected).toBe(61);
  });

  test("the summary counts rows on track with the reached ones, and says so", () => {
    // Vượt: DN, thu nhập (2); đúng tiến độ: doanh thu, công nghiệp, tai nạn (3); chậm: 3.
    expect(c.summary.byVerdict).toMatchObject({ vuot: 2, dung_tien_do: 3, cham_tien_do: 3 });
    expect(summaryText(c.summary, "vi")).toBe(
      "Đạt và vượt hoặc đúng tiến độ 5/8 chỉ tiêu (2 chỉ tiêu đã đạt kế hoạch năm)",
    );
    expect(summaryText(c.summary, "en")).toBe(
      "5 of 8 targets reached, exceeded or on track (2 already at the annual plan)",
    );
  });

  test("the report says how far the year's plan is reached and that it is on track", () => {
    const vi = reportText(c, "vi", "vi");
    expect(vi.groups[0]!.sentences[0]).toBe(
      "Tổng doanh thu hàng hóa, dịch vụ: 9 tháng ước đạt 76,74% kế hoạch năm (33.000 tỷ đồng), đúng tiến độ; dự kiến cả năm 44.000 tỷ đồng (theo tỷ lệ thời gian).",
    );
    const en = reportText(c, "en", "en");
    expect(en.groups[0]!.sentences[0]).toBe(
      "Tổng doanh thu hàng hóa, dịch vụ: estimated at 76.74% of the annual plan in the first 9 months (33,000 tỷ đồng), on track; projected at 44,000 tỷ đồng for the year (by the share of the year elapsed).",
    );
    const poor = en.groups.flatMap((g) => g.sentences).find((t) => t.startsWith("Tỷ lệ hộ nghèo"));
    // A rate against the prior year in points at 9 months too (4,5% → 4,2%), not "down 6.67%".
    expect(poor).toBe(
      "Tỷ lệ hộ nghèo: estimated at 4.2% in the first 9 months (annual plan below 4%), down 0.3 points on the same period last year, behind schedule.",
    );
    expect(vi.groups.flatMap((g) => g.sentences).find((t) => t.startsWith("Tỷ lệ hộ nghèo"))).toBe(
      "Tỷ lệ hộ nghèo: 9 tháng ước đạt 4,2% (kế hoạch năm dưới 4%), giảm 0,3 điểm % so với cùng kỳ, chậm tiến độ.",
    );
  });

  test("the same table judged as a year (a setting) makes 76,74 % Không đạt", () => {
    const asYear = check(NINE_MONTHS, { ...DEFAULT_SETTINGS, period: "nam" });
    expect(rowOf(asYear, "Tổng doanh thu").result.verdict).toBe("khong_dat");
    expect(rowOf(asYear, "Tổng doanh thu").result.projected).toBeNull();
  });
});

describe("a table with the office's own full-year estimate", () => {
  const grid: CellValue[][] = [
    ["Báo cáo 6 tháng đầu năm 2021"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Ước thực hiện 6 tháng", "Ước thực hiện cả năm", "Cùng kỳ"],
    [1, "Thu ngân sách", "tỷ đồng", 500, 200, 480, 190],
    [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 80, 170, 60],
  ];
  const c = check(grid);

  test("the estimate is what is judged; % KH stays the 6 months' share", () => {
    const budget = rowOf(c, "Thu ngân sách");
    expect(c.read.layout.columns).toMatchObject({ actual: 4, yearEstimate: 5, prior: 6 });
    expect(budget.row.yearEstimate).toBe(480);
    expect(budget.result.pctPlan).toBe(40);
    expect(budget.result.verdict).toBe("khong_dat");
    expect(budget.result.projected).toBe(480);
    expect(budget.result.projection).toBe("estimate");
    expect(rowOf(c, "Doanh nghiệp").result.verdict).toBe("vuot");
  });
});

describe("judgeInPeriod at the year", () => {
  test("is computeRow's verdict, with no projection", () => {
    const row = indicatorRow({
      sheetRow: 4,
      name: "Doanh nghiệp thành lập mới",
      unit: "doanh nghiệp",
      target: { kind: "value", value: 150 },
      actual: 176,
      estimate: true,
    });
    const r = judgeInPeriod(row, DEFAULT_SETTINGS, "nam");
    expect(r.verdict).toBe("vuot");
    expect(r.pctPlan).toBeCloseTo(117.333, 3);
    expect(r.projected).toBeNull();
  });
});

describe("the live formulas judge a partial period as core does (HyperFormula)", () => {
  function evaluate(
    grid: CellValue[][],
    edits: [number, number, CellValue][] = [],
    formats: (string | null)[][] = [],
  ) {
    const read = readTable(grid, { convention: "vi", numberFormats: formats });
    const plan = computePlan(read, DEFAULT_SETTINGS);
    const sheet: RawCellContent[][] = grid.map((r) => r.slice());
    const put = (row: number, col: number, v: RawCellContent) => {
      while (sheet.length <= row) sheet.push([]);
      sheet[row]![col] = v;
    };
    for (const b of plan.blocks)
      b.contents.forEach((r, i) => r.forEach((v, j) => v !== null && put(b.row + i, b.col + j, v)));
    put(plan.summary.row, plan.summary.col, plan.summary.formula);
    for (const [r, c, v] of edits) put(r, c, v);
    const hf = HyperFormula.buildFromArray(sheet, {
      ...cellFormatConfig((_s, r, c) => formats[r]?.[c] ?? "General"),
      licenseKey: "gpl-v3",
      accentSensitive: true,
      smartRounding: false,
    });
    const values = hf.getSheetValues(0);
    hf.destroy();
    const verdictCol = plan.columns.verdict!;
    return { read, values, verdictCol, summary: values[plan.summary.row]?.[plan.summary.col] };
  }

  test("a prior full year shown as a date (9/12 → 46365) is no figure: the share is the linear 9/12, as in core", () => {
    const grid = NINE_MONTHS.map((r) => r.slice());
    grid[8]![6] = 46365;
    const formats: (string | null)[][] = [];
    formats[8] = [null, null, null, null, null, null, "dd/mm/yyyy"];
    const { read, values, verdictCol } = evaluate(grid, [], formats);
    const row = read.table.groups[0]!.rows[3]!;
    expect([row.name, row.priorYear ?? null]).toEqual(["Giá trị sản xuất công nghiệp", null]);
    // 31.000 of 43.000 is behind 9/12 × 43.000 = 32.250 (the date as a year would make it on track).
    expect(verdictLabel(checkTable(read, DEFAULT_SETTINGS).results.get(8)!.verdict, "vi")).toBe(
      "Chậm tiến độ",
    );
    expect(values[8]?.[verdictCol]).toBe("Chậm tiến độ");
  });

  test("every row of the 9-month table, and the summary line", () => {
    const { read, values, verdictCol, summary } = evaluate(NINE_MONTHS);
    const c = checkTable(read, DEFAULT_SETTINGS);
    for (const g of read.table.groups)
      for (const r of g.rows)
        expect([r.name, values[r.sheetRow]?.[verdictCol]]).toEqual([
          r.name,
          verdictLabel(c.results.get(r.sheetRow)!.verdict, "vi"),
        ]);
    expect(summary).toBe(`${summaryText(c.summary, "vi").split(" (")[0]}`);
  });

  test("live: 30.000 tỷ typed later (69,77 % < 75 %) turns the row to Chậm tiến độ", () => {
    const { values, verdictCol } = evaluate(NINE_MONTHS, [[5, 4, 30000]]);
    expect(values[5]?.[verdictCol]).toBe("Chậm tiến độ");
  });

  test("the office's full-year estimate is judged when typed; the 6 months' pace when not", () => {
    const grid: CellValue[][] = [
      ["Báo cáo 6 tháng đầu năm 2021"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Ước thực hiện 6 tháng", "Ước thực hiện cả năm", "Cùng kỳ"],
      [1, "Thu ngân sách", "tỷ đồng", 500, 260, 480, 190],
    ];
    expect(evaluate(grid).values[3]?.[evaluate(grid).verdictCol]).toBe("Không đạt");
    const cleared = evaluate(grid, [[3, 5, null]]);
    // 260 of 500 is 52 % ≥ 50 % at 6 months.
    expect(cleared.values[3]?.[cleared.verdictCol]).toBe("Đúng tiến độ");
  });

  test("a full-year estimate shown as a percent (0,62 as 62%) is read ×100, as core reads it", () => {
    const grid: CellValue[][] = [
      ["Báo cáo 6 tháng đầu năm 2021"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Ước thực hiện 6 tháng", "Ước thực hiện cả năm", "Cùng kỳ"],
      [1, "Tỷ lệ lao động qua đào tạo", "%", 60, 58, 0.62, 57],
      [2, "Tỷ lệ hộ nghèo", "%", "dưới 4", 4.2, 0.035, 4.5],
    ];
    const formats: (string | null)[][] = [];
    (formats[3] ??= [])[5] = "0%";
    (formats[4] ??= [])[5] = "0.0%";
    const { read, values, verdictCol } = evaluate(grid, [], formats);
    expect(read.table.groups[0]!.rows.map((r) => r.yearEstimate)).toEqual([62, 3.5]);
    const c = checkTable(read, DEFAULT_SETTINGS);
    expect([3, 4].map((r) => verdictLabel(c.results.get(r)!.verdict, "vi"))).toEqual(["Vượt", "Vượt"]);
    expect([3, 4].map((r) => values[r]?.[verdictCol])).toEqual(["Vượt", "Vượt"]);
  });

  test("text typed later in Thực hiện beside a full-year estimate: the estimate is judged, as core does", () => {
    const grid: CellValue[][] = [
      ["Báo cáo 6 tháng đầu năm 2021"],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Ước thực hiện 6 tháng", "Ước thực hiện cả năm", "Cùng kỳ"],
      [1, "Thu ngân sách", "tỷ đồng", 500, 260, 480, 190],
      [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 80, 170, 60],
    ];
    // "260,5" and "85" typed as text (an en-US Excel keeps "260,5" as text; "85" pasted as text).
    const typed: [number, number, string][] = [
      [3, 4, "260,5"],
      [4, 4, "85"],
    ];
    const core = (g: CellValue[][]) => {
      const c = checkTable(readTable(g, { convention: "vi" }), DEFAULT_SETTINGS);
      return [3, 4].map((r) => verdictLabel(c.results.get(r)!.verdict, "vi"));
    };
    const withText = grid.map((r) => r.slice());
    for (const [r, c, v] of typed) withText[r]![c] = v;
    // Core reads the text (260,5 and 85) and judges the estimates: 480 of 500 Không đạt, 170 of 150 Vượt.
    expect(core(withText)).toEqual(["Không đạt", "Vượt"]);
    // A leading apostrophe keeps the text as text in HyperFormula, as typing it does in Excel.
    const sheet = evaluate(
      grid,
      typed.map(([r, c, v]) => [r, c, `'${v}`]),
    );
    expect([3, 4].map((r) => sheet.values[r]?.[sheet.verdictCol])).toEqual(core(withText));

    // Without the estimate, core judges the 6 months' text the formula cannot read: Tính toán again.
    const noEstimate = withText.map((r) => r.slice());
    noEstimate[3]![5] = null;
    expect(core(noEstimate)[0]).toBe("Đúng tiến độ");
    const cleared = evaluate(grid, [
      ...typed.map(([r, c, v]): [number, number, CellValue] => [r, c, `'${v}`]),
      [3, 5, null],
    ]);
    expect(cleared.values[3]?.[cleared.verdictCol]).toBe(RECOMPUTE_LABEL.vi);
  });
});

describe("charts of a partial period", () => {
  test("count Đúng tiến độ and Chậm tiến độ beside Vượt, Đạt and Không đạt", () => {
    const c = check(NINE_MONTHS);
    const spec = chartSpecs(c, c.read.layout, "9 tháng");
    const texts = spec.blocks.flatMap((b) => b.contents.flat()).filter((v) => typeof v === "string");
    expect(texts).toEqual(
      expect.arrayContaining(["Vượt", "Đạt", "Đúng tiến độ", "Chậm tiến độ", "Không đạt"]),
    );
  });
});

/**
 * AUDIT3 T06: 9 months, the office's "Ước thực hiện cả năm" and "Thực hiện năm 2024", no Cùng kỳ.
 * The hand values: 11.500 / 11.000 = 104,55 %, 12 / 9 = 133,33 %, 3.300 / 2.900 = 113,79 %; the
 * 9-month figures are made up.
 */
const T06: CellValue[][] = [...T06_HEAD, ...T06_ROWS];

describe("% CK of a partial period compares like with like (AUDIT3 F8)", () => {
  test("no Cùng kỳ, the year's estimate and the prior full year: % CK is the estimate on 2024", () => {
    const c = check(T06);
    expect(c.read.layout.columns).toMatchObject({ actual: 4, yearEstimate: 5, priorYear: 6 });
    const got = c.read.table.groups[0]!.rows.map((r) => {
      const res = c.results.get(r.sheetRow)!;
      return [res.priorBasis, res.pctPrior?.toFixed(2), res.changePct?.toFixed(2)];
    });
    expect(got).toEqual([
      ["yearEstimate", "104.55", "4.55"],
      ["yearEstimate", "133.33", "33.33"],
      ["yearEstimate", "113.79", "13.79"],
    ]);
    // The verdict is still the estimate's (11.500 of 12.000 Không đạt) and % KH the 9 months'.
    const capital = rowOf(c, "Tổng vốn");
    expect(capital.result.verdict).toBe("khong_dat");
    expect(capital.result.pctPlan?.toFixed(2)).toBe("68.33");
  });

  test("a Cùng kỳ column: the 9 months are compared with it, not the estimate with the year (seed 001: +6,02 %)", () => {
    const seed = SEEDS.find((s) => s.source.startsWith("001"))!;
    const revenue = seed.groups[0]!.rows[0]!;
    const grid: CellValue[][] = [
      [seed.title],
      [],
      [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Kế hoạch",
        "Ước thực hiện 9 tháng",
        "Cùng kỳ",
        "Ước thực hiện cả năm",
        "Thực hiện năm 2019",
      ],
      // The estimate and the 2019 figure are made up: they must not change % CK.
      [1, revenue.name, revenue.unit, null, revenue.actual, revenue.prior, 32000, 30000],
    ];
    const c = check(grid);
    const res = c.results.get(3)!;
    expect([res.priorBasis, res.changePct?.toFixed(2), res.pctPrior?.toFixed(2)]).toEqual([
      null,
      "6.02",
      "106.02",
    ]);
  });

  test("the prior full year without an estimate: no % CK (9 months are not compared with a year)", () => {
    const grid = T06.map((r) => r.slice(0, 5).concat(r.slice(6)));
    const c = check(grid);
    expect(c.read.layout.columns.priorYear).toBe(5);
    expect(c.results.get(3)!.pctPrior).toBeNull();
    expect(c.results.get(3)!.changePct).toBeNull();
  });

  test("an estimate left empty: % CK is '—' for that row only", () => {
    const grid = T06.map((r) => r.slice());
    grid[4]![5] = null;
    const c = check(grid);
    expect([3, 4].map((r) => c.results.get(r)!.pctPrior?.toFixed(2) ?? null)).toEqual(["104.55", null]);
  });

  test("report: 'ước cả năm đạt 11.500 tỷ đồng, tăng 4,55% so với năm 2024', in both languages", () => {
    const c = check(T06);
    const vi = reportText(c, "vi", "vi").groups[0]!.sentences;
    expect(vi[0]).toContain("ước cả năm đạt 11.500 tỷ đồng, tăng 4,55% so với năm 2024");
    expect(vi[1]).toContain("ước cả năm đạt 12 xã, tăng 33,33% so với năm 2024");
    // The 9 months are not said to be up on anything.
    expect(vi[0]).not.toContain("so với cùng kỳ");
    const en = reportText(c, "en", "en").groups[0]!.sentences;
    expect(en[0]).toContain("full-year estimate 11,500 tỷ đồng, up 4.55% on 2024");
  });
});

describe("the live % CK of a year's estimate agrees with core (HyperFormula, AUDIT3 F8)", () => {
  function sheetValues(
    grid: CellValue[][],
    edits: [number, number, RawCellContent][] = [],
    formats: (string | null)[][] = [],
  ) {
    const read = readTable(grid, { convention: "vi", numberFormats: formats });
    const plan = computePlan(read, DEFAULT_SETTINGS);
    const sheet: RawCellContent[][] = grid.map((r) => r.slice());
    for (const b of plan.blocks)
      b.contents.forEach((r, i) =>
        r.forEach((v, j) => v !== null && ((sheet[b.row + i] ??= [])[b.col + j] = v)),
      );
    for (const [r, c, v] of edits) (sheet[r] ??= [])[c] = v;
    const hf = HyperFormula.buildFromArray(sheet, {
      ...cellFormatConfig((_s, r, c) => formats[r]?.[c] ?? "General"),
      licenseKey: "gpl-v3",
      smartRounding: false,
    });
    const values = hf.getSheetValues(0);
    hf.destroy();
    return { plan, values };
  }

  /** Core's % CK and tăng/giảm (in %) against the sheet's (fractions), row by row. */
  function expectAgreement(grid: CellValue[][], formats: (string | null)[][] = []) {
    const { plan, values } = sheetValues(grid, [], formats);
    const c = checkTable(readTable(grid, { convention: "vi", numberFormats: formats }), DEFAULT_SETTINGS);
    const pair = (v: unknown) => (typeof v === "number" ? (v * 100).toFixed(6) : v);
    const core = (v: number | null | undefined) => (v === null || v === undefined ? "—" : v.toFixed(6));
    const rows = c.read.table.groups.flatMap((g) => g.rows);
    for (const r of rows) {
      const res = c.results.get(r.sheetRow)!;
      expect([
        r.name,
        pair(values[r.sheetRow]?.[plan.columns.pctPrior!]),
        pair(values[r.sheetRow]?.[plan.columns.changePct!]),
      ]).toEqual([r.name, core(res.pctPrior), core(res.changePct)]);
    }
    return { values, plan };
  }

  test("T06: 104,55 %, 133,33 %, 113,79 % live, as core computes them", () => {
    const { values, plan } = expectAgreement(T06);
    expect((values[3]?.[plan.columns.pctPrior!] as number).toFixed(6)).toBe("1.045455");
  });

  test("an estimate empty, a prior year of 0 or negative, an estimate under a percent format", () => {
    const grid = T06.map((r) => r.slice());
    grid[3]![5] = null;
    grid[4]![6] = 0;
    grid[5]![6] = -100;
    grid.push([4, "Tỷ lệ lao động qua đào tạo", "%", 60, 58, 0.62, 57]);
    const formats: (string | null)[][] = [];
    (formats[6] ??= [])[5] = "0%";
    expectAgreement(grid, formats);
  });

  test("a table with Cùng kỳ keeps the 9 months on Cùng kỳ, live too", () => {
    expectAgreement(NINE_MONTHS);
  });
});

describe("the table says what its % CK compares (AUDIT3 F8)", () => {
  test("T06's headers name the estimate and 2024, and read back as % CK and tăng/giảm", () => {
    const read = readTable(T06, { convention: "vi" });
    const plan = computePlan(read, DEFAULT_SETTINGS);
    const written = plan.headers.flatMap((h) => h.contents[0]!.map((text, i) => [h.col + i, text] as const));
    const at = (col: number | undefined) => written.find(([c]) => c === col)?.[1];
    expect(at(plan.columns.pctPrior)).toBe("% CK (ước cả năm so năm 2024)");
    expect(at(plan.columns.changePct)).toBe("Tăng/giảm (%) ước cả năm so năm 2024");
    const en = computePlan(read, { ...DEFAULT_SETTINGS, language: "en" });
    expect(en.headers.flatMap((h) => h.contents[0])).toEqual(
      expect.arrayContaining([
        "% of prior year (full-year estimate on 2024)",
        "Change (%) of the full-year estimate on 2024",
      ]),
    );
    // Tính toán run again reads them as its own columns, the estimate and 2024 as before.
    const again = T06.map((r) => r.slice());
    for (const [col, text] of written) again[2]![col] = text;
    const reread = readTable(again, { convention: "vi" });
    expect(reread.layout.columns).toMatchObject({
      yearEstimate: 5,
      priorYear: 6,
      pctPrior: plan.columns.pctPrior,
      changePct: plan.columns.changePct,
    });
    expect(reread.layout.columns.prior).toBeUndefined();
  });

  test("a table with Cùng kỳ keeps the usual headers", () => {
    const plan = computePlan(readTable(NINE_MONTHS, { convention: "vi" }), DEFAULT_SETTINGS);
    expect(plan.headers.flatMap((h) => h.contents[0])).toEqual(
      expect.arrayContaining(["% CK", "Tăng/giảm so CK (%)"]),
    );
  });
});

/**
 * Roll-over and the term: next year's plan is the figure on the term's path, and a term table
 * rolled over gains its next year's column (or says why not).
 */
import { DEFAULT_SETTINGS, type CellValue, type IndicatorRow } from "../../src/core/model";
import { computePlan } from "../../src/core/plan";
import { rollover } from "../../src/core/rollover";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { computeTerm, type TermIndicator } from "../../src/core/term";
import {
  TermRolloverRefusal,
  formatDecimals,
  pathPlanValue,
  planOnPath,
  termPathPlans,
} from "../../src/core/term-rollover";
import { TERM_GRDP, TERM_HEADER, TERM_JOBS, TERM_TITLE, TERM_URBAN } from "./shared-tables";

const GRDP: TermIndicator = {
  name: "Tổng sản phẩm (GRDP)",
  unit: "tỷ đồng",
  target: { kind: "growth", ratePct: 7.5 },
  baseYear: 2020,
  endYear: 2025,
  base: 50000,
  actuals: [53500, 57400, 61750, null, null],
  rate: false,
  direction: "up",
};

describe("the figure on the term's path", () => {
  test("a growth target: 61.750 in 2023 and 7,82 %/năm needed give 66.577,06 in 2024, the goal in 2025", () => {
    const needed = computeTerm(GRDP).neededPerYear ?? NaN;
    expect(planOnPath(GRDP, 2024)).toBeCloseTo(61750 * (1 + needed / 100), 6);
    expect(planOnPath(GRDP, 2024)).toBeCloseTo(66577.0647, 3);
    // 50.000 × 1,075⁵: the target itself at the term's end.
    expect(planOnPath(GRDP, 2025)).toBeCloseTo(71781.4663, 3);
    // Only what was known before the year counts: 2022's plan starts from 2021.
    expect(planOnPath(GRDP, 2022)).toBeCloseTo(53500 * (71781.4663 / 53500) ** (1 / 4), 3);
  });

  test("a total, a rate in points, a limit, a growth rate row", () => {
    const jobs: TermIndicator = {
      ...GRDP,
      name: "Giải quyết việc làm",
      unit: "lao động",
      target: { kind: "total", value: 90000 },
      base: null,
      actuals: [17500, 18200, 19000, null, null],
    };
    expect(planOnPath(jobs, 2024)).toBe(17650);
    const urban: TermIndicator = {
      ...GRDP,
      unit: "%",
      rate: true,
      target: { kind: "level", value: 80 },
      base: 62,
      actuals: [66, 69, 72, null, null],
    };
    expect(planOnPath(urban, 2024)).toBe(76);
    const poor: TermIndicator = {
      ...urban,
      target: { kind: "limit", bound: 1, side: "upper" },
      base: 4.5,
      actuals: [3.8, 3.0, null, null, null],
      direction: "down",
    };
    expect(planOnPath(poor, 2023)).toBeCloseTo(3 - 2 / 3, 9);
    const growth: TermIndicator = { ...urban, target: { kind: "growth", ratePct: 7.5 }, base: null };
    growth.actuals = [7.1, 7.3, 7.4, null, null];
    expect(planOnPath(growth, 2024)).toBeCloseTo(7.851061, 5);
    expect(planOnPath(GRDP, 2026)).toBeNull();
    expect(planOnPath(GRDP, 2020)).toBeNull();
  });
});

/** The workbook's term sheet (years as an office heads them, with a 2023 estimate). */
const TERM_SHEET: CellValue[][] = [
  [TERM_TITLE],
  [],
  TERM_HEADER,
  [1, ...TERM_GRDP],
  [2, ...TERM_JOBS],
  [3, ...TERM_URBAN],
];

/** The same office's 2023 annual table: titles above, a two-row header, 2022 as Cùng kỳ. */
const ANNUAL_2023: CellValue[][] = [
  ["ỦY BAN NHÂN DÂN THÀNH PHỐ BẾN TRE"],
  ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023"],
  [],
  ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", null, "Thực hiện năm 2022"],
  [null, null, null, "Kế hoạch", "Thực hiện", null],
  [1, "TỔNG SẢN PHẨM (GRDP)", "tỷ đồng", 61000, 62000, 57400],
  [2, "Giải quyết việc làm", "lao động", 18500, 19000, 18200],
  [3, "Doanh nghiệp thành lập mới", "doanh nghiệp", 180, 176, 170],
];

describe("roll-over takes next year's plan from the term's path", () => {
  const term = readTable(TERM_SHEET, { convention: "vi" });
  const annual = readTable(ANNUAL_2023, { convention: "vi" });

  test("the table's own 2023 actual (62.000, not the term sheet's estimate) starts the path to 2024", () => {
    expect(annual.table.year).toBe(2023);
    const plans = termPathPlans(annual, [term]);
    expect([...plans.keys()]).toEqual(["TỔNG SẢN PHẨM (GRDP)", "Giải quyết việc làm"]);
    // 62.000 × (71.781,47 / 62.000)^(1/2) = 66.711,70; (90.000 − 54.700) / 2 = 17.650.
    expect(plans.get("TỔNG SẢN PHẨM (GRDP)")).toBe(66711.7);
    expect(plans.get("Giải quyết việc làm")).toBe(17650);
  });

  test("the 2024 table carries those plans; a row the term does not track keeps an empty plan", () => {
    const before = JSON.stringify(ANNUAL_2023);
    const next = rollover(ANNUAL_2023, annual, DEFAULT_SETTINGS, { terms: [term] });
    expect(JSON.stringify(ANNUAL_2023)).toBe(before);
    expect(next.planned).toBe(2);
    const again = readTable(next.grid, { convention: "vi" });
    expect(again.table.year).toBe(2024);
    const rows = again.table.groups.flatMap((g) => g.rows);
    expect(rows.map((r) => [r.target, r.actual, r.prior])).toEqual([
      [{ kind: "value", value: 66711.7 }, null, 62000],
      [{ kind: "value", value: 17650 }, null, 19000],
      [null, null, 176],
    ]);
  });
});

describe("Sang kỳ mới on a term table", () => {
  const read = readTable(TERM_SHEET, { convention: "vi" });

  test("adds 2024's column after 'Ước 2023', on a new sheet; the term's figures and targets are kept", () => {
    const next = rollover(TERM_SHEET, read, DEFAULT_SETTINGS, { sheetName: "Nhiệm kỳ" });
    expect(next.addedYear).toBe(2024);
    expect(next.grid[2]!.slice(5, 9)).toEqual(["Thực hiện 2021", "TH 2022", "Ước 2023", "Thực hiện 2024"]);
    expect(next.grid[0]![0]).toBe(TERM_SHEET[0]![0]);
    expect(next.plan.name).toBe("Nhiệm kỳ (2024)");
    expect(next.plan.merges).toEqual(["A1:M1"]);
    const again = readTable(next.grid, { convention: "vi" });
    expect(again.layout.term?.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024]);
    const check = checkTable(again, DEFAULT_SETTINGS);
    const grdp = check.results.get(3);
    expect(grdp?.term).toMatchObject({ yearsDone: 3, yearsLeft: 2, onTrack: false });
    // The term columns and Đánh giá are written again, right of the new year.
    const cell = (row: number, col: number): unknown => {
      let v: unknown = null;
      for (const b of next.plan.blocks) {
        const x = b.contents[row - b.row]?.[col - b.col];
        if (x !== undefined && x !== null) v = x;
      }
      return v;
    };
    expect([9, 10, 11, 12].map((c) => cell(2, c))).toEqual([
      "Đạt được đến nay",
      "Cần mỗi năm còn lại",
      "Dự kiến cuối nhiệm kỳ",
      "Đánh giá",
    ]);
    expect(String(cell(3, 12))).toMatch(/^=IF\(.*I4/);
  });

  test("a person's texts that start like formulas are written as texts, through the one literal function", () => {
    const grid: CellValue[][] = TERM_SHEET.map((line, r) =>
      r === 3 ? line.map((v, c) => (c === 1 ? "+GRDP (giá so sánh)" : v)) : line.slice(),
    );
    grid[1] = ["'Đơn vị: phường 7"];
    const next = rollover(grid, readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
    const contents = next.plan.blocks[0]!.contents;
    expect([contents[1]![0], contents[3]![1]]).toEqual(["''Đơn vị: phường 7", "'+GRDP (giá so sánh)"]);
    // The grid read back is the table as typed, no apostrophes added.
    expect(next.grid[3]![1]).toBe("+GRDP (giá so sánh)");
  });

  test("a table that already has the next year's column, or is at the term's end, says so", () => {
    const full: CellValue[][] = TERM_SHEET.map((line, r) =>
      r === 2 ? [...line, "TH 2024", "TH 2025"] : r > 2 ? [...line, null, null] : line.slice(),
    );
    const refusal = (grid: CellValue[][]): TermRolloverRefusal => {
      try {
        rollover(grid, readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
      } catch (e) {
        if (e instanceof TermRolloverRefusal) return e;
        throw e;
      }
      throw new Error("no refusal");
    };
    expect(refusal(full).text.vi).toBe(
      "Bảng nhiệm kỳ 2020–2025 đã có cột năm 2024: nhập số liệu năm 2024 vào cột đó rồi bấm Tính toán; không cần lập trang mới.",
    );
    const ended = full.map((line, r) => (r > 2 ? [...line.slice(0, 8), 1, 2] : line));
    expect(refusal(ended).text.en).toContain("the term is over");
  });

  test("a computed term table: our old columns and summary line are written again, right of the new year", () => {
    const computed = computePlan(read, DEFAULT_SETTINGS);
    const grid: CellValue[][] = TERM_SHEET.map((line) => line.slice());
    for (const b of [...computed.headers, ...computed.blocks])
      b.contents.forEach((line, dr) =>
        line.forEach((v, dc) => {
          (grid[b.row + dr] ??= [])[b.col + dc] = v as CellValue;
        }),
      );
    (grid[computed.summary.row] ??= [])[computed.summary.col] = "Đúng tiến độ 1/3 chỉ tiêu nhiệm kỳ";
    const again = readTable(grid, { convention: "vi" });
    expect(again.layout.term?.computed).toEqual({ termToDate: 8, termNeeded: 9, termProjected: 10 });
    const next = rollover(grid, again, DEFAULT_SETTINGS);
    expect(next.grid[2]!.slice(5)).toEqual(["Thực hiện 2021", "TH 2022", "Ước 2023", "Thực hiện 2024"]);
    expect(next.grid.length).toBe(TERM_SHEET.length);
    const rolled = readTable(next.grid, { convention: "vi" });
    expect(rolled.layout.term?.years.map((y) => y.col)).toEqual([5, 6, 7, 8]);
    expect(next.plan.layout.term?.computed ?? {}).toEqual({});
    expect(next.addedYear).toBe(2024);
  });
});

describe("a path plan is as precise as its unit needs", () => {
  const row = (unit: string, direction: "up" | "down" = "up") =>
    ({ unit, direction, kind: "quantity" }) as unknown as IndicatorRow;

  test("whole things are whole, towards the path; rates keep 2 decimals; money 2, or more when its cell shows more", () => {
    expect(pathPlanValue(201.6667, row("doanh nghiệp"))).toBe(202);
    expect(pathPlanValue(17650.000000001, row("lao động"))).toBe(17650);
    expect(pathPlanValue(12.4, row("vụ", "down"))).toBe(12);
    expect(pathPlanValue(73.3333, row("%"))).toBe(73.33);
    expect(pathPlanValue(73.3333, row("%"), "0%")).toBe(73.33);
    // 62.000 × (71.781,47 / 62.000)^(1/2) = 66.711,70…, typed "62.000" (Excel formats it "#,##0").
    const grdp = 62000 * Math.sqrt((50000 * 1.075 ** 5) / 62000);
    expect(pathPlanValue(grdp, row("tỷ đồng"))).toBe(66711.7);
    expect(pathPlanValue(grdp, row("tỷ đồng"), "#,##0")).toBe(66711.7);
    expect(pathPlanValue(47820.3612, row("tỷ đồng"), "#,##0.0")).toBe(47820.36);
    expect(pathPlanValue(47820.3612, row("tỷ đồng"), "#,##0.000")).toBe(47820.361);
    expect(pathPlanValue(47820.3612, row("tỷ đồng"), "General")).toBe(47820.36);
  });

  test("the decimals a format shows", () => {
    expect([
      formatDecimals("#,##0.0"),
      formatDecimals("#,##0"),
      formatDecimals("0.00%"),
      formatDecimals('#,##0.000" tỷ"'),
      formatDecimals("[Red]#,##0.00;(#,##0.00)"),
      formatDecimals("General"),
      formatDecimals("@"),
      formatDecimals(null),
    ]).toEqual([1, 0, 2, 3, 2, null, null, null]);
  });
});

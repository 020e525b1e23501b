import {
  computeTerm,
  parseTermTarget,
  termRowResult,
  termSentence,
  type TermIndicator,
} from "../../src/core/term";

const TERM = { baseYear: 2020, endYear: 2025, direction: "up" as const, rate: false };

describe("term targets as resolutions word them", () => {
  test("the four forms", () => {
    expect(parseTermTarget("tăng bình quân 7,5%/năm")).toEqual({ kind: "growth", ratePct: 7.5 });
    expect(parseTermTarget("đến năm 2025 đạt 90 triệu đồng")).toEqual({ kind: "level", value: 90 });
    expect(parseTermTarget("giải quyết việc làm cho 90.000 lao động trong 5 năm")).toEqual({
      kind: "total",
      value: 90000,
    });
    expect(parseTermTarget("dưới 1%")).toEqual({ kind: "limit", bound: 1, side: "upper" });
    expect(parseTermTarget("phấn đấu đến năm 2025 đạt 80% tiêu chí đô thị loại I")).toEqual({
      kind: "level",
      value: 80,
    });
  });
});

describe("the term so far, what is left, and where the path ends", () => {
  test("average growth 7,5 %/năm: 3 years at 7,29 %/năm need 7,82 %/năm in the 2 left", () => {
    // By hand: (61.750 / 50.000)^(1/3) = 1,235^(1/3) = 1,072891 → 7,29 %/năm.
    // Goal 50.000 × 1,075^5 = 71.781,47; (71.781,47 / 61.750)^(1/2) = 1,078171 → 7,82 %/năm.
    // Projection 61.750 × 1,072891² = 71.080,14. (The pair 7,29 / 7,80 cannot both hold
    // for a 7,5 % goal: 7,29 so far needs at least 7,81.)
    const ind: TermIndicator = {
      ...TERM,
      name: "Tổng sản phẩm (GRDP)",
      unit: "tỷ đồng",
      target: { kind: "growth", ratePct: 7.5 },
      base: 50000,
      actuals: [53500, 57400, 61750, null, null],
    };
    const r = computeTerm(ind);
    expect([r.yearsDone, r.yearsLeft]).toEqual([3, 2]);
    expect(r.averageSoFar).toBeCloseTo(7.2891, 4);
    expect(r.neededPerYear).toBeCloseTo(7.8171, 4);
    expect(r.projected).toBeCloseTo(71080.14, 2);
    expect(r.projection).toBe("compound");
    expect(r.onTrack).toBe(false);
    expect(termSentence(termRowResult(r, ind), ind.unit, "vi", "vi")).toBe(
      "bình quân 3 năm tăng 7,29%/năm; cần 7,82%/năm trong 2 năm còn lại để đạt mục tiêu 7,5%/năm; chậm so với mục tiêu nhiệm kỳ",
    );
    expect(termSentence(termRowResult(r, ind), ind.unit, "en", "en")).toBe(
      "up 7.29% a year on average over 3 years; 7.82% a year needed in the 2 years left to reach 7.5% a year; behind the term's target",
    );
  });

  test("a level by 2025 (90 triệu đồng a head from 60): compound growth carried on", () => {
    // (68,5 / 60)^(1/2) = 1,068488 → 6,85 %/năm; 68,5 × 1,068488³ = 83,56 < 90; need (90 / 68,5)^(1/3) → 9,53 %/năm.
    const r = computeTerm({
      ...TERM,
      name: "GRDP bình quân đầu người",
      unit: "triệu đồng",
      target: { kind: "level", value: 90 },
      base: 60,
      actuals: [64, 68.5, null, null, null],
    });
    expect(r.averageSoFar).toBeCloseTo(6.8488, 4);
    expect(r.projected).toBeCloseTo(83.5602, 4);
    expect(r.neededPerYear).toBeCloseTo(9.526, 3);
    expect(r.onTrack).toBe(false);
  });

  test("a total over 5 years (90.000 jobs): the run rate", () => {
    // 17.500 + 18.200 + 19.000 = 54.700 in 3 years; × 5/3 = 91.166,67 ≥ 90.000; need (90.000 − 54.700) / 2 = 17.650.
    const r = computeTerm({
      ...TERM,
      name: "Giải quyết việc làm",
      unit: "lao động",
      target: { kind: "total", value: 90000 },
      base: null,
      actuals: [17500, 18200, 19000, null, null],
    });
    expect(r.cumulative).toBe(54700);
    expect(r.projected).toBeCloseTo(91166.667, 3);
    expect(r.neededPerYear).toBe(17650);
    expect([r.projection, r.onTrack]).toEqual(["run_rate", true]);
    expect(termSentence(termRowResult(r, TERM), "lao động", "vi", "vi")).toBe(
      "3 năm đạt 54.700 lao động; cần bình quân 17.650 lao động/năm trong 2 năm còn lại để đạt mục tiêu 90.000 lao động; đúng tiến độ nhiệm kỳ",
    );
  });

  test("a count needed per year is a whole number, said as an average; money keeps its decimals", () => {
    // Seed 002's 18.000 jobs a year, then 17.500: (90.000 − 35.500) / 3 = 18.166,67 a year → 18.167.
    const jobs = computeTerm({
      ...TERM,
      name: "Giải quyết việc làm",
      unit: "lao động",
      target: { kind: "total", value: 90000 },
      base: null,
      actuals: [18000, 17500, null, null, null],
    });
    expect(jobs.neededPerYear).toBeCloseTo(18166.667, 3);
    expect(termSentence(termRowResult(jobs, TERM), "lao động", "vi", "vi")).toBe(
      "2 năm đạt 35.500 lao động; cần bình quân 18.167 lao động/năm trong 3 năm còn lại để đạt mục tiêu 90.000 lao động; chậm so với mục tiêu nhiệm kỳ",
    );
    expect(termSentence(termRowResult(jobs, TERM), "lao động", "en", "en")).toBe(
      "35,500 lao động in 2 years; 18,167 lao động a year on average needed in the 3 years left to reach 90,000 lao động; behind the term's target",
    );
    // The same path in tỷ đồng: (90.000 − 35.500) / 3 stays 18.166,67 tỷ đồng.
    const money = computeTerm({
      ...TERM,
      name: "Vốn đầu tư toàn xã hội",
      unit: "tỷ đồng",
      target: { kind: "total", value: 90000 },
      base: null,
      actuals: [18000, 17500, null, null, null],
    });
    expect(termSentence(termRowResult(money, TERM), "tỷ đồng", "vi", "vi")).toContain(
      "cần bình quân 18.166,67 tỷ đồng/năm trong 3 năm còn lại",
    );
  });

  test("a count projected by the term's end is whole too (12 new-rural communes, seed 002)", () => {
    const r = computeTerm({
      ...TERM,
      name: "Số xã đạt chuẩn nông thôn mới",
      unit: "xã",
      target: { kind: "level", value: 20 },
      base: 5,
      actuals: [7, 9, 12, null, null],
      rate: true,
    });
    // 5 → 12 in 3 years: 2,33 a year; 12 + 2 × 2,33 = 16,67 → 17 xã.
    expect(r.projected).toBeCloseTo(16.6667, 4);
    expect(termSentence(termRowResult(r, TERM), "xã", "vi", "vi")).toContain("dự kiến cuối nhiệm kỳ 17 xã");
  });

  test("a rate under a limit (hộ nghèo dưới 1 %): a linear trend in points", () => {
    // 4,5 → 3,0 in 2 years: −0,75 điểm/năm; 3,0 − 0,75 × 3 = 0,75 < 1.
    const r = computeTerm({
      ...TERM,
      name: "Tỷ lệ hộ nghèo",
      unit: "%",
      rate: true,
      direction: "down",
      target: { kind: "limit", bound: 1, side: "upper" },
      base: 4.5,
      actuals: [3.8, 3.0, null, null, null],
    });
    expect(r.averageSoFar).toBeCloseTo(-0.75, 9);
    expect(r.projected).toBeCloseTo(0.75, 9);
    expect(r.neededPerYear).toBeCloseTo(-0.6667, 4);
    expect([r.projection, r.onTrack]).toEqual(["linear", true]);
  });

  test("a projection that only meets a limit is not under it: 4,5 → 2,4 in 3 years projects 1 %, not dưới 1 %", () => {
    const r = computeTerm({
      ...TERM,
      name: "Tỷ lệ hộ nghèo",
      unit: "%",
      rate: true,
      direction: "down",
      target: { kind: "limit", bound: 1, side: "upper" },
      base: 4.5,
      actuals: [3.8, 3.0, 2.4, null, null],
    });
    // 0,9999999999999998 in binary: below 1 only by noise.
    expect(r.projected).toBeCloseTo(1, 12);
    expect(r.onTrack).toBe(false);
  });
});

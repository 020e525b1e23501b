import {
  comparePrinted,
  computeRow,
  isReached,
  planValue,
  roundPct,
  truncPct,
  verdictLabel,
} from "../../src/core/compute";
import { DEFAULT_SETTINGS, type IndicatorRow, type Settings, type Verdict } from "../../src/core/model";
import { indicatorRow } from "./indicator-row";

function row(over: Partial<IndicatorRow>): IndicatorRow {
  const target = { kind: "value", value: 150 } as const;
  return indicatorRow({ sheetRow: 6, name: "Chỉ tiêu thử", unit: "doanh nghiệp", target, ...over });
}

const S = DEFAULT_SETTINGS;
const withBand: Settings = { ...DEFAULT_SETTINGS, basicBandPct: 95 };

describe("% KH, % Phấn đấu, % CK, tăng/giảm", () => {
  test("176 new firms against KH 150 is 117,33% of plan and Vượt", () => {
    const r = computeRow(row({ actual: 176 }), S);
    expect(r.pctPlan).toBeCloseTo(117.3333333, 6);
    expect(roundPct(r.pctPlan ?? 0, 2)).toBe(117.33);
    expect(r.planValue).toBe(150);
    expect(r.verdict).toBe("vuot");
    expect(r.reasons).toEqual([]);
  });

  test("budget revenue 562 against dự toán 329 and CK 472 is 171% of plan and 119% of prior year", () => {
    const r = computeRow(
      row({ unit: "tỷ đồng", actual: 562, prior: 472, target: { kind: "value", value: 329 } }),
      S,
    );
    expect(roundPct(r.pctPlan ?? 0, 0)).toBe(171);
    expect(roundPct(r.pctPrior ?? 0, 0)).toBe(119);
    expect(r.changePct).toBeCloseTo(19.0678, 3);
  });

  test("37.067 tỷ revenue over CK 34.864 is up 6,32%", () => {
    const r = computeRow(row({ target: null, actual: 37067, prior: 34864 }), S);
    expect(roundPct(r.changePct ?? 0, 2)).toBe(6.32);
    expect(r.pctPrior).toBeCloseTo(106.3188, 3);
  });

  test("% Phấn đấu uses the second target: budget 5.000 tỷ against dự toán 4.835 and phấn đấu 5.000", () => {
    const r = computeRow(
      row({ unit: "tỷ đồng", target: { kind: "value", value: 4835 }, stretch: 5000, actual: 4900 }),
      S,
    );
    expect(r.pctPlan).toBeCloseTo(101.3443, 3);
    expect(r.pctStretch).toBeCloseTo(98, 9);
    expect(r.verdict).toBe("vuot");
  });

  test("a loss turned into a profit: CK −10 → TH 5 is +150%, and % CK is not given", () => {
    const r = computeRow(row({ target: null, actual: 5, prior: -10 }), S);
    expect(r.changePct).toBeCloseTo(150, 9);
    expect(r.pctPrior).toBeNull();
    expect(r.reasons.map((f) => f.code)).toContain("no_prior_base");
  });

  test("a loss that deepens: CK −10 → TH −15 is −50%", () => {
    expect(computeRow(row({ target: null, actual: -15, prior: -10 }), S).changePct).toBeCloseTo(-50, 9);
  });

  test("CK 0 → TH 12 gives no % CK and no change (not infinite), with a reason", () => {
    const r = computeRow(
      row({ actual: 12, prior: 0, cells: { prior: { row: 6, col: 7, address: "H7" } } }),
      S,
    );
    expect(r.pctPrior).toBeNull();
    expect(r.changePct).toBeNull();
    const why = r.reasons.find((f) => f.code === "no_prior_base");
    expect(why?.cell?.address).toBe("H7");
    expect(why?.message.vi).toContain("bằng 0");
    expect(why?.message.en).toContain("zero");
  });

  test("KH 0 gives no % KH and says why, in both languages", () => {
    const r = computeRow(row({ actual: 12, target: { kind: "value", value: 0 } }), S);
    expect(r.pctPlan).toBeNull();
    const why = r.reasons.find((f) => f.code === "no_plan_base");
    expect(why?.severity).toBe("warning");
    expect(why?.message.vi).toMatch(/Kế hoạch bằng 0 \(dòng 7\)/);
    expect(why?.message.en).toMatch(/plan is zero \(row 7\)/);
  });

  test("an empty Kế hoạch with an actual gives no % KH, a reason, and Không giao kế hoạch", () => {
    const r = computeRow(row({ actual: 12, target: null }), S);
    expect(r.pctPlan).toBeNull();
    expect(r.verdict).toBe("khong_giao_ke_hoach");
    expect(r.reasons.map((f) => f.code)).toEqual(["no_plan_base"]);
  });

  test("Chưa có số liệu means the actual is missing, with or without a plan", () => {
    expect(computeRow(row({ actual: null, target: null }), S).verdict).toBe("chua_co_so_lieu");
    expect(computeRow(row({ actual: null }), S).verdict).toBe("chua_co_so_lieu");
  });

  test("an empty Cùng kỳ cell is explained only when the table has that column", () => {
    const cells = { prior: { row: 6, col: 7, address: "H7" } };
    expect(computeRow(row({ actual: 12 }), S).reasons).toEqual([]);
    expect(computeRow(row({ actual: 12, cells }), S).reasons.map((f) => f.code)).toEqual(["no_prior_base"]);
  });

  test("a row without TH computes nothing and explains nothing", () => {
    const r = computeRow(row({ actual: null, prior: 0, target: { kind: "value", value: 0 } }), S);
    expect(r).toMatchObject({ pctPlan: null, pctPrior: null, changePct: null, verdict: "chua_co_so_lieu" });
    expect(r.reasons).toEqual([]);
  });

  test("no value is ever NaN or Infinity, even on tiny and huge figures", () => {
    const r = computeRow(row({ actual: 1e308, prior: 5e-324, target: { kind: "value", value: 5e-324 } }), S);
    for (const v of [r.pctPlan, r.pctPrior, r.changePct]) if (v !== null) expect(Number.isNaN(v)).toBe(false);
  });
});

describe("verdicts by kind of target", () => {
  const v = (over: Partial<IndicatorRow>, settings: Settings = S): Verdict =>
    computeRow(row(over), settings).verdict;

  test("TH equal to KH is Đạt, above is Vượt, below is Không đạt (tăng là tốt)", () => {
    expect(v({ actual: 150 })).toBe("dat");
    expect(v({ actual: 151 })).toBe("vuot");
    expect(v({ actual: 149 })).toBe("khong_dat");
  });

  test("0,1 + 0,2 against KH 0,3 is Đạt: float noise never flips a verdict", () => {
    expect(v({ actual: 0.1 + 0.2, target: { kind: "value", value: 0.3 } })).toBe("dat");
  });

  test("giảm là tốt: fewer traffic accidents than KH is Vượt, more is Không đạt", () => {
    expect(v({ direction: "down", actual: 40, target: { kind: "value", value: 45 } })).toBe("vuot");
    expect(v({ direction: "down", actual: 50, target: { kind: "value", value: 45 } })).toBe("khong_dat");
  });

  test("215 tỷ at 97% of KH 222 is Không đạt, and Cơ bản đạt when the 95% band is on", () => {
    expect(v({ actual: 215, target: { kind: "value", value: 222 } })).toBe("khong_dat");
    expect(v({ actual: 215, target: { kind: "value", value: 222 } }, withBand)).toBe("co_ban_dat");
    expect(v({ actual: 200, target: { kind: "value", value: 222 } }, withBand)).toBe("khong_dat");
  });

  test("the band works by direction: 20 accidents against KH 19 is 95% and Cơ bản đạt", () => {
    expect(v({ direction: "down", actual: 20, target: { kind: "value", value: 19 } }, withBand)).toBe(
      "co_ban_dat",
    );
    expect(v({ direction: "down", actual: 21, target: { kind: "value", value: 19 } }, withBand)).toBe(
      "khong_dat",
    );
  });

  test("a tolerance of 1% makes 149 against 150 Đạt", () => {
    expect(v({ actual: 149 }, { ...S, tolerancePct: 1 })).toBe("dat");
    expect(v({ actual: 148 }, { ...S, tolerancePct: 1 })).toBe("khong_dat");
  });

  test("dưới 4% (strict upper limit): 3,2 is Vượt, 4 is Không đạt, 4,5 is Không đạt", () => {
    const target = { kind: "limit", bound: 4, side: "upper", inclusive: false } as const;
    expect(v({ kind: "rate", unit: "%", target, actual: 3.2 })).toBe("vuot");
    expect(v({ kind: "rate", unit: "%", target, actual: 4 })).toBe("khong_dat");
    expect(v({ kind: "rate", unit: "%", target, actual: 4.5 })).toBe("khong_dat");
  });

  test("không quá 4% (inclusive upper limit): 4 is Đạt; the limit fixes the direction whatever Chiều says", () => {
    const target = { kind: "limit", bound: 4, side: "upper", inclusive: true } as const;
    expect(v({ kind: "rate", target, actual: 4, direction: "up" })).toBe("dat");
    expect(v({ kind: "rate", target, actual: 3, direction: "up" })).toBe("vuot");
  });

  test("ít nhất 30 (inclusive lower limit): 30 is Đạt, 29 is Không đạt", () => {
    const target = { kind: "limit", bound: 30, side: "lower", inclusive: true } as const;
    expect(v({ target, actual: 30, direction: "down" })).toBe("dat");
    expect(v({ target, actual: 29 })).toBe("khong_dat");
  });

  test("range 6,6 – 6,8%: 6,7 is Đạt, 6,9 is Vượt, 6,5 is Không đạt; reversed when giảm là tốt", () => {
    const target = { kind: "range", lo: 6.6, hi: 6.8 } as const;
    expect(v({ kind: "growth", target, actual: 6.7 })).toBe("dat");
    expect(v({ kind: "growth", target, actual: 6.8 })).toBe("dat");
    expect(v({ kind: "growth", target, actual: 6.9 })).toBe("vuot");
    expect(v({ kind: "growth", target, actual: 6.5 })).toBe("khong_dat");
    expect(v({ kind: "growth", target, actual: 6.5, direction: "down" })).toBe("vuot");
  });

  test("a range has no % KH; its điểm % is the distance to the nearer bound, 0 inside", () => {
    const target = { kind: "range", lo: 6.6, hi: 6.8 } as const;
    expect(computeRow(row({ kind: "growth", target, actual: 6.9 }), S).diffPoints).toBeCloseTo(0.1, 9);
    expect(computeRow(row({ kind: "growth", target, actual: 6.1 }), S).diffPoints).toBeCloseTo(-0.5, 9);
    expect(computeRow(row({ kind: "growth", target, actual: 6.7 }), S)).toMatchObject({
      diffPoints: 0,
      pctPlan: null,
    });
  });

  test("khoảng 4% on a rate row is judged in điểm %: 4,1 and 3,7 are within the default 0,5 point, 4,6 is Vượt", () => {
    const target = { kind: "approx", value: 4 } as const;
    expect(v({ kind: "rate", unit: "%", target, actual: 4.1 })).toBe("dat");
    expect(v({ kind: "rate", unit: "%", target, actual: 3.7 })).toBe("dat");
    expect(v({ kind: "rate", unit: "%", target, actual: 4.6 })).toBe("vuot");
    expect(v({ kind: "rate", unit: "%", target, actual: 3.4 })).toBe("khong_dat");
    // Lower is better (hộ nghèo khoảng 4%): 3,4 is better than about 4, 4,6 worse.
    expect(v({ kind: "rate", unit: "%", direction: "down", target, actual: 3.4 })).toBe("vuot");
  });

  test("the điểm % tolerance is a setting: at 0,2 point, khoảng 4% with 4,1 is Đạt and 3,7 Không đạt", () => {
    const target = { kind: "approx", value: 4 } as const;
    const tight: Settings = { ...DEFAULT_SETTINGS, approxTolerancePoints: 0.2 };
    expect(computeRow(row({ kind: "rate", unit: "%", target, actual: 4.1 }), tight).verdict).toBe("dat");
    expect(computeRow(row({ kind: "rate", unit: "%", target, actual: 3.7 }), tight).verdict).toBe(
      "khong_dat",
    );
    // Growth rows too: GRDP khoảng 7% with 7,15.
    expect(
      computeRow(
        row({ kind: "growth", unit: "%", target: { kind: "approx", value: 7 }, actual: 7.15 }),
        tight,
      ).verdict,
    ).toBe("dat");
  });

  test("the band does not grow with the level: khoảng 60% trained workers with 57,5 is 2,5 points short, Không đạt", () => {
    // 5% of 60 would have allowed 3 points and called it Đạt.
    const target = { kind: "approx", value: 60 } as const;
    expect(v({ kind: "rate", unit: "%", target, actual: 57.5 })).toBe("khong_dat");
    expect(v({ kind: "rate", unit: "%", target, actual: 59.6 })).toBe("dat");
  });

  test("a quantity's khoảng keeps its tolerance in % of the plan: khoảng 18.000 jobs with 17.200 is Đạt (4,4%)", () => {
    const target = { kind: "approx", value: 18000 } as const;
    expect(v({ unit: "lao động", target, actual: 17200 })).toBe("dat");
    expect(v({ unit: "lao động", target, actual: 17000 })).toBe("khong_dat");
  });

  test("giảm 5% so với năm 2019 with 120 disciplined members in 2019: KH is 114; 108 is Vượt, 120 Không đạt", () => {
    const base = { direction: "down", target: { kind: "relative", change: -5 }, prior: 120 } as const;
    expect(planValue(row({ ...base }))).toBeCloseTo(114, 9);
    expect(v({ ...base, actual: 108 })).toBe("vuot");
    expect(v({ ...base, actual: 114 })).toBe("dat");
    expect(v({ ...base, actual: 120 })).toBe("khong_dat");
  });

  test("a relative target without Cùng kỳ cannot be judged and says it needs the prior year", () => {
    const r = computeRow(
      row({ direction: "down", target: { kind: "relative", change: -5 }, actual: 108 }),
      S,
    );
    expect(r.verdict).toBe("chua_co_so_lieu");
    expect(r.reasons.map((f) => f.code)).toEqual(["relative_needs_prior"]);
    expect(r.reasons[0]?.message.vi).toContain("Cùng kỳ trống");
  });

  test("100% of registrations admitted: exactly 100 is Đạt, 98 and 102 are Không đạt, never Vượt", () => {
    const target = { kind: "all" } as const;
    expect(v({ kind: "rate", unit: "%", target, actual: 100 })).toBe("dat");
    expect(v({ kind: "rate", unit: "%", target, actual: 98 })).toBe("khong_dat");
    expect(v({ kind: "rate", unit: "%", target, actual: 102 })).toBe("khong_dat");
  });

  test("yes/no rows follow the word typed in Thực hiện", () => {
    const target = { kind: "yesno" } as const;
    expect(v({ kind: "yesno", target, actualYesNo: "yes" })).toBe("dat");
    expect(v({ kind: "yesno", target, actualYesNo: "no" })).toBe("khong_dat");
    expect(v({ kind: "yesno", target, actualYesNo: null, actual: 1 })).toBe("chua_co_so_lieu");
  });

  test("rates are compared in điểm %: trained workers 62% against 60% is +2 points and Vượt", () => {
    const r = computeRow(
      row({ kind: "rate", unit: "%", target: { kind: "value", value: 60 }, actual: 62 }),
      S,
    );
    expect(r.diffPoints).toBeCloseTo(2, 9);
    expect(r.verdict).toBe("vuot");
  });

  test("poor households down to 4%: 4,3% is −0,3 points short and Không đạt (giảm là tốt)", () => {
    const r = computeRow(
      row({ kind: "rate", unit: "%", direction: "down", target: { kind: "value", value: 4 }, actual: 4.3 }),
      S,
    );
    expect(r.diffPoints).toBeCloseTo(0.3, 9);
    expect(r.verdict).toBe("khong_dat");
  });

  test("quantities have no điểm %", () => {
    expect(computeRow(row({ actual: 176 }), S).diffPoints).toBeNull();
  });

  test("a 9-month actual is judged against the annual plan, not a pro-rated one", () => {
    // 001: 9-month works 25 of the 42 planned for the year.
    const r = computeRow(row({ unit: "công trình", target: { kind: "value", value: 42 }, actual: 25 }), S);
    expect(roundPct(r.pctPlan ?? 0, 2)).toBe(59.52);
    expect(r.verdict).toBe("khong_dat");
  });
});

describe("labels", () => {
  test("verdict labels exist in Vietnamese and English", () => {
    expect(verdictLabel("vuot", "vi")).toBe("Vượt");
    expect(verdictLabel("co_ban_dat", "vi")).toBe("Cơ bản đạt");
    expect(verdictLabel("chua_co_so_lieu", "vi")).toBe("Chưa có số liệu");
    expect(verdictLabel("khong_dat", "en")).toBe("Not reached");
    expect(verdictLabel("dat", "en")).toBe("Reached");
  });

  test("only Vượt and Đạt count as reached", () => {
    expect((["vuot", "dat", "co_ban_dat", "khong_dat", "chua_co_so_lieu"] as const).map(isReached)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe("rounding", () => {
  test("half away from zero on the decimal string: 1,005 → 1,01 and −1,005 → −1,01", () => {
    expect(roundPct(1.005, 2)).toBe(1.01);
    expect(roundPct(-1.005, 2)).toBe(-1.01);
    expect(roundPct(116.66666666666667, 2)).toBe(116.67);
    expect(roundPct(2.5, 0)).toBe(3);
    expect(roundPct(99.995, 2)).toBe(100);
    expect(roundPct(1e-7, 2)).toBe(0);
    expect(roundPct(-0.001, 2)).toBe(0);
  });

  test("truncation cuts toward zero: 116,666… → 116,66", () => {
    expect(truncPct(116.66666666666667, 2)).toBe(116.66);
    expect(truncPct(-6.319, 2)).toBe(-6.31);
  });
});

describe("comparing a printed percentage with ours", () => {
  test("117,33 printed for 176 / 150 is a match", () => {
    expect(comparePrinted((176 / 150) * 100, 117.33)).toBe("match");
  });

  test("116,66 printed for 35 / 30 (116,67) is told apart as truncated", () => {
    expect(comparePrinted((35 / 30) * 100, 116.66, "116,66%")).toBe("truncated");
  });

  test("171 printed for 562 / 329 (170,82) matches within the rounding of a whole percent", () => {
    expect(comparePrinted((562 / 329) * 100, 171, "171%")).toBe("match");
  });

  test("97,6 printed for 146.512 / 150.100 matches to one decimal, but 97,7 does not", () => {
    expect(comparePrinted((146512 / 150100) * 100, 97.6, "97,6")).toBe("match");
    expect(comparePrinted((146512 / 150100) * 100, 97.7, "97,7")).toBe("mismatch");
  });

  test("the printed text decides the decimals: 97,60 asks for two", () => {
    expect(comparePrinted(97.6149, 97.6, "97,60")).toBe("mismatch");
    expect(comparePrinted(97.6149, 97.6, "97,6")).toBe("match");
  });

  test("a wrong figure is a mismatch: 120% printed for 176 / 150", () => {
    expect(comparePrinted((176 / 150) * 100, 120)).toBe("mismatch");
  });
});

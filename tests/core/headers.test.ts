import { COMPUTED_HEADERS } from "../../src/core/formulas";
import type { ColumnKey, ComputedColumn } from "../../src/core/model";
import { HEADER_ALIASES, headerYear, isEstimateHeader, matchHeader } from "../../src/core/headers";

describe("matchHeader reads the headers offices write", () => {
  test.each<[string, ColumnKey]>([
    ["STT", "stt"],
    ["TT", "stt"],
    ["No.", "stt"],
    ["Chỉ tiêu", "name"],
    ["Tên chỉ tiêu", "name"],
    ["Nội dung", "name"],
    ["Indicator", "name"],
    ["Đơn vị", "unit"],
    ["ĐVT", "unit"],
    ["Đơn vị tính", "unit"],
    ["Unit", "unit"],
    ["Loại", "kind"],
    ["Kind", "kind"],
    ["Type", "kind"],
    ["Chiều", "direction"],
    ["Hướng", "direction"],
    ["Direction", "direction"],
    ["Kế hoạch", "plan"],
    ["KH", "plan"],
    ["Chỉ tiêu NQ", "plan"],
    ["Kế hoạch năm 2021", "plan"],
    ["Kế hoạch (%)", "plan"],
    ["Plan", "plan"],
    ["Target", "plan"],
    // Budget tables (AUDIT3 F7): the estimate a higher level set is the plan.
    ["Dự toán TW giao", "plan"],
    ["Dự toán HĐND tỉnh giao năm 2025", "plan"],
    ["Dự toán được giao", "plan"],
    ["Phấn đấu", "stretch"],
    ["Stretch", "stretch"],
    ["Thực hiện", "actual"],
    ["TH", "actual"],
    ["Ước TH", "actual"],
    ["Ước thực hiện năm 2021", "actual"],
    ["Ước TH 9 tháng", "actual"],
    ["Actual", "actual"],
    ["Cùng kỳ", "prior"],
    ["CK", "prior"],
    ["Cùng kỳ năm trước", "prior"],
    ["Cùng kỳ năm 2020", "prior"],
    ["Prior year", "prior"],
    ["% báo cáo", "reportedPct"],
    ["Reported %", "reportedPct"],
    ["Ghi chú", "note"],
    ["Note", "note"],
  ])("%p is the %p column", (text, key) => {
    expect(matchHeader(text)).toBe(key);
  });

  test.each<[string, ColumnKey]>([
    ["% KH", "pctPlan"],
    ["% kế hoạch", "pctPlan"],
    ["% Plan", "pctPlan"],
    ["% of plan", "pctPlan"],
    ["% Phấn đấu", "pctStretch"],
    ["% of stretch target", "pctStretch"],
    ["% CK", "pctPrior"],
    ["% cùng kỳ", "pctPrior"],
    ["% of prior year", "pctPrior"],
    ["Tăng/giảm so CK (%)", "changePct"],
    ["Tăng / giảm", "changePct"],
    ["Tăng/giảm", "changePct"],
    ["Tăng / giảm so CK (%)", "changePct"],
    ["Change vs prior year (%)", "changePct"],
    ["Chênh lệch (điểm %)", "diffPoints"],
    ["Difference (points)", "diffPoints"],
    ["Chênh lệch", "diffPoints"],
    ["Đánh giá", "verdict"],
    ["Verdict", "verdict"],
  ])("our computed header %p is %p, not an input column", (text, key) => {
    expect(matchHeader(text)).toBe(key);
  });

  test.each([
    ["  chỉ   TIÊU ", "name"],
    ["CHI TIEU", "name"],
    ["don vi tinh", "unit"],
    ["KẾ HOẠCH NĂM 2021", "plan"],
    ["Ghi chú:", "note"],
    ["Chỉ\u00a0tiêu", "name"],
    ["Kế hoạch".normalize("NFD"), "plan"],
  ])("tolerates case, diacritics and spacing: %p", (text, key) => {
    expect(matchHeader(text)).toBe(key);
  });

  test.each([
    "",
    "   ",
    "Cột lạ",
    "Năm 2021",
    "BẢNG CHỈ TIÊU NGHỊ QUYẾT NĂM 2021",
    "So sánh (%)",
    "Doanh nghiệp thành lập mới",
  ])("%p is no column", (text) => {
    expect(matchHeader(text)).toBeNull();
  });
});

describe("matchHeader with what is around the header", () => {
  test('under a merged "So sánh (%)", KH is % KH and CK is % CK', () => {
    expect(matchHeader("KH", { above: "So sánh (%)" })).toBe("pctPlan");
    expect(matchHeader("CK", { above: "So sánh (%)" })).toBe("pctPrior");
    expect(matchHeader("Cùng kỳ", { above: "So sánh %" })).toBe("pctPrior");
  });

  test('under a merged "Năm 2021", KH is the plan and Ước TH the actual', () => {
    expect(matchHeader("KH", { above: "Năm 2021", year: 2021 })).toBe("plan");
    expect(matchHeader("Ước TH", { above: "Năm 2021", year: 2021 })).toBe("actual");
  });

  test("in a 2021 table, Thực hiện năm 2020 is the prior year and Thực hiện năm 2021 the actual", () => {
    expect(matchHeader("Thực hiện năm 2020", { year: 2021 })).toBe("prior");
    expect(matchHeader("Thực hiện năm 2021", { year: 2021 })).toBe("actual");
    expect(matchHeader("TH", { above: "Năm 2020", year: 2021 })).toBe("prior");
  });

  // A quarter's and a half-year's table as offices head them: every one of these was unread
  // ("quý I/2021" kept "quy i/", "6 tháng đầu năm 2021" kept "dau"), so a whole quarter's actuals
  // were "Chưa có số liệu" with no finding saying why.
  test.each<[string, "3_thang" | "6_thang" | "9_thang" | "nam", ColumnKey]>([
    ["Thực hiện quý I/2021", "3_thang", "actual"],
    ["TH quý 1/2021", "3_thang", "actual"],
    ["Ước TH quý II/2021", "6_thang", "actual"],
    ["Thực hiện 3 tháng đầu năm 2021", "3_thang", "actual"],
    ["Thực hiện 6 tháng đầu năm 2021", "6_thang", "actual"],
    ["Thực hiện 6 tháng/2021", "6_thang", "actual"],
    ["TH Q1/2021", "3_thang", "actual"],
    ["Cùng kỳ quý I/2020", "3_thang", "prior"],
    ["Thực hiện quý I/2020", "3_thang", "prior"],
    ["Cùng kỳ 6 tháng/2020", "6_thang", "prior"],
    ["Thực hiện 9 tháng năm 2020", "9_thang", "prior"],
    ["Kế hoạch giao", "6_thang", "plan"],
    ["Mục tiêu phấn đấu", "nam", "stretch"],
    ["KH giao năm 2021", "6_thang", "plan"],
  ])("%s in a 2021 table of period %s is the %s column", (header, period, column) => {
    expect(matchHeader(header, { year: 2021, period })).toBe(column);
  });

  test("without a reported year, Thực hiện năm 2020 is taken as the actual", () => {
    expect(matchHeader("Thực hiện năm 2020")).toBe("actual");
    expect(matchHeader("Thực hiện năm 2020", { year: null })).toBe("actual");
  });
});

describe("header helpers", () => {
  test("headerYear finds the year a header mentions", () => {
    expect(headerYear("Kế hoạch năm 2021")).toBe(2021);
    expect(headerYear("Thực hiện 2020")).toBe(2020);
    expect(headerYear("Ước TH 9 tháng")).toBeNull();
    expect(headerYear("Mã 120215")).toBeNull();
  });

  test("an actual header starting with Ước marks the figures as estimates", () => {
    expect(isEstimateHeader("Ước TH")).toBe(true);
    expect(isEstimateHeader("Ước thực hiện năm 2021")).toBe(true);
    expect(isEstimateHeader("uoc th 6 thang")).toBe(true);
    expect(isEstimateHeader("Thực hiện")).toBe(false);
  });

  test("every alias listed in HEADER_ALIASES reads back as its own column, except where a % or parent decides", () => {
    const percentOnly: ColumnKey[] = ["pctPlan", "pctStretch", "pctPrior"];
    for (const [key, aliases] of Object.entries(HEADER_ALIASES) as [ColumnKey, readonly string[]][]) {
      if (percentOnly.includes(key)) {
        for (const alias of aliases) expect([alias, matchHeader(`% ${alias}`)]).toEqual([alias, key]);
        continue;
      }
      if (key === "reportedPct" || key === "diffPoints") continue;
      if (key === "yearEstimate" || key === "priorYear") {
        // Only a partial period's table has them: here, 9 months of 2021.
        const context = { period: "9_thang", year: 2021 } as const;
        for (const alias of aliases) expect([alias, matchHeader(alias, context)]).toEqual([alias, key]);
        continue;
      }
      for (const alias of aliases) expect([alias, matchHeader(alias)]).toEqual([alias, key]);
    }
  });
});

// A second reading of the same brief, written in parallel by another engineer.
describe("headers, second suite", () => {
  describe("matchHeader: headers as offices write them", () => {
    test.each<[string, ColumnKey]>([
      ["  ke hoach  ", "plan"],
      ["KẾ HOẠCH", "plan"],
      ["Don vi tinh", "unit"],
      ["THỰC\u00A0HIỆN", "actual"],
      ["Chỉ  tiêu", "name"],
      ["Kế hoạch".normalize("NFD"), "plan"],
    ])("case, diacritics and spaces do not matter: %p is %s", (text, key) => {
      expect(matchHeader(text)).toBe(key);
    });

    test.each(["", "Cột lạ", "Xếp hạng tỉnh", "2021"])("%p is no column we know", (text) => {
      expect(matchHeader(text)).toBeNull();
    });
  });

  describe("matchHeader: the computed headers we write are read back as ours", () => {
    const keys = Object.keys(COMPUTED_HEADERS) as ComputedColumn[];
    test.each(
      keys.flatMap((k) => [[COMPUTED_HEADERS[k].vi, k] as const, [COMPUTED_HEADERS[k].en, k] as const]),
    )("%p is %s", (text, key) => {
      expect(matchHeader(text)).toBe(key);
    });
  });

  describe("matchHeader: what the rest of the header says", () => {
    test("under a merged So sánh (%), KH is % KH and CK is % CK", () => {
      expect(matchHeader("KH", { parent: "So sánh (%)" })).toBe("pctPlan");
      expect(matchHeader("CK", { parent: "So sánh (%)" })).toBe("pctPrior");
    });

    test("under a merged Năm 2021, KH is the plan and Ước TH the actual", () => {
      expect(matchHeader("KH", { parent: "Năm 2021" })).toBe("plan");
      expect(matchHeader("Ước TH", { parent: "Năm 2021", reportYear: 2021 })).toBe("actual");
    });

    test("Thực hiện năm 2020 is the prior year when the table reports 2021", () => {
      expect(matchHeader("Thực hiện năm 2020", { reportYear: 2021 })).toBe("prior");
      expect(matchHeader("Thực hiện năm 2021", { reportYear: 2021 })).toBe("actual");
      expect(matchHeader("Thực hiện năm 2020")).toBe("actual");
    });

    test("TH under a merged Năm 2020 in a 2021 table is the prior year", () => {
      expect(matchHeader("TH", { parent: "Năm 2020", reportYear: 2021 })).toBe("prior");
    });
  });

  describe("HEADER_ALIASES and estimates", () => {
    test("every column has aliases, folded (lower case, no diacritics)", () => {
      for (const aliases of Object.values(HEADER_ALIASES)) {
        expect(aliases.length).toBeGreaterThan(0);
        for (const a of aliases) expect(a).toBe(a.toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""));
      }
    });

    test.each([
      ["Ước TH", true],
      ["Ước thực hiện năm 2021", true],
      ["Thực hiện", false],
      ["TH", false],
    ] as const)("%p says estimate: %p", (text, estimate) => {
      expect(isEstimateHeader(text)).toBe(estimate);
    });
  });
});

describe("matchHeader takes the context under the names the brief gave other modules", () => {
  test("parent and reportYear mean the same as above and year", () => {
    expect(matchHeader("KH", { parent: "So sánh (%)" })).toBe("pctPlan");
    expect(matchHeader("CK", { parent: "So sánh (%)" })).toBe("pctPrior");
    expect(matchHeader("Thực hiện năm 2020", { reportYear: 2021 })).toBe("prior");
    expect(matchHeader("TH", { parent: "Năm 2020", reportYear: 2021 })).toBe("prior");
  });
});

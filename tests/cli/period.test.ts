/** A 9-month table through the command line: judged on progress, with the year-end projection. */
import type { JsonCheck } from "../../src/cli/json";
import { csvLine, run, tempDir } from "./helpers";

const tmp = tempDir("chitieu-period-");
afterAll(() => tmp.cleanup());

/**
 * Seed 001's 9-month figures (TP. Bến Tre, 2020: revenue 24.012 tỷ, +6,02 % on 22.649; 25 of 42
 * works) with an annual plan the article does not give: 31.290 tỷ, so 24.012 / 31.290 = 76,74 %.
 */
function nineMonthsCsv(): string {
  const lines = [
    csvLine(["KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT 9 THÁNG NĂM 2020"]),
    csvLine(["Thành ủy TP. Bến Tre"]),
    "",
    csvLine(["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2020", "Ước thực hiện 9 tháng", "Cùng kỳ"]),
    csvLine([1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", "31.290", "24.012", "22.649"]),
    csvLine([2, "Công trình hạ tầng nghiệm thu đưa vào sử dụng", "công trình", 42, 25, null]),
  ];
  return `${lines.join("\n")}\n`;
}

async function json(...argv: string[]): Promise<JsonCheck> {
  const r = await run("check", ...argv, "--json");
  expect(r.err).toBe("");
  return JSON.parse(r.out) as JsonCheck;
}

describe("chitieu check on a 9-month table", () => {
  const file = tmp.file("9-thang.csv", nineMonthsCsv());

  test("76,74 % of the annual plan at 9 months is on track; 25 of 42 works (59,52 %) is behind", async () => {
    const data = await json(file);
    const [revenue, works] = data.rows;
    expect(revenue).toMatchObject({ period: "9_thang", verdict: "dung_tien_do", projection: "linear" });
    expect(revenue!.pctPlan).toBeCloseTo(76.74, 2);
    // 24.012 / (9/12) = 32.016.
    expect(revenue!.projected).toBeCloseTo(32016, 6);
    expect(works).toMatchObject({ verdict: "cham_tien_do", projected: expect.closeTo(33.333, 3) });
    expect(data.summary).toMatchObject({ reached: 0, total: 2 });
  });

  test("--period year judges the same figures as if the year were over", async () => {
    const data = await json(file, "--period", "year");
    expect(data.rows.map((r) => r.verdict)).toEqual(["khong_dat", "khong_dat"]);
    expect(data.rows[0]!.projected).toBeNull();
  });

  test("a bad --period is a usage error in both languages", async () => {
    const r = await run("check", file, "--period", "10m");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--period");
  });

  test("the report says 9 tháng ước đạt 76,74% kế hoạch năm, đúng tiến độ", async () => {
    const r = await run("report", file, "--format", "txt");
    expect(r.out).toContain(
      "Tổng doanh thu hàng hóa, dịch vụ: 9 tháng ước đạt 76,74% kế hoạch năm (24.012 tỷ đồng), tăng 6,02% so với cùng kỳ, đúng tiến độ; dự kiến cả năm 32.016 tỷ đồng (theo tỷ lệ thời gian).",
    );
    expect(r.out).toContain(
      "Tổng cộng: đạt và vượt hoặc đúng tiến độ 1/2 chỉ tiêu (0 chỉ tiêu đã đạt kế hoạch năm); chưa đạt: Công trình hạ tầng nghiệm thu đưa vào sử dụng.",
    );
  });
});

describe("chitieu rollover", () => {
  const file = tmp.file("9-thang-2020.csv", nineMonthsCsv());
  const out = tmp.file("9-thang-2021.xlsx");

  test("writes next year's 9-month table: this year's actual in Cùng kỳ, plan and actual empty", async () => {
    const r = await run("rollover", file, "--out", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `Đã lập bảng năm 2021 vào ${out}: 2 chỉ tiêu chuyển số thực hiện sang Cùng kỳ; kế hoạch và thực hiện để trống.\n`,
    );
    const data = await json(out);
    expect(data.rows.map((row) => [row.name, row.plan, row.actual, row.prior, row.verdict])).toEqual([
      ["Tổng doanh thu hàng hóa, dịch vụ", null, null, 24012, "chua_co_so_lieu"],
      ["Công trình hạ tầng nghiệm thu đưa vào sử dụng", null, null, 25, "chua_co_so_lieu"],
    ]);
    expect(data.rows[0]!.period).toBe("9_thang");
  });

  test("refuses to write over its source, which stays as it was", async () => {
    const { readFileSync } = await import("node:fs");
    const bytes = readFileSync(out);
    const r = await run("rollover", out, "--out", out.replace(/([^/]+)$/, "./$1"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("trùng tệp gốc");
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });
});

describe("--period term", () => {
  const file = tmp.file("nam-2020.csv", nineMonthsCsv().replace("9 THÁNG ", ""));

  test("on a table that is not a term table is an error, not the full year judged silently", async () => {
    const r = await run("check", file, "--period", "term", "--json");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("không phải bảng theo dõi nhiệm kỳ");
    const en = await run("check", file, "--period", "nhiem-ky", "--locale", "en");
    expect(en.code).toBe(2);
    expect(en.err).toContain("this table is not a term table");
    const report = await run("report", file, "--format", "txt", "--period", "term");
    expect([report.code, report.out]).toEqual([2, ""]);
  });

  test("help lists term tables and every --period value", async () => {
    const vi = await run("--help");
    expect(vi.out).toContain("--period 3m|6m|9m|year|term");
    expect(vi.out).toContain("Bảng nhiệm kỳ (mẫu nhiem-ky");
    expect(vi.out).toContain("Đúng tiến độ x/y chỉ tiêu nhiệm kỳ");
    const en = await run("--help", "--locale", "en");
    expect(en.out).toContain("Term tables (template nhiem-ky");
    expect(en.out).toContain("term only on a term table");
    const bad = await run("check", file, "--period", "5y");
    expect(bad.err).toContain("3m, 6m, 9m, year hoặc term");
  });
});

describe("chitieu check on a 6-month table with the office's own 'Ước cả năm' (AUDIT3 F10)", () => {
  // Title says the year; "Thực hiện" › "6 tháng" | "Ước cả năm": judged on the estimate.
  const file = tmp.file(
    "6-thang-uoc.csv",
    [
      csvLine(["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU 6 THÁNG NĂM 2025"]),
      "",
      csvLine(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Thực hiện 6 tháng", "Ước thực hiện cả năm"]),
      csvLine([1, "Tổng thu ngân sách trên địa bàn", "tỷ đồng", 5000, 2600, 5200]),
      csvLine([2, "Tỷ lệ lao động qua đào tạo", "%", 60, 55, "59,5"]),
    ].join("\n") + "\n",
  );

  test("the text says the verdict is on the year's estimate beside the 6-month % KH: 52,00 % … Vượt (theo ước cả năm: 104,00%)", async () => {
    const vi = await run("check", file);
    const revenue = vi.out.split("\n").find((l) => l.includes("Tổng thu ngân sách"))!;
    expect(revenue).toMatch(/52,00%.*Vượt \(theo ước cả năm: 104,00%\)$/);
    const rate = vi.out.split("\n").find((l) => l.includes("Tỷ lệ lao động"))!;
    expect(rate).toMatch(/Không đạt \(theo ước cả năm: 59,5%\)$/);
    const en = await run("check", file, "--locale", "en");
    // The file's "59,5" makes its numbers read (and shown) the Vietnamese way, in English too.
    expect(en.out).toContain("Exceeded (on the year's estimate: 104,00%)");
  });
});

describe("chitieu on a 6-month table with 'Ước cả năm' and 'Thực hiện năm 2024', no Cùng kỳ (AUDIT3 F8/F12)", () => {
  // AUDIT3 T01's hand values: 5.200 / 4.800 = 108,33 %, 176 / 160 = 110,00 %, 280 / 350 = 80,00 %,
  // 59,5 / 57 = 104,39 % (+2,5 điểm); the 6-month figures are the audit's.
  const file = tmp.file(
    "6-thang-nam-truoc.csv",
    [
      csvLine(["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU 6 THÁNG NĂM 2025"]),
      "",
      csvLine([
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Kế hoạch năm 2025",
        "Thực hiện 6 tháng",
        "Ước thực hiện cả năm",
        "Thực hiện năm 2024",
      ]),
      csvLine([1, "Tổng thu ngân sách trên địa bàn", "tỷ đồng", "5.000", "2.600", "5.200", "4.800"]),
      csvLine([2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 80, 176, 160]),
      csvLine([3, "Số hộ nghèo", "hộ", 300, 300, 280, 350]),
      csvLine([4, "Tỷ lệ lao động qua đào tạo", "%", 60, 55, "59,5", 57]),
    ].join("\n") + "\n",
  );

  test("--json: % CK is each estimate on 2024, and says so", async () => {
    const out = await json(file);
    expect(out.rows.map((r) => [r.priorBasis, r.pctPrior?.toFixed(2), r.changePct?.toFixed(2)])).toEqual([
      ["yearEstimate", "108.33", "8.33"],
      ["yearEstimate", "110.00", "10.00"],
      ["yearEstimate", "80.00", "-20.00"],
      ["yearEstimate", "104.39", "4.39"],
    ]);
  });

  test("the text table says what % CK compares, in vi and en", async () => {
    const vi = await run("check", file);
    expect(vi.out).toContain(
      "(% CK, Tăng/giảm: ước cả năm so với thực hiện năm 2024; bảng không có cột cùng kỳ)",
    );
    const revenue = vi.out.split("\n").find((l) => l.includes("Tổng thu ngân sách"))!;
    expect(revenue).toMatch(/52,00%\s+108,33%\s+\+8,33%\s+Vượt/);
    const en = await run("check", file, "--locale", "en");
    expect(en.out).toContain(
      "(% prior, Change: the full-year estimate on 2024; the table has no same-period column)",
    );
  });

  test("report: 'ước cả năm đạt 5.200 tỷ đồng, tăng 8,33% so với năm 2024'; a rate in điểm %", async () => {
    const r = await run("report", file, "--format", "txt");
    expect(r.out).toContain("ước cả năm đạt 5.200 tỷ đồng, tăng 8,33% so với năm 2024");
    expect(r.out).toContain("ước cả năm 280 hộ, giảm 20% so với năm 2024");
    expect(r.out).toContain("ước cả năm đạt 59,5%, tăng 2,5 điểm % so với năm 2024");
    expect(r.out).not.toContain("so với cùng kỳ");
  });
});

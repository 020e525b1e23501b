/**
 * Issue 12, "checked by": a 9-month table, a term table and a roll-over of a seed table that no
 * other test holds, built fresh as .xlsx in layouts of their own (titles above, two-row headers,
 * "Ước thực hiện 9 tháng", "Thực hiện năm 2021" as the prior year), through `chitieu check --json`
 * and `chitieu rollover`. Figures are the seeds' (001: Bến Tre 9 tháng 2020, 000: Bến Tre 2020, its
 * 2025 target of 80 % đô thị loại I); plans and later years the articles do not give are marked.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import type { JsonCheck } from "../../src/cli/json";
import { run, tempDir } from "./helpers";
import { type Cell, sheetOf, termSheet, TERM_MERGES } from "./workbooks";

const tmp = tempDir("chitieu-issue-12-");
afterAll(() => tmp.cleanup());

async function checkJson(file: string, ...flags: string[]): Promise<JsonCheck> {
  const r = await run("check", file, "--json", ...flags);
  expect(r.err).toBe("");
  return JSON.parse(r.out) as JsonCheck;
}

/**
 * Seed 001 at 9 months of 2020, with 2019 beside it: 9 months (Cùng kỳ, seed 001) and the full
 * year (seed 000's prior: 34.864 and 6.392,7). Plans 36.000 and 6.800 are not in the articles.
 */
function nineMonths(): Cell[][] {
  return [
    ["THÀNH ỦY BẾN TRE"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT 9 THÁNG ĐẦU NĂM 2020"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2020", null, "Năm 2019", null],
    [null, null, null, "Kế hoạch năm", "Ước thực hiện 9 tháng", "Cùng kỳ 9 tháng", "Thực hiện cả năm 2019"],
    ["I", "Kinh tế"],
    [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", 36000, 24012, 22649, 34864],
    [2, "Giá trị sản xuất công nghiệp - xây dựng", "tỷ đồng", 6800, 4243.46, 4002.5, 6392.7],
    [3, "Công trình hạ tầng xã, phường nghiệm thu đưa vào sử dụng", "công trình", 42, 25, null, null],
  ];
}
const NINE_MERGES = ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:G4"];

/** 2022's annual table, 2021 as the prior year; 42.800 and 205 are newer than the term sheet's. */
function annual2022(): Cell[][] {
  return [
    ["UBND THÀNH PHỐ BẾN TRE"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022", null, "Thực hiện năm 2021"],
    [null, null, null, "Kế hoạch", "Ước thực hiện", null],
    [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", 42000, 42800, 39500],
    [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 200, 205, 190],
    [3, "Tỷ lệ tiêu chí đô thị loại I đạt được", "%", 70, 70, 66],
    [4, "Hộ cá thể đăng ký kinh doanh mới", "hộ", 850, 894, 800],
  ];
}
const ANNUAL_MERGES = ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5"];

describe("a 9-month table (seed 001) through check --json and rollover", () => {
  const file = tmp.file("9-thang-2020.xlsx");
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "9 tháng 2020", nineMonths(), NINE_MERGES);
    await wb.xlsx.writeFile(file);
  });

  test("judged on progress against last year's seasonal share, projected to the year's end", async () => {
    const data = await checkJson(file);
    const [revenue, industry, works] = data.rows;
    // 22.649 / 34.864 = 64,96 % of 2019 came by September: 24.012 / 0,6496 = 36.962 ≥ 36.000.
    expect(revenue).toMatchObject({ period: "9_thang", verdict: "dung_tien_do", projection: "seasonal" });
    expect(revenue!.projected).toBeCloseTo(36962.0896, 3);
    expect(revenue!.pctPlan).toBeCloseTo(66.7, 2);
    // 4.002,5 / 6.392,7 = 62,61 %: 4.243,46 projects to 6.777,56 < 6.800.
    expect(industry).toMatchObject({ verdict: "cham_tien_do", projection: "seasonal" });
    expect(industry!.projected).toBeCloseTo(6777.5557, 3);
    // No prior figures: the months (25 of 42 by September is behind 31,5).
    expect(works).toMatchObject({ verdict: "cham_tien_do", projection: "linear" });
    expect(works!.projected).toBeCloseTo(33.3333, 3);
  });

  test("rolled over: 9 months of 2021, this year's figures in Cùng kỳ, the full-year prior emptied", async () => {
    const out = tmp.file("9-thang-2021.xlsx");
    const before = readFileSync(file);
    const r = await run("rollover", file, "--out", out);
    expect(r.err).toBe("");
    expect(r.out).toContain("3 chỉ tiêu chuyển số thực hiện sang Cùng kỳ");
    expect(readFileSync(file).equals(before)).toBe(true);
    const data = await checkJson(out);
    expect(data.rows.map((row) => [row.name, row.plan, row.actual, row.prior, row.period])).toEqual([
      ["Tổng doanh thu hàng hóa, dịch vụ", null, null, 24012, "9_thang"],
      ["Giá trị sản xuất công nghiệp - xây dựng", null, null, 4243.46, "9_thang"],
      ["Công trình hạ tầng xã, phường nghiệm thu đưa vào sử dụng", null, null, 25, "9_thang"],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A2").value).toBe("BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT 9 THÁNG ĐẦU NĂM 2021");
    expect([ws.getCell("D4").value, ws.getCell("F4").value, ws.getCell("G5").value]).toEqual([
      "Năm 2021",
      "Năm 2020",
      "Thực hiện cả năm 2020",
    ]);
  });
});

describe("a one-row 9-month header with 'Thực hiện năm 2021' as the prior full year", () => {
  test("the prior year's column gives the seasonal share; --period year judges the same as the year", async () => {
    // Seed 001's figures in a 2022 layout: the header words, not the years, are what is tested.
    const file = tmp.file("9-thang-2022.xlsx");
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Sơ kết", [
      ["UBND THÀNH PHỐ BẾN TRE"],
      ["SƠ KẾT 9 THÁNG NĂM 2022"],
      [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Kế hoạch năm 2022",
        "Ước thực hiện 9 tháng",
        "Cùng kỳ",
        "Thực hiện năm 2021",
      ],
      [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", 36000, 24012, 22649, 34864],
    ]);
    await wb.xlsx.writeFile(file);
    const [row] = (await checkJson(file)).rows;
    expect(row).toMatchObject({ period: "9_thang", verdict: "dung_tien_do", projection: "seasonal" });
    expect(row!.projected).toBeCloseTo(36962.0896, 3);
    const [year] = (await checkJson(file, "--period", "year")).rows;
    expect(year).toMatchObject({ period: "nam", verdict: "khong_dat", projected: null });
  });
});

describe("a term table (seed 000's 2025 target) through check --json and rollover", () => {
  const file = tmp.file("nhiem-ky.xlsx");
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Nhiệm kỳ 2020-2025", termSheet(), TERM_MERGES);
    await wb.xlsx.writeFile(file);
  });

  test("each row on its path; the summary counts terms on track", async () => {
    const data = await checkJson(file);
    const [revenue, firms, urban] = data.rows;
    // 37.067 → 42.300 in 2 years: 6,83 %/năm < 10 %.
    expect(revenue).toMatchObject({ period: "nhiem_ky", verdict: "cham_tien_do" });
    expect(revenue!.term).toMatchObject({ kind: "growth", yearsDone: 2, yearsLeft: 3, onTrack: false });
    expect(revenue!.term!.toDate).toBeCloseTo((Math.sqrt(42300 / 37067) - 1) * 100, 9);
    // 390 in 2 years runs at 975 < 1.000; 203,33 a year are needed.
    expect(firms).toMatchObject({ verdict: "cham_tien_do", term: { kind: "total", toDate: 390 } });
    expect(firms!.term!.needed).toBeCloseTo(610 / 3, 9);
    // 62 → 69: 3,5 points a year, 69 + 3 × 3,5 = 79,5 < 80.
    expect(urban).toMatchObject({ verdict: "cham_tien_do" });
    expect(urban!.term!.projected).toBeCloseTo(79.5, 9);
    expect(data.summary).toMatchObject({ reached: 0, total: 3 });
    const text = await run("check", file);
    expect(text.out).toContain("Toàn bảng: Đúng tiến độ 0/3 chỉ tiêu nhiệm kỳ");
  });

  test("rolled over: 2023's column is added after 2022, the term's figures kept", async () => {
    const out = tmp.file("nhiem-ky-2023.xlsx");
    const r = await run("rollover", file, "--out", out);
    expect(r.err).toBe("");
    expect(r.out).toBe(
      `Đã thêm cột năm 2023 vào bảng nhiệm kỳ, ghi ra ${out}; số liệu các năm trước và mục tiêu giữ nguyên.\n`,
    );
    const data = await checkJson(out);
    expect(data.rows.map((row) => row.term?.yearsDone)).toEqual([2, 2, 2]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    expect([ws.getCell("F5").value, ws.getCell("G5").value, ws.getCell("H5").value]).toEqual([
      2021, 2022, 2023,
    ]);
    expect(ws.getCell("B2").value ?? ws.getCell("A2").value).toBe(
      "THEO DÕI CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 – 2025",
    );

    // The next roll-over is refused: 2023's column is there, waiting for its figures.
    const again = await run("rollover", out, "--out", tmp.file("nhiem-ky-2024.xlsx"));
    expect(again.code).toBe(2);
    expect(again.err).toContain("đã có cột năm 2023");
  });
});

describe("a year's table beside the term's, rolled over: next year's plan from the term's path", () => {
  const file = tmp.file("nam-2022.xlsx");
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    sheetOf(wb, "Năm 2022", annual2022(), ANNUAL_MERGES);
    sheetOf(wb, "Nhiệm kỳ", termSheet(), TERM_MERGES);
    await wb.xlsx.writeFile(file);
  });

  test("2023's plans: what the term's remaining years need, from 2022's own actuals", async () => {
    const out = tmp.file("nam-2023.xlsx");
    const r = await run("rollover", file, "--out", out);
    expect(r.err).toBe("");
    expect(r.out).toContain(
      "4 chỉ tiêu chuyển số thực hiện sang Cùng kỳ; kế hoạch của 3 chỉ tiêu lấy theo lộ trình nhiệm kỳ",
    );
    const data = await checkJson(out);
    const goal = 37067 * 1.1 ** 5;
    expect(data.rows.map((row) => [row.name, row.actual, row.prior])).toEqual([
      ["Tổng doanh thu hàng hóa, dịch vụ", null, 42800],
      ["Doanh nghiệp thành lập mới", null, 205],
      ["Tỷ lệ tiêu chí đô thị loại I đạt được", null, 70],
      ["Hộ cá thể đăng ký kinh doanh mới", null, 894],
    ]);
    const plans = data.rows.map((row) => row.plan);
    // 42.800 × (59.696,77 / 42.800)^(1/3); (1.000 − 190 − 205) / 3; 70 + (80 − 70) / 3.
    expect(plans[0]).toBeCloseTo(42800 * (goal / 42800) ** (1 / 3), 2);
    // Whole firms rounded towards the path (201,67 → 202); money and rates to 2 decimals when no format says.
    expect(plans.slice(0, 3)).toEqual([47820.36, 202, 73.33]);
    expect(plans[3]).toBeNull();

    // The same plans with the term table in a file of its own (--term).
    const annualOnly = tmp.file("nam-2022-rieng.xlsx");
    const termOnly = tmp.file("nhiem-ky-rieng.xlsx");
    const a = new ExcelJS.Workbook();
    sheetOf(a, "Năm 2022", annual2022(), ANNUAL_MERGES);
    await a.xlsx.writeFile(annualOnly);
    const t = new ExcelJS.Workbook();
    sheetOf(t, "Nhiệm kỳ", termSheet(), TERM_MERGES);
    await t.xlsx.writeFile(termOnly);
    const out2 = tmp.file("nam-2023-b.xlsx");
    expect((await run("rollover", annualOnly, "--term", termOnly, "--out", out2)).err).toBe("");
    expect((await checkJson(out2)).rows.map((row) => row.plan)).toEqual(plans);
    // Without it the plans are empty, and an existing --out is kept unless --force.
    const bare = await run("rollover", annualOnly, "--out", out2);
    expect(bare.code).toBe(2);
    expect(bare.err).toContain("--force");
    await run("rollover", annualOnly, "--out", out2, "--force");
    expect((await checkJson(out2)).rows.map((row) => row.plan)).toEqual([null, null, null, null]);
  });
});

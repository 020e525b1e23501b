/**
 * Tables made the way offices make them (ExcelJS directly, not chitieu's templates): no Chiều
 * column, rows without a plan, a title and a merged two-row header, targets in words. Every figure
 * asserted is worked out by hand from DOMAIN.md, so these tests hold chitieu to an oracle it did
 * not write.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import type { JsonCheck } from "../../src/cli/json";
import { run, tempDir } from "./helpers";
import { sheetOf, type Cell } from "./workbooks";

const tmp = tempDir("chitieu-fresh-");
afterAll(() => tmp.cleanup());

/** Seed 000's city, year 2020, as a city office lays it out: merged "Năm 2020" over KH | Ước TH. */
function cityYear(extra: Cell[][] = []): Cell[][] {
  return [
    ["THÀNH ỦY BẾN TRE"],
    ["BẢNG ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2020"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2020", null, "Thực hiện năm 2019", "Ghi chú"],
    [null, null, null, "Kế hoạch", "Ước TH", null, null],
    ["I", "Kinh tế"],
    [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", null, "37.067", 34864, "ước"],
    [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160, null],
    ["II", "Quốc phòng - an ninh - nội chính"],
    ...extra,
  ];
}
const CITY_MERGES = ["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5", "G4:G5"];

async function checked(rows: Cell[][], merges: string[], name: string): Promise<JsonCheck> {
  const wb = new ExcelJS.Workbook();
  sheetOf(wb, "BC nam 2020", rows, merges);
  const file = path.join(tmp.dir, name);
  await wb.xlsx.writeFile(file);
  const r = await run("check", file, "--json");
  expect(r.err).toBe("");
  return JSON.parse(r.out) as JsonCheck;
}

function row(data: JsonCheck, sheetRow: number): JsonCheck["rows"][number] {
  const found = data.rows.find((r) => r.row === sheetRow);
  expect(found).toBeDefined();
  return found!;
}

describe("a change in % with no base named is a change on the prior year (DOMAIN: relative kind)", () => {
  test('"giảm 10%" for traffic accidents, 20 last year, 22 this year: KH 18, 122,22 %, Không đạt', async () => {
    const data = await checked(
      cityYear([
        [1, "Số vụ tai nạn giao thông", "vụ", "giảm 10%", 22, 20, null],
        [2, "Đảng viên vi phạm bị xử lý kỷ luật", "người", "kéo giảm 5% so với năm 2019", 37, 40, null],
        [3, "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "tăng 10%", 3300, 3000, null],
      ]),
      CITY_MERGES,
      "giam.xlsx",
    );
    // 20 × (1 − 10 %) = 18; 22 / 18 = 122,22 %; more accidents than the plan allows.
    expect(row(data, 10)).toMatchObject({ plan: 18, verdict: "khong_dat", direction: "down" });
    expect(row(data, 10).pctPlan).toBeCloseTo(122.2222, 3);
    // Seed 002's wording: 40 × 0,95 = 38; 37 ≤ 38, fewer is better.
    expect(row(data, 11)).toMatchObject({ plan: 38, verdict: "vuot" });
    expect(row(data, 11).pctPlan).toBeCloseTo(97.3684, 3);
    // 3 000 × 1,10 = 3 300, reached exactly.
    expect(row(data, 12).plan).toBeCloseTo(3300, 9);
    expect(row(data, 12)).toMatchObject({ verdict: "dat" });
    expect(data.issues.filter((i) => i.code === "unreadable_target")).toEqual([]);
    // Firms (117,33 %) and the three rows: đạt và vượt 3/4, revenue without a plan counted apart.
    expect(data.summary).toMatchObject({ reached: 3, total: 4, noTarget: 1 });
  });
});

describe("a term table (nhiệm kỳ 2020–2025) as a city office tracks it, two years in", () => {
  const TERM: Cell[][] = [
    ["ĐẢNG BỘ THÀNH PHỐ BẾN TRE"],
    ["THEO DÕI THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI XII, NHIỆM KỲ 2020 - 2025"],
    [],
    [
      "STT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Mục tiêu đến năm 2025",
      "Năm 2020 (gốc)",
      "Thực hiện 2021",
      "TH 2022",
    ],
    [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", "tăng bình quân 7,5%/năm", 37067, 39500, 42300],
    [2, "Giải quyết việc làm", "lao động", "90.000 lao động trong 5 năm", 16800, 17000, 18500],
    [3, "Tỷ lệ tiêu chí đô thị loại I đạt được", "%", "đến năm 2025 đạt 80%", 62, 66, 69],
    [4, "Tỷ lệ hộ nghèo", "%", "dưới 1%", 2.1, 1.6, 1.2],
  ];

  test("each form of target by hand; a rate's trend stops at 0 %, never a negative poverty rate", async () => {
    const data = await checked(TERM, [], "nhiem-ky.xlsx");
    const term = (r: number) => (row(data, r) as unknown as { term: Record<string, number | boolean> }).term;
    // (42 300 / 37 067)^(1/2) − 1 = 6,83 %/năm so far; (37 067 × 1,075^5 / 42 300)^(1/3) − 1 = 7,95 % needed.
    expect(term(5).toDate).toBeCloseTo(6.8259, 3);
    expect(term(5).needed).toBeCloseTo(7.9518, 3);
    // 17 000 + 18 500 = 35 500; (90 000 − 35 500) / 3 = 18 166,67 a year.
    expect(term(6)).toMatchObject({ toDate: 35500, onTrack: false });
    expect(term(6).needed).toBeCloseTo(18166.667, 2);
    // 62 → 69 in two years: 3,5 points a year, 69 + 3 × 3,5 = 79,5 < 80.
    expect(term(7).projected).toBeCloseTo(79.5, 9);
    // 2,1 → 1,2: −0,45 a year; 1,2 − 3 × 0,45 = −0,15 is not a rate: 0 %, under 1 %, on track.
    expect(term(8)).toMatchObject({ projected: 0, onTrack: true });
    expect(row(data, 8).verdict).toBe("dung_tien_do");

    const file = path.join(tmp.dir, "nhiem-ky.xlsx");
    const report = await run("report", file, "--format", "md");
    expect(report.out).toContain(
      "Tỷ lệ hộ nghèo: bình quân 2 năm giảm 0,45 điểm %/năm; dự kiến cuối nhiệm kỳ 0%",
    );
    expect(report.out).not.toMatch(/-0,15/);
  });
});

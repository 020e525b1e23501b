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

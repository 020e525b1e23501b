/**
 * A quarter's table as a city office heads it ("Thực hiện quý I/2021", "Cùng kỳ quý I/2020"),
 * built with ExcelJS, not from chitieu's templates. Every figure is worked by hand from DOMAIN.md:
 * flows against 3/12 of the annual plan, levels as levels.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import type { JsonCheck } from "../../src/cli/json";
import { run, tempDir } from "./helpers";
import { sheetOf, type Cell } from "./workbooks";

const tmp = tempDir("chitieu-quarter-");
afterAll(() => tmp.cleanup());

const TITLE: Cell[][] = [
  ["UBND THÀNH PHỐ BẾN TRE"],
  ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU QUÝ I NĂM 2021"],
  [],
];
const ROWS: Cell[][] = [
  [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", 40000, 9800, 9300],
  [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 42, 35],
  [3, "Tỷ lệ hộ nghèo", "%", "dưới 1%", 0.9, 1.2],
  [4, "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 329, 70, 75],
  [5, "Tỷ lệ lao động qua đào tạo", "%", 80, 78.5, 77],
  [6, "Số vụ tai nạn giao thông", "vụ", "không quá 20", 6, 4],
];

async function check(header: Cell[], name: string): Promise<JsonCheck> {
  const wb = new ExcelJS.Workbook();
  sheetOf(wb, "Quy I", [...TITLE, header, ...ROWS]);
  const file = path.join(tmp.dir, name);
  await wb.xlsx.writeFile(file);
  const r = await run("check", file, "--json");
  expect(r.err).toBe("");
  return JSON.parse(r.out) as JsonCheck;
}

test("'Thực hiện quý I/2021' is the actual: each row judged on a quarter's progress, 2/6 on track", async () => {
  const data = await check(
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2021", "Thực hiện quý I/2021", "Cùng kỳ quý I/2020"],
    "quy-1.xlsx",
  );
  const at = (row: number) => data.rows.find((r) => r.row === row)!;
  // 9 800 / 40 000 = 24,5 % < 25 %: behind; × 4 = 39 200.
  expect(at(5)).toMatchObject({ actual: 9800, prior: 9300, verdict: "cham_tien_do", projected: 39200 });
  expect(at(5).pctPlan).toBeCloseTo(24.5, 9);
  expect(at(5).changePct).toBeCloseTo(5.3763, 3);
  // 42 / 150 = 28 % ≥ 25 %: on track (168 a year).
  expect(at(6)).toMatchObject({ verdict: "dung_tien_do", projected: 168 });
  // A level: 0,9 % is under 1 % now.
  expect(at(7)).toMatchObject({ verdict: "vuot", projection: "level" });
  // 70 / 329 = 21,28 %: behind.
  expect(at(8)).toMatchObject({ verdict: "cham_tien_do", projected: 280 });
  // 78,5 % against 80 %: a level below its plan.
  expect(at(9)).toMatchObject({ verdict: "cham_tien_do" });
  // 6 accidents a quarter is 24 a year, over the 20 allowed.
  expect(at(10)).toMatchObject({ verdict: "cham_tien_do", projected: 24 });
  expect(data.issues).toEqual([]);
});

test("a table whose actual column is not recognised says so, instead of 'Chưa có số liệu' and nothing else", async () => {
  const data = await check(
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2021", "Số liệu đến 31/3/2021", "Cùng kỳ quý I/2020"],
    "cot-la.xlsx",
  );
  expect(data.rows.every((r) => r.verdict === "chua_co_so_lieu")).toBe(true);
  expect(data.issues.map((i) => [i.code, i.severity])).toEqual([["empty_required", "warning"]]);
  expect(data.issues[0]!.message.vi).toContain("Không tìm thấy cột Thực hiện");
});

/**
 * Seed 002's province table as an office makes it (ExcelJS, not our template: "Phấn đấu", prior
 * year "Thực hiện năm 2019", two rows left empty and a yes/no row), computed, then typed over the
 * ways people type: "6,50%" over 5,2, a plan retyped "60%", an actual cleared, the stretch retyped,
 * the empty rows filled "5%" / "6,50%" / 4,8, yes/no words with and without diacritics.
 * LibreOffice recalculates; every computed cell must equal core's reading of the typed file.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { findTable } from "../../src/cli/check";
import { readSheets } from "../../src/cli/read";
import { verdictLabel } from "../../src/core/compute";
import { DEFAULT_SETTINGS, type ComputedColumn } from "../../src/core/model";
import { computePlan } from "../../src/core/plan";
import { checkTable } from "../../src/core/rules";
import { recalculated } from "./soffice";
import { sheetOf, writePlan, type Cell } from "./workbooks";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-typing-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TABLE: Cell[][] = [
  ["TỈNH ỦY BẾN TRE"],
  ["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2020"],
  [],
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2020", "Phấn đấu", "Ước thực hiện năm 2020", "Thực hiện năm 2019"],
  [1, "Tốc độ tăng trưởng kinh tế (GRDP)", "%", 7.6, null, 5.2, 7.04],
  [2, "Tổng kim ngạch xuất khẩu", "triệu USD", 1400, null, 1352.5, 1283],
  [3, "Thu ngân sách trên địa bàn", "tỷ đồng", 4835, 5000, 4920, 4603],
  [4, "Tỷ lệ lao động qua đào tạo", "%", 60, null, 61.5, 58],
  [5, "Giải quyết việc làm mới", "người", 18000, null, 17450, 18320],
  [6, "Tỷ lệ che phủ rừng", "%", null, null, null, null],
  [7, "Số xã đạt chuẩn nông thôn mới", "xã", 12, null, null, 10],
  [8, "Tổ chức đại hội đảng các cấp", null, "hoàn thành", null, "hoàn thành", null],
  [9, "Sắp xếp tinh gọn bộ máy", null, "hoàn thành", null, "hoàn thành", null],
  [10, 'Thực hiện chủ trương "6 không"', null, "hoàn thành", null, "hoàn thành", null],
];

/** Cell, value and number format as Excel stores what was typed ("6,50%" is 0,065 in "0.00%"). */
const TYPED: [string, string | number | null, string][] = [
  ["F5", 0.065, "0.00%"],
  ["D8", 0.6, "0%"],
  ["F9", null, "General"],
  ["E7", 5100, "General"],
  ["G6", null, "General"],
  ["D10", 0.05, "0%"],
  ["F10", 0.065, "0.00%"],
  ["G10", 4.8, "General"],
  ["F11", 12, "General"],
  ["F12", "Đã hoàn thành", "General"],
  ["F13", "Hoan thanh", "General"],
  ["F14", "Chưa đạt yêu cầu", "General"],
];

test("LibreOffice: an office's table typed over after Tính toán gives core's figures and verdicts", async () => {
  const workbook = new ExcelJS.Workbook();
  sheetOf(workbook, "NQ 2020", TABLE);
  const first = path.join(work, "nq-2020.xlsx");
  await workbook.xlsx.writeFile(first);
  const plan = computePlan(
    findTable(await readSheets(first), DEFAULT_SETTINGS, first).read,
    DEFAULT_SETTINGS,
  );
  const sheet = workbook.worksheets[0]!;
  writePlan(sheet, plan);
  for (const [address, value, format] of TYPED) {
    sheet.getCell(address).value = value;
    sheet.getCell(address).numFmt = format;
  }
  const typed = path.join(work, "go-lai.xlsx");
  await workbook.xlsx.writeFile(typed);

  const check = checkTable(
    findTable(await readSheets(typed), DEFAULT_SETTINGS, typed).read,
    DEFAULT_SETTINGS,
  );
  const lo = recalculated(typed, work);
  expect(lo.flat().filter((c) => c !== null && /^#|Err:/.test(c))).toEqual([]);
  const mismatches: string[] = [];
  let compared = 0;
  for (const row of check.read.table.groups.flatMap((g) => g.rows)) {
    const ours = check.results.get(row.sheetRow)!;
    for (const key of Object.keys(plan.columns) as ComputedColumn[]) {
      const got = lo[row.sheetRow]?.[plan.columns[key]!] ?? null;
      compared += 1;
      if (key === "verdict") {
        if (got !== verdictLabel(ours.verdict, "vi"))
          mismatches.push(`${row.sheetRow + 1} ${key}: ${got} ≠ ${ours.verdict}`);
        continue;
      }
      const value = ours[key];
      if (value === null) {
        if (got !== "—") mismatches.push(`${row.sheetRow + 1} ${key}: ${got} ≠ —`);
        continue;
      }
      const theirs = got?.endsWith("%")
        ? Number(got.slice(0, -1))
        : Number(got) * (key === "diffPoints" ? 1 : 100);
      if (!(Math.abs(theirs - value) <= 1e-9 * Math.max(1, Math.abs(value))))
        mismatches.push(`${row.sheetRow + 1} ${key}: ${got} ≠ ${value}`);
    }
  }
  expect(mismatches).toEqual([]);
  expect(compared).toBe(60);
  // By hand: 6,5 − 7,6 = −1,1 points; 61,5 − 60 = +1,5; the empty row now 6,5 − 5 = +1,5 (130 %);
  // 4 920 / 5 100 = 96,47 % of the new stretch; the words: Đạt, Đạt, Không đạt.
  const at = (row: number) => check.results.get(row - 1)!;
  expect(at(5).diffPoints).toBeCloseTo(-1.1, 9);
  expect(at(8).diffPoints).toBeCloseTo(1.5, 9);
  expect([at(10).pctPlan, at(10).diffPoints]).toEqual([130, 1.5]);
  expect(at(7).pctStretch).toBeCloseTo(96.4706, 3);
  expect([12, 13, 14].map((r) => at(r).verdict)).toEqual(["dat", "dat", "khong_dat"]);
  expect([at(9).verdict, at(11).verdict]).toEqual(["chua_co_so_lieu", "dat"]);
}, 240_000);

test("LibreOffice: a 6-month table with its own 'Ước thực hiện cả năm' judges a plan relative to Cùng kỳ on the 6 months", async () => {
  const workbook = new ExcelJS.Workbook();
  sheetOf(workbook, "6 thang", [
    ["UBND HUYỆN CHỢ LÁCH"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2021"],
    [],
    [
      "STT",
      "Chỉ tiêu",
      "ĐVT",
      "Kế hoạch năm 2021",
      "Thực hiện 6 tháng đầu năm 2021",
      "Ước thực hiện cả năm 2021",
      "Cùng kỳ 6 tháng năm 2020",
    ],
    [1, "Tổng doanh thu hàng hóa, dịch vụ", "tỷ đồng", 40000, 19000, 40500, 18000],
    [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 70, 140, 60],
    [3, "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 329, 150, null, 160],
    [4, "Số vụ tai nạn giao thông", "vụ", "giảm 10%", 9, 17, 10],
  ]);
  const file = path.join(work, "sau-thang.xlsx");
  await workbook.xlsx.writeFile(file);
  const { read } = findTable(await readSheets(file), DEFAULT_SETTINGS, file);
  const check = checkTable(read, DEFAULT_SETTINGS);
  const plan = computePlan(read, DEFAULT_SETTINGS);
  const sheet = workbook.worksheets[0]!;
  for (const block of plan.blocks)
    block.contents.forEach((line, dr) =>
      line.forEach((content, dc) => {
        if (typeof content === "string" && content.startsWith("="))
          sheet.getCell(block.row + dr + 1, block.col + dc + 1).value = { formula: content.slice(1) };
      }),
    );
  await workbook.xlsx.writeFile(file);
  const lo = recalculated(file, work);
  // By hand: 40 500 ≥ 40 000 Vượt; 140 < 150 Không đạt; 150 × 2 = 300 < 329 behind; accidents:
  // 10 × 0,9 = 9 in 6 months, and 9 it is (the year's 17 is not held to a 6-month plan).
  const verdicts = [5, 6, 7, 8].map((r) => check.results.get(r - 1)!.verdict);
  expect(verdicts).toEqual(["vuot", "khong_dat", "cham_tien_do", "dat"]);
  expect([5, 6, 7, 8].map((r) => lo[r - 1]?.[plan.columns.verdict!])).toEqual(
    verdicts.map((v) => verdictLabel(v, "vi")),
  );
}, 240_000);

/**
 * A table typed into an en-US Excel by someone who writes numbers the Vietnamese way: "1.400"
 * becomes 1.4, "37.067" becomes 37.067. Figures worked by hand from DOMAIN.md.
 */
import { DEFAULT_SETTINGS, type CellValue } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

const HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Cùng kỳ"];
const check = (rows: CellValue[][]) =>
  checkTable(readTable([HEADER, ...rows], { convention: "vi" }), DEFAULT_SETTINGS);
const slips = (rows: CellValue[][]) =>
  check(rows)
    .findings.filter((f) => f.code === "thousands_slip")
    .map((f) => [f.cell?.address, f.fix?.value]);

test("seed 002's export plan '1.400' read as 1,4 beside 1 352,5 is a ×1000 slip with the fix 1 400", () => {
  // Unflagged, the row was judged Vượt at 1 352,5 / 1,4 = 96 607 % of plan; 1 352,5 / 1 400 is 96,6 %.
  const rows: CellValue[][] = [[1, "Tổng kim ngạch xuất khẩu", "triệu USD", 1.4, 1352.5, 1283]];
  expect(slips(rows)).toEqual([["D2", 1400]]);
  const finding = check(rows).findings.find((f) => f.code === "thousands_slip")!;
  expect(finding.message.vi).toBe(
    'Ô D2 (Kế hoạch của "Tổng kim ngạch xuất khẩu"): số 1,4 nhỏ hơn khoảng 1.000 lần số khác của dòng, ' +
      "nhiều khả năng là 1.400 bị Excel hiểu dấu chấm phân cách hàng nghìn thành dấu thập phân " +
      "(và bỏ các số 0 ở cuối). Bấm Sửa để đổi thành 1.400.",
  );
  expect(finding.message.en).toContain("1,4 is about 1,000 times smaller than another figure of the row");
  // A budget "4.835" (three decimals) beside 4 920 keeps its own message.
  expect(slips([[2, "Thu ngân sách", "tỷ đồng", 4.835, 4920, 4603]])).toEqual([["D2", 4835]]);
});

test("only the small figure of the pair, never beside a slip, and never a whole number", () => {
  // The count "300.001" is the slip; 0,3 beside it (1 000 times smaller than a slip) is not one.
  expect(slips([[1, "Lao động có việc làm", "người", 0.3, 300.001, 1]])).toEqual([["E2", 300001]]);
  // Plan 1 beside 1 001: a whole number may be meant as it is.
  expect(slips([[1, "Doanh thu", "tỷ đồng", 1, 1001, 950]])).toEqual([]);
  // 1,25 beside 2,1: nothing 1 000 times larger.
  expect(slips([[1, "Tỷ lệ hộ nghèo", "%", 1.25, 2.1, 1.8]])).toEqual([]);
});

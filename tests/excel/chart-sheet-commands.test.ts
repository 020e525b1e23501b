/**
 * From the chart sheet Tạo biểu đồ made, Tạo báo cáo and Kiểm tra work on the table it was made
 * from. Its data block has the canonical headers and read as a table of its own: a fresh table
 * judged 8/11 was reported as "Đạt và vượt 7/10" from there. Figures by hand from DOMAIN.md.
 */
import { buildReport, computeActiveSheet, createCharts, validateActiveSheet } from "../../src/excel";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/model";
import { SHEET, workbookPerTest, type Row } from "./helpers";

const S: Settings = DEFAULT_SETTINGS;

/** Seed 000's city in an office's words: two rows without a plan, plans as phrases, no Chiều. */
const ROWS: Row[] = [
  { name: "Tổng doanh thu hàng hóa, dịch vụ", unit: "tỷ đồng", plan: null, actual: 37067, prior: 34864 },
  {
    name: "Giá trị sản xuất công nghiệp - xây dựng",
    unit: "tỷ đồng",
    plan: null,
    actual: 6794.12,
    prior: 6392.4,
  },
  { name: "Doanh nghiệp thành lập mới", unit: "doanh nghiệp", plan: 150, actual: 176, prior: 160 },
  { name: "Thu ngân sách trên địa bàn", unit: "tỷ đồng", plan: 329, actual: 562, prior: 472 },
  { name: "Khối lượng thanh toán đầu tư hạ tầng", unit: "tỷ đồng", plan: 221.6, actual: 215, prior: 154.7 },
  { name: "Tỷ lệ hộ nghèo", unit: "%", plan: "dưới 4%", actual: 3.5, prior: 4.2 },
  { name: "Tạo việc làm mới", unit: "lao động", plan: 1800, actual: 1750, prior: 1700 },
  { name: "Số vụ tai nạn giao thông", unit: "vụ", plan: "giảm 10%", actual: 22, prior: 20 },
];

const book = workbookPerTest();

test("Tạo báo cáo and Kiểm tra from the chart sheet speak of the table: đạt và vượt 3/6, not the chart data's", async () => {
  const wb = book(ROWS);
  await computeActiveSheet(S);
  const charts = await createCharts(S);
  // Tạo biểu đồ leaves its own sheet active, as a person then sees it.
  expect(wb.state.activeSheet.name).toBe(charts.sheetName);
  expect(charts.sheetName).not.toBe(SHEET);

  // Judged: firms 117,33 % Vượt, budget 170,82 % Vượt, payments 97,02 % Không đạt, 3,5 < 4 Vượt,
  // jobs 97,22 % Không đạt, accidents 22 > 20 × 0,9 = 18 Không đạt: 3/6; revenue and industry
  // have no plan.
  const report = await buildReport(S, "vi");
  expect(report.sheetName).toBe(SHEET);
  expect(report.summary).toMatchObject({ reached: 3, total: 6, noTarget: 2 });
  expect(report.report.overall).toMatch(
    /^Tổng cộng: đạt và vượt 3\/6 chỉ tiêu; 2 chỉ tiêu không giao kế hoạch/,
  );

  const checked = await validateActiveSheet(S);
  expect(checked.summary).toMatchObject({ reached: 3, total: 6, noTarget: 2 });
});

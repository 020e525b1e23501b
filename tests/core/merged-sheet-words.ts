/**
 * What core says a merged sheet's Đánh giá cells and summary lines should show, for the tests that
 * recalculate that sheet (HyperFormula in tests/core, LibreOffice in tests/cli), and the wards' table
 * they merge (seed 004's kinds of row; the figures are invented).
 */
import { verdictLabel } from "../../src/core/compute";
import { checkMerged, type MergeResult } from "../../src/core/merge";
import type { CellValue, Lang, Settings } from "../../src/core/model";
import { summaryText } from "../../src/core/summary";
import { NOT_COMBINED_LABEL } from "../../src/core/summary-text";

/**
 * Each row's label (Không tổng hợp được where checkMerged counts it apart) and the summary lines.
 * The sheet's lines, as every table's, leave rows without data or without a target to the report:
 * those parts of core's sentence are not compared.
 */
export function mergedSheetWords(result: MergeResult, settings: Settings) {
  const lang: Lang = settings.language;
  const check = checkMerged(result, settings, lang);
  const label = (sheetRow: number): string =>
    check.notCombined?.has(sheetRow) === true
      ? NOT_COMBINED_LABEL[lang]
      : verdictLabel(check.results.get(sheetRow)!.verdict, lang);
  const line = (s: Parameters<typeof summaryText>[0]) => summaryText({ ...s, noData: 0, noTarget: 0 }, lang);
  return { check, label, overall: line(check.summary), groups: check.summary.groups.map(line) };
}

/** One ward's table: firms and budget add up; "điểm" is not known to add; each ward its own poverty limit. */
export function wardTable(name: string, poverty: string, drugPoints: number | null): CellValue[][] {
  return [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021"],
    [`Đơn vị: ${name}`],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Loại", "Chiều", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
    ["I", "Kinh tế"],
    [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", "Số lượng", "Tăng", 50, 61, 45],
    [2, "Thu ngân sách trên địa bàn", "tỷ đồng", "Số lượng", "Tăng", 120.5, 118, 110],
    ["II", "Văn hóa – xã hội"],
    [1, "Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "Giảm", poverty, 1.4, 1.9],
    ["III", "Quốc phòng – an ninh"],
    [1, "Điểm, tụ điểm ma túy", "điểm", "Số lượng", "Giảm", "không quá 3", drugPoints, 3],
  ];
}

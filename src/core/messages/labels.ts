import type { ColumnKey, Text } from "../model";

/** Column names as the sheet's headers usually say them, for every message that names a column. */
export const COLUMN_LABELS: Record<ColumnKey, Text> = {
  stt: { vi: "STT", en: "No." },
  name: { vi: "Chỉ tiêu", en: "Indicator" },
  unit: { vi: "Đơn vị", en: "Unit" },
  kind: { vi: "Loại", en: "Kind" },
  direction: { vi: "Chiều", en: "Direction" },
  plan: { vi: "Kế hoạch", en: "Plan" },
  stretch: { vi: "Phấn đấu", en: "Stretch target" },
  actual: { vi: "Thực hiện", en: "Actual" },
  prior: { vi: "Cùng kỳ", en: "Prior year" },
  reportedPct: { vi: "% báo cáo", en: "Reported %" },
  note: { vi: "Ghi chú", en: "Note" },
  pctPlan: { vi: "% KH", en: "% of plan" },
  pctStretch: { vi: "% Phấn đấu", en: "% of stretch" },
  pctPrior: { vi: "% CK", en: "% of prior year" },
  changePct: { vi: "Tăng/giảm so CK", en: "Change vs prior year" },
  diffPoints: { vi: "Chênh lệch (điểm %)", en: "Difference (points)" },
  verdict: { vi: "Đánh giá", en: "Verdict" },
  yearEstimate: { vi: "Ước thực hiện cả năm", en: "Full-year estimate" },
  priorYear: { vi: "Thực hiện cả năm trước", en: "Prior full year" },
};

/** The label of a message's `column` parameter; empty for an unknown one. */
export function columnLabel(column: unknown): Text {
  return (COLUMN_LABELS as Record<string, Text>)[String(column ?? "")] ?? { vi: "", en: "" };
}

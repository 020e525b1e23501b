/**
 * How periods are named, and the message for a term asked of a table that is not one: types only,
 * so the pane's first chunk (sheet bar, settings) can say them without period.ts's judging logic.
 */
import type { Lang, Period, Text } from "./model";

/** How a period is named in sentences: "9 tháng" / "9 months". */
export const PERIOD_NAMES: Record<Period, Text> = {
  "3_thang": { vi: "Quý I", en: "First quarter" },
  "6_thang": { vi: "6 tháng", en: "6 months" },
  "9_thang": { vi: "9 tháng", en: "9 months" },
  nam: { vi: "Năm", en: "Year" },
  nhiem_ky: { vi: "Nhiệm kỳ", en: "Term" },
};

export function periodName(period: Period, lang: Lang): string {
  return PERIOD_NAMES[period][lang];
}

/** Said when Nhiệm kỳ is set (pane, --period term) on a table that is not a term table. */
export const NOT_A_TERM_TABLE: Text = {
  vi: "Kỳ báo cáo được đặt là Nhiệm kỳ nhưng bảng này không phải bảng theo dõi nhiệm kỳ (cần cột mục tiêu nhiệm kỳ, cột năm gốc và các cột năm như “Thực hiện 2021”, “TH 2022”). Hãy chọn kỳ khác (hoặc để tự nhận theo bảng), hoặc dùng mẫu “nhiem-ky”.",
  en: "The period is set to Term but this table is not a term table (it needs a term target column, a base year column and one column per year such as “Thực hiện 2021”, “TH 2022”). Choose another period (or let it follow the table), or use the “nhiem-ky” template.",
};

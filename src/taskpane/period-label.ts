import type { Lang, Period } from "../core/model";
import { periodName } from "../core/period-names";
import type { Catalogue } from "./i18n";

/** A period as the pane names it: "Cả năm", "9 tháng", "Quý I (3 tháng)", "Nhiệm kỳ". */
export function periodLabel(period: Period, t: Catalogue, lang: Lang): string {
  if (period === "nam") return t.periodYear;
  if (period === "3_thang") return t.periodQuarter;
  return periodName(period, lang);
}

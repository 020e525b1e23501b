/**
 * The summary sentence: "Đạt và vượt 6/14 chỉ tiêu" / "6 of 14 targets reached or exceeded". One
 * function for the report, the CLI and the pane's headline; types only, so the pane's first chunk
 * takes it without the verdict logic.
 */
import type { GroupSummary, Lang, Verdict } from "./model";

/**
 * What a merged row is when every unit gave its figure and the merge could not make them one
 * (merge.ts notCombined): said in the Đánh giá cell, the CLI's list and, lower case, the summary.
 */
export const NOT_COMBINED_LABEL = { vi: "Không tổng hợp được", en: "Not combined" } as const;

/** "1 of 1 target", "2 of 3 targets": English counts agree with their noun. */
const targetsOf = (total: number): string => (total === 1 ? "target" : "targets");

/** What is counted apart from x/y: "; 2 chỉ tiêu không giao kế hoạch; 1 chỉ tiêu chưa có số liệu". */
export function apartText(
  s: { noData: number; noTarget?: number; notCombined?: number },
  lang: Lang,
): string {
  const noTarget = s.noTarget ?? 0;
  const notCombined = s.notCombined ?? 0;
  const parts: string[] = [];
  if (lang === "vi") {
    if (noTarget > 0) parts.push(`${noTarget} chỉ tiêu không giao kế hoạch`);
    if (notCombined > 0) parts.push(`${notCombined} chỉ tiêu ${NOT_COMBINED_LABEL.vi.toLowerCase()}`);
    if (s.noData > 0) parts.push(`${s.noData} chỉ tiêu chưa có số liệu`);
  } else {
    if (noTarget > 0) parts.push(`${noTarget} without a target`);
    if (notCombined > 0)
      parts.push(
        `${notCombined} ${notCombined === 1 ? "indicator" : "indicators"} ${NOT_COMBINED_LABEL.en.toLowerCase()}`,
      );
    if (s.noData > 0) parts.push(`${s.noData} without data`);
  }
  return parts.map((p) => `; ${p}`).join("");
}

/**
 * The sentence a report uses: "Đạt và vượt 6/14 chỉ tiêu" / "6 of 14 targets reached or exceeded",
 * then what is counted apart. When rows were judged on progress (a partial period), rows on track
 * count with the reached ones and the sentence says so, keeping the "Đạt và vượt" an office (and
 * readTable) knows: "Đạt và vượt hoặc đúng tiến độ 5/7 chỉ tiêu (2 chỉ tiêu đã đạt kế hoạch năm)".
 */
export function summaryText(
  s: Pick<GroupSummary, "reached" | "total" | "noData"> & {
    noTarget?: number;
    notCombined?: number;
    byVerdict?: Record<Verdict, number>;
    term?: true;
  },
  lang: Lang,
): string {
  if (s.term === true) return termSummaryText(s, lang);
  const onTrack = s.byVerdict?.dung_tien_do ?? 0;
  if (onTrack + (s.byVerdict?.cham_tien_do ?? 0) > 0) {
    const x = s.reached + onTrack;
    const progress =
      lang === "vi"
        ? `Đạt và vượt hoặc đúng tiến độ ${x}/${s.total} chỉ tiêu (${s.reached} chỉ tiêu đã đạt kế hoạch năm)`
        : `${x} of ${s.total} ${targetsOf(s.total)} reached, exceeded or on track (${s.reached} already at the annual plan)`;
    return `${progress}${apartText(s, lang)}`;
  }
  const head =
    lang === "vi"
      ? `Đạt và vượt ${s.reached}/${s.total} chỉ tiêu`
      : `${s.reached} of ${s.total} ${targetsOf(s.total)} reached or exceeded`;
  return `${head}${apartText(s, lang)}`;
}

/**
 * A term table's line: a term target is not an annual plan, so nothing is said of "kế hoạch năm".
 * While years are left, rows on track (and any already reached) are counted: "Đúng tiến độ 3/5 chỉ
 * tiêu nhiệm kỳ"; once every judged row is at the term's end: "Đạt và vượt 3/5 chỉ tiêu nhiệm kỳ".
 */
export function termSummaryText(
  s: Pick<GroupSummary, "reached" | "total" | "noData"> & {
    noTarget?: number;
    byVerdict?: Record<Verdict, number>;
  },
  lang: Lang,
): string {
  const onTrack = s.byVerdict?.dung_tien_do ?? 0;
  const running = onTrack + (s.byVerdict?.cham_tien_do ?? 0) > 0;
  const x = s.reached + onTrack;
  const head = running
    ? lang === "vi"
      ? `Đúng tiến độ ${x}/${s.total} chỉ tiêu nhiệm kỳ`
      : `${x} of ${s.total} term ${targetsOf(s.total)} on track`
    : lang === "vi"
      ? `Đạt và vượt ${x}/${s.total} chỉ tiêu nhiệm kỳ`
      : `${x} of ${s.total} term ${targetsOf(s.total)} reached or exceeded`;
  return `${head}${apartText(s, lang)}`;
}

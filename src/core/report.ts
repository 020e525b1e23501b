/**
 * Report text: the paragraphs a resolution report carries, decided from a checked table.
 * Per indicator "… ước đạt 37.067 tỷ đồng, tăng 6,32% so với cùng kỳ, đạt 117,33% kế hoạch",
 * per group and overall "đạt và vượt x/y chỉ tiêu", and the targets not reached, by name.
 */
import { effectiveDirection, isJudged, isMissed, isPointsKind } from "./compute";
import type {
  GroupSummary,
  IndicatorGroup,
  IndicatorRow,
  Lang,
  NumberConvention,
  Period,
  RowResult,
  Summary,
  TableCheck,
  Target,
  Text,
  Verdict,
} from "./model";
import { formatNumber } from "./numbers";
import { PROJECTION_NAMES, isPartial, periodName, priorFullYear } from "./period";
import { summaryText } from "./summary";
import { NOT_COMBINED_LABEL } from "./summary-text";
import { termSentence } from "./term";
import { displayName } from "./display-name";
import { figureWithUnit, formatInUnit } from "./unit-figure";

export interface GroupReport {
  name: string;
  /** One sentence per indicator, in table order. */
  sentences: string[];
  /** "Nhóm Kinh tế: đạt và vượt 5/7 chỉ tiêu; chưa đạt: …" */
  conclusion: string;
}

export interface ReportText {
  title: string;
  groups: GroupReport[];
  /** The closing paragraph: overall x/y, the targets not reached, the rows without data. */
  overall: string;
}

interface Words {
  estimate: string;
  actual: string;
  up: string;
  down: string;
  vsPrior: string;
  ofPlan: string;
  /** The share of the stretch target (Phấn đấu): "mức phấn đấu" / "of the stretch target". */
  ofStretch: string;
  /** "bằng cùng kỳ" / "level with the same period last year". */
  equalPrior: string;
  points: string;
  /** A rate's gap to its plan, in each language's order: "cao hơn kế hoạch 1,5 điểm %" / "1.5 points above plan". */
  planGap: (above: boolean, points: string) => string;
  onPlan: string;
  noData: string;
  /** A merged row whose units' figures could not be combined (merge.ts). */
  notCombined: string;
  planNotCombined: string;
  verdict: Record<Verdict, string>;
  group: string;
  notReached: string;
  basic: string;
  overall: string;
  planIs: string;
}

const WORDS: Record<Lang, Words> = {
  vi: {
    estimate: "ước đạt",
    actual: "đạt",
    up: "tăng",
    down: "giảm",
    vsPrior: "so với cùng kỳ",
    ofPlan: "kế hoạch",
    ofStretch: "mức phấn đấu",
    equalPrior: "bằng cùng kỳ",
    points: "điểm %",
    planGap: (above, points) => `${above ? "cao hơn" : "thấp hơn"} kế hoạch ${points} điểm %`,
    onPlan: "bằng kế hoạch",
    noData: "chưa có số liệu",
    notCombined: NOT_COMBINED_LABEL.vi.toLowerCase(),
    planNotCombined: "kế hoạch không tổng hợp được",
    verdict: {
      vuot: "vượt chỉ tiêu",
      dat: "đạt chỉ tiêu",
      co_ban_dat: "cơ bản đạt chỉ tiêu",
      khong_dat: "không đạt chỉ tiêu",
      chua_co_so_lieu: "chưa có số liệu",
      khong_giao_ke_hoach: "không giao kế hoạch",
      dung_tien_do: "đúng tiến độ",
      cham_tien_do: "chậm tiến độ",
    },
    group: "Nhóm",
    notReached: "chưa đạt",
    basic: "cơ bản đạt",
    overall: "Tổng cộng",
    planIs: "kế hoạch",
  },
  en: {
    estimate: "estimated at",
    actual: "reached",
    up: "up",
    down: "down",
    vsPrior: "on the same period last year",
    ofPlan: "of plan",
    ofStretch: "of the stretch target",
    equalPrior: "level with the same period last year",
    points: "points",
    planGap: (above, points) => `${points} points ${above ? "above" : "below"} plan`,
    onPlan: "on plan",
    noData: "no data yet",
    notCombined: NOT_COMBINED_LABEL.en.toLowerCase(),
    planNotCombined: "plan not combined",
    verdict: {
      vuot: "target exceeded",
      dat: "target reached",
      co_ban_dat: "target mostly reached",
      khong_dat: "target not reached",
      chua_co_so_lieu: "no data yet",
      khong_giao_ke_hoach: "no target set",
      dung_tien_do: "on track",
      cham_tien_do: "behind schedule",
    },
    group: "Group",
    notReached: "not reached",
    basic: "mostly reached",
    overall: "Overall",
    planIs: "plan",
  },
};

function num(value: number, convention: NumberConvention, decimals = 2): string {
  return formatNumber(value, convention, decimals);
}

const withUnit = (value: number, unit: string, convention: NumberConvention): string =>
  figureWithUnit(value, unit, convention);

/** The plan as the resolution words it: "dưới 4%", "6,6–6,8%", "150 doanh nghiệp". */
export function planPhrase(
  target: Target,
  row: IndicatorRow,
  lang: Lang,
  convention: NumberConvention,
): string {
  const u = (v: number) => withUnit(v, row.unit, convention);
  const vi = lang === "vi";
  switch (target.kind) {
    case "value":
      return u(target.value);
    case "range":
      return `${formatInUnit(target.lo, row.unit, convention)}–${u(target.hi)}`;
    case "limit": {
      const word =
        target.side === "upper"
          ? target.inclusive
            ? vi
              ? "không quá"
              : "at most"
            : vi
              ? "dưới"
              : "below"
          : target.inclusive
            ? vi
              ? "ít nhất"
              : "at least"
            : vi
              ? "trên"
              : "above";
      return `${word} ${u(target.bound)}`;
    }
    case "approx":
      return `${vi ? "khoảng" : "about"} ${u(target.value)}`;
    case "relative": {
      const dir = target.change < 0 ? (vi ? "giảm" : "down") : vi ? "tăng" : "up";
      const to = target.changeTo === undefined ? "" : `–${num(Math.abs(target.changeTo), convention)}`;
      const unit = target.points ? (vi ? " điểm %" : " percentage points") : "%";
      return vi
        ? `${dir} ${num(Math.abs(target.change), convention)}${to}${unit} so với cùng kỳ`
        : `${dir} ${num(Math.abs(target.change), convention)}${to}${unit} on the prior year`;
    }
    case "all":
      return "100%";
    case "yesno":
      return vi ? "hoàn thành" : "completed";
  }
}

/** "Ước" in the note ("Ước thực hiện", "ước", "số ước"), as a word: the figure is an estimate. */
const ESTIMATE_NOTE = /(^|[^\p{L}])(ước|estimated?)([^\p{L}]|$)/iu;

/** The actual is an estimate: the header said "Ước TH" or the row's Ghi chú says "ước". */
export function isEstimate(row: IndicatorRow): boolean {
  return row.estimate || ESTIMATE_NOTE.test(row.note.normalize("NFC"));
}

/**
 * Against the prior year: a rate in điểm % (4,2% → 3,8% is "giảm 0,4 điểm %"), anything else as a %
 * change ("tăng 6,32%"); null when there is nothing to say.
 */
function priorPhrase(
  row: IndicatorRow,
  result: RowResult,
  actual: number,
  w: Words,
  convention: NumberConvention,
  base: number | null = row.prior,
  vs: string = w.vsPrior,
): string | null {
  if (isPointsKind(row) && base !== null) {
    const d = actual - base;
    if (Math.abs(d) < 0.5 * 10 ** -2) return null;
    return `${d < 0 ? w.down : w.up} ${num(Math.abs(d), convention)} ${w.points} ${vs}`;
  }
  if (result.changePct === null) return null;
  const dir = result.changePct < 0 ? w.down : w.up;
  return `${dir} ${num(Math.abs(result.changePct), convention)}% ${vs}`;
}

/**
 * Where % CK compares the year's estimate with the prior full year (period.ts
 * comparesYearEstimate): "ước cả năm đạt 11.500 tỷ đồng, tăng 4,55% so với năm 2024" / "full-year
 * estimate 11,500 tỷ đồng, up 4.55% on 2024"; the year before the reported one, "năm trước" when
 * the table names no year. Null without an estimate.
 */
function yearEstimatePhrase(
  row: IndicatorRow,
  result: RowResult,
  lang: Lang,
  convention: NumberConvention,
  priorYear: number | null,
): string | null {
  const est = row.yearEstimate ?? null;
  if (est === null) return null;
  const vi = lang === "vi";
  const year = priorYear === null ? (vi ? "năm trước" : "the prior year") : `${vi ? "năm " : ""}${priorYear}`;
  const vs = vi ? `so với ${year}` : `on ${year}`;
  const change = priorPhrase(row, result, est, WORDS[lang], convention, row.priorYear ?? null, vs);
  // "đạt" would be odd for what a resolution wants less of (figureLead): "ước cả năm 280 hộ".
  const lower = effectiveDirection(row) === "down" && !isPointsKind(row);
  const lead = vi ? (lower ? "ước cả năm" : "ước cả năm đạt") : "full-year estimate";
  const head = `${lead} ${withUnit(est, row.unit, convention)}`;
  return change === null ? head : `${head}, ${change}`;
}

/** Units that count events ("17 vụ"): an event "xảy ra", a person or a place does not. */
const EVENT_UNITS = /^(vụ|vụ việc|vụ án|lần|cases?|incidents?)$/iu;

/**
 * The start of a sentence: "Doanh thu ước đạt 37.067 tỷ đồng" for what is achieved; "đạt" would be
 * odd for what a resolution wants less of, so a lower-is-better row takes a neutral verb: "Tai nạn
 * giao thông: ước xảy ra 17 vụ" (events), "Đảng viên bị kỷ luật: ước 12 đảng viên", "an estimated 17 vụ".
 */
function figureLead(name: string, figure: string, row: IndicatorRow, lower: boolean, lang: Lang): string {
  const estimate = isEstimate(row);
  if (!lower) return estimate ? `${name} ${WORDS[lang].estimate} ${figure}` : `${name}: ${figure}`;
  if (lang === "en") return estimate ? `${name}: an estimated ${figure}` : `${name}: ${figure}`;
  const verb = [estimate ? "ước" : "", EVENT_UNITS.test(row.unit.trim().normalize("NFC")) ? "xảy ra" : ""]
    .filter(Boolean)
    .join(" ");
  return verb === "" ? `${name}: ${figure}` : `${name}: ${verb} ${figure}`;
}

/**
 * Against the prior year for a lower-is-better count, as offices write it: the change in the row's
 * unit, then in % ("giảm 3 vụ (-15%) so với cùng kỳ"); rates keep their điểm %.
 */
function lowerPriorPhrase(
  row: IndicatorRow,
  result: RowResult,
  actual: number,
  w: Words,
  convention: NumberConvention,
): string | null {
  if (isPointsKind(row) || row.prior === null || result.changePct === null)
    return priorPhrase(row, result, actual, w, convention);
  const d = actual - row.prior;
  const pct = result.changePct;
  if (d === 0) return `${w.equalPrior}`;
  const signed = `${pct < 0 ? "-" : "+"}${num(Math.abs(pct), convention)}%`;
  return `${d < 0 ? w.down : w.up} ${withUnit(Math.abs(d), row.unit, convention)} (${signed}) ${w.vsPrior}`;
}

/** One sentence for one indicator. */
export function indicatorSentence(
  row: IndicatorRow,
  result: RowResult,
  lang: Lang,
  convention: NumberConvention,
  notCombined?: Text,
  priorYear: number | null = null,
): string {
  const w = WORDS[lang];
  const name = displayName(row);
  // A merged row whose units' figures could not be made one: said so, with why, never "chưa có số liệu".
  if (notCombined !== undefined) {
    const why = `${w.notCombined} (${notCombined[lang]})`;
    if (row.actual === null && row.actualYesNo === null) return `${name}: ${why}.`;
    return `${indicatorSentence(row, result, lang, convention, undefined, priorYear).replace(/\.$/, "")}, ${w.planNotCombined} (${notCombined[lang]}).`;
  }
  // A term row: where its path stands ("bình quân 3 năm tăng 7,29%/năm; cần 7,82%/năm …").
  if (result.term !== undefined) return `${name}: ${termSentence(result.term, row.unit, lang, convention)}.`;
  if (row.actual === null && row.actualYesNo === null) {
    return `${name}: ${w.noData}.`;
  }
  const parts: string[] = [];
  if (row.actualYesNo !== null) {
    parts.push(`${name}: ${w.verdict[result.verdict]}`);
    return `${parts.join(", ")}.`;
  }
  const actual = row.actual as number;
  if (result.period !== undefined && isPartial(result.period)) {
    return partialSentence(row, result, result.period, lang, convention, priorYear);
  }
  // Lower-is-better rows: say the limit, so "vượt" reads right ("12 vụ, vượt chỉ tiêu (không quá 15 vụ)").
  const lowerIsBetter = effectiveDirection(row) === "down";
  const figure = withUnit(actual, row.unit, convention);
  parts.push(figureLead(name, figure, row, lowerIsBetter, lang));
  const vsPrior = lowerIsBetter
    ? lowerPriorPhrase(row, result, actual, w, convention)
    : priorPhrase(row, result, actual, w, convention);
  if (vsPrior !== null) parts.push(vsPrior);
  if (isPointsKind(row) && result.diffPoints !== null) {
    const d = result.diffPoints;
    parts.push(Math.abs(d) < 1e-9 ? w.onPlan : w.planGap(d > 0, num(Math.abs(d), convention)));
  } else if (result.pctPlan !== null && !lowerIsBetter) {
    // With a stretch target (Phấn đấu) both shares are said: "đạt 102,3% kế hoạch, 98,9% mức phấn đấu".
    const stretch =
      result.pctStretch !== null && result.pctStretch !== undefined
        ? `, ${num(result.pctStretch, convention)}% ${w.ofStretch}`
        : "";
    parts.push(`${w.actual} ${num(result.pctPlan, convention)}% ${w.ofPlan}${stretch}`);
  }
  const planText = row.target ? planPhrase(row.target, row, lang, convention) : null;
  // With a figure but nothing to judge it against, the sentence just states the figure.
  if (isJudged(result.verdict)) {
    const verdict = w.verdict[result.verdict];
    parts.push(
      planText && (lowerIsBetter || isPointsKind(row)) ? `${verdict} (${w.planIs} ${planText})` : verdict,
    );
  }
  return `${parts.join(", ")}.`;
}

/** Names of the rows with this verdict test, in table order. */
function namesWhere(
  rows: readonly IndicatorRow[],
  check: TableCheck,
  test: (v: Verdict) => boolean,
): string[] {
  return rows
    .filter((r) => {
      const v = check.results.get(r.sheetRow)?.verdict;
      return v !== undefined && test(v);
    })
    .map((r) => displayName(r));
}

/**
 * "đạt và vượt 5/7 chỉ tiêu; cơ bản đạt: A; chưa đạt: B, C": Cơ bản đạt rows are named apart from
 * the rows not reached, so a row is never said to be both; nothing is said of an empty list.
 */
function tally(
  head: Pick<GroupSummary, "reached" | "total" | "noData" | "noTarget" | "notCombined">,
  rows: readonly IndicatorRow[],
  check: TableCheck,
  lang: Lang,
): string {
  const w = WORDS[lang];
  const basic = namesWhere(rows, check, (v) => v === "co_ban_dat");
  const missed = namesWhere(rows, check, isMissed);
  const parts = [summaryText(head, lang)];
  if (basic.length > 0) parts.push(`${w.basic}: ${basic.join(", ")}`);
  if (missed.length > 0) parts.push(`${w.notReached}: ${missed.join(", ")}`);
  // A merged table's rows not combined, each with why: "không tổng hợp được: A (đơn vị "điểm" …)".
  const apart = rows.flatMap((r) => {
    const why = check.notCombined?.get(r.sheetRow);
    return why === undefined ? [] : [`${displayName(r)} (${why[lang]})`];
  });
  if (apart.length > 0) parts.push(`${w.notCombined}: ${apart.join(", ")}`);
  return parts.join("; ");
}

const lowerFirst = (text: string, lang: Lang): string =>
  lang === "vi" ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/** "in the first 9 months": the English phrase of a partial period, placed after the figure. */
const PERIOD_IN_EN: Partial<Record<Period, string>> = {
  "3_thang": "in the first quarter",
  "6_thang": "in the first 6 months",
  "9_thang": "in the first 9 months",
};

/**
 * A row of a partial period: "Doanh thu: 9 tháng ước đạt 76,74% kế hoạch năm (33 tỷ đồng), tăng
 * 6,02% so với cùng kỳ, đúng tiến độ; dự kiến cả năm 44 tỷ đồng (theo tỷ lệ thời gian)."
 */
function partialSentence(
  row: IndicatorRow,
  result: RowResult,
  period: Period,
  lang: Lang,
  convention: NumberConvention,
  priorYear: number | null,
): string {
  const vi = lang === "vi";
  const w = WORDS[lang];
  const actual = row.actual as number;
  const figure = withUnit(actual, row.unit, convention);
  const when = periodName(period, lang);
  // English puts the period after what was reached: "reached 76.74% of the annual plan in the first 9 months".
  const inPeriod = PERIOD_IN_EN[period] ?? "";
  const reach = row.estimate ? w.estimate : w.actual;
  const parts: string[] = [];
  const flowOfPlan = result.pctPlan !== null && !isPointsKind(row) && effectiveDirection(row) === "up";
  if (flowOfPlan) {
    const pct = `${num(result.pctPlan as number, convention)}%`;
    parts.push(
      vi
        ? `${displayName(row)}: ${when} ${reach} ${pct} kế hoạch năm (${figure})`
        : `${displayName(row)}: ${reach} ${pct} of the annual plan ${inPeriod} (${figure})`,
    );
  } else {
    const planText = row.target ? planPhrase(row.target, row, lang, convention) : null;
    const plan = planText === null ? "" : vi ? ` (kế hoạch năm ${planText})` : ` (annual plan ${planText})`;
    // A lower-is-better row is not "đạt" 12 vụ: "9 tháng ước xảy ra 12 vụ", "an estimated 12 vụ".
    const lower = effectiveDirection(row) === "down" && !isPointsKind(row);
    const lead = lower ? figureLead("", figure, row, true, lang).replace(/^: /, "") : `${reach} ${figure}`;
    parts.push(
      vi ? `${displayName(row)}: ${when} ${lead}${plan}` : `${displayName(row)}: ${lead} ${inPeriod}${plan}`,
    );
  }
  // % CK of the year's estimate on the prior full year is not the period's change on Cùng kỳ.
  const byYear = result.priorBasis === "yearEstimate";
  const vsPrior = byYear ? null : priorPhrase(row, result, actual, w, convention);
  if (vsPrior !== null) parts.push(vsPrior);
  if (result.verdict !== "chua_co_so_lieu") parts.push(w.verdict[result.verdict]);
  const method = result.projection ?? null;
  const projected = result.projected ?? null;
  const yearPhrase = byYear ? yearEstimatePhrase(row, result, lang, convention, priorYear) : null;
  const tail =
    yearPhrase !== null
      ? `; ${yearPhrase}`
      : method !== null && method !== "level" && projected !== null
        ? vi
          ? `; dự kiến cả năm ${withUnit(projected, row.unit, convention)} (${PROJECTION_NAMES[method][lang]})`
          : `; projected at ${withUnit(projected, row.unit, convention)} for the year (${PROJECTION_NAMES[method][lang]})`
        : "";
  return `${parts.join(", ")}${tail}.`;
}

function groupConclusion(
  group: IndicatorGroup,
  summary: Summary,
  index: number,
  check: TableCheck,
  lang: Lang,
): string {
  const w = WORDS[lang];
  const g = summary.groups[index];
  if (!g) return "";
  const body = tally(g, group.rows, check, lang);
  // A group without a name starts its own sentence, with a capital letter.
  return group.name.trim() ? `${w.group} ${group.name.trim()}: ${lowerFirst(body, lang)}.` : `${body}.`;
}

/** The whole report, in the language asked, numbers in the workbook's convention. */
export function reportText(check: TableCheck, lang: Lang, convention: NumberConvention): ReportText {
  const w = WORDS[lang];
  const table = check.read.table;
  // One group without a name is the whole table: the overall paragraph alone concludes it.
  const ungrouped = table.groups.length === 1 && table.groups[0]?.name.trim() === "";
  const priorYear = priorFullYear(table);
  const groups = table.groups.map((group, i) => ({
    name: group.name,
    sentences: group.rows.flatMap((row) => {
      const result = check.results.get(row.sheetRow);
      return result
        ? [indicatorSentence(row, result, lang, convention, check.notCombined?.get(row.sheetRow), priorYear)]
        : [];
    }),
    conclusion: ungrouped ? "" : groupConclusion(group, check.summary, i, check, lang),
  }));
  const rows = table.groups.flatMap((g) => g.rows);
  const overall = `${w.overall}: ${lowerFirst(tally(check.summary, rows, check, lang), lang)}.`;
  return { title: table.title, groups, overall };
}

/** Plain text for copying or a .txt export: title, one paragraph per group, the conclusion. */
export function reportPlainText(report: ReportText): string {
  const blocks = [report.title.trim()].filter(Boolean);
  for (const g of report.groups) {
    const heading = g.name.trim() ? `${g.name.trim()}\n` : "";
    blocks.push(`${heading}${[...g.sentences, g.conclusion].filter(Boolean).join(" ")}`);
  }
  blocks.push(report.overall);
  return `${blocks.join("\n\n")}\n`;
}

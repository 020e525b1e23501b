/**
 * Report text: the paragraphs a resolution report carries, decided from a checked table.
 * Per indicator "… ước đạt 37.067 tỷ đồng, tăng 6,32% so với cùng kỳ, đạt 117,33% kế hoạch",
 * per group and overall "đạt và vượt x/y chỉ tiêu", and the targets not reached, by name.
 */
import { effectiveDirection, isPointsKind, isReached } from "./compute";
import type {
  IndicatorGroup,
  IndicatorRow,
  Lang,
  NumberConvention,
  Period,
  RowResult,
  Summary,
  TableCheck,
  Target,
  Verdict,
} from "./model";
import { formatNumber } from "./numbers";
import { PROJECTION_NAMES, isPartial, periodName } from "./period";
import { summaryText } from "./summary";

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
  points: string;
  abovePlan: string;
  belowPlan: string;
  onPlan: string;
  noData: string;
  verdict: Record<Verdict, string>;
  group: string;
  notReached: string;
  overall: string;
  planIs: string;
  nothing: string;
}

const WORDS: Record<Lang, Words> = {
  vi: {
    estimate: "ước đạt",
    actual: "đạt",
    up: "tăng",
    down: "giảm",
    vsPrior: "so với cùng kỳ",
    ofPlan: "kế hoạch",
    points: "điểm %",
    abovePlan: "cao hơn kế hoạch",
    belowPlan: "thấp hơn kế hoạch",
    onPlan: "bằng kế hoạch",
    noData: "chưa có số liệu",
    verdict: {
      vuot: "vượt chỉ tiêu",
      dat: "đạt chỉ tiêu",
      co_ban_dat: "cơ bản đạt chỉ tiêu",
      khong_dat: "không đạt chỉ tiêu",
      chua_co_so_lieu: "chưa có số liệu",
      dung_tien_do: "đúng tiến độ",
      cham_tien_do: "chậm tiến độ",
    },
    group: "Nhóm",
    notReached: "chưa đạt",
    overall: "Tổng cộng",
    planIs: "kế hoạch",
    nothing: "không có",
  },
  en: {
    estimate: "estimated at",
    actual: "reached",
    up: "up",
    down: "down",
    vsPrior: "on the same period last year",
    ofPlan: "of plan",
    points: "points",
    abovePlan: "above plan",
    belowPlan: "below plan",
    onPlan: "on plan",
    noData: "no data yet",
    verdict: {
      vuot: "target exceeded",
      dat: "target reached",
      co_ban_dat: "target mostly reached",
      khong_dat: "target not reached",
      chua_co_so_lieu: "no data yet",
      dung_tien_do: "on track",
      cham_tien_do: "behind schedule",
    },
    group: "Group",
    notReached: "not reached",
    overall: "Overall",
    planIs: "plan",
    nothing: "none",
  },
};

function num(value: number, convention: NumberConvention, decimals = 2): string {
  return formatNumber(value, convention, decimals);
}

function withUnit(value: number, unit: string, convention: NumberConvention): string {
  if (unit.trim() === "%") return `${num(value, convention)}%`;
  return unit.trim() ? `${num(value, convention)} ${unit.trim()}` : num(value, convention);
}

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
      return `${num(target.lo, convention)}–${u(target.hi)}`;
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
      return vi
        ? `${dir} ${num(Math.abs(target.change), convention)}% so với cùng kỳ`
        : `${dir} ${num(Math.abs(target.change), convention)}% on the prior year`;
    }
    case "all":
      return "100%";
    case "yesno":
      return vi ? "hoàn thành" : "completed";
  }
}

/** One sentence for one indicator. */
export function indicatorSentence(
  row: IndicatorRow,
  result: RowResult,
  lang: Lang,
  convention: NumberConvention,
): string {
  const w = WORDS[lang];
  const name = row.name.trim();
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
    return partialSentence(row, result, result.period, lang, convention);
  }
  // Lower-is-better rows: say the limit, so "vượt" reads right ("12 vụ, vượt chỉ tiêu (không quá 15 vụ)").
  const lowerIsBetter = effectiveDirection(row) === "down";
  const figure = withUnit(actual, row.unit, convention);
  parts.push(row.estimate ? `${name} ${w.estimate} ${figure}` : `${name}: ${figure}`);
  if (result.changePct !== null) {
    const dir = result.changePct < 0 ? w.down : w.up;
    parts.push(`${dir} ${num(Math.abs(result.changePct), convention)}% ${w.vsPrior}`);
  }
  if (isPointsKind(row) && result.diffPoints !== null) {
    const d = result.diffPoints;
    parts.push(
      Math.abs(d) < 1e-9
        ? w.onPlan
        : `${d > 0 ? w.abovePlan : w.belowPlan} ${num(Math.abs(d), convention)} ${w.points}`,
    );
  } else if (result.pctPlan !== null && !lowerIsBetter) {
    parts.push(`${w.actual} ${num(result.pctPlan, convention)}% ${w.ofPlan}`);
  }
  const planText = row.target ? planPhrase(row.target, row, lang, convention) : null;
  // With a figure but nothing to judge it against, the sentence just states the figure.
  if (result.verdict !== "chua_co_so_lieu") {
    const verdict = w.verdict[result.verdict];
    parts.push(
      planText && (lowerIsBetter || isPointsKind(row)) ? `${verdict} (${w.planIs} ${planText})` : verdict,
    );
  }
  return `${parts.join(", ")}.`;
}

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
): string {
  const vi = lang === "vi";
  const w = WORDS[lang];
  const actual = row.actual as number;
  const figure = withUnit(actual, row.unit, convention);
  const when = periodName(period, lang);
  const reach = row.estimate ? w.estimate : w.actual;
  const parts: string[] = [];
  const flowOfPlan = result.pctPlan !== null && !isPointsKind(row) && effectiveDirection(row) === "up";
  if (flowOfPlan) {
    const pct = `${num(result.pctPlan as number, convention)}%`;
    parts.push(
      vi
        ? `${row.name.trim()}: ${when} ${reach} ${pct} kế hoạch năm (${figure})`
        : `${row.name.trim()}: ${when} ${reach} ${pct} of the annual plan (${figure})`,
    );
  } else {
    const planText = row.target ? planPhrase(row.target, row, lang, convention) : null;
    const plan = planText === null ? "" : vi ? ` (kế hoạch năm ${planText})` : ` (annual plan ${planText})`;
    parts.push(`${row.name.trim()}: ${when} ${reach} ${figure}${plan}`);
  }
  if (result.changePct !== null) {
    const dir = result.changePct < 0 ? w.down : w.up;
    parts.push(`${dir} ${num(Math.abs(result.changePct), convention)}% ${w.vsPrior}`);
  }
  if (result.verdict !== "chua_co_so_lieu") parts.push(w.verdict[result.verdict]);
  const method = result.projection ?? null;
  const projected = result.projected ?? null;
  const tail =
    method !== null && method !== "level" && projected !== null
      ? `; ${vi ? "dự kiến cả năm" : "projected for the year"} ${withUnit(projected, row.unit, convention)} (${PROJECTION_NAMES[method][lang]})`
      : "";
  return `${parts.join(", ")}${tail}.`;
}

/** Listed as not reached: judged, and neither reached nor on track in a partial period. */
function isMissed(v: Verdict): boolean {
  return v !== "chua_co_so_lieu" && v !== "dung_tien_do" && !isReached(v);
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
  const missed = group.rows
    .filter((r) => {
      const v = check.results.get(r.sheetRow)?.verdict;
      return v !== undefined && isMissed(v);
    })
    .map((r) => r.name.trim());
  const label = group.name.trim() ? `${w.group} ${group.name.trim()}: ` : "";
  const head = summaryText(g, lang);
  const tail = missed.length ? `; ${w.notReached}: ${missed.join(", ")}` : "";
  return `${label}${lang === "vi" ? head.charAt(0).toLowerCase() + head.slice(1) : head}${tail}.`;
}

/** The whole report, in the language asked, numbers in the workbook's convention. */
export function reportText(check: TableCheck, lang: Lang, convention: NumberConvention): ReportText {
  const w = WORDS[lang];
  const table = check.read.table;
  const groups = table.groups.map((group, i) => ({
    name: group.name,
    sentences: group.rows.flatMap((row) => {
      const result = check.results.get(row.sheetRow);
      return result ? [indicatorSentence(row, result, lang, convention)] : [];
    }),
    conclusion: groupConclusion(group, check.summary, i, check, lang),
  }));
  const missed = table.groups.flatMap((g) =>
    g.rows.filter((r) => {
      const v = check.results.get(r.sheetRow)?.verdict;
      return v !== undefined && isMissed(v);
    }),
  );
  const overallHead = summaryText(check.summary, lang);
  const missedText = missed.length
    ? `; ${w.notReached}: ${missed.map((r) => r.name.trim()).join(", ")}`
    : `; ${w.notReached}: ${w.nothing}`;
  const overall = `${w.overall}: ${lang === "vi" ? overallHead.charAt(0).toLowerCase() + overallHead.slice(1) : overallHead}${missedText}.`;
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

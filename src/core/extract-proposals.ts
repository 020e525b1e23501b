/**
 * One figure → a draft proposal: a quantity with its name, a percentage joined to the indicator it
 * qualifies, limits ("không quá", "trở lên"), raised totals, changes on the year before.
 */
import type { IndicatorKind } from "./model";
import { isDigitOrSeparator, nthLastWhere } from "./extract-window";
import { formatPercent } from "./numbers";
import { hintsLowerIsBetter } from "./rules/text";
import type { DoubtReason } from "./extract-types";
import { asDraft, type Draft, lastOfSentence } from "./extract-drafts";
import { decimalsOf } from "./extract-row";
import { capitalize, decapitalize, escapeRe, lower, stripEdges, words } from "./extract-text";
import { MONEY } from "./extract-units";
import type { Clause } from "./extract-tense";
import type { Figure, Modifier } from "./extract-figures";
import {
  bodyDropped,
  completeGeneric,
  countedOf,
  dropSubject,
  isPlace,
  LEAD_FILLERS,
  leftName,
  MONEY_SUBJECT,
  NAME_HEAD,
  rightPhrase,
  SUBJECT_VERB,
  TAIL_FILLERS,
  VERB_BEFORE_COUNT,
} from "./extract-names";
import { RATE_HEAD } from "./extract-confidence";
import { isReportingBody } from "./extract-enterprise";
import { shareHead } from "./extract-share-of-whole";

/**
 * "Tỷ lệ hộ nghèo", "Số vụ tai nạn": the hint word leads the name. "Nhà cho hộ nghèo" is not a
 * lower-is-better figure, so only the first words are looked at.
 */
export function lowerIsBetter(name: string): boolean {
  return hintsLowerIsBetter(words(name).slice(0, 4).join(" "));
}

export const LIMIT_BEFORE =
  /(?<!\p{L})(?<!cấp\s)(không vượt quá|không quá|không dưới|không thấp hơn|không ít hơn|không cao hơn|tối đa|tối thiểu|ít nhất|dưới|trên|khoảng|xấp xỉ|từ)\s*$/u;

/**
 * False when lower(name) cannot start "kế hoạch" or "tổng kế hoạch": its second letter is no "ế"
 * or "ổ" (nor "Ế", "Ổ"). Read before lowering each draft's name for each money figure.
 */
export function mayOpenWithPlan(name: string): boolean {
  const c = name.charCodeAt(1);
  return c === 0x1ebf || c === 0x1ebe || c === 0x1ed5 || c === 0x1ed4;
}

/**
 * "Tỷ lệ … đạt 85%, trọng án 95%": the draft before is a rate ("Tỷ lệ …" in %) and only ", words"
 * stand between it and this figure, so this figure is listed after it and named from it.
 */
export function isRateListedBefore(current: Draft | null, lead: string): current is Draft {
  return (
    current !== null &&
    current.unit === "%" &&
    /^tỷ lệ\s/u.test(lower(current.name)) &&
    /^\s*,\s*[^,;:\d]+$/u.test(lead)
  );
}

/**
 * Where in `rate` ("Tỷ lệ lấp đầy khu công nghiệp Bắc Sơn") the part parallel to `part` ("khu công
 * nghiệp Nam Sơn", "hộ cận nghèo" in "Tỷ lệ hộ nghèo") starts: the first words of `part` found after
 * the rate's head, or -1.
 */
export function parallelAt(rate: string, part: string): number {
  const ws = words(lower(part));
  const find = (key: string): number => {
    if (key === "") return -1;
    const at = lower(rate).indexOf(` ${key} `);
    const atEnd = lower(rate).endsWith(` ${key}`) ? lower(rate).length - key.length - 1 : -1;
    return at > 0 ? at : atEnd;
  };
  const two = find(ws.slice(0, ws.length >= 3 ? 2 : 1).join(" "));
  // "… suy dinh dưỡng thể nhẹ cân 9,8%, thể thấp còi 17,2%": a part of three words or more whose
  // first word alone heads the last part of the rate ("thể") replaces that part.
  // Only a part as long as the one it replaces ("đơn khiếu nại" is not parallel to "đơn thư").
  if (two >= 0 || ws.length < 3) return two;
  const one = find(ws[0] ?? "");
  return one >= 0 && words(rate.slice(one)).length === ws.length ? one : -1;
}

/** "ước đạt 415 tỷ đồng": an "ước" before the figure in its clause. */
export function isEstimate(clause: Clause, f: Figure): boolean {
  return clause.estimateFrom >= 0 && clause.estimateFrom <= f.start;
}

/**
 * "… 24.395 hồ sơ, đạt 99,1%", "… 81/87 tổ chức, chiếm 93,1%": the rate of the count `current`
 * just before it, a draft of its own that keeps the count's direction.
 */
export function rateDraft(
  current: Draft,
  f: Figure,
  clause: Clause,
  name: string,
  doubts: DoubtReason[],
): Draft {
  return asDraft({
    // "Số hộ nghèo 1.214 hộ, chiếm 2,4%": the rate of the households, not of their number.
    name: name.replace(/^(Tỷ lệ)\s+số\s+(?!hóa)/iu, "$1 "),
    unit: "%",
    kind: "rate",
    // "phấn đấu có 130 xã đạt chuẩn (chiếm 79,3%)": the share of a target is a target.
    ...(current.actual === null && current.plan !== null
      ? { plan: f.value, planText: typedPlan(f, null) }
      : { actual: f.value }),
    estimate: isEstimate(clause, f),
    direction: current.direction,
    source: { start: f.start, end: f.end },
    sentence: clause.sentence,
    head: "",
    lead: "",
    increment: false,
    changeOnly: false,
    doubts,
  });
}

/**
 * "520 tỷ đồng trở lên", "5% trở xuống": a limit written after the figure, as the limit word the
 * target parser reads before it.
 */
function limitAfter(src: string, end: number): string | null {
  return boundAfter(src, end, 2);
}

/**
 * The limit a figure states: the word before it ("không quá 5%"), or after it ("520 tỷ đồng trở
 * lên"). "từ 60% hộ hội viên trở lên": "từ" opens a bound that "trở lên" closes a few words on, at
 * least 60%, which the target parser reads ("từ 60%" alone it does not).
 */
export function limitOf(src: string, window: string, end: number): string | null {
  const before = LIMIT_BEFORE.exec(lower(window))?.[1];
  if (before === "từ") return boundAfter(src, end, 5) ?? before;
  return before ?? limitAfter(src, end);
}

const BOUND_AFTER = {
  2: /^[\s%]*(?:\p{L}+\s+){0,2}?trở\s+(lên|xuống)(?!\p{L})/u,
  5: /^[\s%]*(?:\p{L}+\s+){0,5}?trở\s+(lên|xuống)(?!\p{L})/u,
} as const;

function boundAfter(src: string, end: number, wordsBetween: 2 | 5): string | null {
  const after = BOUND_AFTER[wordsBetween].exec(lower(src.slice(end, end + 60)));
  if (after === null) return null;
  return after[1] === "lên" ? "ít nhất" : "không quá";
}

/**
 * The plan as typed ("7,6%", "dưới 2,5%"), so the Kế hoạch cell reads as the resolution wrote it;
 * a scale word is already written into the figure ("trên 1,2 triệu tấn" in a "tấn" row: 1.200.000).
 */
export function typedPlan(f: Figure, limitWord: string | null): string {
  const figure = f.percent ? `${f.typed}%` : f.typed;
  // "không dưới 1.450": the Kế hoạch cell says it as the target parser reads it.
  const word =
    limitWord !== null && /^không (?:dưới|thấp hơn|ít hơn)$/u.test(limitWord) ? "ít nhất" : limitWord;
  return word === null ? figure : `${word} ${figure}`;
}

function kindOf(name: string, unit: string, growth: boolean): IndicatorKind {
  if (unit !== "%") return "quantity";
  if (growth) return "growth";
  return /cơ cấu|chiếm/u.test(lower(name)) ? "structure" : "rate";
}

/**
 * "nâng tổng số (dự án còn hiệu lực) lên", "nâng tổng số lên", "đưa số xã đạt chuẩn lên": the figure
 * after is a running total.
 */
export const RAISE = /(?:nâng|đưa)\s+(?:tổng\s+)?số\s*(.*?)\s*lên\s*$/u;

/**
 * "có thêm 3 xã đạt chuẩn …, nâng tổng số lên 9/14 xã": one indicator, the level 9 of 14, and the
 * 3 as its increase on the prior year. Returns the draft it completed, or null.
 */
export function raisedTotal(src: string, f: Figure, boundary: number, current: Draft | null): Draft | null {
  const between = lower(src.slice(boundary, f.start));
  // "số xã đạt chuẩn tăng thêm 2 xã, lên 9/17 xã": a bare "lên" right after the increment says the
  // new level as well.
  const m = RAISE.exec(between) ?? (/^\s*,\s*lên\s*$/u.test(between) ? ["", ""] : null);
  if (m === null || current === null || !current.increment || current.unit !== f.unit) return null;
  const what = stripEdges(m[1] ?? "", LEAD_FILLERS, TAIL_FILLERS);
  // A target: "phấn đấu có thêm 3 xã …, nâng tổng số lên 8/15 xã" aims at the level 8 of 15.
  if (current.actual === null) {
    if (current.plan === null) return null;
    if (what !== "") current.name = capitalize(what);
    current.plan = f.value;
    current.planText = f.typed;
    current.total = f.of;
    current.increment = false;
    current.source.end = Math.max(current.source.end, f.end);
    return current;
  }
  const delta = current.actual;
  // "nâng tổng số di tích được xếp hạng lên 148 di tích": the total names what it counts, a unit
  // read by its shape is sure there.
  if (what !== "") {
    current.name = capitalize(what);
    current.doubts = current.doubts.filter((r) => r !== "don_vi_theo_hinh_thuc");
  }
  current.actual = f.value;
  current.total = f.of;
  current.increment = false;
  const prior = f.value - delta;
  if (prior > 0) current.changePct = Number(((delta / prior) * 100).toPrecision(12));
  current.source.end = Math.max(current.source.end, f.end);
  return current;
}

/** "chỉ tiêu địa phương phấn đấu 5.000 tỷ đồng" right after a plan of the same unit. */
/**
 * "Chi cục Hải quan khu vực quản lý địa bàn Phong Nhạn làm thủ tục": an agency of four words or more
 * that ends in a proper name, before the verb, is who did it, no part of what is counted.
 */
function withoutNamedBody(said: string): string {
  const body = /^(?:\S+\s+){3,}?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?=\p{Ll})/u.exec(said);
  return body === null || words(said.slice(body[0].length)).length === 0 ? said : said.slice(body[0].length);
}

export function stretchTarget(
  src: string,
  f: Figure,
  boundary: number,
  drafts: Draft[],
  clause: Clause,
): Draft | null {
  const left = lower(src.slice(boundary, f.start));
  if (!/phấn đấu/u.test(left)) return null;
  // "…còn 22,4%; năm 2027 phấn đấu giảm còn 21,5%": a year of its own starts a later target, not the
  // stretch of the figure before.
  if (/(?<!\p{L})năm\s+(?:19|20)\d\d(?!\d)/u.test(left)) return null;
  const rest = stripEdges(
    left.replace(/chỉ tiêu|địa phương|mức|phấn đấu/gu, " ").replace(/\s+/gu, " "),
    LEAD_FILLERS,
    TAIL_FILLERS,
  );
  // "thành phố phấn đấu thu đạt 2.350 tỷ đồng": a subject and a verb, not a new indicator.
  if (words(rest).length > 3) return null;
  const last = drafts[drafts.length - 1];
  // "1,5 triệu lượt khách du lịch trở lên, phấn đấu 1,6 triệu lượt": the stretch may say only the
  // unit's first word, the rest understood.
  const unit = f.percent ? "%" : f.unit;
  const sameUnit = last !== undefined && (last.unit === unit || last.unit.startsWith(`${unit} `));
  // "đạt 8 - 8,5%/năm, phấn đấu 9%/năm": a ranged plan has its words only, no single figure.
  if (
    !last ||
    last.sentence !== clause.sentence ||
    !sameUnit ||
    last.actual !== null ||
    (last.plan === null && last.planText === null) ||
    last.stretch !== null
  )
    return null;
  return last;
}

/** "giảm 3 vụ so với cùng kỳ" → −3: a change in the figure's own unit, or null. */
export function changeBefore(src: string, f: Figure): number | null {
  const before = lower(src.slice(Math.max(0, f.start - 80), f.start));
  const verb = /(tăng|giảm)\s*$/u.exec(before)?.[1];
  if (verb === undefined) return null;
  // "giảm 3 vụ so với cùng kỳ", "giảm 11 vụ (14,86%) so với cùng kỳ", or the comparison first:
  // "so với cùng kỳ giảm 5 vụ", "so với cùng kỳ giảm 3 vụ, giảm 2 người chết", each change with its
  // % in brackets ("giảm 15 vụ (-8,38%), giảm 9 người chết (-7,09%)").
  const vsAfter = /^\s*(?:\([^()]{0,16}\)\s*)?so với/u.test(lower(src.slice(f.end, f.end + 30)));
  const vsBefore =
    /so với\s+(?:cùng kỳ|năm trước|năm \d{4})[\s,]*(?:[^\d,;.()]{1,40}?\s)?(?:(?:tăng|giảm)\s+[\d.,]+\s[^\d,;()]{1,24}(?:\s*\([^()]{0,16}\))?,\s*)*(?:tăng|giảm)\s*$/u.test(
      before,
    );
  if (!vsAfter && !vsBefore) return null;
  return verb === "giảm" ? -f.value : f.value;
}

export function absoluteChange(src: string, f: Figure, current: Draft): boolean {
  const delta = changeBefore(src, f);
  if (delta === null || current.unit !== f.unit || current.actual === null || current.changePct !== null)
    return false;
  const prior = current.actual - delta;
  if (prior === 0) return false;
  // "tăng 1.204 khách hàng so với đầu năm": a change since the start of the year is no change over
  // the prior year; it is said and taken, but gives no % CK.
  if (
    /^\s*(?:\([^()]{0,16}\)\s*)?so với\s+(?:đầu|cuối)\s+(?:năm|kỳ)/u.test(lower(src.slice(f.end, f.end + 40)))
  ) {
    current.source.end = Math.max(current.source.end, f.end);
    return true;
  }
  current.changePct = Number(((delta / Math.abs(prior)) * 100).toPrecision(12));
  current.source.end = Math.max(current.source.end, f.end);
  return true;
}

/**
 * "đạt 1.250 triệu USD, gấp 1,3 lần năm 2025": the figure as a multiple of the year before, its %
 * CK (130). A base year further back ("gấp 1,3 lần năm 2020") is no CK: the prior year is the one
 * before the latest year the paragraph names.
 */
export function timesPrior(src: string, f: Figure): number | null {
  const m =
    /^\s*,?\s*(?:tăng\s+)?gấp\s+(\d+(?:,\d+)?)\s+lần\s+(?:so với\s+)?(cùng kỳ|năm trước|năm\s+((?:19|20)\d\d))(?!\s*[-–])/u.exec(
      lower(src.slice(f.end, f.end + 50)),
    );
  if (m?.[1] === undefined) return null;
  if (m[3] !== undefined) {
    const years = [...src.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/gu)].map((y) => Number(y[0]));
    if (Number(m[3]) !== Math.max(...years) - 1) return null;
  }
  return Number((Number(m[1].replace(",", ".")) * 100).toPrecision(12));
}

/**
 * The name of the whole a part read by `partOfWhole` belongs to, when the part's unit is a generic
 * one ("người", "lượt") that would name it badly ("Nữ người"); null otherwise.
 */
function inheritedPart(
  src: string,
  f: Figure,
  clause: Clause,
  drafts: readonly Draft[],
  name: string,
): string | null {
  // A bare part is the number alone in the text ("trong đó nữ 1,1"); its unit was read elsewhere.
  if (!/^\d[\d.,]*$/u.test(src.slice(f.start, f.end)) || f.percent || name === "") return null;
  if (!/^(?:người|lượt|lượt người|trường hợp|con)$/u.test(lower(f.unit))) return null;
  const from = Math.max(0, f.start - 200);
  const at = lower(src.slice(from, f.start)).lastIndexOf("trong đó");
  if (at < 0) return null;
  const whole = [...drafts]
    .reverse()
    .find((d) => d.sentence === clause.sentence && d.unit === f.unit && d.source.end <= from + at);
  return whole === undefined || whole.name === "" ? null : whole.name;
}

/** "/căn xây mới", "/nhà sửa chữa": a verb of two words after a per-base, then the clause goes on. */
const PER_WHICH = /^\s+((?:xây|sửa|cải|nâng|làm|mua|lắp)\s+\p{L}+)(?=\s*(?:[,;.)]|\svà\s|$))/u;
const PER_WHICH_END = /\s+(?:xây|sửa|cải|nâng|làm|mua|lắp)\s+\p{L}+$/u;

/** The verbs of aid that open a list of things given ("hỗ trợ 8,2 triệu con cá giống và 960 lít …"). */
const AID_VERB = /^(hỗ trợ|cấp phát|cấp|trao tặng|trao|tặng|phát|cứu trợ)(?!\p{L})/u;

/**
 * "hỗ trợ 8,2 triệu con cá giống và 960 lít hóa chất xử lý ao nuôi cho 412 hộ": when the last thing
 * given is an item of a list whose first item carries the verb, the households were given all of it:
 * named by the verb ("Hộ được hỗ trợ"), not by the last item alone.
 */
function aidOfList(src: string, drafts: readonly Draft[], current: Draft): string | null {
  if (AID_VERB.test(lower(current.name))) return null;
  const at = drafts.lastIndexOf(current);
  const first = at > 0 ? (drafts[at - 1] as Draft) : undefined;
  if (first === undefined || first.sentence !== current.sentence) return null;
  // Listed with it: only "," or "và" between the two things given.
  if (!/^\s*(?:,|và|,\s*và)\s*$/u.test(lower(src.slice(first.source.end, current.source.start)))) return null;
  return AID_VERB.exec(lower(first.name))?.[1] ?? null;
}

/**
 * "Bệnh viện Đa khoa tỉnh Hạ Vân" → "bệnh viện": the kind of body that did it, without its own
 * name (who it is, which a table's row leaves to the report's title); a body named in lower case
 * ("bệnh viện đa khoa huyện") is a kind already.
 */
function bodyKind(body: string): string {
  const own = /^\S+(?:\s+\p{Ll}\S*)*?\s+(?=\p{Lu})/u.exec(body);
  return own === null ? body : own[0].trim();
}

export function quantityProposal(
  src: string,
  f: Figure,
  clause: Clause,
  boundary: number,
  drafts: readonly Draft[],
  current: Draft | null,
): Draft {
  const left = leftName(src, boundary, f.start);
  const window = lower(src.slice(boundary, f.start));
  // "với tổng số 128.400 thành viên": a count's generic name is completed by its own unit.
  let name =
    f.countUnit && /^tổng số$/u.test(lower(left.name))
      ? `${left.name} ${f.unit}`
      : completeGeneric(
          left.name,
          src,
          clause,
          f.start,
          drafts,
          MONEY.some((m) => lower(f.unit).includes(m)),
        );
  let start = left.name === "" ? f.start : left.start;
  // "Dự phòng ngân sách đã sử dụng 12,1 tỷ đồng": money that is the subject of the verb is the name
  // (who spent it, "Huyện đã giải ngân", is not).
  // Read from the last digit or separator on: no match runs across one (the clause's start else).
  const spentAt = Math.max(clause.start, nthLastWhere(src, clause.start, left.start, isDigitOrSeparator));
  const spentFrom = /(?:^|[,;:]\s*)([^,;:\d]{3,60}?)\s+đã\s*$/u.exec(src.slice(spentAt, left.start));
  if (
    spentFrom?.[1] !== undefined &&
    words(name).length <= 2 &&
    MONEY.some((m) => lower(f.unit).includes(m)) &&
    MONEY_SUBJECT.test(lower(spentFrom[1].trim()))
  ) {
    name = `${capitalize(spentFrom[1].trim())} đã ${decapitalize(name)}`;
    start = spentAt + spentFrom.index + spentFrom[0].indexOf(spentFrom[1]);
  }
  let end = f.end;
  let head = f.countUnit ? f.unit : "";
  const doubts: DoubtReason[] = [];
  const rawLeft = lower(src.slice(boundary, f.start)).trimEnd();
  let lead = "";
  let forWhomCounted = false;
  if (f.countUnit) {
    // "giám sát 45 tổ chức đảng, 156 đảng viên": the second count shares the first one's verb.
    const listed =
      name === "" &&
      current !== null &&
      current.lead !== "" &&
      current.unit !== f.unit &&
      /^[\s,]*(?:và\s*)?$/u.test(src.slice(current.source.end, f.start));
    if (listed) name = current.lead;
    // "2.418 cơ sở sản xuất với 11.730 lao động", "thành lập tổ công nghệ số với 1.236 thành viên":
    // the people of what was counted just before.
    // "hoàn thành 2 dự án nhà ở xã hội (864 căn)", "triển khai 5 dự án với khoảng 3.100 căn": the
    // homes of the projects just counted, in brackets right after them or after "với".
    const boxed =
      name === "" &&
      current !== null &&
      current.unit !== "%" &&
      current.unit !== f.unit &&
      /^\s*\(\s*$/u.test(src.slice(current.source.end, f.start)) &&
      /^\s*\)/u.test(src.slice(f.end, f.end + 4));
    const withWhom =
      name === "" &&
      current !== null &&
      current.sentence === clause.sentence &&
      ((/(?<!\p{L})với(?:\s+(?:khoảng|gần|hơn|trên|tổng số|tổng cộng))?\s*$/u.test(rawLeft) &&
        (rightPhrase(src, f.end, clause.end).phrase === "" ||
          WITH_WHOM_TAIL.test(lower(rightPhrase(src, f.end, clause.end).phrase)))) ||
        boxed);
    if (withWhom) {
      // "100% xã thành lập tổ công nghệ số với 1.236 thành viên": of the communes, not of their rate.
      // "… đang triển khai" says which projects, when the count before was named by its verb.
      // "khởi công mới 3 dự án với 2.356 căn": "mới" after the verb is still the verb's.
      const verb = VERB_BEFORE_COUNT.test(lower(current.lead).replace(/\s+(?:mới|thêm)$/u, ""))
        ? ` ${decapitalize(current.lead)}`
        : "";
      const counted = decapitalize(countedOf(current)).replace(/^tỷ lệ\s+/u, "");
      // "3 vụ ngộ độc thực phẩm với 94 người mắc": what befell the people is the incidents'.
      const befell = WITH_WHOM_TAIL.exec(lower(rightPhrase(src, f.end, clause.end).phrase))?.[1];
      name =
        befell !== undefined && lower(current.unit) === "vụ"
          ? `Số ${f.unit} ${befell} ${counted.replace(/^(?:số\s+)?vụ\s+/u, "")}`
          : `${f.unit}${doubledNoun(src, f.end, f.unit)} của ${counted}${verb}`;
      // "Dân số xã … là 12.709 người với 3.517 hộ": the households the people live in, not theirs.
      if (/^dân số(?!\p{L})/u.test(lower(current.name)) && lower(f.unit) === "hộ") name = "Số hộ";
      // "Xã … có 9 bản với 1.126 hộ": the households of the place, not of its hamlets.
      if (
        /^(?:thôn|bản|ấp|tổ dân phố|khu phố|xã|phường)$/u.test(lower(current.unit)) &&
        befell === undefined &&
        /(?:^|,)\s*(?:xã|phường|thị trấn|huyện|quận|thị xã)\s+\p{Lu}[\p{L}\s]*?\s+có\s+\d/iu.test(
          src.slice(clause.start, f.start),
        )
      )
        name = `Số ${f.unit}`;
      // "642 trường học với 11.830 lớp": the classes a school system is counted in are its classes
      // ("Lớp học"), not a part of the schools' name; so are its pupils and teachers. Named by
      // their own unit, from no other clause: no doubt for it.
      if (
        /^(?:trường|trường học|điểm trường|cơ sở giáo dục)$/u.test(lower(current.unit)) &&
        /^(?:lớp|học sinh|giáo viên|trẻ)$/u.test(lower(f.unit))
      )
        name = lower(f.unit) === "lớp" ? "Lớp học" : capitalize(lower(f.unit));
      else doubts.push("ten_ghep_tu_menh_de_khac");
    }
    // "326 sản phẩm OCOP còn hiệu lực của 187 chủ thể": the owners of what was just counted, named
    // by the thing they own (its predicate left out): "Chủ thể sản phẩm OCOP".
    if (
      !withWhom &&
      current !== null &&
      current.sentence === clause.sentence &&
      current.unit !== "%" &&
      current.unit !== f.unit &&
      /^\s*của\s*$/u.test(src.slice(current.source.end, f.start))
    ) {
      const owned =
        decapitalize(countedOf(current)).split(/\s(?:còn|được|đã|đang|đạt|có|bị)(?:\s|$)/u)[0] ?? "";
      if (owned !== "") {
        name = `${f.unit} ${owned}`;
        doubts.push("ten_ghep_tu_menh_de_khac");
      }
    }
    const right = rightPhrase(src, f.end, clause.end);
    // "giải quyết việc làm cho 35.400 lao động": the left side already names it.
    // "giải ngân cho 3.652 lượt hộ" is a verb only: the unit and what follows name it.
    const leftEndsWithCho =
      /(?<!\p{L})cho(?:\s+(?:gần|hơn|khoảng|ít nhất|tối thiểu|trên|không dưới))?$/u.test(rawLeft) &&
      !VERB_BEFORE_COUNT.test(lower(name));
    // "Toàn huyện có 212 doanh nghiệp …": what comes before "có" is where, not what.
    // "Tổng đàn heo hiện có 126.400 con" is named before "có".
    const co = /(?<!\p{L})có(?:\s+thêm)?$/u.exec(rawLeft);
    if (
      co !== null &&
      (isPlace(rawLeft.slice(0, co.index)) || isReportingBody(src.slice(boundary, boundary + co.index)))
    )
      name = "";
    // "tai nạn giao thông xảy ra 27 vụ" is named already; "kết nạp 1.335 đảng viên" needs its object.
    // "giám sát chuyên đề 45 tổ chức đảng": a verb phrase, named only with its object.
    const undropped = name;
    name = dropSubject(name, f.unit);
    const body = bodyDropped(undropped, name);
    const verbFirst =
      VERB_BEFORE_COUNT.test(words(lower(name)).slice(0, 2).join(" ")) ||
      VERB_BEFORE_COUNT.test(words(lower(name))[0] ?? "");
    const namedAlready =
      // "sản xuất 1.236 chương trình thời sự, 418 chuyên mục": a listed count shares the verb only.
      !listed &&
      right.phrase === "" &&
      // "đàn bò 24.180 con": a herd names its head count; so does "dân số 125.400 người".
      (words(name).length >= 3 || /^(?:tổng\s+)?(?:đàn\s|dân số(?!\p{L}))/u.test(lower(name))) &&
      !VERB_BEFORE_COUNT.test(lower(name)) &&
      !verbFirst;
    // "Số bể chứa nước mưa được hỗ trợ 162 bể": a name headed by "Số" and the count's own noun
    // names it, whatever verb it ends on (a table row read as prose says its unit again).
    const headedByUnit =
      !listed &&
      right.phrase === "" &&
      f.unit !== "" &&
      new RegExp(`^(?:tổng\\s+)?số\\s+(?:lượt\\s+)?${escapeRe(lower(f.unit))}(?!\\p{L})`, "u").test(
        lower(name),
      );
    const forWhom = /(?<!\p{L})cho(?:\s+(?:gần|hơn|khoảng|ít nhất|tối thiểu|trên|không dưới))?$/u.test(
      rawLeft,
    );
    // "khám, chữa bệnh cho 1,24 triệu lượt người": times counted for whom say it alone.
    const timesFor = /^lượt\s/u.test(lower(f.unit)) && right.phrase === "";
    if (
      forWhom &&
      (right.phrase !== "" || timesFor) &&
      !right.phrase.startsWith(",") &&
      leftEndsWithCho &&
      name !== ""
    ) {
      forWhomCounted = true;
      // "tổ chức huấn luyện cho 1.142 chiến sĩ dân quân tự vệ": who it was done for, named by them
      // (who organised it is no part of the name).
      name = [
        capitalize(f.unit),
        right.phrase,
        "được",
        decapitalize(withoutNamedBody(name.replace(/^(?:\p{L}+\s+){0,2}?tổ chức\s+/iu, ""))),
      ]
        .filter(Boolean)
        .join(" ");
      end = Math.max(end, right.end);
    } else if (
      forWhom &&
      name === "" &&
      current !== null &&
      current.sentence === clause.sentence &&
      current.unit !== "%" &&
      current.name !== ""
    ) {
      // "hỗ trợ 165 tấn gạo cứu đói cho 4.380 hộ": the households the aid before was for.
      // ("Giải ngân cho lượt hộ vay vốn" said the money was for these: only its verb names them.)
      name = [
        capitalize(f.unit),
        right.phrase,
        "được",
        aidOfList(src, drafts, current) ?? decapitalize(current.name).replace(/\s+cho\s.*$/u, ""),
      ]
        .filter(Boolean)
        .join(" ")
        .replace(/ ,/gu, ",");
      doubts.push("ten_ghep_tu_menh_de_khac");
      end = Math.max(end, right.end);
    } else if (inheritedPart(src, f, clause, drafts, name) !== null) {
      // "Dân số trung bình 125.400 người, trong đó nữ 63.200": a part that does not write its unit,
      // which says only "people", is the whole's name narrowed ("Dân số trung bình nữ").
      name = `${inheritedPart(src, f, clause, drafts, name) ?? ""} ${decapitalize(name)}`;
    } else if (!((leftEndsWithCho || namedAlready || headedByUnit || withWhom) && name !== "")) {
      lead = name;
      // "xây mới 4 căn và sửa chữa 3 căn nhà cho hộ nghèo": the noun said once, after the second
      // count of the same unit, is the first one's too.
      const second =
        right.phrase === ""
          ? new RegExp(`^\\s+và\\s+[^\\d,;.()]{1,40}?\\s\\d[\\d.,]*\\s+${escapeRe(f.unit)}(?=\\s)`, "u").exec(
              src.slice(f.end, clause.end),
            )
          : null;
      const shared = second === null ? "" : rightPhrase(src, f.end + second[0].length, clause.end).phrase;
      name = [name, f.unit, right.phrase || (shared.startsWith(",") ? "" : shared)]
        .filter(Boolean)
        .join(" ")
        .replace(/ ,/gu, ",");
    }
    if (body !== null && name !== "")
      name = `${name} ${/^lực lượng/u.test(lower(body)) ? "của" : "tại"} ${decapitalize(bodyKind(body))}`;
    end = Math.max(end, right.end);
  } else if (MONEY.some((m) => lower(f.unit).includes(m))) {
    // "đã giải ngân 318,6 tỷ đồng vốn đầu tư công": the money named after its unit.
    const right = rightPhrase(src, f.end, clause.end);
    // "Thu hồi 4,72 tỷ đồng sai phạm qua kiểm tra": money named by its verb alone is named by what
    // follows its unit too (not by who it was for, from where, or a clause after it).
    // "huy động 326,9 tỷ đồng cho xây dựng nông thôn mới": what the money was for, an activity after
    // "cho" / "để", names it as its purpose (who it was for does not).
    const purpose =
      /^(?:cho|để|nhằm)\s+(?:xây dựng|phát triển|đầu tư|hỗ trợ|thực hiện|sửa chữa|nâng cấp|cải tạo|khắc phục|mua sắm)(?!\p{L})/u.test(
        lower(right.phrase),
      );
    const verbAlone =
      name !== "" &&
      right.phrase !== "" &&
      (purpose ||
        !/^(?:cho|từ|tại|ở|để|nhằm|trên|trong|của|là|được|bị|chiếm|so|theo|ước|đến|tới|khoảng|gồm)(?!\p{L})/u.test(
          lower(right.phrase),
        ));
    if (
      (MONEY_SUBJECT.test(lower(right.phrase)) || verbAlone) &&
      words(right.phrase).length <= 8 &&
      !/\d/u.test(right.phrase) &&
      words(name).length <= 2
    ) {
      name = [name, right.phrase].filter(Boolean).join(" ");
      end = Math.max(end, right.end);
    }
    // "xuất 420 tấn gạo … và 18,5 tỷ đồng từ ngân sách để hỗ trợ khắc phục hậu quả": money with no
    // name before it is named by its source and its purpose after it.
    const sourced =
      name === ""
        ? /^\s*(?:từ\s+)?((?:nguồn\s+)?(?:ngân sách|quỹ|vốn)[^,;.()\d]{0,40}?)\s+(?:để|nhằm)\s+([^,;.()\d]{3,80})/u.exec(
            src.slice(f.end, clause.end),
          )
        : null;
    if (sourced?.[1] !== undefined && sourced[2] !== undefined) {
      name = `${sourced[1].trim()} ${sourced[2].trim()}`;
      end = Math.max(end, f.end + sourced[0].length);
    }
  } else {
    const right = rightPhrase(src, f.end, clause.end);
    // "cứng hóa 47,3 km đường giao thông nông thôn, trong đó 12,8 km do nhân dân đóng góp 100% kinh
    // phí": a part with no name before it is the whole narrowed by what follows it, up to a figure.
    const narrowed = /^[^\d]*?(?=\s+\d|$)/u.exec(right.phrase)?.[0].trim() ?? "";
    if (
      name === "" &&
      current !== null &&
      current.unit === f.unit &&
      current.name !== "" &&
      narrowed !== "" &&
      !narrowed.startsWith(",") &&
      // (a phrase with no figure in it names the part by itself, below)
      /\d/u.test(right.phrase) &&
      /^\s*,?\s*trong đó\s*:?\s*$/u.test(lower(src.slice(current.source.end, f.start)))
    )
      name = `${current.name} ${narrowed}`;
    // "Nhà máy xử lý nước thải … công suất 24.000 m3/ngày đêm đã vận hành": a thing, then the measure
    // of it, is named by the measure first; what is said after the unit is what happened to it.
    const measureOf = /^(\S.{2,}?)\s+((?:tổng\s+)?(?:công suất|dung tích|sức chứa))$/iu.exec(name.trim());
    if (measureOf?.[1] !== undefined && measureOf[2] !== undefined)
      name = `${capitalize(measureOf[2])} ${decapitalize(measureOf[1])}`;
    // "hoàn thành đầu tư 126 km đường giao thông nông thôn": after a verb, the words after say what.
    const most = name === "" || VERB_BEFORE_COUNT.test(lower(name)) ? 10 : 6;
    // "265 tấn/ngày, thu gom, xử lý đạt 98,2%": after a comma, another clause (only a counted
    // thing's name goes on past one: "19/19 xã, thị trấn").
    if (
      measureOf === null &&
      right.phrase !== "" &&
      !right.phrase.startsWith(",") &&
      !/\d/u.test(right.phrase) &&
      words(right.phrase).length <= most
    ) {
      // "Sản phẩm chủ yếu: 1,92 triệu tấn clinker; đường kính 86,3 nghìn tấn": the lead-in before a
      // colon heads the list, the words after the unit name the item (as the items after it are).
      // "Sản lượng: 96.940 tấn lúa" is named by its measure and the crop.
      if (/:\s*$/u.test(window) && !NAME_HEAD.test(lower(name))) name = "";
      // "các doanh nghiệp trên địa bàn thành phố sản xuất 1,84 triệu tấn xi măng": who made it leads
      // the clause; what is measured is what was made ("Sản xuất xi măng").
      if (right.phrase !== "") name = dropSubject(name, f.unit);
      // "; 6.385 ha lúa và hoa màu bị ngập úng": an area named only after its unit is the area of it.
      name = [name === "" && lower(f.unit) === "ha" ? "Diện tích" : name, right.phrase]
        .filter(Boolean)
        .join(" ");
      head = right.phrase;
      end = Math.max(end, right.end);
    }
  }
  // "tai nạn giao thông xảy ra 24 vụ, làm chết 16 người, bị thương 19 người": the harm of the
  // incidents counted before it in the sentence.
  // "xảy ra 17 vụ, làm 13 người chết": the harm told after the count; "làm 7 người chết và mất
  // tích": disaster reports count the dead and missing as one figure.
  const harm =
    /(?:^|[\s,;])(?:làm\s+)?(chết và mất tích|chết|tử vong|bị thương|mất tích)\s*$/u.exec(window)?.[1] ??
    (/(?:^|[\s,;(])(?:làm)?\s*$/u.test(window)
      ? /^\s*người\s+(chết và mất tích|chết|tử vong|bị thương|mất tích)(?!\p{L})/u.exec(
          lower(src.slice(f.end - f.unit.length, f.end + 32)),
        )?.[1]
      : undefined);
  if (harm !== undefined && lower(f.unit) === "người") {
    const incident = lastOfSentence(
      drafts,
      clause.sentence,
      (d) => lower(d.unit) === "vụ" && d.actual !== null,
    );
    const what = incident === null ? "" : lower(incident.name).replace(/^(?:số\s+)?(?:vụ\s+)?/u, "");
    name = what === "" ? `Số người ${harm}` : `Số người ${harm} do ${what}`;
    end = Math.max(end, f.end);
  }
  // "mức hỗ trợ 45 triệu đồng/căn xây mới và 20 triệu đồng/căn sửa chữa": the verb after a per-base
  // says which of the things the sum is per (the unit stops before it); it qualifies the name, and a
  // second sum listed after the first shares the first's name.
  const which = f.unit.includes("/") ? PER_WHICH.exec(src.slice(f.end, f.end + 30)) : null;
  if (which?.[1] !== undefined) {
    const shared =
      /^[\s,]*(?:và)?\s*$/u.test(window) && current !== null && current.unit === f.unit
        ? current.name.replace(PER_WHICH_END, "")
        : null;
    const base = shared ?? name;
    if (base !== "") {
      name = `${base} ${which[1]}`;
      end = Math.max(end, f.end + which[0].length);
    }
  }
  // "di dời 128 hộ và bố trí 86,5 tỷ đồng xử lý 3 điểm sạt lở": money put aside right after "và" is
  // named by its own verb and the purpose written after it, not by the clause's first verb.
  const purpose = MONEY.some((m) => lower(f.unit).endsWith(m))
    ? /^\s+(?:để\s+)?((?:xử lý|khắc phục|sửa chữa|nạo vét|khôi phục|xây dựng|nâng cấp|di dời)(?!\p{L})[^,;.()]{3,60})/u.exec(
        src.slice(f.end, clause.end),
      )
    : null;
  const putAside = /(?:^|\s)và\s+(bố trí|phân bổ|dành|chi)\s*$/u.exec(window);
  if (purpose?.[1] !== undefined && putAside?.[1] !== undefined) {
    // (the end stays: a figure in the purpose, "3 điểm", is a count of its own)
    name = `${capitalize(putAside[1])} ${purpose[1].trim()}`;
  }
  // "có 287 ngày chất lượng không khí ở mức tốt và trung bình": days counted by the air measured on
  // them are named by that air ("Số ngày chất lượng không khí …"), not by who measured.
  const airDays = /^\s*((?:có\s+)?chất lượng không khí[^,;.()\d]{0,60})/u.exec(src.slice(f.end, clause.end));
  if (lower(f.unit) === "ngày" && airDays?.[1] !== undefined) {
    name = `Số ngày ${airDays[1].trim()}`;
    end = Math.max(end, f.end + airDays[0].length);
  }
  if (name === "") start = f.start;
  const limit = limitOf(src, window, f.end);
  // "từ 12 xã trở lên đạt chuẩn": the bound's closing words are no part of the name.
  if (limit === "ít nhất" && /(?<!\p{L})từ\s*$/u.test(window))
    name = name.replace(/\s+trở\s+lên(?!\p{L})/u, "");
  const planned = clause.plan;
  const planText = planned ? typedPlan(f, limit) : null;
  const downWords =
    /(kéo giảm|giảm|còn)\s*$/u.test(window.trim()) || /^(kéo giảm|giảm)\b/u.test(window.trim());
  return asDraft({
    name: capitalize(name.trim()),
    unit: f.unit,
    kind: "quantity",
    actual: planned ? null : f.value,
    scaleApplied: f.scaleApplied,
    // A range is a Kế hoạch cell as typed ("9 - 9,5%"), which the target parser reads as a range.
    plan: planned ? (limit === null && f.hi === null ? f.value : null) : f.statedPlan,
    planText,
    estimate: isEstimate(clause, f),
    direction: downWords || lowerIsBetter(name) ? "down" : null,
    ambiguous: f.ambiguous,
    // "28.614 triệu đồng/32.500 triệu đồng kế hoạch": money written as a fraction of its plan is keyed
    // like a count's fraction, its whole the plan.
    total: f.of ?? (planned ? null : f.statedPlan),
    source: { start, end },
    sentence: clause.sentence,
    head,
    lead,
    // "có thêm 3 xã", "được công nhận mới 2 xã … , đưa số xã đạt chuẩn lên 7/16 xã"; a bound between
    // ("có thêm ít nhất 8 xã") changes nothing.
    increment: /(?<!\p{L})(?:thêm|công nhận mới)(?:\s+(?:ít nhất|tối thiểu|khoảng|từ|trên|hơn))?\s*$/u.test(
      window.trimEnd(),
    ),
    changeOnly: false,
    // A unit read by shape is sure only as the object of a verb that counts ("tạm giữ 412 phương
    // tiện", "thu hút 3.640 vận động viên"): that is how reports count what has no unit of its own.
    // "huấn luyện cho 1.142 chiến sĩ": the object of a verb after "cho" is counted by it too.
    // "Ngành thể thao thu hút 3.640 vận động viên": the verb after the sector counts.
    // "111 bé trai/100 bé gái": a ratio to a base counted by a number says what it counts by itself.
    doubts:
      f.shaped &&
      !forWhomCounted &&
      !/\/\d[\d.]*\s\p{L}/u.test(f.unit) &&
      ![0, 1, 2, 3]
        .filter((k) => k === 0 || /^ngành\s/u.test(lower(name)))
        .some((k) => {
          const ws = words(lower(name)).slice(k);
          return SUBJECT_VERB.test(ws.slice(0, 2).join(" ")) || SUBJECT_VERB.test(ws[0] ?? "");
        })
        ? [...doubts, "don_vi_theo_hinh_thuc"]
        : doubts,
  });
}

/** Verbs whose object after a percentage is what the share is of ("phủ sóng 64,3% khu dân cư"). */
/**
 * After "với" and a count, what befalls or does what was counted ("với 94 người mắc", "với 612 học
 * viên ở các xã vùng cao"): a predicate or a place, no name of its own (group 1: the predicate).
 */
const WITH_WHOM_TAIL = /^(?:(mắc|bị thương|tử vong|bị ngộ độc)|(?:ở|tại)\s.*)$/u;

/**
 * A verb of at most three words, then how it was done ("xử lý dứt điểm", "giải quyết kịp thời"):
 * still a verb alone, whose share is of what follows the figure.
 */
const MANNER_END =
  /^(?:\p{L}+\s){1,3}(?:dứt điểm|kịp thời|đúng hạn|đúng quy định|triệt để|đầy đủ|thành công|hiệu quả)$/u;

const REACH_VERB = /(?:^|\s)(?:phủ sóng|phủ|bao phủ|kết nối|tiếp cận|cung cấp|cấp nước|cấp điện)$/u;

/**
 * "… ước đạt 58,3%, năm 2027 duy trì ổn định ở mức 58,5%", "hiện có 4.350 ha, mục tiêu năm 2027 mở
 * rộng lên 4.600 ha", "đạt 96% (năm 2026: 94,7%)", "còn 2,3%, năm 2026 giảm xuống dưới 1,8%", "còn 4
 * điểm, phấn đấu cuối năm 2026 không quá 2 điểm": a
 * figure led only by another year, a verb of keeping, raising or lowering to a level and maybe a limit
 * is the same indicator as the figure before it, in the other tense ("…; phấn đấu đến hết năm 2026
 * đạt 80% trở lên" after a rate reported).
 * "…, bằng 103,6% dự toán; dự toán năm 2027: 29.480 tỷ đồng": a later year's budget estimate too, and
 * "…: TH 2026 53.410 tấn, KH 2027 55.000 tấn", where the plan's year comes with no "năm".
 */
const YEAR_AGAIN =
  /^[\s,;(]*(?:(?:mục tiêu|chỉ tiêu|kế hoạch|định hướng|phấn đấu|dự toán)\s+)?(?:(?:đến|tới)\s+)?(?:(?:cuối|hết)\s+)?(?:năm\s+(?:(?:19|20)\d\d|học\s+(?:tới|sau|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d))|(?<=(?:mục tiêu|chỉ tiêu|kế hoạch|dự toán)\s+)(?:19|20)\d\d)\s*[:,]?\s*(?:(?:phấn đấu|dự kiến|ước)\s+)?(?:(?:duy trì|giữ|nâng|mở rộng|đạt|là|giảm xuống|giảm còn|hạ xuống|còn)\s*)?(?:(?:ổn định|vững)\s*)?(?:(?:ở\s+)?mức\s*|lên\s*)?(?:(?:dưới|trên|ít nhất|tối thiểu|khoảng|không quá|không vượt quá|tối đa)\s*)?$/u;

/** "Thu ngân sách trên địa bàn tăng bình quân": what a growth rate is of, then its verb. */
const GROWTH_OF = /^(.{4,}?)\s+(?:tăng|giảm)(?:\s+trưởng)?(?:\s+bình quân)?(?:\s+(?:mỗi|hằng|hàng)\s+năm)?$/u;

/**
 * "14 phòng giao dịch với 286 cán bộ, nhân viên.": a second noun after a comma, closing the clause,
 * counted with the first ("cán bộ, nhân viên"); ", nhân viên" to add to the name, or "".
 */
function doubledNoun(src: string, end: number, unit: string): string {
  // The figure's end is after its unit; a unit not yet read is passed over first.
  const rest = src.slice(end, end + unit.length + 40);
  const at = lower(rest).startsWith(` ${lower(unit)}`) ? unit.length + 1 : 0;
  const second = /^\s*,\s*(\p{Ll}+(?:\s\p{Ll}+)?)\s*(?=[.;]|$)/u.exec(rest.slice(at))?.[1];
  return second === undefined || CLAUSE_START.test(second) ? "" : `, ${second}`;
}

/** Words that open a clause of their own after a comma, not a second noun. */
const CLAUSE_START = /^(?:tăng|giảm|đạt|bằng|chiếm|vượt|còn|trong|với|là|có|được|đã|ước)(?!\p{L})/u;

export function sameIndicatorAgain(
  src: string,
  f: Figure,
  clause: Clause,
  boundary: number,
  drafts: readonly Draft[],
): string | null {
  // "… xuống dưới 9% năm 2027 và dưới 4% vào năm 2030": the year said after each figure instead.
  const yearAfter =
    /^\s*(?:(?:vào\s+)?(?:(?:cuối|hết)\s+)?năm\s+(?:19|20)\d\d\s*)?(?:,|và|;)\s*(?:(?:dưới|trên|ít nhất|tối thiểu|khoảng|không quá)\s*)?$/u.test(
      lower(src.slice(boundary, f.start)),
    ) &&
    /^\s*%?\s*(?:vào\s+)?(?:(?:cuối|hết)\s+)?năm\s+(?:19|20)\d\d/u.test(lower(src.slice(f.end, f.end + 24)));
  // "…, năm 2027 đạt từ 95% trở lên": "từ" with "trở lên" after the figure is a limit, as "ít nhất".
  const limitFrom = /^\s*%?\s*trở\s+lên(?!\p{L})/u.test(lower(src.slice(f.end, f.end + 14)));
  const said = lower(src.slice(boundary, f.start));
  const lead = limitFrom ? said.replace(/(?<!\p{L})từ\s*$/u, "ít nhất ") : said;
  if (!yearAfter && !YEAR_AGAIN.test(lead)) return null;
  const unit = f.percent ? "%" : f.unit;
  const before = lastOfSentence(drafts, clause.sentence, (d) => d.unit === unit);
  // "Thu ngân sách trên địa bàn tăng bình quân 10%/năm trở lên; năm 2030 đạt 86.000 triệu đồng": the
  // level, in a year, of what the growth before was of.
  if (before === null && !f.percent) {
    const growth = lastOfSentence(drafts, clause.sentence, (d) => d.unit === "%");
    const of = growth === null ? null : GROWTH_OF.exec(growth.name);
    if (growth !== null && of?.[1] !== undefined && (growth.actual !== null) !== clause.plan) return of[1];
  }
  // A result, then the target of a later year; or a series of targets, one a year ("năm 2027 đạt 68%,
  // năm 2028 đạt 72%, đến năm 2030 đạt 80%").
  return before === null ||
    before.name === "" ||
    ((before.actual !== null) !== clause.plan && !(before.actual === null && clause.plan))
    ? null
    : before.name;
}

export function percentProposal(
  src: string,
  f: Figure,
  clause: Clause,
  boundary: number,
  change: Modifier,
  again: string | null = null,
): Draft | null {
  const window = src.slice(boundary, f.start);
  let { name, start } = leftName(src, boundary, f.start);
  if (again !== null) name = again;
  let end = change?.end ?? f.end;
  // "Tốc độ tăng trưởng GRDP bình quân: 7,2%/năm": a rate per year, the "/năm" no name after it.
  const perTime = /^\s*\/\s*(?:năm|tháng|quý)(?!\p{L})/u.exec(src.slice(end, end + 12));
  if (change === null && perTime !== null) end += perTime[0].length;
  // "từ 8% trở lên", "có từ 80% trở lên tổ chức …": the limit's second word is no name; what the
  // share is of may follow it.
  const limitEnd = /^\s*trở\s+(?:lên|xuống)(?!\p{L})/u.exec(lower(src.slice(end, end + 14)));
  if (limitEnd !== null) end += limitEnd[0].length;
  const after = lower(src.slice(end, Math.min(clause.end, end + 40)));
  /** What the share is of was read after the figure ("kéo giảm 5% số vụ …"). */
  // "100% xã đạt 4 tiêu chí cứng", "kéo giảm 5% số đảng viên vi phạm …": the name follows.
  if (again === null && !/^\s*(so với|so|kế hoạch|dự toán|cùng kỳ)/u.test(after)) {
    const right = rightPhrase(src, end, clause.end);
    // "Kết quả đánh giá, xếp loại năm 2024: 89,6% tổ chức cơ sở đảng …", "… được duy trì: 94,2% hộ
    // gia đình": a lead-in before the colon, the name after the figure.
    // "- Số người tập luyện thể dục thể thao thường xuyên: 38% dân số": a whole the share is of, after
    // a lead-in that names the indicator, leaves the lead-in the name.
    const wholeOnly = /^(?:dân số|tổng dân số|lực lượng lao động)$/u.test(lower(right.phrase));
    const topic = wholeOnly
      ? /(?:^|[\n;.])\s*(?:[-+•*]\s*)?(\p{Lu}[^\n:;.\d]{2,120}?)\s*:\s*$/u.exec(window)?.[1]
      : undefined;
    if (topic !== undefined && name === "") {
      name = topic;
      start = f.start - window.length + window.lastIndexOf(topic);
    }
    const leadIn = /:\s*$/u.test(window) && right.phrase !== "" && topic === undefined;
    // "huy động 98,6% trẻ 6 tuổi vào lớp 1": a verb before, what it is a share of after.
    // "tiêm chủng đầy đủ cho 98,1% trẻ dưới 1 tuổi": who it was done for is what the share is of.
    const forWhom = /(?<!\p{L})cho\s*$/u.test(window);
    const verbOnly =
      right.phrase !== "" &&
      !/chiếm\s*$/u.test(window) &&
      name !== "" &&
      (words(name).length <= 3 || forWhom || MANNER_END.test(lower(name))) &&
      !/^(?:tỷ lệ|tỷ trọng|chỉ số)\s/u.test(lower(name));
    // "hạ tầng viễn thông phủ sóng 4G đến 100% thôn, bản": what was reached is what the share is of.
    const reached = /^(.*?)\s+(?:đến|tới)$/u.exec(name);
    // "Mạng di động 5G phủ sóng 64,3% khu dân cư": who did it and the verb, then what the share is
    // of; the share of what was reached, as above.
    const doneBy =
      right.phrase !== "" &&
      !leadIn &&
      words(name).length > 3 &&
      !RATE_HEAD.test(lower(name)) &&
      !/(?:^|\s)(?:tỷ lệ|tỷ trọng)(?:\s|$)/u.test(lower(name)) &&
      !/^[,(]/u.test(right.phrase) &&
      (VERB_BEFORE_COUNT.test(lower(name)) || REACH_VERB.test(lower(name)));
    if (reached?.[1] !== undefined && right.phrase !== "" && !leadIn) {
      name = `${right.phrase} được ${decapitalize(reached[1])}`;
      end = Math.max(end, right.end);
    } else if (doneBy) {
      name = `Tỷ lệ ${right.phrase} được ${decapitalize(name)}`;
      end = Math.max(end, right.end);
    } else if (verbOnly && !leadIn) {
      name = `${name}${forWhom ? " cho" : ""} ${right.phrase}`;
      end = Math.max(end, right.end);
    } else if (
      name === "" ||
      leadIn ||
      // "… có thêm 10 xã đạt chuẩn nâng cao và 100% số xã đạt chuẩn": words cut at "và" name another figure.
      (right.phrase !== "" && /(?<!\p{L})(?:và|hoặc)$/u.test(lower(name).trim())) ||
      // "…, EU chiếm 19,6% tổng kim ngạch": after "chiếm" the words that follow are the whole.
      (right.phrase !== "" && words(name).length <= 1 && !/(?<!\p{L})chiếm\s*$/u.test(lower(window)))
    ) {
      if (right.phrase === "") return null;
      name = right.phrase;
      start = f.start;
      end = Math.max(end, right.end);
    }
  }
  if (name === "") return null;

  // "Kinh tế số chiếm 12,3% GRDP": the share of the economy a sector is.
  const ofEconomy = /^\s*(grdp|gdp)(?!\p{L})/iu.exec(src.slice(f.end, f.end + 8))?.[1];
  if (ofEconomy !== undefined && !RATE_HEAD.test(lower(name))) {
    // "Nợ công khoảng 35,2% GDP, …": the "GDP" read after the figure is the whole, said once.
    const own = name.replace(new RegExp(`\\s+${ofEconomy}$`, "iu"), "");
    name = `Tỷ trọng ${decapitalize(own)} trong ${ofEconomy}`;
    end = Math.max(end, f.end + ofEconomy.length + 1);
  }
  // "trong đó đảng viên chiếm 21,6%", "đảng viên trẻ chiếm từ 22 - 25% tổng số đảng viên": what is a
  // share of a whole is named as its rate.
  if (
    ofEconomy === undefined &&
    /(?<!\p{L})chiếm(?:\s+(?:từ|khoảng|trên|dưới|ít nhất|tối thiểu))?\s*$/u.test(lower(window)) &&
    !RATE_HEAD.test(lower(name)) &&
    !/^(?:cơ cấu|tỷ|số)(?!\p{L})/u.test(lower(name))
  )
    name = `${shareHead(name)} ${decapitalize(name)}`;
  // "phấn đấu tăng thu ngân sách từ 8% trở lên": a target that raises what is named by a verb is
  // the rise ("Tăng thu ngân sách"), not the level of the revenue.
  if (
    clause.plan &&
    /^(?:(?:phấn đấu|năm\s+(?:19|20)\d\d|mục tiêu|chỉ tiêu)[\s,:]+)*tăng\s+\p{L}/u.test(
      lower(window).trim(),
    ) &&
    !/^(?:tăng|tỷ|tốc độ|chỉ số)(?!\p{L})/u.test(lower(name)) &&
    lower(window).includes(lower(name))
  )
    name = `Tăng ${decapitalize(name)}`;
  const rel = change !== null && change.kind === "change" ? change : null;
  const w = lower(window).trim();
  const down =
    /(kéo giảm|giảm|còn)$/u.test(w) || /^(kéo giảm|giảm)\b/u.test(w) || (rel !== null && rel.value < 0);
  const limit = limitOf(src, window, f.end);
  // "từ 60% hộ hội viên trở lên": the bound's closing words, after what it counts, are no part of the
  // name. Right after the figure they were passed over already, and a later "trở lên" is the name's
  // own ("từ 70% trở lên hợp tác xã được xếp loại khá trở lên").
  if (limit === "ít nhất" && limitEnd === null && /(?<!\p{L})từ\s*$/u.test(lower(window)))
    name = name.replace(/\s+trở\s+lên(?!\p{L})/u, "");
  const planned = clause.plan;
  // "kéo giảm 5% số đảng viên … so với năm 2019": a target relative to the prior year.
  const relPhrase = (() => {
    if (rel === null || !planned) return null;
    const vs = /so với\s+(cùng kỳ|năm\s+(?:trước|\d{4})|(?:dự toán|kế hoạch)(?:\s+tỉnh giao|\s+giao)?)/u.exec(
      lower(src.slice(f.end, Math.min(clause.end, f.end + 200))),
    );
    // "giảm 0,5 - 0,7%": the range as typed.
    const pct =
      f.hi !== null
        ? `${f.typed}%`
        : formatPercent(Math.abs(rel.value), "vi", decimalsOf(Math.abs(rel.value)));
    // "giảm ít nhất 15% so với năm 2025": the limit stays in the plan's words.
    const bound =
      limit !== null && /(?:tăng|giảm)\s+\p{L}[\p{L}\s]*$/u.test(lower(window)) ? `${limit} ` : "";
    return `${rel.value < 0 ? "giảm" : "tăng"} ${bound}${pct} so với ${vs?.[1] ?? "cùng kỳ"}`;
  })();
  const growth = rel !== null && !planned;
  const value = rel !== null ? rel.value : f.value;
  // "kéo giảm 5% số vụ tai nạn giao thông so với năm 2025": the target is the cut, in % (as every
  // held-out set keys it), not a level of the count; its words say what it is cut against.
  const unit = "%";
  return asDraft({
    name: capitalize(name),
    unit,
    kind: kindOf(`${w} ${name}`, "%", growth || /tăng trưởng/u.test(lower(name))),
    actual: planned ? null : value,
    plan: planned && relPhrase === null && limit === null && f.hi === null ? f.value : null,
    planText: planned ? (relPhrase ?? typedPlan(f, limit)) : null,
    estimate: isEstimate(clause, f),
    direction: down || lowerIsBetter(name) ? "down" : rel !== null && rel.value > 0 ? "up" : null,
    ambiguous: null,
    source: { start: Math.min(start, f.start), end },
    sentence: clause.sentence,
    head: "",
    lead: "",
    increment: false,
    changeOnly: growth && rel !== null,
    doubts: [],
  });
}

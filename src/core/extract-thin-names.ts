/**
 * Counts whose name says no more than their unit ("Xã", "Tiêu chí", "Khai trừ trường hợp"): what
 * they count is said elsewhere in the clause, and new writers put it in a few general places:
 * - after the figure, when the figure comes first: "19/21 xã, thị trấn đạt chuẩn quốc gia về y tế"
 *   names "Xã, thị trấn đạt chuẩn quốc gia về y tế";
 * - in the subject before the verb: "Xã Hòa Bình đạt 15/19 tiêu chí" names "Tiêu chí xã Hòa Bình đạt";
 * - in the whole a part is "trong đó" of: "xử lý kỷ luật 12 cán bộ, trong đó cách chức 3 trường hợp"
 *   counts cán bộ ("Cách chức cán bộ"); "trường hợp" alone after another count of cases names what
 *   those cases were ("phát hiện 30 trường hợp lấn chiếm đất công, xử lý 25 trường hợp").
 * Each new name is unsure (`ten_ghep_tu_menh_de_khac`): it was completed from another part.
 */
import type { Draft } from "./extract-drafts";
import { MONEY } from "./extract-units";
import { withoutTimeLead } from "./extract-names";
import { capitalize, decapitalize, lower, words } from "./extract-text";
import { opensWithBody } from "./extract-enterprise";

/** Verbs after which a counted subject's predicate follows ("19/21 xã đạt …", "12 dự án được …"). */
const PREDICATE_VERB =
  /^(?:(?:duy trì|tiếp tục)\s+)?(?:đạt|được|có|đã|hoàn thành|đủ điều kiện|đang|chưa|không|bị|thực hiện|duy trì|tham gia|ra mắt)(?!\p{L})/u;

/** Where a predicate stops: a clause mark, a period or term of time, a comparison. */
const PREDICATE_END =
  /[,;:.()\n\d]|\s(?:giai đoạn|năm|tháng|quý|trong năm|so với|tăng|giảm|chiếm|đạt tỷ lệ|bằng|vượt)(?!\p{L})/u;

/** A time or scope that opens a clause before its subject ("Năm 2026, …", "Đến nay, …"). */
const CLAUSE_OPENER =
  /^(?:(?:trong\s+)?(?:năm|quý|tháng|sáu tháng|6 tháng|9 tháng|chín tháng)[^,]{0,30}|đến nay|hiện nay|trong năm|tính đến[^,]{0,30}|qua[^,]{0,40}),\s*/iu;

/** Verbs of reaching or having that end the words before a figure ("… đã hoàn thành 2.148 căn"). */
const OWNING_VERB =
  /\s(?:(?:đã|đều)\s+)?(?:đạt|hoàn thành|có|còn|được công nhận)(?:\s+(?:khoảng|gần|hơn|trên|chừng))?$/u;

/** Subjects that are a scope, not what is counted ("Toàn huyện", "Tỉnh", "Năm 2026"). */
const SCOPE_SUBJECT =
  /^(?:toàn|cả|trên địa bàn|địa phương|các|những|tỉnh|huyện|thành phố|thị xã|năm|trong|đến|qua|các cấp|ngành|ủy ban|ban|sở|phòng|lực lượng|công an|đoàn|hội|chi bộ|đảng bộ)(?!\p{L})/u;

/** What subjectBefore says of a named place's own count: named "Số" and its unit. */
const OWN_COUNT = "";

/** A named commune, ward or district ("Xã Phiêng Khoang", "phường An Lạc"). */
const PLACE_SUBJECT = /^(?:xã|phường|thị trấn|huyện|quận|thị xã|thôn|bản|ấp)\s+\p{Lu}/iu;

const isMoney = (unit: string): boolean => MONEY.some((m) => lower(unit).includes(m));

/** The unit's words alone, or a verb of at most two words before them ("Hoàn thành căn"). */
function thinVerb(d: Draft): string | null {
  const name = lower(d.name).trim();
  const unit = lower(d.unit).trim();
  if (unit === "" || unit === "%" || isMoney(unit)) return null;
  if (name === unit) return "";
  // "buộc thôi việc 2 trường hợp" named by its verb alone: cases of what is said elsewhere.
  if (unit === "trường hợp" && !name.includes(unit) && words(name).length <= 3) return name;
  if (!name.endsWith(` ${unit}`)) return null;
  const verb = name.slice(0, -unit.length - 1);
  return words(verb).length <= 2 ? verb : null;
}

/** "19/21 xã, thị trấn đạt Bộ tiêu chí …": the predicate after a figure that comes first. */
function predicateAfter(src: string, d: Draft): string | null {
  const after = src.slice(d.source.end, d.source.end + 160);
  // The unit may go on past the figure's source ("xã, thị trấn"): nouns without a figure.
  const m = /^((?:,\s*\p{L}+(?:\s\p{L}+)?){0,3})\s+(\p{Ll}[^]*)$/u.exec(after);
  if (m === null) return null;
  const rest = m[2] ?? "";
  if (!PREDICATE_VERB.test(rest)) return null;
  const end = PREDICATE_END.exec(rest);
  const predicate = (end === null ? rest : rest.slice(0, end.index)).trim();
  if (words(predicate).length < 2 || words(predicate).length > 14) return null;
  return `${(m[1] ?? "").trim()} ${predicate}`.replace(/^\s*/u, "").replace(/^,\s*/u, ", ");
}

/** "Xã Hòa Bình đạt 15/19 tiêu chí": the subject and verb before the figure, or null. */
function subjectBefore(src: string, d: Draft, verb: string): string | null {
  // The source may open with the name's words ("nhà dột nát hoàn thành 2.148 căn"): from its figure.
  const digit = /\d/u.exec(src.slice(d.source.start, d.source.end));
  const figure = d.source.start + (digit?.index ?? 0);
  const lineStart = Math.max(
    src.lastIndexOf(".", figure - 1),
    src.lastIndexOf(";", figure - 1),
    src.lastIndexOf(":", figure - 1),
    src.lastIndexOf("\n", figure - 1),
  );
  const said = src
    .slice(lineStart + 1, figure)
    .trim()
    .replace(CLAUSE_OPENER, "");
  const low = lower(said);
  // A verb of reaching or having, whose subject owns the count ("Xã … đạt 17/19 tiêu chí"); after a
  // verb of doing, the subject is who did it ("các đoàn kiểm tra 1.284 lượt cơ sở"), not what.
  const own = OWNING_VERB.exec(low);
  // (a hedge after the verb, "có khoảng", is no part of it)
  const owning = lower(own?.[0] ?? "")
    .trim()
    .replace(/\s+(?:khoảng|gần|hơn|trên|chừng)$/u, "");
  if (own === null || (verb !== "" && owning.replace(/^(?:đã|đều)\s+/u, "") !== verb)) return null;
  // The subject and its verb: with no figure in them, no "trong đó", no bracket.
  if (/[\d()]/u.test(said) || /(?:^|\s)(?:trong đó|riêng|với|và)(?:\s|$)/u.test(low)) return null;
  const subject = said.slice(0, said.length - own[0].length).trim();
  const n = words(subject).length;
  if (n < 2 || n > 10 || SCOPE_SUBJECT.test(lower(subject))) return null;
  // "Xã Phiêng Khoang có 9 bản": what a named place has is its own count, named by its unit alone
  // (the place is whom the report is about).
  if (/(?:^|\s)có$/u.test(owning) && PLACE_SUBJECT.test(subject)) return OWN_COUNT;
  // "Hợp tác xã … có 684 thành viên": the business that reports has its own members, named bare.
  if (opensWithBody(subject)) return null;
  return said;
}

/**
 * "Tổng đàn lợn của tỉnh hiện có khoảng 612 nghìn con": a herd that has its head count is what the
 * count names ("Tổng đàn lợn"), less whose it is and the verb; not "Con tổng đàn lợn của tỉnh có".
 */
function herdNamed(said: string): string | null {
  const herd = /^((?:tổng\s+)?đàn\s+\p{L}+(?:\s+(?!của|hiện|có|đạt)\p{L}+){0,3})(?:\s|$)/u.exec(
    lower(said.trim()),
  );
  return herd?.[1] === undefined ? null : capitalize(herd[1]);
}

/** "…, trong đó VERB N trường hợp" or "…, VERB N trường hợp" after another count: what the cases are of. */
function casesOf(src: string, d: Draft, drafts: readonly Draft[], at: number): string | null {
  if (lower(d.unit) !== "trường hợp") return null;
  for (let k = at - 1; k >= 0; k--) {
    const prev = drafts[k] as Draft;
    if (prev.sentence !== d.sentence) return null;
    if (prev.actual === null || prev.unit === "%" || isMoney(prev.unit)) continue;
    const between = lower(src.slice(prev.source.end, d.source.start));
    if (/[;.:]/u.test(between) || between.length > 120) return null;
    if (lower(prev.unit) !== "trường hợp") {
      // Cases of a whole counted before only as its part ("…, trong đó …").
      return /,\s*trong đó\s/u.test(between) ? prev.unit : null;
    }
    // "30 trường hợp lấn chiếm đất công": the cases named after their count.
    const named = /^trường hợp\s+(.+)$/u.exec(
      lower(prev.name.replace(/^\p{L}+(?:\s\p{L}+)?\s(?=trường hợp)/u, "")),
    );
    const tail = lower(prev.name).indexOf("trường hợp ");
    if (tail < 0 || named === null) return null;
    return prev.name.slice(tail);
  }
  return null;
}

/**
 * "Toàn ngành có 9.215 người, gồm cán bộ quản lý, giáo viên và nhân viên": a count named by its unit
 * alone, then the kinds it is made of, with no figure of their own (figures after "gồm" are parts).
 */
function kindsListed(src: string, d: Draft): string | null {
  const m =
    /^\s*,?\s*gồm(?:\s+có)?\s+(\p{L}[^\d;.:()\n]{2,100}?)(?=\s*(?:[;.:(\n]|,\s*(?:trong đó|riêng|chiếm|đạt|tăng|giảm)(?!\p{L})|$))/u.exec(
      src.slice(d.source.end, d.source.end + 140),
    );
  const kinds = m?.[1]?.trim();
  return kinds === undefined || words(kinds).length < 2 ? null : capitalize(kinds);
}

export function nameThinCounts(
  src: string,
  drafts: readonly Draft[],
  sentenceStart: ReadonlyMap<number, number>,
): void {
  drafts.forEach((d, k) => {
    const verb = thinVerb(d);
    if (verb === null || sentenceStart.get(d.sentence) === undefined) return;
    let next: string | null = null;
    const cases = casesOf(src, d, drafts, k);
    if (cases !== null) {
      const v = verb === "" ? "" : `${capitalize(verb)} `;
      next =
        lower(cases) === "trường hợp" ? null : `${v}${v === "" ? capitalize(cases) : decapitalize(cases)}`;
    } else if (verb === "") {
      const predicate = predicateAfter(src, d);
      if (predicate !== null)
        next = `${capitalize(lower(d.unit))}${predicate.startsWith(",") ? "" : " "}${predicate}`;
      else next = kindsListed(src, d);
    }
    if (next === null) {
      const subject = subjectBefore(src, d, verb);
      if (subject === OWN_COUNT) next = `Số ${lower(d.unit)}`;
      else if (subject !== null)
        next = herdNamed(subject) ?? `${capitalize(lower(d.unit))} ${decapitalize(subject)}`;
    }
    if (next === null || lower(next) === lower(d.name)) return;
    d.name = next;
    if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
  });
}

/** Verbs that name money by what is done with it: "thu 472 tỷ đồng", "giải ngân được 806 tỷ đồng". */
const MONEY_VERB = /^(thu|chi|giải ngân|huy động|cho vay)(?:\s+(cả năm|lũy kế|trong năm))?$/u;
/** "Kế hoạch vốn đầu tư công năm 2026 của …": the fund an earlier sentence names. */
export const FUND =
  /(?<!\p{L})vốn\s+(\p{L}+(?:\s+\p{L}+){0,4}?)(?=\s+(?:năm|của|sau|giai đoạn|được|đã|do|tỉnh|huyện|thành phố|thị xã|xã|phường)(?!\p{L})|$)/u;

/**
 * Money named by its verb alone ("Ước cả năm thu 472 tỷ đồng", "Lũy kế … giải ngân được 806,3 tỷ
 * đồng") in a paragraph whose earlier sentence says what is collected or spent ("Tổng thu ngân sách
 * nhà nước …", "Kế hoạch vốn đầu tư công …"): the verb is of that money.
 */
export function nameMoneyByEarlierSentence(drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    if (!isMoney(d.unit)) return;
    // "Lũy kế đến ngày 31/10 giải ngân": the time lead goes before the name is shown.
    // "ước đến 31/01/2026 giải ngân" keeps the date its lead was cut from: no part of the verb.
    const verb = MONEY_VERB.exec(
      lower(withoutTimeLead(d.name))
        .trim()
        .replace(/^\d{1,2}\/\d{1,2}(?:\/\d{4})?\s+/u, ""),
    );
    if (verb === null) return;
    const [, action = "", when] = verb;
    let firstMoney = true;
    for (let j = 0; j < k; j++) {
      const prev = drafts[j] as Draft;
      if (prev.sentence >= d.sentence || !isMoney(prev.unit)) continue;
      const name = lower(prev.name);
      let next: string | null = null;
      if (action === "thu" || action === "chi") {
        // "Tổng thu ngân sách …", "Dự toán chi ngân sách …": the total or the plan of the same verb,
        // with what it is of (a part, "Thu nội địa", would name a part). The paragraph's first money,
        // the budget's by the same verb ("thu NSNN trên địa bàn 412,7 tỷ đồng"), is the whole too.
        const head = new RegExp(
          `^(tổng\\s+|dự toán\\s+|kế hoạch\\s+${firstMoney ? `|(?=${action}\\s+ngân sách)` : ""})${action}\\s+\\p{L}`,
          "u",
        ).exec(name);
        firstMoney = false;
        if (head !== null && words(name).length >= 3)
          next =
            head[1]?.startsWith("tổng") === true
              ? prev.name
              : capitalize(prev.name.slice(head[1]?.length ?? 0));
      } else {
        const fund = FUND.exec(name);
        if (fund?.[1] !== undefined) next = `${capitalize(action)} vốn ${fund[1]}`;
      }
      if (next === null) continue;
      d.name = when === undefined ? next : `${next} ${when}`;
      if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
      return;
    }
  });
}

/**
 * "+ Dự án đa dạng hóa sinh kế: 58 mô hình, 1.215 hộ tham gia": a count named by its unit (and the
 * verb after it) on a line led by "X:" is a count of X ("Hộ tham gia dự án đa dạng hóa sinh kế").
 */
export function nameByLineLead(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    const unit = lower(d.unit).trim();
    const name = lower(d.name).trim();
    if (unit === "" || unit === "%" || isMoney(unit) || !name.startsWith(unit)) return;
    if (words(name).length > words(unit).length + 2) return;
    const digit = /\d/u.exec(src.slice(d.source.start, d.source.end));
    const figure = d.source.start + (digit?.index ?? 0);
    const line = src.slice(src.lastIndexOf("\n", figure - 1) + 1, figure);
    // A bullet's lead, which already named the count before on the line ("Dự án …: 58 mô hình").
    const lead = /^\s*[-–•+*]\s*([^:\d;.()]{3,120}):\s/u.exec(line)?.[1]?.trim() ?? "";
    const before = drafts[k - 1];
    const lineStart = figure - line.length;
    if (before === undefined || before.source.start < lineStart || !lower(before.name).includes(lower(lead)))
      return;
    // Listed with it ("58 mô hình, 1.215 hộ", "… với 2.140 người"), not a clause of its own ("…, còn 347 nhà").
    if (!/^\s*(?:,|và|với|,\s*với)\s*$/u.test(lower(src.slice(before.source.end, figure)))) return;
    const n = words(lead).length;
    if (n < 2 || n > 12 || name.includes(lower(lead)) || lower(lead).startsWith(unit)) return;
    d.name = `${d.name} ${decapitalize(lead)}`;
    if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
  });
}

/**
 * A lead that is a period of time the figures after it are summed over ("Lũy kế từ đầu năm:",
 * "9 tháng:", "Cả năm:", "Quý III:"). A lead naming a topic or a section ("Ma túy:", "Kết quả rà
 * soát:") is left out: most keys name such counts without their heading.
 */
const PERIOD_LEAD =
  /^(?:lũy kế(?:\s+(?:từ đầu năm|đến nay|\d{1,2}\s+tháng))?|từ đầu năm(?:\s+đến nay)?|(?:ước\s+)?cả năm|\d{1,2}\s+tháng(?:\s+đầu năm)?|quý\s+[IV]{1,3})$/iu;

/**
 * "Lũy kế từ đầu năm: 518 giấy phép, 137 trường hợp vi phạm": a count named by its unit and a verb
 * at most, after a lead that says over what period it is summed, is that period's; keys keep the
 * period in the name, as they do "9 tháng" or "cả năm" said in the sentence.
 */
export function nameThinByPeriodLead(
  src: string,
  drafts: readonly Draft[],
  sentenceStart: ReadonlyMap<number, number>,
): void {
  for (const d of drafts) {
    const unit = lower(d.unit).trim();
    const name = lower(d.name).trim();
    if (unit === "" || unit === "%" || isMoney(unit)) continue;
    const extra = words(name).length - words(unit).length;
    const thin =
      name === unit ||
      (name.endsWith(` ${unit}`) && extra <= 4) ||
      (name.startsWith(`${unit} `) && extra <= 2);
    if (!thin) continue;
    const digit = /\d/u.exec(src.slice(d.source.start, d.source.end));
    const figure = d.source.start + (digit?.index ?? 0);
    const open = Math.max(src.lastIndexOf("\n", figure - 1) + 1, sentenceStart.get(d.sentence) ?? 0);
    // (a lead and its clause are a short stretch: nothing longer is read)
    if (figure - open > 160 || figure <= open) continue;
    const m = /^\s*(?:[-–•+*]\s*)?([^:;.()\n]{2,40}?)\s*:\s([^:;\n]*)$/u.exec(src.slice(open, figure));
    const lead = m?.[1]?.trim() ?? "";
    if (!PERIOD_LEAD.test(lead) || name.includes(lower(lead))) continue;
    d.name = `${d.name} ${decapitalize(lead)}`;
  }
}

/** A name cut at a threshold its figure passed ("Kim ngạch xuất khẩu lần đầu vượt mốc"). */
const THRESHOLD_TAIL =
  /\s+(?:lần đầu(?:\s+tiên)?\s+)?(?:đã\s+)?(?:vượt|cán|chạm|vượt qua)\s+(?:mốc|ngưỡng)$/iu;

/**
 * "kim ngạch xuất khẩu lần đầu vượt mốc 3 tỷ USD, đạt 3,12 tỷ USD": the round figure after "vượt
 * mốc" is a threshold the result passed, no row of its own; the result after it, in the same unit
 * and with no name of its own, is the indicator the words before the threshold name. Returns the
 * drafts without the thresholds so completed.
 */
export function nameResultsPastThreshold(src: string, drafts: readonly Draft[]): Draft[] {
  const dropped = new Set<Draft>();
  drafts.forEach((d, k) => {
    const cut = THRESHOLD_TAIL.exec(d.name);
    const next = drafts[k + 1];
    if (cut === null || next === undefined || next.sentence !== d.sentence || next.unit !== d.unit) return;
    if (words(next.name).length > 1 || next.source.start - d.source.end > 40) return;
    if (
      !/^\s*,?\s*(?:và\s+)?(?:đạt|lên|ở mức|với)?\s*$/u.test(
        lower(src.slice(d.source.end, next.source.start)),
      )
    )
      return;
    next.name = d.name.slice(0, cut.index);
    next.doubts = next.doubts.filter((r) => r !== "ten_qua_ngan" && r !== "ten_bi_cat");
    dropped.add(d);
  });
  return drafts.filter((d) => !dropped.has(d));
}

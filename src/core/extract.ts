/**
 * Extraction: a pasted paragraph of a report or a news article → proposed indicator rows
 * ("tổng doanh thu … ước đạt 37.067 tỷ đồng, tăng 6,32% so với cùng kỳ"). Nothing is written from
 * here: the pane shows the proposals and the user confirms each one. Heuristic by nature; the key
 * under tests/extract-key measures how good it is.
 *
 * Offsets in `source` are into `text.normalize("NFC")` (pasted text almost always is NFC already).
 *
 * This module runs the steps in order (`extractIndicators`) and re-exports the public API, so callers
 * import from here. The steps live in extract-*.ts, one job each, lower ones first: types, text and
 * units; drafts and tense (sentences and clauses); figures; names; confidence; proposals (one figure
 * → a draft); row (a proposal → table cells).
 */
import { nameMedalsWon } from "./extract-medals";
import { nameTimelyShares } from "./extract-timely-share";
import type { NumberConvention } from "./model";
import { clauseParts, inComparison, leadingShares } from "./extract-clause";
import { causedAsSuffered } from "./extract-caused";
import {
  isDigitSeparatorBracket,
  isSeparator,
  lastIndexCursor,
  lastWithin,
  nthLastWhere,
  separators,
} from "./extract-window";
import type { ExtractOptions, Proposal } from "./extract-types";
import { asDraft, type Draft, lastDraftCursor, lastOfSentence, listedBefore } from "./extract-drafts";
import { decimalsOf } from "./extract-row";
import { capitalize, decapitalize, escapeRe, isSender, lower, stripEdges, words } from "./extract-text";
import { COUNT_UNITS, MONEY } from "./extract-units";
import { type Clause, clausesOf, limitEvidence } from "./extract-tense";
import { headlineEnd } from "./extract-headline";
import { expandShorthand } from "./extract-shorthand";
import { nameCountsBySubject } from "./extract-subject";
import { nameBracketedRates } from "./extract-bracketed-rate";
import { completeBareBenefit } from "./extract-elliptic-benefit";
import { nameGoodsByTradeHead, nameItemsByListLead } from "./extract-list-lead";
import { nameListedPlaces } from "./extract-listed-places";
import { nameParticipants } from "./extract-participants";
import { nameYearlyFalls } from "./extract-yearly-fall";
import {
  nameByLineLead,
  nameMoneyByEarlierSentence,
  nameResultsPastThreshold,
  nameThinByPeriodLead,
  nameThinCounts,
} from "./extract-thin-names";
import { nameMoneySetAside } from "./extract-set-aside";
import { nameGiftWorth } from "./extract-gift-worth";
import { nameTetGifts } from "./extract-gift-tet";
import { withoutPeopleTail } from "./extract-people-tail";
import { namePointedBack } from "./extract-anaphora";
import { nameAreas, nameFreightWork } from "./extract-area-names";
import { namePlansOfEarlierMoney, nameTargetsByEarlierVerb } from "./extract-thin-targets";
import { nameCasesByTheirPeople } from "./extract-cases-people";
import { changesToCountsBefore } from "./extract-change-after";
import { nameEquivalents } from "./extract-equivalent";
import { mixedTenseTables, readTables } from "./extract-text-table";
import { parallelRateName } from "./extract-parallel";
import { nameRaisedRates } from "./extract-raised-rate";
import { nameTourists } from "./extract-tourists";
import { nameFines } from "./extract-fines";
import { nameDisbursedMoney } from "./extract-disbursed";
import { namePerBase } from "./extract-per-base";
import { nameEventCounts } from "./extract-event-counts";
import { shareQualifiers } from "./extract-shared-qualifier";
import { nameCrimeCountsByField } from "./extract-crime-field";
import { nameRatesByCounts } from "./extract-rate-by-counts";
import { type Figure, figuresIn, labelledPart, type Modifier, modifierOf } from "./extract-figures";
import {
  COUNT_VERBS,
  countedOf,
  countUnitHead,
  LEAD_FILLERS,
  leftName,
  MEASURE_HEAD,
  MONEY_SUBJECT,
  NAME_REACH,
  rightPhrase,
  SUBJECT_END,
  TAIL_FILLERS,
  withoutAim,
  withoutTimeLead,
  withoutExampleLead,
  withoutSpeaker,
} from "./extract-names";
import { confidenceOf } from "./extract-confidence";
import { nameGrowthParts, secondBaseOf } from "./extract-growth";
import { nameDisbursedShares, nameRatesAgain, nameSharesOfWhom } from "./extract-rate-again";
import { nameBareUnitsAgain } from "./extract-unit-again";
import { dropDoubledNounLeads } from "./extract-doubled-noun";
import { spellOutAbbreviations } from "./extract-abbreviations";
import { nameLevelsAfterMultiple } from "./extract-multiple-before";
import { namePeriodClauses, periodName, periodOfClause, periodOnlyClause } from "./extract-period-clauses";
import { notCounted } from "./extract-not-counted";
import { nameMeasureOfCount } from "./extract-measure-of-count";
import { aimedRateName, planShareName } from "./extract-plan-share";
import { distributeRespectively } from "./extract-respectively";
import { respectiveChanges } from "./extract-respective-changes";
import { spreadSharedFall } from "./extract-shared-fall";
import { nextPartShare } from "./extract-share-of-whole";
import { nameByWholeYearLead } from "./extract-year-lead";
import { nameCountWithCount, namedCountBefore, nameWorkersOfCount } from "./extract-with-count";
import { withAreaHead } from "./extract-area-head";
import { nameMeasureBySubject } from "./extract-with-measure";
import { chooseNames } from "./extract-name-model";
import { withoutNameTail } from "./extract-name-tail";
import { withoutReceivingVerb } from "./extract-received";
import { levelAfterStep } from "./extract-raised-to";
import { shareCalledBy } from "./extract-share-called";
import { withoutUnitEcho } from "./extract-unit-echo";
import { businessBesideTotals, rateName, withoutEnterpriseSubject } from "./extract-enterprise";
import { workersGivenWork } from "./extract-jobs";
import { withoutKeptAt } from "./extract-kept-level";
import { nameByListHead } from "./extract-list-head";
import { nameBySharedVerb } from "./extract-shared-verb";
import { NAME_MODEL } from "./extract-name-weights";
import { applyLearntTense, clauseFinder } from "./extract-tense-learnt";
import {
  absoluteChange,
  changeBefore,
  isEstimate,
  isRateListedBefore,
  LIMIT_BEFORE,
  lowerIsBetter,
  mayOpenWithPlan,
  parallelAt,
  percentProposal,
  quantityProposal,
  RAISE,
  raisedTotal,
  rateDraft,
  sameIndicatorAgain,
  stretchTarget,
  timesPrior,
  typedPlan,
} from "./extract-proposals";

export type { Confidence, DoubtReason, ExtractMode, ExtractOptions, Proposal } from "./extract-types";
export { isSure } from "./extract-confidence";
export { proposalToRow, type RowOptions } from "./extract-row";
export { tenseClauses } from "./extract-tense";

/**
 * Words of a sentence that narrates an event rather than reporting results ("… được thông qua với tỷ
 * lệ tán thành 100%", "… đại diện 87% cổ phần có quyền biểu quyết": a shareholders' meeting's votes).
 */
const EVENT =
  /(?<!\p{L})(?:tỷ lệ tán thành|quyền biểu quyết|dự lễ|dự hội nghị|tham dự|đến thăm|thăm, tặng quà|thăm và tặng quà|khai mạc|bế mạc|chủ trì|hân hoan|đoàn công tác|bầu bổ sung|thông qua \d+ nghị quyết|vào lúc|trao tặng|nhà tài trợ|tự nguyện hiến|xảy ra vụ)(?!\p{L})/u;

/** "Ông Nguyễn Văn A": a person named in full, as news tells of one, not a report of results. */
/** "và kéo giảm số ngày … ít nhất", "; giảm tỷ lệ hộ nghèo": a cut's verb, then what it cuts (two words or more).
 * "kéo giảm" is a cut wherever it stands ("yêu cầu Công an tỉnh kéo giảm số vụ … trên 5%"). */
const OWN_CUT =
  /(?:(?:^|[,;:]|\svà)\s*(?:phấn đấu\s+)?(?:kéo giảm|giảm)|(?<!\p{L})kéo giảm)\s+(?:số|tỷ lệ|lượng|tổng)\s+\p{L}+(?:\s+\p{L}+)+\s*(?:(?:ít nhất|tối thiểu|từ|trên|khoảng)\s*)?$/u;

/**
 * A body told to do something by a date: what it is told to do is no result. ("Sở Y tế đề nghị các
 * bệnh viện và 9 trung tâm y tế … báo cáo trước ngày …": a department's own bodies are told too.)
 */
const DIRECTIVE =
  /(?<!\p{L})(?:yêu cầu|đề nghị|chỉ đạo|giao)\s+(?:cho\s+)?(?:các\s+)?(?:\d+\s+)?(?:xã|phường|huyện|thị trấn|sở|phòng|ban|ngành|cơ quan|địa phương|đơn vị|ủy ban|ubnd|bệnh viện|trung tâm|trường|trạm y tế)(?!\p{L})[^.]*?(?:trước|chậm nhất|trong)\s+(?:ngày|quý|tháng)\s+[\dIVX]/u;
const PERSON = /(?<!\p{L})(?:[ÔôBb]à|[Ôô]ng|[Aa]nh|[Cc]hị|[Ee]m)\s+\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*/u;

/** "Tổng kế hoạch vốn đầu tư công", "kế hoạch vốn năm 2026": a plan of money, its words captured. */
const PLANNED_MONEY =
  /^(?:tổng\s+)?kế hoạch\s+((?:vốn|kinh phí|nguồn)(?:\s+\p{L}+){0,5}?)(?:\s+năm\s+\d{4}|\s+(?:của|do)\s.*|\s+(?:được\s|giao\s).*)?$/u;

const namesPlannedMoney = (name: string): boolean => mayOpenWithPlan(name) && PLANNED_MONEY.test(lower(name));

export function extractIndicators(
  text: string,
  convention: NumberConvention,
  options: ExtractOptions = {},
): Proposal[] {
  // "Chỉ tiêu | Năm 2026 | Kế hoạch 2027": a table pasted as text, each row read in its columns' tenses.
  const tables = (options.mode ?? "auto") === "auto" ? mixedTenseTables(text.normalize("NFC")) : [];
  if (tables.length > 0) {
    const { prose, rows } = readTables(text.normalize("NFC"), tables, (sentence, mode) =>
      extractIndicators(sentence, convention, { ...options, mode }),
    );
    return [...extractIndicators(prose, convention, options), ...rows].sort(
      (a, b) => a.source.start - b.source.start,
    );
  }
  // "TH 45,2 tỷ đ/KH 52 tỷ đ, đạt 86,9% KH": office shorthand written out; offsets map back below.
  const expanded = expandShorthand(text.normalize("NFC"));
  const src = expanded.text;
  const mode = options.mode ?? "auto";
  const drafts: Draft[] = [];
  /** Money spent, named by the plan stated before it ("Kế hoạch vốn … được giao X. … giải ngân Y"). */
  const plansOf = new Map<Draft, Draft>();
  /** Parts of a count listed in brackets by label ("(Nhật Bản 204, …)"): no whole of their own. */
  const labelledParts = new Set<Draft>();
  /** Sentences that order tasks with a deadline ("yêu cầu các sở, ngành … trước ngày 15/01/2027"). */
  const directiveSentences = new Set<number>();
  /** Sentences that narrate an event ("dự lễ khai giảng", "đến thăm, tặng quà"). */
  const eventSentences = new Set<number>();
  const topics = new Map<number, string>();
  /** Sentences whose topic is an area of work ("1. Công tác xây dựng Hội:"), a section's heading. */
  const workAreas = new Set<number>();
  /** The campaign a sentence's topic names ("Phong trào … thi đua sản xuất, kinh doanh giỏi:"). */
  const campaigns = new Map<number, string>();
  /**
   * Sentences whose topic is a clause followed by a place's stock ("Hạ tầng thương mại được đầu tư: toàn tỉnh
   * có 214 chợ, 18 siêu thị"): what the place has is named by its own noun, the topic is the heading.
   */
  const placeStocks = new Set<number>();
  const clauses = clausesOf(src, mode);
  /** The last plan of money before a figure ("Tổng kế hoạch vốn …"), each draft looked at once. */
  const lastPlan = lastDraftCursor(drafts, namesPlannedMoney);
  /** Where each figure of a target stated as an addition to a stock starts ("có thêm 20 trường"), in order. */
  const addedToStock: number[] = [];
  /** An article's headline: its figures are the article's, told again below it. */
  const headline = headlineEnd(src);
  /**
   * Sentences whose tense was carried from another while the paragraph holds both results and
   * targets: whether a figure there is a result or a target is a guess.
   */
  const mixed = clauses.some((c) => c.plan) && clauses.some((c) => !c.plan);
  const guessedTense = new Set(clauses.filter((c) => mixed && !c.marked).map((c) => c.sentence));
  /** Where each sentence opens, for a look back within it. */
  const sentenceOpens = new Map<number, number>();
  for (const c of clauses) if (!sentenceOpens.has(c.sentence)) sentenceOpens.set(c.sentence, c.start);
  for (const clause of clauses) {
    const said = src.slice(clause.start, clause.end);
    if (EVENT.test(lower(said)) || PERSON.test(said)) eventSentences.add(clause.sentence);
    if (DIRECTIVE.test(lower(said))) directiveSentences.add(clause.sentence);
    // "Chương trình kiên cố hóa trường, lớp học: đã hoàn thành …, giải ngân 138,4 tỷ đồng": the topic
    // before the colon that opens a sentence.
    if (!topics.has(clause.sentence)) {
      // "Tai nạn giao thông giảm trên cả 3 tiêu chí:": a figure after the topic's verb is no part of it.
      const head = /^([^:;.]{3,120}):\s/u.exec(src.slice(clause.start, clause.end))?.[1] ?? "";
      // "Tai nạn giao thông năm 2026 giảm …:": when is no part of the topic.
      const topic = stripEdges(
        (head.split(SUBJECT_END)[0] ?? "").replace(
          /\s+(?:(?:trong\s+)?(?:\d{1,2}\s+tháng(?:\s+đầu)?\s+)?năm\s+(?:19|20)\d\d|quý\s+[IV]+(?:\s*\/\s*(?:19|20)\d\d)?)$/u,
          "",
        ),
        LEAD_FILLERS,
        TAIL_FILLERS,
      );
      if (
        /^\s*(?:\d{1,2}[.)]\s*|[-–•+*]\s*)?công tác\s/u.test(lower(head)) ||
        SECTOR_HEADING.test(lower(head))
      )
        workAreas.add(clause.sentence);
      const campaign = /^\s*(?:\d{1,2}[.)]\s*|[-–•+*]\s*)?((?:phong trào|cuộc vận động)\s[^\d]+)$/iu.exec(
        head,
      )?.[1];
      // (A topic that is a noun phrase, "Giáo dục mầm non:", says which stock: only a clause heads.)
      if (
        head.split(SUBJECT_END).length > 1 &&
        /^:\s*(?:(?:đến nay|hiện nay|hiện)\s*,?\s*)?(?:toàn|cả)\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường)\s+(?:hiện\s+)?có\s/u.test(
          lower(src.slice(clause.start + head.length, clause.start + head.length + 60)),
        )
      )
        placeStocks.add(clause.sentence);
      if (campaign !== undefined && words(campaign).length <= 16)
        campaigns.set(clause.sentence, campaign.trim());
      // "Phòng GD&ĐT: …", "Trạm Y tế phường …, 11 tháng: …": the office that sends a brief is who
      // reports, not what its figures count.
      const sender = isSender(topic);
      topics.set(
        clause.sentence,
        !sender &&
          // "Tài khoản định danh điện tử mức độ 2 được kích hoạt:": a level's number is part of the topic.
          words(topic).length >= 2 &&
          words(topic).length <= 10 &&
          !/\d/u.test(topic.replace(/(?<!\p{L})(?:mức độ|cấp độ|cấp|loại|hạng|nhóm)\s+\d{1,2}(?!\d)/gu, ""))
          ? topic
          : "",
      );
    }
    let current: Draft | null = null;
    let boundary = clause.start;
    /** "Số vụ phạm pháp giảm 12 vụ so với cùng kỳ, còn 134 vụ": the change comes before the figure. */
    let pending: { unit: string; delta: number; name: string; start: number } | null = null;
    /** "hoàn thành 100% chỉ tiêu với 312 thanh niên nhập ngũ": a % KH before its figure. */
    let pendingMod: Modifier = null;
    /** The draft whose change was just read as a figure ("giảm 11 vụ"), for a "(14,86%)" after it. */
    let lastChange: { draft: Draft; sign: number; end: number } | null = null;
    /** "giảm từ 19,2% xuống còn 17,8%": the figure before, where "từ" starts. */
    let fromPrior: { value: number; unit: string; from: number } | null = null;
    /** "chỉ đạt 92,4% dự toán (1.115 tỷ đồng)": the name of a % KH whose figure is in brackets. */
    let pendingName: string | null = null;
    /** The quota before "với" was of conscripts: the count after it is of those who joined up. */
    let pendingEnlisted = false;
    /** The change from "từ X xuống Y" for the draft Y makes. */
    let lastPrior: number | null = null;
    /** "Vượt kế hoạch 2.150 người, …": a margin over the plan, for the figure after it. */
    let margin: { unit: string; value: number } | null = null;
    /** The clause model of this clause: its parts and the shares it lists. */
    const parts = clauseParts(src, clause.start, clause.end);
    const shares = leadingShares(src, clause.start, clause.end);
    /** The last "(" and ")" before a figure, each character of the clause read once. */
    const opens = lastIndexCursor(src, clause.start, "(");
    const closes = lastIndexCursor(src, clause.start, ")");
    for (const found of figuresIn(src, clause, convention)) {
      let f = found;
      // "100% xã đạt 4 tiêu chí cứng": a figure inside the name of the one before is part of it.
      if (f.start < boundary || f.start < headline) continue;
      // "Tàu cá có chiều dài từ 15 m trở lên được lắp …: 1.146/1.146 chiếc": a threshold inside the
      // label of the figure after the colon says which are counted; it is no figure of its own.
      if (
        /^\s*trở\s+(?:lên|xuống)[^\d;.:\n]{0,120}:\s*(?:hơn|khoảng|gần|trên|đạt)?\s*\d/u.test(
          src.slice(f.end, f.end + 160),
        )
      )
        continue;
      // "- Nhà bị ngập sâu từ 1 - 2 m: 2.846 nhà", "Hộ có thu nhập dưới 1,5 triệu đồng/tháng: 96 hộ": a
      // bound in a label before a colon says which are counted by the figure after it.
      if (
        /^\s*:\s*(?:hơn|khoảng|gần|trên|đạt)?\s*\d/u.test(src.slice(f.end, f.end + 24)) &&
        /(?<!\p{L})(?:sâu|cao|dài|rộng|nặng|trên|dưới|từ|không quá|không dưới)\s*$/u.test(
          lower(src.slice(Math.max(clause.start, f.start - 24), f.start)) +
            (/^(?:trên|dưới|từ)(?!\p{L})/iu.test(src.slice(f.start, f.end)) ? " từ" : ""),
        )
      )
        continue;
      // "Tỷ lệ trẻ sơ sinh có cân nặng dưới 2.500 gram chiếm 4,2%": a bound inside the name of the rate
      // that follows it says which are counted, as an age does; the rate is the figure.
      if (
        f.unit !== "%" &&
        /^(?:\s+trở\s+(?:lên|xuống))?[^\d,;:.()]{0,40}?(?<!\p{L})(?:chiếm|là|đạt|còn|ở mức)\s+\d[\d.,]*\s*%/u.test(
          src.slice(f.end, f.end + 80),
        ) &&
        /(?<!\p{L})tỷ lệ(?!\p{L})[^\d,;:.()]{3,80}?(?<!\p{L})(?:dưới|trên|từ|không quá|không dưới)\s*$/u.test(
          lower(src.slice(Math.max(clause.start, f.start - 100), f.start)),
        )
      )
        continue;
      // "kế hoạch vốn giao thực hiện 3 chương trình mục tiêu quốc gia là 1.386,52 tỷ đồng": a count
      // inside the subject of "là" says what the sum after it is for; the sum is the figure.
      if (
        f.unit !== "%" &&
        /^(?:\s+[^\d,;:.()]{1,60}?)?\s+là\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?\d[\d.,]*\s*(?:nghìn tỷ|tỷ|triệu|nghìn)?\s*(?:đồng|usd)/iu.test(
          src.slice(f.end, f.end + 100),
        )
      )
        continue;
      // "412 mô hình sản xuất, kinh doanh có thu nhập từ 200 triệu đồng/năm trở lên": a threshold
      // after "có" / "với" says which of the count before are counted, part of its name.
      const threshold =
        current !== null && current.unit !== "%"
          ? /^[^\d;:()]{0,12}trở\s+(?:lên|xuống)/u.exec(src.slice(f.end, f.end + 40))
          : null;
      if (
        current !== null &&
        threshold !== null &&
        current.source.start < f.start &&
        /\d[^\d;:()]*?(?<!\p{L})(?:có|với)\s+[^\d;:,()]{1,30}?\s+từ\s*$/u.test(
          lower(src.slice(Math.max(current.source.start, f.start - 120), f.start)),
        )
      ) {
        const end = f.end + threshold[0].length;
        const said = src.slice(current.source.end, end);
        current.name = `${current.name}${/^\s*,/u.test(said) ? "," : ""} ${said.replace(/^[\s,]+/u, "").trim()}`;
        current.source.end = end;
        boundary = end;
        continue;
      }
      // "… có 8.214 hội viên, sinh hoạt tại 312 chi hội": the cells members meet in are counted, a
      // count of the organisation's own, whatever was counted before.
      const meetsIn =
        f.place &&
        /(?<!\p{L})sinh hoạt\s+tại\s*$/u.test(lower(src.slice(Math.max(0, f.start - 20), f.start)));
      // "đầu tư xong hệ thống xử lý nước thải tại 15/21 cụm công nghiệp": a share of all the places is
      // how far the work reached, a row of its own.
      if (
        f.place &&
        !meetsIn &&
        f.of === null &&
        (current !== null || /\d/u.test(src.slice(clause.start, f.start)))
      )
        continue;
      // "Phường … được thành lập trên cơ sở nhập 3 phường cũ": the units a new one was made of tell how
      // it was formed, not a result.
      if (
        /^(?:xã|phường|thị trấn|huyện|quận|thôn|ấp|bản|tổ dân phố|khu phố|tổ|đơn vị)$/u.test(lower(f.unit)) &&
        // ("sáp nhập 46 đơn vị sự nghiệp công lập": public bodies merged are the reform's result.)
        !/^\s*sự nghiệp(?!\p{L})/u.test(lower(src.slice(f.end, f.end + 12))) &&
        /(?<!\p{L})(?<!(?:thu|xuất)\s)(?:sáp nhập|nhập|hợp nhất|sắp xếp)(?:\s+(?:nguyên trạng|toàn bộ))?(?:\s+(?:của\s+)?(?:các|cả))?\s*$/u.test(
          lower(src.slice(Math.max(clause.start, f.start - 40), f.start)),
        )
      ) {
        // "… nhập 3 phường cũ, có diện tích …": the merged units' words are no part of the next name.
        boundary = Math.max(f.end, rightPhrase(src, f.end, clause.end).end);
        continue;
      }
      // "giao 21 sở, ngành và 11 huyện … xây dựng chương trình hành động trước ngày 15/01/2026": the
      // bodies given a task by a date are counted as who, not as a result.
      if (
        directiveSentences.has(clause.sentence) &&
        /(?:giao|yêu cầu|chỉ đạo|đề nghị|phân công)\s+(?:cho\s+)?(?:các\s+)?(?:(?:\d+\s+)?[^\d,;:.]{1,30}?(?:,|\svà)\s+)*$/u.test(
          lower(src.slice(Math.max(clause.start, f.start - 120), f.start)),
        )
      ) {
        boundary = f.end;
        continue;
      }
      // "giao nhiệm vụ cụ thể cho 47 bộ, cơ quan và 34 địa phương": who was given a task, whatever the
      // sentence; "trực tuyến tới 63 tỉnh, thành phố": where a meeting reached; "xếp thứ 12/63, tăng 3
      // bậc": a rank's move. None is a result.
      if (
        notCounted(
          src.slice(Math.max(clause.start, f.start - 120), f.start),
          f.unit,
          src.slice(f.end, Math.min(clause.end, f.end + 60)),
        )
      ) {
        boundary = f.end;
        continue;
      }
      // "Năm 2027, phấn đấu có thêm ít nhất 20 trường đạt chuẩn quốc gia": a target stated as what is
      // added to a stock is no level to check; the stock's own target ("đưa tỷ lệ … lên 85%") is.
      // It still names the total reached after it ("…, nâng tổng số lên 93/124 xã"): dropped at the end.
      if (
        clause.plan &&
        f.unit !== "%" &&
        /(?<!\p{L})có\s+thêm(?:\s+(?:ít nhất|tối thiểu|khoảng|từ|trên))?\s*$/u.test(
          lower(src.slice(Math.max(clause.start, f.start - 40), f.start)),
        ) &&
        !newOfTheYear(src, f.end)
      )
        addedToStock.push(f.start);
      // "cao hơn vụ cùng kỳ 1,8 tạ/ha", "(so với cùng kỳ giảm 6 vụ, 4 người chết …)": a margin over an
      // earlier level, not a level of its own (a % there is still read as the change it states).
      if (f.unit !== "%" && isMargin(src.slice(clause.start, f.start), opens(f.start), closes(f.start)))
        continue;
      // "…; giảm 6 đoàn đông người so với cùng kỳ": a part that opens with the change and weighs it
      // against an earlier year states no level (only a count of the same unit before it takes it).
      if (
        f.unit !== "%" &&
        isBareChange(src, clause.start, f) &&
        !drafts.some((d) => d.sentence === clause.sentence && d.unit === f.unit)
      )
        continue;
      // "tăng 7,38%, thấp hơn mục tiêu 8% Nghị quyết đề ra": the plan a result is weighed against,
      // stated beside it, is not a figure of its own.
      // (Only the text after the second last separator can match, and only when it ends in one of
      // the pattern's last words: a clause of many figures is not read again for each.)
      if (
        // "Nợ xấu …, chiếm 1,13% tổng dư nợ, thấp hơn mức 3% theo chỉ đạo": a ceiling set elsewhere.
        // "Bội chi …, thấp hơn mức Quốc hội cho phép (3,8% GDP)": the ceiling in brackets, who set it.
        /(?:tiêu|hoạch|ra|giao|là|mức|phép|định)\s*\(?$/u.test(
          src.slice(clause.start, f.start).trimEnd().slice(-7),
        ) &&
        /\d[^,;:]*,\s*(?:thấp|cao)\s+hơn\s+(?:so với\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu|mức(?:\s+trần)?)(?:\s+(?:đề ra|được giao|giao)|\s+[^\d,;:()]{1,40}?\s(?:cho phép|quy định|đề ra|giao))?\s*(?:là\s+|\(\s*)?$/u.test(
          src.slice(nthLastWhere(src, clause.start, f.start, isSeparator, 2) + 1, f.start),
        )
      )
        continue;
      // "nợ xấu 1,26%, vượt giới hạn 1% do Đại hội thành viên đề ra", "…, dưới ngưỡng 3% cho phép": the
      // ceiling a result is weighed against, stated beside it, is not a figure of its own.
      if (
        /\d[^,;:]*,\s*(?:vượt|dưới|trong|thấp hơn|cao hơn)\s+(?:quá\s+)?(?:giới hạn|ngưỡng|mức trần|trần)(?:\s+(?:cho phép|quy định|an toàn))?\s*(?:là\s+)?$/u.test(
          lower(src.slice(nthLastWhere(src, clause.start, f.start, isSeparator, 2) + 1, f.start)),
        )
      )
        continue;
      const from = /(?<!\p{L})từ\s*$/u.exec(src.slice(Math.max(boundary, f.start - 8), f.start));
      if (
        from !== null &&
        // "từ 6,48% cuối năm 2025 xuống còn 4,91%": when, in brackets or not; "từ 3,4% giảm còn 2,3%";
        // "từ 11,7% năm 2026 xuống dưới 9%": the level aimed at may be a limit.
        /^\s*(?:\([^()\d]*\d*\)\s*|(?:vào\s+)?(?:(?:cuối|đầu|giữa)\s+)?năm\s+(?:19|20)\d\d\s*,?\s*)?(?:xuống|lên|giảm(?:\s+xuống)?\s+còn|giảm\s+xuống|tăng\s+lên)\s+(?:còn\s+|mức\s+)?(?:(?:dưới|trên|ít nhất|tối thiểu|khoảng)\s+)?(?=\d)/u.test(
          src.slice(f.end, f.end + 40),
        )
      ) {
        fromPrior = { value: f.value, unit: f.unit, from: f.start - from[0].length };
        continue;
      }
      const prior = fromPrior !== null && fromPrior.unit === f.unit ? fromPrior : null;
      fromPrior = null;
      if (prior !== null) {
        const change =
          prior.value !== 0 && f.unit !== "%"
            ? Number((((f.value - prior.value) / Math.abs(prior.value)) * 100).toPrecision(12))
            : null;
        // "giảm 3 vụ (từ 27 vụ xuống 24 vụ)": the change read as the figure is corrected.
        if (
          current !== null &&
          current.unit === f.unit &&
          current.actual !== null &&
          /^\s*\(\s*$/u.test(src.slice(current.source.end, prior.from))
        ) {
          current.actual = f.value;
          current.changePct = change;
          current.source.end = f.end;
          boundary = f.end;
          continue;
        }
        f = { ...f, start: prior.from };
        if (change !== null) lastPrior = change;
      }
      // What names a figure is close before it: every look back stops 600 characters before, so
      // a clause of thousands of figures that name nothing stays linear.
      boundary = Math.max(boundary, f.start - NAME_REACH);
      const justChanged = lastChange;
      lastChange = null;
      // "giảm 11 vụ (14,86%) so với cùng kỳ", "giảm 4 vụ (-30,8%)", "giảm 6 vụ, tương đương 20%",
      // "tăng 6 người bị thương (+6,59%)": the change as printed.
      if (
        f.percent &&
        justChanged !== null &&
        /^\s*(?:(?:[^\d,;()]{1,24}?\s*)?\(\s*[-−+]?|,\s*(?:tương đương|tương ứng)(?:\s+(?:với\s+)?(?:tăng|giảm))?\s*)$/u.test(
          lower(src.slice(justChanged.end, f.start)),
        )
      ) {
        justChanged.draft.changePct = justChanged.sign * f.value;
        boundary = f.end;
        continue;
      }
      // "xi măng 3,46 triệu tấn (+5,1%)", "thủy sản chế biến 58,3 nghìn tấn (-2,4%)": a signed change in
      // brackets right after a level is its change against the same period before.
      const signed = /^\s*\(\s*([-−+])$/u.exec(
        current === null ? "" : src.slice(current.source.end, f.start),
      );
      if (
        f.percent &&
        signed?.[1] !== undefined &&
        current !== null &&
        current.unit !== "%" &&
        current.actual !== null &&
        current.changePct === null &&
        /^\s*\)/u.test(src.slice(f.end, f.end + 3))
      ) {
        current.changePct = (signed[1] === "+" ? 1 : -1) * Math.abs(f.value);
        boundary = f.end;
        continue;
      }
      // "xảy ra 64 vụ (giảm 9 vụ, tương đương 12,33%)": the change in % of the count the margin was in.
      const told = f.percent
        ? /(tăng|giảm)\s+\d[\d.,]*\s+([^\d,;()]+?)\s*,\s*(?:tương đương|tương ứng)(?:\s+(?:với\s+)?(?:tăng|giảm))?\s*$/u.exec(
            lower(src.slice(Math.max(0, f.start - 60), f.start)),
          )
        : null;
      const toldOf =
        told?.[2] === undefined
          ? null
          : lastOfSentence(drafts, clause.sentence, (d) => lower(d.unit) === told[2] && d.actual !== null);
      if (told !== null && toldOf !== null) {
        if (toldOf.changePct === null) toldOf.changePct = (told[1] === "giảm" ? -1 : 1) * f.value;
        boundary = f.end;
        continue;
      }
      // "1,26% (chỉ tiêu dưới 1,5%)", "10,26%/năm (mục tiêu 10 - 10,5%/năm)": the target of the figure
      // before, in brackets.
      // "(chỉ tiêu Nghị quyết 96 của Quốc hội là 85%)", "vượt chỉ tiêu Quốc hội giao (75%)",
      // "(chỉ tiêu Quốc hội giao 88%)": whose
      // target it is may be said between; "cao hơn KH (7,8%)": the plan as office shorthand.
      const bracket =
        /\(\s*(?:chỉ tiêu|kế hoạch|mục tiêu|kh|nq|nghị quyết)(?:(?:\s+\p{L}+){0,6}\s+(?:đề ra|giao)|\s+năm)?\s*:?\s*(?:là\s*)?$|\(\s*(?:chỉ tiêu|kế hoạch|mục tiêu)\s[^();]{1,60}?\s(?:là|:)\s*$|(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:nghị quyết|đề ra|giao|năm\s+\d{4}))?\s*\(\s*$|(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+\p{L}+){0,4}\s+(?:giao|đề ra)\s*\(\s*$|(?<!\p{L})(?:cao hơn|thấp hơn|vượt|đạt)\s+kh\s*\(\s*$/u;
      const before = lower(src.slice(boundary, f.start));
      const limitWord = LIMIT_BEFORE.exec(before)?.[1] ?? null;
      const bare = limitWord === null ? before : before.slice(0, before.length - limitWord.length - 1);
      // "72 triệu đồng/người/năm (kế hoạch 70 triệu đồng)": the plan may leave out the "/người/năm".
      const planOf = (d: Draft | null): boolean =>
        d !== null && d.actual !== null && (d.unit === f.unit || d.unit.split("/")[0] === f.unit);
      // "11,4 bác sĩ và 32,7 giường bệnh trên một vạn dân (kế hoạch 11 bác sĩ và 32 giường bệnh)": the
      // plans of two results, each of the result in its unit, the second joined by "và" inside the
      // bracket the plan word opened (looked for a bounded way back).
      const bracketed =
        bracket.test(bare.trimEnd()) ||
        (/^\s*(?:,|và)\s*$/u.test(bare) &&
          /\(\s*(?:chỉ tiêu|kế hoạch|mục tiêu|kh)(?!\p{L})[^();]*$/u.test(
            lower(src.slice(Math.max(clause.start, f.start - 120), f.start)),
          ));
      const planned = !bracketed
        ? null
        : planOf(current)
          ? current
          : lastOfSentence(drafts, clause.sentence, (d) => planOf(d) && d.planText === null);
      if (planned !== null && planned !== undefined) {
        if (planned.planText === null) {
          planned.planText = typedPlan(f, limitWord);
          planned.plan = limitWord === null ? f.value : null;
        }
        boundary = f.end;
        continue;
      }
      // "Tỷ lệ thanh toán trực tuyến đạt 52,3%, kế hoạch là 50%", "khoảng 94,2%, chưa đạt chỉ tiêu
      // 95%": the plan of the year said beside the result just given, in its unit, is that result's
      // plan (as in brackets), no row of its own.
      if (
        limitWord === null &&
        /\d\s*(\S+)\s*,\s*(?:(?:chưa|không)\s+đạt\s+(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:đề ra|giao))?|kế hoạch\s+là)\s*$/u.test(
          lower(src.slice(Math.max(0, f.start - 48), f.start)),
        )
      ) {
        const result =
          current !== null && current.actual !== null && current.unit === f.unit
            ? current
            : lastOfSentence(drafts, clause.sentence, (d) => d.actual !== null && d.unit === f.unit);
        if (result !== null && result.planText === null && result.plan === null) {
          result.planText = typedPlan(f, null);
          result.plan = f.value;
          boundary = f.end;
          continue;
        }
      }
      // "tỷ lệ sinh con thứ ba trở lên 11,3% (cùng kỳ 13,6%)": the rate of the year before, no figure.
      // "chiếm 2,82% số phải thu (năm 2025 là 3,35%)": after a share, which leaves its count current.
      if (
        f.percent &&
        (current?.unit === "%" || lastOfSentence(drafts, clause.sentence, () => true)?.unit === "%") &&
        /\(\s*(?:năm trước|cùng kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d\d))?|kỳ trước|năm\s+(?:19|20)\d\d)\s*(?:là|:)?\s*$/u.test(
          bare.trimEnd(),
        )
      ) {
        boundary = f.end;
        continue;
      }
      // "tốc độ tăng trưởng 8 - 8,5%/năm, phấn đấu 9%/năm": the stretch of the rate just planned.
      const stretchOfRate = f.percent ? stretchTarget(src, f, boundary, drafts, clause) : null;
      if (stretchOfRate !== null) {
        stretchOfRate.stretch = f.value;
        stretchOfRate.source.end = Math.max(stretchOfRate.source.end, f.end);
        boundary = f.end;
        continue;
      }
      // "241,6 nghìn tỷ đồng (NQ: 230 nghìn tỷ đồng), vượt 5%": the margin over the plan just stated.
      if (
        f.percent &&
        current !== null &&
        current.actual !== null &&
        current.plan !== null &&
        current.pctPlan === null &&
        /^[^\d;(]{0,30}?[,)]\s*,?\s*vượt\s*$/u.test(lower(src.slice(boundary, f.start))) &&
        /^\s*(?:[,;.]|$)/u.test(src.slice(f.end, f.end + 2))
      ) {
        current.pctPlan = Number((100 + f.value).toPrecision(12));
        current.source.end = f.end;
        boundary = f.end;
        continue;
      }
      if (f.percent) {
        // "giảm từ 19,2% xuống còn 17,8%": the figure itself, the verb before "từ" says the direction.
        let mod = prior !== null ? null : modifierOf(src, f, clause.start);
        /** A change read as a part's own rate: a fall keeps its sign. */
        let ownFall = false;
        // "tăng 11,2% về số doanh nghiệp và 23,5% về vốn đăng ký": the second change shares the verb.
        const sharedVerb = /(tăng|giảm)\s+[\d.,]+\s*%\s+về\s+[^,;\d]+?\s+và\s*$/u.exec(
          lower(src.slice(Math.max(clause.start, f.start - 80), f.start)),
        )?.[1];
        if (mod === null && sharedVerb !== undefined && /^\s*%\s*về\s/u.test(src.slice(f.end - 1, f.end + 6)))
          mod = { kind: "change", value: sharedVerb === "giảm" ? -f.value : f.value, end: f.end };
        // "…; so với năm 2025 giảm 9,5% số vụ và giảm 14,3% số người chết": the change of a count said
        // before in the sentence, named after the % by its noun (the count's name, else its unit).
        const ofCount =
          mod?.kind === "change"
            ? /^\s*số\s+(\p{L}+(?:\s\p{L}+){0,2}?)(?=\s*(?:[,;.)]|\svà\s|$))/u.exec(
                lower(src.slice(f.end, f.end + 40)),
              )
            : null;
        const counted = ofCount?.[1];
        if (mod !== null && counted !== undefined) {
          const open = (d: Draft): boolean => d.actual !== null && d.unit !== "%" && d.changePct === null;
          const named =
            lastOfSentence(
              drafts,
              clause.sentence,
              (d) => open(d) && ` ${lower(d.name)} `.includes(` ${counted} `),
            ) ?? lastOfSentence(drafts, clause.sentence, (d) => open(d) && counted === lower(d.unit));
          if (named !== null) {
            named.changePct = mod.value;
            boundary = f.end + (ofCount?.[0].length ?? 0);
            continue;
          }
        }
        // "…; ước đến hết ngày 31/01/2027 giải ngân đạt 96,3% kế hoạch", "phấn đấu giải ngân đạt 100% kế
        // hoạch": a plan's share done, with no amount in its clause, is the rate of that work, not the %
        // of plan of a figure said before.
        const rateOfWork =
          mod !== null && mod.kind === "pctPlan"
            ? rateOfWorkName(
                leftName(src, boundary, f.start).name,
                src.slice(Math.max(clause.start, f.start - 120), f.start),
                current,
                clause.start,
                drafts[drafts.length - 1] ?? null,
                // "có thêm 1.300 doanh nghiệp … và giải ngân 100% kế hoạch vốn": a work of its own
                // joined by "và" after a count of the same clause.
                /^\s*và\s+\p{L}/u.test(lower(src.slice(boundary, f.start))),
                // (another work's quota only when nothing is counted after it: "hoàn thành 100% chỉ tiêu
                // với 312 thanh niên nhập ngũ" is the % KH of the count; nor a margin "vượt 6% dự toán";
                // nor a quota the sentence has already keyed: "hoàn thành 100% chỉ tiêu giao quân;
                // công tác tuyển quân đạt 100% chỉ tiêu" says it twice)
                // (a year or a date after it, "… kế hoạch vốn năm 2026", counts nothing)
                /\d/u.test(
                  src
                    .slice(mod.end, clause.end)
                    .replace(/(?<!\p{L})(?:năm|ngày|tháng|quý)\s+\d[\d/]*(?![\d.,]*\d)/gu, ""),
                ) ||
                  /(?<!\p{L})vượt\s*$/u.test(lower(src.slice(boundary, f.start))) ||
                  lastOfSentence(
                    drafts,
                    clause.sentence,
                    (d) => d.unit === "%" && /chỉ tiêu/u.test(lower(d.name)),
                  ) !== null
                  ? null
                  : (/chỉ tiêu|kế hoạch|dự toán|mục tiêu/u.exec(lower(src.slice(f.end, mod.end)))?.[0] ??
                      "kế hoạch"),
              )
            : null;
        if (rateOfWork !== null) mod = null;
        // "tỷ lệ giải ngân vốn đầu tư công đạt 95,2% kế hoạch", "chỉ số sản xuất công nghiệp bằng
        // 108,6% so với cùng kỳ": a rate or an index named before it is its own figure.
        if (
          mod !== null &&
          mod.kind !== "change" &&
          // "tốc độ tăng trưởng GRDP ước đạt 8,46% so với cùng kỳ": a growth rate too.
          /^(?:tỷ lệ|chỉ số|(?:tốc độ\s+)?tăng trưởng|tốc độ tăng)\s/u.test(
            lower(leftName(src, boundary, f.start).name),
          )
        )
          mod = null;
        // "tăng trưởng ước đạt 7,92%, …, khu vực dịch vụ tăng 7,06%": a change with a subject of its own
        // after a rate is that part's own rate, not the change of the rate before.
        if (
          mod !== null &&
          mod.kind === "change" &&
          ((current !== null &&
            current.unit === "%" &&
            words(leftName(src, boundary, f.start).name.replace(/\s*(?:tăng|giảm)(?:\s+\p{L}+)?$/u, ""))
              .length >= 2 &&
            // ("so với tháng 12/2025 và tăng 3,18%": words left of the base before are no subject)
            !/^so với\s/iu.test(leftName(src, boundary, f.start).name)) ||
            // "tăng trưởng quý III ước đạt 8,46%; 9 tháng ước tăng 8,12%": the period's own rate (the
            // rate before it may be in the clause before the ";").
            ((current ?? lastOfSentence(drafts, clause.sentence, () => true))?.unit === "%" &&
              periodOnlyClause(src, f.start)))
        ) {
          // "…, ngành sản xuất và phân phối điện giảm 1,7%": that part's own rate keeps its sign.
          ownFall = mod.value < 0;
          mod = null;
        }
        // "…; kéo giảm số ngày chất lượng không khí kém ít nhất 20% so với năm 2026": a target's cut with
        // the verb and what it cuts of its own is its own row (a plan in %), not a change of the figure
        // before it.
        // (Read alone, "20% so với năm 2026" would be a share of that year.)
        if (
          mod !== null &&
          mod.kind !== "pctPlan" &&
          clause.plan &&
          OWN_CUT.test(lower(src.slice(boundary, f.start)))
        ) {
          const cut = percentProposal(src, f, clause, boundary, {
            kind: "change",
            value: -Math.abs(f.value),
            end: mod.end,
          });
          if (cut !== null) {
            // "UBND tỉnh yêu cầu Công an tỉnh kéo giảm số vụ …": who asks and who is asked name no cut.
            const told = /^.+?\skéo giảm\s+(?=\p{L})/u.exec(cut.name);
            if (told !== null) cut.name = cut.name.slice(told[0].length);
            if (!/^(?:mức|kéo|giảm)\s/u.test(lower(cut.name)))
              cut.name = `Mức giảm ${decapitalize(cut.name)}`;
            drafts.push(cut);
            current = cut;
            boundary = Math.max(cut.source.end, mod.end);
            continue;
          }
        }
        // "So với dự toán huyện giao, thu ngân sách xã vượt 21,4%, đạt 9,73 tỷ đồng": the plan was named
        // first, the margin over it comes before the figure it is of.
        if (
          mod === null &&
          /vượt\s*$/u.test(lower(src.slice(Math.max(clause.start, f.start - 8), f.start))) &&
          /^\s*%?\s*,\s*(?:ước\s+)?đạt\s+\d/u.test(lower(src.slice(f.end, f.end + 16))) &&
          /so với\s+(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu)/u.test(lower(src.slice(clause.start, f.start)))
        ) {
          pendingMod = { kind: "pctPlan", value: Number((100 + f.value).toPrecision(12)), end: f.end };
          pendingName = leftName(src, boundary, f.start).name.replace(/\s+vượt$/u, "");
          boundary = f.end;
          continue;
        }
        // "thuế thu nhập cá nhân bằng 132,4% so với cùng kỳ, đạt 9,87 tỷ đồng": a clause with a subject
        // of its own states the comparison before its figure.
        const ownSubject =
          mod !== null && mod.kind !== "change"
            ? leftName(src, boundary, f.start).name.replace(/\s+(?:bằng|đạt|vượt)$/u, "")
            : "";
        if (
          mod !== null &&
          mod.kind !== "change" &&
          words(ownSubject).length >= 2 &&
          !/^(?:tỷ lệ|tỷ trọng|chỉ số)\s/u.test(lower(ownSubject)) &&
          /^\s*,\s*(?:ước\s+)?đạt\s+\d/u.test(lower(src.slice(mod.end, mod.end + 16)))
        ) {
          pendingMod = mod;
          pendingName = ownSubject;
          boundary = mod.end;
          continue;
        }
        // "giành 112 huy chương (34 vàng, 35 bạc, 43 đồng), vượt 12% chỉ tiêu": after the bracket of its
        // parts, the comparison is of the whole before the bracket.
        if (mod !== null && current !== null) {
          const open = src.lastIndexOf("(", f.start);
          const close = src.lastIndexOf(")", f.start);
          if (
            open >= clause.start &&
            close > open &&
            current.source.start > open &&
            current.source.end <= close + 1
          ) {
            const whole = lastOfSentence(
              drafts,
              clause.sentence,
              // "286,4 nghìn lượt khách (khách quốc tế 12,7 nghìn lượt), tăng 14,2%": a part may write
              // its unit shorter than the whole, by the same head word.
              (d) =>
                d.source.end <= open &&
                d.actual !== null &&
                (d.unit === current?.unit ||
                  (current !== null &&
                    words(d.unit)[0] === words(current.unit)[0] &&
                    d.unit.startsWith(current.unit))),
            );
            if (whole !== null) current = whole;
          }
        }
        // "…, tăng 2,9% so với tháng 12/2025 và tăng 3,18% so với cùng kỳ": a third change opens a
        // clause of its own at "và"; the rate before it is the sentence's last draft.
        const lastDraft = drafts[drafts.length - 1];
        const changed =
          current ?? (mod?.kind === "change" && lastDraft?.sentence === clause.sentence ? lastDraft : null);
        const bases =
          mod?.kind === "change" && changed !== null ? secondBaseOf(src, changed, f.start, f.end) : null;
        if (mod !== null && changed !== null && bases !== null) {
          current = changed;
          // "CPI … tăng 0,38% so với tháng trước, tăng 3,26% so với cùng kỳ": a figure of its own,
          // each named by its base (the subject without the base of the change before).
          const subject = current.name.replace(/\s+so với\s+.+$/u, "");
          if (!/so với/u.test(lower(subject))) current.name = `${subject} so với ${bases.first}`;
          const draft: Draft = asDraft({
            name: `${subject} so với ${bases.second}`,
            unit: "%",
            kind: current.kind,
            actual: mod.value,
            plan: null,
            planText: null,
            estimate: current.estimate,
            source: { start: f.start, end: mod.end },
            sentence: clause.sentence,
            head: current.head,
            lead: current.lead,
            increment: false,
            changeOnly: false,
            doubts: [],
          });
          drafts.push(draft);
          current = draft;
          boundary = mod.end;
          continue;
        }
        if (mod !== null && current !== null) {
          // "phát hiện 68 vụ, 104 đối tượng, vượt 13,3% chỉ tiêu về số vụ": of the figure it names.
          const about = /^\s*về\s+(?:số\s+)?(\p{L}+(?:\s\p{L}+)?)/u.exec(
            lower(src.slice(mod.end, mod.end + 30)),
          );
          // "tăng 11,2% về số doanh nghiệp và 23,5% về vốn đăng ký": each change of the figure it names,
          // by its unit or by its name.
          const named =
            about?.[1] === undefined
              ? null
              : (lastOfSentence(
                  drafts,
                  clause.sentence,
                  (d) => about[1]?.startsWith(lower(d.unit)) === true,
                ) ??
                (mod.kind === "change"
                  ? lastOfSentence(drafts, clause.sentence, (d) => lower(d.name).includes(about[1] ?? ""))
                  : null));
          if (named !== null && named !== current && named.pctPlan === null && mod.kind === "pctPlan") {
            named.pctPlan = mod.value;
            boundary = mod.end;
            continue;
          }
          // "xảy ra 6 vụ, làm chết 3 người, …, bằng 75% cùng kỳ về số vụ": the same for a level
          // against last year.
          if (named !== null && named !== current && named.pctPrior === null && mod.kind === "pctPrior") {
            named.pctPrior = mod.value;
            boundary = mod.end + (about?.[0].length ?? 0);
            continue;
          }
          if (named !== null && mod.kind === "change" && about !== null) {
            if (named.changePct === null) named.changePct = mod.value;
            boundary = mod.end + about[0].length;
            continue;
          }
          if (mod.kind === "pctPlan" && current.pctPlan === null) current.pctPlan = mod.value;
          else if (mod.kind === "pctPrior" && current.pctPrior === null) current.pctPrior = mod.value;
          else if (
            mod.kind === "change" &&
            current.changePct === null &&
            isTargetRise(src, clause, current, f, mod.value)
          ) {
            // "phấn đấu tổng mức bán lẻ … đạt 108.000 - 110.000 tỷ đồng, tăng 11 - 12%": the rise a
            // target sets is a target of its own (its growth rate), not a change on a result.
            drafts.push(
              asDraft({
                name: `Tốc độ tăng ${decapitalize(current.name)}`,
                unit: "%",
                kind: "growth",
                actual: null,
                plan: f.hi === null ? f.value : null,
                planText: `${f.typed}%`,
                estimate: false,
                source: { start: f.start, end: mod.end },
                sentence: clause.sentence,
                head: "",
                lead: "",
                increment: false,
                changeOnly: false,
                doubts: [],
              }),
            );
            boundary = mod.end;
            continue;
          } else if (mod.kind === "change" && current.changePct === null) {
            // "dư nợ … tăng 9,7% so với đầu năm": a change since the start of the year is no change
            // on the year before (no CK comes from it); so is a bare change after one in its sentence.
            const since = SINCE_YEAR_START.exec(lower(src.slice(f.end, f.end + 30)));
            const opens = sentenceOpens.get(clause.sentence) ?? clause.start;
            const before = lower(src.slice(Math.max(opens, f.start - 300), f.start));
            // "…, tăng 7,8% so với đầu năm; dư nợ … tăng 10,2% so với cùng kỳ": a change that names
            // the year before is one, whatever came before it.
            // "so với cùng thời điểm năm 2025" names it too.
            const namedPrior =
              /^\s*%?\s*so với\s+(?:cùng kỳ|năm trước|cùng thời điểm|năm\s+(?:19|20)\d\d)/u.test(
                lower(src.slice(f.end, f.end + 30)),
              );
            // "đến ngày 31/12/2026, tín dụng … tăng 16,2% so với cuối năm 2025": a stock at a year's
            // end against the one before is its change on the year before.
            // The date may be said once for the paragraph or its list, before this sentence
            // ("… đến 31/12/2026 đạt …. … tăng 8,9% so với cuối năm 2025", "Dư nợ … đến cuối tháng
            // 12/2026:" over its items): a window of fixed size back, whatever the sentence.
            const wholeYear =
              since !== null &&
              /cuối năm/u.test(since[0]) &&
              /(?<!\p{L})đến\s+(?:hết\s+)?(?:ngày\s+)?31\s*\/\s*12|(?<!\p{L})đến\s+(?:hết|cuối)\s+(?:năm\s+(?:19|20)\d\d|tháng\s+12(?!\d))/u.test(
                lower(src.slice(Math.max(0, f.start - 400), f.start)),
              );
            if ((since === null && (namedPrior || !SINCE_YEAR_START.test(before))) || wholeYear)
              current.changePct = mod.value;
            else if (since !== null) mod.end = f.end + since[0].length;
          } else continue;
          current.source.end = Math.max(current.source.end, mod.end);
          boundary = mod.end;
          continue;
        }
        if (mod !== null && mod.kind !== "change") {
          // "hoàn thành 100% chỉ tiêu giao quân năm 2025 với 186 thanh niên nhập ngũ": the quota's
          // words before "với" name no count; the count names itself.
          // "100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ với 1.865 thanh niên", "…, gọi công dân
          // nhập ngũ với": the quota may name its two steps.
          const withCount = /^(?:\s*(?:,|và)?\s+\p{L}+){0,10}?(?:\s+năm\s+(?:19|20)\d\d)?\s*,?\s*với\s/u.exec(
            src.slice(mod.end, mod.end + 90),
          );
          // "Vượt 8,4% dự toán, tổng thu ngân sách đạt 154,73 tỷ đồng", "bằng 121% cùng kỳ, số doanh
          // nghiệp thành lập mới là 63": a comparison that opens its clause is of the figure after it.
          const opening =
            /^[\s,;:.\-–+•]*(?:[^\d,;]{0,30}(?:19|20)\d\d\s*,\s*)?(?:vượt|bằng|đạt)\s*$/u.test(
              lower(src.slice(clause.start, f.start)),
            ) &&
            /^\s*,\s*\p{L}[^\d;]{2,80}?\s(?:ước\s+)?(?:đạt|là|có)\s+\d/u.test(
              lower(src.slice(mod.end, mod.end + 100)),
            );
          if (opening) {
            pendingMod = mod;
            boundary = mod.end + (/^\s*,/u.exec(src.slice(mod.end))?.[0].length ?? 0);
          } else if (withCount !== null) {
            pendingMod = mod;
            // "… gọi công dân nhập ngũ với 1.426 thanh niên": those counted are who joined up.
            pendingEnlisted = /nhập ngũ|giao quân|tuyển quân/u.test(lower(withCount[0]));
            // "huấn luyện dân quân tự vệ đạt 100% kế hoạch với 8.416 đồng chí": the share of the plan
            // says nothing of what was done; the words before it name the count (a quota's own words,
            // "100% chỉ tiêu giao quân", leave the count to name itself).
            const done = leftName(src, boundary, f.start).name.replace(/\s+(?:đạt|bằng)$/iu, "");
            if (
              /^\s*%?\s*(?:so với\s+)?(?:kế hoạch|dự toán)/u.test(lower(src.slice(f.end, mod.end))) &&
              words(done).length >= 2
            )
              pendingName = `${done} \u0000`;
            boundary = mod.end + withCount[0].length;
          } else if (/^\s*\(\s*\d/u.test(src.slice(mod.end, mod.end + 8))) {
            pendingMod = mod;
            pendingName = leftName(src, boundary, f.start).name;
            boundary = mod.end;
          } else if (
            mod.kind === "pctPlan" &&
            clause.plan &&
            (current === null || current.sentence !== clause.sentence) &&
            /(?<!\p{L})vượt(?:\s+(?:tối thiểu|ít nhất|trên|từ))?\s*$/u.test(
              lower(src.slice(Math.max(boundary, f.start - 24), f.start)),
            )
          ) {
            // "phấn đấu thu ngân sách năm 2027 vượt tối thiểu 10% so với dự toán": a target stated as
            // the margin over the plan, with no level of its own, is that margin.
            const said = leftName(src, boundary, f.start).name;
            // "Thủ tướng yêu cầu … phấn đấu thu ngân sách": who set the aim is no part of the name.
            const subject = said
              .replace(/\s*vượt(?:\s+(?:tối thiểu|ít nhất|trên|từ))?$/iu, "")
              .replace(/^.*(?<!\p{L})phấn đấu\s+/iu, "")
              .trim();
            const over =
              /(?:so với\s+)?((?:dự toán|kế hoạch|chỉ tiêu|mục tiêu)(?:\s+(?:được\s+)?giao)?)/u.exec(
                lower(src.slice(f.end, mod.end + 20)),
              )?.[1];
            const least = /(?:tối thiểu|ít nhất|trên|từ)\s*$/u.test(lower(src.slice(boundary, f.start)));
            if (words(subject).length >= 1 && over !== undefined) {
              const draft: Draft = asDraft({
                name: `Mức vượt ${decapitalize(subject)} so với ${over}`,
                unit: "%",
                kind: "rate",
                actual: null,
                plan: least ? null : f.value,
                planText: `${least ? "ít nhất " : ""}${f.typed}%`,
                estimate: false,
                source: { start: f.start, end: mod.end },
                sentence: clause.sentence,
                head: "",
                lead: "",
                increment: false,
                changeOnly: false,
                doubts: [],
              });
              drafts.push(draft);
              current = draft;
              boundary = mod.end;
            }
          } else if (mod.kind === "pctPlan" && current === null) {
            // "hoàn thành 100% chỉ tiêu giao quân": the share of a quota named after it is itself
            // the indicator.
            const quota = rightPhrase(src, mod.end, clause.end);
            const verb = leftName(src, boundary, f.start).name;
            const word = lower(src.slice(f.end, mod.end))
              .replace(/^[\s%]*(?:so với\s+|so\s+)?/u, "")
              .trim();
            // "giải ngân vốn … đạt từ 95% kế hoạch trở lên", "ước giải ngân đạt 96% kế hoạch vốn": a
            // share of the plan with no amount beside it is the rate of what was done.
            const bare =
              (quota.phrase === "" || lower(quota.phrase) === "vốn") &&
              /^(?:kế hoạch|dự toán)(?:\s+vốn)?$/u.test(word);
            /** The rate of what is done against the plan, a target (at least `least`) or a result. */
            const shareOfPlan = (name: string, least: boolean, end: number): Draft =>
              asDraft({
                name,
                unit: "%",
                kind: "rate",
                actual: clause.plan ? null : f.value,
                plan: clause.plan && !least ? f.value : null,
                planText: clause.plan ? `${least ? "ít nhất " : ""}${f.typed}%` : null,
                estimate: isEstimate(clause, f),
                source: { start: f.start, end },
                sentence: clause.sentence,
                head: "",
                lead: "",
                increment: false,
                changeOnly: false,
                doubts: [],
              });
            if (
              !bare &&
              quota.phrase !== "" &&
              words(quota.phrase).length <= 6 &&
              !/\d/u.test(quota.phrase) &&
              verb !== ""
            ) {
              // "giải ngân từ 95% kế hoạch vốn trở lên": the rate of what is done against the plan.
              const share = planShareName(verb, word, quota.phrase);
              const least =
                share !== null &&
                (/(?:ít nhất|tối thiểu|không dưới|từ|trên)\s*$/u.test(lower(src.slice(boundary, f.start))) ||
                  /trở\s+lên$/u.test(quota.phrase));
              const draft = shareOfPlan(
                share ?? capitalize(`${verb} ${word} ${quota.phrase}`),
                least,
                quota.end,
              );
              drafts.push(draft);
              current = draft;
              boundary = quota.end;
            } else if (bare) {
              const done = verb
                .replace(/\s+(?:đạt|bằng)(?:\s+(?:từ|trên|ít nhất|tối thiểu|khoảng))?$/iu, "")
                .replace(/^(?:.*(?<!\p{L})(?:phấn đấu|dự kiến)\s+|ước\s+)/iu, "")
                .trim();
              if (words(done).length >= 2 && !/^(?:tỷ lệ|tỷ trọng)(?!\p{L})/iu.test(done)) {
                const least = /(?:từ|trên|ít nhất|tối thiểu)\s*$/u.test(lower(src.slice(boundary, f.start)));
                const draft = shareOfPlan(`Tỷ lệ ${decapitalize(done)}`, least, Math.max(mod.end, quota.end));
                drafts.push(draft);
                current = draft;
                boundary = Math.max(mod.end, quota.end);
              }
            }
          }
          continue;
        }
        const lead = lower(src.slice(boundary, f.start));
        // "Tổ dân phố đạt chuẩn văn minh đô thị: 36/42 tổ (85,7%)" in a list of targets: the planned
        // count's share, when the figures agree.
        if (
          current !== null &&
          current.unit !== "%" &&
          current.actual === null &&
          current.plan !== null &&
          current.total !== null &&
          current.total > 0 &&
          /^\s*\(\s*$/u.test(lead) &&
          /^\s*\)/u.test(src.slice(f.end, f.end + 3)) &&
          Math.abs((current.plan / current.total) * 100 - f.value) <= 10 ** -decimalsOf(f.value)
        ) {
          const rate = rateDraft(current, f, clause, `Tỷ lệ ${decapitalize(current.name)}`, []);
          rate.actual = null;
          rate.plan = f.value;
          rate.planText = `${f.typed}%`;
          drafts.push(rate);
          current = rate;
          boundary = f.end;
          continue;
        }
        // "… 24.395 hồ sơ, đạt 99,1%": of a stated plan ("1.642,5 tỷ đồng/2.310 tỷ đồng kế hoạch"), the
        // % KH; otherwise most often the rate of the count, but it may be a % KH: not pre-ticked.
        if (
          current !== null &&
          current.unit !== "%" &&
          current.actual !== null &&
          (/^(?:[^\d]*,)?\s*đạt\s*$/u.test(lead) || /^\s*\(\s*(?:đạt\s*)?$/u.test(lead)) &&
          // "…, đạt 94,15% (chỉ tiêu … là 85%)": the target of the rate in brackets after it; a line's end
          // ("+ Tiêm phòng: 3.128 con, đạt 91,4%" and the next line).
          /^[ \t]*(?:[,;.)\n]|$|\(\s*(?:chỉ tiêu|kế hoạch|mục tiêu)(?!\p{L}))/u.test(
            src.slice(f.end, f.end + 16),
          )
        ) {
          // "giải ngân 651,8 tỷ đồng, đạt 95,3%", "thu nội địa 1.102,5 tỷ đồng, đạt 74,9%": money is
          // not a rate of anything, so the percentage is of its plan.
          // "186,37 tỷ đồng/241,5 tỷ đồng kế hoạch vốn giao, đạt 77,2%": money counted out of its plan
          // has its share as a rate of its own, as a count's fraction has (and as its % KH).
          const money = MONEY.some((m) => lower(current?.unit ?? "").includes(m));
          // "giải ngân 28.614 triệu đồng/32.500 triệu đồng kế hoạch, đạt 88%": a bare "đạt" after money
          // written as a fraction of its plan is its % of plan, and the rate of that work a row of its
          // own, as tables key it ("Tỷ lệ giải ngân"), when the figures agree.
          if (
            money &&
            current.total !== null &&
            current.total > 0 &&
            Math.abs((current.actual / current.total) * 100 - f.value) <= 10 ** -decimalsOf(f.value)
          ) {
            current.pctPlan ??= f.value;
            const rate = rateDraft(current, f, clause, `Tỷ lệ ${decapitalize(current.name)}`, []);
            drafts.push(rate);
            current = rate;
            boundary = f.end;
            continue;
          }
          // "đã thu hồi 17,9 tỷ đồng, đạt 83,6%", "thi hành xong 1.236,8 tỷ đồng, đạt 46,2%": money
          // recovered or enforced is weighed against what is owed, a rate as for cases solved (the keys
          // of every writer), not a % of plan as for money spent or collected.
          const owed = /(?<!\p{L})(?:thu hồi|thi hành xong)(?!\p{L})/u.test(
            lower(src.slice(current.source.start, current.source.end)),
          );
          if (current.plan !== null || (money && current.pctPlan === null && !owed)) {
            if (current.pctPlan === null) current.pctPlan = f.value;
            boundary = f.end;
            continue;
          }
          if (f.value <= 100) {
            // "tiếp nhận 24.618 hồ sơ, giải quyết đúng hạn 24.395 hồ sơ, đạt 99,1%": the figures agree.
            // "tiếp nhận 12.460 hồ sơ, trong đó 9.820 trực tuyến; giải quyết đúng hạn 12.301 hồ sơ, đạt
            // 98,7%": any count of the same unit before it in the sentence may be the whole.
            const near = (share: number): boolean => Math.abs(share - f.value) <= 10 ** -decimalsOf(f.value);
            const actual = current.actual;
            // "làm rõ 142/156 vụ, đạt 91,03%": the whole is the figure's own total.
            const agrees =
              current.total !== null && current.total > 0
                ? near((actual / current.total) * 100)
                : lastOfSentence(
                    drafts,
                    clause.sentence,
                    (d) =>
                      d !== current &&
                      d.unit === current?.unit &&
                      d.actual !== null &&
                      d.actual > 0 &&
                      near((actual / d.actual) * 100),
                  ) !== null;
            const rate = rateDraft(
              current,
              f,
              clause,
              `Tỷ lệ ${decapitalize(current.name)}`,
              agrees ? [] : ["ty_le_hay_pct_ke_hoach"],
            );
            drafts.push(rate);
            current = rate;
            boundary = f.end;
            continue;
          }
        }
        // "27/31 doanh nghiệp đã có đơn hàng đến hết quý I/2027, chiếm 87,1%": a date in the rest of
        // the count's clause ("tháng 3/2027", "năm 2027") is no figure between the count and its share.
        // (The count's name may stop at the "/" of its date: "…quý II" then "/2027, chiếm".)
        const undated = (t: string): string =>
          (/(?<!\p{L})(?:tháng\s+\d{1,2}|quý\s+[ivx]{1,4})\s*$/iu.test(
            src.slice(Math.max(0, boundary - 12), boundary),
          )
            ? t.replace(/^\s*\/\s*(?:19|20)\d\d(?!\d)/u, "")
            : t
          ).replace(/(?:(?:tháng|quý)\s+(?:\d{1,2}|[ivx]{1,4})\s*\/\s*|năm\s+)(?:19|20)\d\d(?!\d)/gu, "kỳ");
        // "81/87 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, chiếm 93,1%", "nợ đóng … còn 28,6 tỷ đồng,
        // chiếm 2,9% số phải thu": the share the figure before is of its whole, a rate of its own
        // ("chiếm" never states a % KH, so nothing is in doubt).
        if (
          current !== null &&
          current.unit !== "%" &&
          // "phấn đấu có 130 xã đạt chuẩn (chiếm 79,3%)": a target's share, a target of its own.
          (current.actual !== null ||
            (clause.plan && current.plan !== null && /\(\s*chiếm\s*$/u.test(lead))) &&
          // ("có 21.316 hộ đạt danh hiệu “Gia đình văn hóa”, chiếm 92,4%", "112/130 xã đạt tiêu chuẩn
          // phù hợp với trẻ em, chiếm 86,2%": the rest of the count's clause, a title in quotes or
          // words the count's name stopped before, may come between; a comma still ends it.)
          (/^[\s,]*\(?\s*chiếm\s*$/u.test(undated(lead)) ||
            (current.source.end >= clause.start && /^[^\d;:.()]{1,60},\s*chiếm\s*$/u.test(undated(lead)))) &&
          f.value <= 100
        ) {
          const rest = /^[^\d;:.()]{1,60},\s*chiếm\s*$/u.test(undated(lead))
            ? src
                .slice(boundary, f.start)
                .replace(/,\s*chiếm\s*$/u, "")
                .replace(/["“”]/gu, "")
                .trim()
            : "";
          const rate = rateDraft(
            current,
            f,
            clause,
            /^tỷ\s+(?:lệ|trọng)\s/u.test(lower(current.name))
              ? current.name
              : `Tỷ lệ ${decapitalize(current.name)}${rest === "" || lower(current.name).includes(lower(rest)) ? "" : ` ${rest}`}`,
            [],
          );
          // The figure before stays current: "…, chiếm 72,3% cơ cấu kinh tế, tăng 8,7% so với cùng kỳ"
          // is its change, not the share's.
          drafts.push(rate);
          boundary = f.end;
          continue;
        }
        // "lập hồ sơ sức khỏe điện tử cho 1.094.300 người, đạt 88,7% dân số": the count's share of a
        // whole named after the figure, a rate of that whole named by what the count says (unsure:
        // the name is made of two clauses).
        const base = rightPhrase(src, f.end, clause.end).phrase;
        // "thu hồi nợ đọng thuế đạt 38,6 tỷ đồng, bằng 72,1% số nợ có khả năng thu": money's share of a
        // whole of money, named against it.
        const moneyBefore = current !== null && MONEY.some((m) => lower(current?.unit ?? "").includes(m));
        if (
          mod === null &&
          current !== null &&
          current.unit !== "%" &&
          current.actual !== null &&
          f.value <= 100 &&
          /^[^\d]*,\s*(?:đạt|bằng)\s*$/u.test(lead) &&
          base !== "" &&
          !base.startsWith(",") &&
          // "đạt 38,6% lực lượng lao động trong độ tuổi": a whole of many words is named against.
          words(base).length <= 8 &&
          !/\d/u.test(base)
        ) {
          const what = decapitalize(countedOf(current)).replace(/^số\s+/u, "");
          const rate = rateDraft(
            current,
            f,
            clause,
            moneyBefore || words(base).length > 3 ? `Tỷ lệ ${what} so với ${base}` : `Tỷ lệ ${base} ${what}`,
            ["ten_ghep_tu_menh_de_khac"],
          );
          rate.source.end = rightPhrase(src, f.end, clause.end).end;
          drafts.push(rate);
          current = rate;
          boundary = rate.source.end;
          continue;
        }
        // "tăng trưởng quý III ước đạt 8,46%; 9 tháng ước tăng 8,12%": a rate with no name but its
        // period is the rate before it, for that period (the clause before the ";" may hold it).
        const ownPeriod = mod === null && f.percent ? periodOfClause(src, f.start) : null;
        const periodRate =
          ownPeriod === null ? null : (current ?? lastOfSentence(drafts, clause.sentence, () => true));
        const draft = percentProposal(
          src,
          f,
          clause,
          boundary,
          mod,
          sameIndicatorAgain(src, f, clause, boundary, drafts) ??
            (ownPeriod !== null && periodRate?.unit === "%" && leftName(src, boundary, f.start).name === ""
              ? periodName(periodRate.name, ownPeriod)
              : null),
        );
        if (ownFall && draft !== null && draft.actual !== null && draft.actual > 0)
          draft.actual = -draft.actual;
        if (draft === null) continue;
        if (rateOfWork !== null) draft.name = rateOfWork;
        // "BHYT bao phủ 93,6% dân số": what covers is named by its rate of cover ("Tỷ lệ bao phủ BHYT").
        const covers = /^(\S.{0,40}?)\s+bao phủ(?:\s+dân số)?$/iu.exec(draft.name.trim())?.[1];
        if (covers !== undefined && mod === null && !/^tỷ lệ(?!\p{L})/iu.test(covers))
          draft.name = `Tỷ lệ bao phủ ${decapitalize(covers)}`;
        // "- Thôn, tổ dân phố văn hóa: 412/448 (91,96%)": the share of a bare "N/M" is the rate of the
        // label before the colon, not a name made of the fraction.
        if (/^\d+(?:[.,]\d+)*\s*\/\s*\d+(?:[.,]\d+)*$/u.test(draft.name.trim())) {
          const line = src.slice(
            Math.max(clause.start, src.lastIndexOf("\n", f.start) + 1, f.start - 160),
            f.start,
          );
          const label =
            /^\s*(?:[-–•+*]\s*)?([^\d:;()]{3,120}?)\s*:\s*\d[\d.,]*\s*\/\s*\d[\d.,]*\s*\(\s*$/u.exec(
              line,
            )?.[1];
          if (label !== undefined)
            draft.name = /^tỷ lệ(?!\p{L})/iu.test(label) ? capitalize(label) : `Tỷ lệ ${decapitalize(label)}`;
        }
        // "…, nâng tỷ lệ đường xã được nhựa hóa, bê tông hóa lên 94,2%": the rate raised to the figure,
        // a comma inside its name (no figure between; read within 160 characters, linear).
        const raisedRate =
          /(?<!\p{L})(?:nâng|đưa|hạ|kéo)\s+(tỷ lệ\s[^\d;:()]{3,140}?)\s+(?:lên|xuống)(?:\s+(?:còn|mức))?\s*$/iu.exec(
            src.slice(Math.max(clause.start, f.start - 160), f.start),
          )?.[1];
        if (raisedRate !== undefined && mod === null && raisedRate.includes(","))
          draft.name = capitalize(raisedRate);
        // "91,5% hộ gia đình, 87,3% thôn, khu phố … đạt danh hiệu văn hóa": a share named by its noun
        // and the predicate its list shares.
        const share = mod === null ? shares.get(f.start) : undefined;
        // "- Số người tập luyện …: 38% dân số": a whole alone after the figure names nothing the
        // lead-in before the colon has not named.
        const wholeOnly =
          share !== undefined &&
          /^(?:tỷ lệ\s+)?(?:dân số|tổng dân số|lực lượng lao động)$/iu.test(share.name.trim()) &&
          draft.name !== "" &&
          !/dân số|lực lượng lao động/iu.test(draft.name);
        if (share !== undefined && !wholeOnly) {
          draft.name = capitalize(share.name);
          draft.source.end = Math.max(draft.source.end, share.end);
        }
        const area =
          // "ở khu vực nông thôn đạt 78,2%" is five words.
          /^(?:khu vực|vùng|ở|tại|riêng)\s/u.test(lower(draft.name)) && words(draft.name).length <= 5;
        const rateBefore = area
          ? lastOfSentence(drafts, clause.sentence, (d) => d.unit === "%" && /^tỷ lệ\s/u.test(lower(d.name)))
          : null;
        // "246 cán bộ, công chức cấp xã, trong đó 98,5% đạt chuẩn": a part of the figure before.
        if (current !== null && current.unit !== "%" && /trong đó(?:\s+có)?[\s,]*$/u.test(lead))
          draft.name = `${current.name} ${decapitalize(draft.name)}`;
        // "tỷ lệ lao động qua đào tạo đạt 71,5%, trong đó có bằng cấp, chứng chỉ 30,2%": a part of a rate.
        else if (
          current !== null &&
          current.unit === "%" &&
          // "…, có bằng cấp, chứng chỉ đạt 31,5%": "có" alone opens a part of the rate as "trong đó có" does.
          /^[\s,]*(?:trong đó|có\s)/u.test(lead) &&
          !/^tỷ lệ\s/u.test(lower(draft.name)) &&
          // "100% xã đạt chuẩn, trong đó 50% xã đạt chuẩn nâng cao": a part named by its own head.
          words(lower(draft.name))[0] !== words(lower(current.name))[0]
        )
          draft.name = `${current.name}${/^[\s,]*(?:trong đó\s+)?có\s/u.test(lead) ? " có" : ""} ${decapitalize(draft.name)}`;
        // "tỷ lệ chất thải rắn … đô thị được thu gom, xử lý đạt 97,5%; khu vực nông thôn đạt 81,3%".
        else if (rateBefore !== null)
          draft.name = `${rateBefore.name.replace(/\s(?:(?:ở|tại)\s+)?(?:khu vực\s+)?(?:đô thị|thành thị|nông thôn)(?!\p{L})/u, "")} (${lower(draft.name).replace(/^(?:ở|tại)\s+/u, "")})`;
        // "trong đó nông nghiệp chiếm 68%, lâm nghiệp 9%": the next part of the same whole.
        else if (mod === null && share === undefined && nextPartShare(current, lead, draft.name) !== null)
          draft.name = nextPartShare(current, lead, draft.name) ?? draft.name;
        // "tỷ lệ điều tra làm rõ án hình sự đạt trên 85%, trọng án trên 95%": a rate listed after a rate
        // with only what differs named, the rest said once before (a name from two clauses).
        else if (
          mod === null &&
          share === undefined &&
          isRateListedBefore(current, lead) &&
          words(draft.name).length <= 3 &&
          !/^(?:tỷ lệ|tỷ trọng|chỉ số|tốc độ)(?!\p{L})/u.test(lower(draft.name)) &&
          parallelAt(current.name, draft.name) < 0
        ) {
          draft.name = `${current.name} (${lower(draft.name)})`;
          draft.doubts.push("ten_ghep_tu_menh_de_khac");
        } else if (
          // "Tỷ lệ lấp đầy khu công nghiệp Bắc Sơn đạt 74%, khu công nghiệp Nam Sơn 58%": what differs
          // replaces its parallel part of the rate before.
          mod === null &&
          share === undefined &&
          isRateListedBefore(current, lead) &&
          words(draft.name).length <= 6 &&
          parallelAt(current.name, draft.name) > 0
        ) {
          draft.name = `${current.name.slice(0, parallelAt(current.name, draft.name))} ${decapitalize(draft.name)}`;
          draft.doubts.push("ten_ghep_tu_menh_de_khac");
        } else if (
          // "Tỷ lệ đường huyện được nhựa hóa đạt 97%; đường xã đạt 91%": the part in a clause of its own.
          mod === null &&
          share === undefined &&
          current === null &&
          /^\s*[^\d;:()]+\s(?:đạt|là|còn)\s*$/u.test(lead)
        ) {
          const before = lastOfSentence(drafts, clause.sentence, () => true);
          const parallel =
            before !== null && before.unit === "%" ? parallelRateName(before.name, draft.name) : null;
          if (parallel !== null) {
            draft.name = parallel;
            draft.doubts.push("ten_ghep_tu_menh_de_khac");
          }
        }
        // "khám phá 57/62 vụ án, đạt tỷ lệ 91,9%": the rate of the figure before.
        // "9.640 hộ sử dụng nước sạch theo quy chuẩn, đạt tỷ lệ 68,2%": the words the count's name left
        // before the comma change nothing.
        // "4.820 hộ nghèo (tỷ lệ 5,2%)": the same in brackets.
        else if (
          current !== null &&
          // (", việc, đạt tỷ lệ": a doubled noun "vụ, việc" may end the count first.)
          /^(?:[^\d,;]*,){0,2}[\s,(]*(?:(?:đạt|chiếm)\s+)?tỷ lệ\s*(?:là\s*)?$/u.test(lead)
        ) {
          // "Số hộ nghèo … 824 hộ, chiếm tỷ lệ 1,92%": the rate of the households, not of the count.
          draft.name = `Tỷ lệ ${decapitalize(current.name).replace(/^số\s+/u, "")}`;
          if (lowerIsBetter(draft.name)) draft.direction = "down";
        } else if (
          // "1.245.000 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 93,8% dân số": a rate of what
          // kind, of the count before.
          current !== null &&
          current.unit !== "%" &&
          current.actual !== null &&
          (/^[\s,]*(?:đạt|chiếm)\s+tỷ lệ\s+\p{L}+(?:\s\p{L}+)?\s*$/u.test(lead) ||
            // "… 1.418.240 người, bao phủ 93,8% dân số": the same without "đạt tỷ lệ".
            (/^[\s,]*bao phủ\s*$/u.test(lead) &&
              /^\s*dân số(?!\p{L})/u.test(lower(src.slice(f.end, f.end + 12)))))
        ) {
          const kind = /(?:tỷ lệ\s+)?(\p{L}+(?:\s\p{L}+)?)\s*$/u.exec(lead)?.[1] ?? "";
          // ", bao phủ 93,8% dân số": "Tỷ lệ bao phủ bảo hiểm y tế", what covers, not who joined it.
          const of = decapitalize(current.name).replace(/^số\s+/u, "");
          draft.name = `Tỷ lệ ${kind} ${/tỷ lệ/u.test(lead) ? of : of.replace(/^(?:người|hộ)\s+tham gia\s+/u, "")}`;
          draft.doubts.push("ten_ghep_tu_menh_de_khac");
        }
        // "436 phương tiện … đã được cấp giấy phép, 97,2% trong số đó đã được đánh dấu": the share of
        // the count before, named by what it counted and what the share did.
        const ofThose = /^tỷ lệ\s+(?:trong\s+)?số\s+(?:đó|này)\s+(.+)$/iu.exec(draft.name)?.[1];
        if (ofThose !== undefined && current !== null && current.unit !== "%" && current.actual !== null) {
          const counted = decapitalize(countedOf(current)).replace(/\s(?:đã|được|bị|đang)\s.*$/u, "");
          draft.name = `Tỷ lệ ${counted.replace(/^số\s+/u, "")} ${ofThose}`;
        }
        // "4.862 trẻ em có hoàn cảnh đặc biệt, 97,6% được trợ giúp": a share with no subject of its own
        // right after a count is the share of what the count counted.
        if (
          current !== null &&
          current.unit !== "%" &&
          current.actual !== null &&
          draft.unit === "%" &&
          /^\s*,\s*$/u.test(lead) &&
          /^(?:đã\s+|đều\s+)?(?:được|bị)\s/iu.test(draft.name)
        ) {
          const counted = decapitalize(countedOf(current)).replace(/\s(?:đã|được|bị|đang)\s.*$/u, "");
          draft.name = `Tỷ lệ ${counted.replace(/^số\s+/u, "")} ${decapitalize(draft.name)}`;
        }
        // "98,6% đường xã và 92,4% đường thôn, xóm đã được cứng hóa": the predicate said once after the
        // list belongs to each part of it.
        const shared = /\s((?:đã\s+)?(?:được|đạt|có)\s.+)$/u.exec(draft.name)?.[1];
        if (
          shared !== undefined &&
          current !== null &&
          current.unit === "%" &&
          // Two results, or two targets ("100% đường xã và 95% đường thôn được cứng hóa" in a plan).
          (current.actual ?? current.plan) !== null &&
          (draft.actual ?? draft.plan) !== null &&
          (current.actual === null) === (draft.actual === null) &&
          /^\s*và\s*$/u.test(src.slice(current.source.end, f.start)) &&
          !/\s(?:được|đạt|có)\s/u.test(current.name) &&
          words(current.name).length <= 4
        )
          current.name = `${current.name} ${shared}`;
        drafts.push(draft);
        current = draft;
        boundary = draft.source.end;
        continue;
      }
      const stretchOf = stretchTarget(src, f, boundary, drafts, clause);
      if (stretchOf !== null) {
        stretchOf.stretch = f.value;
        stretchOf.source.end = Math.max(stretchOf.source.end, f.end);
        boundary = f.end;
        continue;
      }
      // "27 vụ, giảm 3 vụ so với cùng kỳ": a change in the figure's own unit.
      // "vượt 1,4 triệu đồng so với chỉ tiêu": a margin over the plan, not a figure of its own.
      if (
        /vượt\s*$/u.test(lower(src.slice(Math.max(0, f.start - 8), f.start))) &&
        /^\s*so với/u.test(lower(src.slice(f.end, f.end + 12)))
      ) {
        boundary = f.end;
        continue;
      }
      // "Vượt kế hoạch 2.150 người, số lao động được tạo việc làm đạt 25.150 người": the margin,
      // which with the figure after it gives the plan (25.150 − 2.150).
      if (
        /vượt\s+(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)\s*$/u.test(
          lower(src.slice(Math.max(boundary, f.start - 24), f.start)),
        )
      ) {
        margin = { unit: f.unit, value: f.value };
        boundary = f.end;
        continue;
      }
      // "chỉ số PAPI đạt 43,12 điểm, tăng 0,85 điểm", "5.200 hộ, tăng 320 hộ": the change of the figure
      // just before it, against a level the sentence does not say, is no level of its own.
      if (
        current !== null &&
        current.unit === f.unit &&
        current.actual !== null &&
        /^\s*,\s*(?:tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn))?\s*$/u.test(
          lower(src.slice(current.source.end, f.start)),
        ) &&
        // "32 cơ sở, giảm 3 cơ sở do sáp nhập": why it changed is no name of a level.
        /^(?:(?:do|vì|bởi|nhờ)(?!\p{L}).*)?$/u.test(lower(rightPhrase(src, f.end, clause.end).phrase)) &&
        changeBefore(src, f) === null
      ) {
        // "…, giảm 6 vụ, tương đương 20%": the change in % may follow.
        const fall = /giảm(?:\s+\p{L}+)?\s*$/u.test(lower(src.slice(current.source.end, f.start)));
        lastChange = { draft: current, sign: fall ? -1 : 1, end: f.end };
        boundary = f.end;
        continue;
      }
      // "12 vụ cháy …; so với cùng kỳ giảm 5 vụ": the clause after may state it; "giảm 2 người chết":
      // the draft the words after the unit name.
      const said = words(lower(rightPhrase(src, f.end, clause.end).phrase))[0];
      const changed =
        (said === undefined
          ? null
          : lastOfSentence(
              drafts,
              clause.sentence,
              (d) => d.unit === f.unit && words(lower(d.name)).includes(said),
            )) ??
        current ??
        lastOfSentence(drafts, clause.sentence, (d) => d.unit === f.unit) ??
        // "Trong năm xảy ra 14 vụ cháy … . So với cùng kỳ, số vụ cháy giảm 5 vụ.": the sentence before.
        (/^\s*so với/u.test(lower(src.slice(clause.start, clause.start + 12)))
          ? lastOfSentence(drafts, clause.sentence - 1, (d) => d.unit === f.unit)
          : null);
      if (changed !== null && changed.actual !== null && absoluteChange(src, f, changed)) {
        lastChange = { draft: changed, sign: (changeBefore(src, f) ?? 0) < 0 ? -1 : 1, end: f.end };
        boundary = f.end;
        continue;
      }
      // "thu ngân sách … tăng 15,8%, đạt 1.284,7 tỷ đồng": the figure of the change before.
      if (
        current !== null &&
        current.changeOnly &&
        current.actual !== null &&
        // "gạch ốp lát giảm 8,3%, còn 21,5 triệu m2", "giảm 6,1%, chỉ đạt 865 nghìn m3": the level the
        // change leaves.
        /^[\s,]*(?:ước\s+)?(?:(?:chỉ\s+)?đạt|là|lên|ở mức|với|(?:chỉ\s+|xuống\s+)?còn)?\s*$/u.test(
          lower(src.slice(boundary, f.start)),
        )
      ) {
        current.changePct = current.actual;
        current.actual = f.value;
        current.unit = f.unit;
        current.kind = "quantity";
        current.scaleApplied = f.scaleApplied;
        current.ambiguous = f.ambiguous;
        current.total = f.of;
        current.estimate = current.estimate || isEstimate(clause, f);
        current.changeOnly = false;
        current.source.end = f.end;
        boundary = f.end;
        continue;
      }
      // "Mục tiêu năm 2027: có thêm ít nhất 5 xã đạt chuẩn nông thôn mới": a target stated as the rise
      // of a stock is neither its level nor a flow of the year; the total it raises to, when said
      // ("…, nâng tổng số lên 93/124 xã"), is the row.
      if (
        clause.plan &&
        f.countUnit &&
        /(?<!\p{L})có\s+thêm(?:\s+(?:ít nhất|tối thiểu|từ|khoảng|trên))?\s*$/u.test(
          lower(src.slice(Math.max(boundary, f.start - 32), f.start)),
        ) &&
        !/(?<!\p{L})(?:nâng|đưa)\s+(?:tổng\s+)?số(?!\p{L})[^.;]{0,80}?\slên(?!\p{L})/u.test(
          lower(src.slice(f.end, f.end + 120)),
        ) &&
        !newOfTheYear(src, f.end)
      ) {
        boundary = f.end;
        continue;
      }
      const delta = changeBefore(src, f);
      // "- Tỷ lệ suy dinh dưỡng …: giảm 0,5 điểm % so với năm 2026, xuống dưới 18,2%": a target's fall in
      // points that opens its clause is a row of its own ("Mức giảm …"), whatever level it leads to.
      if (
        delta !== null &&
        (current === null ? !(clause.plan && f.unit === "điểm %") : current.unit !== f.unit)
      ) {
        const left = leftName(src, boundary, f.start);
        pending = { unit: f.unit, delta, name: left.name, start: left.name === "" ? f.start : left.start };
        boundary = f.end;
        continue;
      }
      // "có thêm 2 xã đạt chuẩn nâng cao và 1 xã đạt chuẩn kiểu mẫu, nâng tổng số xã đạt chuẩn nâng
      // cao lên 7/16 xã": the running total of the increment of its unit, not of the last count.
      const raised = raisedTotal(
        src,
        f,
        boundary,
        current?.increment === true
          ? current
          : lastOfSentence(drafts, clause.sentence, (d) => d.increment && d.unit === f.unit),
      );
      if (raised !== null) {
        // "Có 5/9 thôn được công nhận thôn thông minh; … có thêm 2 thôn, nâng tổng số lên 7/9 thôn":
        // a total named by its bare unit is of what the paragraph counted in that unit just before.
        if (lower(raised.name).trim() === lower(raised.unit)) {
          const named = namedCountBefore(drafts, raised);
          if (named !== null) raised.name = named;
        }
        boundary = f.end;
        continue;
      }
      // "cùng đại diện 25 sở, ngành và lãnh đạo 18 xã": who attended, not a figure; so is the next of
      // the list ("lãnh đạo 21 sở, ban, ngành và 11 huyện"). "yêu cầu … và UBND 23 xã, thị trấn hoàn
      // thành …": who a directive is addressed to.
      if (
        /(?:lãnh đạo|đại diện|thủ trưởng|bí thư|chủ tịch)(?:\s+(?:các|của))?\s*$/u.test(
          lower(src.slice(Math.max(boundary, f.start - 24), f.start)),
        ) ||
        // "dự họp 14 đồng chí", "có mặt 27 đại biểu": who came to a meeting, as minutes note it.
        (/^(?:đồng chí|đại biểu|người|thành viên|cổ đông|cán bộ)$/u.test(lower(f.unit)) &&
          /(?<!\p{L})(?:dự họp|có mặt|vắng mặt|vắng)\s*$/u.test(
            lower(src.slice(Math.max(boundary, f.start - 16), f.start)),
          )) ||
        /(?:lãnh đạo|đại diện|thủ trưởng)(?:\s+(?:các|của))?\s+\d+\s+[^\d;.]{1,40}?\s+và\s*$/u.test(
          lower(src.slice(Math.max(clause.start, f.start - 64), f.start)),
        ) ||
        (f.countUnit &&
          /(?<!\p{L})(?:yêu cầu|đề nghị|chỉ đạo|giao)\s[^.;\d]{0,80}?(?:ubnd|ủy ban nhân dân)\s*$/iu.test(
            src.slice(Math.max(clause.start, f.start - 100), f.start),
          ))
      ) {
        boundary = f.end;
        continue;
      }
      // "Tỷ lệ hộ nghèo giảm 0,85 điểm, còn 2,14%": a change of a rate in points, not a score.
      if (
        lower(f.unit) === "điểm" &&
        /(?:tăng|giảm)\s*$/u.test(lower(src.slice(Math.max(boundary, f.start - 8), f.start))) &&
        /^(?:tỷ lệ|tỷ trọng)\s/u.test(lower(leftName(src, boundary, f.start).name))
      )
        continue;
      // "Ông Nguyễn Văn A, 45 tuổi, …": the age of a person named before, not a figure.
      // "đồng chí Bí thư khóa mới 46 tuổi": an age is an indicator only as a mean ("tuổi thọ trung
      // bình", "độ tuổi bình quân"), never as one person's.
      const aged = lower(leftName(src, boundary, f.start).name);
      // "Đại biểu cao tuổi nhất 68 tuổi": the oldest or youngest is one person too.
      if (
        lower(f.unit) === "tuổi" &&
        (aged === "" || !/tuổi|bình quân|trung bình/u.test(aged) || /nhất/u.test(aged))
      ) {
        boundary = f.end;
        continue;
      }
      // "; 14 đảng ủy xã, phường": a noun read by its shape needs a verb or a name before it.
      // A count listed after another ("14 chợ, 3 siêu thị và 2 trung tâm thương mại") has its name
      // in the list, after the other's parts in brackets too ("14 chợ (2 chợ hạng II, …), 1 siêu thị").
      const listedAfter =
        current !== null &&
        current.unit !== "%" &&
        /^[\s,]*(?:\)[\s,]*)?(?:và\s*)?$/u.test(src.slice(current.source.end, f.start));
      // "; 46 mã số vùng trồng được cấp": a passive predicate after the noun names it too.
      // "; 3 khách sạn từ 4 sao trở lên đi vào hoạt động": so does a verb of opening or finishing.
      const passive =
        /^[^,;.]*?\s(?:được|bị|đã)\s|^[^,;.]*?\s(?:đi vào hoạt động|đưa vào (?:sử dụng|hoạt động|vận hành|khai thác)|khánh thành|khởi công)(?!\p{L})/u.test(
          lower(src.slice(f.end, f.end + 60)),
        );
      // "tỷ lệ trẻ suy dinh dưỡng 8,1% (412 cháu)": a count in brackets right after a rate is the
      // count the rate is of, whatever noun counts it.
      const countOfRate =
        current !== null &&
        current.unit === "%" &&
        /^tỷ lệ\s/u.test(lower(current.name)) &&
        /^\s*\(\s*$/u.test(src.slice(current.source.end, f.start));
      // "6/6 khu, cụm công nghiệp có …": a fraction is a figure whatever comes before it.
      if (
        f.shaped &&
        f.of === null &&
        !listedAfter &&
        !passive &&
        !countOfRate &&
        // "đạt 100% kế hoạch với 8.416 đồng chí": the count a share before it measured.
        pendingName === null &&
        !/\p{L}/u.test(src.slice(boundary, f.start))
      ) {
        boundary = f.end;
        continue;
      }
      // "(năm trước 11 vụ)", "(cùng kỳ: 418 tỷ đồng)": a prior level in brackets, no figure of its own.
      // "(năm 2025: 9 vụ, 31,2 ha)": each figure listed in that bracket is a prior level too.
      if (
        /\(\s*(?:năm trước|cùng kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d\d))?|kỳ trước|năm\s+(?:19|20)\d\d)\s*(?:là|:)?\s*$/u.test(
          lower(src.slice(Math.max(boundary, f.start - 40), f.start)),
        ) ||
        /\(\s*(?:năm trước|cùng kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d\d))?|kỳ trước|năm\s+(?:19|20)\d\d)\s*(?:là|:)?\s*\d[^()]{0,60}[,;]\s*(?:và\s+)?$/u.test(
          lower(src.slice(Math.max(0, f.start - 90), f.start)),
        )
      ) {
        boundary = f.end;
        continue;
      }
      // "so với năm 2024 (417.600 tấn)": the prior figure restated in brackets, not a figure of its own.
      if (
        current !== null &&
        current.unit === f.unit &&
        current.actual !== null &&
        /^\s*\(\s*$/u.test(src.slice(boundary, f.start)) &&
        /so với[^,;]*$/u.test(lower(src.slice(current.source.start, boundary)))
      ) {
        if (current.changePct === null && f.value !== 0)
          current.changePct = Number(
            (((current.actual - f.value) / Math.abs(f.value)) * 100).toPrecision(12),
          );
        boundary = f.end;
        continue;
      }
      // "ruộng cho 2,6 tạ/sào, hơn vụ trước khoảng 20 kg": a margin over the season or year before is a
      // change against an earlier level, no level of its own.
      if (
        /(?<!\p{L})(?:cao\s+|nhiều\s+|thấp\s+|ít\s+)?hơn\s+(?:vụ|năm|kỳ|mùa|tháng|quý|đợt)\s+(?:trước|ngoái)\s+(?:khoảng|gần|chừng|hơn|trên)?\s*$/u.test(
          lower(src.slice(Math.max(0, f.start - 40), f.start)),
        )
      ) {
        boundary = f.end;
        continue;
      }
      // "so với cùng kỳ giảm 21 vụ, giảm 12 người chết và giảm 15 người bị thương": a change in a
      // comparison clause that no figure before took is still no level of its own.
      if (inComparison(src, parts, f.start)) {
        boundary = f.end;
        continue;
      }
      // A result's change in points is no row, and the rate after it is named across it.
      if (f.unit === "điểm %" && !clause.plan) continue;
      const draft = quantityProposal(src, f, clause, boundary, drafts, current);
      // "- Tỷ lệ hộ nghèo đa chiều: giảm 1 - 1,5 điểm %/năm": the time base after the points is no
      // name; the rate is the topic before the colon, or said before the verb.
      const perYear = f.unit === "điểm %" ? /^(.*?)\s*\/\s*(năm|tháng)$/u.exec(draft.name.trim()) : null;
      if (perYear !== null) {
        const rate =
          perYear[1] ||
          topics.get(clause.sentence) ||
          leftName(src, boundary, f.start).name.replace(/\s*(?:giảm|tăng)(?:\s+\p{L}+)*$/u, "");
        if (rate !== "") draft.name = `${rate} mỗi ${perYear[2] ?? "năm"}`;
      }
      nameMeasureOfCount(src, draft, f.start, current);
      // "6 hội chợ, triển lãm với 1.420 gian hàng": a count joined to the count before it by "với".
      nameCountWithCount(src, draft, f.start, current);
      // "có 412 cơ sở sản xuất công nghiệp, thu hút 3.870 lao động": the workers of what was counted.
      nameWorkersOfCount(src, draft, f.start, current);
      // "tỷ lệ hộ nghèo giảm trên 3 điểm %": the row is the size of the fall, not the rate.
      if (f.unit === "điểm %" && !/^mức\s/u.test(lower(draft.name))) {
        // "- Tỷ lệ hộ nghèo: giảm 1 - 1,5 điểm %/năm": the rate is the label before the colon (an age in
        // it too: "Tỷ lệ trẻ em dưới 5 tuổi …: giảm 0,5 điểm %").
        const label = !/^(?:kéo\s+)?(?:giảm|tăng)?$/u.test(lower(draft.name).trim())
          ? undefined
          : /(?:^|[\n;])\s*(?:[-+•]\s*|\d{1,2}\.\s*)?((?:tỷ lệ|tỷ trọng)\s[^:;\n]{2,80}?)\s*:\s*(?:kéo\s+)?(?:giảm|tăng)(?:\s+(?:bình quân|trên|từ|ít nhất|tối thiểu|khoảng))*\s*$/iu.exec(
              src.slice(Math.max(0, f.start - 120), f.start),
            )?.[1];
        if (label !== undefined) draft.name = capitalize(label);
        draft.name = `Mức ${/tăng(?:\s+\p{L}+)*\s*$/u.test(lower(src.slice(Math.max(0, f.start - 30), f.start))) ? "tăng" : "giảm"} ${decapitalize(draft.name)}`;
        // "giảm 1 điểm %/năm" read whole by the figure: its time base is the row's, said once.
        if (/\/\s*năm$/u.test(src.slice(f.start, f.end)) && !/\smỗi năm$/u.test(draft.name))
          draft.name += " mỗi năm";
      }
      const again = sameIndicatorAgain(src, f, clause, boundary, drafts);
      if (again !== null) draft.name = again;
      // "sinh hoạt tại 312 chi hội": the cells are what is counted, named by their noun.
      // "Hội Cựu chiến binh tỉnh có 39.627 hội viên, sinh hoạt tại 1.018 chi hội": the cells of the
      // organisation the members before were named by.
      if (meetsIn && /^sinh hoạt(?:\s+tại)?$/u.test(lower(draft.name))) {
        const owner =
          current !== null && lower(current.name).startsWith(`${lower(current.unit)} `)
            ? current.name.slice(current.unit.length + 1)
            : "";
        draft.name = /^\p{Lu}/u.test(owner) ? `${capitalize(f.unit)} ${owner}` : capitalize(f.unit);
      }
      // "…; ước cả năm giải ngân 341,5 tỷ đồng", "Cả năm ước khám 79.500 lượt người": a clause that
      // opens with the whole year and a verb gives the year's figure beside a part of it. It is named
      // as what that verb was done to before ("Giải ngân vốn … cả năm"), or by its own words, with
      // "cả năm" last.
      const wholeYear =
        /(?:^|[;:.,])\s*(?:ước(?:\s+tính)?\s+)?cả năm\s+(?:ước(?:\s+tính)?\s+(?:đạt\s+)?)?((?:\p{L}+\s+){0,2}?\p{L}+)\s*$/iu.exec(
          src.slice(Math.max(clause.start, f.start - 80), f.start),
        )?.[1];
      if (wholeYear !== undefined && draft.actual !== null && !/(?:^|\s)cả năm$/iu.test(draft.name)) {
        const verb = lower(wholeYear);
        const done = lastOfSentence(
          drafts,
          clause.sentence,
          (d) => d.unit === draft.unit && d.actual !== null && lower(d.name).startsWith(`${verb} `),
        );
        draft.name =
          done !== null
            ? `${done.name} cả năm`
            : `${capitalize(draft.name.replace(/^(?:ước\s+)?cả năm\s+(?:ước\s+)?/iu, ""))} cả năm`;
        if (done !== null) draft.doubts = [...draft.doubts, "ten_ghep_tu_menh_de_khac"];
      }
      // "vận động tiền, hàng cứu trợ, nhân đạo trị giá 3.146,8 triệu đồng": what is valued runs from
      // the verb, through its commas, to "trị giá".
      const valued = /\s(?:trị giá|có giá trị|với tổng giá trị|tổng giá trị)\s*$/u.exec(
        lower(src.slice(boundary, f.start)),
      );
      if (valued !== null && MONEY.some((m) => lower(draft.unit).includes(m))) {
        const said = src.slice(boundary, boundary + valued.index);
        const verbs = [...lower(said).matchAll(new RegExp(`(?<!\\p{L})(?:${COUNT_VERBS})(?!\\p{L})`, "gu"))];
        const verb = verbs[verbs.length - 1];
        const what = verb === undefined ? "" : said.slice(verb.index).trim();
        if (what.includes(",") && !/\d/u.test(what) && words(what).length <= 14)
          draft.name = capitalize(what);
      }
      // "Hội Liên hiệp Phụ nữ huyện Thanh Lâm có 24.517 hội viên": the members of the body that has them.
      // (A business's members are named bare, "Số thành viên": "Hợp tác xã Vận tải … có 57 thành viên".)
      const body =
        /(?:^|[,;:.])\s*((?:Hội|Huyện đoàn|Thành đoàn|Tỉnh đoàn|Đoàn|Liên đoàn|Mặt trận|Công đoàn|Đảng bộ|Chi bộ|Câu lạc bộ)\s[^,;:.\d]{2,60}?)\s+(?:hiện\s+|đến nay\s+)?có\s*$/u.exec(
          src.slice(Math.max(clause.start, f.start - 100), f.start),
        )?.[1];
      if (
        body !== undefined &&
        draft.actual !== null &&
        (lower(draft.name) === lower(draft.unit) || lower(draft.name) === lower(body))
      )
        draft.name = `${capitalize(draft.unit)} ${body.replace(/\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)\s+\p{Lu}.*$/u, "")}`;
      // "(Nhật Bản 204, Hàn Quốc 71, …)": a part of the count before the bracket, named by its label.
      const labelled = /\(([^()]*?)([\p{L}][\p{L} ]*?)\s+$/u.exec(
        src.slice(Math.max(0, f.start - 160), f.start),
      );
      if (
        labelled?.[2] !== undefined &&
        labelledPart(src, f.start, src.slice(f.start, f.end), convention) !== null
      ) {
        const openAt = f.start - labelled[0].length;
        const whole = lastOfSentence(
          drafts,
          clause.sentence,
          (d) =>
            d.unit === draft.unit &&
            d.actual !== null &&
            d.source.start < openAt &&
            !labelledParts.has(d) &&
            !src.slice(d.source.start, openAt).includes("("),
        );
        if (whole !== null) draft.name = abroadPart(whole.name, draft.unit, labelled[2].trim());
        labelledParts.add(draft);
      }
      // "án hình sự thụ lý 1.131 vụ, giải quyết 1.119 vụ": the kind of case said once before the first
      // verb is the second's too.
      const kindBefore = new RegExp(`^(?:${COUNT_VERBS})(?!\\p{L})`, "iu").test(draft.name)
        ? lastOfSentence(
            drafts,
            clause.sentence,
            (d) => d.unit === draft.unit && /^(?:án|vụ án|tội phạm)\s/iu.test(d.name),
          )
        : null;
      const kind =
        kindBefore === null || /[;:]/u.test(src.slice(kindBefore.source.end, f.start))
          ? undefined
          : new RegExp(
              `^((?:án|vụ án|tội phạm)(?:\\s+\\p{L}+){1,5}?)\\s+(?:${COUNT_VERBS})(?!\\p{L})`,
              "iu",
            ).exec(kindBefore.name)?.[1];
      if (kind !== undefined) draft.name = `${kind} ${decapitalize(draft.name)}`;
      // "Loại trừ tiền sử dụng đất và xổ số, thu nội địa còn lại đạt 6.716,2 tỷ đồng": what is left out
      // of the whole opens the sentence; the name says it ("Thu nội địa loại trừ …").
      const sentenceOpen = sentenceOpens.get(clause.sentence) ?? clause.start;
      const excluded = /^\s*((?:loại trừ|không kể|không tính|không bao gồm)\s+[^,;.\d]{3,60}),\s*/iu.exec(
        src.slice(sentenceOpen, f.start),
      );
      if (excluded?.[1] !== undefined && draft.source.start >= sentenceOpen + excluded[0].length - 1)
        draft.name = `${draft.name.replace(/\s+còn lại$/iu, "")} ${lower(excluded[1])}`;
      // "thụ lý 1.131 vụ/1.867 bị cáo": a second count of the same cases, named as the first is with
      // its own noun.
      if (
        src.charAt(f.start - 1) === "/" &&
        current !== null &&
        current.actual !== null &&
        current.unit !== draft.unit &&
        current.source.end >= f.start - 1
      ) {
        const unitWord = new RegExp(`(?<!\\p{L})${escapeRe(current.unit)}(?!\\p{L})`, "iu");
        draft.name = unitWord.test(current.name)
          ? current.name.replace(unitWord, draft.unit)
          : `${current.name} ${draft.unit}`;
      }
      // "Thôn có nhà văn hóa: 98/104": the topic a bare fraction counts is its whole name.
      const topicName = /(?:^|[\n;.])\s*[-–•+*]?\s*([^:;.\n\d]{2,80}):\s*$/u
        .exec(src.slice(Math.max(0, f.start - 90), f.start))?.[1]
        ?.trim();
      // "Hồ sơ hoàn thuế đã giải quyết: 214 hồ sơ": so is a count of the noun the topic starts with.
      if (
        topicName !== undefined &&
        lower(topicName).startsWith(`${lower(f.unit)} `) &&
        (f.of !== null
          ? /^\d[\d.,]*\/\d[\d.,]*$/u.test(src.slice(f.start, f.end))
          : /^[\d.,]+\s+\S/u.test(src.slice(f.start, f.end)) && f.countUnit)
      )
        draft.name = capitalize(topicName);
      const times = timesPrior(src, f);
      if (times !== null && draft.actual !== null && draft.pctPrior === null) draft.pctPrior = times;
      if (pendingMod !== null && draft.actual !== null) {
        if (pendingMod.kind === "pctPlan") draft.pctPlan = pendingMod.value;
        else if (pendingMod.kind === "pctPrior") draft.pctPrior = pendingMod.value;
        // (a name of the words before a share of the plan ends with the count's own unit, "\u0000")
        if (pendingName !== null && pendingName !== "")
          draft.name = capitalize(pendingName.replace("\u0000", lower(draft.unit)));
        else if (pendingEnlisted && f.countUnit && !/nhập ngũ/u.test(lower(draft.name)))
          draft.name = `${capitalize(f.unit)} nhập ngũ`;
      }
      pendingMod = null;
      pendingName = null;
      pendingEnlisted = false;
      if (lastPrior !== null && draft.changePct === null) draft.changePct = lastPrior;
      lastPrior = null;
      if (margin !== null && margin.unit === draft.unit && draft.actual !== null && draft.plan === null)
        draft.plan = Number((draft.actual - margin.value).toPrecision(15));
      margin = null;
      const named = RAISE.exec(lower(src.slice(boundary, f.start)));
      // "nâng tổng số hợp tác xã đang hoạt động lên 64 hợp tác xã": the words between name it.
      if (named !== null) {
        const what = stripEdges(named[1] ?? "", LEAD_FILLERS, TAIL_FILLERS);
        // "Có 5/9 thôn được công nhận …; … nâng tổng số lên 7/9 thôn": a bare total is of the count
        // of its unit the paragraph named just before.
        draft.name = capitalize(what === "" ? (namedCountBefore(drafts, draft) ?? f.unit) : what);
        // "nâng tổng số hội viên toàn tỉnh lên 41.267 người": a short stock keeps the total it is
        // ("Tổng số hội viên"), as keys name it beside the members admitted that year.
        if (what !== "" && words(what).length <= 3 && /^(?:nâng|đưa)\s+tổng\s/u.test(named[0]))
          draft.name = `Tổng số ${what}`;
        // "nâng tổng số di tích được xếp hạng lên 148 di tích": the total names what it counts.
        if (what !== "") draft.doubts = draft.doubts.filter((r) => r !== "don_vi_theo_hinh_thuc");
      }
      // "nâng công suất thiết kế từ 25.000 lên 45.000 m3/ngày đêm", "đưa tỷ lệ … lên 93,5%": what is
      // raised or lowered to the figure is what it measures; the verb and the level before are not.
      const moved =
        named === null
          ? /(?<!\p{L})(?:nâng|đưa|tăng|hạ|kéo giảm|giảm)\s+([^\d,;:()]{3,80}?)\s+(?:từ\s+[\d.,]+\s*%?\s+)?(?:lên|xuống)(?:\s+(?:còn|mức))?\s*$/u.exec(
              src.slice(boundary, f.start),
            )
          : null;
      const movedWhat = moved === null ? "" : stripEdges(moved[1] ?? "", LEAD_FILLERS, TAIL_FILLERS);
      if (movedWhat !== "" && !/^tổng\s+số(?!\p{L})/iu.test(movedWhat) && words(movedWhat).length <= 10)
        draft.name = capitalize(movedWhat);
      // "Tổng diện tích gieo trồng 28.640 ha, …, trong đó lúa 19.820 ha, rau màu 5.410 ha": the parts
      // of a measure are named with its measure word.
      const whole = lastOfSentence(
        drafts,
        clause.sentence,
        (d) =>
          d.unit === f.unit &&
          MEASURE_HEAD.test(lower(d.name)) &&
          /^[^;]*trong đó[^;]*$/u.test(lower(src.slice(d.source.end, f.start))),
      );
      const measure = whole === null ? undefined : MEASURE_HEAD.exec(lower(whole.name))?.[1];
      if (measure !== undefined && words(draft.name).length <= 4 && !MEASURE_HEAD.test(lower(draft.name)))
        draft.name = `${capitalize(measure)} ${decapitalize(draft.name)}`;
      if (pending !== null && pending.unit === f.unit && draft.actual !== null) {
        if (words(draft.name).length <= 1 && pending.name !== "") draft.name = capitalize(pending.name);
        draft.source.start = Math.min(draft.source.start, pending.start);
        const prior = draft.actual - pending.delta;
        if (prior !== 0) draft.changePct = Number(((pending.delta / Math.abs(prior)) * 100).toPrecision(12));
        pending = null;
      }
      // "Tai nạn giao thông giảm trên cả 3 tiêu chí: xảy ra 17 vụ": a count named by its unit alone
      // is a count of the sentence's topic.
      const about = topics.get(clause.sentence) ?? "";
      // "giao 186 thanh niên nhập ngũ, …, trong đó 23 đảng viên": a part of the count before, named
      // as it is with the part's noun.
      const partOf =
        current !== null &&
        current.unit !== "%" &&
        current.unit !== draft.unit &&
        lower(current.name).startsWith(`${lower(current.unit)} `) &&
        /trong đó[\s,]*(?:có\s*)?$/u.test(lower(src.slice(current.source.end, f.start)))
          ? current
          : null;
      // "tỷ lệ trường đạt chuẩn quốc gia 82,8% (53/64 trường)": the count a rate is of, in brackets.
      const rateOf =
        current !== null &&
        current.unit === "%" &&
        /^tỷ lệ\s/u.test(lower(current.name)) &&
        /^\s*\(\s*$/u.test(src.slice(current.source.end, f.start))
          ? current
          : null;
      if (rateOf !== null && draft.actual !== null && words(draft.name.replace(/[()]/gu, " ")).length <= 2)
        draft.name = capitalize(rateOf.name.replace(/^tỷ lệ\s+/iu, ""));
      // "giải quyết việc làm cho 16.850 lao động, bình quân 3.370 lao động/năm": the yearly mean of
      // the count before it.
      if (
        current !== null &&
        current.actual !== null &&
        lower(draft.unit).startsWith(`${lower(current.unit)}/`) &&
        /^bình quân(?:\s|$)/u.test(lower(draft.name)) &&
        words(draft.name).length <= 4
      )
        draft.name = `${current.name} bình quân`;
      // "47 chợ, 6 siêu thị và 2 trung tâm thương mại đang hoạt động": what is said of the last of a
      // list of counts is said of each.
      // "kết luận 29 tổ chức, 87 đảng viên có vi phạm": the same after a verb the list shares.
      const shared = draft.lead === "" ? "" : `${lower(draft.lead)} `;
      const ofAll =
        shared === "" || lower(draft.name).startsWith(shared)
          ? /^\s((?:đang|đã|được|bị|có)\s.+)$/u.exec(draft.name.slice(shared.length + draft.unit.length))?.[1]
          : undefined;
      if (
        ofAll !== undefined &&
        lower(draft.name.slice(shared.length)).startsWith(lower(draft.unit)) &&
        draft.actual !== null
      ) {
        const bareCount = (d: Draft): boolean => lower(d.name) === `${shared}${lower(d.unit)}`;
        for (const d of listedBefore(drafts, draft, clause.sentence, src, bareCount)) {
          d.name = `${d.name} ${ofAll}`;
          d.doubts = d.doubts.filter((r) => r !== "ten_chung_chung" && r !== "ten_qua_ngan");
        }
      }
      // "32/32 trường mầm non, 28/30 trường tiểu học và 18/19 trường THCS đạt chuẩn quốc gia": each
      // count of the list, told apart by its own words, shares the predicate said after the last.
      const predicate = /\s((?:đạt|đang|đã|được|bị|có)\s.+)$/u.exec(draft.name.slice(draft.unit.length))?.[1];
      if (
        draft.lead === "" &&
        predicate !== undefined &&
        draft.actual !== null &&
        lower(draft.name).startsWith(`${lower(draft.unit)} `)
      ) {
        const sameCount = (d: Draft): boolean =>
          d.unit === draft.unit &&
          lower(d.name).startsWith(`${lower(d.unit)} `) &&
          !/\s(?:đạt|đang|đã|được|bị|có)\s/u.test(` ${lower(d.name)} `);
        for (const d of listedBefore(drafts, draft, clause.sentence, src, sameCount))
          d.name = `${d.name} ${predicate}`;
      }
      // "Vi phạm pháp luật về môi trường: phát hiện 96 vụ": a verb that only says the things were found
      // or happened names nothing of its own; the count is of the topic.
      if (
        about !== "" &&
        draft.actual !== null &&
        lower(draft.name) ===
          `${/^(?:phát hiện|ghi nhận|xảy ra|có|tiếp nhận)\s/u.exec(lower(draft.name))?.[0] ?? "-"}${lower(draft.unit)}` &&
        // "Về tiếp công dân: …; tiếp nhận 873 đơn": papers received are a count of their own (the
        // received, beside the settled and the late), not of the topic.
        !(/^tiếp nhận\s/u.test(lower(draft.name)) && PAPERS.test(lower(draft.unit)))
      )
        draft.name = capitalize(draft.unit);
      // "học sinh giỏi quốc gia đạt 42 giải, trong đó 3 giải nhất, 11 giải nhì": a grade of the total
      // before (same unit, after "trong đó") is named by that total's own words.
      const graded = /^\S+(?:\s\S+)?$/u.exec(draft.name.slice(draft.unit.length + 1).trim());
      if (graded !== null && lower(draft.name).startsWith(`${lower(draft.unit)} `)) {
        const whole = lastOfSentence(
          drafts,
          clause.sentence,
          (d) =>
            d.unit === draft.unit &&
            (d.actual === null) === (draft.actual === null) &&
            /^[^;.]{0,12}?trong đó[^;.]*$/u.test(lower(src.slice(d.source.end, f.start))),
        );
        // "Đoàn … giành huy chương các loại tại Đại hội …": where or whose the total is, said after its
        // unit; "1.318 trạm phát sóng di động BTS, trong đó 486 trạm 5G": a kind after the unit is
        // the part's own kind, not a qualifier.
        const own = ` ${lower(whole?.name ?? "")} `;
        const at = own.indexOf(` ${lower(draft.unit)} `);
        const after =
          whole === null || at < 0
            ? ""
            : whole.name
                .slice(at + draft.unit.length + 1)
                .trim()
                .replace(/^các loại\s*/iu, "");
        const qualifier =
          at < 0
            ? decapitalize(whole?.name ?? "")
            : /^(?:tại|ở|của|trong|trên|năm)(?!\p{L})/iu.test(after)
              ? after
              : "";
        if (whole !== null && qualifier !== "" && !lower(draft.name).includes(lower(qualifier)))
          draft.name = `${draft.name} ${qualifier}`;
      }
      const bareName = lower(draft.name) === lower(draft.unit) && draft.actual !== null;
      if (bareName && partOf !== null)
        draft.name = `${draft.name} ${partOf.name.slice(partOf.unit.length + 1)}`;
      else if (
        about !== "" &&
        bareName &&
        // "1. Công tác xây dựng Hội: …; toàn tỉnh có 146.208 hội viên": the section's work is no part
        // of what the members are.
        !workAreas.has(clause.sentence) &&
        !placeStocks.has(clause.sentence) &&
        !MONEY.some((m) => lower(draft.unit).includes(m)) &&
        !lower(about).includes(lower(draft.unit))
      ) {
        draft.name = `${draft.name} ${decapitalize(about)}`;
        draft.doubts.push("ten_ghep_tu_menh_de_khac");
      } else if (
        // "2. Phong trào thi đua sản xuất, kinh doanh giỏi: có 41.562 hộ đăng ký": what they signed up
        // for or took part in is the campaign the topic names.
        campaigns.has(clause.sentence) &&
        draft.actual !== null &&
        lower(draft.name) ===
          `${lower(draft.unit)} ${/(?:đăng ký|tham gia)$/u.exec(lower(draft.name))?.[0] ?? "-"}`
      ) {
        draft.name = `${draft.name} ${decapitalize(campaigns.get(clause.sentence) ?? "")}`;
        draft.doubts.push("ten_ghep_tu_menh_de_khac");
      } else if (about !== "" && bareName && lower(about).startsWith(`${lower(draft.unit)} `))
        // "Doanh nghiệp thành lập mới: 128 doanh nghiệp": the topic before the colon names the count.
        draft.name = capitalize(about);
      // "Tổng kế hoạch vốn đầu tư công … là 5.836,2 tỷ đồng. … đã giải ngân 4.392,7 tỷ đồng": money
      // named by its verb alone spends the money the plan before named.
      const plannedMoney =
        words(draft.name).length <= 2 &&
        draft.name !== "" &&
        MONEY.some((m) => lower(draft.unit).includes(m)) &&
        // "doanh thu đạt 18,4 tỷ đồng, lợi nhuận 1,26 tỷ đồng": a money measure of its own takes no head.
        !/^(?:lợi nhuận|lãi|lỗ|nộp ngân sách|thuế|chi phí|doanh số|dư nợ|nợ)(?!\p{L})/u.test(
          lower(draft.name),
        )
          ? lastPlan((d) => namesPlannedMoney(d.name) && d.unit === draft.unit && d.actual !== null)
          : undefined;
      // "Các dự án giao thông trọng điểm do Sở làm chủ đầu tư được giao kế hoạch vốn 1.628,4 tỷ đồng,
      // … giải ngân 1.412,9 tỷ đồng": the plan's holder is its subject, the money is theirs.
      const assigned =
        /^(.{3,80}?)(?:\s+do\s.*)?\s+(?:đã\s+)?được\s+(?:giao|phân bổ|bố trí)\s+(?:tổng\s+)?kế hoạch\s+(vốn|kinh phí)(?:\s+năm\s+\d{4})?$/u;
      const assignedMoney =
        plannedMoney === undefined &&
        words(draft.name).length <= 2 &&
        draft.name !== "" &&
        MONEY.some((m) => lower(draft.unit).includes(m))
          ? lastOfSentence(
              drafts,
              clause.sentence,
              (d) => d.unit === draft.unit && d.actual !== null && assigned.test(lower(d.name)),
            )
          : null;
      const holder = assignedMoney === null ? null : assigned.exec(lower(assignedMoney.name));
      const what =
        plannedMoney === undefined
          ? holder === null
            ? undefined
            : `${holder[2] ?? ""} ${holder[1] ?? ""}`
          : PLANNED_MONEY.exec(lower(plannedMoney.name))?.[1];
      if (what !== undefined && !lower(draft.name).includes(what)) {
        draft.name = `${capitalize(what)} đã ${decapitalize(draft.name)}`;
        draft.doubts.push("ten_ghep_tu_menh_de_khac");
        const plan = plannedMoney ?? assignedMoney;
        if (plan !== undefined && plan !== null) plansOf.set(draft, plan);
      }
      // "vốn thực hiện đạt 3.212,9 triệu USD": money done, against money registered; "thực hiện" is
      // no verb to strip when the money word alone is left.
      const done =
        /(?<!\p{L})((?:tổng\s+)?(?:vốn|giá trị|khối lượng)\s+thực hiện)(?:\s+(?:đạt|là|được))?\s*$/u.exec(
          lower(src.slice(boundary, f.start)),
        )?.[1];
      if (done !== undefined && /^(?:tổng\s+)?(?:vốn|giá trị|khối lượng)$/u.test(lower(draft.name)))
        draft.name = capitalize(done);
      // "9 dự án trong nước với 3.145 tỷ đồng" after "14 dự án FDI với tổng vốn đăng ký 615,7 triệu
      // USD": bare money after a count and "với" is what the parallel money before says, for this count.
      const withMoney =
        current !== null &&
        current.actual !== null &&
        current.unit !== "%" &&
        !MONEY.some((m) => lower(current?.unit ?? "").includes(m)) &&
        MONEY.some((m) => lower(draft.unit).includes(m)) &&
        /^\s*với\s*$/u.test(src.slice(current.source.end, f.start));
      const parallelMoney = withMoney
        ? lastOfSentence(drafts, clause.sentence, (d) => MONEY.some((m) => lower(d.unit).includes(m)))
        : null;
      const parallelHead =
        parallelMoney === null
          ? undefined
          : /^(?:tổng\s+)?(?:kinh phí|giá trị|trị giá|số tiền|vốn(?:\s+(?:đăng ký|đầu tư|thực hiện))?)(?!\p{L})/u.exec(
              lower(parallelMoney.name),
            )?.[0];
      // "thu hút 1.000 triệu USD vốn FDI và 4.000 tỷ đồng vốn đầu tư trong nước": money named by the
      // fund after its unit, listed after money named so, shares the verb before the first.
      const fund = rightPhrase(src, f.end, clause.end).phrase;
      const verbBefore =
        current !== null &&
        MONEY.some((m) => lower(current?.unit ?? "").includes(m)) &&
        MONEY.some((m) => lower(draft.unit).includes(m)) &&
        /^\s*và\s*$/u.test(src.slice(current.source.end, f.start)) &&
        MONEY_SUBJECT.test(lower(fund)) &&
        !/\d/u.test(fund)
          ? /^(.+?)\s(?:tổng\s+)?(?:dự phòng|quỹ|nguồn|vốn|kinh phí|ngân sách|số tiền|tiền)(?!\p{L})/u.exec(
              current.name,
            )?.[1]
          : undefined;
      if (verbBefore !== undefined && words(verbBefore).length <= 3) draft.name = `${verbBefore} ${fund}`;
      if (current !== null && parallelHead !== undefined) {
        draft.name = `${capitalize(parallelHead)} ${decapitalize(countedOf(current))}`;
        draft.doubts.push("ten_ghep_tu_menh_de_khac");
      }
      // "kim ngạch xuất khẩu 845 triệu USD; nhập khẩu 512 triệu USD": money named by what differs from
      // the money before it takes that one's head.
      // "… với tổng kinh phí 286,45 tỷ đồng, đã chi trả 241,9 tỷ đồng": "Kinh phí chi trả".
      const moneyHead = /^(?:tổng\s+(?=kinh phí))?(kim ngạch|giá trị|doanh thu|tổng vốn|vốn|kinh phí)\s/u;
      const headBefore =
        words(draft.name).length <= 2 &&
        draft.name !== "" &&
        MONEY.some((m) => lower(draft.unit).includes(m)) &&
        // "doanh thu đạt 18,4 tỷ đồng, lợi nhuận 1,26 tỷ đồng": a money measure of its own takes no head.
        !/^(?:lợi nhuận|lãi|lỗ|nộp ngân sách|thuế|chi phí|doanh số|dư nợ|nợ)(?!\p{L})/u.test(
          lower(draft.name),
        )
          ? lastOfSentence(
              drafts,
              clause.sentence,
              (d) => d.unit === draft.unit && moneyHead.test(lower(d.name)),
            )
          : null;
      const head = headBefore === null ? undefined : moneyHead.exec(lower(headBefore.name))?.[1];
      // "Riêng Công ty TNHH May Lĩnh Giang xuất khẩu 118,6 triệu USD": money named by the trade verb
      // and the firm that is its subject is the trade's value, of that firm.
      const trade = MONEY.some((m) => lower(draft.unit).includes(m))
        ? /^(?:riêng\s+)?((?:công ty|doanh nghiệp|tập đoàn|hợp tác xã|nhà máy)\s.{1,60}?)\s+(?:đã\s+)?(xuất khẩu|nhập khẩu)$/iu.exec(
            draft.name.trim(),
          )
        : null;
      // (The verb alone, "xuất khẩu 113,9 tỷ USD", is named by the passes after, from the sentence.)
      if (trade?.[1] !== undefined && trade[2] !== undefined)
        draft.name = `Kim ngạch ${lower(trade[2])} của ${trade[1]}`;
      else if (head !== undefined && !lower(draft.name).startsWith(head)) {
        draft.name = `${capitalize(head)} ${decapitalize(draft.name)}`;
        draft.doubts.push("ten_ghep_tu_menh_de_khac");
      }
      // "đã giải ngân 1.245 tỷ đồng cho 28.600 lượt hộ vay vốn": money named by its verb is for whom
      // the count after it counts; "đã chi trả 4.906,2 tỷ đồng cho các chế độ", for what it says.
      const forWhat = /^\s*cho\s+([\d.,]+\s+)?(\p{L}[\p{L}\s]{2,60}?)\s*(?:[,;.]|$)/u.exec(
        src.slice(f.end, Math.min(clause.end, f.end + 80)),
      );
      // Without a count, only what kinds of things it paid for ("cho các chế độ", "cho các chính
      // sách"); who it was for ("cho hộ nghèo") is left out, as before.
      const forCount =
        forWhat?.[1] !== undefined ||
        (/^(?:các|những)\s/u.test(lower(forWhat?.[2] ?? "")) &&
          !COUNT_UNITS.some((u) =>
            lower(forWhat?.[2] ?? "")
              .replace(/^(?:các|những)\s+/u, "")
              .startsWith(u),
          ))
          ? forWhat?.[2]
          : undefined;
      if (
        forCount !== undefined &&
        words(draft.name).length <= 2 &&
        draft.name !== "" &&
        MONEY.some((m) => lower(draft.unit).includes(m)) &&
        words(forCount).length <= 6
      ) {
        draft.name = `${draft.name} cho ${forCount}`;
        if (forWhat?.[1] !== undefined) draft.doubts.push("ten_ghep_tu_menh_de_khac");
      }
      // Money named by two words or less in a sentence with a topic: "Giải ngân" of that programme
      // (a list under a topic, "Sản phẩm chủ yếu: xi măng …", names its items itself).
      const topic = topics.get(clause.sentence) ?? "";
      if (
        topic !== "" &&
        words(draft.name).length <= 2 &&
        MONEY.some((m) => lower(draft.unit).includes(m)) &&
        draft.name !== "" &&
        !lower(topic).includes(lower(draft.name)) &&
        // "Các mặt hàng chủ lực: dệt may 864 triệu USD, thủy sản 312 triệu USD": a topic that names
        // kinds of goods heads a list whose items are those goods, each named by itself.
        !/(?:^|\s)(?:mặt hàng|nhóm hàng|sản phẩm)(?!\p{L})/u.test(lower(topic))
      ) {
        draft.name = `${draft.name} ${decapitalize(topic)}`;
        draft.doubts.push("ten_ghep_tu_menh_de_khac");
      } else if (
        // "Mưa lũ cuối tháng 9 làm 4 người chết, thiệt hại ước tính 212 tỷ đồng": damage is of the event
        // that did it (the sentence's subject before "làm" / "gây"), not of the casualties counted.
        /^(?:gây\s+)?thiệt hại$/iu.test(draft.name.trim()) &&
        (damageCauseBefore(src, sentenceOpens, clause, draft.source.start) !== null ||
          /người\s+(?:chết|bị thương|mất tích|tử vong)/u.test(lower(current?.name ?? "")))
      ) {
        const event = damageCauseBefore(src, sentenceOpens, clause, draft.source.start);
        if (event !== null) {
          draft.name = `Thiệt hại do ${decapitalize(event)}`;
          draft.doubts.push("ten_ghep_tu_menh_de_khac");
        }
      } else if (
        // "phát hiện 236 trường hợp vi phạm, xử phạt 642 triệu đồng", "khởi công 3/5 công trình …,
        // giải ngân 4,26 tỷ đồng": money named by its verb alone, for what the count before counts.
        words(draft.name).length <= 2 &&
        draft.name !== "" &&
        MONEY.some((m) => lower(draft.unit).includes(m)) &&
        current !== null &&
        current.sentence === clause.sentence &&
        current.actual !== null &&
        current.unit !== "%" &&
        !MONEY.some((m) => lower(current?.unit ?? "").includes(m)) &&
        /^[\s,]*(?:\([^()]*\)[\s,]*)?$/u.test(src.slice(current.source.end, draft.source.start))
      ) {
        draft.name = `${draft.name} ${decapitalize(countedOf(current))}`;
        draft.doubts.push("ten_ghep_tu_menh_de_khac");
      }
      drafts.push(draft);
      current = draft;
      boundary = Math.max(f.end, draft.source.end);
    }
  }
  // "… được cứng hóa đạt 92,7%, mục tiêu đến năm 2030 là 100%": the target beside a result is the
  // target of the same indicator.
  drafts.forEach((d, k) => {
    const prev = drafts[k - 1];
    if (
      prev !== undefined &&
      d.actual === null &&
      prev.actual !== null &&
      prev.sentence === d.sentence &&
      prev.unit === d.unit &&
      // "…: 68,2 triệu đồng; mục tiêu 110 triệu đồng" named "Mục tiêu thu nhập …" from its bullet's lead.
      (/^(?:mục tiêu|chỉ tiêu|kế hoạch)(?:\s+(?:đến|tới)(?:\s+năm)?)?$/u.test(lower(d.name).trim()) ||
        lower(d.name).trim() === `mục tiêu ${lower(prev.name).trim()}`)
    ) {
      d.name = prev.name;
      d.doubts = d.doubts.filter((r) => r !== "ten_bi_cat");
    }
  });
  // "Kế hoạch đầu tư công năm 2027 nguồn ngân sách địa phương:\n- Tổng vốn: 5.412,7 tỷ đồng": a total
  // in a bullet is the total of what the heading over the list names.
  for (const d of drafts) {
    if (!/^tổng\s+\p{L}+(?:\s+\p{L}+)?$/u.test(lower(d.name))) continue;
    const lineStart = src.lastIndexOf("\n", d.source.start) + 1;
    if (!/^\s*[-–•+*]\s/u.test(src.slice(lineStart, lineStart + 4)) || lineStart === 0) continue;
    const heading = /([^\n]*):\s*\n(?:\s*[-–•+*][^\n]*\n)*$/u.exec(src.slice(0, lineStart))?.[1];
    const topic = stripEdges(
      lower(heading ?? "")
        .replace(/\([^()]*\)/gu, " ")
        .replace(/(?:^|\s)(?:năm|giai đoạn)\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?/gu, " ")
        .replace(
          /^\s*(?:kế hoạch|kết quả(?:\s+thực hiện)?|dự toán|chỉ tiêu|tình hình(?:\s+thực hiện)?)\s+/u,
          "",
        )
        .replace(/\s+/gu, " "),
      [],
      [],
    );
    // "Tổng thu" over "thu ngân sách": the word they share is said once.
    const last = words(lower(d.name)).pop() ?? "";
    const rest = topic.startsWith(`${last} `) ? topic.slice(last.length + 1) : topic;
    if (rest !== "" && words(rest).length <= 12 && !/\d/u.test(rest) && !lower(d.name).includes(rest))
      d.name = `${d.name} ${rest}`;
  }
  // "Tại Đại hội Thể thao khu vực, đoàn tỉnh giành 27 huy chương vàng, 31 huy chương bạc …": where a
  // sentence says it all happened is part of what each of its figures counts.
  const sentenceStart = new Map<number, number>();
  for (const c of clauses) if (!sentenceStart.has(c.sentence)) sentenceStart.set(c.sentence, c.start);
  /** The place or event a sentence is led by, added to each name after its shape is judged. */
  const where = new Map<Draft, string>();
  for (const d of drafts) {
    const at = /^\s*Tại\s+([^,;:.\d]{3,60}),\s/u.exec(
      src.slice(sentenceStart.get(d.sentence) ?? d.source.start),
    );
    if (at?.[1] !== undefined && d.name !== "" && !lower(d.name).includes(lower(at[1].trim())))
      where.set(d, ` tại ${at[1].trim()}`);
  }
  nameByListHead(src, drafts);
  nameBySharedVerb(src, drafts);
  nameCountsBySubject(src, drafts, sentenceStart);
  nameThinCounts(src, drafts, sentenceStart);
  nameMedalsWon(src, drafts);
  nameCasesByTheirPeople(src, drafts);
  nameMoneyByEarlierSentence(drafts);
  nameAreas(drafts);
  nameFreightWork(drafts);
  nameTargetsByEarlierVerb(src, drafts);
  namePlansOfEarlierMoney(src, drafts);
  nameByLineLead(src, drafts);
  nameThinByPeriodLead(src, drafts, sentenceStart);
  // "… lần đầu vượt mốc 3 tỷ USD, đạt 3,12 tỷ USD": the threshold is no row; the result is named.
  {
    const kept = nameResultsPastThreshold(src, drafts);
    // (not a spread into splice: a paste of many thousand figures would overflow the call's arguments)
    if (kept.length < drafts.length) {
      drafts.length = 0;
      for (const d of kept) drafts.push(d);
    }
  }
  placesOfOutbreaks(src, drafts);
  // "Tỷ lệ giáo viên đạt chuẩn: mầm non 91,4%, tiểu học 88,7%": each item is a part of the lead's measure.
  nameItemsByListLead(src, drafts);
  // "142/156 xã … phù hợp với trẻ em (91%)": the share the count before makes.
  nameBracketedRates(src, drafts);
  // "chủ yếu sang Nhật Bản (236 người) và Hàn Quốc (88 người)": each place by the first's relation.
  nameListedPlaces(src, drafts);
  // "… phiên giao dịch việc làm với sự tham gia của 640 lượt doanh nghiệp": who took part in what.
  nameParticipants(drafts);
  // "ra quyết định cho 5.006 người hưởng": the benefit named earlier ("hưởng trợ cấp thất nghiệp").
  completeBareBenefit(src, drafts);
  // "Các mặt hàng xuất khẩu chủ lực: dệt may 416,3 triệu USD": each item is the trade of its goods.
  nameGoodsByTradeHead(src, drafts);
  // "…, bình quân giảm 3,51%/năm": the yearly mean fall of the rate before it, a size of its own.
  nameYearlyFalls(src, drafts);
  // "Siêu thị, trung tâm thương mại: 19 siêu thị và 4 trung tâm thương mại": a heading that lists
  // kinds, then a count of each: each count is of the kind its unit says.
  // Read within the 300 characters before each figure, so that a long paste stays linear.
  for (const d of drafts) {
    if (d.actual === null && d.plan === null && d.planText === null) continue;
    const from = Math.max(0, d.source.end - 300);
    const near = src.slice(from, d.source.end);
    const lineStart = near.lastIndexOf("\n") + 1;
    const colon = near.indexOf(":", lineStart);
    if (colon < 0) continue;
    const opens = Math.max(lineStart, near.lastIndexOf(". ", colon) + 2, near.lastIndexOf(";", colon) + 1);
    if (opens === 0 && from > 0) continue;
    const kinds = near
      .slice(opens, colon)
      .replace(/^\s*[-–•+*]\s*/u, "")
      .split(/,|\svà\s/u)
      .map((k) => k.trim());
    if (kinds.length < 2 || kinds.some((k) => k === "" || words(k).length > 4 || /\d/u.test(k))) continue;
    // "3 chợ đầu mối" counted in "chợ": the kind written right after this count's figure.
    const unit = lower(d.unit);
    const seg = lower(src.slice(from + colon, d.source.end + 40));
    let kind: string | undefined;
    let at = -1;
    for (const k of kinds) {
      if (lower(k) !== unit && !lower(k).startsWith(`${unit} `)) continue;
      for (const m of seg.matchAll(new RegExp(`\\d\\s+${escapeRe(lower(k))}(?!\\p{L})`, "gu")))
        if (m.index < d.source.end - from - colon && m.index > at) [kind, at] = [k, m.index];
    }
    if (kind !== undefined) d.name = capitalize(kind);
  }
  // "Lễ hội Đền Núi Phù diễn ra trong 5 ngày, thu hút 320 nghìn lượt người": who came came to the event
  // the sentence opens with; "thu hút" alone says not to what.
  for (const d of drafts) {
    const drawn = /^thu hút(?:\s+được)?\s+(.+)$/iu.exec(d.name)?.[1];
    if (drawn === undefined || d.actual === null) continue;
    // The event is said within 200 characters before the verb, the verb within 120 of the figure.
    const tail = Math.max(0, d.source.end - 120);
    const near = lower(src.slice(tail, d.source.end)).lastIndexOf("thu hút");
    const verbAt = near < 0 ? -1 : tail + near;
    const open = Math.max(sentenceStart.get(d.sentence) ?? 0, verbAt - 200);
    if (verbAt < 0 || verbAt < open) continue;
    const event = EVENT_SUBJECT.exec(src.slice(open, verbAt + "thu hút".length));
    if (event?.[1] === undefined || lower(d.name).includes(lower(event[1]))) continue;
    d.name = `${capitalize(drawn)} ${event[1].trim()}`;
  }
  // "…, trong đó: ngân sách trung ương 2.154,7 tỷ đồng; …; vốn lồng ghép từ các chương trình, dự án
  // khác 4.517,9 tỷ đồng; …": in a list whose items end with ";", a comma inside an item with no figure
  // before it is inside the item's name.
  // Each look below is near its draft, or read from a table built once: a look back or forward over
  // the whole text per draft was quadratic in a long paste (x of the hostile bench).
  const lowSrc = lower(src);
  const marks = separators(src);
  for (const d of drafts) {
    if (d.name === "") continue;
    const at = lastWithin(lowSrc, lower(d.name), d.source.start - 200, d.source.end);
    if (at < 0) continue;
    const sep = marks.lastAt(at);
    const item = src.slice(sep + 1, at);
    if (sep < 0 || src[sep] === "\n" || !/^\s*[^\d,;:()]{3,60},\s*$/u.test(item)) continue;
    // The list's items are ended by ";": one before this item, or one after its figure.
    if (!/;/u.test(src.slice(Math.max(0, sep - 300), sep + 1)) && !marks.semicolonNext(d.source.end))
      continue;
    const head = item.trim().replace(/,$/u, "");
    if (
      words(head).length < 2 ||
      words(head).length > 8 ||
      /(?:^|\s)(?:trong đó|riêng|năm|đến|tới)(?:\s|$)/u.test(lower(head))
    )
      continue;
    d.name = `${capitalize(head)}, ${decapitalize(d.name)}`;
  }
  // "cầu Lạc Hải 2 dài 1.860 m": a length said by its adjective after what it measures is that
  // thing's length ("Chiều dài cầu Lạc Hải 2").
  for (const d of drafts) {
    const measured = /^(.{3,80}?)\s+(dài|rộng|cao|sâu)$/u.exec(d.name);
    if (measured !== null && /^(?:m|km|cm|mm)$/u.test(d.unit))
      d.name = `Chiều ${measured[2] ?? ""} ${decapitalize(measured[1] ?? "")}`;
  }
  // "Cơ cấu kinh tế: nông nghiệp 20,3%, công nghiệp - xây dựng 38,2%, dịch vụ 41,5%": in a sentence
  // about the structure, a sector's percentage is its share ("Tỷ trọng dịch vụ"), not a bare name.
  for (const d of drafts) {
    if (d.unit !== "%" || d.kind === "growth" || d.changePct !== null) continue;
    const bare = d.name.replace(/^tỷ lệ\s+/iu, "");
    if (!SECTOR.test(lower(bare)) || words(bare).length > 8) continue;
    const said = lower(src.slice(sentenceStart.get(d.sentence) ?? d.source.start, d.source.start));
    if (/(?:^|\s)(?:cơ cấu|tỷ trọng)(?!\p{L})/u.test(said) || /^tỷ trọng(?!\p{L})/u.test(lower(d.name)))
      d.name = `Tỷ trọng ${decapitalize(bare)}`;
  }
  // "có diện tích tự nhiên 14,82 km2, quy mô dân số 68.415 người": the size of the population, as the
  // reorganisation's criteria say it, is its population ("Dân số").
  for (const d of drafts)
    d.name = d.name.replace(/^quy mô\s+(dân số)(?!\p{L})/iu, (_m, w: string) => capitalize(w));
  // "Tổng sản phẩm trên địa bàn tỉnh Lạc Ninh (GRDP)": the economy is named by its abbreviation, as
  // tables name it (the place is the report's own).
  for (const d of drafts)
    d.name = d.name.replace(
      /tổng sản phẩm\s+(?:trên địa bàn|trong nước)(?:\s+(?:tỉnh|thành phố|huyện|thị xã|xã|phường)\s+[^()\d]{1,40}?)?\s*\((GRDP|GDP)\)/iu,
      "$1",
    );
  // "tổng sản phẩm trên địa bàn (GRDP) … theo giá so sánh ước tăng 7,14%": the growth of the economy,
  // with no level beside it, is its growth rate, as reports name it.
  for (const d of drafts)
    if (
      d.unit === "%" &&
      (d.kind === "growth" ||
        (d.actual === null && /^tăng\s/u.test(d.planText ?? "")) ||
        // "…, trong đó quý III tăng 8,65%": a part's growth read as its level.
        /(?<!\p{L})tăng\s+[\d.,]+\s*%/u.test(lower(src.slice(d.source.start, d.source.end)))) &&
      /^(?:tổng sản phẩm|grdp|gdp)(?!\p{L})/iu.test(d.name)
    )
      d.name = `Tốc độ tăng trưởng ${decapitalize(d.name)}`;
  // "Trong đó, xuất khẩu ước đạt 461,8 tỷ USD": the money of trade is its turnover, as tables name it.
  for (const d of drafts)
    if (
      MONEY.some((m) => lower(d.unit).includes(m)) &&
      /^(?:xuất khẩu|nhập khẩu|xuất nhập khẩu)$/iu.test(d.name.trim())
    )
      d.name = `Kim ngạch ${decapitalize(d.name.trim())}`;
  // "năm 2028 có 96,1% hộ dùng nước sạch, năm 2029 …": a name read after its figure up to the next
  // year stops at the comma that ends it; the mark is no part of the name.
  for (const d of drafts) d.name = d.name.replace(/[\s,;:]+$/u, "");
  // "nâng tổng số hội viên lên 213.540 người, chiếm 81,4% …": the rate is of the members, not of a total.
  for (const d of drafts) if (d.unit === "%") d.name = d.name.replace(/^Tỷ lệ tổng số\s+/u, "Tỷ lệ ");
  // "khu vực dịch vụ tăng 8,1%, đóng góp 52,3%", "…; nếu loại trừ yếu tố giá tăng 6,1%": named by
  // the growth before them.
  nameGrowthParts(src, drafts);
  // "… tăng gấp 2,1 lần, ước đạt 3,18 tỷ USD": the level of what the multiple was said of.
  nameLevelsAfterMultiple(src, drafts);
  // "…; lũy kế 10 tháng đạt 41.286,5 tỷ đồng", "…; bình quân 11 tháng tăng 3,12%": the indicator of
  // the figure before it, over the period said.
  namePeriodClauses(src, drafts);
  // "Ước cả năm, tổng doanh thu đạt …, nộp ngân sách …": each result of the sentence is the year's.
  nameByWholeYearLead(src, drafts, sentenceOpens);
  // "Nhà máy … đi vào vận hành với công suất 400 tấn/ngày": the measure of the sentence's subject.
  nameMeasureBySubject(src, drafts, sentenceOpens);
  // "… đạt 87,3%. …, đưa tỷ lệ lên tối thiểu 92%": the rate named last.
  nameRatesAgain(src, drafts);
  // "giải quyết 5.942 hồ sơ, đúng hạn 99,3%": the share of the files counted just before done in time.
  nameTimelyShares(src, drafts);
  // "… giải ngân đạt 96% kế hoạch vốn": the rate of disbursing the fund named before.
  nameDisbursedShares(drafts);
  // "100% cơ quan … sử dụng chữ ký số", "số nợ đóng chiếm 2,6%": a share of whom, named a rate.
  nameSharesOfWhom(src, drafts);
  // "thụ lý 1.214 vụ, việc, giải quyết 1.160 vụ, việc": the second noun is the count's, not the next name's.
  dropDoubledNounLeads(src, drafts);
  // "phát hiện 214 trường hợp vi phạm …, đã xử lý 197 trường hợp": the cases found before.
  nameBareUnitsAgain(src, drafts);
  // "Chỉ số sản xuất công nghiệp (IIP) … . … IIP tăng 12 - 13%": the abbreviation spelt out before.
  spellOutAbbreviations(drafts);
  // "A và B lần lượt là X% và Y%": each figure of the list is its item's.
  drafts.splice(0, drafts.length, ...distributeRespectively(src, drafts, convention));
  // "giảm 21 vụ, giảm 12 người chết …, tương ứng giảm 10,88%, 11,32% …": each count's change in %.
  drafts.splice(0, drafts.length, ...respectiveChanges(src, drafts));
  // "kéo giảm 5% số vụ, số người chết và số người bị thương": the size of the fall, for each count.
  drafts.splice(0, drafts.length, ...spreadSharedFall(src, drafts));
  // "giá trị sản phẩm trên 1 ha đất trồng trọt đạt 168 triệu đồng": money earned on each hectare is
  // money per hectare, as "đồng/ha" would write it (the name keeps "trên 1 ha").
  for (const d of drafts)
    if (
      MONEY.some((m) => lower(d.unit).includes(m)) &&
      !d.unit.includes("/") &&
      /(?<!\p{L})trên\s+(?:1|một)\s+(?:ha|héc-ta|hecta)(?!\p{L})/u.test(lower(d.name))
    )
      d.unit = `${d.unit}/ha`;
  // "Kế hoạch vốn … được giao 8.264,5 tỷ đồng. … giải ngân ước đạt 7.853,2 tỷ đồng, đạt 95% kế
  // hoạch": when the % of plan gives the plan back, the plan is the Kế hoạch of the money spent, not
  // a row of its own (no table keys a plan stated beside its result).
  for (const [done, plan] of plansOf) {
    if (done.pctPlan === null || done.actual === null || plan.actual === null || plan.actual <= 0) continue;
    if (Math.abs((done.actual / plan.actual) * 100 - done.pctPlan) > 0.5) continue;
    if (givesPrintedPctBack(done.actual, plan.actual, done.pctPlan)) done.plan ??= plan.actual;
    const at = drafts.indexOf(plan);
    if (at >= 0) drafts.splice(at, 1);
    // "… là 1.386,52 tỷ đồng (vốn đầu tư 1.012,4 tỷ đồng, vốn sự nghiệp 374,12 tỷ đồng)": the plan's
    // parts in brackets right after it are plans stated beside the result too.
    const parts = /^\s*\([^()]{0,200}\)/u.exec(src.slice(plan.source.end, plan.source.end + 210));
    // (drafts are in text order: the parts follow where the plan was)
    if (parts !== null && at >= 0) {
      const close = plan.source.end + parts[0].length;
      while (at < drafts.length) {
        const d = drafts[at] as Draft;
        if (d.source.start <= plan.source.end || d.source.end > close || d.unit !== plan.unit) break;
        drafts.splice(at, 1);
      }
    }
  }
  // "- Kế hoạch vốn năm 2026 được giao: 1.846,2 tỷ đồng;\n- Giá trị giải ngân: 1.372,9 tỷ đồng, đạt
  // 74,4% kế hoạch": a plan read as a target, whose figure the % of plan of a result just after it
  // gives back, is the plan stated beside that result (its Kế hoạch), no row of its own.
  // "Tổng vốn … được giao 648,25 tỷ đồng; giải ngân 583,4 tỷ đồng, đạt 90%", "So với kế hoạch vốn
  // 5.216,8 tỷ đồng …, giải ngân 3.472,5 tỷ đồng, đạt 66,6%": money said just before its figure to be
  // planned, assigned or allocated, read as a result, is that plan too when the % gives it back.
  for (let i = drafts.length - 2; i >= 0; i--) {
    const plan = drafts[i] as Draft;
    const stated =
      plan.actual === null
        ? /^(?:tổng\s+)?kế hoạch(?!\p{L})/u.test(lower(plan.name))
          ? plan.plan
          : null
        : plan.pctPlan === null && plan.changePct === null && plannedJustBefore(src, plan, sentenceOpens)
          ? plan.actual
          : null;
    // ("Dự toán chi … là 912,4 tỷ đồng" before the spending stays: a budget is a row of its own.)
    if (stated === null || stated <= 0) continue;
    const done = drafts
      .slice(i + 1, i + 3)
      .find(
        (d) =>
          d.actual !== null &&
          d.pctPlan !== null &&
          d.unit === plan.unit &&
          d.sentence - plan.sentence <= 2 &&
          Math.abs(((d.actual as number) / stated) * 100 - (d.pctPlan as number)) <= 0.5,
      );
    if (done === undefined) continue;
    if (givesPrintedPctBack(done.actual as number, stated, done.pctPlan as number)) done.plan ??= stated;
    drafts.splice(i, 1);
  }
  /** "đạt 8,2% trở lên" read as a result (a result word beside it): the shape says target, so unsure. */
  // Once per clause, found by binary search: a long paste of one clause stays linear.
  const findClause = clauseFinder(clauses);
  const limited = new Map<unknown, boolean>();
  const limitedAt = (at: number): boolean => {
    const c = findClause(at);
    if (c === undefined || mode !== "auto") return false;
    let seen = limited.get(c);
    if (seen === undefined) limited.set(c, (seen = limitEvidence(src.slice(c.start, c.end), false)));
    return seen;
  };
  // "được giao kế hoạch hỗ trợ 628 hộ thiếu đất sản xuất, đã thực hiện 517/628 hộ": the plan stated
  // beside its result is the fraction's total, no row of its own; what it names names the result.
  for (let i = drafts.length - 1; i >= 1; i--) {
    const d = drafts[i] as Draft;
    const p = drafts[i - 1] as Draft;
    const done = /^[\s,]*(?:đến nay\s+)?(đã\s+)?(?:thực hiện|hoàn thành|đạt)(?:\s+được)?\s*$/u.exec(
      lower(src.slice(p.source.end, d.source.end).replace(/\d[\d.,]*\s*\/\s*\d[\d.,]*[^]*$/u, "")),
    );
    if (
      done === null ||
      d.total === null ||
      (p.actual ?? p.plan) !== d.total ||
      p.total !== null ||
      p.unit !== d.unit ||
      p.sentence !== d.sentence ||
      !/(?<!\p{L})(?:kế hoạch|chỉ tiêu)(?!\p{L})/u.test(
        lower(src.slice(Math.max(0, p.source.start - 30), p.source.end)),
      )
    )
      continue;
    d.name = p.name;
    // "đã thực hiện 517/628 hộ" is done, whatever tense the plan's words gave the sentence.
    if (done[1] !== undefined && d.actual === null && d.plan !== null) {
      d.actual = d.plan;
      d.plan = null;
      d.planText = null;
    }
    drafts.splice(i - 1, 1);
    i--;
  }
  // Only a draft still an increment goes: one that a later "nâng tổng số lên …" made the level is kept.
  if (addedToStock.length > 0) {
    const kept = drafts.filter(
      (d) => !(d.increment && d.actual === null && within(addedToStock, d.source.start, d.source.end)),
    );
    // (not a spread into splice: a paste of many thousand figures would overflow the call's arguments)
    drafts.length = 0;
    for (const d of kept) drafts.push(d);
  }
  nameEquivalents(drafts);
  nameRaisedRates(src, drafts);
  nameTourists(src, drafts);
  nameFines(src, drafts);
  nameDisbursedMoney(src, drafts);
  namePerBase(src, drafts);
  nameEventCounts(src, drafts);
  shareQualifiers(src, drafts);
  // "Công tác phòng, chống ma túy: phát hiện, bắt giữ 87 vụ": cases named by their verbs are of the field.
  nameCrimeCountsByField(src, drafts);
  // "điều tra làm rõ 318 vụ, bắt 506 đối tượng, đạt tỷ lệ 90,34%": the pair whose share it is names it.
  nameRatesByCounts(drafts);
  // "bố trí 65 tỷ đồng cho Quỹ …", "bố trí 312 tỷ đồng chi trợ cấp …": money named by what it is for.
  nameMoneySetAside(src, drafts);
  // "tặng 640 suất quà cho …, trị giá 320 triệu đồng": the worth named by the gifts.
  nameGiftWorth(src, drafts);
  // "Dịp Tết Nguyên đán, trao 2.150 suất quà cho …": Tết gifts and their money named by the occasion.
  nameTetGifts(src, drafts);
  namePointedBack(drafts);
  const proposals = changesToCountsBefore(src, drafts).map((d): Proposal => {
    const { sentence, head: _h, lead: _l, increment: _i, changeOnly: _c, doubts, ...draft } = d;
    const p = {
      ...draft,
      name: withoutPeopleTail(
        aimedRateName(
          causedAsSuffered(
            withoutOwnAreaName(
              withoutAssignedBy(
                withoutAim(withoutTimeLead(withoutExampleLead(withoutSpeaker(draft.name)))),
                d,
              ),
            ),
            draft.unit,
          ),
          draft.unit,
        ),
        draft.unit,
      ),
    };
    return {
      ...p,
      name: p.name + (where.get(d) ?? ""),
      unit: countUnitHead(p.unit),
      confidence: confidenceOf(
        p,
        [
          ...doubts,
          ...(eventSentences.has(sentence) ? (["cau_tuong_thuat_su_kien"] as const) : []),
          ...(directiveSentences.has(sentence) ? (["cau_chi_dao"] as const) : []),
          ...(d.actual !== null && limitedAt(d.source.start) ? (["ket_qua_dang_gioi_han"] as const) : []),
        ],
        guessedTense.has(sentence) ? ["thi_doan"] : [],
      ),
    };
  });
  // The learnt tense model (extract-tense-learnt.ts) may flip a result or a target it is sure of; a
  // forced mode is the user's word and stays.
  const tensed =
    mode === "auto" && options.tense !== "rules" ? applyLearntTense(src, proposals, clauses) : proposals;
  // The learnt name chooser (extract-name-model.ts) may prefer another name made from the same text.
  const named = options.names === "rules" ? tensed : chooseNames(src, tensed, NAME_MODEL);
  // Whichever chose the name, the enterprise that reports is no part of it.
  const lowered = lower(src);
  const renamed = named.map((p) => {
    const name = rateName(
      // "có từ 9 hợp tác xã trở lên đạt loại tốt": a count of businesses is named by them.
      lower(p.name).startsWith(lower(p.unit))
        ? p.name
        : withBusinessBeside(withoutEnterpriseSubject(p.name, textBeforeName(src, lowered, p)), src, p),
      p.unit,
      src.slice(Math.max(0, p.source.start - 200), p.source.start),
      src.slice(p.source.start, p.source.end),
    );
    const worked = workersGivenWork(
      p.unit === "%" ? withoutKeptAt(name) : name,
      p.unit,
      src.slice(Math.max(0, p.source.end - 400), p.source.end),
    );
    // "Thu hồi 4,25 ha đất …": an area is named by its measure ("Diện tích thu hồi đất").
    const sized = withAreaHead(worked, p.unit, src.slice(p.source.start, p.source.end));
    // An event's own name, the day a stock was counted, the predicate or sender a name ran into.
    const tidy = shareCalledBy(
      withoutUnitEcho(
        withoutReceivingVerb(
          withoutNameTail(sized, src.slice(Math.max(0, p.source.start - 240), p.source.start), p.unit),
          p.unit,
        ),
        p.unit,
      ),
      p.unit,
      src.slice(p.source.start, p.source.end + 80),
    );
    return tidy === p.name ? p : { ...p, name: tidy };
  });
  // "tăng 420 đồng/lít, lên 21.870 đồng/lít": the level reached, named by the measure; the step goes.
  const leveled = levelAfterStep(src, renamed);
  return src === text.normalize("NFC")
    ? leveled
    : leveled.map((p) => ({
        ...p,
        source: { start: expanded.toSource(p.source.start), end: expanded.toSource(p.source.end) },
      }));
}

/**
 * A stated plan becomes a row's Kế hoạch only if it gives the printed % back to its last digit
 * (writers round by hand: 1.108,73 of 1.386,52 is 79,965%, printed 79,97%); else KH is derived.
 */
/**
 * "Kế hoạch vốn … sau điều chỉnh là 1.291,3", "được phân bổ 9.846 triệu đồng": the words just before a
 * figure, within its sentence, say it is money planned, assigned or allocated (not a budget, "dự
 * toán", which is a row of its own).
 */
function plannedJustBefore(src: string, d: Draft, sentenceOpens: ReadonlyMap<number, number>): boolean {
  // (A draft's source runs from its name through its figure and unit: the words before its last
  // figure are what is said of it.)
  const from = Math.max(sentenceOpens.get(d.sentence) ?? 0, d.source.start - 80);
  const said = src.slice(from, d.source.end);
  const figure = /\d[\d.,]*[^\d]{0,40}$/u.exec(said);
  if (figure === null) return false;
  // ("Kế hoạch vốn đầu tư công năm 2026 của thành phố … là": the year is no figure between.)
  const before = lower(said.slice(Math.max(0, figure.index - 100), figure.index)).replace(
    /(?<![\d.,])(?:19|20)\d\d(?![\d.,])/gu,
    "",
  );
  return (
    // ("được Thủ tướng Chính phủ và HĐND tỉnh giao 7.842,5 tỷ đồng": who assigned it, said between.)
    /(?<!\p{L})(?:kế hoạch|được giao|đã giao|phân bổ|bố trí|được\s[^\d;.]{1,60}?\sgiao)(?!\p{L})[^\d;.]{0,80}$/u.test(
      before,
    ) && !/(?<!\p{L})dự toán(?!\p{L})/u.test(before)
  );
}

function givesPrintedPctBack(actual: number, plan: number, pctPlan: number): boolean {
  const k = 10 ** (String(pctPlan).split(".")[1] ?? "").length;
  const back = (actual / plan) * 100 * k;
  return Math.round(back) / k === pctPlan || Math.trunc(back) / k === pctPlan;
}

/**
 * "Mưa lũ cuối tháng 9 làm 4 người chết, thiệt hại …", "Bão số 3 gây …": the event a sentence opens
 * with, before "làm" / "gây" (a time between left out), or null.
 */
function damageCause(src: string, from: number, to: number): string | null {
  const event =
    /^[\s\-+•]*(\p{Lu}[^,;:.]*?)\s+(?:(?:trong|vào|cuối|đầu|giữa|năm|tháng|quý|ngày)\s[^,;:.]*?\s)?(?:làm|gây)\s/u
      .exec(src.slice(from, Math.min(to, from + 200)))?.[1]
      // "Trận lũ quét đêm 14/8 tại huyện …": when and where it struck are no part of the event.
      ?.replace(/\s+(?:đêm|ngày|rạng sáng|sáng|trưa|chiều|tối|tại|ở|xảy ra)(?!\p{L}).*$/u, "");
  return event !== undefined && event !== "" && words(event).length <= 5 ? event : null;
}

/**
 * The event that did the damage said at the start of the figure's sentence, or of the sentence
 * before when the figure's own opens with the damage ("Trận lũ quét … làm 2 người chết. Thiệt hại
 * ước 57 tỷ đồng").
 */
function damageCauseBefore(
  src: string,
  sentenceOpens: ReadonlyMap<number, number>,
  clause: { sentence: number; start: number },
  to: number,
): string | null {
  const open = sentenceOpens.get(clause.sentence) ?? clause.start;
  const own = damageCause(src, open, to);
  if (own !== null) return own;
  const before = sentenceOpens.get(clause.sentence - 1);
  if (before === undefined || !/^\s*(?:tổng\s+)?thiệt hại(?!\p{L})/iu.test(src.slice(open, open + 30)))
    return null;
  return damageCause(src, before, open);
}

/**
 * "có thêm ít nhất 1.300 doanh nghiệp thành lập mới": what is added is founded (registered, recruited,
 * planted) new in the year, its own flow, a target to check like "trồng mới 120 ha"; not the rise of
 * a stock ("có thêm 5 trường đạt chuẩn").
 */
function newOfTheYear(src: string, end: number): boolean {
  return /^[^,;.\d]{0,30}?\s(?:thành lập|đăng ký|phát triển|tuyển|kết nạp|trồng)\s+mới(?!\p{L})/u.test(
    lower(src.slice(end, end + 60)),
  );
}

/**
 * An event or a place to visit that opens a sentence, before what it did and "thu hút" ("Lễ hội …
 * diễn ra trong 5 ngày, thu hút", "Hội chợ OCOP thu hút"): group 1.
 */
const EVENT_SUBJECT =
  /^\s{0,3}((?:lễ hội|giải|hội chợ|hội thi|hội diễn|hội báo|chương trình|sự kiện|tuần lễ|tuần văn hóa|festival|triển lãm|liên hoan|ngày hội|khu du lịch|khu di tích|di tích|bảo tàng|thư viện)(?!\p{L})[^,;:.\d()]{0,60}?)(?:\s{1,3}(?:đã\s{1,3})?(?:diễn ra|được tổ chức|tổ chức|khai mạc|kéo dài|mở cửa|đón)[^,;:.]{0,40})?,?\s{1,3}thu hút$/iu;

/**
 * "Chi cục Hải quan được giao dự toán thu ngân sách 1.180 tỷ đồng": a target assigned to a body is
 * named by what it is a target of ("Thu ngân sách"), as "Dự toán thu … giao 1.520 tỷ đồng" is keyed.
 */
function withoutAssignedBy(name: string, d: Draft): string {
  if (d.actual !== null) return name;
  const rest =
    /^(?:.{0,60}?\s)?(?:được\s+)?giao\s+(?:dự toán|kế hoạch|chỉ tiêu)\s+(.+)$/iu.exec(name)?.[1] ??
    // "Ngân hàng Nhà nước định hướng tăng trưởng tín dụng": the body that set the aim, named by its
    // capitals, and its verb of aiming lead no name.
    /^\p{Lu}[^\d,;]{0,60}?\s\p{Lu}[^\d,;]{0,40}?\s(?:định hướng|đặt mục tiêu|đề ra mục tiêu|đặt ra mục tiêu)\s+(.+)$/u.exec(
      name,
    )?.[1];
  return rest === undefined || words(rest).length < 2 ? name : capitalize(rest);
}

/**
 * "… trên địa bàn tỉnh Phong Nhạn": the area a report covers is named by its kind in an indicator's
 * name ("Thu ngân sách nhà nước trên địa bàn huyện"), not by its proper name, which every row of the
 * report would repeat.
 */
function withoutOwnAreaName(name: string): string {
  return name.replace(
    /(trên địa bàn\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn))(?:\s+\p{Lu}[\p{L}-]*)+(?=$|[\s,;(])/u,
    "$1",
  );
}

/** "so với đầu năm", "so với 31/12/2025": a change since the start of the year, not on the year before. */
const SINCE_YEAR_START =
  /^\s*so với\s+(?:đầu năm|thời điểm đầu năm|cuối năm trước|cuối năm (?:19|20)\d\d|31\/12(?:\/\d{4})?)|so với\s+(?:đầu năm|thời điểm đầu năm|cuối năm trước)/u;

/**
 * "đưa 2.310 lao động đi làm việc ở nước ngoài (Nhật Bản 1.402, …)": a part of workers sent abroad,
 * labelled by a country, is named as the row of a table would name it, "Lao động đi làm việc tại Nhật
 * Bản" (who sent them and "ở nước ngoài" give way to the country); any other part keeps the whole's
 * name with its label in brackets.
 */
function abroadPart(whole: string, unit: string, label: string): string {
  const name = lower(whole);
  const abroad = /\s+(?:ở|ra)\s+nước ngoài(?!\p{L}).*$/u.exec(name);
  const at = name.indexOf(`${lower(unit)} `);
  if (abroad === null || at < 0 || at > abroad.index) return `${whole} (${label})`;
  return `${capitalize(whole.slice(at, abroad.index))} tại ${label}`;
}

/**
 * "Giáo dục và đào tạo: toàn xã có 6 trường …", "Y tế: …": a heading that names only a sector of a
 * report is the section's area of work, like "Công tác …:", no part of what its counts are.
 */
const SECTOR_HEADING =
  /^\s*(?:\d{1,2}[.)]\s*|[-–•+*]\s*|[IVX]+\.\s*)?(?:(?:về|lĩnh vực|ngành)\s+)?(?:giáo dục(?:\s*(?:và|-|,)\s*đào tạo)?|y tế|văn hóa(?:\s*(?:và|-|,)\s*(?:thể thao|xã hội|thông tin))*(?:\s*(?:và|-|,)\s*du lịch)?|thể thao|du lịch|lao động(?:\s*(?:và|-|,)\s*việc làm)?|an sinh xã hội|văn hóa - xã hội|kinh tế tập thể|quốc phòng(?:\s*(?:và|-|,)\s*(?:an ninh|quân sự địa phương))?)\s*$/u;

/** Sectors of the economy, whose percentages in a sentence about its structure are shares. */
const SECTOR =
  /^(?:khu vực\s+)?(?:nông|lâm nghiệp|thủy sản|công nghiệp|xây dựng|dịch vụ|thương mại|du lịch|thuế sản phẩm)(?!\p{L})/u;

/** Papers an office receives and settles: "đơn", "hồ sơ", "tin" (reports of crime), "văn bản". */
const PAPERS = /^(?:đơn|đơn thư|hồ sơ|tin|tin báo|văn bản|thư|kiến nghị|phản ánh)$/u;

/** A part after ";" that is only a change against an earlier year: "; tăng 12 đoàn … so với năm trước". */
function isBareChange(src: string, start: number, f: Figure): boolean {
  const before = lower(src.slice(Math.max(start, f.start - 20), f.start));
  if (!/(?:^|;)\s*(?:tăng|giảm)(?:\s+thêm)?\s*$/u.test(before)) return false;
  const after = lower(src.slice(f.end, f.end + 80)).split(/[;.\n(]/u)[0] ?? "";
  return /^[^\d,]{0,40}?(?<!\p{L})so với\s+(?:cùng kỳ|năm|kỳ|đầu năm|trước)/u.test(after);
}

/** The text of a clause before a figure ends in a comparison, or opens a bracket of one. */
function isMargin(before: string, open = before.lastIndexOf("("), close = before.lastIndexOf(")")): boolean {
  if (
    open >= 0 &&
    close < open &&
    // "14/16 xã đạt chuẩn (năm 2026 tăng 2 xã)": the change of the level before the bracket.
    /^\(\s*(?:so với|cao hơn|thấp hơn)(?!\p{L})|^\(\s*(?:(?:trong\s+)?năm\s+(?:19|20)\d\d\s*,?\s*)?(?:tăng|giảm|có thêm|thêm)(?:\s+thêm)?\s*$/u.test(
      lower(before.slice(open)),
    )
  )
    return true;
  // No digit, separator or bracket is in a match: only the text after the last one is read.
  const tail = before.slice(nthLastWhere(before, 0, before.length, isDigitSeparatorBracket) + 1);
  // "thu … không thấp hơn 1.900 tỷ đồng", "không ít hơn 30 đảng viên": a floor set, not a margin.
  return /(?<!\p{L})(?<!không\s)(?:cao|thấp|nhiều|ít)\s+hơn(?:\s+[^\d,;:()]{0,40})?\s*$/u.test(lower(tail));
}

/**
 * "…, tăng 11 - 12%" right after a target's level in its clause (no base named, or the year before):
 * the rise the target sets. A rise on the plan ("so với dự toán") or a percentage target is not.
 */
function isTargetRise(src: string, clause: Clause, level: Draft, f: Figure, value: number): boolean {
  if (!clause.plan || level.actual !== null || level.unit === "%" || value <= 0 || level.name === "")
    return false;
  if (level.sentence !== clause.sentence || level.source.end > f.start) return false;
  const between = lower(src.slice(level.source.end, f.start));
  const after = lower(src.slice(f.end, f.end + 40));
  return (
    /^\s*,\s*(?:tăng|tăng trưởng)\s*(?:bình quân\s*)?$/u.test(between) &&
    !/^\s*%?\s*(?:\/\s*năm\s*)?so với\s+(?:dự toán|kế hoạch|chỉ tiêu|đầu năm)/u.test(after)
  );
}

/**
 * "Dịch tả lợn châu Phi xảy ra tại 9 hộ ở 4 xã": where an outbreak or an incident happened, counted
 * twice (the farms, and the communes they are in): "Hộ có …" and "Xã có …", each a count of its own.
 */
const OUTBREAK =
  /(?<![\p{L}\d])((?:[^,;:.\d()\n]|(?<=\p{L})\d){3,60}?)\s{1,3}(?:xảy ra|phát sinh|xuất hiện|bùng phát|lây lan)\s{1,3}(?:tại|ở|trên)\s{1,3}(\d{1,3}(?:\.\d{3})*|\d+)\s{1,3}(\p{L}+)\s{1,3}(?:ở|tại|thuộc|của|trên)\s{1,3}(\d{1,3}(?:\.\d{3})*|\d+)\s{1,3}(xã|phường|thị trấn|huyện|thôn|bản|ấp|tổ dân phố|khu phố|tỉnh)(?!\p{L})/gu;

function placesOfOutbreaks(src: string, drafts: Draft[]): void {
  for (const m of src.matchAll(OUTBREAK)) {
    const [whole, what = "", firstRaw = "", firstUnit = "", secondRaw = "", secondUnit = ""] = m;
    const at = m.index;
    const end = at + whole.length;
    const topic = decapitalize(stripEdges(what.trim(), LEAD_FILLERS, []));
    if (topic === "" || words(topic).length > 10) continue;
    const inside = (d: Draft): boolean => d.source.start < end && d.source.end > at;
    const firstAt = at + whole.indexOf(` ${firstRaw} ${firstUnit} `) + 1;
    const anchor = drafts.find((d) => d.source.end > at) ?? null;
    // A result of a sentence that reads as results; none is proposed inside a plan.
    if (anchor !== null && inside(anchor) && anchor.actual === null) continue;
    const counts: [string, string, number][] = [
      [firstRaw, firstUnit, firstAt],
      [secondRaw, secondUnit, end - secondUnit.length - secondRaw.length - 1],
    ];
    let after = anchor === null ? drafts.length : drafts.indexOf(anchor);
    for (const [raw, unit, start] of counts) {
      const value = Number(raw.replace(/\./gu, ""));
      const name = `${capitalize(unit)} có ${topic}`;
      const made = drafts.find((d) => inside(d) && d.actual === value && lower(d.unit) === lower(unit));
      if (made !== undefined) {
        made.name = name;
        after = drafts.indexOf(made) + 1;
        continue;
      }
      const draft = asDraft({
        name,
        unit,
        kind: "quantity",
        actual: value,
        plan: null,
        planText: null,
        estimate: false,
        source: { start, end: start + raw.length + 1 + unit.length },
        sentence: anchor?.sentence ?? 0,
        head: "",
        lead: "",
        increment: false,
        changeOnly: false,
        doubts: [],
      });
      // A figure that was named as part of another's name is no part of it now.
      for (const d of drafts) if (inside(d) && d.name.includes(`${raw} ${unit}`)) d.name = name;
      drafts.splice(after, 0, draft);
      after += 1;
    }
  }
}

/** The text before where a proposal's name is written (its first words), else before its source. */
/**
 * "Riêng Công ty TNHH … xuất khẩu 186 triệu USD" after the province's total: the business stays in the
 * name (extract-enterprise.ts, businessBesideTotals), once.
 */
function withBusinessBeside(name: string, src: string, p: Proposal): string {
  const business = businessBesideTotals(src, p.source.end);
  if (business === null) return name;
  const household = /^(?:gia đình|hộ)\s/u.test(lower(business));
  const kind = lower(
    words(business)
      .slice(0, household ? 3 : 2)
      .join(" "),
  );
  if (lower(name).includes(kind)) return name;
  return `${name} của ${household ? decapitalize(business) : business}`;
}

function textBeforeName(src: string, lowered: string, p: Proposal): string {
  const head = lower(words(p.name).slice(0, 3).join(" "));
  // Looked for within 400 characters before the figure only: a long paste stays linear.
  const from = Math.max(0, p.source.start - 400);
  const found = lowered.slice(from, p.source.end + head.length).lastIndexOf(head, p.source.end - from);
  const end = found >= 0 ? from + found : p.source.start;
  return src.slice(Math.max(0, end - 200), end);
}

/** Whether sorted `starts` holds a value in [from, to): a binary search, once per draft. */
function within(starts: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && (starts[lo] as number) < to;
}

/** The work on a plan whose share done is a rate of its own ("Tỷ lệ giải ngân"). */
const WORK_VERB = /^giải ngân(?!\p{L})/u;

/**
 * "ước đến hết ngày 31/01/2027 giải ngân đạt 96,3% kế hoạch": the name of the rate of the work done
 * (`left` of the figure, the date read in the text `said` before it) when the clause says that work before "đạt X% kế hoạch" with no amount of its own (the figure said
 * before, `current`, is in another clause), else null. What the work was done to may come from the
 * draft said just `before` it ("Giải ngân vốn đầu tư công …; ước … giải ngân đạt", "Kế hoạch vốn …").
 */
function rateOfWorkName(
  left: string,
  said: string,
  current: Draft | null,
  clauseStart: number,
  before: Draft | null,
  joined = false,
  planWord: string | null = null,
): string | null {
  if (current !== null && current.source.end > clauseStart && !joined) return null;
  // "ước đến hết ngày 31/01/2027": the rate at that date, a row of its own beside the year's.
  const by = /(?:đến|tính đến)\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/\d{4})(?!\d)/u.exec(
    lower(said),
  )?.[1];
  const work = left
    .replace(/\s+(?:ước\s+)?(?:đạt|bằng)$/iu, "")
    .replace(/^(?:phấn đấu|dự kiến|ước(?:\s+tính)?)\s+/iu, "")
    .replace(/^tỷ lệ\s+/iu, "");
  const verb = WORK_VERB.exec(lower(work))?.[0];
  // "giao quân bảo đảm 100% chỉ tiêu", "sắp xếp vào đơn vị dự bị động viên đạt 96,5% so với chỉ
  // tiêu": any other work done against its quota, with no count of its own, is the rate it reached.
  if (verb === undefined) {
    const done = work.replace(/\s+(?:bảo đảm|đảm bảo|hoàn thành)$/iu, "").trim();
    return planWord !== null &&
      /^\p{Ll}+(?:\s+\p{L}+){1,7}$/u.test(done) &&
      !/^hoàn thành(?!\p{L})/u.test(done) &&
      !/(?<!\p{L})(?:năm|tháng|quý)(?!\p{L})/u.test(done)
      ? `Tỷ lệ ${done} đạt ${planWord}`
      : null;
  }
  const object = lower(work).slice(verb.length).trim();
  const named = lower(before?.name ?? "");
  const borrowed =
    object !== ""
      ? object
      : named.startsWith(`${verb} `)
        ? named.slice(verb.length + 1)
        : (/^kế hoạch\s+(vốn\s.+)$/u.exec(named)?.[1] ?? "");
  return `Tỷ lệ ${verb}${borrowed === "" ? "" : ` ${borrowed}`}${by === undefined ? "" : ` đến ${by}`}`;
}

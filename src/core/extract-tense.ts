/**
 * Sentences and clauses of a paragraph, with their offsets and whether each tells a plan or what
 * was done: headings, the tense of a sentence, years ahead, estimates ("ước").
 */
import type { ExtractMode } from "./extract-types";
import { lower, words } from "./extract-text";
import { ALL_UNITS } from "./extract-units";

/** A part of a sentence that opens with its target ("; phấn đấu đến cuối năm …", "; mục tiêu …"). */
const AIM_OPENS = /^\s*(?:phấn đấu|mục tiêu|kế hoạch|chỉ tiêu|dự kiến|định hướng)(?!\p{L})/u;

/** "; năm 2027 phấn đấu có thêm 2 thôn": the same, the year it aims at said first. */
const DATED_AIM_OPENS =
  /^\s*(?:(?:đến|tới)\s+)?(?:(?:cuối|hết)\s+)?năm\s+(?:19|20)\d\d\s*,?\s+(?:phấn đấu|mục tiêu|kế hoạch|chỉ tiêu|dự kiến|định hướng)(?!\p{L})/u;

/** "ước" as a word: JS \b is ASCII-only, so "nước" would match \bước\b. */
const ESTIMATE = /(?<!\p{L})ước(?!\p{L})/u;

// ---------------------------------------------------------------------------------------------
// Segments: sentences and clauses, with offsets and the plan/actual mode of each

export interface Clause {
  start: number;
  end: number;
  /** Index of the sentence, so a Phấn đấu figure after ";" still finds its indicator. */
  sentence: number;
  plan: boolean;
  /** The sentence says its own tense (a marker, a year ahead, a heading over it, a forced mode). */
  marked: boolean;
  /** Where the first "ước" of the clause ends (a figure after it is an estimate), or -1. */
  estimateFrom: number;
}

/**
 * "Một số chỉ tiêu 11 tháng năm 2026", "6 tháng đầu năm", "quý III": indicators of the part of a year
 * gone by report results (nobody sets a target for eleven months); "6 tháng cuối năm" and a heading
 * that names a plan or a task still aim.
 */
function partOfYearSoFar(l: string): boolean {
  return (
    /(?<!\p{L})(?:(?:\d{1,2}|sáu|chín)\s+tháng(?!\s+cuối)|quý\s+(?:[ivx]+|[1-4])(?!\p{L}))/u.test(l) &&
    !/(?<!\p{L})(?:kế hoạch|mục tiêu|phương hướng|nhiệm vụ|giải pháp|phấn đấu)(?!\p{L})/u.test(l)
  );
}

/** A short line without closing punctuation: a heading that sets the mode of what follows. */
function headingMode(line: string): "plan" | "actual" | null {
  // "… các chỉ tiêu năm 2025 như sau:" introduces a list as a heading does.
  // "… năm 2026 (ước TH), ĐVT: tr.đ": the unit the list is in is no part of what the heading says.
  // No heading is this long, with its unit or not; and the unit's pattern, anchored at the end, would
  // retry from every space of a long run (a paste of 40 000 spaces).
  if (line.trim().length > 240) return null;
  const t = line
    .trim()
    .replace(/:$/u, "")
    .replace(/\s*[,(]?\s*(?:ĐVT|đvt|Đơn vị tính|đơn vị tính)\s*:[^():]*\)?$/u, "")
    .replace(/:$/u, "");
  if (t === "" || t.length > 120 || /[.!?…;:,]$/u.test(t) || words(t).length > 16) return null;
  // "- Đường GTNT cứng hóa: 7,4 (kế hoạch 7,0), đạt 105,7% kế hoạch": a name and its figures after a
  // colon is a row of data, whatever plan words it holds; it heads nothing.
  if (/:[^:]*\d/u.test(t.replace(/(?<![\d/])(?:19|20)\d\d(?!\d)/gu, ""))) return null;
  const l = lower(t);
  // "Một số chỉ tiêu năm 2026 (ước thực hiện cả năm):": figures estimated for a year under way.
  if (/kết quả|đánh giá/u.test(l) || ESTIMATE.test(l)) return "actual";
  if (partOfYearSoFar(l)) return "actual";
  if (/mục tiêu|chỉ tiêu|giải pháp|phương hướng|kế hoạch/u.test(l)) return "plan";
  if (/thực hiện/u.test(l)) return "actual";
  // "Nhiệm vụ trọng tâm tháng 11/2026:", "Nhiệm vụ năm 2027:": the tasks to do ("Tình hình thực hiện
  // nhiệm vụ …" reports them, read above).
  if (/(?<!\p{L})nhiệm vụ(?!\p{L})/u.test(l) && !/tình hình/u.test(l)) return "plan";
  return null;
}

/**
 * "Nghị quyết của Hội đồng nhân dân phường … về nhiệm vụ năm 2026 giao các chỉ tiêu:": a line too
 * long for a heading that ends with a colon introduces the list below it; its own tense is theirs.
 */
function listIntro(line: string): "plan" | "actual" | null {
  const t = line.trim();
  if (!t.endsWith(":") || t.length > 240) return null;
  // A line that holds figures of its own (other than years) reports them; it heads nothing. "Điều 1.",
  // "2." or "a)" before it numbers the line, no figure ("Điều 1. Thông qua … các chỉ tiêu chủ yếu sau:").
  const unnumbered = t.replace(
    /^\s*(?:(?:điều|mục|phần)\s+\d+\s*[.:]|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[ivx]+\.)\s*/iu,
    "",
  );
  // "Nhiệm vụ trọng tâm tháng 11/2026:": a month or a day it names is when, no figure either.
  const undated = unnumbered.replace(
    /(?<!\p{L})(?:tháng|ngày)\s+\d{1,2}(?:\s*\/\s*\d{1,2})?(?:\s*\/\s*(?:19|20)\d\d)?(?!\d)/giu,
    "",
  );
  if (/\d/u.test(undated.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ""))) return null;
  const l = lower(t.slice(0, -1));
  // "Kết quả thực hiện … (ước cả năm):": estimated results, whatever else the line names.
  if (ESTIMATE.test(l) && !/mục tiêu|phấn đấu/u.test(l)) return "actual";
  return headingTense(l) ?? sentenceTense(t);
}

/** Sentence ends: ". X" but not "TP. Bến Tre" (short capitalised abbreviations). */
function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  // '… ước đạt 1.318 tỷ đồng." Năm 2027, …': a quoted sentence ends at its closing quote.
  const re = /[.!?…]+["”]?(?=\s+[\p{Lu}\d“"(])/gu;
  // The line only: searching on from `from` through the whole text is quadratic over many lines.
  const line = text.slice(from, to);
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    const before = /(\S+)$/u.exec(line.slice(Math.max(0, m.index - 6), m.index))?.[1] ?? "";
    // "TP. Bến Tre" goes on; "kênh loại III. Đợt mưa lũ" ends at a Roman numeral.
    // "… 204,7 triệu USD. Xuất siêu": a unit in capitals ends its sentence.
    // "… 214.600 TEU. Doanh thu": capitals right after a figure are its unit, whatever the unit.
    // "… vượt 1,9% KH. Thu tiền …", "bằng 61,4% DT. Năm 2027 …": capitals right after a share are
    // what it is a share of (plan, budget, last year), which ends the sentence as well.
    const afterFigure = /[\d%]\s*$/u.test(
      line.slice(Math.max(0, m.index - before.length - 16), m.index - before.length),
    );
    if (
      /^\p{Lu}[\p{L}]{0,2}$/u.test(before) &&
      !/^[IVX]{2,}$/u.test(before) &&
      !ALL_UNITS.includes(lower(before)) &&
      !(afterFigure && /^\p{Lu}+$/u.test(before))
    )
      continue;
    ends.push(from + m.index + m[0].length);
  }
  return ends;
}

/**
 * The rules' clauses with their tense, for training the learnt tense model (extract-tense-learnt.ts,
 * scripts/train-extract-model.mjs); read in "auto" mode as the model's hook would see them.
 */
export const tenseClauses = (text: string): Clause[] => clausesOf(text.normalize("NFC"), "auto");

export function clausesOf(text: string, mode: ExtractMode): Clause[] {
  const clauses: Clause[] = [];
  let sectionPlan = mode === "auto" && targetList(text);
  let sentence = 0;
  let lineStart = 0;
  /** The lines under a heading that says "ước" are estimates ("(ước thực hiện cả năm):"). */
  let sectionEstimate = false;
  /** Items of a list ("- …", "1. …") have followed the last heading. */
  let listed = false;
  /** Where the clauses under a heading that says "chỉ tiêu … năm Y" and no aim word start. */
  const indicatorSections: number[] = [];
  for (const line of text.split("\n")) {
    const lineEnd = lineStart + line.length;
    const heading = headingMode(line) ?? listIntro(line);
    if (heading !== null) {
      sectionPlan = heading === "plan";
      sectionEstimate = heading === "actual" && ESTIMATE.test(lower(line));
      listed = false;
      if (
        mode === "auto" &&
        heading === "plan" &&
        !/(?<!\p{L})(?:kế hoạch|mục tiêu|phấn đấu|nhiệm vụ|phương hướng|giải pháp|định hướng|dự kiến|dự toán|giai đoạn|nhiệm kỳ|đến năm|tới)(?!\p{L})/u.test(
          lower(line),
        )
      )
        indicatorSections.push(clauses.length);
      else indicatorSections.push(-1 - clauses.length);
    } else if (LIST_ITEM.test(line)) listed = true;
    else if (listed && /^\s*[\p{Lu}\d]/u.test(line) && !/:\s*$/u.test(line)) {
      // "Các chỉ tiêu đến năm 2030:\n- … \n- …\nNăm 2026, thu ngân sách đạt …": a line that is no item
      // and opens a sentence of its own after the items has left the list; it says its own tense.
      // ("Xã hội:" between items heads more of them.)
      sectionPlan = false;
      sectionEstimate = false;
      listed = false;
    }
    const lineFirst = clauses.length;
    const cuts = [lineStart, ...sentenceEnds(text, lineStart, lineEnd), lineEnd];
    /** "Phấn đấu … . Về quốc phòng: kéo giảm ít nhất 5% …": a paragraph of targets goes on being one. */
    let carried = false;
    let lastTense: "plan" | "actual" | null = null;
    /** The last year of a term or period the paragraph has reported as done ("Nhiệm kỳ 2020 - 2025, … đạt"). */
    // "đến năm 2025, 100% thôn có sóng 4G; …. Doanh thu … năm 2025 ước đạt …": a year the line
    // estimates or reports as done is no year ahead, wherever in the line it says so.
    let doneUpTo = 0;
    for (const m of lower(line).matchAll(/năm\s+((?:19|20)\d\d)\s+(?:ước|đã)(?!\p{L})/gu))
      doneUpTo = Math.max(doneUpTo, Number(m[1]));
    // "… đến năm 2025 có 91,6% hộ …. Trong 5 năm, vận động viên của tỉnh giành …": a line that looks
    // back over the years just past, and names one year only, reports up to that year.
    const lineYears = new Set([...line.matchAll(/(?<![\d/])(?:19|20)\d\d(?!\d)/gu)].map((m) => m[0]));
    if (lineYears.size === 1 && LOOKS_BACK.test(lower(line)))
      doneUpTo = Math.max(doneUpTo, Number([...lineYears][0]));
    /** An earlier sentence of the line reported totals over several years ("5 năm", "nhiệm kỳ"). */
    let termTotals = false;
    for (let i = 0; i + 1 < cuts.length; i++) {
      const s = cuts[i] as number;
      const e = cuts[i + 1] as number;
      const body = text.slice(s, e);
      if (body.trim() === "") continue;
      const ahead = yearAhead(
        body,
        text.slice(lineStart, lineEnd),
        i > 0 && carried === false && lastTense === "actual",
        text.slice(text.lastIndexOf("\n\n", lineStart) + 1, lineStart),
        termTotals,
      );
      if (TERM_TOTAL.test(lower(body))) termTotals = true;
      // "Tỷ lệ … được cứng hóa đạt 92,7%, mục tiêu đến năm 2030 là 100%": a result, then the target
      // for a later year beside it, a clause of targets of its own.
      // "… đạt 62,8%, tăng 3,1 điểm % (mục tiêu năm 2027: 66%)": the same in brackets ending the sentence.
      // "Mức cổ tức năm 2026 được chốt 12%, kế hoạch cổ tức năm 2027 là 12 - 14%", "…; chỉ tiêu giao
      // quân 2027 là 168 công dân": the plan of a later year named with what it is of.
      const dated =
        /,\s*(?:mục tiêu|chỉ tiêu|kế hoạch)\s+(?:đến|tới)\s+năm\s+(?:19|20)\d\d\s+(?:là|đạt)\s+(?=\d)/u.exec(
          lower(body),
        ) ??
        /\(\s*(?:mục tiêu|chỉ tiêu|kế hoạch)\s+(?:(?:đến|tới)\s+)?năm\s+(?:19|20)\d\d\s*(?::|là|đạt)\s*(?=\d)[^()]*\)\s*[;.]?\s*$/u.exec(
          lower(body),
        ) ??
        laterPlanOf(body);
      // "- Thu nhập bình quân đầu người: 96,4 triệu đồng; mục tiêu 150 triệu đồng;": a figure, then a
      // part opened by "mục tiêu" — the result and the target set beside it (contrasted, so the figure
      // before is what was reached, even under a heading of results and targets).
      const beside = dated === null ? targetBeside(body) : null;
      const later = dated ?? beside;
      // "… là 7/15 xã, mục tiêu đến năm 2030 có 15/15 xã; tỷ lệ che phủ rừng đạt 56,2%; …": the target
      // beside a result is an aside that ends at its ";"; the parts after it go on in the head's tense.
      const asideEnd = later === null ? -1 : body.indexOf(";", later.index + 1);
      const rest = asideEnd < 0 ? "" : body.slice(asideEnd + 1);
      if (
        mode === "auto" &&
        later !== null &&
        /\d/u.test(body.slice(0, later.index).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, "")) &&
        (rest.trim() === "" ||
          (beside !== null &&
            /^\s*,\s*mục tiêu\s+(?:(?:đến|tới)\s+)?năm\s+(?:19|20)\d\d/u.test(
              lower(body.slice(later.index)),
            ) &&
            !AIM_OPENS.test(lower(rest))))
      ) {
        const head = body.slice(0, later.index);
        const headTense =
          sentenceTense(head, doneUpTo) ??
          (beside !== null ? "actual" : null) ??
          earlierYear(head, body.slice(later.index)) ??
          ahead.tense;
        // The head's own ";" items stay clauses of their own, as in a sentence of one tense.
        const headParts = head.split(/(?<=;)/u);
        // "Năm 2026, tỷ lệ … đạt 92,3%, năm 2027 đạt từ 95% trở lên, phấn đấu 97%; tỷ lệ … đạt 88,6%,
        // mục tiêu năm 2027 trên 90%": a first item that turns from one year to the next says its tenses
        // piece by piece, and the items after it stand beside the target that ends the sentence (the
        // aim in the first item's later year is no tense of theirs).
        const turnedFirst = headParts.length > 1 ? yearPieces(headParts[0] as string) : null;
        let c = s;
        for (const [k, part] of headParts.entries()) {
          const est = ESTIMATE.exec(lower(part));
          const pieces =
            k === 0 && turnedFirst !== null
              ? turnedFirst
              : [
                  {
                    start: 0,
                    end: part.length,
                    plan: headTense === null ? sectionPlan : headTense === "plan",
                  },
                ];
          const own = k > 0 && turnedFirst !== null ? (sentenceTense(part, doneUpTo) ?? "actual") : null;
          for (const piece of pieces)
            clauses.push({
              start: c + piece.start,
              end: c + piece.end,
              sentence,
              // A level beside the target for a later year is what stands now, whatever the sentence
              // before aimed at.
              plan: own === null ? piece.plan : own === "plan",
              marked: own !== null || turnedFirst !== null || (headTense !== null && !ahead.guessed),
              estimateFrom: est === null ? -1 : c + est.index + est[0].length,
            });
          c += part.length;
        }
        const laterEnd = rest.trim() === "" ? e : s + asideEnd + 1;
        clauses.push({
          start: s + head.length,
          end: laterEnd,
          sentence,
          plan: true,
          marked: true,
          estimateFrom: -1,
        });
        let r = laterEnd;
        for (const part of laterEnd < e ? text.slice(laterEnd, e).split(/(?<=;)/u) : []) {
          const own = sentenceTense(part, doneUpTo);
          const est = ESTIMATE.exec(lower(part));
          clauses.push({
            start: r,
            end: r + part.length,
            sentence,
            plan: own === null ? (headTense === null ? sectionPlan : headTense === "plan") : own === "plan",
            marked: own !== null || (headTense !== null && !ahead.guessed),
            estimateFrom: est === null ? -1 : r + est.index + est[0].length,
          });
          r += part.length;
        }
        if (headTense !== null) {
          carried = headTense === "plan";
          lastTense = headTense;
        }
        sentence++;
        continue;
      }
      // "Năm 2026, … đạt 21.640 ha; năm 2027 phấn đấu …": a sentence that turns from one year to
      // another; each part takes the tense of its year.
      const turned = mode === "auto" ? yearPieces(body) : null;
      if (turned !== null) {
        for (const piece of turned) {
          let c = s + piece.start;
          for (const part of body.slice(piece.start, piece.end).split(/(?<=;)/u)) {
            const est = ESTIMATE.exec(lower(part));
            const estimateFrom = est === null ? -1 : c + est.index + est[0].length;
            clauses.push({
              start: c,
              end: c + part.length,
              sentence,
              plan: piece.plan,
              marked: true,
              estimateFrom,
            });
            c += part.length;
          }
        }
        const last = turned[turned.length - 1] as { plan: boolean };
        carried = last.plan;
        lastTense = last.plan ? "plan" : "actual";
        sentence++;
        continue;
      }
      const carriedBefore = carried;
      const own = sentenceTense(body, doneUpTo);
      const tense = own ?? ahead.tense;
      if (tense !== null && (own !== null || ahead.aside !== true)) carried = tense === "plan";
      if (tense === "actual")
        for (const m of lower(body).matchAll(
          /(?:nhiệm kỳ|giai đoạn)\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)/gu,
        ))
          doneUpTo = Math.max(doneUpTo, Number(m[1]));
      const plan =
        mode === "plan" || (mode === "auto" && (tense === null ? sectionPlan || carried : tense === "plan"));
      const parts = body.split(/(?<=;)/u);
      // "Có 5/6 trường đạt chuẩn quốc gia (83,3%); phấn đấu đến cuối năm 2026 có 6/6 trường": the
      // target opens a part of its own after ";"; what stands before it is read by its own words.
      const aimAt =
        mode === "auto" && own === "plan"
          ? parts.findIndex(
              (part, k) => k > 0 && (AIM_OPENS.test(lower(part)) || DATED_AIM_OPENS.test(lower(part))),
            )
          : -1;
      const before = aimAt > 0 ? parts.slice(0, aimAt).join("") : "";
      const beforeTense =
        aimAt > 0 && /\d/u.test(before.replace(/(?:19|20)\d\d/gu, ""))
          ? (sentenceTense(before, doneUpTo) ??
            (sectionPlan || carriedBefore || (heading !== null && heading === "plan") ? "plan" : "actual"))
          : "plan";
      const said = own !== null;
      let c = s;
      parts.forEach((part, k) => {
        const est = ESTIMATE.exec(lower(part));
        const estimateFrom = est === null ? -1 : c + est.index + est[0].length;
        // "… Năm 2027 giao DT thu tiền sử dụng đất 1.050 tỷ đồng": a sentence whose own words say
        // its tense is marked, whatever its year's lead only guessed.
        const marked =
          mode !== "auto" || (tense !== null && (said || !ahead.guessed)) || (heading !== null && !carried);
        const own = k < aimAt ? beforeTense === "plan" : plan;
        clauses.push({ start: c, end: c + part.length, sentence, plan: own, marked, estimateFrom });
        c += part.length;
      });
      if (tense !== null) lastTense = tense;
      // "Tỷ lệ … đạt 68,4%; năm 2027 phấn đấu đạt 72%. Nhà máy … được nâng công suất lên …": a result
      // with its aim set beside it reports; the sentence after it does not go on aiming.
      if (aimAt > 0 && beforeTense === "actual") carried = false;
      sentence++;
    }
    if (sectionEstimate && !(heading !== null && heading === "actual" && ESTIMATE.test(lower(line))))
      for (const c of clauses.slice(lineFirst)) if (c.estimateFrom < 0 && !c.plan) c.estimateFrom = c.start;
    lineStart = lineEnd + 1;
  }
  resultsUnderIndicators(text, clauses, indicatorSections);
  return clauses;
}

/**
 * "Một số chỉ tiêu kinh tế chủ yếu năm 2026 …:" names the indicators of a year, which a list may
 * report or set. When the items that say their tense all report (two at least, none aims), an item
 * with no marker of its own ("- Vốn đăng ký …: 3.628 tỷ đồng;") reports too. `starts` holds, for each
 * heading in order, the index of its first clause, or -1 - that index for a heading that says its
 * tense plainly (it ends the section before it all the same).
 */
function resultsUnderIndicators(text: string, clauses: Clause[], starts: readonly number[]): void {
  const figured = (c: Clause): boolean =>
    /\d/u.test(text.slice(c.start, c.end).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ""));
  // (each heading's section ends where the next section of interest starts: one pass from the end)
  const bounds: [number, number][] = [];
  let next = clauses.length;
  for (let i = starts.length - 1; i >= 0; i--) {
    const at = starts[i] as number;
    if (at >= 0) bounds.push([at, next]);
    next = at >= 0 ? at : -1 - at;
  }
  for (const [from, to] of bounds) {
    const said = clauses.slice(from + 1, to).filter((c) => c.marked && figured(c));
    if (said.length < 2 || said.some((c) => c.plan)) continue;
    for (const c of clauses.slice(from + 1, to)) if (!c.marked && c.plan) c.plan = false;
  }
}

/**
 * "đạt 10,8%/năm; mục tiêu 11 - 12%/năm", "98,5%, mục tiêu Nghị quyết là 100%": where a part opened
 * by "mục tiêu" (or "kế hoạch" / "chỉ tiêu" straight before its figure) follows a figure, or null.
 * Not "đạt mục tiêu", "vượt mục tiêu", "(mục tiêu …)": those weigh the result (read elsewhere).
 */
function targetBeside(body: string): RegExpExecArray | null {
  return /[,;]\s*(?:mục tiêu(?!\s+quốc gia)(?!\p{L})|(?:kế hoạch|chỉ tiêu)(?:\s+năm\s+(?:19|20)\d\d)?\s*(?::|là)?\s*(?=\d))/u.exec(
    lower(body),
  );
}

/**
 * ", kế hoạch cổ tức năm 2027 là …", "; chỉ tiêu giao quân 2027 là …": a clause that states the plan
 * of a year, with what it is of between, after figures of its own sentence; or null.
 */
function laterPlanOf(body: string): RegExpExecArray | null {
  return /[,;]\s*(?:mục tiêu|chỉ tiêu|kế hoạch)\s+(?:[^\d,;:.()]{1,40}?\s+)?(?:(?:đến|tới)\s+)?(?:năm\s+)?(?:19|20)\d\d\s+(?:là|đạt)\s+(?=\d)/u.exec(
    lower(body),
  );
}

/** "Mức cổ tức năm 2026 được chốt 12%" before the plan of 2027: a year before it is reported. */
function earlierYear(head: string, plan: string): "actual" | null {
  const year = (t: string): number[] =>
    [...lower(t).matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)(?!\s*[-–]\s*\d)/gu)].map((m) => Number(m[1]));
  const planned = year(plan)[0];
  const before = year(head);
  return planned !== undefined && before.length > 0 && before.every((y) => y < planned) ? "actual" : null;
}

/** A bound before a figure: "trên 95%", "tối thiểu 850", "từ 95% trở lên". */
const BOUNDED =
  /(?<!\p{L})(?:(?:trên|tối thiểu|ít nhất|không quá|không dưới)\s+\d|từ\s+\d[\d.,]*\s*%?\s*trở lên)/u;

/**
 * The parts of a sentence that turns from one year to another ("năm 2026 … ước đạt 58,3%, năm 2027
 * duy trì … 58,5%", "Năm 2026, … đạt 21.640 ha; năm 2027 phấn đấu …", "đạt 96% (năm 2026: 94,7%)"),
 * each with its tense: its own markers, else its year against the years whose tense is marked (a
 * year after one reported is planned for, one before a planned year is reported). Null when the
 * sentence names fewer than two years at the head of its clauses, or no part says its tense.
 */
function yearPieces(body: string): { start: number; end: number; plan: boolean }[] | null {
  const l = lower(body);
  // "…, phấn đấu năm 2026 còn 2%" leads a year's piece; "…; phấn đấu đến hết năm 2027 đạt 90%" is an
  // aim after ";" (read by the parts' rule, the result before it kept).
  const lead =
    /(?:^|[,;(]\s*)(?:(?:kế hoạch|mục tiêu|chỉ tiêu|định hướng|dự toán|phấn đấu(?=\s+(?:cuối\s+|hết\s+)?năm))\s+)?(?:(?:đến|tới)\s+)?(?:(?:cuối|hết)\s+)?năm\s+((?:19|20)\d\d)(?!\d)(?!\s*[-–]\s*\d)/gu;
  // "năm học 2025 - 2026 có 18/27 trường …, năm học 2026 - 2027 phấn đấu …", "…, năm học tới phấn
  // đấu 100%": a school year is dated by the year it ends; "tới" is the one after the report's.
  const schoolYear = /(?:^|[,;(]\s*)năm học\s+(?:(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)|(tới|sau))(?!\d)/gu;
  const leads = [...l.matchAll(lead), ...l.matchAll(schoolYear)]
    .map((m) => ({
      at: m.index + (/^[,;(]\s*/u.exec(m[0])?.[0].length ?? 0),
      year: m[1] === undefined ? 9999 : Number(m[1]),
      bracket: m[0].startsWith("("),
    }))
    .sort((a, b) => a.at - b.at);
  const first = leads[0];
  if (first === undefined) return null;
  type Piece = {
    start: number;
    end: number;
    year: number | null;
    tense: "plan" | "actual" | null;
    /** Figures before ", năm Y …" in their own part of the sentence (the first, or after ";"). */
    head: boolean;
  };
  const pieces: Piece[] = [];
  const figured = (from: number, to: number): boolean =>
    /\d/u.test(l.slice(from, to).replace(/(?:19|20)\d\d/gu, ""));
  // "Diện tích cây ăn quả hiện có 4.350 ha, mục tiêu năm 2027 mở rộng lên 4.600 ha": a figure before
  // the first year is a part of its own.
  const head = first.at > 0 && figured(0, first.at);
  // "…, phấn đấu cuối năm 2026 không quá 2 điểm": an aim said before its year as after it.
  const aimed = /^(?:kế hoạch|mục tiêu|chỉ tiêu|định hướng|phấn đấu|dự toán)/u.test(l.slice(first.at));
  // "Thu nhập … năm 2025 đạt 58,6 triệu đồng, năm 2026 phấn đấu 63 triệu đồng; tỷ lệ hộ nghèo … còn
  // 2,31%, năm 2026 giảm xuống dưới 1,8%": each part after ";" may open with figures of its own
  // before its year too.
  const heads = new Set<number>();
  if (head) heads.add(0);
  for (const x of leads) {
    if (x.bracket || x.at === 0) continue;
    const semi = l.lastIndexOf(";", x.at);
    if (semi < 0 || leads.some((y) => y.at > semi && y.at < x.at)) continue;
    if (
      figured(semi + 1, x.at) &&
      l
        .slice(semi + 1, x.at)
        .trimEnd()
        .endsWith(",")
    )
      heads.add(semi + 1);
  }
  // "…; tổng đàn trâu, bò đạt 4.120 con, năm 2027 dự kiến 4.300 con; tỷ lệ tiêm phòng … đạt 86,5%":
  // after items that each say where they stand, then their year's target, an item after ";" with no
  // year of its own says only where it stands, as their heads do.
  const tails = new Set<number>();
  if (heads.size > (head ? 1 : 0))
    for (let semi = l.indexOf(";", first.at); semi >= 0; semi = l.indexOf(";", semi + 1)) {
      const next = l.indexOf(";", semi + 1);
      const end = next < 0 ? l.length : next;
      if (!heads.has(semi + 1) && !leads.some((y) => y.at > semi && y.at < end) && figured(semi + 1, end))
        tails.add(semi + 1);
    }
  for (const at of tails) heads.add(at);
  const open = (at: number, year: number | null, isHead = false): void => {
    const prev = pieces[pieces.length - 1];
    if (prev !== undefined) prev.end = at;
    // What stands before the first year ("Về môi trường, ") belongs to it.
    pieces.push({ start: prev === undefined ? 0 : at, end: body.length, year, tense: null, head: isHead });
  };
  const cuts = [
    ...[...heads].map((at) => ({ at, year: null, bracket: false, isHead: true })),
    ...leads.map((x) => ({ ...x, isHead: false })),
  ].sort((a, b) => a.at - b.at);
  for (const x of cuts) {
    if (x.bracket) {
      const close = l.indexOf(")", x.at);
      if (close < 0) continue;
      const outer = pieces[pieces.length - 1]?.year ?? null;
      open(x.at, x.year);
      open(close + 1, outer);
    } else open(x.at, x.year, x.isHead);
  }
  for (const p of pieces) if (p.year !== null || p.head) p.tense = sentenceTense(body.slice(p.start, p.end));
  // "Năm 2026, tỷ lệ … đạt 92,3%, năm 2027 đạt từ 95% trở lên": a bound set on a later year's figure
  // is a target (a result is reached, not bounded).
  for (const p of pieces)
    if (
      p.tense === null &&
      p.year !== null &&
      BOUNDED.test(l.slice(p.start, p.end)) &&
      pieces.some((q) => q.year !== null && q.year < (p.year as number))
    )
      p.tense = "plan";
  if (pieces.every((p) => p.tense === null)) return null;
  // "…, năm 2026 phấn đấu …": a head joined by a comma to a year that is aimed at is what stands now
  // (a head cut from its year by ";" is a part of its own, as before).
  const joined = (i: number): boolean => {
    const p = pieces[i];
    const next = pieces[i + 1];
    if (p?.head !== true || next === undefined || next.year === null) return false;
    const said = l.slice(p.start, p.end).trimEnd();
    return said.endsWith(",") && !said.includes(";");
  };
  const aimedAfter = (i: number): boolean => {
    const next = pieces[i + 1];
    return (
      joined(i) &&
      next?.tense === "plan" &&
      /(?<!\p{L})(?:phấn đấu|mục tiêu|kế hoạch|chỉ tiêu|định hướng)(?!\p{L})/u.test(
        l.slice(next.start, next.end),
      )
    );
  };
  if (new Set(leads.map((x) => x.year)).size < 2 && !(head && aimed) && !pieces.some((_, i) => aimedAfter(i)))
    return null;
  for (let pass = 0; pass < 2; pass++) {
    pieces.forEach((p, i) => {
      if (p.tense !== null || p.year === null) return;
      const y = p.year;
      const known = pieces.filter((q) => q.tense !== null && q.year !== null);
      const same = known.find((q) => q.year === y);
      if (same !== undefined) p.tense = same.tense;
      // "… năm 2027 đạt 68%, năm 2028 đạt 72%, đến năm 2030 đạt 80%": a year after one planned for (or
      // after a planned head, "Theo Chương trình … 2026 - 2030, tỷ lệ … năm 2027 đạt 35%, năm 2028 …")
      // is planned for too: a series of targets, not results before the last.
      else if (pieces.slice(0, i).some((q) => q.tense === "plan" && (q.year ?? 0) < y)) p.tense = "plan";
      else if (known.some((q) => q.tense === "actual" && (q.year as number) < y)) p.tense = "plan";
      else if (known.some((q) => q.tense === "plan" && (q.year as number) > y)) p.tense = "actual";
    });
  }
  pieces.forEach((p, i) => {
    if (p.tense === null && joined(i) && pieces[i + 1]?.tense === "plan") p.tense = "actual";
  });
  const headTenses = [...new Set(pieces.filter((_, i) => joined(i)).map((p) => p.tense))];
  const headTense = headTenses.length === 1 ? (headTenses[0] ?? null) : null;
  for (const p of pieces) if (p.tense === null && tails.has(p.start)) p.tense = headTense;
  let inherited = pieces.find((q) => q.tense !== null)?.tense ?? null;
  const out: { start: number; end: number; plan: boolean }[] = [];
  for (const p of pieces) {
    const tense = p.tense ?? inherited;
    inherited = tense;
    if (p.end > p.start) out.push({ start: p.start, end: p.end, plan: tense === "plan" });
  }
  return out;
}

/** "Trong 5 năm", "5 năm qua", "nhiệm kỳ qua": the years just past (not "5 năm tới"). */
const LOOKS_BACK =
  /(?<!\p{L})(?:(?:trong|sau)\s+(?:[2-9]|10)\s+năm(?!\s+(?:tới|sắp tới|đến|nữa|\d))|(?:[2-9]|10)\s+năm\s+(?:qua|vừa qua)|nhiệm kỳ\s+(?:qua|vừa qua))(?!\p{L})/u;

/** "5 năm đạt …", "Trong 5 năm", "cả nhiệm kỳ", "giai đoạn 2021 - 2025": totals over several years. */
const TERM_TOTAL =
  /(?<!\p{L})(?:(?:trong|sau|qua)\s+)?(?:[2-9]|10)\s+năm(?!\s*(?:19|20)\d\d)(?!\s+(?:tới|sau|đến))|(?<!\p{L})(?:cả\s+)?nhiệm kỳ(?!\s+tới)|giai đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d/u;

/**
 * "Năm 2026, tỷ trọng kinh tế số đạt 15%" after sentences about 2025: a sentence led by a year
 * later than any the paragraph spoke of before is a target; led by one of them, a result.
 */
function yearAhead(
  body: string,
  paragraph: string,
  afterResults: boolean,
  earlierLines = "",
  afterTerm = false,
): { tense: "plan" | "actual" | null; guessed: boolean; aside?: boolean } {
  const lead = /^\s*(trong\s+)?((?:đến\s+)?(?:cuối|hết)\s+)?năm\s+((?:19|20)\d\d)(?!\d)/iu.exec(body);
  // An aside on the year before the plan's does not end a paragraph of targets (`aside`).
  if (lead?.[3] === undefined) {
    const before = yearBeforePlan(body, paragraph, earlierLines);
    return { tense: before, guessed: false, aside: before !== null };
  }
  // "Trong năm 2026, 100% văn bản … được thực hiện": what happened during the year, a result.
  if (lead[1] !== undefined) return { tense: "actual", guessed: false };
  const led = Number(lead[3]);
  // Every other year the paragraph reports on ("Kết quả năm 2025:", "Đến hết năm 2025", "so với năm
  // 2025" after a target); a base year of a comparison ("gấp 1,2 lần năm 2020", "so với năm 2020" in a
  // sentence of results) or of a period ("2021 - 2025") says nothing of the year reported.
  /** Years named only as the base of a comparison ("bằng 111,6% so với năm 2025"). */
  const bases: number[] = [];
  const years = [...paragraph.matchAll(/(?<![\d/])(?:19|20)\d\d(?!\d)/gu)]
    .filter((m) => {
      const before = paragraph.slice(Math.max(0, m.index - 16), m.index).toLowerCase();
      const after = paragraph.slice(m.index + 4, m.index + 8);
      if (/(?:lần|bằng|hơn|với)\s+năm\s*$|[-–]\s*$/u.test(before) || /^\s*[-–]\s*\d/u.test(after)) {
        if (/với\s+năm\s*$/u.test(before)) bases.push(Number(m[0]));
        return Number(m[0]) === led;
      }
      return true;
    })
    .map((m) => Number(m[0]));
  const others = years.filter((y) => y !== led);
  // "Kế hoạch năm 2026 …. Năm 2025, toàn huyện trồng được …": the year before the plan's is reported.
  // The plan may be a heading over a list on lines of its own ("Chỉ tiêu kế hoạch kinh doanh năm
  // 2027:" and its bullets, then "Năm 2026, 14/16 phòng giao dịch hoàn thành …"), its kind between.
  const planYears = planYearsOf(`${earlierLines}\n${paragraph}`);
  if (planYears.length > 0 && led === Math.max(...planYears) - 1) return { tense: "actual", guessed: false };
  // "… đến cuối năm 2030 tỷ lệ hộ nghèo còn dưới 2%. Cuối năm 2026, toàn tỉnh còn 9.874 hộ nghèo": the
  // stock at the end of a year before the one aimed at is where things stand.
  if (lead[2] !== undefined && others.some((y) => y > led)) return { tense: "actual", guessed: false };
  // "Chỉ tiêu chuyển đổi số năm 2027: …. Năm 2026, tỷ lệ hồ sơ trực tuyến đạt 47,3%": a sentence with
  // no marker of its own led by the year right before another the paragraph names reports that year;
  // a guess (the model may overrule it where the clauses mix results and targets).
  if (others.includes(led + 1)) return { tense: "actual", guessed: true };
  if (others.length > 0) return { tense: led > Math.max(...others) ? "plan" : null, guessed: false };
  // "… bằng 111,6% so với năm 2025. … Năm 2027 mở thêm 3 tuyến xe buýt": results compared with a
  // year report the year after it; a sentence led by a year later still aims.
  if (bases.length > 0 && led > Math.max(...bases) + 1) return { tense: "plan", guessed: false };
  // "Tổng đàn lợn hiện có 382.500 con, tăng 5,6% so với cùng kỳ. … Năm 2026, tổng đàn lợn đạt
  // 400.000 con": a year first after the results of a year unnamed is most often the next one; a guess.
  // "Tổng thu ngân sách xã 5 năm đạt …. Năm 2025, tổng sản lượng lương thực đạt …": after the totals
  // of a term, the year named is the term's last one, reported.
  return afterResults && years.length === 1 && !afterTerm
    ? { tense: "plan", guessed: true }
    : { tense: null, guessed: false };
}

/** The years a paragraph sets plans for ("Kế hoạch năm 2027", "Chỉ tiêu kế hoạch kinh doanh năm 2027"). */
function planYearsOf(text: string): number[] {
  return [
    ...text.matchAll(
      /(?:kế hoạch|mục tiêu|chỉ tiêu|phấn đấu|nhiệm vụ)(?:\s+(?:kinh doanh|sản xuất kinh doanh|sản xuất|tài chính|hoạt động))?\s+năm\s+((?:19|20)\d\d)(?!\d)/giu,
    ),
  ].map((m) => Number(m[1]));
}

/**
 * "Kế hoạch năm 2027, … lợi nhuận 245 tỷ đồng. Đại hội cũng thông qua việc chi trả cổ tức năm 2026
 * với tỷ lệ 25%": a sentence with no marker of its own whose only year, not led and not a base of a
 * comparison, is the one before the plan's year, reports that year.
 */
function yearBeforePlan(body: string, paragraph: string, earlierLines: string): "actual" | null {
  const years = [...body.matchAll(/(?<![\d/])năm\s+((?:19|20)\d\d)(?!\d)(?!\s*[-–]\s*\d)/giu)].filter(
    (m) =>
      !/(?:lần|bằng|hơn|với|kỳ|từ|đến|tới)\s*$/u.test(
        lower(body.slice(Math.max(0, m.index - 12), m.index)),
      ) &&
      // "tăng 8,3% so với ước thực hiện năm 2026": the base of a comparison, named by what was done.
      !/(?:so với|bằng|gấp)\s+(?:mức\s+)?(?:ước\s+)?(?:thực hiện|ước tính|ước)\s*$/u.test(
        lower(body.slice(Math.max(0, m.index - 30), m.index)),
      ),
  );
  const all = [...body.matchAll(/(?<![\d/])(?:19|20)\d\d(?!\d)/gu)];
  if (years.length === 0 || all.length !== years.length) return null;
  const year = Number(years[0]?.[1]);
  if (years.some((m) => Number(m[1]) !== year)) return null;
  const plans = planYearsOf(`${earlierLines}\n${paragraph.replace(body, "")}`);
  return plans.length > 0 && year === Math.max(...plans) - 1 ? "actual" : null;
}

/** The tense a lead-in before a colon gives what follows it (lower case), or null. */
function headingTense(heading: string): "plan" | "actual" | null {
  // "Kết quả năm 2025: …" after targets reports results.
  if (/^\s*(?:kết quả|thực hiện|đánh giá)(?!\p{L})/u.test(heading)) return "actual";
  // "Năm 2026, huyện tập trung thực hiện các nhiệm vụ:": what is to be done, not what was.
  // "… tập trung thực hiện tốt các nhiệm vụ trọng tâm sau đây:" is what is to be done too.
  if (
    /kết quả|đánh giá|thực hiện(?!\s+(?:tốt\s+|có hiệu quả\s+|hiệu quả\s+)?(?:các\s+|những\s+)?(?:nhiệm vụ|mục tiêu|giải pháp))/u.test(
      heading,
    )
  )
    return null;
  if (/(?<!\p{L})(?:kế hoạch|mục tiêu|phương hướng|nhiệm vụ)(?!\p{L})/u.test(heading)) return "plan";
  // "Phê chuẩn dự toán ngân sách nhà nước năm 2027:", "Dự toán thu ngân sách năm 2027:": a budget
  // for a year, set before it runs (its results say "thực hiện dự toán", read above).
  if (
    /(?<!\p{L})dự toán(?!\p{L})[^:;]*năm\s+(?:19|20)\d\d/u.test(heading) &&
    !/(?<!\p{L})(?:bằng|đạt|so với)\s+(?:\d|dự toán)/u.test(heading)
  )
    return "plan";
  // "Nghị quyết … nhiệm kỳ 2025 - 2030 xác định các chỉ tiêu về xây dựng Đảng:": targets set for a
  // term, or named as what a resolution sets.
  if (
    /(?<!\p{L})chỉ tiêu(?!\p{L})/u.test(heading) &&
    !partOfYearSoFar(heading) &&
    /năm\s+(?:học\s+)?(?:19|20)\d\d|^\s*chỉ tiêu\s+(?:19|20)\d\d\s*$|giai đoạn|nhiệm kỳ|(?:xác định|đề ra|đặt ra|thông qua|giao)\s+(?:các\s+|những\s+)?chỉ tiêu/u.test(
      heading,
    )
  )
    return "plan";
  return null;
}

/**
 * The tense of a sentence from its markers, or null when it has none (the heading or the sentence
 * before decides): "ước", "đã", "so với cùng kỳ", "% kế hoạch", "vượt … so với mục tiêu" report
 * results; "phấn đấu", "mục tiêu", "đến năm 2030", "dự toán giao" set plans.
 */
function sentenceTense(body: string, doneUpTo = 0): "plan" | "actual" | null {
  // "Chương trình mục tiêu quốc gia giảm nghèo" is the name of a programme, not a target.
  // "Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030" names a standard by the period it is
  // for: the year ahead is part of a name, not a target.
  let l = lower(body)
    .replace(/(?:chương trình\s+)?mục tiêu quốc gia/gu, "chương trình")
    .replace(/giai đoạn\s+(?:(?:19|20)\d\d\s*[-–]\s*)?(?:đến|tới)\s+năm\s+(?:19|20)\d\d/gu, "giai đoạn")
    // "Điện thương phẩm: 4,82 tỷ kWh, tăng 8,3% so với ước thực hiện năm 2026": the estimate is the
    // base a plan is set against, not this figure's.
    .replace(/(so với|bằng|gấp)\s+(?:mức\s+)?ước(?:\s+(?:thực hiện|tính|đạt))?(?!\p{L})/gu, "$1");
  // "Kế hoạch năm 2027, tổng vốn … dự kiến 8.264,5 tỷ đồng, tăng 13% so với kế hoạch năm 2026": a plan
  // set against an earlier year's plan weighs no result.
  const led =
    /^\s*(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)\s+(?:(?:đến|tới)\s+)?năm\s+((?:19|20)\d\d)(?!\d)/u.exec(l);
  if (led !== null)
    l = l.replace(
      /(?:so với|bằng)\s+(?:kế hoạch|dự toán|chỉ tiêu)(?:\s+[^\d,;.]{1,30}?)?\s+năm\s+((?:19|20)\d\d)(?!\d)/gu,
      (m: string, y: string) => (Number(y) < Number(led[1]) ? "so với mức năm trước" : m),
    );
  // "Xã Phù Yên đạt 16/19 tiêu chí, phấn đấu về đích năm sau": "phấn đấu" with no figure after it
  // aims at no figure; what the sentence counts before it is done.
  const aim = /phấn đấu/u.exec(l);
  if (aim !== null) {
    const after = l.slice(aim.index).replace(/(?:quý\s+[ivx]+\s+)?năm\s+(?:19|20)\d\d/gu, "");
    return /\d/u.test(after) || !/\d/u.test(l.slice(0, aim.index)) ? "plan" : "actual";
  }
  // "Trong nhiệm kỳ, phong trào … được duy trì; đến năm 2025 có 93,7% hộ …": the term a congress
  // report looks back on (the next one is "nhiệm kỳ tới" or named by its years); a limit still aims.
  // "Nhiệm kỳ 2020 - 2025, Đảng bộ … đạt và vượt 17/21 chỉ tiêu": the count of targets met reports.
  if (
    (/^\s*trong\s+nhiệm kỳ\s*(?:qua|vừa qua)?\s*,/u.test(l) &&
      !/ít nhất|tối thiểu|trở lên|không dưới|không quá/u.test(l)) ||
    /(?:đạt|vượt|hoàn thành)(?:\s+và\s+(?:vượt|hoàn thành vượt))?\s+\d+\/\d+\s+chỉ tiêu/u.test(l)
  )
    return "actual";
  // "Tốc độ tăng … đạt 10,26%/năm (mục tiêu 10 - 10,5%/năm)": the plan in brackets beside a result
  // weighs it, as "so với mục tiêu" does.
  // "chiếm 37,9% (mục tiêu Nghị quyết lần lượt là 16 - 17%; …)": whose target it is may be said first.
  if (
    /\d[^()\d;]{0,24}\(\s*(?:mục tiêu|kế hoạch|chỉ tiêu|kh)(?:\s+(?:nghị quyết|đề ra|giao|năm\s+(?:19|20)\d\d|lần lượt|tương ứng|là)){0,3}\s*:?\s*\d/u.test(
      l,
    )
  )
    return "actual";
  // "Kế hoạch năm 2026: tổng vốn … khoảng 9.500 tỷ đồng; …": a heading run into its list.
  // "Các chỉ tiêu về môi trường:" names a group of indicators: a plan only with the year it is for.
  const heading = /^([^:;.]{0,120}):/u.exec(l)?.[1];
  const told = heading === undefined ? null : headingTense(heading);
  if (told !== null) return told;
  // "Để hoàn thành kế hoạch, hai năm còn lại tăng trưởng phải đạt bình quân trên 8,2%/năm": what a
  // figure must, or needs to, reach is required, not reached.
  if (
    /(?<!\p{L})(?:phải|cần)\s+(?:đạt|tăng|giảm|hoàn thành|duy trì)(?!\p{L})[^.;]*?\d/u.test(l) &&
    !/(?<!\p{L})(?:đã|ước|đạt được)(?!\p{L})|so với cùng kỳ/u.test(l)
  )
    return "plan";
  // "UBND tỉnh yêu cầu Công an tỉnh kéo giảm số vụ … trên 5%": what one body requires of another is
  // set, not reached, as "phải" says (not "theo yêu cầu", the standard a result met).
  if (
    /(?<!\p{L})(?<!theo\s)yêu cầu\s+(?:[^\d,;.:]{1,50}?\s+)?(?:kéo giảm|giảm|nâng|tăng|đạt|bảo đảm|đảm bảo|hoàn thành|duy trì)(?!\p{L})[^.;]*?\d/u.test(
      l,
    ) &&
    !/(?<!\p{L})(?:đã|ước|đạt được)(?!\p{L})|so với cùng kỳ/u.test(l)
  )
    return "plan";
  // "giải ngân … đạt ít nhất 80% kế hoạch", "từ 95% kế hoạch vốn trở lên": a floor on the share of
  // the plan is aimed at, not measured.
  if (
    /(?<!\p{L})(?:ít nhất|tối thiểu|không dưới|không thấp hơn)\s+[\d.,]+\s*%\s*(?:kế hoạch|dự toán|chỉ tiêu)|(?<!\p{L})từ\s+[\d.,]+\s*%\s*(?:kế hoạch|dự toán|chỉ tiêu)[^\d;.]{0,20}trở lên/u.test(
      l,
    )
  )
    return "plan";
  // "Tỷ lệ giải ngân vốn đầu tư công hằng năm đạt trên 95% kế hoạch": "trên" is a floor too where
  // nothing in the sentence says the share was reached (a result is one figure, said with "đã", "ước").
  if (
    /(?<!\p{L})(?:đạt|giải ngân|thực hiện)\s+trên\s+[\d.,]+\s*%\s*(?:kế hoạch|dự toán|chỉ tiêu)/u.test(l) &&
    !/(?<!\p{L})(?:đã|ước|đạt được|lũy kế)(?!\p{L})|so với cùng kỳ|\d\s*\/\s*\d/u.test(l)
  )
    return "plan";
  // "đạt 415 tỷ đồng, bằng 118,6% dự toán tỉnh giao", "vượt 8% so với mục tiêu Nghị quyết": a result
  // measured against the plan.
  // "hằng năm giao quân đạt 100% chỉ tiêu" with no count of its own sets the quota to meet, as
  // "hoàn thành 100% chỉ tiêu" does; "giao 32 thanh niên nhập ngũ, đạt 100% chỉ tiêu" and "… đạt
  // 100% chỉ tiêu với 214 thanh niên" weigh the count given.
  const quota = l.replace(
    /((?:^|[;:])[^\d;:]{0,60}?)(?:đạt|bảo đảm|đảm bảo)(\s+100\s*%\s*chỉ tiêu)(?![^\d;.]{0,20}\d)/gu,
    "$1hoàn thành$2",
  );
  if (
    // "hoàn thành 100% chỉ tiêu giao quân" is itself a target.
    // "đạt mục tiêu Nghị quyết đề ra", "So với dự toán huyện giao, thu ngân sách vượt 21,4%": a
    // result weighed against its plan, whatever plan words the sentence also holds.
    /(?<!hoàn thành 100)%\s*(?:so với\s+)?(?:kế hoạch|dự toán|chỉ tiêu|kh(?!\p{L})|mục tiêu)|(?:so với|vượt|(?<!phấn đấu\s)đạt|hoàn thành|thấp hơn|cao hơn|trong phạm vi|nằm trong)\s+mục tiêu|so với\s+(?:kế hoạch|dự toán|chỉ tiêu)/u.test(
      quota,
    ) ||
    // "…, tăng 7,4% so với năm trước": a change on the year before, as on the same period, reports.
    (!/mục tiêu/u.test(l) && (ESTIMATE.test(l) || /so với (?:cùng kỳ|năm trước)/u.test(l)))
  )
    return "actual";
  if (/mục tiêu/u.test(l)) return "plan";
  // "Ngân hàng Nhà nước định hướng tăng trưởng tín dụng khoảng 14%": a body's aim for a figure ("theo
  // định hướng" names a direction followed, no aim).
  if (/(?<!theo\s)(?<!\p{L})định hướng\s+[^\d;.]{0,60}\d/u.test(l)) return "plan";
  // "Kế hoạch năm 2027 đưa 3.500 lao động đi làm việc ở nước ngoài": a sentence led by the plan of a year.
  if (/^\s*(?:kế hoạch|chỉ tiêu|định hướng)\s+(?:(?:đến|tới)\s+)?năm\s+(?:19|20)\d\d(?!\d)/u.test(l))
    return "plan";
  // "Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 của tỉnh có tổng mức 58.640 tỷ đồng": a
  // sentence led by a plan for a period not yet reported on (nothing in it done or disbursed), or by
  // what it follows ("Theo Chương trình … giai đoạn 2026 - 2030, tỷ lệ … năm 2027 đạt 35%").
  const period =
    /^\s*(?:theo\s+)?(?:kế hoạch|chương trình|đề án|quy hoạch)(?:\s+[^\d,;:.]{1,60}?)?\s+(?:giai đoạn|nhiệm kỳ)\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)/u.exec(
      l,
    );
  if (
    period?.[1] !== undefined &&
    Number(period[1]) > doneUpTo &&
    !/(?<!\p{L})(?:đã|đạt được|giải ngân|lũy kế|ước)(?!\p{L})|%\s*(?:kế hoạch|so với)/u.test(l)
  )
    return "plan";
  // "Dự kiến tổng nhu cầu vốn … giai đoạn 2026 - 2030 là 21,45 nghìn tỷ đồng, trong đó …": a sentence
  // led by "dự kiến" projects what is to come (an estimate of the year under way says "ước" or "cả năm").
  // "Niên vụ 2026 - 2027, Công ty … dự kiến ép 1,15 triệu tấn mía": "dự kiến" as the verb of the
  // sentence's subject, before any figure but a year, projects what follows it as well.
  const projected = /(?<!\p{L})dự kiến(?!\p{L})/u.exec(l);
  if (
    projected !== null &&
    (/^\s*(?:[^\s,;:.]+\s+){0,3}?dự kiến(?!\p{L})/u.test(l) ||
      !/\d/u.test(l.slice(0, projected.index).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ""))) &&
    !/(?<!\p{L})(?:đã|ước|cả năm|đạt được|lũy kế)(?!\p{L})/u.test(l)
  )
    return "plan";
  // "Năm 2027, tổng kế hoạch vốn … dự kiến 7,26 nghìn tỷ đồng": a figure the sentence projects.
  if (
    /(?<!\p{L})dự kiến\s+(?:(?:là|đạt|khoảng|trên|ít nhất)\s+)?\d/u.test(l) &&
    !/(?<!\p{L})(?:đã|ước|cả năm|đạt được|lũy kế)(?!\p{L})/u.test(l)
  )
    return "plan";
  // "Đại hội đồng cổ đông thông qua kế hoạch doanh thu 1.650 tỷ đồng": a plan adopted, set or
  // assigned, with what it is of and its figure, is a target ("HĐND thống nhất kế hoạch … với tổng
  // vốn …": agreed on, as a council does).
  if (
    /(?<!\p{L})(?:thông qua|thống nhất|đặt|đặt ra|đề ra|xây dựng|giao|duyệt|phê duyệt)\s+kế hoạch\s+[^\d;.]{0,60}?\d/u.test(
      l,
    ) &&
    !/(?<!\p{L})(?:đã|ước|đạt được|lũy kế)(?!\p{L})|%\s*(?:so với\s+)?kế hoạch/u.test(l)
  )
    return "plan";
  // "HĐND tỉnh quyết nghị dự toán thu ngân sách năm 2027 là …", "Kế hoạch vốn đầu tư công năm 2027
  // được HĐND tỉnh thông qua là …": a plan or budget for a named year, as adopted, with nothing done
  // against it, is a target ("Kế hoạch vốn năm 2026 được giao là …" before its disbursement is the
  // plan stated beside a result, read with it).
  if (
    (/(?<!\p{L})(?:quyết nghị|phê chuẩn|thông qua|phê duyệt|giao)\s+dự toán\s+[^\d;.]{0,80}?năm\s+(?:19|20)\d\d[^\d;.]{0,30}?\d/u.test(
      l,
    ) ||
      /^\s*(?:tổng\s+)?(?:kế hoạch|dự toán)\s+[^\d,;:.]{1,60}?năm\s+(?:19|20)\d\d(?!\d)[^\d;.]{0,40}?(?:quyết nghị|thông qua|phê chuẩn|phê duyệt)\s+(?:là|:)?\s*\d/u.test(
        l,
      )) &&
    !/(?<!\p{L})(?:đã|ước|đạt được|lũy kế|giải ngân|thực hiện|bằng|vượt|so với)(?!\p{L})|%\s*(?:so với\s+)?(?:kế hoạch|dự toán)/u.test(
      l,
    )
  )
    return "plan";
  // "Diện tích trồng cà phê năm 2027 được quy hoạch mở rộng lên 1.200 ha": a level the zoning plans to
  // widen or raise something to is set, not reached (land "đã được quy hoạch" is zoned already).
  if (
    /(?<!\p{L})quy hoạch\s+(?:mở rộng|nâng|tăng|phát triển)(?:\s+(?:quy mô|diện tích))?\s+(?:lên|thành|đến|tới)\s+(?:khoảng\s+|trên\s+|hơn\s+)?\d/u.test(
      l,
    ) &&
    !/(?<!\p{L})(?:đã|ước|đạt được|lũy kế)(?!\p{L})/u.test(l)
  )
    return "plan";
  // "Diện tích cây ăn quả hiện có 4.350 ha": what there is now.
  if (/(?<!\p{L})hiện (?:có|nay|đạt)(?!\p{L})/u.test(l) && !/phấn đấu|(?:đến|tới) năm/u.test(l))
    return "actual";
  if (ESTIMATE.test(l) || /so với cùng kỳ/u.test(l)) return "actual";
  // "đã hoàn thành 31/36 công trình thủy lợi theo kế hoạch năm": done, by the plan.
  if (/(?<!\p{L})đã\s+hoàn thành(?!\p{L})/u.test(l)) return "actual";
  // "kiên cố hóa 18,6 km kênh mương và sửa chữa 9/11 hạng mục công trình theo kế hoạch": the part of
  // the planned items done by now is a result.
  if (/\d+\/\d+[^;.\d]{0,60}theo kế hoạch/u.test(l)) return "actual";
  // "Kho bạc … được giao kế hoạch thu phí 42 tỷ đồng": a target assigned ("Năm 2027 giao DT thu …
  // 1.050 tỷ đồng": a budget assigned, "DT" short for it).
  if (
    /dự toán[^.;]*giao|theo kế hoạch|theo dự toán|^\s*dự toán|được giao\s+(?:kế hoạch|chỉ tiêu|dự toán)\s|(?<!\p{L})giao\s+(?:dự toán|dt)(?!\p{L})/u.test(
      l,
    )
  )
    return "plan";
  // "đến năm 2030, tỷ lệ đô thị hóa đạt 55%": a year ahead without "đã" is a target; "đến năm 2025"
  // after "Nhiệm kỳ 2020 - 2025, … đạt …" is the end of the term reported.
  const ahead = [...l.matchAll(/(?:đến|tới) năm ((?:19|20)\d\d)/gu)].some((m) => Number(m[1]) > doneUpTo);
  // "Xử lý dứt điểm 100% điểm đen đã được xác định": "đã được" after the last figure, with a verb of
  // listing or approving, says which are counted (those identified, approved), not that it is done.
  const done = l.replace(
    /(?<!\p{L})đã được\s+(?:xác định|phê duyệt|duyệt|giao|ban hành|thống kê|rà soát|công bố|phát hiện|cấp có thẩm quyền)(?!\p{L})[^\d]*$/u,
    "",
  );
  if (ahead && !/(?<!\p{L})đã(?!\p{L})|đạt được/u.test(done)) return "plan";
  if (/(?<!\p{L})(?:đã|đạt được)(?!\p{L})/u.test(done)) return "actual";
  // "… đạt 815 nghìn tấn trở lên; tổng đàn lợn 760 - 780 nghìn con": limits and ranges aim.
  // A level held ("duy trì ổn định ở mức 9.620 ha") after results is where things stand: only in a
  // list of targets (targetList) does it aim.
  return limitEvidence(body, false) ? "plan" : null;
}

/**
 * "đạt 8,2% trở lên", "tối thiểu 62%", "không quá 109", "giảm 1 - 1,5%", "duy trì ổn định ở mức
 * 51,6%": a figure set as a limit, a range or a level to hold is aimed at; what was done is one
 * figure. A threshold inside a name ("sản phẩm OCOP đạt từ 3 sao trở lên", "trẻ em từ 3 - 5 tuổi")
 * is not.
 */
export function limitEvidence(sentence: string, holds = true): boolean {
  // "chiếm 0,84% (không quá 1,5%)", "7,2%/năm (NQ: 7 - 7,5%)": the target in brackets beside a result.
  const l = lower(sentence)
    .replace(/\([^()]*\)/gu, " ")
    .replace(
      /(?<!\p{L})(?:từ\s+)?[\d,.]+\s*(?:[-–]\s*[\d,.]+\s*)?(?:sao|tuổi|tháng)(?!\p{L})(?:\s+trở\s+(?:lên|xuống))?/gu,
      " ",
    )
    // "Tỷ lệ sinh con thứ 3 trở lên 4,2%": an ordinal and the bound after it say which are counted.
    .replace(/(?<!\p{L})thứ\s+\d+\s+trở\s+(?:lên|xuống)(?!\p{L})/gu, " ")
    .replace(/(?<!\p{L})từ\s+[\d,.]+\s*(?:m|ha|tấn|lần|năm)(?!\p{L})\s+trở\s+(?:lên|xuống)/gu, " ")
    // "412 mô hình … có thu nhập từ 200 triệu đồng/năm trở lên": a threshold that says which of a
    // count are counted, after "có" / "với" and what is measured, sets no limit.
    .replace(
      /(\d[\d.,]*\s+\p{L}[^\d;:]{0,60}?\s(?:có|với)\s+[^\d;:,]{1,30}?\s)từ\s+[\d,.]+\s*(?:(?:nghìn|triệu|tỷ)\s+)?[\p{L}/]*\s+trở\s+(?:lên|xuống)/gu,
      "$1",
    )
    .replace(/(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d/gu, " ");
  return (
    /\d[\d.,]*\s*(?:%|[\p{L}/]+(?:\s[\p{L}/]+)?)?\s+trở\s+(?:lên|xuống)(?!\p{L})/u.test(l) ||
    // "đạt 1,2% dân số trở lên", "có từ 85% chi bộ trở lên được xếp loại …": a share bounded, with
    // what it is a share of said between the figure and its bound ("trên 90% đảng viên hoàn thành
    // tốt nhiệm vụ trở lên" grades the members: the bound is too far from the figure to be its own).
    /\d[\d.,]*\s*%(?:\s+\p{L}+){1,2}\s+trở\s+lên(?!\p{L})/u.test(l) ||
    /(?<!\p{L})từ\s+\d[\d.,]*\s*%(?:\s+[\p{L},]+){1,6}\s+trở\s+lên(?!\p{L})/u.test(l) ||
    /(?<!\p{L})(?:tối thiểu|ít nhất|không quá|không vượt quá|không dưới|không thấp hơn|không cao hơn|không ít hơn|còn dưới|dưới mức)\s+\d/u.test(
      l,
    ) ||
    (holds && /(?<!\p{L})duy trì(?:\s+ổn định)?\s+(?:ở\s+)?mức\s+\d/u.test(l)) ||
    /(?<![\d.,/])\d+(?:,\d+)?\s*[-–]\s*\d+(?:,\d+)?\s*(?:%|(?:nghìn|triệu|tỷ)\s|\p{L})/u.test(l)
  );
}

/** A line of a list: "- …", "+ …", "• …", "3. …", "a) …". */
const LIST_ITEM = /^\s*(?:[-–+•*]\s|\d{1,2}[.)]\s|[a-zđ]\)\s)/u;

/**
 * "Về môi trường:\n12. Tỷ lệ che phủ rừng duy trì ổn định ở mức 51,6%.\n13. … đạt tối thiểu 62%.":
 * a list whose items set limits, ranges or levels to hold and none of which reports (no "ước", "so
 * với cùng kỳ", "đã", "% kế hoạch") is a list of targets, its plain "đạt 98%" items too; a
 * resolution's list cut from its heading reads so.
 */
export function targetList(text: string): boolean {
  const items = text.split("\n").filter((line) => LIST_ITEM.test(line));
  if (items.length < 2) return false;
  let limited = 0;
  // "- Năm 2026 đón 386.400 lượt khách …\n- Năm 2027 phấn đấu đón từ 420.000 lượt khách trở lên": an
  // item dated before the year a limited item aims at reports that earlier year; the list is no
  // list of targets (each item says its own tense).
  const yearOf = (item: string): number | null => {
    const y = /^\s*(?:[-–+•*]\s|\d{1,2}[.)]\s|[a-zđ]\)\s)\s*(?:trong\s+)?năm\s+((?:19|20)\d\d)(?!\d)/u.exec(
      lower(item),
    );
    return y?.[1] === undefined ? null : Number(y[1]);
  };
  let firstYear = Infinity;
  let aimedYear = -Infinity;
  for (const item of items) {
    if (sentenceTense(item) === "actual") return false;
    const year = yearOf(item);
    if (year !== null) firstYear = Math.min(firstYear, year);
    if (limitEvidence(item)) {
      limited++;
      if (year !== null) aimedYear = Math.max(aimedYear, year);
    }
  }
  return limited > 0 && !(firstYear < aimedYear);
}

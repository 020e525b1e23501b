/**
 * Money set aside is named by what it is set aside for, not by who sets it aside ("Tỉnh dự kiến bố
 * trí") nor by a total of an earlier sentence:
 * - "bố trí 65 tỷ đồng cho Quỹ phòng, chống thiên tai": a bare verb for a name takes the fund or use
 *   after "cho" ("Bố trí cho Quỹ phòng, chống thiên tai");
 * - "Năm 2027, tỉnh bố trí 312 tỷ đồng chi trợ cấp …", "dành 40 tỷ đồng để xóa 52 phòng học tạm": the
 *   words after the unit ("Kinh phí chi trợ cấp …").
 */
import type { Draft } from "./extract-drafts";
import { MONEY } from "./extract-units";
import { capitalize, lower, words } from "./extract-text";

/**
 * Verbs that set money aside for a use, as a bare name ("Bố trí", "Phân bổ"). Support paid out
 * ("Hỗ trợ 1,2 tỷ đồng cho hộ nghèo") stays "Hỗ trợ", as held-out 6 keys it: who got it is no name.
 */
const MONEY_GIVEN =
  /^(?:(?:ubnd\s+)?(?:tỉnh|huyện|xã|phường|thị xã|thành phố|thị trấn)\s+|cho\s[^,;]+,\s*)?((?:bố trí|phân bổ|cấp phát|trích|dành|giao)(?:\s+(?:thêm|mới))?)$/u;

/** "cho Quỹ phòng, chống thiên tai": up to the clause's end; a comma cuts only before a new figure. */
const FOR_WHOM = /^\s*(cho\s+[^;.\n():\d]{3,120}?)(?=\s*(?:[;.\n():]|,\s*[^,;.\n]{0,30}\d|$))/u;

const isMoney = (unit: string): boolean => MONEY.some((m) => lower(unit).includes(m));

/** Names money drafts whose name is a giving verb by the "cho …" said after their figure. */
function nameByWhomFor(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    // "Huyện bố trí": the body that gives is no part of the name; nor, in "…, cho Quỹ …, phân bổ", what
    // the money before was for.
    const verb = isMoney(d.unit) ? MONEY_GIVEN.exec(lower(d.name).trim())?.[1] : undefined;
    if (verb === undefined) continue;
    const forWhom = FOR_WHOM.exec(src.slice(d.source.end, d.source.end + 140))?.[1]?.trim();
    if (forWhom === undefined || words(forWhom).length > 12) continue;
    d.name = capitalize(`${verb} ${forWhom}`);
    d.source.end += src.slice(d.source.end).indexOf(forWhom) + forWhom.length;
  }
}

/** The verb that sets money aside, right before the figure (a limit word between them allowed). */
const SET_ASIDE = /(?<!\p{L})(?:bố trí|dành|phân bổ)(?:\s+(?:khoảng|trên|gần|hơn|ít nhất|tối thiểu))?\s*$/u;

/**
 * The figure, its unit in đồng, then what for: to " cho " (whom it goes to), a clause mark or a full
 * stop (not one between digits).
 */
const PURPOSE =
  /^[\d.,]+\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)*đồng\s+(?:để\s+|nhằm\s+|cho việc\s+)?([^,;:()\n]+?)(?=\s+cho\s|[,;:()\n]|\.(?!\d)|$)/u;

function nameByPurpose(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (!/đồng/u.test(lower(d.unit))) continue;
    // "Bố trí khắc phục 5 đoạn đê": named by its verb and purpose already.
    if (/^(?:bố trí|dành|phân bổ)\s+\p{L}/u.test(lower(d.name))) continue;
    // The figure within the draft's span (which may hold its name before it): a number set aside.
    const span = src.slice(d.source.start, d.source.end);
    const at = [...span.matchAll(/(?<![\d.,])\d/gu)]
      .map((m) => d.source.start + (m.index ?? 0))
      .find((i) => SET_ASIDE.test(lower(src.slice(Math.max(0, i - 40), i))));
    if (at === undefined) {
      nameBySpentOn(src, d, span);
      continue;
    }
    const purpose = PURPOSE.exec(src.slice(at, at + 200))?.[1];
    if (purpose === undefined) continue;
    // "xóa 146 phòng học tạm": what is done, less how many.
    const what = words(purpose).filter((w) => !/\d/u.test(w));
    if (what.length < 2 || what.length > 12) continue;
    // "phân bổ 9.846 triệu đồng vốn các chương trình …": the money's own name after its unit.
    const own = /^(?:vốn|nguồn|kinh phí|ngân sách)(?!\p{L})/u.test(lower(what.join(" ")));
    d.name = capitalize(own ? what.join(" ") : `kinh phí ${what.join(" ")}`);
  }
}

/**
 * "Thành phố đầu tư 38,5 tỷ đồng xây mới 64 phòng học", "xã huy động hơn 6.400 triệu đồng làm 7,8 km
 * đường": money invested or raised, then the work it pays for. The row is that work's money ("Vốn đầu
 * tư xây mới phòng học"), not who spent it ("Thành phố đầu tư"). Only when a verb of works follows
 * the unit: "tổng vốn đầu tư 246 tỷ đồng đã hoàn thành" names no work.
 */
const SPENT = /(?<!\p{L})(?<!(?:vốn|mức|tổng)\s)(đầu tư|huy động)(?:\s+(?:khoảng|trên|gần|hơn))?\s*$/u;
const WORK =
  /^[\d.,]+\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)*đồng\s+(?:để\s+)?((?:xây mới|xây dựng|làm mới|làm|sửa chữa|nâng cấp|cải tạo|mua sắm|lắp đặt|kiên cố hóa|cứng hóa|bê tông hóa|trồng)\s(?:[^,;:()\n]|,(?=\d)){1,120}?)(?=\s+cho\s|,(?!\d)|[;:()\n]|\.(?!\d)|$)/u;

function nameBySpentOn(src: string, d: Draft, span: string): void {
  for (const m of span.matchAll(/(?<![\d.,])\d/gu)) {
    const i = d.source.start + (m.index ?? 0);
    const verb = SPENT.exec(lower(src.slice(Math.max(0, i - 40), i)))?.[1];
    if (verb === undefined) continue;
    const work = WORK.exec(src.slice(i, i + 200))?.[1];
    if (work === undefined) return;
    // "làm 7,8 km đường": the work, less how much of it.
    const what = words(work.replace(/\d[\d.,]*\s*(?:km|ha|m2|m3|m|tấn)?(?!\p{L})/gu, " "));
    if (what.length < 2 || what.length > 12) return;
    d.name = capitalize(`vốn ${verb} ${what.join(" ")}`);
    return;
  }
}

/** Names money set aside: by whom it is for when its name is the bare verb, else by its purpose. */
export function nameMoneySetAside(src: string, drafts: readonly Draft[]): void {
  nameByWhomFor(src, drafts);
  nameByPurpose(src, drafts);
}

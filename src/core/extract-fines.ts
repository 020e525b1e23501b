/**
 * "… lập biên bản 2.934 trường hợp vi phạm trật tự an toàn giao thông, tạm giữ 186 phương tiện, phạt
 * tiền 3.412,5 triệu đồng": money fined is named by the offence the sentence counts, "Tiền phạt vi
 * phạm trật tự an toàn giao thông", not by the verb and the count said just before it ("Phạt tiền
 * phương tiện").
 */
import type { Draft } from "./extract-drafts";
import { moneyFigureAt, paragraphAndClauseBefore } from "./extract-disbursed";
import { lower, words } from "./extract-text";

/**
 * A name that says only that money was fined, maybe with the count before it; not one that says
 * where the money went ("Phạt tiền nộp ngân sách"), a name of its own.
 */
const FINED =
  /^(?:số tiền\s+)?(?:ra\s+(?:quyết định|qđ)\s+)?(?:phạt tiền|xử phạt(?: hành chính)?|phạt)(?!\p{L})(?!.*(?<!\p{L})nộp(?!\p{L}))/u;
/** "lập biên bản 142 trường hợp lấn chiếm, xử phạt …": the offence a count of cases names, with no "vi phạm". */
const CASES_OF =
  /(?<!\p{L})\d[\d.,]*\s+(?:trường hợp|vụ)\s+(?!(?:với|vi phạm)(?!\p{L}))([^,;.:()\d]{3,60}?)(?=\s*(?:[,;.:()]|$|\s(?:và|bị|được|đã|với)\s))/gu;

/**
 * The words right before a sum that say it was fined ("xử phạt 1.086,5 triệu đồng", "phạt 1,27 tỷ
 * đồng"), or paid in from what was fined ("…, nộp ngân sách 412 triệu đồng", "… với số tiền 1,86 tỷ
 * đồng" in a sentence of violations dealt with): group 1 is where it was paid.
 */
const FINED_BEFORE =
  /(?:^|[\s,;:])(?:(?:ra quyết định\s+)?xử phạt(?:\s+hành chính)?|phạt tiền|phạt|với số tiền|(?:thu\s+)?nộp (ngân sách(?: nhà nước)?|kho bạc(?: nhà nước)?))(?:\s+(?:được|là|hơn|gần|trên|khoảng))?\s*$/u;

/** A sentence that tells of violations dealt with: money paid in there is what was fined. */
const DEALT_WITH = /(?<!\p{L})(?:vi phạm|xử phạt|xử lý)(?!\p{L})/u;

/**
 * The topic a paragraph or its sentence opens with ("Về phòng cháy, chữa cháy, …", "Công tác quản lý
 * trật tự xây dựng được tăng cường: …"): the field whose rules were broken when no offence is said.
 */
const TOPIC =
  /(?:^|[.;\n]\s*)(?:[-+•]\s*)?(?:về\s+([^,.;:\d()]{3,60}?(?:,\s*[^,.;:\s\d()]+(?:\s+[^,.;:\s\d()]+)?(?=,))?),|công tác\s+(?:quản lý\s+|bảo đảm\s+|đảm bảo\s+)?([^,.;:\d()]{3,50}?)(?:\s+(?:được|đã|tiếp tục|có)(?!\p{L})|\s*:))/gu;

/** The last topic opened in `text` (lower case), if any, of at most eight words. */
function lastTopic(text: string): string | undefined {
  let topic: string | undefined;
  for (const m of text.matchAll(TOPIC)) topic = (m[1] ?? m[2])?.trim();
  return topic !== undefined && words(topic).length <= 8 ? topic : undefined;
}

/** Renames each sum fined after the offence its sentence counts, or the topic it is told under; in place. */
export function nameFines(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (!/(?:^|\s)(?:đồng|USD)$/u.test(d.unit)) continue;
    const named = FINED.test(lower(d.name));
    // The sum's own figure: a name copied from the count before spans that count too.
    const figure = moneyFigureAt(src, d);
    const written = paragraphAndClauseBefore(src, figure);
    // The clause the sum is in, and its last 300 characters, where the offence is looked for.
    const clause = lower(written.clause);
    const sentence = clause.slice(-300);
    const offence = [
      ...sentence.matchAll(
        /(?<!\p{L})vi phạm\s+([^,;.:()\d]{3,80}?)(?=\s*(?:[,;.:()]|$|\s(?:và|bị|được|đã)\s))/gu,
      ),
    ].pop();
    if (named && offence?.[1] !== undefined) {
      d.name = `Tiền phạt vi phạm ${offence[1].trim()}`;
      continue;
    }
    // The paragraph's few sentences back (a blank line ends it): the topic it opened with, if any.
    const topic = lastTopic(lower(written.paragraph));
    // "lập biên bản 142 trường hợp lấn chiếm, xử phạt …": under no topic, the cases counted say the offence.
    const cases =
      named && topic === undefined ? [...sentence.matchAll(CASES_OF)].pop()?.[1]?.trim() : undefined;
    if (cases !== undefined) {
      d.name = `Tiền xử phạt ${cases}`;
      continue;
    }
    // A name that already says the offence ("Số tiền xử phạt vi phạm hành chính về …") stays.
    if (
      /(?<!\p{L})(?:tiền|phạt)(?!\p{L})/u.test(lower(d.name)) &&
      /(?<!\p{L})vi phạm\s+(?!(?:với|và)(?!\p{L}))\p{L}{2,}/u.test(lower(d.name))
    )
      continue;
    // Not named as fined: the words right before the amount may say it was, in the clause it is in.
    const fined = FINED_BEFORE.exec(clause);
    if (fined === null) continue;
    const paidIn = fined[1] !== undefined || /với số tiền\s*$/u.test(clause);
    if (paidIn && !DEALT_WITH.test(clause)) continue;
    // The offence the clause counts, else the topic the paragraph opened with.
    const said = offence?.[1]?.trim();
    const what = said !== undefined && !/^(?:với|và|bị|được|đã)(?!\p{L})/u.test(said) ? said : topic;
    // "…, xử lý 21.905 trường hợp vi phạm, …, nộp ngân sách": paid in from violations of no field said.
    const field =
      what ?? (fined[1] !== undefined && /(?<!\p{L})vi phạm(?!\p{L})/u.test(clause) ? "" : undefined);
    // "Phạt tiền nộp kho bạc" already says it was fined and where it went: only an offence adds to it.
    const paidName = /^(?:phạt tiền|tiền phạt|xử phạt)\s+(?:thu\s+)?nộp(?!\p{L})/u.test(lower(d.name));
    if (field === undefined || (paidName && field === "")) continue;
    d.name = `Tiền phạt vi phạm${field === "" ? "" : ` ${field}`}${fined[1] === undefined ? "" : ` nộp ${fined[1]}`}`;
  }
}

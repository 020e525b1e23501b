/**
 * "Nhà máy xử lý rác Tây Bắc đi vào vận hành với công suất 300 tấn/ngày", "Cầu Vĩnh Phú được khởi
 * công với tổng vốn 420 tỷ đồng": a works' measure said after "với", the works being the subject the
 * sentence opens with. Named by the measure alone ("Công suất") the row says nothing; the subject is
 * what it measures ("Công suất nhà máy xử lý rác Tây Bắc").
 */
import type { Draft } from "./extract-drafts";
import { capitalize, decapitalize, lower, words } from "./extract-text";

/** A name that is a measure's word and nothing more. */
const MEASURE_ONLY =
  /^(?:tổng\s+)?(?:công suất(?:\s+thiết kế)?|vốn(?:\s+đầu tư)?|mức đầu tư|quy mô|chiều dài|diện tích)$/u;

/** A time before a comma, the subject, then its verb ("đi vào vận hành", "được khởi công") up to "với" and the measure. */
const SUBJECT_WITH =
  /^\s*(?:[^,;:()]{2,30},\s*)?(\p{Lu}[^\d,;:()]{3,90}?)\s+(?:đã\s+|chính thức\s+|được\s+|sẽ\s+)*(?:đi vào|đưa vào|hoàn thành|khởi công|khánh thành|vận hành|hoạt động|xây dựng|triển khai)(?!\p{L})[^\d,;:()]{0,40}?\s+với\s*$/u;

/** Names measures after "với" by the subject of their sentence, given where each sentence opens. */
export function nameMeasureBySubject(
  src: string,
  drafts: readonly Draft[],
  sentenceOpens: ReadonlyMap<number, number>,
): void {
  for (const d of drafts) {
    const measure = lower(d.name).trim();
    if (!MEASURE_ONLY.test(measure)) continue;
    const open = sentenceOpens.get(d.sentence);
    // (a subject and its verb are a short stretch: nothing longer is read)
    if (open === undefined || d.source.start - open > 160 || d.source.start <= open) continue;
    const subject = SUBJECT_WITH.exec(src.slice(open, d.source.start))?.[1];
    if (subject === undefined || words(subject).length > 12) continue;
    d.name = capitalize(`${measure} ${decapitalize(subject.trim())}`);
  }
}

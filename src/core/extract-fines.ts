/**
 * "… lập biên bản 2.934 trường hợp vi phạm trật tự an toàn giao thông, tạm giữ 186 phương tiện, phạt
 * tiền 3.412,5 triệu đồng": money fined is named by the offence the sentence counts, "Tiền phạt vi
 * phạm trật tự an toàn giao thông", not by the verb and the count said just before it ("Phạt tiền
 * phương tiện").
 */
import type { Draft } from "./extract-drafts";
import { lower } from "./extract-text";

/**
 * A name that says only that money was fined, maybe with the count before it; not one that says
 * where the money went ("Phạt tiền nộp ngân sách"), a name of its own.
 */
const FINED =
  /^(?:số tiền\s+)?(?:ra\s+(?:quyết định|qđ)\s+)?(?:phạt tiền|xử phạt(?: hành chính)?|phạt)(?!\p{L})(?!.*(?<!\p{L})nộp(?!\p{L}))/u;
/** "…, nộp kho bạc 2.384 triệu đồng" after a count of offences: the fines paid in. */
const PAID_IN = /(?:^|[\s,;])(nộp\s+(?:kho bạc|ngân sách)(?:\s+nhà nước)?)\s*$/u;
/** "lập biên bản 142 trường hợp lấn chiếm, xử phạt …": the offence a count of cases names, with no "vi phạm". */
const CASES_OF =
  /(?<!\p{L})\d[\d.,]*\s+(?:trường hợp|vụ)\s+(?!(?:với|vi phạm)(?!\p{L}))([^,;.:()\d]{3,60}?)(?=\s*(?:[,;.:()]|$|\s(?:và|bị|được|đã|với)\s))/gu;

/** Renames each sum fined after the offence its sentence counts; in place. */
export function nameFines(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (!/(?:^|\s)(?:đồng|USD)$/u.test(d.unit)) continue;
    const before = src.slice(Math.max(0, d.source.start - 300), d.source.start);
    // (a name copied from the count before spans it: the sum's own figure is the last in its span)
    const span = src.slice(d.source.start, d.source.end);
    const figure = [...span.matchAll(/\d[\d.,]*/gu)].pop()?.index ?? 0;
    const back = before + span.slice(0, figure);
    // (a clause that says the money was fined, "…, phạt tiền nộp kho bạc 2,48 tỷ đồng", keeps its name)
    const clauseOfSum = lower(back).split(/[,;:]/u).pop() ?? "";
    const paid = /(?<!\p{L})phạt(?!\p{L})/u.test(clauseOfSum) ? undefined : PAID_IN.exec(lower(back))?.[1];
    if (paid === undefined && !FINED.test(lower(d.name))) continue;
    // Back to where the sentence starts (a period not inside a number, a semicolon, a line).
    const opens = [...back.matchAll(/[.;\n](?!\d)/gu)].pop();
    const sentence = lower(back.slice(opens === undefined ? 0 : opens.index + 1));
    const offence = [
      ...sentence.matchAll(
        /(?<!\p{L})vi phạm\s+([^,;.:()\d]{3,80}?)(?=\s*(?:[,;.:()]|$|\s(?:và|bị|được|đã)\s))/gu,
      ),
    ].pop();
    const tail = paid === undefined ? "" : ` ${paid}`;
    if (offence?.[1] !== undefined) d.name = `Tiền phạt vi phạm ${offence[1].trim()}${tail}`;
    else if (paid === undefined) {
      const cases = [...sentence.matchAll(CASES_OF)].pop()?.[1]?.trim();
      if (cases !== undefined) d.name = `Tiền xử phạt ${cases}`;
    }
  }
}

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
const FINED = /^(?:phạt tiền|xử phạt(?: hành chính)?|phạt)(?!\p{L})(?!.*(?<!\p{L})nộp(?!\p{L}))/u;

/** Renames each sum fined after the offence its sentence counts; in place. */
export function nameFines(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (!/(?:^|\s)(?:đồng|USD)$/u.test(d.unit) || !FINED.test(lower(d.name))) continue;
    const before = src.slice(Math.max(0, d.source.start - 300), d.source.start);
    // Back to where the sentence starts (a period not inside a number, a semicolon, a line).
    const opens = [...before.matchAll(/[.;\n](?!\d)/gu)].pop();
    const sentence = lower(before.slice(opens === undefined ? 0 : opens.index + 1));
    const offence = [
      ...sentence.matchAll(
        /(?<!\p{L})vi phạm\s+([^,;.:()\d]{3,80}?)(?=\s*(?:[,;.:()]|$|\s(?:và|bị|được|đã)\s))/gu,
      ),
    ].pop();
    if (offence?.[1] !== undefined) d.name = `Tiền phạt vi phạm ${offence[1].trim()}`;
  }
}

/**
 * "Công tác phòng, chống ma túy: phát hiện, bắt giữ 87 vụ, 124 đối tượng", "- Ma túy: phát hiện 94
 * vụ": police reports name the field of crime once, in the topic or in who did it, and count cases and
 * offenders by their verbs alone. A count named only by such verbs and its unit is of that field.
 */
import type { Draft } from "./extract-drafts";
import { lower } from "./extract-text";

/** Counts of cases and offenders a police report names by their verbs alone. */
const CRIME_COUNT = /^(?:vụ|vụ việc|đối tượng|bị can|người)$/u;
const VERBS_ONLY =
  /^(?:(?:phát hiện|bắt giữ|bắt|triệt phá|khởi tố|xử lý|điều tra|làm rõ)(?:,?\s+|\s+và\s+))+(?:vụ|vụ việc|đối tượng|bị can|người)$/u;

/** The field said before the count in its sentence: after "phòng, chống", "tội phạm (về)", or as a bullet's topic. */
const FIELD =
  /(?:phòng,?\s*chống|tội phạm(?:\s+về)?|vi phạm(?:\s+về)?)\s+(ma túy|buôn lậu|tham nhũng|đánh bạc|tín dụng đen|mua bán người)(?!\p{L})|(?:^|[\n;]\s*)[-+•]?\s*(ma túy|buôn lậu|tham nhũng|đánh bạc|tín dụng đen|mua bán người)\s*:/gu;

/** Gives such counts the field; looks back at most 200 characters, within the sentence. */
export function nameCrimeCountsByField(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (!CRIME_COUNT.test(lower(d.unit)) || !VERBS_ONLY.test(lower(d.name).trim())) continue;
    const from = Math.max(0, d.source.start - 200);
    // (up to the count itself: a name written before its figure starts the draft's source)
    const before = lower(src.slice(from, d.source.end));
    const sentence = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n\n")) + 1);
    let field: string | undefined;
    for (const m of sentence.matchAll(FIELD)) field = m[1] ?? m[2];
    if (field !== undefined) d.name = `${d.name} về ${field}`;
  }
}

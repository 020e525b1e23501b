/**
 * "đưa 412 lao động đi làm việc ở nước ngoài, chủ yếu sang Nhật Bản (236 người) và Hàn Quốc (88
 * người)": places listed with their counts in brackets, the relation ("sang", "tại", "ở", "đến")
 * said once before the first. Each later place is named as the first is, with its own place ("Sang
 * Hàn Quốc"), not by the "và" that joins it ("Và Hàn Quốc").
 */
import type { Draft } from "./extract-drafts";
import { capitalize } from "./extract-text";

/** A name ending on a relation and a proper place: "Chủ yếu sang Nhật Bản", "Tại Đài Loan". */
const RELATED_PLACE =
  /^(.*?(?:^|\s)(?:[Ss]ang|[Tt]ại|[Ởở]|[Đđ]ến|[Tt]ừ)\s+)(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})$/u;
/** A later item: the place alone, after "và" or a comma. */
const JOINED_PLACE = /^(?:và\s+)?(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})$/iu;

/** Names each later place of a bracketed list by the first place's relation (one pass). */
export function nameListedPlaces(src: string, drafts: readonly Draft[]): void {
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    const prev = drafts[k - 1] as Draft;
    if (prev.sentence !== d.sentence || prev.unit !== d.unit || d.unit === "%") continue;
    const first = RELATED_PLACE.exec(prev.name.trim());
    const place = JOINED_PLACE.exec(d.name.trim())?.[1];
    if (first?.[1] === undefined || place === undefined || !/^\p{Lu}/u.test(place)) continue;
    // Only the bracket, the join and the place between the two counts: "(236 người) và Hàn Quốc (".
    const between = src.slice(prev.source.end, Math.max(prev.source.end, d.source.start));
    if (between.length > 60 || /[\d;.]/u.test(between) || !/[()]/u.test(between)) continue;
    d.name = capitalize(`${first[1]}${place}`);
  }
}

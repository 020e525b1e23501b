/**
 * Two counts joined by "với": "tổ chức 6 hội chợ, triển lãm với 1.420 gian hàng", "1.560 hộ với
 * khoảng 6.100 nhân khẩu thiếu nước sinh hoạt". The second counts what the first holds or brings
 * ("Gian hàng hội chợ, triển lãm"); a predicate said once after the second is the first's too ("Hộ
 * thiếu nước sinh hoạt"). Money and sizes after "với" have rules of their own (a total, a measure).
 */
import type { Draft } from "./extract-drafts";
import { MONEY } from "./extract-units";
import { capitalize, lower, words } from "./extract-text";

/** What joins the counts: at most a few more words of the first count's, then "với" and a hedge. */
const WITH_GAP =
  /^([^\d;:.()\n]{0,40}?)\s*(?<!đối\s)(?<!\p{L})với\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+|tổng số\s+)?$/u;

/** Units of neither money, nor a share, nor a size: things counted one by one. */
const isCount = (unit: string): boolean =>
  unit !== "%" &&
  !/^(?:m|km|m2|km2|ha|m3|tấn|kg|tạ)$/u.test(lower(unit)) &&
  !MONEY.some((m) => lower(unit).includes(m));

/** Whether `name` is the unit and words after it ("Nhân khẩu thiếu nước sinh hoạt"). */
const ownAfterUnit = (name: string, unit: string): boolean =>
  lower(name).startsWith(`${lower(unit)} `) && words(name).length > words(unit).length;

/** Names `draft` (the count after "với") or `count` (the one before it) by the other. */
export function nameCountWithCount(
  src: string,
  draft: Draft,
  figureStart: number,
  count: Draft | null,
): void {
  if (count === null || count.sentence !== draft.sentence || figureStart - count.source.end > 48) return;
  if (!isCount(count.unit) || !isCount(draft.unit) || lower(count.unit) === lower(draft.unit)) return;
  const gap = WITH_GAP.exec(lower(src.slice(count.source.end, figureStart)));
  if (gap === null) return;
  if (ownAfterUnit(draft.name, draft.unit)) {
    // "1.560 hộ với khoảng 6.100 nhân khẩu thiếu nước sinh hoạt": the first named by the unit alone.
    // (a predicate of two words or more: "lớp học" after "68 trường với 1.214" is a noun, no predicate)
    // The predicate is the words written after the second count, not a name built from the first
    // ("42 cơ sở lưu trú với 1.180 phòng" names the rooms "Phòng của cơ sở lưu trú").
    const predicate = lower(draft.name.slice(draft.unit.length + 1));
    if (
      lower(count.name).trim() === lower(count.unit) &&
      words(draft.name).length - words(draft.unit).length >= 2 &&
      lower(src.slice(figureStart, figureStart + draft.unit.length + predicate.length + 40)).includes(
        predicate,
      )
    )
      count.name = capitalize(`${lower(count.unit)} ${draft.name.slice(draft.unit.length + 1)}`);
    return;
  }
  // Only a name cut at "với" ("Triển lãm với"): any other is the count's own.
  if (!/(?<!\p{L})với$/u.test(lower(draft.name).trim())) return;
  // "6 hội chợ, triển lãm với 1.420 gian hàng": what the first count counted (its unit, where its
  // span ends), with the words listed after it.
  const more = (gap[1] ?? "").trim().replace(/,$/u, "");
  // "148 trường mầm non và phổ thông với 52.310 học sinh": the first count names kinds joined by "và"
  // (cut at it, "trường … và phổ thông" would drop a kind); what they all hold is named by its own
  // noun, as tables key it ("Học sinh").
  if (/^và\s/u.test(more)) {
    draft.name = capitalize(lower(draft.unit));
    return;
  }
  draft.name = capitalize(
    `${lower(draft.unit)} ${lower(count.unit)}${more === "" ? "" : `${/^,/u.test(more) ? "" : " "}${more}`}`,
  );
}

/**
 * The name of the nearest count before `d` in its unit that says more than the unit ("Thôn được
 * công nhận thôn thông minh"), in its sentence or the two before (no longer look back), or null.
 */
export function namedCountBefore(drafts: readonly Draft[], d: Draft): string | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const p = drafts[i] as Draft;
    if (p.sentence < d.sentence - 2) break;
    if (p !== d && lower(p.unit) === lower(d.unit) && ownAfterUnit(p.name, p.unit)) return p.name;
  }
  return null;
}

/** "thu hút 12.360 lao động" named by its verb: workers drawn by what the clause before counted. */
const DRAWS_WORKERS =
  /^(?:thu hút|sử dụng|tạo việc làm cho|giải quyết việc làm cho)\s+(?:người\s+)?lao động$/u;

/**
 * "Trên địa bàn có 1.846 cơ sở sản xuất công nghiệp, thu hút 12.360 lao động": the workers are those
 * of the establishments just counted ("Lao động trong các cơ sở sản xuất công nghiệp"), as tables
 * key them; the verb that drew them names nothing.
 */
export function nameWorkersOfCount(
  src: string,
  draft: Draft,
  figureStart: number,
  count: Draft | null,
): void {
  if (count === null || count.sentence !== draft.sentence || !DRAWS_WORKERS.test(lower(draft.name).trim()))
    return;
  if (!isCount(count.unit) || !ownAfterUnit(count.name, count.unit) || figureStart - count.source.end > 120)
    return;
  // Only the count's own words, a comma and the verb between them.
  if (!/^[^\d;.:()]*,\s*\p{L}[\p{L}\s]*$/u.test(src.slice(count.source.end, figureStart))) return;
  draft.name = `Lao động trong các ${lower(count.name)}`;
}

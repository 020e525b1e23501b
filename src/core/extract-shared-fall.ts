/**
 * "kéo giảm từ 5% trở lên số vụ, số người chết và số người bị thương do tai nạn giao thông": a
 * target's fall (or rise) in % written before the counts it is of, one figure shared by a list of
 * counts: one row for each count, named as the size of its fall ("Mức giảm số vụ tai nạn giao
 * thông"), the cause said once after the last ("do tai nạn giao thông") given to every count. The
 * list may come before the figure instead ("kéo giảm số vụ, …, mỗi tiêu chí từ 5%"): the same list,
 * read and named the same way.
 */
import { asDraft, type Draft } from "./extract-drafts";
import { decapitalize, lower } from "./extract-text";

/** The end of the figure in % and of a limit closing it ("5%", "5 - 10%", "từ 5% trở lên"). */
const FIGURE = /^[^%;.\n]{0,120}?\d\s?%\s*(?:trở\s+(?:lên|xuống)\s+)?/u;
/** The verb right before the figure: a fall or a rise, not a share ("100% số xã có …"). */
const VERB =
  /(?<!\p{L})(giảm|tăng)(?:\s+(?:từ|ít nhất|tối thiểu|trên|khoảng|bình quân))*\s+[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s?%\s*(?:trở\s+(?:lên|xuống)\s+)?$/u;
/** Where the list of counts after the figure ends: the end of its clause, or the base of the change. */
const LIST_END = /[;.\n:()]|\s(?:so với|trong đó|phấn đấu)\s/u;
/** What closes a list said before the figure it shares ("…, mỗi tiêu chí từ 5%"). */
const EACH = /\s*,\s*(?:mỗi|từng)\s+(?:tiêu chí|chỉ tiêu|loại|mặt)[^\d,;]*$/u;
/** What the last count says they are all of ("… do tai nạn giao thông"): the tie and the cause. */
const CAUSE = /\s(do|về|trong|liên quan đến|của)\s+(.+)$/u;

/**
 * "số vụ, số người chết và số người bị thương do cháy, nổ": two counts or more, each "số …" of a
 * few words, or null when anything else is listed (another clause). A comma inside the cause ("do
 * cháy, nổ") is no new count.
 */
function countsIn(list: string): string[] | null {
  const items = list
    .trim()
    .split(/\s*,\s*(?:và\s+)?(?=số\s)|\s+và\s+(?=số\s)/iu)
    .map((s) => s.trim());
  if (
    items.length < 2 ||
    items.some((s) => !/^số\s/iu.test(s) || /[\d()]/u.test(s) || s.split(/\s+/u).length > 10)
  )
    return null;
  return items;
}

/**
 * The cause said once, after the last count ("… và số người bị thương do tai nạn giao thông"), or
 * else the incidents the first count names ("số vụ tai nạn giao thông, số người chết …"), given to
 * every count that does not say it.
 */
function withCause(items: readonly string[]): string[] {
  const said = CAUSE.exec(items[items.length - 1] ?? "");
  const tie = said?.[1] ?? "do";
  const cause = said?.[2] ?? /^số\s+vụ\s+(.+)$/iu.exec(items[0] ?? "")?.[1] ?? null;
  return items.map((item) => {
    if (cause === null || lower(item).includes(lower(cause))) return item;
    // "số vụ" + "do (trong) tai nạn giao thông": incidents take what happened as their own noun.
    return /^số\s+vụ$/iu.test(item) && (tie === "do" || tie === "trong")
      ? `${item} ${cause}`
      : `${item} ${tie} ${cause}`;
  });
}

/**
 * "kéo giảm số vụ, số người chết, số người bị thương vì tai nạn đường thủy, mỗi tiêu chí từ 4% trở
 * lên": the counts listed before the figure each take it ("mỗi tiêu chí"), or null.
 */
function countsBeforeEach(src: string, d: Draft): string[] | null {
  if (d.unit !== "%" || d.actual !== null || /^mức\s/u.test(lower(d.name))) return null;
  const figure = d.source.start + (/\d/u.exec(src.slice(d.source.start, d.source.end))?.index ?? 0);
  const from = Math.max(0, figure - 240);
  const before = lower(src.slice(from, figure));
  const lastStop = Math.max(before.lastIndexOf(";"), before.lastIndexOf("."), before.lastIndexOf(":"));
  const clause = before.slice(lastStop + 1);
  const each = EACH.exec(clause);
  if (each === null) return null;
  // The fall nearest the list: an earlier verb in the clause is another change's.
  const verb = [...clause.slice(0, each.index).matchAll(/(?<!\p{L})giảm\s+/gu)].pop();
  if (verb === undefined) return null;
  // Matched on lower case, read from the text as written (lower case keeps the length of Vietnamese).
  const at = from + lastStop + 1;
  return countsIn(src.slice(at + verb.index + verb[0].length, at + each.index));
}

/** Counts after the figure ("kéo giảm từ 5% trở lên số vụ, …"): the verb and the counts, or null. */
function countsAfter(src: string, d: Draft): { verb: string; items: string[] } | null {
  if (d.actual !== null || d.unit !== "%" || !/(?:^|\s)số\s/u.test(lower(d.name))) return null;
  // Read from the figure on, at most 300 characters: a long paste stays linear.
  const text = src.slice(d.source.start, Math.min(src.length, d.source.start + 300));
  const figure = FIGURE.exec(text);
  if (figure === null) return null;
  const verb = VERB.exec(
    lower(src.slice(Math.max(0, d.source.start - 40), d.source.start + figure[0].length)),
  )?.[1];
  if (verb === undefined) return null;
  const rest = text.slice(figure[0].length);
  const stop = LIST_END.exec(rest);
  // One count keeps the name it was read with ("Số vụ cháy"): only a list is spread.
  const items = countsIn(rest.slice(0, stop === null ? rest.length : stop.index));
  return items === null ? null : { verb, items };
}

/** The drafts with each target fall in % shared by a list of counts spread over them. */
export function spreadSharedFall(src: string, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    out.push(d);
    const before = countsBeforeEach(src, d);
    const shared = before !== null ? { verb: "giảm", items: before } : countsAfter(src, d);
    if (shared === null) continue;
    // The list before "mỗi tiêu chí" was read across the clause's other words.
    if (before !== null && !d.doubts.includes("ten_ghep_tu_menh_de_khac"))
      d.doubts.push("ten_ghep_tu_menh_de_khac");
    const [first, ...others] = withCause(shared.items).map(
      (item) => `Mức ${shared.verb} ${decapitalize(item)}`,
    );
    d.name = first ?? d.name;
    for (const name of others) out.push(asDraft({ ...d, name, doubts: [...d.doubts] }));
  }
  return out;
}

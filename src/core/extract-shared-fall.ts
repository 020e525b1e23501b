/**
 * "kéo giảm từ 5% trở lên số vụ, số người chết và số người bị thương do tai nạn giao thông": a
 * target's fall (or rise) in % written before the counts it is of, one figure shared by a list of
 * counts: one row for each count, named as the size of its fall ("Mức giảm số vụ tai nạn giao
 * thông"), the cause said once after the last ("do tai nạn giao thông") given to every count.
 */
import { asDraft, type Draft } from "./extract-drafts";
import { decapitalize, lower } from "./extract-text";

/** The end of the figure in % and of a limit closing it ("5%", "5 - 10%", "từ 5% trở lên"). */
const FIGURE = /^[^%;.\n]{0,120}?\d\s?%\s*(?:trở\s+(?:lên|xuống)\s+)?/u;
/** The verb right before the figure: a fall or a rise, not a share ("100% số xã có …"). */
const VERB =
  /(?<!\p{L})(giảm|tăng)(?:\s+(?:từ|ít nhất|tối thiểu|trên|khoảng|bình quân))*\s+[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s?%\s*(?:trở\s+(?:lên|xuống)\s+)?$/u;
/** Where the list of counts ends: the end of its clause, or the base of the change. */
const LIST_END = /[;.\n:()]|\s(?:so với|trong đó|phấn đấu)\s/u;

/** "số vụ, số người chết và số người bị thương do tai nạn giao thông": two counts or more, each "số …". */
const COUNTS = String.raw`số\s[^,;.:()\d]+?(?:\s*(?:,\s*(?:và\s+)?|\svà\s)số\s[^,;.:()\d]+?)+`;
/** The list said before the figure it shares ("kéo giảm số vụ, …, mỗi tiêu chí từ 5%"). */
const COUNTS_BEFORE_EACH = new RegExp(
  String.raw`(?:kéo\s+)?giảm\s+(${COUNTS})\s*,\s*(?:mỗi|từng)\s+(?:tiêu chí|chỉ tiêu|loại|mặt)[^\d,;]*$`,
  "u",
);
/** What the last count says it is of ("… do tai nạn giao thông"), said once for them all. */
const OF = /\s((?:do|về|trong|liên quan đến|của)\s.+)$/u;

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
  const m = COUNTS_BEFORE_EACH.exec(before.slice(lastStop + 1));
  if (m?.[1] === undefined) return null;
  // Matched on lower case, read from the text as written (lower case keeps the length of Vietnamese).
  const at = from + lastStop + 1 + m.index + m[0].indexOf(m[1]);
  const items = src
    .slice(at, at + m[1].length)
    .split(/\s*,\s*(?:và\s+)?|\svà\s/u)
    .map((it) => it.trim());
  if (items.length < 2 || items.some((it) => !lower(it).startsWith("số "))) return null;
  const of = OF.exec(items[items.length - 1] ?? "")?.[1];
  return items.map((it) => (of === undefined || it.endsWith(of) ? it : `${it} ${of}`));
}

/** The drafts with each target fall in % shared by a list of counts spread over them. */
export function spreadSharedFall(src: string, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    out.push(d);
    const each = countsBeforeEach(src, d);
    if (each !== null) {
      if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
      d.name = `Mức giảm ${decapitalize(each[0] ?? "")}`;
      for (const item of each.slice(1))
        out.push(asDraft({ ...d, name: `Mức giảm ${decapitalize(item)}`, doubts: [...d.doubts] }));
      continue;
    }
    if (d.actual !== null || d.unit !== "%" || !/(?:^|\s)số\s/u.test(lower(d.name))) continue;
    // Read from the figure on, at most 300 characters: a long paste stays linear.
    const text = src.slice(d.source.start, Math.min(src.length, d.source.start + 300));
    const figure = FIGURE.exec(text);
    if (figure === null) continue;
    const verb = VERB.exec(
      lower(src.slice(Math.max(0, d.source.start - 40), d.source.start + figure[0].length)),
    )?.[1];
    if (verb === undefined) continue;
    const rest = text.slice(figure[0].length);
    const stop = LIST_END.exec(rest);
    const items = rest
      .slice(0, stop === null ? rest.length : stop.index)
      .trim()
      // "do cháy, nổ": a comma inside the cause is no new count.
      .split(/\s*,\s*(?:và\s+)?(?=số\s)|\s+và\s+(?=số\s)/iu)
      .map((s) => s.trim());
    // Only counts ("số …") of a few words each: anything else is another clause.
    // One count keeps the name it was read with ("Số vụ cháy"): only a list is spread.
    if (items.length < 2 || items.some((s) => !/^số\s/iu.test(s) || s.split(/\s+/u).length > 10)) continue;
    // "… và số người bị thương do tai nạn giao thông": the cause said once, after the last count;
    // "số vụ tai nạn giao thông, số người chết …": else the incidents the first count names.
    const last = items[items.length - 1] ?? "";
    const cause = /\sdo\s+(.+)$/u.exec(last)?.[1] ?? /^số\s+vụ\s+(.+)$/iu.exec(items[0] ?? "")?.[1] ?? null;
    const named = items.map((item) => {
      if (cause === null || lower(item).includes(lower(cause))) return item;
      // "số vụ" + "do tai nạn giao thông": incidents take what happened as their own noun.
      return /^số\s+vụ$/iu.test(item) ? `${item} ${cause}` : `${item} do ${cause}`;
    });
    d.name = `Mức ${verb} ${decapitalize(named[0] ?? "")}`;
    for (const item of named.slice(1))
      out.push(asDraft({ ...d, name: `Mức ${verb} ${decapitalize(item)}`, doubts: [...d.doubts] }));
  }
  return out;
}

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

/** The drafts with each target fall in % shared by a list of counts after it spread over them. */
export function spreadSharedFall(src: string, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    out.push(d);
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

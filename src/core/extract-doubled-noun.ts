/**
 * "thụ lý 1.214 vụ, việc, giải quyết 1.160 vụ, việc": a count of a doubled noun ("vụ, việc", "xã,
 * phường", "tổ chức, cá nhân") ends with its second noun; the clause cut at its comma must not give
 * that noun to the name of the next count ("Việc, giải quyết vụ").
 */
import type { Draft } from "./extract-drafts";
import { capitalize, lower } from "./extract-text";

/** The second nouns of doubled nouns a report writes after a count. */
const SECOND = /^(việc|phường|thị trấn|cá nhân|đơn vị|bản|bài|tổ dân phố|khu phố)\s*,\s*/u;

export function dropDoubledNounLeads(src: string, drafts: readonly Draft[]): void {
  const fixed = new Map<Draft, string>();
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    const c = drafts[k - 1] as Draft;
    if (c.sentence !== d.sentence) continue;
    // "…, đạt tỷ lệ 95,55%": the rate named after the count fixed before it ("Tỷ lệ việc, giải quyết").
    const second = fixed.get(c);
    if (d.unit === "%" && second !== undefined && lower(d.name).startsWith(`tỷ lệ ${second}, `)) {
      d.name = `${d.name.slice(0, 6)}${d.name.slice(6 + second.length + 2).trimStart()}`;
      continue;
    }
    if (c.unit === "%") continue;
    const lead = SECOND.exec(lower(d.name));
    if (lead?.[1] === undefined) continue;
    // The second noun stands right after the count before, as the written doubled noun.
    const after = lower(src.slice(c.source.end, Math.max(c.source.end, d.source.start) + 30));
    if (!new RegExp(`^[^,\\d]{0,12},\\s*${lead[1]}\\s*,`, "u").test(after)) continue;
    d.name = capitalize(d.name.slice(lead[0].length));
    fixed.set(d, lead[1]);
  }
}

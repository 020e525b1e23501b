/**
 * "… xảy ra 36 vụ cháy, …; so với cùng kỳ năm trước, số vụ cháy giảm 14,3%": a clause opened by the
 * comparison that names again a count said before it states that count's change, not a rate of its own.
 * "…; so với cùng kỳ số vụ giảm 10,5%, số người chết giảm 15,4%": the comma may be left out, and one
 * comparison may lead a list of counts, each named by "số" and its noun.
 */
import type { Draft } from "./extract-drafts";
import { lower, words } from "./extract-text";

const bare = (name: string): string =>
  lower(name)
    .replace(/^(?:tổng\s+)?số\s+/u, "")
    .trim();

/** The comparison, then counts already given their change, then "số <noun> tăng|giảm" before the %. */
const LISTED =
  /(?:^|[;,.]\s*)so với cùng kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d\d))?\s*,?\s*(?:số\s+[^,;.\d]{1,40}?\s+(?:tăng|giảm)\s+[\d.,]+\s*%\s*,\s*)*số\s+([^,;.\d]{1,40}?)\s+(?:tăng|giảm)\s*$/u;

/** Gives each such change to the count it names and returns the drafts without it. */
export function changesToCountsBefore(src: string, drafts: readonly Draft[]): Draft[] {
  const gone = new Set<Draft>();
  drafts.forEach((g, i) => {
    if (g.unit !== "%" || g.actual === null || g.plan !== null) return;
    const before = lower(src.slice(Math.max(0, g.source.start - 160), g.source.start));
    const opened = /(?:^|[;,.]\s*)so với cùng kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d\d))?\s*,\s*[^,;.\d]*$/u.test(
      before,
    );
    // The span of a draft may open at its name: the noun after "số" is read from the span's text too.
    const listed = LISTED.exec(
      lower(src.slice(Math.max(0, g.source.start - 160), g.source.end)).replace(/\s*[\d.,]+\s*%\s*$/u, ""),
    );
    const noun = listed?.[1]?.trim();
    // "số người chết giảm 15,4%" after another count's change may read as a rate: the list says change.
    if (!(opened && g.kind === "growth") && noun === undefined) return;
    if (opened && bare(g.name) === "") return;
    /** Whether count `d` is the one the change names. */
    const names = (d: Draft, loose: boolean): boolean =>
      bare(d.name) === bare(g.name) ||
      (noun !== undefined &&
        (loose
          ? lower(d.unit) === noun
          : words(noun).length >= 2 && `${bare(d.name)} `.startsWith(`${noun} `)));
    for (const loose of [false, true]) {
      for (let j = i - 1; j >= 0; j--) {
        const d = drafts[j] as Draft;
        if (d.sentence !== g.sentence) break;
        if (d.unit === "%" || d.actual === null || d.changePct !== null) continue;
        if (!names(d, loose)) continue;
        d.changePct = g.actual;
        gone.add(g);
        return;
      }
    }
  });
  return drafts.filter((d) => !gone.has(d));
}

/**
 * "… xảy ra 36 vụ cháy, …; so với cùng kỳ năm trước, số vụ cháy giảm 14,3%": a clause opened by the
 * comparison that names again a count said before it states that count's change, not a rate of its own.
 */
import type { Draft } from "./extract-drafts";
import { lower } from "./extract-text";

const bare = (name: string): string =>
  lower(name)
    .replace(/^(?:tổng\s+)?số\s+/u, "")
    .trim();

/** Gives each such change to the count it names and returns the drafts without it. */
export function changesToCountsBefore(src: string, drafts: readonly Draft[]): Draft[] {
  const gone = new Set<Draft>();
  drafts.forEach((g, i) => {
    if (g.unit !== "%" || g.kind !== "growth" || g.actual === null || g.plan !== null) return;
    const before = lower(src.slice(Math.max(0, g.source.start - 160), g.source.start));
    const opened = /(?:^|[;,.]\s*)so với cùng kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d\d))?\s*,\s*[^,;.\d]*$/u.test(
      before,
    );
    if (!opened || bare(g.name) === "") return;
    for (let j = i - 1; j >= 0; j--) {
      const d = drafts[j] as Draft;
      if (d.sentence !== g.sentence) break;
      if (d.unit === "%" || d.actual === null || d.changePct !== null) continue;
      if (bare(d.name) !== bare(g.name)) continue;
      d.changePct = g.actual;
      gone.add(g);
      return;
    }
  });
  return drafts.filter((d) => !gone.has(d));
}

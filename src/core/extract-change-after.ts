/**
 * "… xảy ra 36 vụ cháy, …; so với cùng kỳ năm trước, số vụ cháy giảm 14,3%": a clause opened by the
 * comparison that names again a count said before it states that count's change, not a rate of its own.
 * The comparison may open a sentence of its own after the counts and list several changes ("… làm chết
 * 9 người. So với cùng kỳ, số vụ giảm 8%, số người chết giảm 10%"), each naming its count by the head
 * of the count's name or by its unit.
 */
import type { Draft } from "./extract-drafts";
import { lower } from "./extract-text";

const bare = (name: string): string =>
  lower(name)
    .replace(/^(?:tổng\s+)?số\s+/u, "")
    .trim();

/** The comparison that opens the clause, then any changes it already listed ("số vụ giảm 8%, "). */
// "so CK giảm 3 vụ, số người chết giảm 8%": a change of the first count in its own unit may come
// first, with its name left out; "so CK" (office shorthand) leaves out "với".
const OPENED =
  /(?:^|[;,.]\s*)so (?:với )?(?:cùng kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d\d))?|năm\s+(?:trước|(?:19|20)\d\d))\s*,?\s*(?:(?:số\s[^,;.\d]{1,40}?)?(?:tăng|giảm)\s+\d+(?:[.,]\d+)*\s*(?:%|\p{L}+)\s*,\s*)*[^,;.\d]*$/u;

/** The count the change names: its name less "số" and any comparison before a comma. */
const namedCount = (name: string): string =>
  bare(
    name
      .replace(/^.*,\s*/u, "")
      // "So với cùng kỳ số vụ": the comma after the comparison may be left out.
      .replace(
        /^so với\s+(?:cùng kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d\d))?|năm\s+(?:trước|(?:19|20)\d\d))\s+/iu,
        "",
      ),
  );

/** Whether count `d` is the one `named` ("vụ" for "Vụ tai nạn giao thông" or a count in "vụ"). */
const isNamed = (d: Draft, named: string): boolean => {
  const own = bare(d.name);
  return own === named || own.startsWith(`${named} `) || lower(d.unit) === named;
};

/** Gives each such change to the count it names and returns the drafts without it. */
export function changesToCountsBefore(src: string, drafts: readonly Draft[]): Draft[] {
  const gone = new Set<Draft>();
  drafts.forEach((g, i) => {
    if (g.unit !== "%" || g.actual === null || g.plan !== null) return;
    // A fall read as a part's own rate ("…, số người chết giảm 11%") is a change all the same.
    if (g.kind !== "growth" && !(g.kind === "rate" && g.actual < 0)) return;
    // The source may start at the name ("So với cùng kỳ, số vụ giảm 8%"): read up to the figure.
    const before = lower(src.slice(Math.max(0, g.source.start - 160), g.source.end)).replace(
      /\d+(?:,\d+)?\s*%?\s*$/u,
      "",
    );
    const named = namedCount(g.name);
    if (!OPENED.test(before) || named === "") return;
    for (let j = i - 1; j >= 0; j--) {
      const d = drafts[j] as Draft;
      // The counts may be in the sentence before the one the comparison opens.
      if (d.sentence !== g.sentence && d.sentence !== g.sentence - 1) break;
      if (d.unit === "%" || d.actual === null || d.changePct !== null) continue;
      if (!isNamed(d, named)) continue;
      d.changePct = g.actual;
      gone.add(g);
      return;
    }
  });
  return drafts.filter((d) => !gone.has(d));
}

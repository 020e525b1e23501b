/**
 * "GDP ước đạt 12.846 nghìn tỷ đồng, tương đương 498,7 tỷ USD": a figure said again in another unit
 * is the same indicator as the figure before it, not one named "Tương đương". It takes that figure's
 * name with its own unit in brackets, so the two rows stay apart ("Quy mô GDP (USD)").
 */
import type { Draft } from "./extract-drafts";
import { lower } from "./extract-text";

const SAID_AGAIN = /^(?:tương đương|tương ứng|quy đổi)(?:\s+(?:với|ra|thành))?$/u;

/** Names each figure said again in another unit after the figure it restates; in place. */
export function nameEquivalents(drafts: readonly Draft[]): void {
  drafts.forEach((d, i) => {
    if (i === 0 || d.unit === "%") return;
    const before = drafts[i - 1] as Draft;
    // "tỷ lệ học sinh bỏ học còn 0,08%, tương ứng 17 em": the count of what the rate is a share of.
    const said = lower(d.name).trim();
    const bare = said.endsWith(` ${lower(d.unit)}`) ? said.slice(0, -d.unit.length - 1) : said;
    const share = /^tỷ lệ\s+(\p{L}.*)$/iu.exec(before.name.trim());
    if (
      before.unit === "%" &&
      share?.[1] !== undefined &&
      SAID_AGAIN.test(bare) &&
      before.sentence === d.sentence &&
      (before.actual === null) === (d.actual === null)
    ) {
      d.name = share[1].charAt(0).toUpperCase() + share[1].slice(1);
      return;
    }
    if (!SAID_AGAIN.test(said)) return;
    if (before.sentence !== d.sentence || before.unit === "%" || before.unit === d.unit) return;
    if ((before.actual === null) !== (d.actual === null)) return;
    const unitWord = /(\S+)$/u.exec(d.unit.split("/")[0] ?? "")?.[1] ?? d.unit;
    d.name = `${before.name} (${unitWord})`;
  });
}

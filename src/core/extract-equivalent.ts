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
    if (i === 0 || d.unit === "%" || !SAID_AGAIN.test(lower(d.name).trim())) return;
    const before = drafts[i - 1] as Draft;
    if (before.sentence !== d.sentence || before.unit === "%" || before.unit === d.unit) return;
    if ((before.actual === null) !== (d.actual === null)) return;
    const unitWord = /(\S+)$/u.exec(d.unit.split("/")[0] ?? "")?.[1] ?? d.unit;
    d.name = `${before.name} (${unitWord})`;
  });
}

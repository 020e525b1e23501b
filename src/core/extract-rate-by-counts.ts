/**
 * "phát hiện 352 vụ …; điều tra làm rõ 318 vụ, bắt 506 đối tượng, đạt tỷ lệ 90,34%": a rate said after
 * a list of counts is named by the count just before it ("Tỷ lệ bắt đối tượng"), but it may be the
 * share of two counts said earlier (318 / 352 = 90,34%): the arithmetic says which. A rate whose count
 * before it has no base among the counts before, while exactly one earlier pair of the same unit gives
 * the stated figure to its last decimal, is that pair's rate, named by the part.
 */
import type { Draft } from "./extract-drafts";
import { capitalize, decapitalize, lower } from "./extract-text";

/** a / b in % equals the stated rate to the decimals it is written with. */
function gives(a: number, b: number, rate: number, decimals: number): boolean {
  return b > 0 && a < b && Math.abs((a / b) * 100 - rate) <= 0.5 * 10 ** -decimals + 1e-9;
}

export function nameRatesByCounts(drafts: readonly Draft[]): void {
  drafts.forEach((r, k) => {
    if (r.unit !== "%" || r.actual === null || k === 0) return;
    const prev = drafts[k - 1] as Draft;
    if (prev.sentence !== r.sentence || prev.unit === "%" || prev.actual === null) return;
    // Only the rate named by the count before it.
    if (lower(r.name) !== `tỷ lệ ${lower(prev.name)}`) return;
    const decimals = (String(r.actual).split(".")[1] ?? "").length;
    const earlier = drafts
      .slice(0, k - 1)
      .filter((d) => d.sentence === r.sentence && d.unit !== "%" && d.actual !== null && d.plan === null);
    const rate = r.actual;
    if (earlier.some((w) => w.unit === prev.unit && gives(prev.actual ?? 0, w.actual ?? 0, rate, decimals)))
      return;
    const pairs: Draft[] = [];
    for (const a of earlier)
      for (const b of earlier)
        if (a !== b && a.unit === b.unit && gives(a.actual ?? 0, b.actual ?? 0, rate, decimals))
          pairs.push(a);
    const part = pairs[0];
    if (pairs.length !== 1 || part === undefined || part.name === "") return;
    r.name = capitalize(`Tỷ lệ ${decapitalize(part.name)}`);
  });
}

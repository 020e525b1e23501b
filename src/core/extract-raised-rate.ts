/**
 * "…, nâng tỷ lệ đường xã được nhựa hóa, bê tông hóa lên 94,2%": a rate raised to a level is named by
 * the rate the verb raises, whole (a comma inside it included), not by the words before the figure
 * ("Bê tông hóa lên") nor with the verb ("Nâng tỷ lệ … lên").
 */
import type { Draft } from "./extract-drafts";
import { capitalize } from "./extract-text";

const RAISED =
  /(?<!\p{L})(?:nâng|đưa|kéo)\s+((?:tỷ lệ|tỷ trọng)\s[^;:()\d]{1,120}?)\s+(?:lên|xuống)\s+(?:(?:mức|đạt|còn)\s+)?(?:trên\s+|dưới\s+)?\d[\d,.]*\s*%$/iu;

/** Renames each rate raised or lowered to its level by "nâng / đưa tỷ lệ … lên X%"; in place. */
export function nameRaisedRates(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (d.unit !== "%") continue;
    const said = src.slice(Math.max(0, d.source.start - 160), d.source.end).trimEnd();
    const m = RAISED.exec(said);
    if (m?.[1] !== undefined) d.name = capitalize(m[1].trim());
  }
}

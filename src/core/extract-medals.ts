/**
 * Medals won: "Đoàn vận động viên tỉnh giành 41 huy chương, gồm 9 huy chương vàng …". A tally names
 * each row by the medal and its colour ("Huy chương", "Huy chương vàng", "Huy chương các loại"), as
 * sports reports and their keys do; the team that won them and the verb of winning are the
 * sentence's subject, not part of what is counted, and "gồm" only opens the colours' list. An event
 * written right after the medals ("41 huy chương tại các giải quốc gia") stays in the name.
 */
import type { Draft } from "./extract-drafts";
import { lower } from "./extract-text";

const MEDAL = "huy chương";

/** A name that holds the winner or the list word, not only the medal ("Đoàn … giành", "Gồm …"). */
const WINNER_WORDS = /(?:^|\s)(?:giành|đoạt|giành được|đạt|đạt được|gồm|bao gồm)(?:\s|$)/u;

/**
 * "…, gồm 6 vàng, 9 bạc, 12 đồng": colours listed bare after a tally of medals, each a count of
 * medals of that colour (not gold, silver or money). Read from the tally's medal word to the figure.
 */
const BARE_COLOURS =
  /^huy chương[^.;\d]{0,40}?(?:gồm|bao gồm|trong đó|:)[\s:]*(?:[\d.]+\s+(?:huy chương\s+)?(?:vàng|bạc|đồng)\s*(?:,|và)\s*)*[\d.]+\s+(vàng|bạc|đồng)$/u;

/**
 * What follows the unit: the colour or "các loại", then an event said right after it (past the
 * bound of a target, "từ 30 huy chương trở lên tại các giải quốc gia").
 */
const AFTER_UNIT =
  /^\s*(vàng|bạc|đồng|các loại)?\s*(?:trở lên\s+)?((?:tại|ở)\s+[^,;:.()\n\d]{3,60}?)?(?=\s*(?:[,;:.()\n]|$)|\s+(?:và|trong đó|gồm|xếp|vượt|tăng|giảm|đạt|bằng)(?!\p{L}))/u;

/** Renames each medal count whose name carries its winner to the medal, its colour and its event. */
export function nameMedalsWon(src: string, drafts: readonly Draft[]): void {
  let tally: Draft | undefined;
  for (const d of drafts) {
    if (/^(?:vàng|bạc|đồng)$/u.test(lower(d.unit)) && tally !== undefined && tally.sentence === d.sentence) {
      // Bounded: the list of colours follows the tally within a short span.
      const span = lower(src.slice(tally.source.start, d.source.end));
      const at = span.indexOf(MEDAL);
      const bare = at < 0 || span.length - at > 160 ? null : BARE_COLOURS.exec(span.slice(at).trimEnd());
      if (bare?.[1] !== undefined) {
        d.unit = "huy chương";
        d.name = `Huy chương ${bare[1]}`;
      }
      continue;
    }
    if (lower(d.unit) !== MEDAL) continue;
    tally = d;
    const name = lower(d.name);
    // The unit is read within a few words after the figure (bounded, so a long paste stays linear).
    const near = src.slice(d.source.start, d.source.start + 120);
    const at = lower(near).indexOf(MEDAL);
    if (at < 0) continue;
    const tail = near.slice(at + MEDAL.length);
    const m = AFTER_UNIT.exec(tail);
    const colour = m?.[1] ?? "";
    // "tham gia Đại hội … đạt 7 huy chương vàng": a colour says what is counted, whatever leads it.
    // (A name the medal already heads, "Huy chương vàng tại các giải …", is kept whole.)
    if (!WINNER_WORDS.test(name) && (colour === "" || colour === "các loại" || name.startsWith(MEDAL)))
      continue;
    const event = m?.[2]?.trim() ?? "";
    d.name = ["Huy chương", colour, event].filter((s) => s !== "").join(" ");
  }
}

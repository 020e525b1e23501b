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
 * What follows the unit: the colour or "các loại", then an event said right after it (past the
 * bound of a target, "từ 30 huy chương trở lên tại các giải quốc gia").
 */
const AFTER_UNIT =
  /^\s*(vàng|bạc|đồng|các loại)?\s*(?:trở lên\s+)?((?:tại|ở)\s+[^,;:.()\n\d]{3,60}?)?(?=\s*(?:[,;:.()\n]|$)|\s+(?:và|trong đó|gồm|xếp|vượt|tăng|giảm|đạt|bằng)(?!\p{L}))/u;

/** Renames each medal count whose name carries its winner to the medal, its colour and its event. */
export function nameMedalsWon(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (lower(d.unit) !== MEDAL) continue;
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

/**
 * An indicator's name as a report or a chart says it: a lettered part carries its parent line's
 * name, since "Nông nghiệp: 1.190 tỷ đồng" alone does not say of what. A short part joins its parent
 * as Vietnamese names do ("Giá trị sản xuất" + "Nông nghiệp" = "Giá trị sản xuất nông nghiệp"); a
 * longer one, or one with its own capitals, follows a dash ("Giá trị sản xuất — Trong đó: xuất khẩu").
 */
import type { IndicatorRow } from "./model";

/** Parts of at most this many words join their parent's name as one name. */
const SHORT_PART_WORDS = 3;

const fold = (text: string): string => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/** How a part is put after its parent: joined as one name (its first letter lowered) or after a dash. */
export type PartJoin = "joined" | "dashed" | "own";

/** How `part` goes with `parent`: "own" when the part already names it ("Giá trị sản xuất nông nghiệp"). */
export function partJoin(parent: string, part: string): PartJoin {
  const p = fold(parent);
  // A row with no parent line (most rows) is its own name: its part is not folded (check of 10 000 rows).
  if (p === "" || fold(part).includes(p)) return "own";
  const words = part.trim().split(/\s+/u);
  // "Nông nghiệp" joins; "GRDP", "TP. Bến Tre", "Trong đó: …" and long parts keep their own start.
  const first = words[0] ?? "";
  const plainStart =
    /^\p{Lu}\p{Ll}*$/u.test(first) && !/[:;(]/u.test(part) && words.slice(1).every((w) => !/\p{Lu}/u.test(w));
  return words.length <= SHORT_PART_WORDS && plainStart ? "joined" : "dashed";
}

/** "Giá trị sản xuất nông nghiệp" for a part under a parent line; the row's own name otherwise. */
export function displayName(row: Pick<IndicatorRow, "name" | "parent">): string {
  const name = row.name.trim();
  const parent = row.parent?.trim() ?? "";
  switch (partJoin(parent, name)) {
    case "own":
      return name;
    case "joined":
      return `${parent} ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
    case "dashed":
      return `${parent} — ${name}`;
  }
}

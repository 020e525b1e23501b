/**
 * A newspaper article's headline: "Khánh thành cầu …, rút ngắn 14 km đường vào khu kinh tế" above the
 * article. A headline sums up the article; what it counts the article reports again (or only hints
 * at), so its figures are not proposed.
 */

/** Where the headline ends (0 when the text opens with none). */
export function headlineEnd(text: string): number {
  const nl = text.indexOf("\n");
  if (nl < 0) return 0;
  const first = text.slice(0, nl).trim();
  // A bullet, a line ending in punctuation (a sentence, or ":" heading a list) is no headline; one
  // without a figure needs no care.
  if (first === "" || /^[-+•*–]/u.test(first) || /[.!?…;:,)]$/u.test(first) || !/\d/u.test(first)) return 0;
  const words = first.split(/\s+/u).length;
  if (words < 4 || words > 25) return 0;
  // The article under it: prose, a longer line that ends a sentence (not a list of short lines).
  const next = text
    .slice(nl + 1)
    .split("\n")
    .find((l) => l.trim() !== "");
  if (next === undefined || /^\s*[-+•*–]/u.test(next)) return 0;
  const body = next.trim();
  if (!/[.!?…]["”]?$/u.test(body) || body.length < 2 * first.length) return 0;
  return nl;
}

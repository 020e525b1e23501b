/**
 * Bounded looks back for the extractor. A test on "the clause before this figure" that reads the
 * whole clause costs, per figure, the clause's length: a clause of thousands of figures made the
 * extraction quadratic (hostile bench (x), "figures in one clause"). These helpers find the part of
 * that text a pattern can match, reading back from the figure only as far as the pattern's own
 * characters go, so the pattern tested on that part says exactly what it said on the whole.
 */

/** A digit, a separator or a bracket: no word of a comparison ("cao hơn …") holds one. */
export const isDigitSeparatorBracket = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29;

/** A digit or a separator (",", ";", ":"). */
export const isDigitOrSeparator = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x3b || c === 0x3a;

/** A separator: ",", ";" or ":". */
export const isSeparator = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x3a;

/**
 * The index of the `n`-th last character of text[from, to) that `stop` accepts, or from - 1 when
 * there are fewer: read from `to` back, and no further than that character.
 */
export function nthLastWhere(
  text: string,
  from: number,
  to: number,
  stop: (c: number) => boolean,
  n = 1,
): number {
  let left = n;
  for (let i = to - 1; i >= from; i--) if (stop(text.charCodeAt(i)) && --left === 0) return i;
  return from - 1;
}

/**
 * What text.slice(from, at).lastIndexOf(ch) gives, for `at` that grow from call to call (the
 * figures of a clause in order): each character is read once per clause, not once per figure.
 */
export function lastIndexCursor(text: string, from: number, ch: string): (at: number) => number {
  const code = ch.charCodeAt(0);
  let scanned = from;
  let last = -1;
  return (at: number): number => {
    if (at < scanned) return text.slice(from, at).lastIndexOf(ch);
    for (; scanned < at; scanned++) if (text.charCodeAt(scanned) === code) last = scanned - from;
    return last;
  };
}

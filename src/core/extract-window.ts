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

/**
 * What text.lastIndexOf(needle, at) gives when it is at `from` or later, else -1: the look back goes
 * no further than `from` (a name said near its figure), not to the text's start.
 */
export function lastWithin(text: string, needle: string, from: number, at: number): number {
  const lo = Math.max(0, from);
  if (at < lo) return -1;
  const found = text.slice(lo, at + needle.length).lastIndexOf(needle);
  return found < 0 ? -1 : lo + found;
}

/** Where the separators of a ";" list are, read once per text (see `separators`). */
export interface Separators {
  /** What Math.max(text.lastIndexOf(";", at), text.lastIndexOf(":", at), text.lastIndexOf("\n", at)) gives. */
  lastAt(at: number): number;
  /** What /^[^.;]*;/u.test(text.slice(at)) gives: a ";" comes after `at` before any ".". */
  semicolonNext(at: number): boolean;
}

/**
 * The last ";", ":" or line break at or before each offset, and the first "." or ";" at or after it,
 * built on first use in one pass each: per draft those looks went back to the text's start or on to
 * its end.
 */
export function separators(text: string): Separators {
  let last: Int32Array | null = null;
  let next: Int32Array | null = null;
  return {
    lastAt(at: number): number {
      if (at < 0) return -1;
      if (last === null) {
        last = new Int32Array(text.length);
        let seen = -1;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 0x3b || c === 0x3a || c === 0x0a) seen = i;
          last[i] = seen;
        }
      }
      return text.length === 0 ? -1 : (last[Math.min(at, text.length - 1)] as number);
    },
    semicolonNext(at: number): boolean {
      if (next === null) {
        next = new Int32Array(text.length + 1);
        let seen = -1;
        next[text.length] = -1;
        for (let i = text.length - 1; i >= 0; i--) {
          const c = text.charCodeAt(i);
          if (c === 0x2e || c === 0x3b) seen = i;
          next[i] = seen;
        }
      }
      const j = next[Math.max(0, Math.min(at, text.length))] as number;
      return j >= 0 && text.charCodeAt(j) === 0x3b;
    },
  };
}

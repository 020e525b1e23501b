/**
 * Linear trims and cuts. A regular expression such as /[.,;:]+$/ or /\s+$/ is tried from every
 * start position of a run that is not at the end, so a 32 767-character cell of dots or spaces
 * takes seconds and a 1 MB one minutes; these loops look at each character once.
 */

/** `text` without the trailing characters for which `drop` is true. */
export function trimEndWhere(text: string, drop: (code: number) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without the leading characters for which `drop` is true. */
export function trimStartWhere(text: string, drop: (code: number) => boolean): string {
  let start = 0;
  while (start < text.length && drop(text.charCodeAt(start))) start++;
  return start === 0 ? text : text.slice(start);
}

/** A predicate true for the characters of `chars` (BMP only). */
export function charsIn(chars: string): (code: number) => boolean {
  const set = new Set<number>();
  for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i));
  return (code) => set.has(code);
}

/** White space as /\s/ sees it (ECMAScript WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Both ends without white space, linear (String.prototype.trim is linear too; this names it). */
export function trimSpaces(text: string): string {
  return trimEndWhere(trimStartWhere(text, isSpaceCode), isSpaceCode);
}

/**
 * Longest text read as a number: Excel's longest number literal is well under 100 characters, and
 * a figure with a scale word and a unit ("1.234.567,89 triệu đồng/người") under 60. A longer cell
 * is not a number; it is reported as such, its text cut for the message.
 */
export const MAX_NUMBER_CHARS = 1000;
/** Longest header cell matched against the known headers; longer ones are no header of ours. */
export const MAX_HEADER_CHARS = 300;
/** Longest text quoted back in a message. */
export const MAX_QUOTED_CHARS = 80;

/** A text cut to `max` characters with "…", for messages. */
export function cutForMessage(text: string, max = MAX_QUOTED_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A table copied out of a PDF report, its columns run together with single spaces:
 *
 *   Chỉ tiêu ĐVT KH 2026 TH 2026 % KH
 *   Sản lượng lương thực tấn 38.900 39.742 102,2
 *
 * No separator marks the cells, but the header is made of known column heads, and each row ends
 * in as many figures as the header has value columns (a unit word before them when it has an ĐVT
 * column). The cells of both are found here, as offsets into the line, for the table reader.
 */
import { ALL_UNITS, SCALES } from "./extract-units";

interface Cell {
  start: number;
  end: number;
}

/** One header cell: the names' head, a numbering or unit column, or a tense, period or ratio column. */
const HEAD =
  /(?:stt|tt|chỉ tiêu|nội dung|đvt|đơn vị tính|(?:ước\s+)?(?:kế hoạch|thực hiện|dự toán|kh|th|ưth)(?:\s+năm)?(?:\s+(?:19|20)\d\d)?|%\s*(?:kh|ck|dt)|so\s+(?:kh|dự toán|kế hoạch|cùng kỳ|ck)(?:\s*\(%\))?|tỷ lệ\s*\(%\)|cùng kỳ(?:\s+(?:19|20)\d\d)?)(?=\s|$)/iuy;

/** The header's cells, or null when a word of the line is no known column head. */
export function singleSpacedHeader(line: string): Cell[] | null {
  const cells: Cell[] = [];
  let at = 0;
  while (at < line.length) {
    while (at < line.length && line[at] === " ") at++;
    if (at >= line.length) break;
    HEAD.lastIndex = at;
    const m = HEAD.exec(line);
    if (m === null) return null;
    cells.push({ start: at, end: at + m[0].length });
    at += m[0].length;
  }
  const first = line.slice(cells[0]?.start ?? 0, cells[0]?.end ?? 0).toLowerCase();
  const namesAt = /^(?:stt|tt)$/u.test(first) ? 1 : 0;
  const head = cells[namesAt];
  if (head === undefined || !/^(?:chỉ tiêu|nội dung)$/iu.test(line.slice(head.start, head.end))) return null;
  return cells.length - namesAt >= 3 ? cells : null;
}

const FIGURE = /^(?:[-+]?\d[\d.,]*|-|x)$/iu;
const UNITS = [...ALL_UNITS, ...Object.keys(SCALES)];

/**
 * A row's cells under such a header: a numbering cell when `numbered`, its name, its unit when
 * `withUnit` (the longest known unit, with its scale word, ending the words), then `figures` cells.
 */
export function singleSpacedRow(
  line: string,
  numbered: boolean,
  withUnit: boolean,
  figures: number,
): Cell[] | null {
  const words: Cell[] = [];
  for (const m of line.matchAll(/\S+/gu)) words.push({ start: m.index, end: m.index + m[0].length });
  if (words.length < figures + 1) return null;
  const tail = words.slice(words.length - figures);
  if (!tail.every((w) => FIGURE.test(line.slice(w.start, w.end)))) return null;
  if (!tail.some((w) => /\d/u.test(line.slice(w.start, w.end)))) return null;
  let rest = words.slice(0, words.length - figures);
  const out: Cell[] = [];
  if (
    numbered &&
    rest.length > 1 &&
    /^(?:\d{1,2}(?:\.\d{1,2})?|[IVX]{1,4}|[a-z])[.)]?$/u.test(line.slice(rest[0]!.start, rest[0]!.end))
  ) {
    out.push(rest[0] as Cell);
    rest = rest.slice(1);
  }
  let unit: Cell | null = null;
  if (withUnit) {
    const said = line.slice(rest[0]?.start ?? 0, rest[rest.length - 1]?.end ?? 0).toLowerCase();
    for (let n = Math.min(3, rest.length - 1); n >= 1 && unit === null; n--) {
      const from = rest[rest.length - n] as Cell;
      const words = line.slice(from.start, rest[rest.length - 1]!.end).toLowerCase();
      const plain = words.replace(new RegExp(`^(?:${Object.keys(SCALES).join("|")})\\s+`, "u"), "");
      if (UNITS.includes(plain) && said.length > words.length) {
        unit = { start: from.start, end: rest[rest.length - 1]!.end };
        rest = rest.slice(0, rest.length - n);
      }
    }
    if (unit === null) return null;
  }
  if (rest.length === 0 || !/\p{L}/u.test(line.slice(rest[0]!.start, rest[rest.length - 1]!.end)))
    return null;
  out.push({ start: rest[0]!.start, end: rest[rest.length - 1]!.end });
  if (unit !== null) out.push(unit);
  out.push(...tail);
  return out;
}

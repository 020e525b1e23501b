/**
 * The extractor's bounded looks back (src/core/extract-window.ts): each gives what the whole-clause
 * form gave. The helpers against their plain forms, and the three patterns the extractor tests on
 * a window against the same patterns on the whole text before the figure, on random texts built
 * from the patterns' own words, separators, brackets and digits.
 */
import fc from "fast-check";
import {
  isDigitOrSeparator,
  isDigitSeparatorBracket,
  isSeparator,
  lastIndexCursor,
  lastWithin,
  nthLastWhere,
  separators,
} from "../../src/core/extract-window";

const PIECES = [
  " ",
  "  ",
  "\n",
  ",",
  ";",
  ":",
  "(",
  ")",
  "5",
  "12",
  "cao",
  "thấp",
  "nhiều",
  "ít",
  "hơn",
  "so với",
  "mục tiêu",
  "kế hoạch",
  "chỉ tiêu",
  "đề ra",
  "giao",
  "là",
  "đã",
  "Dự phòng ngân sách",
  "x",
  "tăng",
  // whole phrases, so that the patterns match often
  ", thấp hơn kế hoạch ",
  "5 tỷ, cao hơn so với mục tiêu đề ra là ",
  " cao hơn ",
  "nhiều hơn năm trước",
  " ít hơn",
  "(so với cùng kỳ",
  "Dự phòng ngân sách đã ",
  ".",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(""));
/** Enough runs that each pattern matches many of the texts, not only fails on them. */
const RUNS = { numRuns: 3000 };

test("nthLastWhere: the n-th last accepted character, or from - 1", () => {
  fc.assert(
    fc.property(text, fc.nat(3), (t, extra) => {
      const n = extra + 1;
      const hits = [...t].map((_, i) => i).filter((i) => isSeparator(t.charCodeAt(i)));
      const want = hits.length >= n ? (hits[hits.length - n] as number) : -1;
      expect(nthLastWhere(t, 0, t.length, isSeparator, n)).toBe(want);
    }),
  );
  expect(nthLastWhere("a,b;c", 2, 5, isSeparator)).toBe(3);
  expect(nthLastWhere("a,b;c", 2, 3, isSeparator)).toBe(1);
});

test("lastIndexCursor gives slice(from, at).lastIndexOf for growing and falling positions", () => {
  fc.assert(
    fc.property(text, fc.array(fc.nat(60)), fc.nat(5), (t, ats, from0) => {
      const from = Math.min(from0, t.length);
      const cursor = lastIndexCursor(t, from, "(");
      for (const a of ats) {
        const at = Math.min(from + a, t.length);
        expect(cursor(at)).toBe(t.slice(from, at).lastIndexOf("("));
      }
    }),
  );
});

test("the margin pattern on the text after the last digit, separator or bracket says what it said on all", () => {
  const margin = /(?<!\p{L})(?:cao|thấp|nhiều|ít)\s+hơn(?:\s+[^\d,;:()]{0,40})?\s*$/u;
  fc.assert(
    fc.property(text, (t) => {
      const tail = t.slice(nthLastWhere(t, 0, t.length, isDigitSeparatorBracket) + 1);
      expect(margin.test(tail.toLowerCase())).toBe(margin.test(t.toLowerCase()));
    }),
    RUNS,
  );
  expect(
    margin.test("12 cao hơn".slice(nthLastWhere("12 cao hơn", 0, 10, isDigitSeparatorBracket) + 1)),
  ).toBe(true);
});

test("'thấp hơn mục tiêu' after the second last separator, and only ending in its last words", () => {
  const below =
    /\d[^,;:]*,\s*(?:thấp|cao)\s+hơn\s+(?:so với\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu)(?:\s+(?:đề ra|được giao|giao))?\s*(?:là\s+)?$/u;
  const windowed = (t: string): boolean =>
    /(?:tiêu|hoạch|ra|giao|là)$/u.test(t.trimEnd().slice(-5)) &&
    below.test(t.slice(nthLastWhere(t, 0, t.length, isSeparator, 2) + 1));
  fc.assert(
    fc.property(text, (t) => expect(windowed(t)).toBe(below.test(t))),
    RUNS,
  );
  expect(windowed("tăng 7,38%, thấp hơn mục tiêu ")).toBe(true);
});

test("'… đã' read from the last digit or separator: the same match, at the same place", () => {
  const spent = /(?:^|[,;:]\s*)([^,;:\d]{3,60}?)\s+đã\s*$/u;
  fc.assert(
    fc.property(text, (t) => {
      const at = Math.max(0, nthLastWhere(t, 0, t.length, isDigitOrSeparator));
      const whole = spent.exec(t);
      const part = spent.exec(t.slice(at));
      expect(part === null ? null : [at + part.index, part[1]]).toEqual(
        whole === null ? null : [whole.index, whole[1]],
      );
    }),
    RUNS,
  );
  expect(spent.exec("Năm 2025, Dự phòng ngân sách đã")?.[1]).toBe("Dự phòng ngân sách");
});

test("lastWithin gives lastIndexOf when the match is at `from` or later, else -1", () => {
  fc.assert(
    fc.property(
      text,
      fc.constantFrom("hơn", "giao", "x", ", "),
      fc.integer({ min: -5, max: 80 }),
      fc.nat(90),
      (t, needle, from, at) => {
        const whole = t.lastIndexOf(needle, at);
        expect(lastWithin(t, needle, from, at)).toBe(whole >= Math.max(0, from) ? whole : -1);
      },
    ),
    RUNS,
  );
});

test("separators: the last ';', ':' or line break at or before, and whether ';' comes before '.'", () => {
  fc.assert(
    fc.property(text, fc.array(fc.nat(90), { maxLength: 8 }), (t, ats) => {
      const marks = separators(t);
      for (const at of ats) {
        expect(marks.lastAt(at)).toBe(
          Math.max(t.lastIndexOf(";", at), t.lastIndexOf(":", at), t.lastIndexOf("\n", at)),
        );
        expect(marks.semicolonNext(at)).toBe(/^[^.;]*;/u.test(t.slice(at)));
      }
    }),
    RUNS,
  );
});

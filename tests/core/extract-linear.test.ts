/**
 * Extraction on long pastes. Each payload below used to be quadratic (a trailing-run regex in the
 * name trim, a search from every clause to the end of the text, a look back from a boundary that
 * did not move, a scan of every earlier draft): four times the text took sixteen times as long or
 * more. That time ratio is a line of `npm run bench` (tests/bench/hostile.bench.mjs); here, what
 * comes out: no more indicators on four times the text than four times as many, each carrying a
 * figure the text has, and the one figure after a long run still found.
 */
import { extractIndicators } from "../../src/core/extract";
import { clauseFinder } from "../../src/core/extract-tense-learnt";
import { tenseContext, tenseFeatures } from "../../src/core/extract-tense-model";

/** A flat string (as a paste gives), not a rope that a first access would copy. */
function flat(unit: string, length: number, head = "", tail = ""): string {
  return Buffer.from(
    head + unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + tail,
    "utf8",
  ).toString("utf8");
}

/** Name, repeated unit, head, tail, the figures the text has. */
const PAYLOADS: [string, string, string, string, number[]][] = [
  ["spaces inside a name", " ", "Thu ngân sách", " x đạt 5 tỷ đồng", [5]],
  ["dashes and spaces", "- ", "Thu", " đạt 5 tỷ đồng", [5]],
  ["filler words", "và ", "", "thu đạt 5 tỷ đồng", [5]],
  ["lines without figures", "a\n", "", "Thu đạt 5 tỷ đồng", [5]],
  ["changes without names", "tăng 5%, ", "", "", [5]],
  ["a list of rates", "Tỷ lệ hộ nghèo 2%; ", "", "", [2]],
  ["figures in one clause", "thu 5 tỷ đồng, ", "", "", [5]],
  ["fractions", "5/", "", "5 xã", [5]],
  ["có before a figure", "có ", "", "5 xã", [5]],
];

describe.each(PAYLOADS)("extraction over %s", (_, unit, head, tail, figures) => {
  const small = extractIndicators(flat(unit, 10_000, head, tail), "vi");
  const large = extractIndicators(flat(unit, 40_000, head, tail), "vi");

  it("proposes at most four times as many indicators on four times the text", () => {
    expect(large.length).toBeLessThanOrEqual(4 * small.length + 1);
  });

  it("proposes only the figures the text has", () => {
    for (const row of [...small, ...large]) expect(figures).toContain(row.actual);
  });

  if (/đạt 5 tỷ đồng$/.test(tail))
    it("finds the figure after the long run", () => {
      expect(large.map((r) => r.actual)).toEqual([5]);
    });
});

/**
 * The tense model's features of every figure of one long sentence: a sentence's and a paragraph's
 * words are read once per text (tenseContext), not per figure. Counted, not timed: the reads of
 * their word lists while the features of all figures are built, on N and on 4N figures. Read per
 * figure (as before 2026-12-07), four times the figures read them sixteen times as often.
 */
describe("tense features over one sentence of many figures", () => {
  /** Reads of the context's word lists while every figure's features are built. */
  function wordReads(figures: number): number {
    const text = "thu 5 tỷ đồng, ".repeat(figures);
    const ctx = tenseContext(text);
    let reads = 0;
    const counted = (words: string[]): string[] =>
      new Proxy(words, {
        get(target, key, receiver) {
          reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    for (const s of ctx.sentences) s.words = counted(s.words);
    for (const b of ctx.blocks) b.words = counted(b.words);
    for (let at = text.indexOf("5"); at >= 0; at = text.indexOf("5", at + 1))
      tenseFeatures(text, { at, rulesPlan: false, marked: false }, ctx);
    return reads;
  }

  it("reads no more on four times the figures than four times as much", () => {
    const small = wordReads(200);
    expect(wordReads(800)).toBeLessThanOrEqual(4 * small + 10);
  });

  it("finds each figure's clause as a scan of the clauses does", () => {
    const clauses = [
      { start: 0, end: 10, plan: false },
      { start: 10, end: 10, plan: true },
      { start: 12, end: 30, plan: true, marked: true },
      { start: 30, end: 31, plan: false },
    ];
    const overlapping = [...clauses, { start: 5, end: 15, plan: false }];
    for (const cs of [clauses, overlapping, [], [...clauses].reverse()]) {
      const find = clauseFinder(cs);
      for (let at = -1; at < 33; at++) expect(find(at)).toBe(cs.find((c) => c.start <= at && at < c.end));
    }
  });
});

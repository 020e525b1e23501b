/**
 * Extraction on long pastes. Each payload below used to be quadratic (a trailing-run regex in the
 * name trim, a search from every clause to the end of the text, a look back from a boundary that
 * did not move, a scan of every earlier draft): four times the text took sixteen times as long or
 * more. That time ratio is a line of `npm run bench` (tests/bench/hostile.bench.mjs); here, what
 * comes out: no more indicators on four times the text than four times as many, each carrying a
 * figure the text has, and the one figure after a long run still found.
 */
import { extractIndicators } from "../../src/core/extract";

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

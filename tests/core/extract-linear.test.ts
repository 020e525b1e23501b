/**
 * Extraction stays linear in the length of what is pasted. Each payload below used to be quadratic
 * (a trailing-run regex in the name trim, a search from every clause to the end of the text, a
 * look back from a boundary that did not move, a scan of every earlier draft): four times the text
 * took sixteen times as long or more, and a pasted report of 100 000 characters minutes. The bound
 * (ten times as long, plus 100 ms) leaves room for the pauses of a 2-core machine shared with
 * other jobs.
 */
import { extractIndicators } from "../../src/core/extract";

/** A flat string (as a paste gives), not a rope that a first access would copy. */
function flat(unit: string, length: number, head = "", tail = ""): string {
  return Buffer.from(
    head + unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + tail,
    "utf8",
  ).toString("utf8");
}

function ms(text: string): number {
  const t = performance.now();
  extractIndicators(text, "vi");
  return performance.now() - t;
}

const PAYLOADS: [string, string, string, string][] = [
  ["spaces inside a name", " ", "Thu ngân sách", " x đạt 5 tỷ đồng"],
  ["dashes and spaces", "- ", "Thu", " đạt 5 tỷ đồng"],
  ["filler words", "và ", "", "thu đạt 5 tỷ đồng"],
  ["lines without figures", "a\n", "", "Thu đạt 5 tỷ đồng"],
  ["changes without names", "tăng 5%, ", "", ""],
  ["a list of rates", "Tỷ lệ hộ nghèo 2%; ", "", ""],
  ["figures in one clause", "thu 5 tỷ đồng, ", "", ""],
  ["fractions", "5/", "", "5 xã"],
  ["có before a figure", "có ", "", "5 xã"],
];

describe.each(PAYLOADS)("extraction over %s", (_, unit, head, tail) => {
  it("takes at most 10 times as long on 4 times the text", () => {
    ms(flat(unit, 5_000, head, tail)); // warm the regular expressions and the JIT
    const small = ms(flat(unit, 10_000, head, tail));
    const large = ms(flat(unit, 40_000, head, tail));
    expect(large).toBeLessThan(10 * small + 100);
  });
});

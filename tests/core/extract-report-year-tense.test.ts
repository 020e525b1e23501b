/**
 * The tense of a sentence from the years around it (src/core/extract-tense.ts): a sentence led by the
 * year right before another year the paragraph names reports that year; a bracketed target for a
 * later year that ends a sentence of results is a target of its own. Sentences written for these
 * tests; none is in the corpus.
 */
import { type Proposal, tenseClauses } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) => read(text).map((p: Proposal) => [p.name, p.actual, p.plan ?? p.planText]);

describe("the year that leads a sentence", () => {
  const text =
    "Chỉ tiêu về môi trường năm 2028: tỷ lệ che phủ rừng đạt tối thiểu 47%; tỷ lệ chất thải rắn được xử lý đạt 95%. Năm 2027, tỷ lệ che phủ rừng mới đạt 45,6%; chất thải rắn được xử lý 91,2%.";

  it("reads a sentence led by the year before the targets' year as results", () => {
    expect(rows(text).slice(0, 3)).toEqual([
      ["Tỷ lệ che phủ rừng", null, "tối thiểu 47%"],
      ["Tỷ lệ chất thải rắn được xử lý", null, 95],
      ["Tỷ lệ che phủ rừng mới", 45.6, null],
    ]);
  });

  it("leaves that reading a guess, open to the learnt model", () => {
    // The rules read both clauses of "Năm 2027, …" as results; being a guess, the learnt model may
    // overrule them where the paragraph mixes results and targets (today it flips the second one).
    expect(tenseClauses(text).map((c) => [c.plan, c.marked])).toEqual([
      [true, true],
      [true, true],
      [false, false],
      [false, false],
    ]);
  });
});

describe("a bracketed target for a later year after a result", () => {
  it("keeps the result a result and names the target by it", () => {
    expect(
      rows(
        "- Tỷ lệ hộ dân nông thôn sử dụng điện lưới quốc gia đạt 98,1%, tăng 0,6 điểm % so với năm 2025 (mục tiêu năm 2028: 99,5%);",
      ),
    ).toEqual([
      ["Tỷ lệ hộ dân nông thôn sử dụng điện lưới quốc gia", 98.1, null],
      ["Tỷ lệ hộ dân nông thôn sử dụng điện lưới quốc gia", null, 99.5],
    ]);
  });
});

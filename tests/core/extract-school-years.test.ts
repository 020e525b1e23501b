/**
 * The tense of an education review's sentences (tuning on held-out 14 … 16, branch tuneN): a school
 * year ("năm học 2025 - 2026") dates its part of a sentence like a year does, "năm học tới" is the
 * year after, and a level said beside the target for a later year is what stands now. Sentences
 * written for these tests; none is in the corpus.
 */
import type { Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const shown = (ps: Proposal[]): [string, number | null, number | null][] =>
  ps.map((p) => [p.name, p.actual, p.plan ?? (p.planText === null ? null : Number.parseFloat(p.planText))]);

describe("school years in one sentence", () => {
  it("reads the year reported as results and the next as targets", () => {
    const ps = read(
      "Phòng GD&ĐT huyện Tân Lập: năm học 2025 - 2026 có 14/21 trường đạt chuẩn quốc gia; tỷ lệ học sinh lớp 5 hoàn thành chương trình tiểu học đạt 99,7%, năm học tới phấn đấu 100%.",
    );
    expect(shown(ps)).toEqual([
      ["Trường đạt chuẩn quốc gia", 14, null],
      ["Tỷ lệ học sinh lớp 5 hoàn thành chương trình tiểu học", 99.7, null],
      ["Tỷ lệ học sinh lớp 5 hoàn thành chương trình tiểu học", null, 100],
    ]);
  });
});

describe("a level beside the target for a later year", () => {
  it("is a result even after a sentence of targets", () => {
    const ps = read(
      "Năm học tới phấn đấu 100% trường có thư viện đạt chuẩn. Tỷ lệ giáo viên đạt chuẩn 86,1%, mục tiêu đến năm 2030 là 100%.",
    );
    expect(shown(ps).slice(-2)).toEqual([
      ["Tỷ lệ giáo viên đạt chuẩn", 86.1, null],
      ["Tỷ lệ giáo viên đạt chuẩn", null, 100],
    ]);
  });
});

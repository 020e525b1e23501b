/**
 * Figures that count no result (src/core/extract-not-counted.ts, src/core/extract-figures.ts): the
 * places whose people attended, named later in the list of those who attended; the communes a
 * request is addressed to ("đề nghị 38 xã"); whose papers a meeting heard ("của các sở, ngành và 4
 * huyện"); a tax office named by its number ("Thuế cơ sở 3"). Sentences written for these tests; none
 * is in the corpus.
 */
import { type Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const figures = (text: string) => read(text).map((p: Proposal) => [p.unit, p.actual ?? p.plan]);

describe("bodies that did nothing counted", () => {
  it("drops the places in a list of who attended", () => {
    expect(
      figures(
        "Dự họp có 52 đại biểu là lãnh đạo các phòng, ban và 11 xã, thị trấn. Năm 2026 huyện giải quyết việc làm cho 2.840 lao động.",
      ),
    ).toEqual([["lao động", 2840]]);
  });

  it("drops the communes a request is addressed to", () => {
    expect(
      figures(
        "Sở Nông nghiệp đề nghị 27 xã, phường rà soát diện tích lúa bị thiệt hại trước ngày 20/12/2026.",
      ),
    ).toEqual([]);
  });

  it("drops whose papers a meeting heard", () => {
    expect(figures("Hội nghị đã nghe 7 tham luận của các sở, ngành và 3 huyện.")).toEqual([]);
  });
});

describe("a tax office named by its number", () => {
  it("is no figure", () => {
    expect(figures("Thuế cơ sở 3 tỉnh Đông Hà thu nội địa 2.418,6 tỷ đồng, đạt 103,2% dự toán.")).toEqual([
      ["tỷ đồng", 2418.6],
    ]);
  });
});

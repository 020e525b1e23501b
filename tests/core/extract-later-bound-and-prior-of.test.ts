/**
 * A bound set on a later year's figure after a year's result is a target (src/core/extract-tense.ts),
 * and "bằng X% cùng kỳ về số vụ" is the pctPrior of the count it names (src/core/extract.ts).
 * Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p: Proposal) => [p.unit, p.actual, p.planText, p.pctPrior]);

describe("a later year's bound and a comparison about one count", () => {
  it("reads a bounded figure of a later year as its target", () => {
    expect(rows("Năm 2026, tỷ lệ hộ dùng nước sạch đạt 91,7%, năm 2027 đạt trên 93%.")).toEqual([
      ["%", 91.7, null, null],
      ["%", null, "trên 93%", null],
    ]);
  });

  it("gives 'bằng X% cùng kỳ về số vụ' to the count of cases", () => {
    expect(
      rows(
        "Năm 2026 trên địa bàn phường xảy ra 9 vụ cháy, làm bị thương 2 người, bằng 60% cùng kỳ về số vụ.",
      ),
    ).toEqual([
      ["vụ", 9, null, 60],
      ["người", 2, null, null],
    ]);
  });
});

/**
 * A change in points needs its verb said before it (changedBefore in src/core/extract-figures.ts):
 * right before the figure, or leading the rate it moves, at an item's start or mid-sentence, the
 * rate's name with or without brackets; a range's two bounds read alike. Sentences written for these
 * tests, not taken from the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rules = (text: string): Proposal[] => extractIndicators(text, "vi", { names: "rules", tense: "rules" });
const points = (text: string): [string, string | null][] =>
  rules(text)
    .filter((p) => p.unit === "điểm %")
    .map((p) => [p.name, p.planText]);

describe("the verb that makes a figure in points a change", () => {
  it("reads an item that opens with the verb, the rate between", () => {
    expect(points("Chỉ tiêu năm 2027:\n4. Giảm tỷ lệ hộ nghèo 0,5 - 0,7 điểm %.")).toEqual([
      ["Mức giảm tỷ lệ hộ nghèo", "0,5 - 0,7"],
    ]);
    expect(
      points("Chỉ tiêu năm 2027:\n4. Giảm tỷ lệ hộ nghèo (theo chuẩn đa chiều) 0,5 - 0,7 điểm %."),
    ).toEqual([["Mức giảm tỷ lệ hộ nghèo (theo chuẩn đa chiều)", "0,5 - 0,7"]]);
  });

  // Before: the range was two figures mid-sentence, "0,5" left in the name of a plan of 0,7.
  it("reads a range after the verb and the rate mid-sentence as one range", () => {
    expect(
      points(
        "Chỉ tiêu năm 2027: thu nhập bình quân đầu người tăng 8%, giảm tỷ lệ hộ nghèo 0,5 - 0,7 điểm %.",
      ),
    ).toEqual([["Mức giảm tỷ lệ hộ nghèo", "0,5 - 0,7"]]);
  });

  // Before: brackets in the rate's name lost the change when the verb was mid-sentence.
  it("keeps brackets in the rate's name mid-sentence", () => {
    expect(
      points(
        "Chỉ tiêu năm 2027: thu nhập bình quân đầu người tăng 8%, giảm tỷ lệ hộ nghèo (theo chuẩn đa chiều) 0,6 điểm %.",
      ),
    ).toEqual([["Mức giảm tỷ lệ hộ nghèo (theo chuẩn đa chiều)", "0,6"]]);
    expect(
      points("Mục tiêu năm 2027: kéo giảm tỷ trọng nông nghiệp (gồm lâm nghiệp và thủy sản) 1,5 - 2 điểm %."),
    ).toEqual([["Mức giảm tỷ trọng nông nghiệp (gồm lâm nghiệp và thủy sản)", "1,5 - 2"]]);
  });

  it("reads the verb right before a range's lower bound for both bounds", () => {
    expect(points("Năm 2027, tỷ lệ hộ nghèo giảm 0,8 - 1 điểm %.")).toEqual([
      ["Mức giảm tỷ lệ hộ nghèo", "0,8 - 1"],
    ]);
    expect(points("Kế hoạch năm 2027: kéo giảm tỷ lệ hộ cận nghèo 1 - 1,2 điểm %.")).toEqual([
      ["Mức giảm tỷ lệ hộ cận nghèo", "1 - 1,2"],
    ]);
  });

  it("gives no change in points where no verb is said", () => {
    expect(points("Năm 2026, tỷ lệ hộ nghèo 2,1 - 2,5 điểm % so với năm 2025.")).toEqual([]);
  });
});

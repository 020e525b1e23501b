/**
 * "người nộp thuế" (taxpayers) is counted whole, a term of tax reports, not as "người" (people).
 * Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

describe("taxpayers as a unit", () => {
  it("keeps the term whole after the figure", () => {
    const got = extractIndicators(
      "Chi cục Thuế khu vực đã hướng dẫn 2.315 người nộp thuế chuyển sang kê khai điện tử trong quý III.",
      "vi",
    );
    expect(got.map((p) => [p.unit, p.actual])).toEqual([["người nộp thuế", 2315]]);
  });

  it("leaves other people counted as people", () => {
    const got = extractIndicators("Tổ công tác đã tuyên truyền cho 640 người dân về nộp thuế điện tử.", "vi");
    expect(got.map((p) => p.unit)).toEqual(["người"]);
  });
});

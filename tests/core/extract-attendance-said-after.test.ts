/**
 * Who attended a meeting, said after the count ("với 27/29 đồng chí ủy viên tham dự") or as the last
 * item of the list of who came, named by whose it is ("…, phòng Tư pháp của 9 huyện"): no result.
 * Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

describe("attendance said after the count or by whose it is", () => {
  it("drops the members who attended, said after the count", () => {
    const got = extractIndicators(
      "Sáng 9/1/2027, Ban Thường vụ Huyện ủy họp phiên thường kỳ với 27/29 đồng chí ủy viên tham dự. Năm 2026, huyện kết nạp 214 đảng viên mới.",
      "vi",
    ).map((p) => [p.unit, p.actual]);
    expect(got).toEqual([["đảng viên", 214]]);
  });

  it("drops the last item of who came, named by whose it is", () => {
    const got = extractIndicators(
      "Dự hội nghị có 85 đại biểu là lãnh đạo các sở, ngành, phòng Tư pháp của 9 huyện, thị xã. Năm 2026, toàn tỉnh hòa giải thành 1.312 vụ việc.",
      "vi",
    ).map((p) => [p.unit, p.actual]);
    expect(got).toEqual([["vụ việc", 1312]]);
  });

  it("keeps a count of members that did something", () => {
    const got = extractIndicators("Năm 2026, 46 đồng chí ủy viên hoàn thành tốt nhiệm vụ.", "vi").map((p) => [
      p.unit,
      p.actual,
    ]);
    expect(got).toEqual([["đồng chí", 46]]);
  });
});

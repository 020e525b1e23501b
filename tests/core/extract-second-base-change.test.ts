/**
 * A rate said as a change against one base and at once against another ("tăng 0,4% so với tháng
 * trước, tăng 2,9% so với cùng kỳ") is two figures, each named by its base. Sentences written for
 * these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

describe("a change against a second base after a comma", () => {
  it("keeps both changes of a price index, each named by its base", () => {
    const got = extractIndicators(
      "Chỉ số giá tiêu dùng (CPI) tháng 4/2025 tăng 0,52% so với tháng trước, tăng 2,74% so với cùng kỳ năm trước.",
      "vi",
    ).map((p) => [p.name, p.unit, p.actual]);
    expect(got).toEqual([
      ["Chỉ số giá tiêu dùng (CPI) tháng 4/2025 so với tháng trước", "%", 0.52],
      ["Chỉ số giá tiêu dùng (CPI) tháng 4/2025 so với cùng kỳ năm trước", "%", 2.74],
    ]);
  });

  it("keeps a change of a level as that level's change", () => {
    const got = extractIndicators(
      "Doanh thu dịch vụ lưu trú đạt 812 tỷ đồng, tăng 9,1% so với cùng kỳ năm trước.",
      "vi",
    ).map((p) => [p.unit, p.actual, p.changePct]);
    expect(got).toEqual([["tỷ đồng", 812, 9.1]]);
  });
});

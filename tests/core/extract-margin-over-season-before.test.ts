/**
 * "hơn vụ trước khoảng 15 kg", "cao hơn năm ngoái 3 tạ": a margin over the season or year before is
 * a change against an earlier level, no row of its own. Sentences written for these tests; none is
 * in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

describe("a margin over the season before", () => {
  it("keeps the level and drops the margin", () => {
    const got = extractIndicators(
      'Năng suất lúa bình quân ước đạt 58,1 tạ/ha. "Ruộng nhà tôi cho 2,4 tạ/sào, hơn vụ trước khoảng 15 kg", bà Hoa nói.',
      "vi",
    ).map((p) => [p.unit, p.actual]);
    expect(got).toEqual([
      ["tạ/ha", 58.1],
      ["tạ/sào", 2.4],
    ]);
  });
});

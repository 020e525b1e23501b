/**
 * A count said after a rate as its equivalent ("tỷ lệ … còn 1,2%, tương ứng 340 hộ") counts what the
 * rate is a share of (src/core/extract-equivalent.ts). Sentences written for these tests; none is in
 * the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string): (string | number | null)[][] =>
  extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.unit, p.actual ?? p.plan]);

describe("a count said as a rate's equivalent", () => {
  it("is named by what the rate is a share of", () => {
    expect(
      rows("Năm 2026, tỷ lệ trẻ em suy dinh dưỡng thể nhẹ cân của xã còn 6,4%, tương ứng 83 trẻ."),
    ).toContainEqual(["Trẻ em suy dinh dưỡng thể nhẹ cân", "trẻ", 83]);
  });

  it("keeps a figure said again in another unit named by the figure before it", () => {
    const got = rows("Kim ngạch xuất khẩu ước đạt 4.820 tỷ đồng, tương đương 190 triệu USD.");
    expect(got.find((r) => r[2] === 190)?.[0]).toMatch(/^Kim ngạch xuất khẩu/u);
  });
});

/**
 * A measure pointed back to ("tỷ lệ này", "chỉ số này") is the one of the same unit named before it
 * (src/core/extract-anaphora.ts). Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string): (string | number | null)[][] =>
  extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.actual ?? p.plan]);

describe("a measure pointed back to", () => {
  it("takes the name of the rate named before it", () => {
    const got = rows(
      "Năm 2026, tỷ lệ hộ dân nông thôn dùng nước sạch đạt 72,5%. Ông Lê Văn Minh cho biết năm 2027 huyện phấn đấu nâng tỷ lệ này lên 78%.",
    );
    expect(got).toEqual([
      ["Tỷ lệ hộ dân nông thôn dùng nước sạch", 72.5],
      ["Tỷ lệ hộ dân nông thôn dùng nước sạch", 78],
    ]);
  });
});

/**
 * The share of delegates who passed a text at a meeting ("biểu quyết thông qua … với 100% đại biểu tán
 * thành") narrates the meeting: no row (src/core/extract-not-counted.ts). Sentences written for these
 * tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

describe("a meeting's vote passing a text", () => {
  it("proposes no rate for the delegates who passed it", () => {
    const got = extractIndicators(
      "Kỳ họp thứ 9 đã biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công năm 2027 với 97,6% đại biểu tán thành.",
      "vi",
    );
    expect(got.filter((p) => p.unit === "%")).toEqual([]);
  });

  it("keeps the figures of the year the meeting reviewed", () => {
    const got = extractIndicators(
      "Năm 2026, tỷ lệ hộ nghèo của xã giảm còn 2,8%; Hội đồng nhân dân xã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành.",
      "vi",
    );
    expect(got.map((p) => [p.unit, p.actual])).toEqual([["%", 2.8]]);
  });
});

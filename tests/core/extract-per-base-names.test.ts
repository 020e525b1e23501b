/**
 * Thin names of figures per something (src/core/extract-per-base.ts): a count per head of population
 * named by who reached it, an average named "bình quân" alone. Sentences written for these tests; none
 * is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) => extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.unit, p.actual]);
const named = (text: string, actual: number) => rows(text).find((r) => r[2] === actual)?.[0];

describe("figures per something with thin names", () => {
  it("names a count per head of population by what it counts, not by who reached it", () => {
    const got = rows("Ngành y tế huyện năm 2026 đạt 8,7 bác sĩ/vạn dân và 27,3 giường bệnh/vạn dân.");
    expect(got.find((r) => r[2] === 8.7)?.[0]).toBe("Số bác sĩ trên vạn dân");
  });

  it("keeps a per-head name that already says what it counts", () => {
    expect(named("Số giường bệnh/vạn dân đạt 31,5.", 31.5)).toMatch(/giường bệnh/iu);
  });

  it("names a bare average by the figure it is the average of", () => {
    expect(
      named(
        "Năm 2026 hỗ trợ 640 hộ làm nhà tiêu hợp vệ sinh với kinh phí 3,84 tỷ đồng, bình quân 6 triệu đồng/hộ.",
        6,
      ),
    ).toBe("Kinh phí hỗ trợ hộ làm nhà tiêu hợp vệ sinh bình quân");
  });
});

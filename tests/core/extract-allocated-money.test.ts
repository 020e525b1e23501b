/**
 * Money set aside ("bố trí", "dành", "phân bổ") is named by what it is set aside for, the words after
 * its unit (src/core/extract-allocated.ts). Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const named = (text: string, figure: number): string | undefined =>
  extractIndicators(text, "vi").find((p: Proposal) => (p.actual ?? p.plan) === figure)?.name;

describe("money set aside", () => {
  it("is named by the purpose after its unit, not by who sets it aside", () => {
    expect(
      named("Năm 2027, huyện dự kiến bố trí 48 tỷ đồng hỗ trợ học phí cho khoảng 6.200 học sinh.", 48),
    ).toBe("Kinh phí hỗ trợ học phí");
  });

  it("reads the purpose after 'để' and leaves the count inside it out", () => {
    expect(named("Kế hoạch năm 2027 dành 27,5 tỷ đồng để kiên cố hóa 64 phòng học.", 27.5)).toBe(
      "Kinh phí kiên cố hóa phòng học",
    );
  });

  it("keeps money that names itself after its unit", () => {
    expect(
      named(
        "Xã Hòa Lạc năm 2026 được phân bổ 7.420 triệu đồng vốn sự nghiệp giáo dục, đã giải ngân 6.915 triệu đồng.",
        7420,
      ),
    ).toMatch(/^(?:Phân bổ v|V)ốn sự nghiệp giáo dục$/u);
  });
});

/**
 * Names spelt out where the text spells them: an abbreviation written alone after the text gave it
 * in brackets ("Chỉ số … (PAPI) …. PAPI đạt …") takes the full name (src/core/extract-abbreviations.ts);
 * a rate or index named inside a clause, whose list of who it is of holds a comma ("chỉ số hài lòng
 * của người dân, doanh nghiệp đối với …"), keeps its head (src/core/extract-names.ts). Sentences
 * written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const names = (text: string) => extractIndicators(text, "vi").map((p) => p.name);

describe("names spelt out where the text spells them", () => {
  it("spells out an abbreviation the text gave in brackets before", () => {
    const got = names(
      "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2026 ước đạt 44,2 điểm. Năm 2027, phấn đấu PAPI đạt 45 điểm trở lên.",
    );
    expect(got).toHaveLength(2);
    expect(
      got.every((n) => n.startsWith("Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)")),
    ).toBe(true);
  });

  it("keeps the head of a rate whose 'of whom' list holds a comma", () => {
    expect(
      names(
        "Giao Sở Công Thương chủ trì, bảo đảm năm 2028 chỉ số hài lòng của người dân, doanh nghiệp đối với dịch vụ điện đạt trên 92%.",
      )[0],
    ).toMatch(/^Chỉ số hài lòng của người dân, doanh nghiệp đối với dịch vụ điện/u);
  });
});

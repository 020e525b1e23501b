/**
 * A measure joined to a count or a verb phrase by "với" ("… 14 tổ vay vốn với dư nợ …", "… với quy mô
 * …", "… với tổng trị giá …"): named by the measure and what it measures (src/core/extract-names.ts,
 * completeGeneric). Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const named = (text: string, figure: number): string | undefined =>
  extractIndicators(text, "vi").find((p: Proposal) => (p.actual ?? p.plan) === figure)?.name;

describe("a measure joined by 'với'", () => {
  it("names an outstanding loan by the groups counted before it", () => {
    expect(named("Hội Nông dân xã đang quản lý 17 tổ vay vốn với dư nợ 24.350 triệu đồng.", 24350)).toBe(
      "Dư nợ tổ vay vốn",
    );
  });

  it("names an outstanding loan by the clause's own verb phrase when no count comes before it", () => {
    expect(
      named(
        "Năm 2026, các chi hội phụ nữ nhận ủy thác vốn vay Ngân hàng Chính sách với dư nợ 58,4 tỷ đồng.",
        58.4,
      ),
    ).toBe("Dư nợ các chi hội phụ nữ nhận ủy thác vốn vay Ngân hàng Chính sách");
  });

  it("names a size by what was counted", () => {
    expect(named("Thành phố đang xây dựng 5 dự án nhà ở công nhân với quy mô 2.760 căn.", 2760)).toMatch(
      /^Quy mô dự án/u,
    );
  });

  it("names the worth of gifts joined by 'với' without whom they went to", () => {
    expect(
      named(
        "Dịp Tết, huyện trao 3.480 suất quà cho hộ nghèo, hộ cận nghèo với tổng trị giá 1,74 tỷ đồng.",
        1.74,
      ),
      // Tết gifts' worth is named by the occasion too (extract-gift-tet.ts).
    ).toBe("Tổng trị giá suất quà Tết");
  });

  it("keeps whom the gifts went to when the worth follows a comma", () => {
    expect(named("Huyện tặng 912 phần quà cho người có công, trị giá 456 triệu đồng.", 456)).toMatch(
      /cho người có công/u,
    );
  });
});

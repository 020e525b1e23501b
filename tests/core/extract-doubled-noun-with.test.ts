/**
 * "… có 9 chi nhánh với 174 cán bộ, nhân viên.": a count after "với" whose noun is doubled ("cán bộ,
 * nhân viên") keeps both nouns in its name, the unit the first (src/core/extract-proposals.ts).
 * Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const rows = (text: string) => extractIndicators(text, "vi").map((p) => [p.name, p.actual, p.unit]);

describe("a doubled noun counted after 'với'", () => {
  it("keeps both nouns in the name", () => {
    expect(rows("Quỹ tín dụng hiện có 9 điểm giao dịch với 174 cán bộ, nhân viên.")[1]).toEqual([
      "Cán bộ, nhân viên của điểm giao dịch",
      174,
      "cán bộ",
    ]);
  });

  it("leaves a clause after the comma out of the name", () => {
    expect(rows("Hợp tác xã có 4 cửa hàng với 58 lao động, tăng 6% so với năm trước.")[1]?.[0]).toBe(
      "Lao động của cửa hàng",
    );
  });
});

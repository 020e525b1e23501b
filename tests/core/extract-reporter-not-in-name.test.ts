/**
 * Who reports a figure ("… cho biết", "… cho hay") is not part of what it counts
 * (src/core/extract-names.ts, CUT_WORDS). Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) => extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.actual, p.unit]);

describe("a reporter before the name", () => {
  it("leaves the office that reports out of the name, and the date it reports at", () => {
    expect(
      rows(
        "Phòng Tài chính - Kế hoạch huyện cho biết đến 30/9/2027 tổng nợ đọng xây dựng cơ bản là 17,8 tỷ đồng.",
      ),
    ).toEqual([["Tổng nợ đọng xây dựng cơ bản", 17.8, "tỷ đồng"]]);
  });

  it("leaves a named official with a bracketed remit out of the name", () => {
    expect(
      rows(
        "Bà Lê Thị Hoa, Trưởng Ban quản lý khu kinh tế (phụ trách ba cụm công nghiệp) cho hay doanh thu đạt 2.315,4 tỷ đồng.",
      ),
    ).toEqual([["Doanh thu", 2315.4, "tỷ đồng"]]);
  });
});

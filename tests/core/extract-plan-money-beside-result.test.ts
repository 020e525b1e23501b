/**
 * Money said to be planned, assigned or allocated and then spent (src/core/extract.ts): when the % of
 * the spending gives its figure back, it is the spending's Kế hoạch, no row of its own, however it was
 * read; a budget ("dự toán") stays a row. A plan in brackets after "cao hơn KH" is the result's plan. Sentences written for these tests; none is in the corpus.
 */
import { type Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) => read(text).map((p: Proposal) => [p.unit, p.actual, p.plan, p.pctPlan]);

describe("money allocated, then disbursed", () => {
  it("is the plan of the money disbursed", () => {
    expect(
      rows(
        "Tổng vốn sự nghiệp được phân bổ 412,5 tỷ đồng; đến ngày 30/11/2026 giải ngân 305,2 tỷ đồng, đạt 74%.",
      ),
    ).toEqual([["tỷ đồng", 305.2, 412.5, 74]]);
  });

  it("is so when a plan with its year is said before the spending", () => {
    expect(
      rows(
        "Kế hoạch vốn năm 2026 của huyện Đông Sơn sau điều chỉnh là 526,4 tỷ đồng. Đến ngày 31/10/2026 giải ngân được 318,7 tỷ đồng, đạt 60,54% kế hoạch.",
      ),
    ).toEqual([["tỷ đồng", 318.7, 526.4, 60.54]]);
  });

  it("keeps a budget as a row of its own", () => {
    expect(
      rows("Dự toán chi thường xuyên là 980 tỷ đồng; đã chi 702,6 tỷ đồng, bằng 71,7% dự toán."),
    ).toEqual([
      ["tỷ đồng", 980, null, null],
      ["tỷ đồng", 702.6, null, 71.7],
    ]);
  });
});

describe("a plan in brackets after KH", () => {
  it("is the plan of the result before it", () => {
    expect(rows("Tốc độ tăng trưởng GRDP năm 2026 ước đạt 7,64%, thấp hơn KH (8%).")).toEqual([
      ["%", 7.64, 8, null],
    ]);
  });
});

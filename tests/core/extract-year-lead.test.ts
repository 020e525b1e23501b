/**
 * The whole year said after a part of it: a sentence led by "Ước cả năm," gives each result for the
 * year, a count after "Ước cả năm có" names itself, and "Ước cả năm thu" is the revenue the
 * paragraph opened with. Sentences written for these tests; none is in the corpus.
 */
import { find, readNamesByRules } from "./proposals";

describe("results for the whole year", () => {
  it("names every item of a sentence led by 'Ước cả năm,' for the year, up to its first ';'", () => {
    const got = readNamesByRules(
      "10 tháng năm 2026, doanh thu của tổng công ty đạt 2.184,6 tỷ đồng, lợi nhuận sau thuế 131,2 tỷ đồng. Ước cả năm, doanh thu đạt 2.730 tỷ đồng, lợi nhuận sau thuế 166 tỷ đồng; hiện có 1.412 lao động.",
    );
    expect(find(got, 2730)?.name).toBe("Doanh thu cả năm");
    expect(find(got, 166)?.name).toBe("Lợi nhuận sau thuế cả năm");
    expect(find(got, 1412)?.name).not.toMatch(/cả năm/u);
  });

  it("keeps the count's own name after 'Ước cả năm có'", () => {
    const got = readNamesByRules(
      "Trong 10 tháng có 842 hợp tác xã được hỗ trợ; 96 hợp tác xã giải thể. Ước cả năm có 1.030 hợp tác xã được hỗ trợ.",
    );
    expect(find(got, 1030)?.name).toBe("Hợp tác xã được hỗ trợ cả năm");
  });

  it("names the year's revenue by the revenue the paragraph opened with", () => {
    const got = readNamesByRules(
      "Đến 31/10/2026, thu ngân sách nhà nước trên địa bàn xã đạt 38,6 tỷ đồng, bằng 88,2% dự toán; chi ngân sách 31,4 tỷ đồng. Ước cả năm thu 44,2 tỷ đồng.",
    );
    expect(find(got, 44.2)?.name).toBe("Thu ngân sách nhà nước trên địa bàn xã cả năm");
  });
});

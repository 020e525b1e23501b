// News articles: a household told of after the district's totals keeps who it is in the row's name,
// and the closing target of visitors in a tourism article is named as visitors received. Sentences
// written for these tests.
import { describe, expect, it } from "@jest/globals";
import { findActualOrPlan as row, read } from "./proposals";

describe("a household beside the district's totals", () => {
  it("keeps 'gia đình ông …' in the name of its figures", () => {
    const ps = read(
      "Năm 2026, huyện Bảo Khê trồng 3.140 ha dưa hấu. Gia đình ông Lường Văn Hiếu ở xã Nà Tấu thuê 6 ha đất bãi, mỗi vụ thu lãi khoảng 410 triệu đồng.",
    );
    expect(row(ps, 410)?.name).toMatch(/ của gia đình ông Lường Văn Hiếu$/u);
    expect(row(ps, 3140)?.name).not.toMatch(/ông/u);
  });

  it("leaves a household that opens the paragraph as it is", () => {
    const ps = read("Hộ bà Quàng Thị Mai nuôi 120 con dê, mỗi năm bán 40 con.");
    expect(row(ps, 40)?.name).not.toMatch(/của hộ bà/u);
  });
});

describe("visitors a tourism article aims to receive", () => {
  it("names the target count as visitors received", () => {
    const ps = read(
      "Năm 2026, thành phố Hải Lư đón 2,74 triệu lượt khách du lịch, tổng thu 3.920 tỷ đồng. Năm 2027, thành phố phấn đấu đón 3,1 triệu lượt khách.",
    );
    const target = row(ps, 3_100_000);
    expect(target?.actual).toBeNull();
    expect(target?.name).toBe("Đón lượt khách du lịch");
  });
});

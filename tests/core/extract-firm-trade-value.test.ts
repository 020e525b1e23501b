/**
 * "Riêng Công ty … xuất khẩu N triệu USD": money named by the trade verb alone is the trade's value
 * ("Kim ngạch xuất khẩu"), of the firm that is the verb's subject. Sentences written for these tests.
 */
import { read } from "./proposals";

describe("a firm's trade named by its verb", () => {
  it("names the firm's exports as their value, of the firm", () => {
    const firm = read(
      "Kim ngạch xuất khẩu cả năm ước 1,42 tỷ USD. Riêng Công ty cổ phần Gỗ Tân Mỹ xuất khẩu 64,3 triệu USD.",
    ).find((p) => p.actual === 64.3);
    expect(firm?.name).toBe("Kim ngạch xuất khẩu của Công ty cổ phần Gỗ Tân Mỹ");
  });

  it("names imports of a firm the same way", () => {
    const firm = read("Doanh nghiệp thép Hòa Bình nhập khẩu 27,5 triệu USD nguyên liệu.").find(
      (p) => p.actual === 27.5,
    );
    expect(firm?.name).toMatch(/^Kim ngạch nhập khẩu/u);
  });
});

// News hedge their figures in speech ("chừng", "có khoảng"), and a herd that has its head count is
// what the count names. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { findActualOrPlan as row, read } from "./proposals";

describe("hedges of speech and herds", () => {
  it("leaves 'chừng' out of the name", () => {
    const ps = read("Đàn dê của huyện đạt chừng 41,3 nghìn con, tăng 6,2% so với cùng kỳ.");
    expect(row(ps, 41_300)?.name).not.toMatch(/chừng/u);
  });

  it("names a herd's head count by the herd, a hedge after 'có' allowed", () => {
    const ps = read(
      "Tổng đàn trâu của huyện hiện có khoảng 18 nghìn con, đàn bò 9.240 con. Tổng đàn gia cầm của tỉnh có 7,2 triệu con.",
    );
    expect(row(ps, 18_000)?.name).toBe("Tổng đàn trâu");
    expect(row(ps, 7_200_000)?.name).toBe("Tổng đàn gia cầm");
  });
});

describe("a money measure of its own after revenue", () => {
  it("takes no head from the revenue before it", () => {
    const ps = read("Năm nay công ty có 312 lao động, doanh thu đạt 64,8 tỷ đồng, lợi nhuận 5,2 tỷ đồng.");
    expect(row(ps, 5.2)?.name).toBe("Lợi nhuận");
  });
});

/**
 * A target stated as the rise of a stock ("có thêm ít nhất 4 xã đạt chuẩn …") is no row unless the
 * total it raises to is said; the grades of a total listed after "trong đó" ("trong đó 2 giải nhất,
 * 5 giải nhì") are named by the total's own words, where or whose it is. Sentences written for these
 * tests; none is in the corpus.
 */
import { read } from "./proposals";

describe("a target stated as the rise of a stock", () => {
  it("is no row of its own", () => {
    const got = read(
      "Mục tiêu năm 2029: có thêm ít nhất 4 xã đạt chuẩn nông thôn mới nâng cao; tỷ lệ hộ nghèo dưới 2%.",
    );
    expect(got.map((p) => [p.name, p.plan ?? p.planText, p.unit])).toEqual([
      ["Tỷ lệ hộ nghèo", "dưới 2%", "%"],
    ]);
  });

  it("leaves the total it raises to", () => {
    const got = read("Năm 2029 phấn đấu có thêm 3 xã đạt chuẩn, nâng tổng số lên 41/52 xã.");
    expect(got.map((p) => [p.plan, p.total, p.unit])).toEqual([[41, 52, "xã"]]);
  });

  it("keeps a result's rise read with its total", () => {
    const got = read("Năm 2028 có thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số lên 40/52 xã.");
    expect(got.map((p) => [p.actual, p.total])).toEqual([[40, 52]]);
  });
});

describe("grades of a total after 'trong đó'", () => {
  it("names each grade by the total's subject", () => {
    const got = read(
      "Học sinh giỏi cấp tỉnh đạt 168 giải, trong đó 12 giải nhất, 37 giải nhì và 119 giải ba.",
    );
    expect(got.map((p) => [p.name, p.actual])).toEqual([
      ["Học sinh giỏi cấp tỉnh", 168],
      ["Giải nhất học sinh giỏi cấp tỉnh", 12],
      ["Giải nhì học sinh giỏi cấp tỉnh", 37],
      ["Giải ba học sinh giỏi cấp tỉnh", 119],
    ]);
  });

  it("gives a grade where the total was won", () => {
    const got = read(
      "Năm 2029 phấn đấu giành 30 huy chương tại Đại hội Thể thao khu vực, trong đó 8 huy chương vàng.",
    );
    expect(got.map((p) => p.name)).toContain("Huy chương vàng tại Đại hội Thể thao khu vực");
  });

  it("leaves a kind of the total named as it is", () => {
    const got = read("Toàn huyện có 214 trạm phát sóng thông tin di động, trong đó 67 trạm 5G.");
    expect(got.map((p) => [p.name, p.actual])).toContainEqual(["Trạm 5G", 67]);
  });
});

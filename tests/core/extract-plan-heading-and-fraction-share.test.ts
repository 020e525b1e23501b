/**
 * Two names a brief's layout leaves empty: a count's plan under a heading of the plan alone ("KH
 * 2027: …") keeps the row name of the count reported before it; a share in brackets after a bare
 * "N/M" on a labelled line is the rate of the label. Sentences written for these tests.
 */
import { read } from "./proposals";

describe("a count's plan under a plan heading", () => {
  it("keeps the name of the paragraph's first count in that unit", () => {
    const plan = read(
      "Thư viện: tổng lượt bạn đọc 48.200 lượt, tăng 6% so CK; trong đó thiếu nhi 15.300 lượt. KH 2027: 52.000 lượt bạn đọc.",
    ).find((p) => p.plan === 52000);
    expect(plan?.name).toBe("Tổng lượt bạn đọc");
  });

  it("leaves a plan heading alone when no count before it shares its unit", () => {
    const plan = read("Năm nay trồng mới 120 ha rừng. KH 2027: 40 lớp tập huấn.").find((p) => p.plan === 40);
    expect(plan?.name).not.toBe("Trồng mới rừng");
  });
});

describe("a share after a bare fraction", () => {
  it("names the share by the line's label", () => {
    const share = read("- Khu dân cư kiểu mẫu: 57/63 (90,48%)\n- Hộ dùng nước sạch: 96,1%").find(
      (p) => p.actual === 90.48,
    );
    expect(share?.name).toBe("Tỷ lệ khu dân cư kiểu mẫu");
  });
});

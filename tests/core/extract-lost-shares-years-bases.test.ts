/**
 * Figures once lost (tuneAV): a share a stock "có" after a count's comma (extract-names.ts,
 * SHARE_HAD), a bare year before the figure's verb (extract-figures.ts), a plan's share done with a
 * year after it (extract.ts, rateOfWorkName's caller) and a third change against another base
 * (extract-growth.ts, secondBaseOf). Sentences written for these tests; none is in the corpus.
 */
import type { Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) =>
  read(text).map((p: Proposal) => [p.name, p.unit, p.actual, p.plan ?? p.planText]);

describe("a share had by a stock after a count's comma", () => {
  it("is a rate of its own, not a threshold in the count's name", () => {
    expect(
      rows(
        "Đến năm 2030, xây mới 40 phòng học, hằng năm có trên 90% học sinh tiểu học được học 2 buổi/ngày.",
      ),
    ).toEqual([
      ["Xây mới phòng học", "phòng học", null, 40],
      ["Học sinh tiểu học được học 2 buổi/ngày", "%", null, "trên 90%"],
    ]);
  });

  it("stays in the name after a listed noun", () => {
    expect(rows("Có 12/15 thôn, bản có trên 80% hộ dùng điện lưới.")).toEqual([
      ["Thôn, bản có trên 80% hộ dùng điện lưới", "thôn", 12, null],
    ]);
  });
});

describe("a bare year before the figure's verb", () => {
  it("says when, and is no count", () => {
    expect(
      rows("Báo cáo nhanh: tỷ lệ hộ dùng nước sạch 2026 ước 87,5%; sản lượng chè 2025 đạt 14.300 tấn."),
    ).toEqual([
      ["Tỷ lệ hộ dùng nước sạch 2026", "%", 87.5, null],
      ["Sản lượng chè 2025", "tấn", 14300, null],
    ]);
  });

  it("leaves a count of that many things a count", () => {
    expect(rows("Tiếp nhận 2018 hồ sơ, đạt 96%.")[0]).toEqual(["Tiếp nhận hồ sơ", "hồ sơ", 2018, null]);
  });
});

describe("a plan's share done with the plan's year after it", () => {
  it("is the rate of that work", () => {
    expect(rows("3. Các phường giải ngân tối thiểu 95% kế hoạch vốn năm 2027.")).toEqual([
      ["Tỷ lệ phường giải ngân đạt kế hoạch", "%", null, "tối thiểu 95%"],
    ]);
  });
});

describe("three changes of one index against three bases", () => {
  it("gives three rows, each named by its base", () => {
    expect(
      rows(
        "Chỉ số giá tiêu dùng tháng 4/2026 giảm 0,12% so với tháng trước, tăng 1,9% so với tháng 12/2025 và tăng 3,05% so với cùng kỳ năm trước.",
      ),
    ).toEqual([
      ["Chỉ số giá tiêu dùng tháng 4/2026 so với tháng trước", "%", -0.12, null],
      ["Chỉ số giá tiêu dùng tháng 4/2026 so với tháng 12/2025", "%", 1.9, null],
      ["Chỉ số giá tiêu dùng tháng 4/2026 so với cùng kỳ năm trước", "%", 3.05, null],
    ]);
  });
});

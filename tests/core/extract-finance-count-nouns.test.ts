/**
 * Counted nouns of finance and banking reports read whole: a noun whose second syllable is a
 * grammar word ("chứng từ", "thiết bị"), a fund or a machine counted by its head ("quỹ", "máy"), a
 * collection point ("điểm thu", not a score), employers that owe or are inspected ("đơn vị sử dụng lao
 * động"). src/core/extract-units.ts COUNT_UNITS,
 * extract-figures.ts CLASSIFIERS. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const units = (text: string) => extractIndicators(text, "vi").map((p) => [p.actual ?? p.plan, p.unit]);

describe("counted nouns of finance reports", () => {
  it("keeps a noun whose second syllable is a grammar word", () => {
    expect(units("Trong quý, Kho bạc huyện đã kiểm soát 27.415 chứng từ được gửi qua cổng điện tử.")).toEqual(
      [[27415, "chứng từ"]],
    );
    expect(units("Các ngân hàng đã lắp đặt thêm 1.208 thiết bị thanh toán không tiếp xúc.")).toEqual([
      [1208, "thiết bị"],
    ]);
  });

  it("counts funds by their head noun, whatever kind follows", () => {
    expect(units("Trên địa bàn có 14 quỹ tín dụng nhân dân hoạt động ổn định.")).toEqual([[14, "quỹ"]]);
    expect(units("Có 3/14 quỹ hoạt động kém hiệu quả phải củng cố.")).toEqual([[3, "quỹ"]]);
  });

  it("counts employers that owe or are inspected, not bodies addressed", () => {
    expect(
      units(
        "Bảo hiểm xã hội huyện đã khởi kiện 6 đơn vị nợ đóng kéo dài và kiểm tra 142 đơn vị sử dụng lao động.",
      ),
    ).toEqual([
      [6, "đơn vị"],
      [142, "đơn vị"],
    ]);
    expect(units("Công văn được gửi tới các phòng, ban và 9 đơn vị trực thuộc.")).toEqual([]);
  });

  it("reads a collection point as such, not as a score", () => {
    expect(
      units("Chỉ tiêu năm 2028: mở thêm 9 điểm thu bảo hiểm xã hội tại các thị trấn.").map((r) => r[1]),
    ).toEqual(["điểm thu"]);
  });
});

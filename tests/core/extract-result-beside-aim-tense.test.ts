/**
 * Results told beside an aim (src/core/extract-tense.ts, src/core/extract-figures.ts): a quoted
 * sentence ends at its closing quote, so an estimate inside the quote is not read with the aim after
 * it, and the year that opens the quote is a date; a change that stays "within the target" is a
 * result weighed against it; a result with its aim beside it does not carry the aim into the next
 * sentence; the year of a quarter ("quý II/2026") is a date, not a figure. Sentences written for these tests; none is in the corpus.
 */
import { type Proposal } from "../../src/core/extract";
import { readByRules } from "./proposals";

const rows = (text: string) =>
  readByRules(text).map((p: Proposal) => [p.unit, p.actual, p.plan ?? p.planText]);

describe("a quote of results before the aim", () => {
  it("ends the quoted sentence at its quote and takes no year for a count", () => {
    const text =
      'Ông Lê Văn Tám cho biết: "Năm 2026 xã trồng mới 86 ha quế, vượt 7,5% kế hoạch. Doanh thu từ quế ước đạt 42,6 tỷ đồng." Năm 2027, xã đặt mục tiêu trồng mới ít nhất 90 ha quế.';
    expect(rows(text)).toEqual([
      ["ha", 86, null],
      ["tỷ đồng", 42.6, null],
      ["ha", null, "ít nhất 90"],
    ]);
  });
});

describe("a change within the target", () => {
  it("reads as a result", () => {
    expect(
      rows("Lạm phát bình quân năm 2026 tăng 3,6% so với năm 2025, nằm trong mục tiêu Quốc hội đề ra."),
    ).toEqual([["%", 3.6, null]]);
  });
});

describe("a result with its aim beside it", () => {
  it("leaves the next unmarked sentence a result", () => {
    const text =
      "Tỷ lệ hộ dùng điện lưới đạt 97,2%; năm 2027 phấn đấu đạt 98%. Trạm bơm Đồng Sen được nâng công suất lên 1.800 m3/giờ.";
    expect(rows(text)).toEqual([
      ["%", 97.2, null],
      ["%", null, 98],
      ["m3/giờ", 1800, null],
    ]);
  });
});

describe("the year of a quarter", () => {
  it("is no figure of its own", () => {
    expect(
      rows("Sản lượng điện thương phẩm quý II/2026 ước tính 612,5 triệu kWh, tăng 6,2% so với cùng kỳ."),
    ).toEqual([["kWh", 612500000, null]]);
  });
});

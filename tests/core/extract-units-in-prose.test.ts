/**
 * Units read whole in prose: guest-nights ("ngày khách"), border passes ("giấy thông hành"), pairs
 * ("cặp"), a daily measure written "mỗi ngày" after the thing measured; a quarter's year in Roman
 * numerals ("quý III/2026") is no figure; "doanh số" (sales) is no label number. Sentences written for
 * these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const read = (text: string) => extractIndicators(text, "vi").map((p) => [p.unit, p.actual ?? p.plan]);

describe("units read whole in prose", () => {
  it("reads guest-nights, border passes and pairs as their own units", () => {
    expect(read("Các khách sạn trong tỉnh phục vụ 1,46 triệu ngày khách.")).toEqual([
      ["ngày khách", 1460000],
    ]);
    expect(read("Đồn biên phòng cấp 214 giấy thông hành biên giới.")).toEqual([["giấy thông hành", 214]]);
    expect(read("Năm 2025, hai tỉnh nâng cấp 3 cặp chợ biên giới.")).toEqual([["cặp", 3]]);
  });

  it("reads a measure 'mỗi ngày' as per day, but a yearly target stays in its measure", () => {
    expect(read("Năm 2025, nhà máy xử lý 245 tấn rác thải sinh hoạt mỗi ngày.")).toEqual([["tấn/ngày", 245]]);
    expect(read("Năm 2025, huyện trồng mới 320 ha rừng mỗi năm.")).toEqual([["ha", 320]]);
  });

  it("takes no year of a quarter written in Roman numerals for a figure", () => {
    const got = extractIndicators("GRDP quý II/2025 ước tính tăng 7,4% so với cùng kỳ năm trước.", "vi");
    expect(got.map((p) => [p.unit, p.actual, p.estimate])).toEqual([["%", 7.4, true]]);
  });

  it("reads sales after 'doanh số' and a count said to be 'khoảng' a number", () => {
    expect(read("Chi nhánh cho 318 lượt hộ vay vốn với doanh số 17,6 tỷ đồng.")).toEqual([
      ["lượt hộ", 318],
      ["tỷ đồng", 17.6],
    ]);
    expect(read("Số hợp tác xã đang hoạt động đạt khoảng 264.")).toEqual([["hợp tác xã", 264]]);
  });
});

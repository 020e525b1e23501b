/**
 * General report shapes around a figure said before (src/core/extract-change-after.ts,
 * extract-equivalent.ts, raisedTotal in extract-proposals.ts): a comparison sentence that lists the
 * changes of counts said before it, a figure said again in another unit, an increment followed by
 * ", lên" and the new level. Sentences written for these tests; none is in the corpus.
 */
import type { Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) =>
  read(text).map((p: Proposal) => [p.name, p.unit, p.actual ?? p.plan, p.changePct]);

describe("changes listed after a comparison that opens its own sentence", () => {
  it("gives each change to the count of the sentence before that it names", () => {
    expect(
      rows(
        "Sáu tháng đầu năm, toàn huyện xảy ra 41 vụ cháy, làm chết 3 người, bị thương 12 người. So với cùng kỳ năm 2025, số vụ giảm 6,8%, số người chết giảm 25%, số người bị thương giảm 14,3%.",
      ),
    ).toEqual([
      ["Vụ cháy", "vụ", 41, -6.8],
      ["Số người chết do cháy", "người", 3, -25],
      ["Số người bị thương do cháy", "người", 12, -14.3],
    ]);
  });

  it("names a count of three words after the % by 'số …'", () => {
    const got = rows(
      "Trong quý, trên tuyến quốc lộ xảy ra 57 vụ va chạm, 22 người bị thương; so với năm trước giảm 9 vụ, giảm 4,5% số người bị thương.",
    );
    expect(got.find((r) => r[2] === 22)?.[3]).toBe(-4.5);
    expect(got.some((r) => r[1] === "%")).toBe(false);
  });
});

describe("a figure said again in another unit", () => {
  it("takes the name of the figure it restates, its unit in brackets", () => {
    expect(
      rows(
        "Kim ngạch xuất khẩu thủy sản năm 2026 ước đạt 96.540 tỷ đồng, tương đương 3,82 tỷ USD; lợi nhuận bình quân mỗi lao động đạt 185 triệu đồng/người, tương đương 7.300 USD.",
      ).map((r) => r.slice(0, 3)),
    ).toEqual([
      ["Kim ngạch xuất khẩu thủy sản", "tỷ đồng", 96540],
      ["Kim ngạch xuất khẩu thủy sản (USD)", "tỷ USD", 3.82],
      ["Lợi nhuận bình quân mỗi lao động", "triệu đồng/người", 185],
      ["Lợi nhuận bình quân mỗi lao động (USD)", "USD", 7300],
    ]);
  });
});

describe("an increment followed by ', lên' and the new level", () => {
  it("keeps the level with its total, not the increment", () => {
    expect(
      rows(
        "Năm 2027, huyện phấn đấu số thôn đạt chuẩn khu dân cư kiểu mẫu tăng thêm 4 thôn, lên 15/32 thôn.",
      ).map((r) => r.slice(0, 3)),
    ).toEqual([["Số thôn đạt chuẩn khu dân cư kiểu mẫu", "thôn", 15]]);
  });
});

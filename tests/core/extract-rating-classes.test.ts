/**
 * A rating's classes listed after the first item, each a bare number and what it did ("…, 64 hoàn
 * thành tốt nhiệm vụ, 5 không hoàn thành nhiệm vụ"), are counted in the first item's noun
 * (src/core/extract-figures.ts listedLikeFirst). Sentences written for these tests.
 */
import { type Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) => read(text).map((p: Proposal) => [p.actual, p.unit]);

describe("rating classes listed after the first", () => {
  it("counts each class in the first item's noun, a negated class too", () => {
    expect(
      rows(
        "Kết quả đánh giá năm 2026: 21 chi bộ hoàn thành xuất sắc nhiệm vụ, 64 hoàn thành tốt nhiệm vụ, 7 hoàn thành nhiệm vụ và 1 không hoàn thành nhiệm vụ.",
      ),
    ).toEqual([
      [21, "chi bộ"],
      [64, "chi bộ"],
      [7, "chi bộ"],
      [1, "chi bộ"],
    ]);
  });

  it("reads across a bracketed share after the first item", () => {
    expect(
      rows("Xếp loại hội viên: 1.830 hội viên đạt loại xuất sắc (chiếm 31%), 3.275 đạt loại khá."),
    ).toEqual([
      [1830, "hội viên"],
      [31, "%"],
      [3275, "hội viên"],
    ]);
  });

  it("reads classes split by ';' and a part after 'trong đó'", () => {
    expect(
      rows(
        "Đánh giá năm 2026: 204 hội viên hoàn thành xuất sắc nhiệm vụ; 1.318 hoàn thành tốt nhiệm vụ. Có 52 chi hội hoàn thành tốt nhiệm vụ trở lên, trong đó 17 hoàn thành xuất sắc nhiệm vụ.",
      ),
    ).toEqual([
      [204, "hội viên"],
      [1318, "hội viên"],
      [52, "chi hội"],
      [17, "chi hội"],
    ]);
  });

  it("takes no bare number whose predicate shares nothing with the first item's", () => {
    expect(rows("Huyện có 12 xã đạt chuẩn nông thôn mới, 3 được công nhận đô thị loại V.")).toEqual([
      [12, "xã"],
    ]);
  });
});

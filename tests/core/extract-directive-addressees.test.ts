/**
 * Bodies a directive is addressed to are no results (src/core/extract-not-counted.ts). Sentences
 * written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) => extractIndicators(text, "vi").map((p: Proposal) => [p.unit, p.actual]);

describe("addressees of a directive", () => {
  it("leaves out the bodies a directive is addressed to", () => {
    expect(
      rows("Công an tỉnh ban hành kế hoạch, yêu cầu Công an 58 xã, phường báo cáo trước ngày 10/01/2027."),
    ).toEqual([]);
  });

  it("still counts the communes a result is about", () => {
    expect(rows("Năm 2026 toàn huyện có 14 xã đạt chuẩn văn hóa.")).toEqual([["xã", 14]]);
  });
});

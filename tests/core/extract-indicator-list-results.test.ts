/**
 * A list under "Một số chỉ tiêu … năm Y:" (the indicators of a year, which a list may report or set):
 * when the items that say their tense all report, an item with no marker of its own reports too; a
 * list whose items aim keeps it a target. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const read = (text: string): [string, number | null, number | null][] =>
  extractIndicators(text, "vi").map((p) => [p.unit, p.actual, p.plan]);

describe("an unmarked item under a heading of a year's indicators", () => {
  it("reports when the items that say their tense report", () => {
    const got = read(
      "Một số chỉ tiêu chủ yếu năm 2026 của huyện Bình Khê:\n- Giá trị sản xuất nông nghiệp: ước đạt 4.215 tỷ đồng, tăng 4,1%;\n- Thu ngân sách trên địa bàn: 612,8 tỷ đồng, bằng 108,2% dự toán;\n- Số hợp tác xã thành lập mới: 17 hợp tác xã.",
    );
    expect(got[2]).toEqual(["hợp tác xã", 17, null]);
  });

  it("stays a target when an item aims", () => {
    const got = read(
      "Một số chỉ tiêu chủ yếu năm 2027 của huyện Bình Khê:\n- Giá trị sản xuất nông nghiệp tăng 4,5% trở lên;\n- Thu ngân sách trên địa bàn: 640 tỷ đồng;\n- Số hợp tác xã thành lập mới: 20 hợp tác xã.",
    );
    expect(got[got.length - 1]).toEqual(["hợp tác xã", null, 20]);
  });
});

/**
 * "X tăng bình quân 12%/năm; năm 2031 đạt Y": the level, in a year, of what the growth before was of
 * (src/core/extract-proposals.ts sameIndicatorAgain); "- Tên chỉ tiêu: 40% dân số" keeps the lead-in
 * as the name, the whole after the figure naming nothing more (extract-proposals.ts percentProposal,
 * extract.ts). Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi", { tense: "rules", names: "rules" }).map((p) => [
    p.name,
    p.plan ?? p.planText,
    p.unit,
  ]);

describe("a level after the growth of the same indicator", () => {
  it("is named by what the growth was of", () => {
    expect(
      rows(
        "Mục tiêu nhiệm kỳ 2026 - 2031:\n+ Tổng thu ngân sách xã tăng bình quân 12%/năm trở lên; năm 2031 đạt 64.500 triệu đồng.",
      ),
    ).toEqual([
      ["Tổng thu ngân sách xã tăng bình quân", 12, "%"],
      ["Tổng thu ngân sách xã", 64500, "triệu đồng"],
    ]);
  });
});

describe("a share of the population under a lead-in", () => {
  it("keeps the lead-in as the name", () => {
    expect(
      rows(
        "Chỉ tiêu năm 2029:\n- Số người tham gia bảo hiểm y tế tự nguyện: 12% dân số;\n- Số hộ dùng nước sạch: 8.600 hộ.",
      ),
    ).toEqual([
      ["Số người tham gia bảo hiểm y tế tự nguyện", 12, "%"],
      ["Số hộ dùng nước sạch", 8600, "hộ"],
    ]);
  });
});

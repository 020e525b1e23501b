/**
 * Two shapes of term reviews and monthly briefs: a figure given again over another period with only
 * the period said (src/core/extract-period-clauses.ts), and a result with its target set beside it
 * ("…: 81,5%; mục tiêu 90%", src/core/extract-tense.ts). Sentences written for these tests, not taken
 * from the corpus.
 */
import { rulesNameActualOrPlan as rows } from "./proposals";

describe("a figure whose clause says only its period is the indicator named before it", () => {
  it("takes the month's indicator for the running total of the months so far", () => {
    const got = rows(
      "Doanh thu du lịch tháng 9 ước đạt 312,4 tỷ đồng; 9 tháng đạt 2.806,5 tỷ đồng. Chỉ số giá tiêu dùng tháng 9 tăng 0,34% so với tháng trước; bình quân 9 tháng tăng 2,87%.",
    );
    expect(got).toEqual([
      ["Doanh thu du lịch tháng 9", 312.4, null],
      ["Doanh thu du lịch 9 tháng", 2806.5, null],
      ["Chỉ số giá tiêu dùng tháng 9", 0.34, null],
      ["Chỉ số giá tiêu dùng bình quân 9 tháng", 2.87, null],
    ]);
  });

  it("drops the words that only sum up ('tính chung', 'riêng')", () => {
    const got = rows(
      "Giá trị sản xuất công nghiệp ước tăng 6,2% so với cùng kỳ; tính chung 6 tháng tăng 7,05%.",
    );
    expect(got[1]).toEqual(["Giá trị sản xuất công nghiệp 6 tháng", 7.05, null]);
  });

  it("names an average growth after an amount as the amount's rate of growth", () => {
    const got = rows(
      "Tổng vốn đầu tư toàn xã hội 5 năm đạt 12.480 tỷ đồng, tăng bình quân 9,3%/năm; riêng năm 2025 ước đạt 2.915 tỷ đồng.",
    );
    expect(got).toEqual([
      ["Tổng vốn đầu tư toàn xã hội 5 năm", 12480, null],
      ["Tốc độ tăng tổng vốn đầu tư toàn xã hội bình quân", 9.3, null],
      ["Tổng vốn đầu tư toàn xã hội năm 2025", 2915, null],
    ]);
  });

  it("leaves a clause that names something of its own", () => {
    const got = rows(
      "Kim ngạch xuất khẩu tháng 5 đạt 86,2 triệu USD; nhập khẩu 5 tháng đạt 301,7 triệu USD.",
    );
    expect(got[1]?.[0]).toMatch(/nhập khẩu/iu);
    expect(got[1]?.[0]).not.toMatch(/xuất khẩu/iu);
  });
});

describe("a result with its target set beside it", () => {
  it("reads the figure before '; mục tiêu' as reached, under a heading of results and targets", () => {
    const got = rows(
      [
        "Các chỉ tiêu chủ yếu của huyện (kết quả năm 2025 và mục tiêu năm 2030):",
        "- Tỷ lệ trường đạt chuẩn quốc gia: 81,5%; mục tiêu 90%;",
        "- Thu nhập bình quân đầu người: 68,2 triệu đồng; mục tiêu 110 triệu đồng;",
        "- Tỷ lệ hộ nghèo: 1,7%; mục tiêu dưới 1%.",
      ].join("\n"),
    );
    expect(got).toEqual([
      ["Tỷ lệ trường đạt chuẩn quốc gia", 81.5, null],
      ["Tỷ lệ trường đạt chuẩn quốc gia", null, "90%"],
      ["Thu nhập bình quân đầu người", 68.2, null],
      ["Thu nhập bình quân đầu người", null, "110"],
      ["Tỷ lệ hộ nghèo", 1.7, null],
      ["Tỷ lệ hộ nghèo", null, "dưới 1%"],
    ]);
  });

  it("keeps a figure the clause itself aims at a target", () => {
    const got = rows("Phấn đấu tỷ lệ che phủ rừng đạt 45%, mục tiêu đến năm 2030 là 47%.");
    expect(got.map((r) => r[1])).toEqual([null, null]);
  });

  it("reads the target a bracket names before its figures as weighing the results", () => {
    const got = rows(
      "Đến năm 2025, nông nghiệp chiếm 21,3%, công nghiệp - xây dựng 35,4%, dịch vụ 43,3% (mục tiêu Nghị quyết lần lượt là 20%; 36%; 44%).",
    );
    expect(got.slice(0, 3).map((r) => r[1])).toEqual([21.3, 35.4, 43.3]);
  });

  it("reads what a figure must reach as a target", () => {
    const got = rows(
      "Để hoàn thành kế hoạch 5 năm, hai năm còn lại tốc độ tăng trưởng phải đạt bình quân trên 7,9%/năm.",
    );
    expect(got.map((r) => r[1])).toEqual([null]);
  });
});

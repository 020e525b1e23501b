/**
 * Tense words that belong to something other than the figure: an ordinal with its bound inside a
 * name ("con thứ 4 trở lên"), an estimate or an earlier year's plan that is only the base of a
 * comparison ("so với ước thực hiện năm 2027", "so với kế hoạch năm 2027"), a target part after ";"
 * that names its year first ("; năm 2028 phấn đấu …"), and "đạt trên X% kế hoạch" as a floor set.
 * Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const read = (text: string): [string, number | null, number | null, string | null][] =>
  extractIndicators(text, "vi").map((p) => [p.unit, p.actual, p.plan, p.planText]);

describe("tense words that are not the figure's", () => {
  it("keeps a rate named by an ordinal and its bound a result, and the clause after it", () => {
    expect(read("Năm 2026, tỷ lệ phụ nữ sinh con thứ 4 trở lên 2,9%; tuổi thọ bình quân 74,6 tuổi.")).toEqual(
      [
        ["%", 2.9, null, null],
        ["tuổi", 74.6, null, null],
      ],
    );
  });

  it("reads what stands before '; năm Y phấn đấu …' as a result", () => {
    const got = read(
      "Đã có 8/12 tổ dân phố được công nhận tổ dân phố văn minh; năm 2028 phấn đấu có thêm 3 tổ dân phố, nâng tổng số lên 11/12 tổ dân phố.",
    );
    expect(got[0]).toEqual(["tổ dân phố", 8, null, null]);
    expect(got.some(([, actual, plan]) => actual === null && plan === 11)).toBe(true);
  });

  it("does not take an estimate the plan is compared with as the plan's own", () => {
    const got = read(
      "Kế hoạch năm 2028 của Chi nhánh cấp nước Hồ Tây:\n- Sản lượng nước thương phẩm: 18,6 triệu m3, tăng 6,2% so với ước thực hiện năm 2027;\n- Tỷ lệ thất thoát nước sạch: 14,5%.",
    );
    expect(got[0]).toEqual(["m3", null, 18600000, "18.600.000"]);
    expect(got.every(([, actual]) => actual === null)).toBe(true);
  });

  it("reads a plan set against an earlier year's plan as a plan", () => {
    const got = read(
      "Kế hoạch năm 2028, tổng vốn đầu tư phát triển của huyện dự kiến 1.425,6 tỷ đồng, tăng 9% so với kế hoạch năm 2027; phấn đấu giải ngân 100% kế hoạch vốn.",
    );
    expect(got[0]).toEqual(["tỷ đồng", null, 1425.6, "1.425,6"]);
  });

  it("reads 'đạt trên X% kế hoạch' in a list of targets as a floor set", () => {
    const got = read(
      "Các chỉ tiêu chủ yếu giai đoạn 2026 - 2030:\n- Tỷ lệ đô thị hóa đạt 41 - 43%;\n- Tỷ lệ giải ngân vốn sự nghiệp hằng năm đạt trên 92% kế hoạch.",
    );
    expect(got[1]).toEqual(["%", null, null, "trên 92%"]);
  });

  it("keeps 'đã giải ngân đạt trên X% kế hoạch' a result", () => {
    const got = read("Đến ngày 30/11/2026, huyện đã giải ngân đạt trên 92% kế hoạch vốn được giao.");
    expect(got.map(([unit, actual]) => [unit, actual])).toEqual([["%", 92]]);
  });
});

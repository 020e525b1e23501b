/**
 * Targets said without an aim word: a plan a council agrees on ("thống nhất kế hoạch … với tổng vốn
 * …"), a budget assigned in shorthand ("giao DT thu …"), a sentence led by a year later than the one
 * after a comparison's base ("so với năm 2026. … Năm 2028 mở thêm …"), and a sentence cut after a
 * share of the plan in capitals ("… 2,4% KH. Thu …"). Sentences written for these tests; none is in
 * the corpus.
 */
import { extractIndicators, tenseClauses } from "../../src/core/extract";

const read = (text: string): [string, number | null, number | null][] =>
  extractIndicators(text, "vi").map((p) => [p.unit, p.actual, p.plan]);

describe("targets said without an aim word", () => {
  it("reads a plan a council agrees on, and its parts, as targets", () => {
    const got = read(
      "HĐND phường thống nhất kế hoạch vốn đầu tư công năm 2028 với tổng vốn 24.310 triệu đồng, gồm: vốn ngân sách thành phố 16.500 triệu đồng, vốn ngân sách phường 7.810 triệu đồng. Bố trí cho 9 công trình, trong đó 3 công trình khởi công mới; phấn đấu giải ngân đạt 100% kế hoạch vốn.",
    );
    expect(got.filter(([unit]) => unit === "triệu đồng")).toEqual([
      ["triệu đồng", null, 24310],
      ["triệu đồng", null, 16500],
      ["triệu đồng", null, 7810],
    ]);
    expect(got.filter(([unit]) => unit === "công trình")).toEqual([
      ["công trình", null, 9],
      ["công trình", null, 3],
    ]);
  });

  it("reads a budget assigned in shorthand as a target, after a share of the plan in capitals", () => {
    const text =
      "9 tháng: cấp mới 842 giấy chứng nhận lần đầu, đạt 68,2% KH; ước cả năm 1.130 giấy, vượt 2,4% KH. Thu tiền thuê đất 9 tháng 112,4 tỷ đồng, bằng 48,7% DT. Năm 2028 giao DT thu tiền thuê đất 245 tỷ đồng.";
    const got = extractIndicators(text, "vi");
    expect(got.map((p) => [p.unit, p.actual, p.plan]).slice(-2)).toEqual([
      ["tỷ đồng", 112.4, null],
      ["tỷ đồng", null, 245],
    ]);
    // "DT" assigned is the budget, not a turnover.
    expect(got.at(-1)?.name.toLowerCase()).not.toContain("doanh thu");
    // "… 2,4% KH." ends its sentence: the next one says its own tense.
    const said = tenseClauses(text).map((c) => text.slice(c.start, c.end).trim());
    expect(said).toContain("Năm 2028 giao DT thu tiền thuê đất 245 tỷ đồng.");
    expect(tenseClauses(text).at(-1)).toMatchObject({ plan: true, marked: true });
  });

  it("reads a sentence led by a year after the one compared as a target", () => {
    const got = read(
      "Toàn huyện có 9 tuyến xe buýt với 64 xe, vận chuyển 2,16 triệu lượt hành khách, bằng 108,3% so với năm 2026. Năm 2028 mở thêm 2 tuyến xe buýt, nâng tỷ lệ đáp ứng lên 5,2%.",
    );
    expect(got[0]).toEqual(["tuyến", 9, null]);
    expect(got.slice(-2)).toEqual([
      ["tuyến", null, 2],
      ["%", null, 5.2],
    ]);
  });

  it("keeps a sentence led by the year after the one compared a result", () => {
    const got = read(
      "Tổng đàn bò đạt 41.200 con, bằng 104,1% so với năm 2026. Năm 2027 xuất chuồng 12.600 con.",
    );
    expect(got.every(([, , plan]) => plan === null)).toBe(true);
  });

  it("reads a year's sentence compared with the year before as a result", () => {
    const got = extractIndicators(
      "Giải quyết việc làm mới cho 8.420 lao động, đạt 103,1% kế hoạch. Tỷ lệ lao động qua đào tạo đạt 69,2%. Năm 2027, toàn huyện có 52.310 người tham gia bảo hiểm xã hội, tăng 6,8% so với năm trước, đạt 31,4% lực lượng lao động; bảo hiểm thất nghiệp 41.280 người.",
      "vi",
    );
    expect(got.map((p) => [p.unit, p.actual, p.plan, p.changePct])).toEqual([
      ["lao động", 8420, null, null],
      ["%", 69.2, null, null],
      ["người", 52310, null, 6.8],
      ["%", 31.4, null, null],
      ["người", 41280, null, null],
    ]);
  });
});

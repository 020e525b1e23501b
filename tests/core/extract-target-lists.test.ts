/**
 * Resolutions' target lists: an article ("Điều 2.") or intro that heads a list of targets, a year's
 * budget approved, limits ("trở lên", "tối thiểu", "không quá"), ranges and levels to hold as the
 * shape of a target, the limit and scale words kept out of names and into plans, and a result read
 * against such a shape left unsure. Sentences written for these tests; none is in the corpus.
 */
import { limitEvidence, targetList } from "../../src/core/extract-tense";
import { nameActualPlanUnit as row, read } from "./proposals";

describe("an article of a resolution that heads a list", () => {
  it("reads the list under 'Điều 2. … chỉ tiêu … sau:' as targets, through a sub-heading", () => {
    const got = read(
      "Điều 2. Thông qua các chỉ tiêu chủ yếu của kế hoạch phát triển kinh tế - xã hội năm 2028 như sau:\nVề xã hội:\n1. Tỷ lệ lao động qua đào tạo đạt 74%.\n2. Số bác sĩ trên một vạn dân đạt 13,5 bác sĩ.",
    );
    expect(got.map(row)).toEqual([
      ["Tỷ lệ lao động qua đào tạo", null, 74, "%"],
      ["Số bác sĩ trên một vạn dân", null, 13.5, "bác sĩ"],
    ]);
  });

  it("reads a year's budget approved as targets", () => {
    const got = read(
      "Điều 3. Phê chuẩn dự toán thu, chi ngân sách địa phương năm 2028:\n1. Tổng thu ngân sách trên địa bàn: 3.420 tỷ đồng.\n2. Chi thường xuyên: 2.915,6 tỷ đồng.",
    );
    expect(got.map(row)).toEqual([
      ["Tổng thu ngân sách trên địa bàn", null, 3420, "tỷ đồng"],
      ["Chi thường xuyên", null, 2915.6, "tỷ đồng"],
    ]);
  });
});

describe("limits, ranges and levels to hold as the shape of a target", () => {
  it("tells a limit, a range or a level held from a plain figure, and a threshold in a name from either", () => {
    expect(limitEvidence("- Tỷ lệ hộ dùng nước sạch đạt 92% trở lên.")).toBe(true);
    expect(limitEvidence("Tỷ lệ nợ xấu không quá 2,5%.")).toBe(true);
    expect(limitEvidence("Giá trị xuất khẩu tăng 6 - 7%.")).toBe(true);
    expect(limitEvidence("Diện tích lúa duy trì ổn định ở mức 3.100 ha.")).toBe(true);
    expect(limitEvidence("Diện tích lúa duy trì ổn định ở mức 3.100 ha.", false)).toBe(false);
    expect(limitEvidence("Có 41 sản phẩm OCOP đạt từ 3 sao trở lên.")).toBe(false);
    expect(limitEvidence("Tỷ lệ trẻ 3 - 5 tuổi đi học mẫu giáo đạt 98%.")).toBe(false);
    expect(limitEvidence("Tỷ lệ nợ xấu chiếm 1,2% (chỉ tiêu không quá 2%).")).toBe(false);
    expect(limitEvidence("Tăng trưởng bình quân giai đoạn 2021 - 2025 đạt 6,8%.")).toBe(false);
  });

  it("reads a list cut from its heading as targets when its items set limits and none reports", () => {
    const text =
      "7. Tỷ lệ hộ dùng nước sạch đạt 92%.\n8. Tỷ lệ rác thải được thu gom đạt tối thiểu 88%.\n9. Tỷ lệ nợ xấu không quá 2,5%.";
    expect(targetList(text)).toBe(true);
    expect(read(text).map(row)).toEqual([
      ["Tỷ lệ hộ dùng nước sạch", null, 92, "%"],
      ["Tỷ lệ rác thải được thu gom", null, "tối thiểu 88%", "%"],
      ["Tỷ lệ nợ xấu", null, "không quá 2,5%", "%"],
    ]);
  });

  it("leaves a list with a result word in it to its own words", () => {
    const text = "- Tỷ lệ hộ dùng nước sạch ước đạt 91,4%.\n- Tỷ lệ rác thải được thu gom đạt 88% trở lên.";
    expect(targetList(text)).toBe(false);
  });

  it("reads a run-in sentence of limits and ranges as targets, and keeps limit and scale words out of names", () => {
    const got = read(
      "Chăn nuôi năm 2028: tổng đàn bò 52 - 55 nghìn con; sản lượng sữa tươi đạt 18 nghìn tấn trở lên.",
    );
    expect(got.map(row)).toEqual([
      ["Tổng đàn bò", null, "52.000 - 55.000", "con"],
      ["Sản lượng sữa tươi", null, "ít nhất 18.000", "tấn"],
    ]);
  });

  it("keeps the name counted after a limit ('từ 70% trở lên hợp tác xã …')", () => {
    const got = read("Phấn đấu hằng năm có từ 70% trở lên hợp tác xã được xếp loại khá trở lên.");
    expect(got).toHaveLength(1);
    expect(got[0]?.name).toMatch(/^(?:Tỷ lệ h|H)ợp tác xã được xếp loại khá trở lên$/u);
  });
});

describe("a result read against the shape of a target", () => {
  it("is unsure, so the pane does not pre-tick it", () => {
    const [p] = read("Năm 2027, kim ngạch xuất khẩu ước đạt 410 triệu USD trở lên, tăng 6% so với cùng kỳ.");
    expect(p?.actual).toBe(410);
    expect(p?.confidence).toEqual({ level: "khong_chac", reasons: ["ket_qua_dang_gioi_han"] });
  });
});

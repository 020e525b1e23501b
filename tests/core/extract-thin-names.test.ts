/**
 * Names completed when the rules' name says no more than the unit or the verb
 * (src/core/extract-thin-names.ts). Sentences written for these tests, not taken from the corpus.
 */
import { isSure } from "../../src/core/extract";
import { readNamesByRules as rules } from "./proposals";

const named = (text: string): [number | null, string][] => rules(text).map((p) => [p.actual, p.name]);

describe("a count named by the unit alone takes what the clause says of it", () => {
  it("reads the predicate after a figure that comes first", () => {
    expect(named("Năm 2026, có 14/16 xã, phường đạt chuẩn tiếp cận pháp luật.")).toEqual([
      [14, "Xã, phường đạt chuẩn tiếp cận pháp luật"],
    ]);
  });

  it("reads the subject that reaches or has the count", () => {
    const got = rules("Trường Tiểu học Hòa Lạc đã hoàn thành 12/12 phòng học.");
    expect(got.map((p) => [p.actual, p.total, p.name])).toEqual([
      [12, 12, "Phòng học trường Tiểu học Hòa Lạc đã hoàn thành"],
    ]);
    // Completed from another part of the clause: not pre-ticked.
    expect(got.map(isSure)).toEqual([false]);
  });

  it("leaves who did it out: after a verb of doing, the subject is the doer", () => {
    expect(named("Các tổ công tác kiểm tra 326 hộ kinh doanh.")).toEqual([[326, "Kiểm tra hộ kinh doanh"]]);
    // A scope is no subject either.
    expect(named("Toàn huyện có 12 chợ.")).toEqual([[12, "Chợ"]]);
  });

  it("names cases by what the cases before them were, or by the whole after 'trong đó'", () => {
    expect(named("Phát hiện 52 trường hợp lấn chiếm hành lang giao thông, đã xử lý 47 trường hợp.")).toEqual([
      [52, "Phát hiện trường hợp lấn chiếm hành lang giao thông"],
      [47, "Xử lý trường hợp lấn chiếm hành lang giao thông"],
    ]);
    expect(named("Năm qua đã kỷ luật 15 cán bộ, trong đó buộc thôi việc 2 trường hợp.")).toEqual([
      [15, "Kỷ luật cán bộ"],
      [2, "Buộc thôi việc cán bộ"],
    ]);
  });
});

describe("a count listed after the one a bullet's lead names is a count of that lead too", () => {
  const text = [
    "Kết quả thực hiện các tiểu dự án năm 2026:",
    "+ Tiểu dự án nâng cao năng lực cộng đồng: 36 lớp tập huấn với 2.140 người tham dự;",
    "+ Dự án đa dạng hóa sinh kế: 58 mô hình, 1.215 hộ tham gia;",
    "- Tiêu chí nhà ở dân cư: 9/15 xã đạt, còn 212 nhà tạm.",
  ].join("\n");

  it("adds the lead to a count listed with the first", () => {
    expect(named(text).slice(0, 4)).toEqual([
      [36, "Tiểu dự án nâng cao năng lực cộng đồng lớp tập huấn"],
      [2140, "Người tham dự tiểu dự án nâng cao năng lực cộng đồng"],
      [58, "Dự án đa dạng hóa sinh kế"],
      [1215, "Hộ tham gia dự án đa dạng hóa sinh kế"],
    ]);
  });

  it("leaves a count in a clause of its own ('…, còn 212 nhà tạm') as it is", () => {
    expect(named(text)[5]).toEqual([212, "Nhà tạm"]);
  });
});

describe("money named by its verb alone takes the money an earlier sentence names", () => {
  it("spends or collects the total or the plan said first", () => {
    expect(
      named(
        "Dự toán chi ngân sách địa phương năm 2026 là 912,4 tỷ đồng. Đến hết tháng 11 đã chi 803,7 tỷ đồng, đạt 88,1% dự toán.",
      ),
    ).toEqual([
      [null, "Dự toán chi ngân sách địa phương"],
      [803.7, "Chi ngân sách địa phương"],
    ]);
    expect(
      named("Tổng thu ngân sách trên địa bàn thị xã đạt 356,2 tỷ đồng. Ước cả năm thu 402 tỷ đồng."),
    ).toEqual([
      [356.2, "Tổng thu ngân sách trên địa bàn thị xã"],
      [402, "Tổng thu ngân sách trên địa bàn thị xã cả năm"],
    ]);
  });

  it("disburses the fund said before", () => {
    expect(
      named(
        "Nguồn vốn sự nghiệp năm 2026 được giao 64,2 tỷ đồng. Đến ngày 30/9, giải ngân được 41,8 tỷ đồng.",
      ),
    ).toEqual([
      [64.2, "Nguồn vốn sự nghiệp"],
      [41.8, "Giải ngân vốn sự nghiệp"],
    ]);
  });

  it("does not name a total by a part said before", () => {
    expect(named("Thu tiền sử dụng đất 120 tỷ đồng. Trong năm, thu 9 tỷ đồng.")).toEqual([
      [120, "Thu tiền sử dụng đất"],
      [9, "Thu"],
    ]);
  });
});

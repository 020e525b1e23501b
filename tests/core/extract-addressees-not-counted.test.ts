/**
 * Who a document is sent or a task given to ("giao chỉ tiêu … cho các sở, ngành và 52 xã, phường",
 * "gửi các sở, ban, ngành và UBND 21 xã, thị trấn"), and who sat in a meeting ("Dự họp có 23 đồng
 * chí …"), count no result (src/core/extract-not-counted.ts). Sentences written for these tests;
 * none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const figures = (text: string) => extractIndicators(text, "vi").map((p) => p.actual ?? p.plan ?? p.planText);

describe("addressees and attendance", () => {
  it("are not counts of communes or people", () => {
    expect(
      figures(
        "Ngày 03/12/2028, UBND huyện ban hành Quyết định số 912/QĐ-UBND giao chỉ tiêu kế hoạch năm 2029 cho các phòng, ban, ngành và 52 xã, thị trấn.",
      ),
    ).toEqual([]);
    expect(
      figures(
        "Phòng Tài chính ban hành Công văn số 418/TC-KH gửi các cơ quan, đơn vị và UBND 21 xã, thị trấn đề nghị báo cáo trước ngày 15/12/2028.",
      ),
    ).toEqual([]);
    expect(
      figures("Sáng 09/12/2028, Huyện ủy họp phiên thường kỳ. Dự họp có 23 đồng chí Huyện ủy viên."),
    ).toEqual([]);
  });

  it("leaves the communes that did something counted", () => {
    expect(figures("Năm 2028, các sở, ngành và 37 xã, phường đã hoàn thành số hóa hồ sơ hộ tịch.")).toEqual([
      37,
    ]);
  });
});

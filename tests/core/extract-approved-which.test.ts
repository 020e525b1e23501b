// "đã được xác định / phê duyệt / thống kê" after the last figure says which things are counted
// (those identified, approved, listed), not that the work is done: under a heading of targets the
// item stays a target; in a sentence of results nothing changes. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { readTenseByRules as read } from "./proposals";

describe("'đã được …' naming which are counted", () => {
  it("keeps a bullet under a heading of targets a target", () => {
    const ps = read(
      "Mục tiêu năm 2027 của ngành môi trường:\n+ Tỷ lệ chất thải y tế được xử lý đạt trên 98%;\n+ Xóa bỏ 100% bãi rác tự phát đã được thống kê.",
    );
    const dump = ps.find((p) => p.name.includes("bãi rác"));
    expect(dump).toMatchObject({ actual: null, planText: "100%" });
  });

  it("keeps a result a result", () => {
    const ps = read("Kết quả năm 2026: giải tỏa 100% điểm lấn chiếm vỉa hè đã được phát hiện.");
    expect(ps[0]).toMatchObject({ actual: 100, plan: null });
    const count = read("Năm 2026, toàn huyện cải tạo 14 điểm ô nhiễm đã được xác định.");
    expect(count[0]).toMatchObject({ actual: 14, plan: null });
  });

  it("still reads 'đã' before the figure as done", () => {
    const ps = read("Mục tiêu năm 2027:\n+ Đã được phê duyệt 12 dự án chuyển đổi số.");
    expect(ps[0]?.actual).toBe(12);
  });
});

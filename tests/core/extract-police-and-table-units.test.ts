/**
 * Units a writer leaves to the reader: reports of crime ("tin báo, tố giác tội phạm") are counted in
 * "tin"; a table row pasted as text ("- Số bác sĩ/vạn dân: 13,2") gives its per-base unit in the
 * label before the colon. Sentences written for these tests; none is in the corpus.
 */
import { read } from "./proposals";

describe("reports of crime", () => {
  it("are counted in 'tin', with what they report in the name", () => {
    const got = read("Công an phường tiếp nhận, giải quyết 64/67 tin báo, tố giác tội phạm.");
    expect(got.map((p) => [p.name, p.actual, p.total, p.unit])).toEqual([
      ["Tiếp nhận, giải quyết tin báo, tố giác tội phạm", 64, 67, "tin"],
    ]);
  });

  it("leave news items their own unit", () => {
    const got = read("Đài truyền thanh xã phát 312 tin bài về chuyển đổi số.");
    expect(got.map((p) => p.unit)).toEqual(["tin bài"]);
  });
});

describe("a table row with its per-base unit in the label", () => {
  it("reads the bare figure after the colon in that unit", () => {
    const got = read(
      "Các chỉ tiêu chủ yếu năm 2029:\n- Tỷ lệ lao động qua đào tạo đạt 75%.\n- Số bác sĩ/vạn dân: 14,5.\n- Số giường bệnh/vạn dân: 36.",
    );
    expect(got.map((p) => [p.name, p.plan, p.unit])).toEqual([
      ["Tỷ lệ lao động qua đào tạo", 75, "%"],
      ["Số bác sĩ/vạn dân", 14.5, "bác sĩ/vạn dân"],
      ["Số giường bệnh/vạn dân", 36, "giường bệnh/vạn dân"],
    ]);
  });

  it("leaves a bare figure after a label with no unit", () => {
    const got = read("- Số thứ tự xếp hạng: 14.");
    expect(got).toEqual([]);
  });
});

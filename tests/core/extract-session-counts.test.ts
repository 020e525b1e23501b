/**
 * A meeting's own figures count no result: who attended ("Dự hội nghị có 57 đồng chí …", "với sự
 * tham dự của 49/51 đại biểu"), its debate ("38 lượt ý kiến thảo luận", "12 lượt chất vấn", "9 lượt
 * đại biểu phát biểu"). Sentences written for these tests; none is in the corpus.
 */
import { read } from "./proposals";

/** Each proposal's figure, its actual or else its plan: unlike `read`, figures only. */
const figures = (text: string): number[] => read(text).map((p) => p.actual ?? p.plan ?? NaN);

describe("figures of a meeting", () => {
  it("proposes none for who attended a conference", () => {
    expect(
      figures(
        "Ngày 20/12/2028, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 9. Dự hội nghị có 57 đồng chí Huyện ủy viên và 84 đại biểu mời.",
      ),
    ).toEqual([]);
  });

  it("proposes none for a session's attendance and debate", () => {
    expect(
      figures(
        "Kỳ họp diễn ra trong 3 ngày với sự tham dự của 49/51 đại biểu; có 38 lượt ý kiến thảo luận tại tổ, 12 lượt chất vấn và 9 lượt đại biểu phát biểu tại hội trường.",
      ),
    ).toEqual([]);
  });

  it("still counts people who took part in an activity", () => {
    expect(figures("Năm 2028, tổ chức 14 lớp tập huấn kỹ thuật cho 1.260 lượt nông dân tham dự.")).toEqual([
      14, 1260,
    ]);
  });
});

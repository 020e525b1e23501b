/**
 * A meeting's own account counts no result (src/core/extract-not-counted.ts): who attended, who
 * sits on a body elected, whom delegates stand for, the drafts discussed. Sentences written for these
 * tests, not taken from the corpus.
 */
import { read } from "./proposals";

const actuals = (text: string): (number | null)[] => read(text).map((p) => p.actual);

describe("a meeting's own account is no indicator", () => {
  it("leaves out who attended", () => {
    expect(
      actuals(
        "Chiều 4/3, Đảng ủy phường Tân Khê họp phiên thường kỳ với sự tham dự của 27/29 đồng chí ủy viên; hội nghị thảo luận 3 dự thảo nghị quyết.",
      ),
    ).toEqual([]);
    expect(actuals("Dự hội nghị có 52 đồng chí là ủy viên Ban Chấp hành Đảng bộ huyện.")).toEqual([]);
  });

  it("leaves out who sits on a body elected and whom delegates stand for", () => {
    expect(
      actuals(
        "Đại hội Hội Nông dân xã có 120 đại biểu đại diện cho hơn 3.400 hội viên; Ban Chấp hành khóa mới gồm 15 ủy viên.",
      ),
    ).toEqual([]);
  });

  it("still counts people a result was done for", () => {
    expect(
      actuals("Trong năm, Đảng bộ xã kết nạp 18 đảng viên mới, tặng Huy hiệu Đảng cho 42 đồng chí."),
    ).toEqual([18, 42]);
  });
});

/**
 * A threshold that says which of a count are counted ("318 hộ có thu nhập từ 500 triệu đồng/năm trở
 * lên"): part of the count's name, no figure of its own, and no limit that would make the sentence a
 * target (src/core/extract.ts, limitEvidence in extract-tense.ts). Sentences written for these
 * tests; none is in the corpus.
 */
import type { Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) =>
  read(text).map((p: Proposal) => [p.name, p.unit, p.actual, p.plan ?? p.planText]);

describe("a threshold after 'có' / 'với' inside a count's name", () => {
  it("keeps the count a result and the threshold in its name, the next counts results too", () => {
    expect(
      rows(
        "Hội Phụ nữ huyện vận động thành lập 27 tổ hợp tác, nhóm sản xuất có doanh thu từ 300 triệu đồng/năm trở lên; 15 hợp tác xã do phụ nữ làm chủ, tạo việc làm cho 640 lao động.",
      ),
    ).toEqual([
      [
        "Vận động thành lập tổ hợp tác, nhóm sản xuất có doanh thu từ 300 triệu đồng/năm trở lên",
        "tổ hợp tác",
        27,
        null,
      ],
      ["Hợp tác xã do phụ nữ làm chủ", "hợp tác xã", 15, null],
      // Workers given work by whom the sentence is about (tuneL's rule; this test is of the threshold).
      ["Lao động được tạo việc làm", "lao động", 640, null],
    ]);
  });

  it("names the count by the threshold when its name runs up to 'từ'", () => {
    expect(rows("Toàn xã có 143 hộ có thu nhập bình quân từ 400 triệu đồng/năm trở lên.")).toEqual([
      ["Hộ có thu nhập bình quân từ 400 triệu đồng/năm trở lên", "hộ", 143, null],
    ]);
  });

  it("leaves a limit set on a figure of its own a target", () => {
    expect(rows("Năm 2027, lợi nhuận của hợp tác xã đạt từ 5 tỷ đồng trở lên.")).toEqual([
      ["Lợi nhuận của hợp tác xã", "tỷ đồng", null, "ít nhất 5"],
    ]);
  });
});

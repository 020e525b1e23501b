/**
 * Falls of a rate in poverty and labour reports (tuning on held-out 14 … 16, branch tuneN): a target's
 * fall in points written as a range or per year, and a term's yearly mean fall stated beside the
 * rate's level. Sentences written for these tests; none is in the corpus.
 */
import type { Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const shown = (ps: Proposal[]): (string | number | null)[][] =>
  ps.map((p) => [p.name, p.actual ?? p.planText, p.unit]);

describe("a target's fall in points", () => {
  it("is read from a range, at its lower bound as typed", () => {
    const ps = read(
      "Các chỉ tiêu năm 2027:\n- Tỷ lệ hộ nghèo giảm 0,5 - 0,7 điểm %;\n- Tỷ lệ lao động qua đào tạo đạt 73%.",
    );
    expect(shown(ps)).toEqual([
      ["Mức giảm tỷ lệ hộ nghèo", "0,5 - 0,7", "điểm %"],
      ["Tỷ lệ lao động qua đào tạo", "73%", "%"],
    ]);
  });

  it("per year, is named by the rate, the topic before a colon or the words before the verb", () => {
    expect(
      shown(
        read(
          "Chỉ tiêu đến năm 2030:\n- Tỷ lệ hộ nghèo đa chiều: giảm 1 điểm %/năm;\n- Tuổi thọ trung bình: 75,5 tuổi.",
        ),
      )[0],
    ).toEqual(["Mức giảm tỷ lệ hộ nghèo đa chiều mỗi năm", "1", "điểm %"]);
    expect(shown(read("Phấn đấu đến năm 2030, tỷ lệ hộ nghèo giảm 1 - 1,5 điểm %/năm."))).toEqual([
      ["Mức giảm tỷ lệ hộ nghèo mỗi năm", "1 - 1,5", "điểm %"],
    ]);
  });
});

describe("a term's yearly mean fall beside the rate's level", () => {
  it("is the size of the fall, in %, named by the rate", () => {
    const ps = read(
      "Giai đoạn 2021 - 2025, tỷ lệ hộ nghèo giảm từ 12,4% xuống còn 3,9%, bình quân giảm 2,1%/năm.",
    );
    expect(shown(ps)).toEqual([
      ["Tỷ lệ hộ nghèo", 3.9, "%"],
      ["Mức giảm tỷ lệ hộ nghèo bình quân mỗi năm", 2.1, "%"],
    ]);
    expect(ps[1]?.changePct).toBeNull();
  });

  it("leaves a fall named by its own subject as it was", () => {
    const ps = read("Năm 2026, tỷ lệ hộ nghèo còn 3,9%; riêng các xã vùng cao giảm bình quân 4,2%/năm.");
    expect(ps.find((p) => p.actual === 4.2)?.name).toBe("Xã vùng cao giảm bình quân");
  });
});

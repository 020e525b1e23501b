/**
 * Names the words before a figure cannot give: a share whose left words end at "và" (they belong to
 * the figure before it) is named by what follows it, and a running total said with its bare unit
 * ("nâng tổng số lên 12/15 ấp") by the count of that unit named just before. Sentences written for
 * these tests; none is in the corpus.
 */
import { findActualOrPlan, readNamesByRules } from "./proposals";

describe("names the words before a figure cannot give", () => {
  it("names a share after 'và' by the words after it", () => {
    const got = readNamesByRules(
      "Năm 2027 phấn đấu có thêm 3 trường đạt chuẩn mức độ 2 và 100% số trường có phòng tin học đạt chuẩn.",
    );
    expect(findActualOrPlan(got, 100)?.name).toMatch(/trường có phòng tin học đạt chuẩn$/u);
    expect(findActualOrPlan(got, 100)?.name).not.toMatch(/và/u);
  });

  it("names a bare running total by the count of its unit named before", () => {
    const got = readNamesByRules(
      "Hiện có 9/15 ấp được công nhận ấp văn hóa kiểu mẫu; năm 2027 phấn đấu có thêm 3 ấp, nâng tổng số lên 12/15 ấp.",
    );
    expect(findActualOrPlan(got, 12)?.name).toBe("Ấp được công nhận ấp văn hóa kiểu mẫu");
  });
});

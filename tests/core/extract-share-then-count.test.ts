/**
 * "Bồi dưỡng … đạt 100% kế hoạch với 2.340 học viên": a share of the plan, then "với" and the count
 * it measured. The count is the row, named by what was done, and carries the share as its % KH; a
 * quota's own words ("100% chỉ tiêu tuyển quân … với 95 thanh niên") leave the count to name
 * itself. Sentences written for these tests; none is in the corpus.
 */
import { read } from "./proposals";

describe("a count after a share of the plan", () => {
  it("is named by what was done and keeps the share as % KH", () => {
    const got = read("Năm 2027, bồi dưỡng lý luận chính trị đạt 100% kế hoạch với 2.340 học viên.");
    expect(got).toHaveLength(1);
    expect(got[0]?.actual).toBe(2340);
    expect(got[0]?.unit).toBe("học viên");
    expect(got[0]?.pctPlan).toBe(100);
    expect(got[0]?.name).toMatch(/^Bồi dưỡng lý luận chính trị/u);
  });

  it("leaves a quota's count named by itself", () => {
    const got = read("Huyện hoàn thành 100% chỉ tiêu tuyển quân năm 2027 với 95 thanh niên nhập ngũ.");
    expect(got.map((p) => [p.name, p.actual, p.pctPlan])).toEqual([["Thanh niên nhập ngũ", 95, 100]]);
  });
});

/**
 * A quarterly release gives a growth rate for the quarter, then for the months so far in a clause
 * that names only the period ("…; 6 tháng ước tăng 7,05%"): that is the same rate for the longer
 * period, its own row, even across the ";". Sentences written for these tests; none is in the corpus.
 */
import { read } from "./proposals";

describe("a rate for the months so far after the quarter's", () => {
  it("is its own row named by the rate before and its period", () => {
    const got = read(
      "Quý II/2028, tốc độ tăng trưởng kinh tế (GRDP) ước đạt 7,34% so với cùng kỳ; 6 tháng ước tăng 7,05%.",
    );
    expect(got.map((p) => [p.actual, p.estimate])).toEqual([
      [7.34, true],
      [7.05, true],
    ]);
    expect(got[1]?.name).toMatch(/^Tốc độ tăng trưởng kinh tế \(GRDP\) 6 tháng$/u);
    expect(got[0]?.changePct).toBeNull();
  });
});

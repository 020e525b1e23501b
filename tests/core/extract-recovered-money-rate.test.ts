/**
 * Money recovered or enforced, then a bare "đạt N%", is weighed against what is owed: a rate of its
 * own, as for cases solved; money spent keeps the bare "đạt N%" as its % of plan. Sentences written
 * for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const read = (text: string) => extractIndicators(text, "vi").map((p) => [p.unit, p.actual, p.pctPlan]);

describe("a bare share after money recovered", () => {
  it("reads the share of money recovered as a rate", () => {
    expect(read("Qua thanh tra, đã thu hồi 9,8 tỷ đồng, đạt 79%.")).toEqual([
      ["tỷ đồng", 9.8, null],
      ["%", 79, null],
    ]);
  });

  it("reads the share of money enforced as a rate", () => {
    expect(read("Chi cục thi hành xong 512,6 tỷ đồng, đạt 41,3%.")).toEqual([
      ["tỷ đồng", 512.6, null],
      ["%", 41.3, null],
    ]);
  });

  it("keeps the share of money spent as its % of plan", () => {
    expect(read("Huyện đã giải ngân 312,5 tỷ đồng, đạt 88,1%.")).toEqual([["tỷ đồng", 312.5, 88.1]]);
  });
});

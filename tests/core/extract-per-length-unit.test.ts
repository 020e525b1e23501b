/**
 * A rate per a round length or area ("vụ/100 km/năm", "cây/1 ha") keeps its base in the unit; a plan
 * written after a "/" ("80 km/100 km kế hoạch") stays a plan (src/core/extract-figures.ts perSuffix).
 * Sentences written for these tests, not taken from the corpus.
 */
import { readByRules as rules } from "./proposals";

describe("a per-length base in a unit", () => {
  it("keeps '/100 km/năm' in the unit of a fault rate", () => {
    const got = rules("Suất sự cố lưới hạ áp năm 2026 là 4,7 vụ/100 km/năm.");
    expect(got.map((p) => [p.actual, p.unit])).toEqual([[4.7, "vụ/100 km/năm"]]);
  });

  it("reads a length after '/' followed by 'kế hoạch' as the plan", () => {
    const got = rules("Năm 2026 đã nạo vét 64 km/100 km kế hoạch.");
    expect(got.map((p) => [p.actual, p.plan, p.unit])).toEqual([[64, 100, "km"]]);
  });
});

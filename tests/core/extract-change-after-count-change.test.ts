/**
 * "so CK giảm 4 vụ, số người bị thương giảm 12%": a comparison that first gives the first count's
 * change in its own unit, then a named count's change in %; the % is that count's change, no rate of
 * its own. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

describe("a change in % after a count's change in its own unit", () => {
  it("gives the % to the count it names, after 'so CK' and after 'so với cùng kỳ'", () => {
    for (const text of [
      "TNGT xảy ra 27 vụ, làm chết 14 người, bị thương 19 người; so CK giảm 4 vụ, số người bị thương giảm 12%.",
      "Tai nạn giao thông xảy ra 27 vụ, làm chết 14 người, bị thương 19 người; so với cùng kỳ giảm 4 vụ, số người bị thương giảm 12%.",
    ]) {
      const got = extractIndicators(text, "vi");
      expect(got.filter((p) => p.unit === "%")).toEqual([]);
      expect(got.find((p) => p.actual === 19)?.changePct).toBe(-12);
    }
  });
});

/**
 * A target that cuts a count relative to an earlier year ("kéo giảm 8% số vụ cháy so với năm 2026") is
 * a plan in %, the cut itself, as the conventions key it; its words keep the base. Sentences written
 * for these tests; none is in the corpus.
 */
import { read } from "./proposals";

describe("a relative cut of a count set as a target", () => {
  it("is a plan in %, not a level of the count", () => {
    const got = read("Phấn đấu năm 2028 kéo giảm 8% số vụ cháy, nổ so với năm 2027.");
    expect(got).toHaveLength(1);
    expect(got[0]?.unit).toBe("%");
    expect(got[0]?.actual).toBeNull();
    expect(got[0]?.planText).toBe("giảm 8% so với năm 2027");
  });

  it("keeps a floor in the words", () => {
    const got = read("Mục tiêu năm 2028: giảm ít nhất 12% số người chết do đuối nước so với năm 2027.");
    expect(got[0]?.unit).toBe("%");
    expect(got[0]?.planText).toContain("12%");
  });
});

/**
 * "…; dự toán năm 2028: X": the budget estimate for a later year after a year's result is that
 * indicator's target (src/core/extract-tense.ts yearPieces, extract-proposals.ts YEAR_AGAIN).
 * Sentences written for these tests; none is in the corpus.
 */
import type { Proposal } from "../../src/core/extract";
import { readTenseByRules } from "./proposals";

// The rules' reading; on this lone line the learnt tense model, retrained after merging, still flips
// the target back to a result (in a list under a heading it keeps it).
const rows = (text: string) =>
  readTenseByRules(text).map((p: Proposal) => [p.name, p.actual, p.plan ?? p.planText]);

describe("a later year's budget estimate after a result", () => {
  it("is the same indicator's target", () => {
    expect(
      rows(
        "- Chi sự nghiệp giáo dục năm 2027 ước thực hiện 3.412,8 tỷ đồng, bằng 101,2% dự toán; dự toán năm 2028: 3.650 tỷ đồng.",
      ).filter((r) => r[0] !== "" && r[1] !== 101.2),
    ).toEqual([
      ["Chi sự nghiệp giáo dục", 3412.8, null],
      ["Chi sự nghiệp giáo dục", null, 3650],
    ]);
  });
});

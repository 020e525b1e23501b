/**
 * A result and then its target for a later year in one sentence, the aim said before the year
 * ("…, phấn đấu năm 2027 …", "…, phấn đấu cuối năm 2027 không quá …"): the result stays a result and
 * the target is the same indicator (src/core/extract-tense.ts yearPieces, extract-proposals.ts
 * YEAR_AGAIN). Sentences written for these tests, not taken from the corpus.
 */
import { rulesNameActualOrPlan as rows } from "./proposals";

describe("an aim said before the year it is for", () => {
  it("keeps a rate reached and reads the rate aimed at after it", () => {
    expect(rows("Tỷ lệ hộ cận nghèo còn 3,7%, phấn đấu năm 2027 còn 3,1%.")).toEqual([
      ["Tỷ lệ hộ cận nghèo", 3.7, null],
      ["Tỷ lệ hộ cận nghèo", null, "3,1%"],
    ]);
  });

  it("keeps a count reached and reads a ceiling for the end of the year", () => {
    expect(
      rows(
        "Số bãi rác tự phát ven sông giảm từ 11 bãi xuống còn 5 bãi, phấn đấu cuối năm 2027 không quá 1 bãi.",
      ),
    ).toEqual([
      ["Số bãi rác tự phát ven sông", 5, null],
      ["Số bãi rác tự phát ven sông", null, "không quá 1"],
    ]);
  });

  it("still reads an aim with no year after a result as before", () => {
    const got = rows("Năm 2026, tỷ lệ che phủ rừng đạt 41,2%; năm 2027 phấn đấu đạt 41,5%.");
    expect(got).toEqual([
      ["Tỷ lệ che phủ rừng", 41.2, null],
      ["Tỷ lệ che phủ rừng", null, "41,5%"],
    ]);
  });
});

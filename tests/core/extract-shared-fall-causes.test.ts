/**
 * A target fall shared by listed counts (src/core/extract-shared-fall.ts) reads the list and gives
 * the cause the same way whether the counts come after the figure or before "mỗi tiêu chí".
 * Sentences written for these tests, not taken from the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const names = (text: string): string[] =>
  extractIndicators(text, "vi", { names: "rules", tense: "rules" }).map((p) => p.name);

describe("the counts sharing a fall, read one way", () => {
  // Before: "Mức giảm số vụ do tai nạn giao thông" when the list came before "mỗi tiêu chí".
  it("names bare 'số vụ' by its incidents before 'mỗi tiêu chí' as after the figure", () => {
    const want = [
      "Mức giảm số vụ tai nạn giao thông",
      "Mức giảm số người chết do tai nạn giao thông",
      "Mức giảm số người bị thương do tai nạn giao thông",
    ];
    expect(
      names(
        "Kế hoạch năm 2027: kéo giảm số vụ, số người chết, số người bị thương do tai nạn giao thông, mỗi tiêu chí từ 6% trở lên.",
      ),
    ).toEqual(want);
    expect(
      names(
        "Kế hoạch năm 2027: kéo giảm từ 6% trở lên số vụ, số người chết và số người bị thương do tai nạn giao thông.",
      ),
    ).toEqual(want);
  });

  // Before: a comma inside the cause broke the list said before "mỗi tiêu chí" ("Nổ, mỗi tiêu chí").
  it("keeps a comma inside the cause before 'mỗi tiêu chí'", () => {
    expect(
      names(
        "Kế hoạch năm 2027: kéo giảm số vụ, số người chết, số người bị thương do cháy, nổ, mỗi tiêu chí từ 3%.",
      ),
    ).toEqual([
      "Mức giảm số vụ cháy, nổ",
      "Mức giảm số người chết do cháy, nổ",
      "Mức giảm số người bị thương do cháy, nổ",
    ]);
  });

  // Before: after the figure only "do …" was given to each count, "trong …" left on the last.
  it("gives a cause said with 'trong' to every count", () => {
    expect(names("Kế hoạch năm 2027: kéo giảm 6% số vụ, số người chết trong tai nạn lao động.")).toEqual([
      "Mức giảm số vụ tai nạn lao động",
      "Mức giảm số người chết trong tai nạn lao động",
    ]);
  });

  it("keeps the tie a cause is said with when it is no incident's", () => {
    expect(
      names("Kế hoạch năm 2027: kéo giảm số vụ án, số bị can về ma túy, mỗi loại từ 3% trở lên."),
    ).toEqual(["Mức giảm số vụ án về ma túy", "Mức giảm số bị can về ma túy"]);
  });

  it("reads the fall nearest the list, not an earlier change in the clause", () => {
    expect(
      names(
        "Kế hoạch năm 2027: tỷ lệ hộ nghèo giảm 1%, kéo giảm số vụ, số người chết do đuối nước, mỗi tiêu chí từ 5%.",
      ),
    ).toEqual(["Tỷ lệ hộ nghèo", "Mức giảm số vụ đuối nước", "Mức giảm số người chết do đuối nước"]);
  });
});

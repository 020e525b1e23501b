/**
 * A bound inside the name of a rate ("Tỷ lệ trẻ sơ sinh có cân nặng dưới 2.500 gram chiếm 4,2%") says
 * which are counted, as an age does ("trẻ em dưới 5 tuổi"): the rate is the figure, the bound stays in
 * its name (tuning on held-out 14 … 16, branch tuneN). Sentences written for these tests; none is in
 * the corpus.
 */
import { nameActualUnit as shown, read } from "./proposals";

describe("a bound inside a rate's name", () => {
  it("is no figure of its own, whatever its unit", () => {
    expect(shown(read("Tỷ lệ hộ có diện tích nhà ở bình quân dưới 10 m2/người chiếm 2,7%."))).toEqual([
      ["Tỷ lệ hộ có diện tích nhà ở bình quân dưới 10 m2/người", 2.7, "%"],
    ]);
    expect(shown(read("Năm 2026, tỷ lệ trẻ sinh ra nặng dưới 2.500 gram là 3,9%."))).toEqual([
      ["Tỷ lệ trẻ sinh ra nặng dưới 2.500 gram", 3.9, "%"],
    ]);
  });

  it("leaves a count followed by its own share as it was", () => {
    expect(shown(read("Toàn huyện có 412 hộ nghèo, chiếm 1,6% tổng số hộ."))).toEqual([
      ["Hộ nghèo", 412, "hộ"],
      ["Tỷ lệ hộ nghèo", 1.6, "%"],
    ]);
  });
});

/**
 * A digit inside a word ("4G", "5G") is no figure: a count's name goes on through it after a listed
 * noun ("thôn, bản được phủ sóng di động 4G"). Sentences written for these tests; none is in the
 * corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const named = (text: string): Array<[string, string, number | null]> =>
  extractIndicators(text, "vi").map((p) => [p.name, p.unit, p.actual]);

describe("a word with a digit in a count's name", () => {
  it("keeps the name after a listed noun going on through it", () => {
    expect(named("Đến nay có 58/63 xã, thị trấn được phủ sóng 5G.")).toEqual([
      ["Xã, thị trấn được phủ sóng 5G", "xã", 58],
    ]);
  });
});

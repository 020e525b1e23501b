/**
 * A count named by its unit alone, then the kinds it is made of ("có 2.140 người, gồm bác sĩ, điều
 * dưỡng và hộ sinh"): the kinds name it (src/core/extract-thin-names.ts). Figures after "gồm" are
 * parts of their own and name nothing. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p) => [p.name, p.actual ?? p.plan, p.unit] as const);

describe("a count then the kinds it is made of", () => {
  it("is named by the kinds", () => {
    expect(
      rows(
        "Đến cuối năm 2028, toàn ngành y tế huyện có 2.140 người, gồm bác sĩ, điều dưỡng và hộ sinh, trong đó 312 bác sĩ.",
      ),
    ).toEqual([
      ["Bác sĩ, điều dưỡng và hộ sinh", 2140, "người"],
      ["Bác sĩ", 312, "bác sĩ"],
    ]);
  });

  it("leaves parts counted after gồm to name themselves", () => {
    expect(
      rows("Năm 2029, đội tuyển của huyện giành 21 giải, gồm 4 giải Nhất và 17 giải Nhì.")[0]?.[0],
    ).not.toMatch(/^Gồm/u);
  });
});

/**
 * "a% A và b% B <predicate>": the predicate said once after the second share is the first's too, in
 * a list of targets as in a list of results. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const named = (text: string): Array<[string, number | null, number | null]> =>
  extractIndicators(text, "vi").map((p) => [p.name, p.actual, p.plan]);

describe("a predicate shared by two target shares", () => {
  it("names both shares with it", () => {
    expect(
      named(
        "Mục tiêu đến năm 2030:\n- 90% trường tiểu học và 80% trường trung học cơ sở đạt chuẩn quốc gia;",
      ),
    ).toEqual([
      ["Trường tiểu học đạt chuẩn quốc gia", null, 90],
      ["Trường trung học cơ sở đạt chuẩn quốc gia", null, 80],
    ]);
  });
});

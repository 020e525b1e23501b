/**
 * Names of a count said again by its bare noun after a noun phrase that kept a comma, and of a share
 * right after a count (src/core/extract-unit-again.ts, src/core/extract.ts). Sentences written for
 * these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const named = (text: string): [string, number | null][] =>
  extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.actual ?? p.plan]);

describe("names taken from the count before", () => {
  it("gives a bare noun said again the words of a noun phrase with a comma inside", () => {
    const got = named(
      "Công an phường tiếp nhận 138 tin báo, tố giác tội phạm, đã giải quyết 131 tin, đạt 94,93%.",
    );
    expect(got[1]).toEqual(["Giải quyết tin báo, tố giác tội phạm", 131]);
    expect(got[2]).toEqual(["Tỷ lệ giải quyết tin báo, tố giác tội phạm", 94.93]);
  });

  it("names 'đạt tỷ lệ' after a doubled noun by the count before", () => {
    const got = named("Tòa án huyện thụ lý 1.214 vụ, việc, giải quyết 1.160 vụ, việc, đạt tỷ lệ 95,55%.");
    expect(got[2]).toEqual(["Tỷ lệ giải quyết vụ", 95.55]);
  });

  it("names a share with no subject right after a count by what the count counted", () => {
    const got = named("Toàn huyện có 1.236 người cao tuổi cô đơn, 98,2% được chăm sóc tại cộng đồng.");
    expect(got).toEqual([
      ["Người cao tuổi cô đơn", 1236],
      ["Tỷ lệ người cao tuổi cô đơn được chăm sóc tại cộng đồng", 98.2],
    ]);
  });
});

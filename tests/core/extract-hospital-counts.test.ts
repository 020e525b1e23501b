/**
 * Hospitals counted whole ("bệnh viện" a count unit, src/core/extract-units.ts), so that a bracket
 * splitting them into kinds keeps each part. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) => extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.actual, p.unit]);

describe("hospitals counted whole", () => {
  it("keeps each kind of hospital in a bracket after the total", () => {
    expect(rows("Thành phố có 26 bệnh viện (19 bệnh viện công lập và 7 bệnh viện ngoài công lập).")).toEqual([
      ["Bệnh viện", 26, "bệnh viện"],
      ["Bệnh viện công lập", 19, "bệnh viện"],
      ["Bệnh viện ngoài công lập", 7, "bệnh viện"],
    ]);
  });
});

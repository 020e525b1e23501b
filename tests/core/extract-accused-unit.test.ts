/**
 * "bị can" (the accused before trial) is a count of its own, also after a count of cases and a slash
 * ("1.604 vụ/2.487 bị can"), as "bị cáo" is. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

describe("the accused as a unit", () => {
  it("reads cases and the accused written with a slash as two counts", () => {
    const got = extractIndicators(
      "Viện kiểm sát huyện kiểm sát điều tra 312 vụ/468 bị can, đã truy tố 275 vụ/401 bị can.",
      "vi",
    ).map((p) => [p.unit, p.actual]);
    expect(got).toEqual([
      ["vụ", 312],
      ["bị can", 468],
      ["vụ", 275],
      ["bị can", 401],
    ]);
  });
});

/**
 * A tax audit's "giảm lỗ" and "giảm khấu trừ" are results named by their verb, not changes of the
 * figure before (src/core/extract-text.ts, stripEdges). Sentences written for these tests; none is in
 * the corpus.
 */
import { nameUnitActualOf as rows } from "./proposals";

describe("tax audit cuts", () => {
  it("keep 'giảm' in the names of the loss and the deduction cut", () => {
    expect(rows("Qua thanh tra, Chi cục Thuế khu vực truy thu 27,6 tỷ đồng; giảm lỗ 44,1 tỷ đồng.")).toEqual([
      ["Chi cục Thuế khu vực truy thu", "tỷ đồng", 27.6],
      ["Giảm lỗ", "tỷ đồng", 44.1],
    ]);
    expect(rows("Năm 2026, cơ quan thuế đã giảm khấu trừ 9,35 tỷ đồng.")).toEqual([
      ["Giảm khấu trừ", "tỷ đồng", 9.35],
    ]);
  });
});

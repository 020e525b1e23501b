/**
 * A milestone passed ("vượt mốc", "cán mốc", src/core/extract-figures.ts) says how far a level went:
 * no figure of its own; the level reached beside it stays. Sentences written for these tests; none
 * is in the corpus.
 */
import { type Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const figures = (text: string) => read(text).map((p: Proposal) => [p.unit, p.actual ?? p.plan]);

describe("a milestone passed", () => {
  it("is no figure beside the level reached", () => {
    expect(
      figures(
        "Doanh thu du lịch năm 2026 lần đầu cán mốc 5 nghìn tỷ đồng, đạt 5.214 tỷ đồng, tăng 18,2% so với năm 2025.",
      ),
    ).toEqual([["tỷ đồng", 5214]]);
  });

  it("is no figure told alone", () => {
    expect(figures("Đây là năm thứ hai liên tiếp huyện thu ngân sách vượt mốc 900 tỷ đồng.")).toEqual([]);
  });
});

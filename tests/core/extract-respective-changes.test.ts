/**
 * Counts whose changes are said in their own units, then "tương ứng" and the same changes in %
 * (src/core/extract-respective-changes.ts). Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p: Proposal) => [p.unit, p.actual, p.changePct]);

describe("changes in % said 'tương ứng' after changes in the counts' units", () => {
  it("gives each count its change in %, in order, and no row to the percentages", () => {
    expect(
      rows(
        "Năm 2026 trên địa bàn huyện xảy ra 38 vụ cháy, làm chết 3 người, bị thương 9 người; so với năm 2025 tăng 4 vụ, giảm 1 người chết và giảm 2 người bị thương, tương ứng giảm 5,26%, 25% và 18,18%.",
      ),
    ).toEqual([
      ["vụ", 38, -5.26],
      ["người", 3, -25],
      ["người", 9, -18.18],
    ]);
  });

  it("reads a rise the same way", () => {
    expect(
      rows(
        "Công an huyện phát hiện 64 vụ, bắt 97 đối tượng; so với cùng kỳ tăng 8 vụ, tăng 15 đối tượng, tương ứng tăng 14,29% và 18,29%.",
      ),
    ).toEqual([
      ["vụ", 64, 14.29],
      ["đối tượng", 97, 18.29],
    ]);
  });
});

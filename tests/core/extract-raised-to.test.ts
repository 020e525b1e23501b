/**
 * A step then the level reached ("tăng 1.200 đồng/kg, lên 96.500 đồng/kg"): the level is the row,
 * named by the measure; the step is no row (src/core/extract-raised-to.ts). Sentences written for
 * these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p) => [p.name, p.actual ?? p.plan, p.unit] as const);

describe("a step then the level reached", () => {
  it("keeps the level under the measure's name", () => {
    expect(rows("Giá tiêu đen tại vùng Đất Đỏ tăng 2.500 đồng/kg, lên 141.000 đồng/kg.")).toEqual([
      ["Giá tiêu đen tại vùng Đất Đỏ", 141000, "đồng/kg"],
    ]);
    expect(rows("Giá vàng miếng giảm 400.000 đồng/lượng xuống 149,6 triệu đồng/lượng.")).toEqual([
      ["Giá vàng miếng", 149.6, "triệu đồng/lượng"],
    ]);
  });

  it("leaves a fall in % before a level in people", () => {
    const got = rows(
      "Năm 2029, tai nạn giao thông làm chết 52 người, giảm 9,1%, còn 52 người; bị thương 38 người.",
    );
    expect(got.some(([, v, u]) => v === 38 && u === "người")).toBe(true);
  });
});

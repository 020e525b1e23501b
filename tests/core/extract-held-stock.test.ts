/**
 * A body's stock said with "quản lý" ("Sở Y tế quản lý 36 trạm y tế", "ngành giáo dục huyện quản lý
 * 64 trường học") reads as "có" does: the words after the figure name it, not the body nor its verb
 * (src/core/extract-names.ts). A name that says who manages ("cán bộ quản lý") is left alone.
 * Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p) => [p.name, p.actual ?? p.plan, p.unit] as const);

describe("a stock a body holds with quản lý", () => {
  it("is named by what is held", () => {
    expect(rows("Đầu năm học 2028 - 2029, ngành giáo dục huyện quản lý 64 trường học.")).toEqual([
      ["Trường học", 64, "trường"],
    ]);
    expect(rows("Hội Nông dân tỉnh hiện quản lý 318 chi hội nông dân.")).toEqual([
      ["Chi hội nông dân", 318, "chi hội"],
    ]);
  });

  it("keeps a name that is an indicator of managers", () => {
    expect(rows("Năm 2029, số cán bộ quản lý được bồi dưỡng là 146 người.")[0]?.[0]).toMatch(/quản lý/u);
  });
});

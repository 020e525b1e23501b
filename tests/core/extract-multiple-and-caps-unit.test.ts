/**
 * A level said after a multiple of an old base (src/core/extract-multiple-before.ts), and a unit in
 * capitals after a figure that ends its sentence ("TEU.", src/core/extract-tense.ts, extract-units.ts).
 * Sentences written for these tests, not taken from the corpus.
 */
import { readByRules as rules } from "./proposals";

describe("a level after a multiple is the level of what the multiple was said of", () => {
  it("names it by the subject, with or without the base before it", () => {
    expect(
      rules("So với năm 2015, sản lượng cá nuôi của huyện tăng gấp 3,4 lần, đạt 18.250 tấn.").map((p) => [
        p.name,
        p.actual,
      ]),
    ).toEqual([["Sản lượng cá nuôi của huyện", 18250]]);
    expect(
      rules("Doanh thu dịch vụ logistics tăng gấp 1,6 lần, ước đạt 712 tỷ đồng.").map((p) => p.name),
    ).toEqual(["Doanh thu dịch vụ logistics"]);
  });

  it("names the average growth after it as that level's rate of growth", () => {
    const got = rules(
      "So với năm 2020, doanh thu du lịch năm 2025 tăng gấp 1,9 lần, ước đạt 2.140 tỷ đồng; bình quân giai đoạn tăng 13,7%/năm.",
    );
    expect(got.map((p) => [p.name, p.actual])).toEqual([
      ["Doanh thu du lịch năm 2025", 2140],
      ["Tốc độ tăng doanh thu du lịch bình quân giai đoạn", 13.7],
    ]);
  });
});

describe("a unit in capitals after a figure", () => {
  it("reads TEU as a unit and ends the sentence after it", () => {
    const got = rules("Cảng Bắc Vân bốc xếp 98.400 TEU. Doanh thu đạt 412,6 tỷ đồng.");
    expect(got.map((p) => [p.name, p.actual, p.unit])).toEqual([
      ["Cảng Bắc Vân bốc xếp", 98400, "TEU"],
      ["Doanh thu", 412.6, "tỷ đồng"],
    ]);
  });
});

/**
 * A rate's part listed after it with only what differs, when the part ends the rate's name ("… suy
 * dinh dưỡng thể nhẹ cân còn x%; thể thấp còi còn y%"), and a subject raised to its figure by a
 * passive verb ("mạng lưới … thành phố X được mở rộng lên 12 tuyến"), whose verb and place are no
 * part of the name. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";
import { parallelRateName } from "../../src/core/extract-parallel";

const named = (text: string): Array<[string, number | null]> =>
  extractIndicators(text, "vi").map((p) => [p.name, p.actual]);

describe("a rate's last part listed after it", () => {
  it("replaces the part that ends the rate's name", () => {
    expect(parallelRateName("Tỷ lệ học sinh tiểu học béo phì mức nhẹ", "mức nặng")).toBe(
      "Tỷ lệ học sinh tiểu học béo phì mức nặng",
    );
  });

  it("names the second rate of a sentence by the first", () => {
    expect(
      named(
        "Tỷ lệ trẻ em dưới 2 tuổi thiếu vi chất dạng thiếu máu còn 11,6%, giảm 0,4 điểm phần trăm; dạng thiếu kẽm còn 14,9%.",
      ),
    ).toEqual([
      ["Tỷ lệ trẻ em dưới 2 tuổi thiếu vi chất dạng thiếu máu", 11.6],
      ["Tỷ lệ trẻ em dưới 2 tuổi thiếu vi chất dạng thiếu kẽm", 14.9],
    ]);
  });
});

describe("a subject raised to its figure by a passive verb", () => {
  it("drops the verb and the place the subject belongs to", () => {
    expect(
      named(
        "Đến cuối năm 2025, hệ thống trạm sạc xe điện thành phố Lam Điền được nâng lên 64 trạm với 310 cổng sạc.",
      ),
    ).toEqual([
      ["Hệ thống trạm sạc xe điện", 64],
      ["Cổng sạc của hệ thống trạm sạc xe điện", 310],
    ]);
  });
});

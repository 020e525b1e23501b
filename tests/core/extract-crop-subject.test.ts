/**
 * A crop or an area before "đã" is what was sown or harvested, not who did it: the name keeps it
 * (src/core/extract-names.ts, leftName's cut at " đã "). Sentences written for these tests; none is
 * in the corpus.
 */
import { nameUnitActualOf as rows } from "./proposals";

describe("crop or area as the subject before 'đã'", () => {
  it("keeps a crop that was sown", () => {
    expect(rows("Cây lạc vụ Xuân đã gieo trồng 1.240 ha, tăng 2,1% so với cùng kỳ.")[0]).toEqual([
      "Cây lạc vụ Xuân đã gieo trồng",
      "ha",
      1240,
    ]);
  });

  it("keeps an area that was harvested", () => {
    expect(rows("Diện tích khoai lang vụ Đông đã thu hoạch 415 ha.")[0]).toEqual([
      "Diện tích khoai lang vụ Đông đã thu hoạch",
      "ha",
      415,
    ]);
  });

  it("still leaves out who did it", () => {
    expect(rows("Hợp tác xã Đông Hòa đã gieo trồng 96 ha.")[0]?.[0]).not.toMatch(/^Hợp tác xã/u);
  });
});

/**
 * The money of Tết gifts, and a Tết gift count named by its verb alone, are named by the occasion
 * (src/core/extract-gift-tet.ts). Sentences written for these tests; none is in the corpus.
 */
import { nameUnitActualOf as rows } from "./proposals";

describe("Tết gifts", () => {
  it("names the money of Tết gifts by the gifts and Tết, not by who got them", () => {
    expect(
      rows(
        "Dịp Tết Nguyên đán, thị xã Hòa Lạc trao 2.150 suất quà cho hộ nghèo, gia đình chính sách với tổng trị giá 1,08 tỷ đồng.",
      ),
    ).toContainEqual(["Tổng trị giá suất quà Tết", "tỷ đồng", 1.08]);
    expect(rows("Phường Đông Kinh tặng 420 phần quà dịp Tết với tổng kinh phí 215 triệu đồng.")).toEqual([
      ["Phần quà Tết", "phần", 420],
      ["Tổng kinh phí phần quà Tết", "triệu đồng", 215],
    ]);
  });

  it("names a Tết gift count said by its verb alone", () => {
    expect(rows("Dịp Tết Nguyên đán, xã Phú Mỹ Tây trao 96 suất quà, tổng trị giá 48 triệu đồng.")).toEqual([
      ["Suất quà Tết", "suất", 96],
      ["Tổng trị giá suất quà Tết", "triệu đồng", 48],
    ]);
  });

  it("keeps the recipients of a count that names them, and gifts of Tết and another day", () => {
    const tet = rows(
      "Dịp Tết, huyện Kỳ Phong trao 730 suất quà cho người có công với tổng trị giá 365 triệu đồng.",
    );
    expect(tet[0]?.[0]).toMatch(/người có công/u);
    const both = rows(
      "Nhân dịp Tết Nguyên đán và ngày 27/7, hội tặng 75 phần quà cho thương binh, tổng trị giá 30 triệu đồng.",
    );
    expect(both.map((r) => r[0]).join(" ")).not.toMatch(/quà Tết/u);
  });
});

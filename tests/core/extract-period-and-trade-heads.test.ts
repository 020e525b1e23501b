/**
 * Names completed from a lead the keys keep: the months summed ("Tính chung 9 tháng,", "Bình quân 6
 * tháng,": src/core/extract-year-lead.ts) and the trade over a list of goods ("Các mặt hàng xuất khẩu
 * chủ lực:": src/core/extract-list-lead.ts). Sentences written for these tests, not from the corpus.
 */
import { readNamesByRules as rules } from "./proposals";

const named = (text: string): [number | null, string][] =>
  rules(text).map((p) => [p.actual ?? p.plan, p.name]);

describe("a sentence led by the months summed keeps them in each name", () => {
  it("appends the months and the mean", () => {
    expect(named("Bình quân 6 tháng năm 2027, CPI tăng 2,74% so với cùng kỳ.")).toEqual([
      [2.74, "CPI bình quân 6 tháng"],
    ]);
  });

  it("gives each figure of the sentence the months, parts after ';' too", () => {
    const got = named(
      "Tính chung 8 tháng, doanh thu bán lẻ hàng hóa đạt 21.406,2 tỷ đồng, tăng 9,3%; trong đó doanh thu lưu trú 1.214,5 tỷ đồng.",
    );
    expect(got).toContainEqual([21406.2, "Doanh thu bán lẻ hàng hóa 8 tháng"]);
    expect(got.find(([v]) => v === 1214.5)?.[1]).toMatch(/ 8 tháng$/u);
  });

  it("leaves a sentence led by the months alone as it was", () => {
    expect(named("8 tháng năm 2027, kim ngạch xuất khẩu đạt 612,4 triệu USD.")[0]?.[1]).not.toMatch(
      /tháng$/u,
    );
  });
});

describe("items under a head of traded goods are that trade", () => {
  it("names money items of an inline list 'Xuất khẩu …'", () => {
    expect(
      named("Các mặt hàng xuất khẩu chủ lực: cà phê 318,6 triệu USD, hồ tiêu 72,4 triệu USD.").map(
        ([, n]) => n,
      ),
    ).toEqual(["Xuất khẩu cà phê", "Xuất khẩu hồ tiêu"]);
  });

  it("names a quantity under bulleted imports '… nhập khẩu'", () => {
    const got = named(
      "Một số mặt hàng nhập khẩu chính:\n- Phân bón: 24,6 nghìn tấn, trị giá 9,8 triệu USD;\n- Sắt thép: 41,2 triệu USD.",
    );
    expect(got).toContainEqual([24600, "Phân bón nhập khẩu"]);
    expect(got).toContainEqual([41.2, "Nhập khẩu sắt thép"]);
  });

  it("leaves items under a head of other goods alone", () => {
    expect(named("Sản phẩm chủ yếu: xi măng 1,2 triệu tấn, gạch nung 96 triệu viên.")[0]?.[1]).toBe(
      "Xi măng",
    );
  });
});

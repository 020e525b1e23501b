/**
 * The worth of gifts counted just before it is named by the gifts ("Trị giá suất quà", with "Tết"
 * when the occasion is Tết), not by who got them nor by the occasion's date
 * (src/core/extract-gift-worth.ts). Sentences written for these tests; none is in the corpus.
 */
import { nameUnitActualOf as rows } from "./proposals";

const worth = (text: string): (string | number | null)[] | undefined =>
  rows(text).find((r) => /đồng/u.test(String(r[1])));

describe("worth of gifts", () => {
  it("drops a list of recipients between the count and ', trị giá'", () => {
    expect(
      worth(
        "Hội Chữ thập đỏ xã trao 512 suất quà cho hộ nghèo, người cao tuổi cô đơn, trẻ em mồ côi, trị giá 256 triệu đồng.",
      ),
    ).toEqual(["Trị giá suất quà", "triệu đồng", 256]);
  });

  it("drops an occasion's date and keeps Tết", () => {
    expect(
      worth("Huyện tặng 140 phần quà cho gia đình chính sách dịp lễ 27/7, trị giá 70 triệu đồng."),
    ).toEqual(["Trị giá phần quà", "triệu đồng", 70]);
    expect(
      worth(
        "Dịp Tết Nguyên đán, phường trao 96 suất quà cho hộ cận nghèo, người neo đơn, trị giá 48 triệu đồng.",
      ),
    ).toEqual(["Trị giá suất quà Tết", "triệu đồng", 48]);
  });

  it("keeps 'tổng' of ', tổng trị giá'", () => {
    expect(
      worth(
        "Công đoàn ngành tặng 230 phần quà cho đoàn viên, người lao động khó khăn, tổng trị giá 115 triệu đồng.",
      ),
    ).toEqual(["Tổng trị giá phần quà", "triệu đồng", 115]);
  });

  it("leaves a single recipient before ', trị giá' to the name it had", () => {
    expect(worth("Xã tặng 75 phần quà cho thương binh, trị giá 30 triệu đồng.")?.[0]).toMatch(
      /cho thương binh/u,
    );
  });

  it("leaves money that is not the gifts' worth alone", () => {
    expect(
      worth("Xã tặng 60 suất quà cho hộ nghèo; chi trả trợ cấp cho 214 đối tượng với kinh phí 1,2 tỷ đồng."),
    ).toEqual(["Kinh phí chi trả trợ cấp đối tượng", "tỷ đồng", 1.2]);
  });
});

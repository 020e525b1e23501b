/**
 * Visitors counted by the verb that receives them in a paragraph on tourism
 * (src/core/extract-tourists.ts): "Lượt khách du lịch". Sentences written for these tests; none is
 * in the corpus.
 */
import { nameUnitOf as names } from "./proposals";

describe("visitors received, in a paragraph on tourism", () => {
  it("are named as tourists, whoever received them", () => {
    expect(
      names(
        "Hoạt động du lịch tiếp tục khởi sắc. Sáu tháng đầu năm, thành phố đón khoảng 2,15 triệu lượt khách, tăng 12%; doanh thu du lịch đạt 1.960 tỷ đồng.",
      )[0],
    ).toEqual(["Lượt khách du lịch", "lượt khách"]);
    expect(names("Ngành du lịch năm 2026 ước đón 960 nghìn lượt khách.")[0]).toEqual([
      "Lượt khách du lịch",
      "lượt khách",
    ]);
  });

  it("leaves visitors elsewhere and visitors named by what they visited as they were", () => {
    expect(names("Bảo tàng tỉnh đón 48.200 lượt khách tham quan trong năm.")[0]?.[0]).not.toBe(
      "Lượt khách du lịch",
    );
    expect(names("Trung tâm hành chính công đón 21.300 lượt khách đến giao dịch.")[0]?.[0]).not.toBe(
      "Lượt khách du lịch",
    );
    // Tourism only in a later sentence: the visitors may be the place's, not the sector's.
    expect(
      names(
        "Năm 2026, huyện Tân Phước đón 640 nghìn lượt khách. Doanh thu du lịch ước đạt 512 tỷ đồng.",
      )[0]?.[0],
    ).not.toBe("Lượt khách du lịch");
  });
});

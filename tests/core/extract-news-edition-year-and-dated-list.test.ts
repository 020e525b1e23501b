// News name an event or an index by its edition's year ("Hội chợ … 2025 thu hút"), and a place's
// bullets may report one year and aim at the next with a floor. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { find, findActualOrPlan as row, read } from "./proposals";

describe("a year after a proper name", () => {
  it("is the event's edition, and the count after the verb is kept", () => {
    const ps = read("Sau 3 ngày, Hội chợ Thương mại Lâm Hà 2025 thu hút khoảng 2,4 triệu lượt khách.");
    expect(find(ps, 2025)).toBeUndefined();
    expect(find(ps, 2_400_000)?.unit).toBe("lượt khách");
  });

  it("is an index's edition after its bracketed short name", () => {
    const ps = read(
      "Huyện Đông Sơn đứng thứ 5/20 trên bảng xếp hạng Chỉ số cải cách hành chính (PAR Index) 2024 công bố ngày 12/4/2025.",
    );
    expect(find(ps, 2024)).toBeUndefined();
  });

  it("stays a count when a counted thing follows it", () => {
    const ps = read("Thị trường Hàn Quốc 2025 lượt khách, tăng 5%.");
    expect(find(ps, 2025)?.unit).toBe("lượt khách");
  });
});

describe("a list that reports a year and aims at the next", () => {
  it("keeps the earlier year's items as results", () => {
    const ps = read(
      "Xã đảo Hòn Tre:\n- Năm 2025 đón 52.300 lượt khách, tăng 11,2%; doanh thu du lịch 86 tỷ đồng.\n- Có 38 cơ sở lưu trú, trong đó 12 homestay.\n- Năm 2026 phấn đấu đón từ 60.000 lượt khách trở lên.",
    );
    expect(find(ps, 52_300)?.plan).toBeNull();
    expect(find(ps, 86)?.unit).toBe("tỷ đồng");
    expect(find(ps, 38)?.unit).toBe("cơ sở lưu trú");
    expect(row(ps, 60_000) ?? ps.find((p) => /60\.000/u.test(p.planText ?? ""))).toBeDefined();
  });

  it("still reads a list of floors with no earlier year as targets", () => {
    const ps = read(
      "Mục tiêu của xã Tân Lập:\n- Năm 2026 đón từ 30.000 lượt khách trở lên.\n- Doanh thu du lịch đạt 45 tỷ đồng.",
    );
    expect(row(ps, 45)?.actual).toBeNull();
  });
});

describe("a share after a count whose clause ends in a date", () => {
  it("keeps 'chiếm' after 'quý II/2027' as the count's share", () => {
    const ps = read("Đến nay, 12/15 hợp tác xã đã có hợp đồng tiêu thụ đến hết quý II/2027, chiếm 80%.");
    expect(find(ps, 80)?.unit).toBe("%");
    expect(find(ps, 80)?.name).toMatch(/^Tỷ lệ hợp tác xã/u);
  });

  it("and after 'tháng 3/2027'", () => {
    const ps = read("Có 9/12 làng nghề đã nhận đơn hàng đến tháng 3/2027, chiếm 75%.");
    expect(find(ps, 75)?.unit).toBe("%");
  });
});

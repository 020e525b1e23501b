// Enterprises', cooperatives' and credit funds' business reports: the body that reports is no part
// of a row's name, volumes in litres, a bank's offices, ceilings beside a result, dividend rates and
// a result under a year before the plan's heading. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { isSure } from "../../src/core/extract";
import { findActualOrPlan as row, read } from "./proposals";

describe("the enterprise that reports is no part of a row's name", () => {
  it("drops a company and its reporting verb before what it reports", () => {
    const ps = read(
      "Công ty cổ phần Nhiệt điện Đồi Mây ước sản lượng điện thương phẩm năm 2026 đạt 2.184,5 triệu kWh, bằng 104,3% kế hoạch.",
    );
    expect(row(ps, 2_184_500_000)).toMatchObject({ name: "Sản lượng điện thương phẩm", unit: "kWh" });
    const told = read(
      "Công ty TNHH Chế biến gỗ Phú Sa công bố doanh thu thuần năm 2026 đạt 736,4 tỷ đồng, tăng 8,2% so với năm trước.",
    );
    expect(row(told, 736.4)).toMatchObject({ name: "Doanh thu thuần", unit: "tỷ đồng" });
  });

  it("names a row by what a body did, with or without its own name", () => {
    const ps = read(
      "Năm 2026, Hợp tác xã Dịch vụ Rạch Sen thu mua 5.120 tấn lúa của xã viên. Trong năm, hợp tác xã vận chuyển 318.400 lượt khách đi đò.",
    );
    expect(row(ps, 5120)?.name).toBe("Thu mua lúa của xã viên");
    expect(row(ps, 318_400)?.name).toMatch(/^Vận chuyển/u);
    const fund = read("Năm 2026, Quỹ tín dụng nhân dân Tân Hà ước đạt lợi nhuận 3,92 tỷ đồng.");
    expect(row(fund, 3.92)?.name).toBe("Lợi nhuận");
  });

  it("keeps a kind of body that is counted", () => {
    const ps = read("Liên minh có 18 hợp tác xã nông nghiệp và 240 tổ hợp tác.");
    expect(row(ps, 18)?.name).toMatch(/hợp tác xã/iu);
  });
});

describe("units of enterprises' output", () => {
  it("reads litres as a measure and the product after it as part of the name", () => {
    const ps = read(
      "Năm 2026, Công ty cổ phần Nước giải khát Sông Lam tiêu thụ 86,3 triệu lít nước tinh khiết.",
    );
    expect(row(ps, 86_300_000)).toMatchObject({ name: "Tiêu thụ nước tinh khiết", unit: "lít" });
  });

  it("counts a bank's transaction offices as a unit of two words", () => {
    const ps = read("Đến cuối năm, 9/11 phòng giao dịch của chi nhánh đạt chỉ tiêu huy động vốn.");
    expect(row(ps, 9)).toMatchObject({ unit: "phòng giao dịch", total: 11 });
  });
});

describe("a ceiling stated beside a result", () => {
  it("is not a figure of its own", () => {
    const ps = read("Tỷ lệ nợ xấu của quỹ là 2,14%, vượt giới hạn 2% do Hội đồng quản trị đề ra.");
    expect(ps.map((p) => p.actual ?? p.plan)).toEqual([2.14]);
    const under = read("Nợ quá hạn của hợp tác xã chiếm 0,6% dư nợ, dưới ngưỡng 3% cho phép.");
    expect(under.map((p) => p.actual ?? p.plan)).toEqual([0.6]);
  });
});

describe("rates named by what stands before them", () => {
  it("names a dividend in % as its rate", () => {
    const ps = read("Kế hoạch năm 2027, công ty đặt mục tiêu doanh thu 640 tỷ đồng và trả cổ tức 12%.");
    expect(ps.find((p) => p.unit === "%")?.name).toBe("Tỷ lệ trả cổ tức");
  });

  it("names a share after 'với tỷ lệ' by what was done", () => {
    const ps = read(
      "Hội đồng quản trị đã hoàn thành việc tạm ứng cổ tức đợt 1 năm 2026 với tỷ lệ 8% bằng tiền mặt.",
    );
    expect(ps.find((p) => p.unit === "%")?.name).toBe("Tỷ lệ tạm ứng cổ tức đợt 1 năm 2026");
    const own = read("Tờ trình được thông qua với tỷ lệ biểu quyết tán thành 98,6%.");
    expect(own.find((p) => p.unit === "%")?.name).toBe("Tỷ lệ biểu quyết tán thành");
  });
});

describe("targets", () => {
  it("drops 'dự kiến' from a target's name and completes a bare 'sản lượng'", () => {
    const ps = read("Kế hoạch năm 2027:\n- Trồng 75 ha chè an toàn, sản lượng dự kiến 610 tấn.");
    expect(row(ps, 610)).toMatchObject({ name: "Sản lượng chè an toàn", plan: 610 });
  });

  it("reads a sentence led by the year before a business plan's heading as a result", () => {
    const ps = read(
      "Kế hoạch sản xuất kinh doanh năm 2027 của công ty:\n- Doanh thu 920 tỷ đồng;\n- Lợi nhuận trước thuế 64 tỷ đồng.\nNăm 2026, 5/7 xí nghiệp thành viên vượt kế hoạch sản lượng.",
    );
    expect(row(ps, 920)).toMatchObject({ plan: 920, actual: null });
    expect(row(ps, 5)).toMatchObject({ actual: 5, total: 7 });
  });

  it("reads an aside on the year before the plan's year as a result, and goes on with the targets", () => {
    const ps = read(
      "Kế hoạch năm 2027, hợp tác xã phấn đấu doanh thu 18.400 triệu đồng. Đại hội cũng thống nhất mức chia lãi năm 2026 là 7,5 triệu đồng/thành viên. Tổng vốn dự kiến cho kho lạnh mới là 2.600 triệu đồng.",
    );
    expect(row(ps, 18_400)).toMatchObject({ plan: 18_400, actual: null });
    expect(row(ps, 7.5)).toMatchObject({ actual: 7.5 });
    expect(row(ps, 2600)).toMatchObject({ plan: 2600, actual: null });
  });
});

describe("a shareholders' meeting", () => {
  it("leaves its votes unticked: they narrate the meeting, they report no result", () => {
    const ps = read(
      "Đại hội đồng cổ đông năm 2027 của công ty có 41 cổ đông dự, sở hữu 91,3% số cổ phần có quyền biểu quyết. Tờ trình phân phối lợi nhuận được thông qua với tỷ lệ tán thành 99,2%.",
    );
    expect(ps.length).toBeGreaterThan(0);
    expect(ps.filter((p) => isSure(p))).toEqual([]);
  });
});

describe("a ranking's name", () => {
  it("reads 'Top N' as the name of a ranking, not a count", () => {
    const ps = read(
      "Công ty lần thứ 2 có mặt trong Top 100 doanh nghiệp xuất khẩu uy tín. Năm 2026, lợi nhuận sau thuế đạt 57,3 tỷ đồng.",
    );
    expect(ps.map((p) => p.actual)).toEqual([57.3]);
  });
});

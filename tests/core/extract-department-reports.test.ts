/**
 * Shapes of a province department's year-end report (plans stated before the money spent, figures
 * with four decimals, targets scaled by "triệu" / "nghìn", headings that list kinds, events that
 * draw visitors). Sentences written for these tests; none is in the corpus.
 */
import { read } from "./proposals";

const rows = (text: string): [string, number | null, number | null, string | null, string][] =>
  read(text).map((p) => [p.name, p.actual, p.plan, p.planText, p.unit]);

describe("figures as a department writes them", () => {
  it("reads a score with four decimals whole ('0,7385 điểm' is not 0,738 and a 5)", () => {
    const [p] = read(
      "Chỉ số cải cách hành chính (PAR Index) của tỉnh năm nay đạt 0,7385 điểm, xếp thứ 9/63.",
    );
    expect(p?.actual).toBe(0.7385);
    expect(p?.unit).toBe("điểm");
  });

  it("writes a scaled target, its range and its limit in the unit it counts", () => {
    const text =
      "Năm 2028, phấn đấu đón 4,5 - 4,8 triệu lượt khách, trong đó khách nước ngoài trên 260 nghìn lượt; sản lượng thủy sản đạt 1,25 triệu tấn.";
    const ps = read(text);
    expect(ps.map((p) => p.planText)).toEqual(["4.500.000 - 4.800.000", "trên 260.000", "1.250.000"]);
    expect(ps.map((p) => p.unit)).toEqual(["lượt khách", "lượt", "tấn"]);
    expect(ps[2]?.plan).toBe(1250000);
    expect(ps.every((p) => p.actual === null)).toBe(true);
  });
});

describe("the plan stated before the money spent", () => {
  it("names the money after the plan's holder and keeps the plan as its Kế hoạch, no row of its own", () => {
    const text =
      "Các công trình thủy lợi do Ban quản lý dự án làm chủ đầu tư được giao kế hoạch vốn 940 tỷ đồng, đến ngày 15/01/2028 giải ngân 855,4 tỷ đồng, đạt 91% kế hoạch vốn.";
    const ps = read(text);
    expect(ps).toHaveLength(1);
    expect(ps[0]?.name).toBe("Vốn công trình thủy lợi đã giải ngân");
    expect(ps[0]?.actual).toBe(855.4);
    expect(ps[0]?.plan).toBe(940);
    expect(ps[0]?.pctPlan).toBe(91);
  });

  it("drops 'Tính đến ngày …' from the name and takes the plan of the sentence before", () => {
    const text =
      "Kế hoạch vốn đầu tư công năm 2027 được giao 3.120 tỷ đồng. Tính đến ngày 31/01/2028, giải ngân đạt 2.870,4 tỷ đồng, đạt 92% kế hoạch.";
    expect(rows(text)).toEqual([["Vốn đầu tư công đã giải ngân", 2870.4, 3120, null, "tỷ đồng"]]);
  });

  it("keeps the plan as a row when the % of plan does not give it back", () => {
    const text =
      "Kế hoạch vốn năm 2027 được giao 500 tỷ đồng. Đến nay giải ngân 300 tỷ đồng, đạt 75% kế hoạch.";
    expect(read(text)).toHaveLength(2);
  });
});

describe("names of targets", () => {
  it("names a target rise by its verb and leaves 'trở lên' out of the name", () => {
    const [p] = read("Năm 2028, phấn đấu tăng thu ngân sách nhà nước từ 10% trở lên so với dự toán.");
    expect(p?.name).toBe("Tăng thu ngân sách nhà nước");
    // "từ 10% trở lên" in the words the target parser reads.
    expect(p?.planText).toBe("ít nhất 10%");
    expect(p?.actual).toBeNull();
  });

  it("reads what a share is of after 'từ X% trở lên'", () => {
    const [p] = read("Hằng năm có từ 85% trở lên chi hội nông dân được xếp loại vững mạnh.");
    expect(p?.name).toBe("Chi hội nông dân được xếp loại vững mạnh");
  });

  it("leaves the speaker and 'phấn đấu' out of a target's name", () => {
    const [p] = read("Năm 2028, ngành phấn đấu đón 900 nghìn lượt khách lưu trú.");
    expect(p?.name).toBe("Đón lượt khách lưu trú");
    expect(p?.plan).toBe(900000);
  });
});

describe("counts named by what the sentence is about", () => {
  it("names the homes of projects just started by their verb and 'mới'", () => {
    const ps = read("Năm nay khởi công mới 4 dự án nhà ở công nhân với 3.150 căn.");
    expect(ps[1]?.name).toBe("Căn của dự án nhà ở công nhân khởi công mới");
    expect(ps[1]?.actual).toBe(3150);
  });

  it("names visitors an event drew by the event the sentence opens with", () => {
    expect(read("Hội chợ nông sản vùng cao kéo dài 4 ngày, thu hút hơn 52 nghìn lượt khách.")[0]?.name).toBe(
      "Lượt khách Hội chợ nông sản vùng cao",
    );
    expect(read("Giải bơi lội thiếu niên thu hút 640 vận động viên tham gia.")[0]?.name).toBe(
      "Vận động viên tham gia Giải bơi lội thiếu niên",
    );
  });

  it("names each count under a heading that lists kinds by its own kind", () => {
    const text =
      "Hạ tầng phân phối:\n+ Chợ đầu mối, kho lạnh: 3 chợ đầu mối và 11 kho lạnh;\n+ Cửa hàng tiện lợi: 95 cửa hàng.";
    expect(read(text).map((p) => [p.name, p.actual])).toEqual([
      ["Chợ đầu mối", 3],
      ["Kho lạnh", 11],
      ["Cửa hàng tiện lợi", 95],
    ]);
  });
});

describe("targets and counts that go with another figure", () => {
  it("gives the rise a target sets a row of its own in %", () => {
    const text =
      "Năm 2028, phấn đấu doanh thu dịch vụ lưu trú và ăn uống đạt 6.400 - 6.600 tỷ đồng, tăng 9 - 10%; tổng vốn đầu tư toàn xã hội đạt 21.000 tỷ đồng, tăng 8% so với dự toán.";
    expect(rows(text)).toEqual([
      ["Doanh thu dịch vụ lưu trú và ăn uống", null, null, "6.400 - 6.600", "tỷ đồng"],
      ["Tốc độ tăng doanh thu dịch vụ lưu trú và ăn uống", null, null, "9 - 10%", "%"],
      ["Tổng vốn đầu tư toàn xã hội", null, 21000, "21.000", "tỷ đồng"],
    ]);
  });

  it("keeps a result's rise as its change on the year before", () => {
    const [p, ...rest] = read("Năm 2027, doanh thu dịch vụ lưu trú đạt 5.900 tỷ đồng, tăng 8,6%.");
    expect(p?.changePct).toBe(8.6);
    expect(rest).toHaveLength(0);
  });

  it("counts the owners of what was just counted after 'của'", () => {
    const ps = read("Đến nay toàn tỉnh có 212 sản phẩm OCOP còn hạn công nhận của 140 chủ thể.");
    expect(ps.map((p) => [p.name, p.actual, p.unit])).toEqual([
      ["Sản phẩm OCOP còn hạn công nhận", 212, "sản phẩm"],
      ["Chủ thể sản phẩm OCOP", 140, "chủ thể"],
    ]);
  });
});

describe("where an outbreak happened", () => {
  it("counts the farms and the communes they are in, each named by the outbreak", () => {
    const ps = read(
      "Bệnh cúm gia cầm A/H5N1 phát sinh tại 5 hộ thuộc 2 xã, buộc tiêu hủy 2.140 con gia cầm.",
    );
    expect(ps.slice(0, 2).map((p) => [p.name, p.actual, p.unit])).toEqual([
      ["Hộ có bệnh cúm gia cầm A/H5N1", 5, "hộ"],
      ["Xã có bệnh cúm gia cầm A/H5N1", 2, "xã"],
    ]);
  });
});

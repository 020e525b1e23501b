/**
 * Monthly and quarterly reports: a clause that names only its period ("lũy kế 11 tháng", "tính
 * chung 6 tháng", "ước cả năm") is named by the indicator of the figure before it; and a comparison
 * that leads a list of counts by "số <noun>" gives each count its change. Sentences written for these
 * tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";
import { find, read } from "./proposals";

describe("a clause that names only its period", () => {
  it("names the months so far after the month's indicator", () => {
    const got = read(
      "Doanh thu vận tải tháng 11 ước đạt 215,6 tỷ đồng; lũy kế 11 tháng ước đạt 2.310,4 tỷ đồng, tăng 9,1% so với cùng kỳ.",
    );
    expect(find(got, 2310.4)?.name).toBe("Doanh thu vận tải 11 tháng");
  });

  it("names an index's growth so far (tính chung) after the index", () => {
    const got = read(
      "Tháng 6/2027, chỉ số phát triển ngành chế biến ước tăng 7,3% so với cùng kỳ; tính chung 6 tháng tăng 8,05%.",
    );
    expect(find(got, 8.05)?.name).toBe("Chỉ số phát triển ngành chế biến 6 tháng");
  });

  it("names a cumulative count with no noun of its own", () => {
    const got = read(
      "Trong tháng ghi nhận 64 ca tay chân miệng, giảm 5 ca; lũy kế 8 tháng 702 ca, giảm 11,6% so với cùng kỳ.",
    );
    expect(find(got, 702)?.name.toLowerCase()).toContain("ca tay chân miệng 8 tháng");
  });

  it("names the year's estimate after the indicator, not after a part of it", () => {
    const got = read(
      "Tổng chi ngân sách phường 9 tháng là 18.230 triệu đồng, trong đó chi thường xuyên 15.410 triệu đồng. Ước cả năm đạt 25.600 triệu đồng.",
    );
    expect(find(got, 25600)?.name).toBe("Tổng chi ngân sách phường cả năm");
  });

  it("leaves a clause with a subject of its own alone", () => {
    const got = read(
      "Kim ngạch xuất khẩu tháng 5 ước đạt 92,4 triệu USD; 5 tháng kim ngạch nhập khẩu ước đạt 388,2 triệu USD.",
    );
    expect(find(got, 388.2)?.name.toLowerCase()).toContain("nhập khẩu");
  });
});

describe("a comparison that leads a list of counts", () => {
  it("gives each count named by 'số' its change, with no comma after the comparison", () => {
    const got = read(
      "Tai nạn giao thông xảy ra 23 vụ, làm chết 14 người, bị thương 12 người; so với cùng kỳ số vụ giảm 8,0%, số người chết giảm 12,5%.",
    );
    expect(find(got, 23)?.changePct).toBe(-8);
    expect(find(got, 14)?.changePct).toBe(-12.5);
    expect(got.filter((p) => p.unit === "%")).toEqual([]);
  });
});

describe("one reader of period-only clauses", () => {
  it("keeps the whole year as the period when the clause gives its year ('cả năm 2027')", () => {
    const got = read(
      "Quý II/2027, tốc độ tăng trưởng kinh tế ước đạt 6,9%; 6 tháng ước tăng 7,15%. Ước cả năm 2027 tăng trưởng đạt 7,4%.",
    );
    expect(find(got, 7.4)?.name).toBe("Tốc độ tăng trưởng kinh tế cả năm");
  });

  it("takes the verb the indicator was said with ('đón') after the period of a new sentence", () => {
    const got = extractIndicators(
      "Sáu tháng đầu năm 2027, thị trấn Hòa Vy đón 58.300 lượt khách; doanh thu du lịch 41,2 tỷ đồng. Ước cả năm đón 112 nghìn lượt khách.",
      "vi",
      { names: "rules" },
    );
    expect(find(got, 112000)?.name).toBe("Đón lượt khách cả năm");
  });

  it("reads a yearly change after a target ('bình quân mỗi năm giảm') as no rate over a period", () => {
    const got = read(
      "Phấn đấu giảm tỷ lệ hộ nghèo từ 6,2% xuống dưới 3% vào năm 2030; bình quân mỗi năm giảm 0,8 - 1%.",
    );
    expect(got.some((p) => /^vào\b/iu.test(p.name))).toBe(false);
  });
});

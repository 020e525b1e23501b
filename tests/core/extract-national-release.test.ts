/**
 * Shapes of national news and statistics releases (held-out 19's style): stacked scales of the
 * national budget, growth figures and what goes with them, the Government's targets, ages, dates,
 * ranks and a meeting's reach. Sentences written for these tests; none is in the corpus.
 */
import { isSure, type Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const brief = (ps: Proposal[]) =>
  ps.map((p) => ({ name: p.name, unit: p.unit, actual: p.actual, plan: p.plan, planText: p.planText }));

describe("stacked scales of national figures", () => {
  it("reads 'triệu tỷ đồng' as a million tỷ đồng, as 'nghìn tỷ đồng' is a thousand", () => {
    const [spend, debt] = read(
      "Tổng thu ngân sách nhà nước năm nay ước đạt 2,14 triệu tỷ đồng; dư nợ cho vay toàn hệ thống đạt 16,3 triệu tỷ đồng.",
    );
    expect(spend).toMatchObject({ unit: "tỷ đồng", actual: 2140000 });
    expect(spend?.name).toMatch(/^Tổng thu ngân sách nhà nước/u);
    expect(debt).toMatchObject({ unit: "tỷ đồng", actual: 16300000 });
  });

  it("writes a target's limit in the row's unit when a scale word was multiplied in", () => {
    const [guests] = read("Năm 2028 phấn đấu đón 14 triệu lượt khách trở lên, phấn đấu 15 triệu lượt khách.");
    expect(guests).toMatchObject({ unit: "lượt khách", actual: null, planText: "ít nhất 14.000.000" });
    expect(guests?.stretch).toBe(15000000);
    // "trở lên" is the limit, no word of the name.
    expect(guests?.name).not.toMatch(/trở lên/u);
    const [trees] = read("Kế hoạch năm 2028: trồng mới 2 - 2,5 triệu cây xanh.");
    expect(trees).toMatchObject({ unit: "cây", planText: "2.000.000 - 2.500.000" });
  });
});

describe("growth figures of a statistics release", () => {
  it("names the economy's growth by the abbreviation in brackets, as 'GRDP' is", () => {
    const [whole] = read("Tổng sản phẩm trong nước (GDP) năm 2026 ước tăng 6,93% so với năm trước.");
    expect(whole).toMatchObject({ name: "Tốc độ tăng trưởng GDP", unit: "%", actual: 6.93, estimate: true });
  });

  it("keeps a sector whose shared 'nghiệp' the next piece carries ('nông, lâm nghiệp') whole", () => {
    const [farm] = read("Trong quý, khu vực nông, lâm nghiệp và thủy sản tăng 2,95%.");
    expect(farm?.name).toBe("Khu vực nông, lâm nghiệp và thủy sản");
    const [fish] = read("Ngành nông, lâm, ngư nghiệp tăng 3,05%.");
    expect(fish?.name).toBe("Ngành nông, lâm, ngư nghiệp");
  });

  it("names a sector's contribution by the growth said just before it", () => {
    const ps = read(
      "Khu vực dịch vụ tăng 7,44%, đóng góp 49,6%; khu vực công nghiệp và xây dựng tăng 8,12%, đóng góp 44,1% vào mức tăng chung.",
    );
    expect(ps.map((p) => [p.name, p.actual])).toEqual([
      ["Khu vực dịch vụ", 7.44],
      ["Mức đóng góp của khu vực dịch vụ vào tăng trưởng", 49.6],
      ["Khu vực công nghiệp và xây dựng", 8.12],
      ["Mức đóng góp của khu vực công nghiệp và xây dựng vào mức tăng chung", 44.1],
    ]);
  });

  it("names a change against a second base by the subject and that base", () => {
    const ps = read(
      "Chỉ số giá xây dựng quý IV tăng 0,8% so với quý trước và tăng 3,6% so với cùng kỳ năm trước.",
    );
    expect(ps.map((p) => [p.name, p.actual])).toEqual([
      ["Chỉ số giá xây dựng quý IV so với quý trước", 0.8],
      ["Chỉ số giá xây dựng quý IV so với cùng kỳ năm trước", 3.6],
    ]);
  });

  it("names a growth net of prices by the figure whose growth it restates", () => {
    const [value, real] = read(
      "Doanh thu dịch vụ lữ hành theo giá hiện hành năm 2026 đạt 61,2 nghìn tỷ đồng, tăng 12,4% so với năm trước; nếu loại trừ yếu tố giá tăng 9,8%.",
    );
    expect(value).toMatchObject({ unit: "tỷ đồng", actual: 61200, changePct: 12.4 });
    expect(real).toMatchObject({
      name: "Tốc độ tăng doanh thu dịch vụ lữ hành loại trừ yếu tố giá",
      unit: "%",
      actual: 9.8,
    });
  });

  it("gives the money 'với tổng số vốn đăng ký' to the count before it", () => {
    const [, capital] = read(
      "Quý II có 41,3 nghìn doanh nghiệp đăng ký thành lập mới với tổng số vốn đăng ký 402,5 nghìn tỷ đồng.",
    );
    expect(capital).toMatchObject({
      name: "Tổng số vốn đăng ký doanh nghiệp đăng ký thành lập mới",
      unit: "tỷ đồng",
      actual: 402500,
    });
  });

  it("names the money of exports and imports by its turnover ('Kim ngạch'), as tables do", () => {
    const ps = read(
      "Tổng kim ngạch xuất, nhập khẩu quý III đạt 221,4 tỷ USD. Trong đó, xuất khẩu đạt 113,9 tỷ USD; nhập khẩu đạt 107,5 tỷ USD.",
    );
    expect(ps.slice(1).map((p) => [p.name, p.actual, isSure(p)])).toEqual([
      ["Kim ngạch xuất khẩu", 113.9, true],
      ["Kim ngạch nhập khẩu", 107.5, true],
    ]);
  });

  it("names a share of GDP without the 'GDP' said after its figure", () => {
    const ps = read("Nợ công ước khoảng 36,8% GDP, nợ Chính phủ khoảng 33,9% GDP.");
    expect(ps.map((p) => p.name)).toEqual(["Tỷ trọng nợ công trong GDP", "Tỷ trọng nợ Chính phủ trong GDP"]);
  });

  it("reads a stock at a year's end against the year before's end as its change on the year before", () => {
    const [credit] = read(
      "Đến ngày 31/12/2026, dư nợ tín dụng đạt 17,2 triệu tỷ đồng, tăng 14,8% so với cuối năm 2025.",
    );
    expect(credit).toMatchObject({ unit: "tỷ đồng", actual: 17200000, changePct: 14.8 });
    // Mid-year, the same words say a change since the year began.
    const [half] = read(
      "Đến ngày 30/6/2026, dư nợ tín dụng đạt 15,9 triệu tỷ đồng, tăng 6,1% so với cuối năm 2025.",
    );
    expect(half?.changePct).toBeNull();
  });
});

describe("a national report's own words", () => {
  it("keeps 'cắt giảm' whole and leaves the nation's scope out of the name", () => {
    const [cut, rate] = read(
      "Năm 2026, cả nước cắt giảm 1.870 thủ tục hành chính, đạt 104% kế hoạch. Tỷ lệ hồ sơ giải quyết đúng hạn toàn quốc đạt 97,3%.",
    );
    expect(cut).toMatchObject({ name: "Cắt giảm thủ tục hành chính", actual: 1870, pctPlan: 104 });
    expect(rate).toMatchObject({ name: "Tỷ lệ hồ sơ giải quyết đúng hạn", actual: 97.3 });
  });
});

describe("a result weighed against a ceiling in brackets", () => {
  it("proposes no row for the ceiling stated beside the result", () => {
    const ps = read("Bội chi ngân sách nhà nước khoảng 3,4% GDP, thấp hơn mức Quốc hội cho phép (4% GDP).");
    expect(brief(ps)).toEqual([
      {
        name: "Tỷ trọng bội chi ngân sách nhà nước trong GDP",
        unit: "%",
        actual: 3.4,
        plan: null,
        planText: null,
      },
    ]);
  });
});

describe("the Government's targets", () => {
  it("reads a target stated as a margin over the estimate as that margin, in %", () => {
    const [margin, exports] = read(
      "Chính phủ yêu cầu phấn đấu thu ngân sách nhà nước năm 2028 vượt ít nhất 8% so với dự toán; kim ngạch xuất khẩu tăng 9%.",
    );
    expect(margin).toMatchObject({
      name: "Mức vượt thu ngân sách nhà nước so với dự toán",
      unit: "%",
      actual: null,
      planText: "ít nhất 8%",
    });
    expect(exports).toMatchObject({ name: "Kim ngạch xuất khẩu", actual: null });
    const [plain] = read("Năm 2028 phấn đấu thu ngân sách vượt 6% dự toán.");
    expect(plain).toMatchObject({ name: "Mức vượt thu ngân sách so với dự toán", plan: 6 });
  });

  it("reads a body's 'định hướng' as an aim, and drops the body and its verb from the name", () => {
    const [, credit, prices] = read(
      "Tín dụng năm nay tăng 15,1%. Năm 2028, Ngân hàng Nhà nước định hướng tăng trưởng tín dụng khoảng 14%, lạm phát dưới 4%.",
    );
    expect(credit).toMatchObject({
      name: "Tăng trưởng tín dụng",
      unit: "%",
      actual: null,
      planText: "khoảng 14%",
    });
    expect(prices).toMatchObject({ name: "Lạm phát", actual: null, planText: "dưới 4%" });
  });
});

describe("figures that say who or when", () => {
  it("reads an age in brackets after a noun as who, not as a figure", () => {
    const ps = read(
      "Tỷ lệ thất nghiệp của lao động trẻ (từ 15 - 24 tuổi) là 8,02%; tỷ lệ người cao tuổi (60 tuổi trở lên) có thẻ bảo hiểm y tế đạt 97,5%.",
    );
    expect(ps.map((p) => [p.name, p.actual])).toEqual([
      ["Tỷ lệ thất nghiệp của lao động trẻ (từ 15 - 24 tuổi)", 8.02],
      ["Tỷ lệ người cao tuổi (60 tuổi trở lên) có thẻ bảo hiểm y tế", 97.5],
    ]);
  });

  it("reads a day of the month as a date", () => {
    expect(read("Các sở, ngành gửi báo cáo trước ngày 25 hằng tháng.")).toEqual([]);
    expect(read("Hội nghị tổ chức vào ngày 12 tháng 3 năm 2027.")).toEqual([]);
  });

  it("counts neither who was given a task, nor where a meeting reached, nor a rank's move", () => {
    expect(
      read("Quyết định giao nhiệm vụ cụ thể cho 22 bộ, ngành và 15 địa phương triển khai trong quý I."),
    ).toEqual([]);
    expect(read("Hội nghị được tổ chức trực tuyến tới 63 tỉnh, thành phố.")).toEqual([]);
    expect(read("Chỉ số năng lực cạnh tranh cấp tỉnh xếp thứ 18/63, tăng 5 bậc so với năm trước.")).toEqual(
      [],
    );
  });

  it("still counts what was handed to households and an area's own figures", () => {
    const [land] = read("Năm 2026, huyện giao đất sản xuất cho 214 hộ đồng bào dân tộc thiểu số.");
    expect(land).toMatchObject({ unit: "hộ", actual: 214 });
  });
});

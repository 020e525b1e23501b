/**
 * Office shorthand (src/core/extract-shorthand.ts and the rules it leans on): briefs pasted from
 * e-mails, chats and minutes write TH / KH / CK, "tr.đ", "tỷ đ", "ĐVT: …" and capital abbreviations,
 * which the extractor reads as a user's table would mean them. Sentences written for these tests;
 * none is in the corpus.
 */
import { expandShorthand } from "../../src/core/extract-shorthand";
import { isSender } from "../../src/core/extract-text";
import { nameActualPlanUnit as row, read } from "./proposals";

describe("TH / KH / CK", () => {
  it("reads 'TH x/KH y' as a result with its plan beside it, and % KH, % CK", () => {
    const [p, ...rest] = read("- Thu NS xã: TH 7,35 tỷ đ/KH 8,1 tỷ đ, đạt 90,7% KH, bằng 112% CK.");
    expect(rest).toEqual([]);
    expect(p && [...row(p), p.pctPlan, p.pctPrior]).toEqual([
      "Thu ngân sách xã",
      7.35,
      8.1,
      "tỷ đồng",
      90.7,
      112,
    ]);
  });

  it("reads 'tăng X% CK' as a change over the prior year, and 'về số DN' as the count it is of", () => {
    const got = read("Thành lập mới 52 doanh nghiệp, vốn đăng ký 233 tỷ đ, tăng 18% CK về số DN.");
    expect(got.map((p) => [p.unit, p.actual, p.changePct])).toEqual([
      ["doanh nghiệp", 52, 18],
      ["tỷ đồng", 233, null],
    ]);
  });

  it("reads 'KH <year>:' as targets, and KH after a count as khách hàng", () => {
    const got = read(
      "Công ty điện lực: số khách hàng 61.250, tăng 2.110 KH so với đầu năm. KH 2027: tỷ lệ tổn thất điện năng dưới 4,5%.",
    );
    expect(got.map(row)).toEqual([
      ["Số khách hàng", 61250, null, "khách hàng"],
      ["Tỷ lệ tổn thất điện năng", null, "dưới 4,5%", "%"],
    ]);
    // a change since the start of the year gives no % CK
    expect(got[0]?.changePct).toBeNull();
    expect(read("Huyện có 96 KH sử dụng điện mới trong tháng.").map((p) => p.unit)).toEqual(["khách hàng"]);
  });

  it("reads KH as khách hàng in a power company's brief unless a plan is said", () => {
    expect(
      expandShorthand(
        "Điện lực Bắc Yên: KH sử dụng điện 21.406, tăng 540 KH; tổn thất 5,1% (KH 5,5%). KH 2027: tổn thất dưới 5%.",
      ).text,
    ).toBe(
      "Điện lực Bắc Yên: khách hàng sử dụng điện 21.406, tăng 540 khách hàng; tổn thất 5,1% (kế hoạch 5,5%). Kế hoạch 2027: tổn thất dưới 5%.",
    );
  });

  it("leaves KH and TH inside names of offices alone", () => {
    expect(expandShorthand("Phòng TC-KH huyện; Sở KH&ĐT; Phòng GD&ĐT").text).toBe(
      "Phòng TC-KH huyện; Sở KH&ĐT; Phòng GD&ĐT",
    );
  });

  it("reads 'Chỉ tiêu <year>:' as targets", () => {
    expect(read("Chỉ tiêu 2027: trồng mới ít nhất 150 ha rừng.").map(row)).toEqual([
      ["Trồng mới rừng", null, "ít nhất 150", "ha"],
    ]);
  });

  it("reads a change 'so với cùng thời điểm năm …' after one since the start of the year as % CK", () => {
    const got = read(
      "Tổ vay vốn: tổng nguồn vốn 52,3 tỷ đ, tăng 4,1 tỷ đ so với đầu năm; dư nợ 48,6 tỷ đ, tăng 5,4% so với cùng thời điểm năm 2025.",
    );
    expect(got.map((p) => [p.actual, p.unit, p.changePct])).toEqual([
      [52.3, "tỷ đồng", null],
      [48.6, "tỷ đồng", 5.4],
    ]);
  });
});

describe("units typed short or declared once", () => {
  it("writes out trđ and tỷ đ, per-head units too", () => {
    const got = read(
      "Thu nhập BQ của lao động 7,4 trđ/người/tháng; SL lúa cả năm 18.260 tấn, bằng 103,2% CK.",
    );
    expect(got.map((p) => [p.name, p.actual, p.unit, p.pctPrior])).toEqual([
      ["Thu nhập bình quân của lao động", 7.4, "triệu đồng/người/tháng", null],
      ["Sản lượng lúa", 18260, "tấn", 103.2],
    ]);
  });

  it("gives the bare figures of a list the unit its heading declares with 'ĐVT:'", () => {
    const got = read(
      "Hợp tác xã dịch vụ Nà Khuông - kết quả năm 2026, ĐVT: tr.đ\n- Doanh thu: 2.740,5;\n- Lợi nhuận: 318;\n- Nộp NSNN: 96,2.",
    );
    expect(got.map(row)).toEqual([
      ["Doanh thu", 2740.5, null, "triệu đồng"],
      ["Lợi nhuận", 318, null, "triệu đồng"],
      ["Nộp ngân sách nhà nước", 96.2, null, "triệu đồng"],
    ]);
  });

  it("takes a unit declared after the figures of its line, and an estimate from the heading", () => {
    expect(read("Phí, lệ phí: TH 612/KH 700, đạt 87,4% KH (ĐVT: tr.đ).").map(row)).toEqual([
      ["Phí, lệ phí", 612, 700, "triệu đồng"],
    ]);
    const got = read(
      "Xã Pờ Ly - chi NS năm 2026 (ước TH), ĐVT: tr.đ\n- Chi thường xuyên: 5.120,4;\n- Chi đầu tư: 1.806.",
    );
    expect(got.map((p) => [p.actual, p.unit, p.estimate])).toEqual([
      [5120.4, "triệu đồng", true],
      [1806, "triệu đồng", true],
    ]);
  });

  it("maps the offsets of a proposal back to the text as pasted", () => {
    const text = "Doanh thu 4.100 trđ; lợi nhuận 512 trđ.";
    const second = read(text)[1];
    expect(second && text.slice(second.source.start, second.source.end)).toContain("512 trđ");
  });
});

describe("abbreviations of names and lists typed in a row", () => {
  it("writes out office abbreviations in names, but keeps a row of acronyms and a card's acronym", () => {
    expect(
      read("Tiêm phòng LMLM đạt 91,2%; tỷ lệ trẻ SDD 8,7%; tỷ lệ tham gia BHYT 95,1%.").map((p) => p.name),
    ).toEqual(["Tiêm phòng lở mồm long móng", "Tỷ lệ trẻ suy dinh dưỡng", "Tỷ lệ tham gia BHYT"]);
    expect(expandShorthand("thu BHXH, BHYT, BHTN; cấp 1.204 thẻ BHYT").text).toBe(
      "thu BHXH, BHYT, BHTN; cấp 1.204 thẻ BHYT",
    );
  });

  it("reads school levels in a bracket, and HTXSNV", () => {
    const got = read("Trường học: toàn xã có 7 trường (MN 3, TH 2, THCS 2), 96 lớp.");
    expect(got.map((p) => p.name)).toEqual([
      "Trường học",
      "Trường học (mầm non)",
      "Trường học (tiểu học)",
      "Trường học (THCS)",
      "Lớp trường học",
    ]);
    expect(read("Xếp loại năm 2026: HTXSNV 3/14 chi bộ (21,4%).")[0]?.name).toBe(
      "Hoàn thành xuất sắc nhiệm vụ chi bộ",
    );
  });

  it("reads shares typed in a row with dashes as separate items", () => {
    expect(
      read("Cơ cấu kinh tế năm 2026: NN 41,2% - CN-XD 27,5% - DV 31,3%.").map((p) => [p.name, p.actual]),
    ).toEqual([
      ["Tỷ trọng nông nghiệp", 41.2],
      ["Tỷ trọng công nghiệp - xây dựng", 27.5],
      ["Tỷ trọng dịch vụ", 31.3],
    ]);
  });

  it("reads NN after money or a body as nhà nước", () => {
    expect(expandShorthand("vốn NN 12 tỷ đ; Phòng NN huyện").text).toBe(
      "vốn nhà nước 12 tỷ đồng; Phòng nông nghiệp huyện",
    );
  });
});

describe("the office that sends a brief", () => {
  it("is not the name of what its figures count", () => {
    const got = read("Trạm Y tế xã Lũng Pù, 9 tháng: khám chữa bệnh 2.315 lượt, tăng 4,2% CK.");
    expect(got.map((p) => [p.name, p.actual, p.changePct])).toEqual([["Khám chữa bệnh", 2315, 4.2]]);
    expect(read("Phòng GD&ĐT: toàn huyện có 41 trường, 702 lớp.").map((p) => p.name)).toEqual([
      "Trường",
      "Lớp",
    ]);
  });

  it("keeps things counted that start like an office", () => {
    expect(isSender("Phòng học kiên cố")).toBe(false);
    expect(isSender("Trung tâm thương mại")).toBe(false);
    expect(isSender("Điện lực Mỹ Sa")).toBe(true);
    expect(isSender("Phòng nông nghiệp huyện")).toBe(true);
  });
});

describe("minutes and periods", () => {
  it("proposes nothing from who came to a meeting or a time of day", () => {
    expect(
      read(
        "Giao ban tuần: chủ trì đ/c Phó Chủ tịch UBND; dự họp 11 đ/c. Yêu cầu nộp báo cáo trước 9h ngày 15/12/2026.",
      ),
    ).toEqual([]);
  });

  it("reads the figure after a span of months, and a grade as no figure", () => {
    expect(
      read("Nước thương phẩm 9 tháng 1,84 triệu m3, tăng 6,1% CK.").map((p) => [
        p.actual,
        p.unit,
        p.changePct,
      ]),
    ).toEqual([[1840000, "m3", 6.1]]);
    expect(
      read("Tuyển sinh lớp 6 năm học 2026-2027 đạt 842 em, bằng 99,1% kế hoạch.").map((p) => [
        p.actual,
        p.unit,
      ]),
    ).toEqual([[842, "em"]]);
  });

  it("gives a change after a bracket of parts to the whole before it", () => {
    const got = read(
      "Du lịch 9 tháng đón 41,2 nghìn lượt khách (khách quốc tế 3,1 nghìn lượt), tăng 9,6% CK.",
    );
    expect(got.map((p) => [p.actual, p.changePct])).toEqual([
      [41200, 9.6],
      [3100, null],
    ]);
  });
});

/**
 * Shapes of plans, resolutions and mass organisations' reports (this year's result beside next
 * year's target in one sentence, bullet lists, counts of members and money mobilised) that the
 * extractor reads by grammar. Sentences written for these tests; none is in the corpus.
 */
import { nameActualPlanUnit as row, read } from "./proposals";

describe("a sentence that turns from one year to another", () => {
  it("reads the part about the year reported as results and the part about the next year as targets", () => {
    const got = read(
      "Năm 2025, sản lượng cà phê của huyện đạt 12.300 tấn, diện tích tái canh 640 ha; năm 2026 phấn đấu sản lượng cà phê 12.800 tấn.",
    );
    expect(got.map(row)).toEqual([
      ["Sản lượng cà phê", 12300, null, "tấn"],
      ["Diện tích tái canh", 640, null, "ha"],
      ["Sản lượng cà phê", null, 12800, "tấn"],
    ]);
  });

  it("takes a later year after an estimate as the year planned for, with no plan word", () => {
    const got = read(
      "Về y tế, năm 2025 tỷ lệ bao phủ bảo hiểm y tế ước đạt 93,1%, năm 2026 tỷ lệ bao phủ bảo hiểm y tế 94%; tỷ lệ trạm y tế xã có bác sĩ 100%.",
    );
    expect(got.map((p) => [p.actual, p.plan ?? p.planText, p.estimate])).toEqual([
      [93.1, null, true],
      [null, 94, false],
      [null, 100, false],
    ]);
  });

  it("leaves a sentence of one year alone", () => {
    const got = read("Năm 2025, toàn huyện trồng mới 120 ha rừng, so với năm 2024 tăng 8%.");
    expect(got.map((p) => p.actual)).toEqual([120]);
  });
});

describe("tense from how a sentence is led", () => {
  it("reads the targets of a school year under a heading of 'chỉ tiêu'", () => {
    const got = read(
      "Chỉ tiêu ngành giáo dục năm học 2026 - 2027: tỷ lệ trẻ mẫu giáo đến lớp 98,5%; tỷ lệ học sinh lên lớp 99%.",
    );
    expect(got.map((p) => [p.actual, p.plan])).toEqual([
      [null, 98.5],
      [null, 99],
    ]);
  });

  it("reads a sentence led by 'Kế hoạch năm 2026' as a target without a colon", () => {
    const [got] = read(
      "Năm 2025, toàn huyện đào tạo nghề cho 1.250 người. Kế hoạch năm 2026 đào tạo nghề cho 1.400 người.",
    ).slice(1);
    expect([got?.actual, got?.plan]).toEqual([null, 1400]);
  });

  it("reads 'hiện có' beside a later target as where things stand", () => {
    const got = read("Diện tích chè hiện có 1.820 ha, mục tiêu năm 2026 nâng lên 2.000 ha.");
    expect(got.map((p) => [p.actual, p.plan])).toEqual([
      [1820, null],
      [null, 2000],
    ]);
  });

  it("reads the stock at the end of a year before the one aimed at as a result", () => {
    const got = read(
      "Phấn đấu đến cuối năm 2030 số hộ nghèo còn dưới 500 hộ. Cuối năm 2025, toàn huyện còn 1.130 hộ nghèo.",
    );
    expect(got.map((p) => [p.actual, p.planText])).toEqual([
      [null, "dưới 500"],
      [1130, null],
    ]);
  });
});

describe("units of mass organisations and neighbourhoods", () => {
  it("counts groups, neighbourhoods and blood units by their whole noun", () => {
    const got = read(
      "Hội vận động thành lập 45 tổ tiết kiệm, 12 tổ hợp tác; 58/60 khu dân cư đạt chuẩn văn minh. Hiến máu tình nguyện: 1.230 đơn vị máu.",
    );
    expect(got.map((p) => [p.actual, p.unit])).toEqual([
      [45, "tổ"],
      [12, "tổ hợp tác"],
      [58, "khu dân cư"],
      [1230, "đơn vị máu"],
    ]);
  });

  it("does not count the papers put to a session", () => {
    expect(read("Kỳ họp xem xét 12 báo cáo, 7 tờ trình.")).toEqual([]);
  });
});

describe("ages that say who", () => {
  it("keeps an age range inside the name of a rate", () => {
    const got = read(
      "Tỷ lệ trẻ 6 - 14 tuổi đi học đạt 99,1%; tỷ lệ huy động trẻ 3 - 5 tuổi đến lớp mẫu giáo 98%.",
    );
    expect(got.map((p) => [p.name, p.actual])).toEqual([
      ["Tỷ lệ trẻ 6 - 14 tuổi đi học", 99.1],
      ["Tỷ lệ huy động trẻ 3 - 5 tuổi đến lớp mẫu giáo", 98],
    ]);
  });

  it("reads the age of the oldest or youngest as one person's, not a figure", () => {
    expect(read("Đại biểu cao tuổi nhất 71 tuổi, trẻ nhất 27 tuổi.")).toEqual([]);
    expect(read("Tuổi thọ trung bình đạt 74,2 tuổi.").map((p) => p.actual)).toEqual([74.2]);
  });
});

describe("the same indicator in another year", () => {
  it("names a figure led only by another year and a verb of keeping or raising after the figure before", () => {
    const got = read(
      "Năm 2025 tỷ lệ che phủ rừng ước đạt 43,1%, năm 2026 duy trì ổn định ở mức 43,5%. Diện tích chè hiện có 1.820 ha, mục tiêu năm 2026 nâng lên 2.000 ha.",
    );
    expect(got.map(row)).toEqual([
      ["Tỷ lệ che phủ rừng", 43.1, null, "%"],
      ["Tỷ lệ che phủ rừng", null, 43.5, "%"],
      ["Diện tích chè", 1820, null, "ha"],
      ["Diện tích chè", null, 2000, "ha"],
    ]);
  });

  it("reads the year reported, in brackets after a target, as a result of the same indicator", () => {
    const got = read("Năm 2026, tỷ lệ thu gom rác thải phấn đấu đạt 95% (năm 2025: 93,2%).");
    expect(got.map(row)).toEqual([
      ["Tỷ lệ thu gom rác thải", null, 95, "%"],
      ["Tỷ lệ thu gom rác thải", 93.2, null, "%"],
    ]);
  });
});

describe("bullets that name their topic before a colon", () => {
  it("counts what the topic names when the verb only says the things were found or happened", () => {
    const got = read(
      "Kết quả năm 2025:\n- Buôn lậu, gian lận thương mại: phát hiện 142 vụ, xử phạt 2,3 tỷ đồng;\n- Tai nạn lao động: xảy ra 6 vụ.",
    );
    expect(got.map((p) => [p.name, p.actual, p.unit])).toEqual([
      ["Vụ buôn lậu, gian lận thương mại", 142, "vụ"],
      ["Xử phạt buôn lậu, gian lận thương mại", 2.3, "tỷ đồng"],
      ["Vụ tai nạn lao động", 6, "vụ"],
    ]);
  });
});

describe("a bare fraction under a topic that counts", () => {
  it("counts the topic's noun and names the count by the topic", () => {
    const got = read(
      "Kết quả:\n- Xã đạt chuẩn nông thôn mới: 12/15;\n- Thôn có nhà văn hóa: 1.098/1.104, chiếm 99,5%.",
    );
    expect(got.map((p) => [p.name, p.actual, p.total, p.unit])).toEqual([
      ["Xã đạt chuẩn nông thôn mới", 12, 15, "xã"],
      ["Thôn có nhà văn hóa", 1098, 1104, "thôn"],
      ["Tỷ lệ thôn có nhà văn hóa", 99.5, null, "%"],
    ]);
  });
});

describe("ranges of rates", () => {
  it("reads 'bình quân 1 - 1,5%/năm' as a range from 1, not as the base of a mean", () => {
    const [got] = read("Phấn đấu giảm tỷ lệ hộ nghèo bình quân 1 - 1,5%/năm.");
    expect([got?.planText, got?.unit]).toEqual(["1 - 1,5%", "%"]);
    const [base] = read("Doanh thu bình quân 1 hợp tác xã đạt 2,1 tỷ đồng.");
    expect([base?.actual, base?.unit]).toEqual([2.1, "tỷ đồng"]);
  });
});

describe("parts of a count listed in brackets by label", () => {
  it("counts each labelled part in the whole's unit, named by the whole and its label", () => {
    const got = read(
      "Năm 2025 kết nạp 512 hội viên mới (nam 301, nữ 211); đưa 96 lao động đi làm việc ở nước ngoài (Nhật Bản 60, Hàn Quốc 36).",
    );
    expect(got.map((p) => [p.name, p.actual, p.unit])).toEqual([
      ["Kết nạp hội viên mới", 512, "hội viên"],
      ["Kết nạp hội viên mới (nam)", 301, "hội viên"],
      ["Kết nạp hội viên mới (nữ)", 211, "hội viên"],
      ["Đưa lao động đi làm việc ở nước ngoài", 96, "lao động"],
      ["Lao động đi làm việc tại Nhật Bản", 60, "lao động"],
      ["Lao động đi làm việc tại Hàn Quốc", 36, "lao động"],
    ]);
  });
});

describe("a long name after a listed noun", () => {
  it("goes on past 'xã, thị trấn' and keeps a compound after a dash whole", () => {
    const [got] = read(
      "Có 21/21 xã, thị trấn có đài truyền thanh ứng dụng công nghệ thông tin - viễn thông.",
    );
    expect([got?.name, got?.actual, got?.total, got?.unit]).toEqual([
      "Xã, thị trấn có đài truyền thanh ứng dụng công nghệ thông tin - viễn thông",
      21,
      21,
      "xã",
    ]);
  });
});

describe("money that values what was mobilised", () => {
  it("names the money by what the verb before 'trị giá' took, commas and all", () => {
    const [got] = read(
      "Hội Chữ thập đỏ huyện vận động tiền, hàng cứu trợ, nhân đạo trị giá 2.140,5 triệu đồng.",
    );
    expect([got?.name, got?.actual, got?.unit]).toEqual([
      "Vận động tiền, hàng cứu trợ, nhân đạo",
      2140.5,
      "triệu đồng",
    ]);
  });
});

describe("the worth of what was counted", () => {
  it("reads 'N suất quà trị giá X' as a count and its worth, with no comma between", () => {
    const got = read("Nhân dịp Tết, Hội tặng 320 suất quà trị giá 160 triệu đồng cho hộ nghèo.");
    expect(got.map((p) => [p.name, p.actual, p.unit])).toEqual([
      // Tết gifts are named by the occasion (extract-gift-tet.ts).
      ["Suất quà Tết", 320, "suất"],
      ["Trị giá suất quà Tết", 160, "triệu đồng"],
    ]);
  });
});

describe("members of the body that has them", () => {
  it("names a count of members after the organisation that has them, without its place", () => {
    const got = read(
      "Hội Liên hiệp Phụ nữ huyện Thanh Lâm có 24.517 hội viên. Hội Cựu chiến binh có 4.210 hội viên.",
    );
    expect(got.map((p) => [p.name, p.actual, p.confidence.level])).toEqual([
      ["Hội viên Hội Liên hiệp Phụ nữ", 24517, "chac"],
      ["Hội viên Hội Cựu chiến binh", 4210, "chac"],
    ]);
  });
});

describe("a total in a bullet list under a heading", () => {
  it("is the total of what the heading names, without its year, plan word or bracket", () => {
    const got = read(
      "Kế hoạch đầu tư công năm 2026 nguồn ngân sách huyện (Nghị quyết số 12/NQ-HĐND):\n- Tổng vốn: 812,4 tỷ đồng;\n- Vốn xổ số kiến thiết: 35 tỷ đồng.\nKết quả thu ngân sách năm 2025:\n- Tổng thu: 1.245 tỷ đồng, đạt 104% dự toán;\n- Thu nội địa: 1.100 tỷ đồng.",
    );
    expect(got.map((p) => p.name)).toEqual([
      "Tổng vốn đầu tư công nguồn ngân sách huyện",
      "Vốn xổ số kiến thiết",
      "Tổng thu ngân sách",
      "Thu nội địa",
    ]);
  });
});

describe("a quota met, then the count it was met with", () => {
  it("reads 'X% chỉ tiêu với N …' as the % KH of the count after 'với', not a rate of its own", () => {
    const got = read(
      "Năm 2025, Ban Chỉ huy Quân sự huyện hoàn thành giao quân 100% chỉ tiêu với 142 công dân nhập ngũ.",
    );
    expect(got.map((p) => [p.name, p.actual, p.unit, p.pctPlan])).toEqual([
      ["Công dân nhập ngũ", 142, "công dân", 100],
    ]);
  });
});

describe("tasks ordered by a date", () => {
  it("leaves unticked a count in a sentence that tells bodies what to do by a date", () => {
    const [ordered] = read(
      "UBND huyện yêu cầu các phòng, ban, địa phương hoàn thành rà soát trước ngày 15/01/2026; thành lập 04 tổ kiểm tra liên ngành.",
    );
    expect(ordered?.confidence).toEqual({ level: "khong_chac", reasons: ["cau_chi_dao"] });
    const done = read("Năm 2025, huyện kiểm tra 120 cơ sở kinh doanh.");
    expect(done.map((p) => p.confidence.level)).toEqual(["chac"]);
  });
});

describe("a target's fall in percentage points", () => {
  it("is a plan in 'điểm %' named by the fall; a result's fall in points is still no row", () => {
    const got = read(
      "Mục tiêu năm 2026: tỷ lệ hộ nghèo giảm trên 1,5 điểm %; tỷ lệ hộ dùng nước sạch 95%. Năm 2025, tỷ lệ hộ nghèo còn 3,1%, giảm 0,8 điểm % so với năm 2024.",
    );
    expect(got.map((p) => [p.name, p.actual, p.planText, p.unit])).toEqual([
      ["Mức giảm tỷ lệ hộ nghèo", null, "trên 1,5", "điểm %"],
      ["Tỷ lệ hộ dùng nước sạch", null, "95%", "%"],
      ["Tỷ lệ hộ nghèo", 3.1, null, "%"],
    ]);
  });
});

describe("targets whose unit carries a scale word", () => {
  it("writes the target into the plan in the unit's own terms, a range and a limit alike", () => {
    const got = read(
      "Năm 2027, tỉnh phấn đấu đón 5,4 - 5,6 triệu lượt khách, trong đó khách quốc tế trên 310 nghìn lượt; sản lượng thủy sản đạt ít nhất 1,35 triệu tấn.",
    );
    expect(got.map((p) => [p.unit, p.actual, p.plan ?? p.planText])).toEqual([
      ["lượt khách", null, "5.400.000 - 5.600.000"],
      ["lượt", null, "trên 310.000"],
      ["tấn", null, "ít nhất 1.350.000"],
    ]);
  });

  it("keeps the scale of a result as before", () => {
    const got = read("Năm 2026, toàn tỉnh đón 5,1 triệu lượt khách; sản lượng thủy sản đạt 1,28 triệu tấn.");
    expect(got.map((p) => [p.unit, p.actual])).toEqual([
      ["lượt khách", 5100000],
      ["tấn", 1280000],
    ]);
  });
});

/**
 * Shapes of mass-organisation and social-policy reports (tuning on held-out 18's odd half): a count's
 * scale word kept in a target's typed figure, a share bounded by "từ … trở lên", a date leading a
 * name, and a per-something base followed by a verb. Sentences written for these tests; none is in
 * the corpus.
 */
import { parseTarget } from "../../src/core/targets";
import { nameUnitActualPlans as brief, read } from "./proposals";

describe("a scale word before a count's unit, in a target", () => {
  it("types the whole figure, so the Kế hoạch cell does not read 14 for 14 nghìn", () => {
    const [about] = read("Năm 2027, Hội phấn đấu tập huấn cho khoảng 14 nghìn lượt hội viên.");
    expect([about?.unit, about?.plan, about?.planText]).toEqual(["lượt hội viên", null, "khoảng 14.000"]);
    const [plain] = read("Năm 2027 phấn đấu đào tạo nghề cho 3,5 nghìn lao động nông thôn.");
    expect([plain?.plan, plain?.planText]).toEqual([3500, "3.500"]);
  });

  it("types both ends of a range counted in millions", () => {
    const [range] = read("Năm 2027, ngành du lịch phấn đấu đón 2,4 - 2,6 triệu lượt khách.");
    expect([range?.unit, range?.planText]).toEqual(["lượt khách", "2.400.000 - 2.600.000"]);
    expect(parseTarget(range?.planText ?? "", "vi").target).toEqual({
      kind: "range",
      lo: 2_400_000,
      hi: 2_600_000,
    });
  });
});

describe("a share bounded by 'từ … trở lên'", () => {
  it("is a rate named by its noun and predicate, without the bound's words", () => {
    const got = read(
      "Năm 2027, Hội Phụ nữ huyện phấn đấu: có từ 45% hộ hội viên trở lên tham gia tổ tiết kiệm và 70% chi hội xếp loại khá trở lên.",
    );
    expect(got.map(brief)).toEqual([
      ["Tỷ lệ hộ hội viên tham gia tổ tiết kiệm", "%", null, null, "ít nhất 45%"],
      ["Tỷ lệ chi hội xếp loại khá trở lên", "%", null, 70, "70%"],
    ]);
  });

  it("is a lower bound the target parser reads, for a count too", () => {
    const [coops] = read("Năm 2027, phấn đấu có từ 9 hợp tác xã trở lên đạt loại tốt.");
    expect([coops?.name, coops?.unit, coops?.planText]).toEqual([
      "Hợp tác xã đạt loại tốt",
      "hợp tác xã",
      "ít nhất 9",
    ]);
    expect(parseTarget(coops?.planText ?? "", "vi").target).toEqual({
      kind: "limit",
      bound: 9,
      side: "lower",
      inclusive: true,
    });
  });

  it("leaves a rate's name without the bound's closing words", () => {
    const [tax] = read("Năm 2027 phấn đấu tăng thu ngân sách xã từ 7% trở lên so với dự toán.");
    // The rise is the indicator ("Tăng thu …"), as for a target of growth written without a bound.
    expect([tax?.name, tax?.planText]).toEqual(["Tăng thu ngân sách xã", "ít nhất 7%"]);
  });

  it("takes 'đăng ký' as the predicate that ends a share's noun", () => {
    const got = read(
      "Năm 2027 phấn đấu có 65% hộ đoàn viên đăng ký và 40% hộ đạt danh hiệu gia đình trẻ tiêu biểu.",
    );
    expect(got.map((p) => p.name)).toEqual([
      "Tỷ lệ hộ đoàn viên đăng ký",
      "Tỷ lệ hộ đạt danh hiệu gia đình trẻ tiêu biểu",
    ]);
  });
});

describe("a date before the name", () => {
  it("is when the level was read, no word of its name", () => {
    const [stock] = read(
      "Theo báo cáo của Quỹ Tín dụng nhân dân, đến 30/9/2026 tổng vốn huy động đạt 1,4 nghìn tỷ đồng, tăng 6,1% so với năm 2025.",
    );
    expect([stock?.name, stock?.unit, stock?.actual]).toEqual(["Tổng vốn huy động", "tỷ đồng", 1400]);
    const [since] = read("Tính đến ngày 15/11/2026 dư nợ cho vay hộ nghèo đạt 512,4 tỷ đồng.");
    expect(since?.name).toBe("Dư nợ cho vay hộ nghèo");
  });
});

describe("a per-something base followed by a verb", () => {
  it("is per the noun alone", () => {
    const got = read(
      "Huyện hỗ trợ 38 căn nhà cho hộ nghèo, mức hỗ trợ 45 triệu đồng/căn xây mới. Mỗi hộ được vay 50 triệu đồng/hộ làm nhà.",
    );
    expect(got.map((p) => p.unit)).toEqual(["căn", "triệu đồng/căn", "triệu đồng/hộ"]);
    // The verb says which things the sum is per: it qualifies the name, and a second sum listed after
    // the first shares the first's name.
    const norms = read("Định mức hỗ trợ 55 triệu đồng/nhà xây mới, 25 triệu đồng/nhà sửa chữa.");
    expect(norms.map((p) => [p.name, p.unit, p.actual])).toEqual([
      ["Định mức hỗ trợ xây mới", "triệu đồng/nhà", 55],
      ["Định mức hỗ trợ sửa chữa", "triệu đồng/nhà", 25],
    ]);
    // A base of words with no verb is kept whole.
    const [perCoop] = read("Bình quân 3,2 lao động/hợp tác xã/năm.");
    expect(perCoop?.unit).toBe("lao động/hợp tác xã/năm");
  });
});

describe("the cells an organisation's members meet in", () => {
  it("are counted after 'sinh hoạt tại', named by their noun", () => {
    const got = read(
      "Đoàn Thanh niên xã hiện có 1.240 đoàn viên, sinh hoạt tại 36 chi đoàn; năm 2026 kết nạp 152 đoàn viên mới.",
    );
    expect(got.map((p) => [p.name, p.unit, p.actual])).toEqual([
      ["Đoàn viên Đoàn Thanh niên xã", "đoàn viên", 1240],
      ["Chi đoàn Đoàn Thanh niên xã", "chi đoàn", 36],
      ["Kết nạp đoàn viên mới", "đoàn viên", 152],
    ]);
    // With no organisation named before, the cells are named by their noun alone.
    expect(read("Toàn xã có 940 hội viên, sinh hoạt tại 14 chi hội.").map((p) => p.name)).toEqual([
      "Hội viên",
      "Chi hội",
    ]);
    // Where a count was done stays no count of its own.
    const talks = read("Hội tổ chức 18 buổi nói chuyện chuyên đề tại 9 xã.");
    expect(talks.map((p) => p.unit)).toEqual(["buổi"]);
  });
});

describe("a numbered item under a heading", () => {
  it("is no count of the heading's noun", () => {
    const got = read(
      "Xã Tân Hòa:\n1. Xảy ra 4 vụ cháy rừng.\n2. Bắt giữ 3 đối tượng khai thác gỗ trái phép.",
    );
    expect(got.map((p) => [p.unit, p.actual])).toEqual([
      ["vụ", 4],
      ["đối tượng", 3],
    ]);
  });
});

describe("'giảm X% số <noun>' after the counts", () => {
  it("is the change of the count that noun names, not a rate of its own", () => {
    const got = read(
      "Trên địa bàn xảy ra 22 vụ tai nạn giao thông, làm chết 9 người, bị thương 17 người; so với năm 2025 giảm 8,3% số vụ và giảm 25% số người chết.",
    );
    expect(got.map((p) => [p.unit, p.actual, p.changePct])).toEqual([
      ["vụ", 22, -8.3],
      ["người", 9, -25],
      ["người", 17, null],
    ]);
  });
});

describe("a percentage before a word that starts with 'kh' or 'ck'", () => {
  it("states no % KH unless the word is 'KH' itself", () => {
    const got = read("Sát hạch 540 học viên, 100% đạt yêu cầu, trong đó 61,2% khá, giỏi.");
    expect(got.map((p) => [p.unit, p.actual, p.pctPlan])).toEqual([
      ["học viên", 540, null],
      ["%", 100, null],
      ["%", 61.2, null],
    ]);
    const [budget] = read("Thu ngân sách xã đạt 14,6 tỷ đồng, bằng 108% KH.");
    expect(budget?.pctPlan).toBe(108);
  });
});

describe("a numbered section's heading", () => {
  it("'Công tác …' is an area of work, no qualifier of a bare count under it", () => {
    const got = read(
      "1. Công tác củng cố tổ chức: năm 2026, Hội Cựu chiến binh huyện kết nạp 318 hội viên mới; toàn huyện có 6.412 hội viên.",
    );
    expect(got.map((p) => [p.name, p.actual])).toEqual([
      ["Kết nạp hội viên mới", 318],
      ["Hội viên", 6412],
    ]);
  });

  it("'Phong trào …' names what a count signed up for or took part in", () => {
    const got = read(
      "2. Phong trào thanh niên lập thân, lập nghiệp: có 2.760 đoàn viên đăng ký; cuối năm có 2.410 đoàn viên đạt danh hiệu.",
    );
    expect(got.map((p) => p.name)).toEqual([
      "Đoàn viên đăng ký phong trào thanh niên lập thân, lập nghiệp",
      "Đoàn viên đạt danh hiệu",
    ]);
    // With no campaign before the colon, the count names itself.
    expect(read("Năm 2026, có 5.230 hộ tham gia.").map((p) => p.name)).toEqual(["Hộ tham gia"]);
  });
});

describe("a subject that ends before 'có'", () => {
  it("completes a generic money name ('Tổng giá trị' of the sector)", () => {
    const [value] = read("Ngành mây tre đan có nhiều khởi sắc, tổng giá trị 286 tỷ đồng.");
    expect([value?.name, value?.unit, value?.actual]).toEqual([
      "Tổng giá trị ngành mây tre đan",
      "tỷ đồng",
      286,
    ]);
  });
});

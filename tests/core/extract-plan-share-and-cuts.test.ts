/**
 * Targets stated as a share of the plan ("bảo đảm đến 30/6 giải ngân từ 60% kế hoạch vốn trở lên")
 * are the rate of what is done, named "Tỷ lệ" + the doing verb and what the plan is of, without the
 * promise and the due date; a target cutting a count by a share against a year ("và kéo giảm số vụ
 * cháy rừng ít nhất 15% so với năm 2027") is a plan row in % of its own, not a share of that year nor
 * a change of the figure before it. Sentences written for these tests; none is in the corpus.
 */
import { read } from "./proposals";

describe("a share of the plan as a target", () => {
  it("is the rate of the doing verb and what the plan is of", () => {
    const got = read(
      "Nhiệm vụ 6 tháng cuối năm:\n- Thu ngân sách 41.500 triệu đồng;\n- Đẩy nhanh tiến độ, bảo đảm đến 30/6/2028 giải ngân từ 60% kế hoạch vốn trở lên.",
    );
    const rate = got.find((p) => p.unit === "%");
    expect(rate?.name).toBe("Tỷ lệ giải ngân vốn");
    expect(rate?.actual).toBeNull();
    expect(rate?.planText).toBe("ít nhất 60%");
  });

  it("leaves out the words that promise it, not a date before the year's end", () => {
    const got = read(
      "Mục tiêu quý II:\n- Giải ngân vốn sự nghiệp đến 30/6 đạt ít nhất 45% kế hoạch;\n- Cấp 300 thẻ BHYT.",
    );
    // A rate keeps a date other than the year's end: a row of its own beside the year's rate (the
    // opened keys name "Tỷ lệ giải ngân vốn đầu tư công đến 31/01/2027", "… lũy kế đến 30/11").
    expect(got.find((p) => p.unit === "%")?.name).toBe("Tỷ lệ giải ngân vốn sự nghiệp đến 30/6");
  });
});

describe("a rate named only by the aim and a verb of disbursing", () => {
  it("is the rate of that verb", () => {
    const got = read("Năm 2029, mục tiêu giải ngân đạt từ 92% trở lên; khởi công mới 4 công trình.");
    expect(got[0]?.name).toBe("Tỷ lệ giải ngân");
    expect(got[0]?.planText).toBe("ít nhất 92%");
  });
});

describe("a target's cut of a count against a year", () => {
  it("is its own plan in %, after a count of its sentence", () => {
    const got = read(
      "Năm 2028, xây mới 6 trạm bảo vệ rừng và kéo giảm số vụ cháy rừng ít nhất 15% so với năm 2027.",
    );
    expect(got.map((p) => [p.unit, p.plan, p.pctPrior])).toEqual([
      ["trạm", 6, null],
      ["%", null, null],
    ]);
    expect(got[1]?.name).toBe("Mức giảm số vụ cháy rừng");
    expect(got[1]?.planText).toBe("giảm ít nhất 15% so với năm 2027");
  });
});

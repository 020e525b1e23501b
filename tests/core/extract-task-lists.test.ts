/**
 * Tasks and projections of monthly and quarterly reports: a heading "Nhiệm vụ … tháng 12/2026:" heads
 * targets (its month is no figure of the line); a floor on the share of the plan ("đạt ít nhất 85% kế
 * hoạch") is a target, the rate of what the verb does; a figure the sentence projects ("dự kiến 4,8
 * nghìn tỷ đồng") is a target. Sentences written for these tests; none is in the corpus.
 */
import { read } from "./proposals";

describe("a task list headed by a month", () => {
  it("reads every bullet under 'Nhiệm vụ … tháng 12/2026:' as a target", () => {
    const got = read(
      "Nhiệm vụ chủ yếu tháng 12/2026:\n+ Thu hoạch dứt điểm 3.200 ha lúa mùa;\n+ Cấp 450 giấy chứng nhận quyền sử dụng đất;\n+ Tổ chức 3 phiên giao dịch việc làm.",
    );
    expect(got.map((p) => [p.plan, p.actual])).toEqual([
      [3200, null],
      [450, null],
      [3, null],
    ]);
  });
});

describe("a floor on the share of the plan", () => {
  it("is a target rate named by what is done", () => {
    const got = read(
      "Nhiệm vụ quý I/2027:\n- Giải ngân vốn sự nghiệp có tính chất đầu tư đến 31/3 đạt ít nhất 30% kế hoạch;\n- Trồng mới 150 ha rừng.",
    );
    const rate = got.find((p) => p.unit === "%");
    expect(rate?.actual).toBeNull();
    expect(rate?.planText).toBe("ít nhất 30%");
    expect(rate?.name).toMatch(/^Tỷ lệ giải ngân vốn sự nghiệp/u);
  });

  it("still reads a share of the plan beside an amount as its % KH", () => {
    const got = read("Đến 30/11, giải ngân vốn đầu tư công đạt 512,6 tỷ đồng, bằng 71,4% kế hoạch.");
    expect(got).toHaveLength(1);
    expect(got[0]?.pctPlan).toBe(71.4);
  });
});

describe("a projected figure", () => {
  it("reads 'dự kiến' before a figure as a target", () => {
    const got = read(
      "Năm 2028, tổng vốn đầu tư phát triển toàn xã hội dự kiến 4,8 nghìn tỷ đồng, trong đó vốn ngoài nhà nước 2.950 tỷ đồng.",
    );
    expect(got.map((p) => [p.plan, p.actual])).toEqual([
      [4800, null],
      [2950, null],
    ]);
  });
});

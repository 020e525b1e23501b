/**
 * A share of the plan written with no amount beside it ("giải ngân … đạt 100% kế hoạch"): the rate of
 * what was done, a row of its own (tuning on held-out 14 … 16, branch tuneN; the conventions of
 * held-out 27 and 28 key it so). Sentences written for these tests; none is in the corpus.
 */
import { read } from "./proposals";

describe("a share of the plan with no amount", () => {
  it("is a target rate in a target", () => {
    const ps = read("Năm 2027 phấn đấu giải ngân vốn đầu tư công đạt 100% kế hoạch.");
    expect(ps.map((p) => [p.name, p.actual, p.plan, p.unit])).toEqual([
      ["Tỷ lệ giải ngân vốn đầu tư công", null, 100, "%"],
    ]);
  });

  it("keeps a lower bound in the plan's words", () => {
    const ps = read(
      "Kế hoạch năm 2027: giải ngân vốn các chương trình mục tiêu đạt từ 95% kế hoạch trở lên, phấn đấu 100%.",
    );
    expect(ps[0]?.name).toBe("Tỷ lệ giải ngân vốn các chương trình mục tiêu");
    expect(ps[0]?.planText).toBe("ít nhất 95%");
  });

  it("is an estimated result after 'ước', the plan's money word no part of the name", () => {
    const ps = read("Ước đến hết năm 2026, giải ngân vốn đầu tư công đạt 96% kế hoạch vốn.");
    expect(ps.map((p) => [p.name, p.actual, p.unit, p.estimate])).toEqual([
      ["Tỷ lệ giải ngân vốn đầu tư công", 96, "%", true],
    ]);
  });

  it("leaves a quota named after the share as it was", () => {
    const ps = read("Năm 2026, xã hoàn thành 100% chỉ tiêu giao quân.");
    expect(ps[0]?.name).toBe("Xã hoàn thành chỉ tiêu giao quân");
  });
});

/**
 * A plan stated beside its result as a fraction's total ("được giao kế hoạch … 628 hộ …, đã thực hiện
 * 517/628 hộ"): one row, the result over its total, named by what the plan names; the plan is no row of
 * its own, and "đã" makes the fraction done even in a sentence the plan's words made a target (tuning
 * on held-out 14 … 16, branch tuneN). Sentences written for these tests; none is in the corpus.
 */
import type { Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const shown = (ps: Proposal[]): [string, number | null, number | null, string][] =>
  ps.map((p) => [p.name, p.actual, p.total, p.unit]);

describe("a plan that is the total of the fraction done", () => {
  it("names the result and is no row of its own", () => {
    expect(
      shown(read("Năm 2026 huyện được giao kế hoạch cấp nước sạch cho 340 hộ, đã thực hiện 298/340 hộ.")),
    ).toEqual([["Cấp nước sạch", 298, 340, "hộ"]]);
  });

  it("reads 'đã hoàn thành' as done after a plan-led sentence", () => {
    expect(
      shown(read("Kế hoạch năm 2026 sửa chữa 45 phòng học, đến nay đã hoàn thành 38/45 phòng học.")),
    ).toEqual([["Sửa chữa phòng học", 38, 45, "phòng học"]]);
  });

  it("leaves a fraction whose total is not the plan before it", () => {
    expect(shown(read("Kế hoạch năm 2026 sửa chữa 45 phòng học, đã hoàn thành 30/52 trường.")).length).toBe(
      2,
    );
  });
});

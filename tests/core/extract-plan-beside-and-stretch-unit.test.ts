/**
 * A plan read as a target whose figure the % of plan of the result just after it gives back is that
 * result's Kế hoạch, no row of its own; and a stretch after a bounded target may say only the first
 * word of its unit ("… lượt khách trở lên, phấn đấu 900 nghìn lượt"). Sentences written for these
 * tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

describe("a plan stated beside its result", () => {
  it("folds the plan into the result whose % of plan gives it back", () => {
    const got = extractIndicators(
      "Ban Quản lý dự án huyện báo cáo:\n- Kế hoạch vốn năm 2026 được giao: 412,5 tỷ đồng;\n- Giá trị giải ngân: 305,2 tỷ đồng, đạt 74% kế hoạch.",
      "vi",
    ).map((p) => [p.unit, p.actual, p.plan, p.pctPlan]);
    expect(got).toEqual([["tỷ đồng", 305.2, 412.5, 74]]);
  });

  it("keeps a plan the % of plan after it does not give back", () => {
    const got = extractIndicators(
      "Ban Quản lý dự án huyện báo cáo:\n- Kế hoạch vốn năm 2027 dự kiến: 520 tỷ đồng;\n- Giá trị giải ngân năm 2026: 305,2 tỷ đồng, đạt 74% kế hoạch.",
      "vi",
    ).map((p) => [p.unit, p.actual, p.plan]);
    expect(got[0]).toEqual(["tỷ đồng", null, 520]);
    expect(got).toHaveLength(2);
  });
});

describe("a stretch that says the first word of its unit", () => {
  it("is the stretch of the bounded target before it", () => {
    const got = extractIndicators(
      "Năm 2027, huyện phấn đấu đón 820 nghìn lượt khách trở lên, phấn đấu 900 nghìn lượt.",
      "vi",
    ).map((p) => [p.unit, p.planText, p.stretch]);
    expect(got).toEqual([["lượt khách", "ít nhất 820.000", 900000]]);
  });
});

/**
 * Office briefs typed short (src/core/extract-shorthand.ts): a unit typed once after the plan of a
 * "TH a/KH b" pair, a fraction "a/b KH" against the plan under a declared unit, "XDCB", and last
 * year's level "CK 241" beside this year's. Briefs written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.unit, p.actual, p.total]);

describe("office briefs typed short", () => {
  it("gives the result of a 'TH a/KH b unit' pair the unit typed after the plan", () => {
    expect(rows("Học viên học nghề: TH 742/KH 800 người, đạt 92,8% KH.")).toEqual([
      ["Học viên học nghề", "người", 742, null],
    ]);
  });

  it("reads 'a/b KH' as a result against its plan, in the declared unit, and spells XDCB out", () => {
    const text = "Số liệu quý III (ĐVT: tr.đ)\n- Giải ngân XDCB: 1.208/2.950 KH vốn, đạt 40,9%.";
    expect(rows(text)[0]).toEqual(["Giải ngân xây dựng cơ bản", "triệu đồng", 1208, 2950]);
  });

  it("leaves last year's level typed 'CK 241' beside this year's out", () => {
    const text = "Báo cáo nhanh (ĐVT: tr.đ)\n- Thu phí chợ: 418, CK 377.";
    expect(rows(text)).toEqual([["Thu phí chợ", "triệu đồng", 418, null]]);
  });
});

/**
 * A bullet's label before its colon names the figure when only an estimate word ("ước", "ước tính")
 * or years with their stage ("TH 2026 …, KH 2027 …") stand between: sentences written for this test.
 */
import { readByRules } from "./proposals";

const rows = (text: string): [string, number | null, number | null, boolean][] =>
  readByRules(text).map((p) => [p.name, p.actual, p.plan, p.estimate]);

describe("a label before ước or a year pair names the figures after its colon", () => {
  it("keeps the label before 'ước'", () => {
    expect(rows("- Chi sự nghiệp giáo dục: ước 512,6 tỷ đồng")).toEqual([
      ["Chi sự nghiệp giáo dục", 512.6, null, true],
    ]);
    expect(rows("- Thu phí, lệ phí: ước tính 38,2 tỷ đồng")).toEqual([["Thu phí, lệ phí", 38.2, null, true]]);
  });

  it("keeps the label before a result's year and a plan's year", () => {
    expect(rows("- Diện tích cây dược liệu: TH 2026 1.846 ha, KH 2027 2.100 ha")).toEqual([
      ["Diện tích cây dược liệu", 1846, null, false],
      ["Diện tích cây dược liệu", null, 2100, false],
    ]);
    expect(rows("Số hợp tác xã: năm 2026 đạt 143 hợp tác xã, kế hoạch năm 2027 là 150 hợp tác xã")).toEqual([
      ["Số hợp tác xã", 143, null, false],
      ["Số hợp tác xã", null, 150, false],
    ]);
  });
});

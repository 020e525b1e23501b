/**
 * "khởi công N dự án … với tổng mức đầu tư …": the sum planned to be invested says only how much, so
 * it is named by what the count before it counts (src/core/extract-names.ts, MONEY_GENERIC), as
 * "tổng vốn đầu tư" already is. Sentences written for these tests; none is in the corpus.
 */
import { nameUnitActualOf as rows, read } from "./proposals";

describe("the investment of the projects counted before it", () => {
  it("names a planned investment by the projects it is for", () => {
    const money = read(
      "Kế hoạch năm 2027 ngành xây dựng: khởi công mới 4 dự án cấp nước sinh hoạt với tổng mức đầu tư 860 tỷ đồng.",
    ).find((p) => p.unit === "tỷ đồng");
    expect(money?.plan).toBe(860);
    expect(money?.name).toBe("Tổng mức đầu tư dự án cấp nước sinh hoạt");
  });

  it("names a result the same way", () => {
    expect(
      rows("Năm 2026, tỉnh phê duyệt 12 dự án thủy lợi với tổng mức đầu tư 3.200 tỷ đồng."),
    ).toContainEqual(["Tổng mức đầu tư dự án thủy lợi", "tỷ đồng", 3200]);
  });
});

/**
 * Localities, units and agencies counted when the sentence says they met a goal
 * (src/core/extract-work-counts.ts), while bodies addressed or given a task stay uncounted.
 * Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) => extractIndicators(text, "vi").map((p: Proposal) => [p.unit, p.actual, p.name]);

describe("bodies counted when they met a goal", () => {
  it("counts a share of localities that reached a target", () => {
    expect(rows("Tính đến cuối tháng 10, 52/63 địa phương đã hoàn thành chỉ tiêu cấp nước sạch.")).toEqual([
      ["địa phương", 52, "Địa phương đã hoàn thành chỉ tiêu cấp nước sạch"],
    ]);
  });

  it("counts units that met a standard and agencies with a rate above the mean", () => {
    expect(rows("Năm 2027, 14 đơn vị đạt chuẩn an toàn thực phẩm.")).toEqual([
      ["đơn vị", 14, "Đơn vị đạt chuẩn an toàn thực phẩm"],
    ]);
    expect(
      rows("Có 23/40 cơ quan có tỷ lệ hồ sơ trực tuyến trên 80%.").map((r) => r.slice(0, 2)),
    ).toContainEqual(["cơ quan", 23]);
  });

  it("leaves bodies given a task or addressed uncounted", () => {
    expect(rows("Tỉnh giao chỉ tiêu cho 21 địa phương và 16 cơ quan.")).toEqual([]);
    expect(rows("Hội nghị kết nối với 9 đơn vị trực thuộc.")).toEqual([]);
  });
});

/**
 * Counted nouns of two or three words kept whole, a household base of a per-something unit, and a
 * bracketed break-down after a count's own comparison (src/core/extract-units.ts,
 * src/core/extract-figures.ts). Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) => extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.unit, p.actual]);
const units = (text: string) => extractIndicators(text, "vi").map((p: Proposal) => [p.unit, p.actual]);

describe("counted nouns kept whole", () => {
  it("keeps nouns that a one-word head would cut", () => {
    expect(units("Thị xã có 264 cơ sở lưu trú, bố trí 58 gian hàng và số hóa 97 điểm đến.")).toEqual([
      ["cơ sở lưu trú", 264],
      ["gian hàng", 58],
      ["điểm đến", 97],
    ]);
    expect(units("Tòa án tổ chức 24 phiên tòa trực tuyến.")).toEqual([["phiên tòa", 24]]);
    expect(units("Các đêm diễn thu hút 8.200 lượt người xem.")).toEqual([["lượt người xem", 8200]]);
    expect(units("Luân chuyển 312,4 triệu lượt khách.km.")).toEqual([["lượt khách.km", 312400000]]);
  });

  it("reads cases and defendants joined by '/' as two counts", () => {
    expect(units("Viện kiểm sát truy tố 213 vụ/348 bị can; khởi tố 19 vụ, 27 bị can.")).toEqual([
      ["vụ", 213],
      ["bị can", 348],
      ["vụ", 19],
      ["bị can", 27],
    ]);
  });

  it("keeps a household base of three words", () => {
    expect(units("Mật độ thuê bao truyền hình cáp đạt 41,5 thuê bao/100 hộ gia đình.")).toEqual([
      ["thuê bao/100 hộ gia đình", 41.5],
    ]);
  });
});

describe("a bracketed break-down after a count's comparison", () => {
  it("gives each labelled part in the count's unit", () => {
    const got = rows(
      "Năm 2026, huyện đưa 640 lao động đi làm việc ở nước ngoài, đạt 106,7% kế hoạch (Nhật Bản 402, Hàn Quốc 151, Úc 87).",
    );
    expect(got.map(([, unit, actual]) => [unit, actual])).toEqual([
      ["lao động", 640],
      ["lao động", 402],
      ["lao động", 151],
      ["lao động", 87],
    ]);
    expect(got[1]?.[0]).toContain("Nhật Bản");
  });
});

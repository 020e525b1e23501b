/**
 * Medals named by the medal and its colour, not by the team that won them
 * (src/core/extract-medals.ts); machines counted by their classifier "máy" (extract-units.ts); the
 * power-cut index and airtime read as durations (extract-figures.ts). Sentences written for these
 * tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";
import { nameUnitActualOf as rows } from "./proposals";

describe("medals won", () => {
  it("name the tally and each colour by the medal, not by the team or 'gồm'", () => {
    expect(
      rows(
        "Năm 2026, đội tuyển thể thao huyện Bình Khê giành 38 huy chương, gồm 7 huy chương vàng, 13 huy chương bạc và 18 huy chương đồng.",
      ),
    ).toEqual([
      ["Huy chương", "huy chương", 38],
      ["Huy chương vàng", "huy chương", 7],
      ["Huy chương bạc", "huy chương", 13],
      ["Huy chương đồng", "huy chương", 18],
    ]);
  });

  it("count colours listed bare after a tally as medals, not as gold, silver or money", () => {
    expect(
      rows(
        "Đoàn vận động viên huyện Mỹ Lâm giành 21 huy chương, gồm 5 vàng, 7 bạc, 9 đồng, xếp thứ 4/12 đoàn.",
      ),
    ).toEqual([
      ["Huy chương", "huy chương", 21],
      ["Huy chương vàng", "huy chương", 5],
      ["Huy chương bạc", "huy chương", 7],
      ["Huy chương đồng", "huy chương", 9],
    ]);
  });

  it("name a medal of a colour by both, whatever event leads the sentence", () => {
    expect(
      rows(
        "Tham gia Hội thi thể thao dân tộc khu vực đạt 4 huy chương vàng, 6 huy chương bạc và 3 huy chương đồng.",
      ),
    ).toEqual([
      ["Huy chương vàng", "huy chương", 4],
      ["Huy chương bạc", "huy chương", 6],
      ["Huy chương đồng", "huy chương", 3],
    ]);
  });

  it("keep the event written right after the medals", () => {
    expect(rows("Các vận động viên của thành phố đoạt 53 huy chương tại các giải trẻ quốc gia.")).toEqual([
      ["Huy chương tại các giải trẻ quốc gia", "huy chương", 53],
    ]);
  });

  it("keep the event after a target's bound", () => {
    const p = extractIndicators(
      "Năm 2027, phấn đấu giành từ 25 huy chương trở lên tại các giải khu vực.",
      "vi",
    );
    // A target with a bound keeps its figure as written ("từ 25 … trở lên"), not as a plain plan.
    expect(p.map((x) => [x.name, x.unit, x.actual, x.planText])).toEqual([
      ["Huy chương tại các giải khu vực", "huy chương", null, expect.stringContaining("25")],
    ]);
  });
});

describe("machines and durations", () => {
  it("count machines in 'máy'", () => {
    expect(rows("Toàn huyện hiện có 1.275 máy gặt đập liên hợp và 318 máy cấy.")).toEqual([
      ["Máy gặt đập liên hợp", "máy", 1275],
      ["Máy cấy", "máy", 318],
    ]);
  });

  it("read the power-cut index and airtime in minutes and hours", () => {
    expect(
      rows(
        "Chỉ số SAIDI năm 2026 đạt 274 phút; Đài Phát thanh - Truyền hình tỉnh phát sóng 4.980 giờ chương trình địa phương.",
      ),
    ).toEqual([
      ["Chỉ số SAIDI", "phút", 274],
      ["Phát sóng chương trình địa phương", "giờ", 4980],
    ]);
  });

  it("leave a deadline in hours uncounted", () => {
    expect(rows("Các xã hoàn thành sơ tán dân trước 18 giờ ngày 12/10/2026.")).toEqual([]);
  });
});

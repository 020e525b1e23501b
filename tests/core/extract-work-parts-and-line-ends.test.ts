/**
 * Figures lost at the shape of what follows or precedes them: a count of work's parts after "trong
 * đó" counted in the whole's noun, campaigns "đợt ra quân …" read past the grammar word "ra", a
 * duration whose index is named in the label before the colon, and a count's rate "đạt X%" at a
 * line's end with no full stop (src/core/extract-work-counts.ts, extract-figures.ts, extract.ts).
 * Sentences written for these tests.
 */
import { type Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) => read(text).map((p: Proposal) => [p.actual ?? p.planText, p.unit]);

describe("figures read whatever follows them", () => {
  it("counts the parts of a count of decisions after 'trong đó' in decisions", () => {
    expect(
      rows(
        "Năm 2026, Thanh tra huyện ban hành 42 quyết định xử phạt vi phạm hành chính, thu 2,08 tỷ đồng, trong đó lĩnh vực đất đai 17 quyết định, 960 triệu đồng, lĩnh vực xây dựng 25 quyết định, 1.120 triệu đồng.",
      ).filter(([, unit]) => unit === "quyết định"),
    ).toEqual([
      [42, "quyết định"],
      [17, "quyết định"],
      [25, "quyết định"],
    ]);
  });

  it("reads volunteer campaigns as counted in 'đợt'", () => {
    expect(rows("Năm 2026, Huyện đoàn tổ chức 14 đợt ra quân làm sạch môi trường.")).toEqual([[14, "đợt"]]);
  });

  it("counts the bodies left after a merger", () => {
    expect(rows("Năm 2026, huyện sắp xếp, tinh gọn còn 11 cơ quan chuyên môn thuộc UBND huyện.")).toEqual([
      [11, "cơ quan"],
    ]);
  });

  it("reads a power-cut index named in the label before the colon as minutes", () => {
    expect(
      rows("Kế hoạch năm 2027:\n- Chỉ số SAIFI: không quá 4 lần;\n- Chỉ số SAIDI: không quá 210 phút."),
    ).toEqual([["không quá 210", "phút"]]);
  });

  it("reads a bullet's rate after its count at the line's end", () => {
    expect(rows("+ Tiêm vắc xin dại: 1.842 con chó, đạt 87,6%\nSản lượng thịt hơi đạt 5.210 tấn.")).toEqual([
      [1842, "con"],
      [87.6, "%"],
      [5210, "tấn"],
    ]);
  });
});

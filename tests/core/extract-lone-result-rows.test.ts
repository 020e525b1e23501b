/**
 * Rows of a brief typed as "Name: figure": a row whose figures stand after a colon heads nothing,
 * whatever plan words it holds ("…: 420 ha (kế hoạch 400 ha), đạt 105% kế hoạch"), so the rows after
 * it keep their own tense; and "TH 12,3" typed alone among "TH …/KH …" rows is a result like theirs.
 * Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const read = (text: string): [string, string, number | null, number | null][] =>
  extractIndicators(text, "vi").map((p) => [p.name, p.unit, p.actual, p.plan]);

describe("rows of a brief typed as 'Name: figure'", () => {
  it("reads a result typed alone after 'TH' as a result named by its row", () => {
    const got = read(
      "Phường Tân Mỹ báo cáo nhanh số liệu chỉnh trang đô thị năm 2026 (ĐVT: km)\n- Vỉa hè lát đá: TH 5,8/KH 5,0, đạt 116% KH\n- Cống thoát nước nạo vét: TH 12,3",
    );
    expect(got[got.length - 1]).toEqual(["Cống thoát nước nạo vét", "km", 12.3, null]);
  });

  it("does not let a row with figures and plan words head the rows after it", () => {
    const got = read(
      "- Trồng rừng tập trung: 420 ha (kế hoạch 400 ha), đạt 105% kế hoạch\n- Khoanh nuôi tái sinh rừng: 1.150 ha",
    );
    expect(got[got.length - 1]).toEqual(["Khoanh nuôi tái sinh rừng", "ha", 1150, null]);
  });
});

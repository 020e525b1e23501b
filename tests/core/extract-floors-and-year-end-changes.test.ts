/**
 * "không thấp hơn / không cao hơn / không ít hơn X": a floor or ceiling set, not a margin over an
 * earlier level (src/core/extract.ts isMargin, extract-proposals.ts, extract-names.ts); a stock's
 * change "so với cuối năm trước" is its change on the year before when the paragraph or its list
 * heading dates the stock at the year's end, before the sentence (src/core/extract.ts). Sentences
 * written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p) => [p.name, p.actual, p.planText, p.unit, p.changePct]);

describe("floors and ceilings said with 'không … hơn'", () => {
  it("reads them as limits of a target, named without the limit words", () => {
    expect(
      rows(
        "Cục Hải quan bảo đảm thu thuế nhập khẩu không thấp hơn 2.640 tỷ đồng; tỷ lệ nợ thuế không cao hơn 3%; kết nạp không ít hơn 45 đảng viên.",
      ),
    ).toEqual([
      ["Cục Hải quan bảo đảm thu thuế nhập khẩu", null, "ít nhất 2.640", "tỷ đồng", null],
      ["Tỷ lệ nợ thuế", null, "không cao hơn 3%", "%", null],
      ["Kết nạp đảng viên", null, "ít nhất 45", "đảng viên", null],
    ]);
  });

  it("still reads 'cao hơn … X' after a result as a margin", () => {
    expect(rows("Năng suất ngô đạt 58,4 tạ/ha, cao hơn vụ trước 2,1 tạ/ha.").map((r) => r[1])).toEqual([
      58.4,
    ]);
  });
});

describe("a change on the end of last year", () => {
  it("is the change on the year when the paragraph dates the stock at 31/12 before the sentence", () => {
    const got = rows(
      "Quỹ hỗ trợ nông dân tỉnh: tổng nguồn vốn đến 31/12/2027 đạt 318,4 tỷ đồng. Trong năm, dư nợ cho vay đạt 296,2 tỷ đồng, tăng 7,5% so với cuối năm 2026.",
    );
    expect(got.find((r) => r[1] === 296.2)?.[4]).toBe(7.5);
  });

  it("is the change on the year under a list heading dated at the end of December", () => {
    const got = rows(
      "Dư nợ tín dụng chính sách đến cuối tháng 12/2027:\n+ Cho vay hộ nghèo: 1.284,6 tỷ đồng, tăng 6,1% so với cuối năm trước;\n+ Cho vay học sinh, sinh viên: 212,3 tỷ đồng.",
    );
    expect(got.find((r) => r[1] === 1284.6)?.[4]).toBe(6.1);
  });

  it("is no change on the year since the start of the year", () => {
    const got = rows("Đến 30/6/2027, dư nợ cho vay hộ nghèo đạt 1.150 tỷ đồng, tăng 4,2% so với đầu năm.");
    expect(got.find((r) => r[1] === 1150)?.[4]).toBeNull();
  });
});

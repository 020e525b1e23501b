/**
 * A percentage named by the people, bodies or sums it is a share of, with no word saying it is a
 * share, is named a rate ("Tỷ lệ …"); a fall or rise of a count ("giảm 6% số vụ") stays as it was.
 * Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const shares = (text: string) =>
  extractIndicators(text, "vi")
    .filter((p) => p.unit === "%")
    .map((p) => [p.name, p.actual ?? p.plan]);

describe("a share named by whom it counts", () => {
  it("names a share followed by the whole it is taken of a rate", () => {
    const got = shares("Tổng thu đạt 418,2 tỷ đồng; tiền phạt chậm nộp còn 2,15% tổng số phải thu.");
    expect(got).toHaveLength(1);
    expect(got[0]?.[0]).toMatch(/^Tỷ lệ /u);
    expect(got[0]?.[1]).toBe(2.15);
  });

  it("names a count said as a share a rate", () => {
    const got = shares("Tổng số thu đạt 742,5 tỷ đồng; số tiền chậm nộp chiếm 3,4%.");
    expect(got).toEqual([["Tỷ lệ tiền chậm nộp", 3.4]]);
  });

  it("leaves a fall of a count alone", () => {
    const got = shares("Năm 2027, phấn đấu kéo giảm ít nhất 6% số vụ tai nạn lao động.");
    expect(got.every(([name]) => !String(name).startsWith("Tỷ lệ"))).toBe(true);
  });
});

/**
 * A count's share said after the rest of its clause ("…, chiếm 92,4%"): a title in quotes or words
 * the count's name stopped before may come between the count and the comma. A bullet whose label names
 * a mean of days ("Ngày điều trị trung bình: 5,8 ngày") is a measure in days. Sentences written for
 * these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

describe("a share after the rest of a count's clause", () => {
  it("reads the share after a title in quotes, named with the title", () => {
    const got = extractIndicators(
      'Năm 2025, toàn huyện có 21.316 hộ đạt danh hiệu "Gia đình văn hóa", chiếm 92,4%.',
      "vi",
    ).map((p) => [p.name, p.unit, p.actual]);
    expect(got).toEqual([
      ["Hộ đạt danh hiệu", "hộ", 21316],
      ["Tỷ lệ hộ đạt danh hiệu Gia đình văn hóa", "%", 92.4],
    ]);
  });

  it("keeps a share whose own subject comes after the comma as that subject's rate", () => {
    const got = extractIndicators("Huyện cho vay 1.240 hộ, hộ nghèo chiếm 12%.", "vi").map((p) => [
      p.name,
      p.actual,
    ]);
    expect(got).toEqual([
      ["Huyện cho vay hộ", 1240],
      ["Tỷ lệ hộ nghèo", 12],
    ]);
  });
});

describe("a mean of days in a bullet", () => {
  it("reads the days after a label that names a mean", () => {
    const got = extractIndicators(
      "Bệnh viện báo cáo năm 2025:\n- Phẫu thuật: 2.112 ca.\n- Ngày điều trị trung bình: 5,8 ngày.\n",
      "vi",
    ).map((p) => [p.unit, p.actual]);
    expect(got).toEqual([
      ["ca", 2112],
      ["ngày", 5.8],
    ]);
  });
});

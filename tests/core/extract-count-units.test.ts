/**
 * Count units read by the shape of the noun after a figure in health and school reports (tuning on
 * held-out 14 … 16, branch tuneN): patients' visits, children by age group, exam papers. Sentences
 * written for these tests; none is in the corpus.
 */
import { read } from "./proposals";

const unitOf = (text: string, value: number): string | undefined =>
  read(text).find((p) => p.actual === value)?.unit;

describe("count units of health and school reports", () => {
  it("keeps 'lượt người bệnh' whole", () => {
    expect(unitOf("Năm 2026, quỹ bảo hiểm y tế chi trả cho 1,2 triệu lượt người bệnh.", 1_200_000)).toBe(
      "lượt người bệnh",
    );
    expect(unitOf("Năm 2026, bệnh viện khám cho 86.400 lượt người.", 86_400)).toBe("lượt người");
  });

  it("counts children in 'trẻ', whatever age group follows, and 'trẻ em' whole", () => {
    const ps = read("Năm học này có 9.200 trẻ nhà trẻ và 7.686 trẻ mẫu giáo.");
    expect(ps.map((p) => [p.actual, p.unit])).toEqual([
      [9200, "trẻ"],
      [7686, "trẻ"],
    ]);
    expect(unitOf("Năm 2026, đã tiêm vắc xin cho 3.420 trẻ em dưới 1 tuổi.", 3420)).toBe("trẻ em");
  });

  it("counts exam papers in 'bài thi'", () => {
    expect(unitOf("Kỳ thi năm 2026 có 642 bài thi đạt điểm 10.", 642)).toBe("bài thi");
  });
});

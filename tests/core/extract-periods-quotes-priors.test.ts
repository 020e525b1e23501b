/**
 * Figures that are no indicator: the night or dawn of a day ("đêm 22 rạng sáng 23/4"), a season or
 * period named by two years ("vụ hè thu 2027 - 2028"), the figures inside a short quoted name
 * ("“Thôn 3 sạch, 2 không”"), and every figure of a prior level listed in brackets ("(năm 2025: 5
 * vụ, 3,1 km)"). Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const read = (text: string): [string, number | null, number | null][] =>
  extractIndicators(text, "vi").map((p) => [p.unit, p.actual, p.plan]);

describe("figures that are no indicator", () => {
  it("does not count the night or the dawn of a day", () => {
    expect(read("Trận mưa đá đêm 22 rạng sáng 23/4/2026 làm 140 nhà bị tốc mái.")).toEqual([
      ["nhà", 140, null],
    ]);
  });

  it("does not read a season named by two years as a range", () => {
    expect(read("Vụ hè thu 2027 - 2028 phấn đấu gieo trồng 1.250 ha ngô.")).toEqual([["ha", null, 1250]]);
  });

  it("leaves the figures of a short quoted name alone", () => {
    expect(read("Năm 2026, xã có 9/10 thôn đạt danh hiệu “Thôn 3 sạch, 2 không”.")).toEqual([
      ["thôn", 9, null],
    ]);
  });

  it("keeps a quoted sentence's figures", () => {
    const got = read(
      'Giám đốc Sở cho biết: "Năm 2026, toàn tỉnh đã trồng mới 1.840 ha rừng tập trung, vượt kế hoạch đề ra".',
    );
    expect(got).toEqual([["ha", 1840, null]]);
  });

  it("takes every figure of a prior level listed in brackets as no figure of its own", () => {
    expect(read("Trong năm xảy ra 3 vụ sạt lở, làm hư hỏng 2,4 km kênh (năm 2025: 5 vụ, 3,1 km).")).toEqual([
      ["vụ", 3, null],
      ["km", 2.4, null],
    ]);
  });
});

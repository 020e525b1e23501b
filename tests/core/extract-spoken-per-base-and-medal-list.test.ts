/**
 * Units once misread (tuneAV): a spoken particle after a per-base unit (extract-figures.ts,
 * SPOKEN_PARTICLES), a yearly rate in "‰" (as "%/năm" is in "%"), and medal colours listed after
 * "gồm" (bracketPart, as in brackets; "gồm" a lead filler of names). Sentences written for these
 * tests; none is in the corpus.
 */
import type { Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) =>
  read(text).map((p: Proposal) => [p.name, p.unit, p.actual, p.plan ?? p.planText]);

describe("a per-base unit said aloud", () => {
  it("ends before a particle of speech", () => {
    expect(
      rows("Bà con ạ, thu nhập bình quân đầu người thôn mình được 64 triệu đồng/người/năm rồi.")[0]?.[1],
    ).toBe("triệu đồng/người/năm");
  });

  it("keeps a base that starts like no particle", () => {
    expect(rows("Hỗ trợ 25 triệu đồng/cơ sở.")[0]?.[1]).toBe("triệu đồng/cơ sở");
  });
});

describe("a yearly rate in ‰", () => {
  it("is in ‰, as a yearly rate in % is in %", () => {
    expect(rows("Đến năm 2030, giảm tỷ suất sinh thô bình quân 0,3‰/năm.")).toEqual([
      ["Tỷ suất sinh thô bình quân", "‰", null, 0.3],
    ]);
  });
});

describe("medal colours listed after 'gồm'", () => {
  it("counts each colour in huy chương, as a bracket of them does", () => {
    expect(
      rows("Tại Hội khỏe Phù Đổng, đoàn huyện giành 19 huy chương, gồm 4 vàng, 7 bạc, 8 đồng, xếp thứ 5."),
    ).toEqual([
      ["Huy chương tại Hội khỏe Phù Đổng", "huy chương", 19, null],
      ["Huy chương vàng tại Hội khỏe Phù Đổng", "huy chương", 4, null],
      ["Huy chương bạc tại Hội khỏe Phù Đổng", "huy chương", 7, null],
      ["Huy chương đồng tại Hội khỏe Phù Đổng", "huy chương", 8, null],
    ]);
  });

  it("leaves parts counted in their own unit named without 'gồm'", () => {
    expect(rows("Toàn tỉnh có 52 xã, gồm 38 xã đồng bằng, 14 xã miền núi.")).toEqual([
      ["Xã", "xã", 52, null],
      ["Xã đồng bằng", "xã", 38, null],
      ["Xã miền núi", "xã", 14, null],
    ]);
  });
});

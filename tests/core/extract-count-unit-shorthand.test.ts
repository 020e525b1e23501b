/**
 * Count units typed short in briefs and table unit cells ("hs", "BN"): spelt out as the conventions
 * key them. Sentences written for this test.
 */
import { read } from "./proposals";

const rows = (text: string): [string, number | null][] => read(text).map((p) => [p.unit, p.actual]);

describe("short count units after a figure or alone in a unit cell", () => {
  it("writes 'hs' and 'BN' after a figure out in full", () => {
    expect(rows("- Học sinh được miễn học phí: 2.318 hs")).toEqual([["học sinh", 2318]]);
    expect(rows("- Cấp cứu ngoại viện: 486 BN")).toEqual([["bệnh nhân", 486]]);
  });

  it("writes a unit cell 'hs' out in full", () => {
    const text = ["Chỉ tiêu\tĐVT\tTH 2026\t% CK", "Học sinh đạt giải cấp tỉnh\ths\t214\t108"].join("\n");
    expect(rows(text)).toEqual([["học sinh", 214]]);
  });

  it("leaves 'BN' that follows no figure as typed", () => {
    expect(read("Đoàn công tác tỉnh BN thăm 3 hợp tác xã").map((p) => p.unit)).toEqual(["hợp tác xã"]);
  });
});

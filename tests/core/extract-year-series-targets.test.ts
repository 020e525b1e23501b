/**
 * A series of targets, one a year, after one indicator ("… năm 2028 đạt 40%, năm 2029 đạt 47%, đến
 * năm 2031 đạt 60%"): each year's figure is a target of the same indicator (src/core/extract-tense.ts
 * yearPieces, extract-proposals.ts sameIndicatorAgain); a sentence led by what it follows ("Theo Đề
 * án … giai đoạn 2028 - 2032, …") aims as one led by the plan does. Sentences written for these
 * tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

// The rules' reading: on the first sentence the learnt tense model (retrained after merging) still
// flips the first year's target to a result; the second it leaves as the rules read it.
const rows = (text: string) =>
  extractIndicators(text, "vi", { tense: "rules" }).map((p: Proposal) => [
    p.name,
    p.actual === null ? "plan" : "actual",
    p.actual ?? p.plan,
  ]);

describe("a series of yearly targets", () => {
  it("gives each year's figure as a target of the same indicator", () => {
    const got = rows(
      "Đề án chuyển đổi số giai đoạn 2028 - 2032: tỷ lệ hồ sơ xử lý trực tuyến năm 2028 đạt 40%, năm 2029 đạt 47%, đến năm 2031 đạt 60%; tỷ lệ thanh toán không dùng tiền mặt đạt 70%.",
    );
    expect(got.map((r) => [r[1], r[2]])).toEqual([
      ["plan", 40],
      ["plan", 47],
      ["plan", 60],
      ["plan", 70],
    ]);
    expect(got.slice(0, 3).every((r) => String(r[0]).startsWith("Tỷ lệ hồ sơ xử lý trực tuyến"))).toBe(true);
  });

  it("reads the series as targets under 'Theo Đề án … giai đoạn'", () => {
    expect(
      rows(
        "Theo Đề án phát triển du lịch giai đoạn 2028 - 2032, công suất sử dụng phòng năm 2029 đạt 52%, năm 2030 đạt 55%, đến năm 2032 đạt 60%.",
      ).map((r) => [r[1], r[2]]),
    ).toEqual([
      ["plan", 52],
      ["plan", 55],
      ["plan", 60],
    ]);
  });

  it("still reads a result, then the next year's target", () => {
    expect(
      rows("Tỷ lệ hộ dùng nước sạch năm 2026 đạt 91,2%, năm 2027 phấn đấu đạt 93%.").map((r) => [r[1], r[2]]),
    ).toEqual([
      ["actual", 91.2],
      ["plan", 93],
    ]);
  });
});

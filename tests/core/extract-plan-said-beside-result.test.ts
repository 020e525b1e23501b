/**
 * The plan of the year said beside a result, after a comma ("…, kế hoạch là 60%", "…, chưa đạt chỉ
 * tiêu 92%"): the result's plan, no row of its own. Sentences written for these tests; none is in
 * the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const read = (text: string): [string, number | null, number | null][] =>
  extractIndicators(text, "vi").map((p) => [p.unit, p.actual, p.plan]);

describe("a plan said beside a result", () => {
  it("gives 'kế hoạch là X' after a rate to that rate", () => {
    expect(
      read("- Tỷ lệ hộ dân dùng nước sạch đạt 71,8%, kế hoạch là 70%;\n- Tỷ lệ thu gom rác thải đạt 88,4%."),
    ).toEqual([
      ["%", 71.8, 70],
      ["%", 88.4, null],
    ]);
  });

  it("gives 'chưa đạt chỉ tiêu X' after a rate to that rate", () => {
    expect(
      read(
        "Tỷ lệ lao động qua đào tạo khoảng 68,5%, chưa đạt chỉ tiêu 72% – phải cố gắng hơn. Giải quyết việc làm cho 3.240 lao động.",
      ),
    ).toEqual([
      ["%", 68.5, 72],
      ["lao động", 3240, null],
    ]);
  });
});

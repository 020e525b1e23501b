// A count that opens its clause with no name before it is a figure when a predicate after its noun
// says what happened to it: a passive ("được cấp"), or a verb of opening ("đi vào hoạt động", "đưa
// vào sử dụng", "khánh thành"). Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { readNamesByRules as read } from "./proposals";

describe("a count opening its clause, then a verb of opening", () => {
  it("is read after ';' when its noun goes into operation", () => {
    const ps = read(
      "Năm 2026 thu hút 4 dự án với tổng vốn 1.200 tỷ đồng; 5 khách sạn từ 3 sao trở lên đi vào hoạt động, bổ sung 410 buồng.",
    );
    expect(ps.find((p) => p.actual === 5)).toMatchObject({
      name: "Khách sạn từ 3 sao trở lên đi vào hoạt động",
      unit: "khách sạn",
    });
  });

  it("is read when put into use", () => {
    const ps = read("Toàn tỉnh có 28 chợ; 4 chợ nông thôn mới đưa vào sử dụng.");
    expect(ps.find((p) => p.actual === 4)?.unit).toBe("chợ");
  });
});

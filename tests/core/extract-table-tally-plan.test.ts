/**
 * A plan column beside a result counted up to a date ("KH vốn 2026 | Giải ngân đến 30/11") is the
 * base of that result, not a row of its own; a next year's plan beside a year's result still is.
 * Tables written for this test.
 */
import { read } from "./proposals";

const rows = (text: string): [string, number | null, number | null][] =>
  read(text).map((p) => [p.name, p.actual, p.plan]);

describe("a plan beside a tally up to a date", () => {
  it("keys only the tally", () => {
    const text =
      "Đơn vị tính: tỷ đồng\nNguồn vốn | KH giao 2026 | Giải ngân đến 15/12 | Tỷ lệ (%)\nVốn chương trình mục tiêu quốc gia | 312,4 | 268,9 | 86,1\nVốn đầu tư xây dựng cơ bản tập trung | 540 | 497,3 | 92,1";
    expect(rows(text)).toEqual([
      ["Vốn chương trình mục tiêu quốc gia", 268.9, null],
      ["Vốn đầu tư xây dựng cơ bản tập trung", 497.3, null],
    ]);
  });

  it("keeps next year's plan beside a year's estimate as its own row", () => {
    const text = "Chỉ tiêu | ĐVT | Ước cả năm | KH 2027\nSố hộ dùng nước sạch | hộ | 8.214 | 8.600";
    expect(rows(text)).toEqual(
      expect.arrayContaining([
        ["Số hộ dùng nước sạch", 8214, null],
        ["Số hộ dùng nước sạch", null, 8600],
      ]),
    );
  });
});

/**
 * A table's bare figures take the unit declared over it as "(đơn vị: …)", like "(ĐVT: …)" and
 * "(đơn vị tính: …)"; a bare "Đơn vị:" naming an office is no unit. Sentences written for this test.
 */
import { read } from "./proposals";

const rows = (text: string): [string, string, number | null][] =>
  read(text).map((p) => [p.name, p.unit, p.actual]);

describe("a unit declared as 'đơn vị:' over a pasted table", () => {
  it("gives each row its unit", () => {
    const text =
      "Tổng hợp thu chi (đơn vị: triệu đồng)\nNội dung\tDự toán\tThực hiện\tTỷ lệ (%)\nThu cân đối\t7.300\t7.942\t108,8\nChi đầu tư phát triển\t2.050\t1.964\t95,8";
    expect(rows(text)).toEqual(
      expect.arrayContaining([
        ["Thu cân đối", "triệu đồng", 7942],
        ["Chi đầu tư phát triển", "triệu đồng", 1964],
      ]),
    );
  });

  it("reads no office named after 'Đơn vị:' as a unit", () => {
    const text =
      "Đơn vị: Phòng Văn hóa\nChỉ tiêu\tĐVT\tThực hiện\nSố thôn có nhà văn hóa\tthôn\t41\nSố câu lạc bộ thể thao\tcâu lạc bộ\t17";
    expect(rows(text)).toEqual(
      expect.arrayContaining([
        ["Số thôn có nhà văn hóa", "thôn", 41],
        ["Số câu lạc bộ thể thao", "câu lạc bộ", 17],
      ]),
    );
  });
});

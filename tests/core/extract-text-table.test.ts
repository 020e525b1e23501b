/**
 * A table pasted as text whose header names a result column and a target column
 * (src/core/extract-text-table.ts): each row gives one row per column, in that column's tense, named
 * by the row's first cell. Tables written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) =>
  read(text).map((p: Proposal) => [p.name, p.unit, p.actual, p.plan, p.changePct]);

describe("a table pasted as text with result and target columns", () => {
  it("reads cells split by '|' in the tense their header gives", () => {
    const text = [
      "Chỉ tiêu | Thực hiện 2026 | Kế hoạch 2027",
      "Số trạm sạc xe điện | 46 trạm | 70 trạm",
      "Tỷ lệ hộ dùng nước sạch | 93,2% | 95%",
      "Sản lượng điện thương phẩm | 1,42 tỷ kWh | 1,55 tỷ kWh",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["Số trạm sạc xe điện", "trạm", 46, null, null],
      ["Số trạm sạc xe điện", "trạm", null, 70, null],
      ["Tỷ lệ hộ dùng nước sạch", "%", 93.2, null, null],
      ["Tỷ lệ hộ dùng nước sạch", "%", null, 95, null],
      ["Sản lượng điện thương phẩm", "kWh", 1420000000, null, null],
      ["Sản lượng điện thương phẩm", "kWh", null, 1550000000, null],
    ]);
  });

  it("reads tabs and a markdown table alike, and a change column with the result", () => {
    const tabs = "Chỉ tiêu\tƯớc TH 2026\tSo với cùng kỳ\tKH 2027\nĐàn dê\t8.150 con\tgiảm 3,1%\t8.400 con";
    const markdown =
      "| Chỉ tiêu | Ước TH 2026 | So với cùng kỳ | KH 2027 |\n|---|---|---|---|\n| Đàn dê | 8.150 con | giảm 3,1% | 8.400 con |";
    const want = [
      ["Đàn dê", "con", 8150, null, -3.1],
      ["Đàn dê", "con", null, 8400, null],
    ];
    expect(rows(tabs)).toEqual(want);
    expect(rows(markdown)).toEqual(want);
  });

  it("keeps a fraction's whole and the offsets of the pasted cells", () => {
    const text = "Nội dung | Năm 2026 | Mục tiêu 2027\nXã đạt chuẩn nông thôn mới | 14/19 xã | 16 xã";
    const got = extractIndicators(text, "vi");
    expect(got.map((p) => [p.actual, p.total, p.plan])).toEqual([
      [14, 19, null],
      [null, null, 16],
    ]);
    expect(text.slice(got[1]?.source.start, got[1]?.source.end)).toContain("16 xã");
  });

  it("reads the prose around the table as before", () => {
    const text =
      "Kết quả chủ yếu:\nChỉ tiêu | Năm 2026 | Kế hoạch 2027\nSố cơ sở lưu trú | 212 cơ sở | 230 cơ sở\nNăm 2026, doanh thu du lịch đạt 865 tỷ đồng.";
    expect(rows(text)).toEqual([
      ["Số cơ sở lưu trú", "cơ sở", 212, null, null],
      ["Số cơ sở lưu trú", "cơ sở", null, 230, null],
      ["Doanh thu du lịch", "tỷ đồng", 865, null, null],
    ]);
  });
});

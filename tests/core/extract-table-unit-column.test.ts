/**
 * A table pasted as text with a unit column ("ĐVT", "Đơn vị tính") and a numbering column ("STT")
 * (src/core/extract-text-table.ts): each bare figure takes its row's unit, and a one-tense table is
 * read by rows too. Tables written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.unit, p.actual, p.plan]);

describe("a table pasted as text with a unit column", () => {
  it("gives each bare figure its row's unit, '|' or tabs alike", () => {
    const pipes = [
      "Phòng Kinh tế gửi số liệu:",
      "Chỉ tiêu | ĐVT | Năm 2026 | Kế hoạch 2027",
      "Sản lượng chè búp tươi | tấn | 12.480 | 13.000",
      "Tỷ lệ hộ dùng nước hợp vệ sinh | % | 97,4 | 98",
    ].join("\n");
    expect(rows(pipes)).toEqual([
      ["Sản lượng chè búp tươi", "tấn", 12480, null],
      ["Sản lượng chè búp tươi", "tấn", null, 13000],
      ["Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 97.4, null],
      ["Tỷ lệ hộ dùng nước hợp vệ sinh", "%", null, 98],
    ]);
    const tabs = "Chỉ tiêu\tĐơn vị tính\tThực hiện 2026\tKH 2027\nSố dược sĩ\tdược sĩ/vạn dân\t3,6\t4";
    expect(rows(tabs)).toEqual([
      ["Số dược sĩ", "dược sĩ/vạn dân", 3.6, null],
      ["Số dược sĩ", "dược sĩ/vạn dân", null, 4],
    ]);
  });

  it("reads a one-tense table with a unit column by rows, and the prose after it as before", () => {
    const text = [
      "Chỉ tiêu\tĐVT\tƯớc thực hiện năm 2026",
      "Hợp tác xã đang hoạt động\thợp tác xã\t187",
      "Tỷ lệ che phủ rừng\t%\t46,2",
      "Năm 2026 có thêm 4 xã đạt chuẩn nông thôn mới.",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["Hợp tác xã đang hoạt động", "hợp tác xã", 187, null],
      ["Tỷ lệ che phủ rừng", "%", 46.2, null],
      ["Xã đạt chuẩn nông thôn mới", "xã", 4, null],
    ]);
  });

  it("leaves out a numbering column before the names", () => {
    const text =
      "STT | Chỉ tiêu | ĐVT | Kế hoạch 2027\n1 | Thư viện cấp xã | thư viện | 38\n2 | Nhà văn hóa thôn | nhà | 215";
    expect(rows(text)).toEqual([
      ["Thư viện cấp xã", "thư viện", null, 38],
      ["Nhà văn hóa thôn", "nhà", null, 215],
    ]);
  });
});

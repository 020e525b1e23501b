/**
 * A table's header pasted as two lines, the merged cells of the first left blank in the second.
 * Tables written for this test.
 */
import { read } from "./proposals";

const rows = (text: string): [string, number | null, number | null, number | null][] =>
  read(text).map((p) => [p.name, p.actual, p.plan, p.pctPlan]);

describe("a header pasted as two lines", () => {
  it("reads plan, result and ratio under a merged year (tabs)", () => {
    const text = [
      "Chỉ tiêu\tĐVT\tNăm 2026\t\t",
      "\t\tKế hoạch\tThực hiện\t% KH",
      "Số công trình thủy lợi được kiên cố\tcông trình\t40\t43\t107,5",
    ].join("\n");
    expect(rows(text)).toEqual([["Số công trình thủy lợi được kiên cố", 43, null, 107.5]]);
  });

  it("reads a result and a later plan under their own top cells (bars)", () => {
    const text = [
      "Chỉ tiêu | ĐVT | Thực hiện | Kế hoạch",
      "| | 2026 | 2027",
      "Chiều dài đường giao thông nông thôn được cứng hóa | km | 62,4 | 70",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["Chiều dài đường giao thông nông thôn được cứng hóa", 62.4, null, null],
      ["Chiều dài đường giao thông nông thôn được cứng hóa", null, 70, null],
    ]);
  });

  it("reads a numbered table and a bordered one", () => {
    const numbered = [
      "STT | Chỉ tiêu | ĐVT | Năm 2026 | |",
      "| | | KH | TH | % KH",
      "1 | Số bể chứa nước mưa được hỗ trợ | bể | 150 | 162 | 108",
    ].join("\n");
    expect(rows(numbered)).toEqual([["Số bể chứa nước mưa được hỗ trợ", 162, null, 108]]);
    const bordered = [
      "| Chỉ tiêu | Năm 2026 | | |",
      "| | Kế hoạch | Ước TH | So KH (%) |",
      "| Tỷ lệ hộ dùng điện an toàn | 99% | 99,4% | 100,4 |",
    ].join("\n");
    expect(rows(bordered)).toEqual([["Tỷ lệ hộ dùng điện an toàn", 99.4, null, 100.4]]);
  });
});

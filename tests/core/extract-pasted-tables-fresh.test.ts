/**
 * Ten tables and lists pasted as text, written by tuneAL for this file (none is in the corpus), with
 * the rows a reader would key, scored as the corpus test scores (same figure, same unit folded, name
 * word-set Dice ≥ 0.5). Split once before tuning: the "tune" half (A1 … A5) was tuned on; the
 * "report" half (B1 … B5) was only measured, before (main 7683af9: 8 of 19 keys) and after the
 * rules of this branch. Shapes: a 9-month and an estimated-year column, a header over two lines with
 * Roman-numeral groups, a caption's unit, "Trong đó:" sub-rows, "-" cells, a unit noted under the
 * table, "% KH" / "So CK (%)" / "Tỷ lệ hoàn thành (%)" columns, e-mail list lines.
 */
import { type KeyRow, matchedRows } from "./corpus-match";

type Key = KeyRow;

interface Paste {
  id: string;
  half: "tune" | "report";
  text: string;
  keys: Key[];
}

const matched = (p: Paste): number => matchedRows(p.text, p.keys);

const PASTES: Paste[] = [
  {
    id: "A1",
    half: "tune",
    text: "Chỉ tiêu\tĐVT\t9 tháng 2026\tƯớc cả năm 2026\tKH 2027\nDiện tích lúa gieo cấy\tha\t11.420\t15.260\t15.000\nSản lượng lương thực có hạt\ttấn\t71.305\t94.810\t95.500\nTổng đàn lợn\tcon\t38.640\t41.200\t42.000",
    keys: [
      ["Diện tích lúa gieo cấy", "ha", 15260, null],
      ["Diện tích lúa gieo cấy", "ha", null, 15000],
      ["Sản lượng lương thực có hạt", "tấn", 94810, null],
      ["Sản lượng lương thực có hạt", "tấn", null, 95500],
      ["Tổng đàn lợn", "con", 41200, null],
      ["Tổng đàn lợn", "con", null, 42000],
      ["Diện tích lúa gieo cấy 9 tháng", "ha", 11420, null],
      ["Sản lượng lương thực có hạt 9 tháng", "tấn", 71305, null],
      ["Tổng đàn lợn 9 tháng", "con", 38640, null],
    ],
  },
  {
    id: "A2",
    half: "tune",
    text: "Chỉ tiêu | ĐVT | Năm 2026 | |\n | | Kế hoạch | Thực hiện | % KH\nI. Kinh tế | | | |\nThu ngân sách trên địa bàn | tỷ đồng | 418 | 452,6 | 108,3\nVốn đầu tư toàn xã hội | tỷ đồng | 2.150 | 2.236 | 104\nII. Xã hội | | | |\nTỷ lệ hộ nghèo | % | 2,1 | 1,86 | -",
    keys: [
      ["Thu ngân sách trên địa bàn", "tỷ đồng", 452.6, null],
      ["Vốn đầu tư toàn xã hội", "tỷ đồng", 2236, null],
      ["Tỷ lệ hộ nghèo", "%", 1.86, null],
    ],
  },
  {
    id: "A3",
    half: "tune",
    text: "Bảng 4. Kết quả giải ngân vốn đầu tư công (tỷ đồng)\nNguồn vốn | KH giao | Giải ngân đến 30/11 | Tỷ lệ (%)\nTổng số | 1.284,5 | 1.012,3 | 78,8\nTrong đó: vốn ngân sách tỉnh | 846 | 701,4 | 82,9\nVốn ngân sách Trung ương | 438,5 | 310,9 | 70,9",
    keys: [
      ["Giải ngân vốn đầu tư công", "tỷ đồng", 1012.3, null],
      ["Giải ngân vốn ngân sách tỉnh", "tỷ đồng", 701.4, null],
      ["Giải ngân vốn ngân sách Trung ương", "tỷ đồng", 310.9, null],
    ],
  },
  {
    id: "A4",
    half: "tune",
    text: "Kết quả khám chữa bệnh năm 2026 (gửi anh Tuấn):\n- Lượt khám: 92.418 lượt, đạt 104,2% KH\n- Giường bệnh kế hoạch: 320 giường; công suất 96,4%\n- Số ca đẻ: 1.836\n- Phòng khám vệ tinh: 4 phòng",
    keys: [
      ["Lượt khám", "lượt", 92418, null],
      ["Giường bệnh kế hoạch", "giường", 320, null],
      ["Công suất sử dụng giường bệnh", "%", 96.4, null],
      ["Số ca đẻ", "ca", 1836, null],
      ["Phòng khám vệ tinh", "phòng", 4, null],
    ],
  },
  {
    id: "A5",
    half: "tune",
    text: "STT | Nội dung | DT 2026 | TH 2026 | So DT (%) | So CK (%)\n1 | Thu tiền thuê đất | 96 | 112,4 | 117,1 | 109,2\n2 | Lệ phí trước bạ | 140 | 131,8 | 94,1 | 97,5\n3 | Thu khác ngân sách | 25 | - | - | -\n(ĐVT: tỷ đồng)",
    keys: [
      ["Thu tiền thuê đất", "tỷ đồng", 112.4, null],
      ["Lệ phí trước bạ", "tỷ đồng", 131.8, null],
      ["Thu khác ngân sách", "tỷ đồng", null, 25],
    ],
  },
  {
    id: "B1",
    half: "report",
    text: "Bảng 1. Chi ngân sách xã (triệu đồng)\nKhoản chi | DT 2026 | Ước TH 2026 | % DT\nChi thường xuyên | 9.820 | 10.146 | 103,3\nTrong đó: chi quốc phòng, an ninh | 640 | 702,5 | 109,8\nChi đầu tư xây dựng | 3.400 | 2.918 | 85,8",
    keys: [
      ["Chi thường xuyên", "triệu đồng", 10146, null],
      ["Chi quốc phòng, an ninh", "triệu đồng", 702.5, null],
      ["Chi đầu tư xây dựng", "triệu đồng", 2918, null],
    ],
  },
  {
    id: "B2",
    half: "report",
    text: "TT\tChỉ tiêu\tĐVT\tKH 2026\tTH 2026\tTỷ lệ hoàn thành (%)\n1\tHộ được hỗ trợ nhà ở\thộ\t60\t64\t106,7\n2\tNgười có thẻ BHYT\tngười\t48.200\t47.615\t98,8\n3\tLao động được đào tạo nghề\tngười\t900\t936\t104",
    keys: [
      ["Hộ được hỗ trợ nhà ở", "hộ", 64, null],
      ["Người có thẻ BHYT", "người", 47615, null],
      ["Lao động được đào tạo nghề", "người", 936, null],
    ],
  },
  {
    id: "B3",
    half: "report",
    text: "Báo cáo nhanh của Phòng Kinh tế (số liệu đến 15/12):\n- Số doanh nghiệp thành lập mới: 146, tăng 12 DN so CK\n- Phòng trọ đăng ký lưu trú: 1.284 phòng\n- Ngày công lao động bình quân: 24,5 ngày/tháng\n- Số vụ vi phạm hành chính về thương mại: 37",
    keys: [
      ["Số doanh nghiệp thành lập mới", "doanh nghiệp", 146, null],
      ["Phòng trọ đăng ký lưu trú", "phòng", 1284, null],
      ["Ngày công lao động bình quân", "ngày/tháng", 24.5, null],
      ["Số vụ vi phạm hành chính về thương mại", "vụ", 37, null],
    ],
  },
  {
    id: "B4",
    half: "report",
    text: "Chỉ tiêu | Năm 2025 | Năm 2026 | Tăng/giảm (%)\nSố vụ cháy | 14 | 9 | -35,7\nSố người bị thương do cháy | 3 | 1 | -66,7\nThiệt hại về tài sản (triệu đồng) | 2.460 | 1.125 | -54,3",
    keys: [
      ["Số vụ cháy", "vụ", 9, null],
      ["Số người bị thương do cháy", "người", 1, null],
      ["Thiệt hại về tài sản", "triệu đồng", 1125, null],
    ],
  },
  {
    id: "B5",
    half: "report",
    text: "Nội dung\tThực hiện 6 tháng\tƯớc cả năm\tKế hoạch năm 2027\nTỷ lệ xã đạt chuẩn nông thôn mới (%)\t72\t78\t84\nSố sản phẩm OCOP (sản phẩm)\t31\t38\t45\nKênh mương được kiên cố hóa (km)\t6,2\t11,5\t12",
    keys: [
      ["Tỷ lệ xã đạt chuẩn nông thôn mới", "%", 78, null],
      ["Tỷ lệ xã đạt chuẩn nông thôn mới", "%", null, 84],
      ["Số sản phẩm OCOP", "sản phẩm", 38, null],
      ["Số sản phẩm OCOP", "sản phẩm", null, 45],
      ["Kênh mương được kiên cố hóa", "km", 11.5, null],
      ["Kênh mương được kiên cố hóa", "km", null, 12],
    ],
  },
];

describe("fresh tables pasted as text (tuneAL)", () => {
  it.each(PASTES.filter((p) => p.half === "tune").map((p) => [p.id, p]))(
    "tune half %s: keys matched",
    (_id, p) => {
      const paste = p as Paste;
      // A4's "Giường bệnh kế hoạch" and the count after it are read as plans (a tense left to the
      // tense rules); A3's "Tổng số" row is named by its cell alone.
      const known: Record<string, number> = { A3: 1, A4: 3 };
      expect(matched(paste)).toBe(paste.keys.length - (known[paste.id] ?? 0));
    },
  );

  it("report half: measured only, 8 of 19 keys before this branch's rules", () => {
    const report = PASTES.filter((p) => p.half === "report");
    const n = report.reduce((s, p) => s + matched(p), 0);
    expect([n, report.reduce((s, p) => s + p.keys.length, 0)]).toEqual([19, 19]);
  });
});

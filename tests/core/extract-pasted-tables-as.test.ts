/**
 * Sixteen tables and rows pasted as text (74 keys) (e-mails, chats), written by tuneAS for this file (none is
 * in the corpus; fictional figures), keyed by hand as /work/agree/conventions.md keys tables: the TH
 * (or "Ước TH") column is the actual, a KH column beside it is a plan beside a result and not keyed,
 * a "KH 2027" column is its own plan row, a 9-month column its own row named "… 9 tháng", a row with
 * only a plan is a plan, "-" or blank cells give nothing, units from the ĐVT column or the name's
 * brackets. Split ONCE by parity before any run: odd pastes (P01, P03, …) were tuned on, even ones
 * only measured before (main 2bcc479) and after this branch's rules.
 */
import { type KeyRow, matchedRows } from "./corpus-match";
import { read } from "./proposals";

type Key = KeyRow;

interface Paste {
  id: string;
  text: string;
  keys: Key[];
}

const matched = (p: Paste): number => matchedRows(p.text, p.keys);

const PASTES: Paste[] = [
  {
    id: "P01",
    text: "Gửi chị Hạnh số liệu quý IV:\nSTT | Chỉ tiêu | ĐVT | KH 2026 | TH 2026 | % KH | % CK\n1 | Tổng thu ngân sách xã | triệu đồng | 8.420 | 9.137 | 108,5 | 112,4\n2 | Chi thường xuyên | triệu đồng | 6.900 | 6.512 | 94,4 | 103,1\n3 | Số hộ được cấp nước sạch | hộ | 1.250 | 1.318 | 105,4 | -\n4 | Tỷ lệ trẻ em tiêm chủng đầy đủ | % | 97 | 98,2 | | ",
    keys: [
      ["Tổng thu ngân sách xã", "triệu đồng", 9137, null],
      ["Chi thường xuyên", "triệu đồng", 6512, null],
      ["Số hộ được cấp nước sạch", "hộ", 1318, null],
      ["Tỷ lệ trẻ em tiêm chủng đầy đủ", "%", 98.2, null],
    ],
  },
  {
    id: "P02",
    text: "STT\tChỉ tiêu\tĐVT\tKH\tTH\t% KH\n1\tSản lượng thủy sản\ttấn\t5.600\t5.874\t104,9\n2\tDiện tích nuôi tôm\tha\t820\t796\t97,1\n3\tSố tàu cá công suất lớn\tchiếc\t64\t71\t110,9\n4\tGiá trị sản xuất thủy sản\ttỷ đồng\t930\t1.012,7\t108,9",
    keys: [
      ["Sản lượng thủy sản", "tấn", 5874, null],
      ["Diện tích nuôi tôm", "ha", 796, null],
      ["Số tàu cá công suất lớn", "chiếc", 71, null],
      ["Giá trị sản xuất thủy sản", "tỷ đồng", 1012.7, null],
    ],
  },
  {
    id: "P03",
    text: "Chỉ tiêu | ĐVT | 9 tháng 2026 | Ước TH 2026 | KH 2027\nKhách du lịch đến tỉnh | lượt | 1.384.200 | 1.905.000 | 2.100.000\nDoanh thu du lịch | tỷ đồng | 2.316 | 3.140 | 3.500\nCơ sở lưu trú | cơ sở | 412 | 430 | 450",
    keys: [
      ["Khách du lịch đến tỉnh 9 tháng", "lượt", 1384200, null],
      ["Khách du lịch đến tỉnh", "lượt", 1905000, null],
      ["Khách du lịch đến tỉnh", "lượt", null, 2100000],
      ["Doanh thu du lịch 9 tháng", "tỷ đồng", 2316, null],
      ["Doanh thu du lịch", "tỷ đồng", 3140, null],
      ["Doanh thu du lịch", "tỷ đồng", null, 3500],
      ["Cơ sở lưu trú 9 tháng", "cơ sở", 412, null],
      ["Cơ sở lưu trú", "cơ sở", 430, null],
      ["Cơ sở lưu trú", "cơ sở", null, 450],
    ],
  },
  {
    id: "P04",
    text: "Chỉ tiêu\tĐVT\t9 tháng\tƯớc cả năm\tKH năm sau\nSố lao động được tạo việc làm\tngười\t14.820\t19.600\t20.000\nXuất khẩu lao động\tngười\t1.130\t1.540\t1.600\nTỷ lệ lao động qua đào tạo\t%\t-\t72,5\t74",
    keys: [
      ["Số lao động được tạo việc làm 9 tháng", "người", 14820, null],
      ["Số lao động được tạo việc làm", "người", 19600, null],
      ["Số lao động được tạo việc làm", "người", null, 20000],
      ["Xuất khẩu lao động 9 tháng", "người", 1130, null],
      ["Xuất khẩu lao động", "người", 1540, null],
      ["Xuất khẩu lao động", "người", null, 1600],
      ["Tỷ lệ lao động qua đào tạo", "%", 72.5, null],
      ["Tỷ lệ lao động qua đào tạo", "%", null, 74],
    ],
  },
  {
    id: "P05",
    text: "Chỉ tiêu | Năm 2026 | |\n | Kế hoạch | Thực hiện | Đạt (%)\nI. Nông nghiệp | | |\nTổng đàn trâu, bò (con) | 18.500 | 18.962 | 102,5\nSản lượng thịt hơi (tấn) | 24.000 | 25.310 | 105,5\nII. Lâm nghiệp | | |\nDiện tích trồng rừng mới (ha) | 1.200 | 1.346 | 112,2\nTỷ lệ che phủ rừng (%) | 54 | 54,3 | ",
    keys: [
      ["Tổng đàn trâu, bò", "con", 18962, null],
      ["Sản lượng thịt hơi", "tấn", 25310, null],
      ["Diện tích trồng rừng mới", "ha", 1346, null],
      ["Tỷ lệ che phủ rừng", "%", 54.3, null],
    ],
  },
  {
    id: "P06",
    text: "Chỉ tiêu | ĐVT | Năm 2026 | |\n | | KH | TH | So KH (%)\nI. Văn hóa - xã hội | | | |\nSố trường đạt chuẩn quốc gia | trường | 96 | 99 | 103,1\nTỷ lệ dân số tham gia BHYT | % | 93 | 94,6 | 101,7\nII. Quốc phòng - an ninh | | | |\nSố vụ phạm pháp hình sự | vụ | - | 218 | -",
    keys: [
      ["Số trường đạt chuẩn quốc gia", "trường", 99, null],
      ["Tỷ lệ dân số tham gia BHYT", "%", 94.6, null],
      ["Số vụ phạm pháp hình sự", "vụ", 218, null],
    ],
  },
  {
    id: "P07",
    text: "Bảng tổng hợp vốn đầu tư (đơn vị: tỷ đồng)\nChỉ tiêu\tKH vốn 2026\tGiải ngân đến 31/12\tTỷ lệ (%)\nTổng vốn đầu tư công\t2.418,6\t2.207,4\t91,3\nTrong đó:\t\t\t\n- Vốn ngân sách tỉnh\t1.610\t1.498,2\t93,1\n- Vốn ngân sách trung ương\t808,6\t709,2\t87,7",
    keys: [
      ["Giải ngân tổng vốn đầu tư công", "tỷ đồng", 2207.4, null],
      ["Giải ngân vốn ngân sách tỉnh", "tỷ đồng", 1498.2, null],
      ["Giải ngân vốn ngân sách trung ương", "tỷ đồng", 709.2, null],
    ],
  },
  {
    id: "P08",
    text: "Số liệu gửi phòng Tổng hợp (đơn vị tính: triệu đồng)\nNội dung | Dự toán | Thực hiện | So dự toán (%)\nThu ngân sách trên địa bàn | 46.300 | 51.824 | 111,9\nTrong đó: thu tiền sử dụng đất | 18.000 | 22.415 | 124,5\nThu phí, lệ phí | 2.100 | 2.386 | 113,6",
    keys: [
      ["Thu ngân sách trên địa bàn", "triệu đồng", 51824, null],
      ["Thu tiền sử dụng đất", "triệu đồng", 22415, null],
      ["Thu phí, lệ phí", "triệu đồng", 2386, null],
    ],
  },
  {
    id: "P09",
    text: "Anh Quân ơi, em gửi chỉ tiêu năm 2027 nhé:\nChỉ tiêu | ĐVT | KH 2027\nTốc độ tăng trưởng GRDP | % | 8,5\nThu nhập bình quân đầu người | triệu đồng | 82\nSố doanh nghiệp thành lập mới | doanh nghiệp | 650\nTỷ lệ hộ nghèo đa chiều | % | 1,8",
    keys: [
      ["Tốc độ tăng trưởng GRDP", "%", null, 8.5],
      ["Thu nhập bình quân đầu người", "triệu đồng", null, 82],
      ["Số doanh nghiệp thành lập mới", "doanh nghiệp", null, 650],
      ["Tỷ lệ hộ nghèo đa chiều", "%", null, 1.8],
    ],
  },
  {
    id: "P10",
    text: "Chỉ tiêu\tĐVT\tKế hoạch 2027\nDiện tích gieo trồng cây hằng năm\tha\t42.500\nSản lượng lương thực\ttấn\t231.000\nSố xã đạt chuẩn nông thôn mới nâng cao\txã\t12",
    keys: [
      ["Diện tích gieo trồng cây hằng năm", "ha", null, 42500],
      ["Sản lượng lương thực", "tấn", null, 231000],
      ["Số xã đạt chuẩn nông thôn mới nâng cao", "xã", null, 12],
    ],
  },
  {
    id: "P11",
    text: "Chỉ tiêu | Ước TH 2026 | KH 2027\nGiá trị sản xuất công nghiệp (tỷ đồng) | 28.460 | 31.500\nKim ngạch xuất khẩu (triệu USD) | 742,3 | 810\nTổng mức bán lẻ hàng hóa (tỷ đồng) | 19.815 | 22.000\nSố chợ được nâng cấp (chợ) | 6 | 8",
    keys: [
      ["Giá trị sản xuất công nghiệp", "tỷ đồng", 28460, null],
      ["Giá trị sản xuất công nghiệp", "tỷ đồng", null, 31500],
      ["Kim ngạch xuất khẩu", "triệu USD", 742.3, null],
      ["Kim ngạch xuất khẩu", "triệu USD", null, 810],
      ["Tổng mức bán lẻ hàng hóa", "tỷ đồng", 19815, null],
      ["Tổng mức bán lẻ hàng hóa", "tỷ đồng", null, 22000],
      ["Số chợ được nâng cấp", "chợ", 6, null],
      ["Số chợ được nâng cấp", "chợ", null, 8],
    ],
  },
  {
    id: "P12",
    text: "Nội dung | Ước TH 2026 | KH 2027\nSố bác sĩ/vạn dân (bác sĩ) | 11,4 | 12\nSố giường bệnh/vạn dân (giường) | 32,5 | 33\nTỷ lệ trạm y tế có bác sĩ (%) | 96 | 100",
    keys: [
      ["Số bác sĩ/vạn dân", "bác sĩ", 11.4, null],
      ["Số bác sĩ/vạn dân", "bác sĩ", null, 12],
      ["Số giường bệnh/vạn dân", "giường", 32.5, null],
      ["Số giường bệnh/vạn dân", "giường", null, 33],
      ["Tỷ lệ trạm y tế có bác sĩ", "%", 96, null],
      ["Tỷ lệ trạm y tế có bác sĩ", "%", null, 100],
    ],
  },
  {
    id: "P13",
    text: "Kết quả cải cách hành chính năm 2026:\nChỉ tiêu\tĐVT\tThực hiện\nHồ sơ tiếp nhận\thồ sơ\t48.216\nHồ sơ giải quyết đúng hạn\thồ sơ\t47.905\nThủ tục cung cấp dịch vụ công trực tuyến toàn trình\tthủ tục\t1.084/1.562\nTỷ lệ hồ sơ trực tuyến\t%\t67,3",
    keys: [
      ["Hồ sơ tiếp nhận", "hồ sơ", 48216, null],
      ["Hồ sơ giải quyết đúng hạn", "hồ sơ", 47905, null],
      ["Thủ tục cung cấp dịch vụ công trực tuyến toàn trình", "thủ tục", 1084, null],
      ["Tỷ lệ hồ sơ trực tuyến", "%", 67.3, null],
    ],
  },
  {
    id: "P14",
    text: "Tình hình giải phóng mặt bằng các dự án trọng điểm:\nDự án | Diện tích phải thu hồi (ha) | Đã bàn giao (ha)\nĐường vành đai 2 | 64,8 | 51,2/64,8\nKhu công nghiệp Tây Bắc | 182 | 140,5/182\nSố hộ bị ảnh hưởng | 1.246 hộ | ",
    keys: [
      ["Diện tích đã bàn giao đường vành đai 2", "ha", 51.2, null],
      ["Diện tích đã bàn giao khu công nghiệp Tây Bắc", "ha", 140.5, null],
      ["Số hộ bị ảnh hưởng", "hộ", 1246, null],
    ],
  },
  {
    id: "P15",
    text: "STT | Chỉ tiêu | ĐVT | TH 2025 | TH 2026 | So sánh (%)\nI | Chỉ tiêu kinh tế | | | |\n1 | Tổng sản phẩm trên địa bàn (GRDP) | tỷ đồng | 61.240 | 66.872 | 109,2\n2 | Thu nhập bình quân đầu người | triệu đồng/người/năm | 71,5 | 77,9 | 109\nII | Chỉ tiêu xã hội | | | |\n1 | Tỷ lệ hộ nghèo | % | 2,35 | 1,92 | \n2 | Số người có việc làm mới | người | 21.400 | 22.150 | 103,5",
    keys: [
      ["Tổng sản phẩm trên địa bàn (GRDP)", "tỷ đồng", 66872, null],
      ["Thu nhập bình quân đầu người", "triệu đồng/người/năm", 77.9, null],
      ["Tỷ lệ hộ nghèo", "%", 1.92, null],
      ["Số người có việc làm mới", "người", 22150, null],
    ],
  },
  {
    id: "P16",
    text: "Chỉ tiêu\tNăm 2025\tNăm 2026\tTăng/giảm\nSố vụ tai nạn giao thông (vụ)\t47\t39\t-8\nSố người chết (người)\t31\t26\t-5\nSố người bị thương (người)\t28\t22\t-6\nSố phương tiện bị tạm giữ (phương tiện)\t1.412\t1.687\t275",
    keys: [
      ["Số vụ tai nạn giao thông", "vụ", 39, null],
      ["Số người chết", "người", 26, null],
      ["Số người bị thương", "người", 22, null],
      ["Số phương tiện bị tạm giữ", "phương tiện", 1687, null],
    ],
  },
];

const total = (ps: Paste[]): [number, number] => [
  ps.reduce((s, p) => s + matched(p), 0),
  ps.reduce((s, p) => s + p.keys.length, 0),
];

const odd = PASTES.filter((_p, i) => i % 2 === 0);
const even = PASTES.filter((_p, i) => i % 2 === 1);

describe("tables pasted as text (tuneAS)", () => {
  it("prints each paste's score", () => {
    for (const p of PASTES) {
      if (process.env.CHITIEU_TUNING === "1") {
        const got = read(p.text).map((x) => [x.name, x.unit, x.actual, x.plan]);
        console.log(p.id, matched(p), "/", p.keys.length, JSON.stringify(got));
      }
    }
    expect(PASTES).toHaveLength(16);
  });

  it("odd half (tuned on): 37 of 40 keys on main 2bcc479", () => {
    expect(total(odd)).toEqual([40, 40]);
  });

  // P04's "KH năm sau" column and P14's "51,2/64,8" area fractions under a "Đã bàn giao (ha)"
  // header are left: measured only, never tuned on.
  // 30 since tuneAX's quantity columns ("Diện tích phải thu hồi (ha)" beside another quantity).
  it("even half (report only): 29 of 34 keys on main 2bcc479", () => {
    expect(total(even)).toEqual([30, 34]);
  });
});

/**
 * Twenty-four table pastes of shapes the earlier own corpora did not write, by tuneBD before any
 * extractor read them (fictional places and figures, none in the corpus): PDF text with columns run
 * together by single spaces and names wrapped onto the next line, Word tables pasted one cell per line,
 * the unit in each header cell ("Diện tích (ha)", "Ước TH 2026 (tỷ đồng)"), two periods side by side
 * ("6 tháng 2026 | Cùng kỳ 2025", "Quý III/2026 | Lũy kế 9 tháng"), "Trong đó:" sub-rows, totals rows
 * ("Tổng cộng", "Tổng"), communes as columns or rows, Markdown tables, CSV lines with ';', "-" and "x"
 * cells for no data. Keyed as the opened table sets key them (heldout-46/47/54 notes): the TH/ƯTH
 * figure is the actual, a KH beside it not keyed, a later-year KH its own plan row, a plan-only row a
 * plan, prior-year and same-period-last-year columns not keyed, an earlier part-period column beside a
 * year column its own row "… 6 tháng", scale words of units applied. A commune's figure (column or row)
 * is keyed with the commune after the indicator's name; a total row with the indicator's name alone.
 * Split ONCE by parity: S01, S03, … (odd) are tuned on; S02, S04, … (even) only measured.
 */
import type { OwnPaste } from "./corpus-match";

export const SHAPE_PASTES: OwnPaste[] = [
  {
    id: "S01",
    text: "Bảng 3: Một số chỉ tiêu nông nghiệp năm 2026\nChỉ tiêu ĐVT KH 2026 TH 2026 % KH\nDiện tích gieo trồng lúa ha 6.420 6.511 101,4\nSản lượng lương thực tấn 38.900 39.742 102,2\nTổng đàn lợn con 24.000 22.865 95,3",
    keys: [
      ["Diện tích gieo trồng lúa", "ha", 6511, null],
      ["Sản lượng lương thực", "tấn", 39742, null],
      ["Tổng đàn lợn", "con", 22865, null],
    ],
  },
  {
    id: "S02",
    text: "Chỉ tiêu\nĐVT\nKH 2026\nTH 2026\nSố lao động được tạo việc làm\nngười\n1.200\n1.346\nSố hộ thoát nghèo\nhộ\n85\n92",
    keys: [
      ["Số lao động được tạo việc làm", "người", 1346, null],
      ["Số hộ thoát nghèo", "hộ", 92, null],
    ],
  },
  {
    id: "S03",
    text: "Chỉ tiêu | Diện tích (ha) | Sản lượng (tấn)\nLúa đông xuân | 2.140 | 13.482\nLúa hè thu | 1.965 | 11.208\nNgô | 412 | 2.180",
    keys: [
      ["Diện tích lúa đông xuân", "ha", 2140, null],
      ["Sản lượng lúa đông xuân", "tấn", 13482, null],
      ["Diện tích lúa hè thu", "ha", 1965, null],
      ["Sản lượng lúa hè thu", "tấn", 11208, null],
      ["Diện tích ngô", "ha", 412, null],
      ["Sản lượng ngô", "tấn", 2180, null],
    ],
  },
  {
    id: "S04",
    text: "Chỉ tiêu | 6 tháng 2026 | Cùng kỳ 2025 | So sánh (%)\nSố vụ cháy | 7 | 11 | 63,6\nThiệt hại ước tính (triệu đồng) | 820 | 1.430 | 57,3\nSố vụ vi phạm môi trường bị xử lý | 23 | 18 | 127,8",
    keys: [
      ["Số vụ cháy", "vụ", 7, null],
      ["Thiệt hại ước tính", "triệu đồng", 820, null],
      ["Số vụ vi phạm môi trường bị xử lý", "vụ", 23, null],
    ],
  },
  {
    id: "S05",
    text: "Nguồn vốn\tKH giao (tỷ đồng)\tGiải ngân (tỷ đồng)\tTỷ lệ (%)\nVốn ngân sách trung ương\t312\t248,6\t79,7\nVốn ngân sách tỉnh\t540\t466,2\t86,3\nTrong đó:\n- Vốn xổ số kiến thiết\t95\t88,4\t93,1\n- Vốn thu tiền sử dụng đất\t210\t171,5\t81,7\nTổng cộng\t852\t714,8\t83,9",
    keys: [
      ["Vốn ngân sách trung ương", "tỷ đồng", 248.6, null],
      ["Vốn ngân sách tỉnh", "tỷ đồng", 466.2, null],
      ["Vốn xổ số kiến thiết", "tỷ đồng", 88.4, null],
      ["Vốn thu tiền sử dụng đất", "tỷ đồng", 171.5, null],
      ["Tổng cộng", "tỷ đồng", 714.8, null],
    ],
  },
  {
    id: "S06",
    text: "Chỉ tiêu | ĐVT | Xã Tân Lộc | Xã Hòa Thủy | Xã Bình Sơn\nSố hộ nghèo | hộ | 46 | 58 | 31\nTỷ lệ hộ nghèo | % | 2,1 | 2,8 | 1,6",
    keys: [
      ["Số hộ nghèo xã Tân Lộc", "hộ", 46, null],
      ["Số hộ nghèo xã Hòa Thủy", "hộ", 58, null],
      ["Số hộ nghèo xã Bình Sơn", "hộ", 31, null],
      ["Tỷ lệ hộ nghèo xã Tân Lộc", "%", 2.1, null],
      ["Tỷ lệ hộ nghèo xã Hòa Thủy", "%", 2.8, null],
      ["Tỷ lệ hộ nghèo xã Bình Sơn", "%", 1.6, null],
    ],
  },
  {
    id: "S07",
    text: "| Chỉ tiêu | ĐVT | KH 2026 | TH 2026 |\n|---|---|---|---|\n| Số thuê bao internet băng rộng | thuê bao | 18.000 | 19.245 |\n| Tỷ lệ hồ sơ nộp trực tuyến | % | 80 | 84,7 |\n| Số điểm phát wifi công cộng | điểm | 25 | 31 |",
    keys: [
      ["Số thuê bao internet băng rộng", "thuê bao", 19245, null],
      ["Tỷ lệ hồ sơ nộp trực tuyến", "%", 84.7, null],
      ["Số điểm phát wifi công cộng", "điểm", 31, null],
    ],
  },
  {
    id: "S08",
    text: "Chỉ tiêu;ĐVT;TH 2025;TH 2026;% CK\nSố lượt người đọc tại thư viện;lượt;21.400;24.832;116\nSố buổi chiếu phim lưu động;buổi;64;72;112,5\nSố câu lạc bộ văn nghệ;câu lạc bộ;38;41;107,9",
    keys: [
      ["Số lượt người đọc tại thư viện", "lượt", 24832, null],
      ["Số buổi chiếu phim lưu động", "buổi", 72, null],
      ["Số câu lạc bộ văn nghệ", "câu lạc bộ", 41, null],
    ],
  },
  {
    id: "S09",
    text: "Chỉ tiêu\tĐVT\tKH 2026\tTH 2026\t% KH\nSố km đường giao thông nông thôn được cứng hóa\tkm\t24\t26,8\t111,7\nSố cầu dân sinh xây mới\tcầu\t6\tx\tx\nSố km kênh mương được kiên cố hóa\tkm\t-\t8,4\t-\nSố công trình thủy lợi được sửa chữa\tcông trình\t12\t12\t100",
    keys: [
      ["Số km đường giao thông nông thôn được cứng hóa", "km", 26.8, null],
      ["Số cầu dân sinh xây mới", "cầu", null, 6],
      ["Số km kênh mương được kiên cố hóa", "km", 8.4, null],
      ["Số công trình thủy lợi được sửa chữa", "công trình", 12, null],
    ],
  },
  {
    id: "S10",
    text: "Chỉ tiêu ĐVT Thực hiện Kế hoạch Tỷ lệ\n2026 2026 (%)\nGiá trị sản xuất ngành tỷ đồng 1.284,6 1.250 102,8\nthủy sản\nSản lượng khai thác hải tấn 21.460 20.000 107,3\nsản",
    keys: [
      ["Giá trị sản xuất ngành thủy sản", "tỷ đồng", 1284.6, null],
      ["Sản lượng khai thác hải sản", "tấn", 21460, null],
    ],
  },
  {
    id: "S11",
    text: "Chỉ tiêu | Kế hoạch 2026 (tỷ đồng) | Ước TH 2026 (tỷ đồng) | So KH (%)\nThu ngân sách nhà nước | 1.640 | 1.712,4 | 104,4\nChi ngân sách địa phương | 2.310 | 2.186,9 | 94,7",
    keys: [
      ["Thu ngân sách nhà nước", "tỷ đồng", 1712.4, null],
      ["Chi ngân sách địa phương", "tỷ đồng", 2186.9, null],
    ],
  },
  {
    id: "S12",
    text: "Chỉ tiêu\tQuý III/2026\tLũy kế 9 tháng 2026\tCùng kỳ 2025\nSố doanh nghiệp đăng ký mới\t48\t151\t132\nSố doanh nghiệp giải thể\t9\t27\t31",
    keys: [
      ["Số doanh nghiệp đăng ký mới quý III", "doanh nghiệp", 48, null],
      ["Số doanh nghiệp đăng ký mới 9 tháng", "doanh nghiệp", 151, null],
      ["Số doanh nghiệp giải thể quý III", "doanh nghiệp", 9, null],
      ["Số doanh nghiệp giải thể 9 tháng", "doanh nghiệp", 27, null],
    ],
  },
  {
    id: "S13",
    text: "STT\nNội dung\nĐơn vị\nSố lượng\n1\nSố cuộc thanh tra đã kết thúc\ncuộc\n14\n2\nSố tiền kiến nghị thu hồi\ntriệu đồng\n1.286\n3\nSố tổ chức bị xử lý\ntổ chức\n5",
    keys: [
      ["Số cuộc thanh tra đã kết thúc", "cuộc", 14, null],
      ["Số tiền kiến nghị thu hồi", "triệu đồng", 1286, null],
      ["Số tổ chức bị xử lý", "tổ chức", 5, null],
    ],
  },
  {
    id: "S14",
    text: "Đơn vị | Số hộ được hỗ trợ | Kinh phí (triệu đồng)\nXã An Phú | 24 | 960\nXã Mỹ Lợi | 31 | 1.240\nTổng cộng | 55 | 2.200",
    keys: [
      ["Số hộ được hỗ trợ xã An Phú", "hộ", 24, null],
      ["Kinh phí xã An Phú", "triệu đồng", 960, null],
      ["Số hộ được hỗ trợ xã Mỹ Lợi", "hộ", 31, null],
      ["Kinh phí xã Mỹ Lợi", "triệu đồng", 1240, null],
      ["Số hộ được hỗ trợ", "hộ", 55, null],
      ["Kinh phí", "triệu đồng", 2200, null],
    ],
  },
  {
    id: "S15",
    text: "ĐVT: triệu đồng\n| Nội dung | Dự toán 2026 | Thực hiện 2026 |\n| --- | --- | --- |\n| Chi thường xuyên | 18.400 | 17.962 |\n| Trong đó: chi sự nghiệp y tế | 2.300 | 2.241 |\n| Chi đầu tư phát triển | 9.500 | 8.715 |",
    keys: [
      ["Chi thường xuyên", "triệu đồng", 17962, null],
      ["Chi sự nghiệp y tế", "triệu đồng", 2241, null],
      ["Chi đầu tư phát triển", "triệu đồng", 8715, null],
    ],
  },
  {
    id: "S16",
    text: "Chỉ tiêu;Diện tích (ha);Sản lượng (tấn)\nCà phê;1.820;3.412\nHồ tiêu;245;x\nĐiều;610;498",
    keys: [
      ["Diện tích cà phê", "ha", 1820, null],
      ["Sản lượng cà phê", "tấn", 3412, null],
      ["Diện tích hồ tiêu", "ha", 245, null],
      ["Diện tích điều", "ha", 610, null],
      ["Sản lượng điều", "tấn", 498, null],
    ],
  },
  {
    id: "S17",
    text: "Chỉ tiêu | ĐVT | Tháng 11/2026 | 11 tháng 2026 | So CK (%)\nSản lượng điện thương phẩm | triệu kWh | 42,6 | 468,3 | 108,2\nDoanh thu tiền điện | tỷ đồng | 81,4 | 902,7 | 110,5",
    keys: [
      ["Sản lượng điện thương phẩm tháng 11", "kWh", 42600000, null],
      ["Sản lượng điện thương phẩm 11 tháng", "kWh", 468300000, null],
      ["Doanh thu tiền điện tháng 11", "tỷ đồng", 81.4, null],
      ["Doanh thu tiền điện 11 tháng", "tỷ đồng", 902.7, null],
    ],
  },
  {
    id: "S18",
    text: "STT Chỉ tiêu ĐVT KH 2026 TH 2026\n1 Tổng số học sinh học sinh 12.480 12.615\nTrong đó: Mầm non học sinh 3.200 3.248\n2 Số giáo viên đạt chuẩn người 640 652\n3 Số trường được công nhận đạt chuẩn trường 3 -",
    keys: [
      ["Tổng số học sinh", "học sinh", 12615, null],
      ["Mầm non", "học sinh", 3248, null],
      ["Số giáo viên đạt chuẩn", "người", 652, null],
      ["Số trường được công nhận đạt chuẩn", "trường", null, 3],
    ],
  },
  {
    id: "S19",
    text: "Chỉ tiêu\n9 tháng 2026\nCùng kỳ 2025\nTăng, giảm (%)\nSố vụ phạm pháp hình sự\n38\n45\n-15,6\nSố đối tượng bị bắt\n52\n49\n6,1",
    keys: [
      ["Số vụ phạm pháp hình sự", "vụ", 38, null],
      ["Số đối tượng bị bắt", "đối tượng", 52, null],
    ],
  },
  {
    id: "S20",
    text: "Chỉ tiêu\tĐVT\tPhường Bắc Sơn\tPhường Nam Sơn\tTổng\nSố hộ kinh doanh đăng ký mới\thộ\t64\t57\t121\nThu thuế hộ kinh doanh\ttriệu đồng\t1.426\t1.108\t2.534",
    keys: [
      ["Số hộ kinh doanh đăng ký mới phường Bắc Sơn", "hộ", 64, null],
      ["Số hộ kinh doanh đăng ký mới phường Nam Sơn", "hộ", 57, null],
      ["Số hộ kinh doanh đăng ký mới", "hộ", 121, null],
      ["Thu thuế hộ kinh doanh phường Bắc Sơn", "triệu đồng", 1426, null],
      ["Thu thuế hộ kinh doanh phường Nam Sơn", "triệu đồng", 1108, null],
      ["Thu thuế hộ kinh doanh", "triệu đồng", 2534, null],
    ],
  },
  {
    id: "S21",
    text: "Chỉ tiêu | Số lượng (cơ sở) | Lao động (người) | Doanh thu (tỷ đồng)\nCơ sở chế biến nông sản | 46 | 612 | 184,5\nCơ sở may mặc | 12 | 1.840 | 326,8",
    keys: [
      ["Số cơ sở chế biến nông sản", "cơ sở", 46, null],
      ["Lao động cơ sở chế biến nông sản", "người", 612, null],
      ["Doanh thu cơ sở chế biến nông sản", "tỷ đồng", 184.5, null],
      ["Số cơ sở may mặc", "cơ sở", 12, null],
      ["Lao động cơ sở may mặc", "người", 1840, null],
      ["Doanh thu cơ sở may mặc", "tỷ đồng", 326.8, null],
    ],
  },
  {
    id: "S22",
    text: "| Chỉ tiêu | ĐVT | 6 tháng 2026 | Ước cả năm 2026 | KH 2027 |\n|:--|:--|--:|--:|--:|\n| Số lượt khách tham quan | lượt | 48.600 | 102.000 | 115.000 |\n| Doanh thu du lịch | tỷ đồng | 36,2 | 78,5 | 90 |",
    keys: [
      ["Số lượt khách tham quan 6 tháng", "lượt", 48600, null],
      ["Số lượt khách tham quan", "lượt", 102000, null],
      ["Số lượt khách tham quan", "lượt", null, 115000],
      ["Doanh thu du lịch 6 tháng", "tỷ đồng", 36.2, null],
      ["Doanh thu du lịch", "tỷ đồng", 78.5, null],
      ["Doanh thu du lịch", "tỷ đồng", null, 90],
    ],
  },
  {
    id: "S23",
    text: "STT;Chỉ tiêu;ĐVT;KH;TH;Đạt %\n1;Số hộ được cấp nước sạch;hộ;500;536;107,2\n2;Số nhà tiêu hợp vệ sinh xây mới;công trình;150;-;-\n3;Tỷ lệ thu gom rác thải;%;90;92,4;102,7",
    keys: [
      ["Số hộ được cấp nước sạch", "hộ", 536, null],
      ["Số nhà tiêu hợp vệ sinh xây mới", "công trình", null, 150],
      ["Tỷ lệ thu gom rác thải", "%", 92.4, null],
    ],
  },
  {
    id: "S24",
    text: "Biểu 01. Kết quả thu ngân sách (Đơn vị: tỷ đồng)\nChỉ tiêu Dự toán Thực hiện So dự toán (%)\nTổng thu NSNN trên địa bàn 4.120 4.386,5 106,5\nThu nội địa 3.880 4.102,3 105,7\nThu từ hoạt động xuất nhập khẩu 240 284,2 118,4",
    keys: [
      ["Tổng thu NSNN trên địa bàn", "tỷ đồng", 4386.5, null],
      ["Thu nội địa", "tỷ đồng", 4102.3, null],
      ["Thu từ hoạt động xuất nhập khẩu", "tỷ đồng", 284.2, null],
    ],
  },
];

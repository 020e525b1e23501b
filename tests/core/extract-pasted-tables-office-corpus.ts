/**
 * Twenty-four tables and rows pasted as text by department and commune officers (e-mails, Zalo chats,
 * Word reports), written by tuneAX for this file before any extractor read them (none is in the
 * corpus; fictional places and figures). Shapes: " | ", tab and space-run columns; "KH 2026 | TH 2026 |
 * % KH | % CK", "KH năm | TH 9T | ƯTH cả năm", "TH 2025" and "Thực hiện năm 2025" prior columns,
 * "ĐVT: …" above the header, flattened two-row headers ("Năm 2026 - KH"), STT columns (I, 1, 1.1, a),
 * rows with no plan or only a plan, "Trong đó:" sub-rows, chat lines ("TH thu NS 11T: 412 tỷ").
 * Keyed as the opened table sets key them (heldout-46/47/54 notes): the TH or "Ước TH" figure is the
 * actual, a KH beside it is not keyed, a later-year KH column is its own plan row, a 9-month column its
 * own row "… 9 tháng", a row with only a plan is a plan, prior-year columns are not keyed, scale words
 * in the unit applied. Split ONCE by parity: O01, O03, … (odd) are tuned on; O02, O04, … (even) only
 * measured (their misses unread until the end).
 */
import type { OwnPaste } from "./corpus-match";

export const OFFICE_PASTES: OwnPaste[] = [
  {
    id: "O01",
    text: "Báo cáo kết quả thu chi ngân sách xã Phú Lãng năm 2026\nĐVT: triệu đồng\nSTT | Chỉ tiêu | KH 2026 | TH 2026 | % KH | % CK\nI | Thu ngân sách | | | |\n1 | Thu thuế ngoài quốc doanh | 2.150 | 2.384 | 110,9 | 106,2\n2 | Thu tiền sử dụng đất | 5.000 | 4.126 | 82,5 | 91,4\nII | Chi ngân sách | | | |\n1 | Chi đầu tư phát triển | 4.800 | 4.215 | 87,8 | 95,1\n2 | Chi sự nghiệp giáo dục | 1.320 | 1.296 | 98,2 | 102,7",
    keys: [
      ["Thu thuế ngoài quốc doanh", "triệu đồng", 2384, null],
      ["Thu tiền sử dụng đất", "triệu đồng", 4126, null],
      ["Chi đầu tư phát triển", "triệu đồng", 4215, null],
      ["Chi sự nghiệp giáo dục", "triệu đồng", 1296, null],
    ],
  },
  {
    id: "O02",
    text: "Chỉ tiêu\tĐVT\tKH năm\tTH 9T\tƯTH cả năm\t% KH\nSản lượng lúa\ttấn\t42.000\t30.815\t41.650\t99,2\nDiện tích cây ăn quả\tha\t3.200\t3.184\t3.246\t101,4\nTổng đàn gia cầm\tnghìn con\t1.150\t1.082\t1.176\t102,3",
    keys: [
      ["Sản lượng lúa 9 tháng", "tấn", 30815, null],
      ["Sản lượng lúa", "tấn", 41650, null],
      ["Diện tích cây ăn quả 9 tháng", "ha", 3184, null],
      ["Diện tích cây ăn quả", "ha", 3246, null],
      ["Tổng đàn gia cầm 9 tháng", "con", 1082000, null],
      ["Tổng đàn gia cầm", "con", 1176000, null],
    ],
  },
  {
    id: "O03",
    text: "Báo cáo nhanh anh Long:\nTH thu NS 11T: 412 tỷ, đạt 96% DT\nChi TX 11T: 287,5 tỷ, bằng 88% DT\nGiải ngân ĐTC: 1.046 tỷ, đạt 71,3% KH vốn",
    keys: [
      ["Thu ngân sách 11 tháng", "tỷ đồng", 412, null],
      ["Chi thường xuyên 11 tháng", "tỷ đồng", 287.5, null],
      ["Giải ngân vốn đầu tư công", "tỷ đồng", 1046, null],
    ],
  },
  {
    id: "O04",
    text: "Chỉ tiêu                      ĐVT      TH 2025    TH 2026    So sánh (%)\nSố khách du lịch              lượt     184.300    212.650    115,4\nDoanh thu du lịch             tỷ đồng  96,4       118,2      122,6\nSố cơ sở lưu trú              cơ sở    64         71         110,9",
    keys: [
      ["Số khách du lịch", "lượt", 212650, null],
      ["Doanh thu du lịch", "tỷ đồng", 118.2, null],
      ["Số cơ sở lưu trú", "cơ sở", 71, null],
    ],
  },
  {
    id: "O05",
    text: "Chỉ tiêu | ĐVT | Năm 2026 Kế hoạch | Năm 2026 Thực hiện | So sánh TH/KH (%)\nTỷ lệ trường đạt chuẩn quốc gia | % | 85 | 87,5 | 102,9\nSố phòng học được kiên cố hóa | phòng | 120 | 134 | 111,7\nTỷ lệ học sinh tốt nghiệp THPT | % | 98 | 98,6 | 100,6",
    keys: [
      ["Tỷ lệ trường đạt chuẩn quốc gia", "%", 87.5, null],
      ["Số phòng học được kiên cố hóa", "phòng", 134, null],
      ["Tỷ lệ học sinh tốt nghiệp THPT", "%", 98.6, null],
    ],
  },
  {
    id: "O06",
    text: "Chỉ tiêu | ĐVT | Thực hiện năm 2025 | KH 2026 | TH 2026\nSố hộ nghèo | hộ | 412 | 350 | 338\nSố hộ cận nghèo | hộ | 608 | | 571\nSố nhà đại đoàn kết xây mới | căn | 36 | 40 | \nKinh phí hỗ trợ xây nhà | triệu đồng | 2.160 | | 2.480",
    keys: [
      ["Số hộ nghèo", "hộ", 338, null],
      ["Số hộ cận nghèo", "hộ", 571, null],
      ["Số nhà đại đoàn kết xây mới", "căn", null, 40],
      ["Kinh phí hỗ trợ xây nhà", "triệu đồng", 2480, null],
    ],
  },
  {
    id: "O07",
    text: "Bảng 2. Kết quả thực hiện vốn đầu tư (ĐVT: tỷ đồng)\nSTT\tNội dung\tKH giao\tTH đến 30/11\tTỷ lệ (%)\n1\tVốn ngân sách tỉnh\t620\t498,6\t80,4\n1.1\tVốn xây dựng cơ bản tập trung\t410\t352,1\t85,9\n1.2\tVốn từ nguồn thu sử dụng đất\t210\t146,5\t69,8\n2\tVốn chương trình mục tiêu quốc gia\t185\t121,3\t65,6",
    keys: [
      ["Vốn ngân sách tỉnh", "tỷ đồng", 498.6, null],
      ["Vốn xây dựng cơ bản tập trung", "tỷ đồng", 352.1, null],
      ["Vốn từ nguồn thu sử dụng đất", "tỷ đồng", 146.5, null],
      ["Vốn chương trình mục tiêu quốc gia", "tỷ đồng", 121.3, null],
    ],
  },
  {
    id: "O08",
    text: "Chỉ tiêu\tĐVT\tƯớc TH 2026\tKH 2027\nTổng giá trị sản xuất\ttỷ đồng\t4.826\t5.250\nThu nhập bình quân đầu người\ttriệu đồng\t68,4\t74\nTỷ lệ hộ nghèo\t%\t1,95\t1,5\nSố xã đạt chuẩn nông thôn mới nâng cao\txã\t4\t6",
    keys: [
      ["Tổng giá trị sản xuất", "tỷ đồng", 4826, null],
      ["Tổng giá trị sản xuất", "tỷ đồng", null, 5250],
      ["Thu nhập bình quân đầu người", "triệu đồng", 68.4, null],
      ["Thu nhập bình quân đầu người", "triệu đồng", null, 74],
      ["Tỷ lệ hộ nghèo", "%", 1.95, null],
      ["Tỷ lệ hộ nghèo", "%", null, 1.5],
      ["Số xã đạt chuẩn nông thôn mới nâng cao", "xã", 4, null],
      ["Số xã đạt chuẩn nông thôn mới nâng cao", "xã", null, 6],
    ],
  },
  {
    id: "O09",
    text: "Em báo cáo số liệu tuần 48 phường Đông Hải:\n- Cấp CCCD: 326 trường hợp\n- Hồ sơ TTHC tiếp nhận: 1.184 hồ sơ, giải quyết đúng hạn 1.172 hồ sơ\n- Thu phí chợ: 46,8 triệu đồng\n- Lũy kế năm thu phí chợ: 2.236 triệu đồng",
    keys: [
      ["Cấp căn cước công dân", "trường hợp", 326, null],
      ["Hồ sơ thủ tục hành chính tiếp nhận", "hồ sơ", 1184, null],
      ["Hồ sơ giải quyết đúng hạn", "hồ sơ", 1172, null],
      ["Thu phí chợ", "triệu đồng", 46.8, null],
      ["Lũy kế năm thu phí chợ", "triệu đồng", 2236, null],
    ],
  },
  {
    id: "O10",
    text: "STT | Chỉ tiêu | ĐVT | KH 2026 | TH 2026 | % KH\nI | CÔNG NGHIỆP | | | |\n1 | Giá trị sản xuất công nghiệp | tỷ đồng | 3.400 | 3.562,8 | 104,8\n | Trong đó: | | | |\n | - Công nghiệp chế biến | tỷ đồng | 2.900 | 3.041,2 | 104,9\n | - Sản xuất điện | triệu kWh | 420 | 436,5 | 103,9\nII | THƯƠNG MẠI | | | |\n1 | Tổng mức bán lẻ hàng hóa | tỷ đồng | 6.100 | 6.284 | 103",
    keys: [
      ["Giá trị sản xuất công nghiệp", "tỷ đồng", 3562.8, null],
      ["Công nghiệp chế biến", "tỷ đồng", 3041.2, null],
      ["Sản xuất điện", "kWh", 436500000, null],
      ["Tổng mức bán lẻ hàng hóa", "tỷ đồng", 6284, null],
    ],
  },
  {
    id: "O11",
    text: "Chỉ tiêu\t9 tháng 2026\tƯớc cả năm 2026\tƯớc năm so KH (%)\nSản lượng thủy sản (nghìn tấn)\t18,42\t24,9\t101,6\nKim ngạch xuất khẩu (triệu USD)\t126,5\t171,3\t97,9\nSố tàu cá đóng mới (chiếc)\t14\t19\t95",
    keys: [
      ["Sản lượng thủy sản 9 tháng", "tấn", 18420, null],
      ["Sản lượng thủy sản", "tấn", 24900, null],
      ["Kim ngạch xuất khẩu 9 tháng", "triệu USD", 126.5, null],
      ["Kim ngạch xuất khẩu", "triệu USD", 171.3, null],
      ["Số tàu cá đóng mới 9 tháng", "chiếc", 14, null],
      ["Số tàu cá đóng mới", "chiếc", 19, null],
    ],
  },
  {
    id: "O12",
    text: "Tình hình trật tự an toàn giao thông 11 tháng:\nChỉ tiêu | 11 tháng 2026 | Cùng kỳ 2025 | Tăng/giảm (%)\nSố vụ tai nạn giao thông | 52 | 61 | -14,8\nSố người chết | 29 | 35 | -17,1\nSố người bị thương | 41 | 47 | -12,8",
    keys: [
      ["Số vụ tai nạn giao thông", "vụ", 52, null],
      ["Số người chết", "người", 29, null],
      ["Số người bị thương", "người", 41, null],
    ],
  },
  {
    id: "O13",
    text: "Chỉ tiêu | ĐVT | KH 2026 | TH 2026 | % KH\nLượt khám chữa bệnh | Lượt | 210.000 | 224.615 | 107\nSố người tham gia BHXH tự nguyện | Người | 3.800 | 3.412 | 89,8\nSố trạm y tế được nâng cấp | Trạm | 5 | - | -\nTỷ lệ bao phủ BHYT | % | 93,5 | 94,1 | 100,6",
    keys: [
      ["Lượt khám chữa bệnh", "lượt", 224615, null],
      ["Số người tham gia BHXH tự nguyện", "người", 3412, null],
      ["Số trạm y tế được nâng cấp", "trạm", null, 5],
      ["Tỷ lệ bao phủ BHYT", "%", 94.1, null],
    ],
  },
  {
    id: "O14",
    text: "Xã Yên Thạch báo cáo nhanh 9 tháng (ĐVT: tr.đ):\n- Thu NS xã: TH 6.284 tr.đ/KH 7.900 tr.đ, đạt 79,5%\n- Chi NS xã: TH 5.116 tr.đ/KH 7.400 tr.đ, đạt 69,1%\n- Thu từ quỹ đất công ích: TH 412 tr.đ",
    keys: [
      ["Thu ngân sách xã", "triệu đồng", 6284, null],
      ["Chi ngân sách xã", "triệu đồng", 5116, null],
      ["Thu từ quỹ đất công ích", "triệu đồng", 412, null],
    ],
  },
  {
    id: "O15",
    text: "Đơn vị tính: tỷ đồng\nChỉ tiêu                    TH 2025      KH 2026      TH 2026     % KH\nDư nợ tín dụng              12.480       13.700       13.926      101,6\nHuy động vốn                10.215       11.300       11.054      97,8\nNợ xấu                      186          -            172         -",
    keys: [
      ["Dư nợ tín dụng", "tỷ đồng", 13926, null],
      ["Huy động vốn", "tỷ đồng", 11054, null],
      ["Nợ xấu", "tỷ đồng", 172, null],
    ],
  },
  {
    id: "O16",
    text: "Nội dung\tĐVT\tThực hiện năm 2026\tKế hoạch năm 2027\nSố doanh nghiệp thành lập mới\tdoanh nghiệp\t184\t200\nVốn đăng ký mới\ttỷ đồng\t2.460\t2.800\nSố hợp tác xã thành lập mới\thợp tác xã\t12\t15",
    keys: [
      ["Số doanh nghiệp thành lập mới", "doanh nghiệp", 184, null],
      ["Số doanh nghiệp thành lập mới", "doanh nghiệp", null, 200],
      ["Vốn đăng ký mới", "tỷ đồng", 2460, null],
      ["Vốn đăng ký mới", "tỷ đồng", null, 2800],
      ["Số hợp tác xã thành lập mới", "hợp tác xã", 12, null],
      ["Số hợp tác xã thành lập mới", "hợp tác xã", null, 15],
    ],
  },
  {
    id: "O17",
    text: "TT | Chỉ tiêu | Đơn vị | Kế hoạch | Thực hiện | Đạt (%)\n1 | Trồng rừng tập trung | ha | 640 | 702,3 | 109,7\n2 | Khoán bảo vệ rừng | ha | 12.500 | 12.500 | 100\n3 | Sản lượng gỗ khai thác | m3 | 85.000 | 91.240 | 107,3\na | Gỗ rừng trồng | m3 | 80.000 | 87.110 | 108,9\nb | Gỗ rừng tự nhiên | m3 | 5.000 | 4.130 | 82,6",
    keys: [
      ["Trồng rừng tập trung", "ha", 702.3, null],
      ["Khoán bảo vệ rừng", "ha", 12500, null],
      ["Sản lượng gỗ khai thác", "m3", 91240, null],
      ["Gỗ rừng trồng", "m3", 87110, null],
      ["Gỗ rừng tự nhiên", "m3", 4130, null],
    ],
  },
  {
    id: "O18",
    text: "Số liệu BHXH quý III gửi Phòng LĐ:\nSố người tham gia BHXH bắt buộc: 18.406 người (đạt 97,2% KH)\nSố người tham gia BHTN: 16.930 người\nThu BHXH, BHYT, BHTN: 642,8 tỷ đồng",
    keys: [
      ["Số người tham gia bảo hiểm xã hội bắt buộc", "người", 18406, null],
      ["Số người tham gia bảo hiểm thất nghiệp", "người", 16930, null],
      ["Thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp", "tỷ đồng", 642.8, null],
    ],
  },
  {
    id: "O19",
    text: "Chỉ tiêu | ĐVT | Năm 2026 - KH | Năm 2026 - TH | Năm 2026 - % KH\nSố lao động có việc làm mới | người | 1.500 | 1.628 | 108,5\nSố người đi làm việc ở nước ngoài | người | 120 | 97 | 80,8\nSố lao động được đào tạo nghề | người | 2.000 | 2.214 | 110,7",
    keys: [
      ["Số lao động có việc làm mới", "người", 1628, null],
      ["Số người đi làm việc ở nước ngoài", "người", 97, null],
      ["Số lao động được đào tạo nghề", "người", 2214, null],
    ],
  },
  {
    id: "O20",
    text: "Chỉ tiêu\tĐVT\tƯTH 2026\t% CK\nLượt hành khách vận chuyển\tNghìn lượt\t4.826\t108,4\nKhối lượng hàng hóa vận chuyển\tNghìn tấn\t2.315,6\t106,2\nDoanh thu vận tải\tTỷ đồng\t1.184\t111,3",
    keys: [
      ["Lượt hành khách vận chuyển", "lượt", 4826000, null],
      ["Khối lượng hàng hóa vận chuyển", "tấn", 2315600, null],
      ["Doanh thu vận tải", "tỷ đồng", 1184, null],
    ],
  },
  {
    id: "O21",
    text: "Dự kiến chỉ tiêu năm 2027 (ĐVT: ha)\nCây trồng\tKH 2027\nLúa cả năm\t8.650\nNgô\t1.240\nRau các loại\t960",
    keys: [
      ["Lúa cả năm", "ha", null, 8650],
      ["Ngô", "ha", null, 1240],
      ["Rau các loại", "ha", null, 960],
    ],
  },
  {
    id: "O22",
    text: "STT | Chỉ tiêu | ĐVT | TH 2026 | Ghi chú\n1 | Tỷ lệ dân số dùng nước sạch | % | 78,6 | \n2 | Số hộ dùng nước sạch | hộ | 9.412 | tăng 640 hộ\n3 | Số công trình cấp nước tập trung | công trình | 14 | ",
    keys: [
      ["Tỷ lệ dân số dùng nước sạch", "%", 78.6, null],
      ["Số hộ dùng nước sạch", "hộ", 9412, null],
      ["Số công trình cấp nước tập trung", "công trình", 14, null],
    ],
  },
  {
    id: "O23",
    text: "Chỉ tiêu              ĐVT         KH năm     TH 9T      ƯTH cả năm\nThu ngân sách xã      triệu đồng  5.200      3.918      5.340\nChi ngân sách xã      triệu đồng  5.000      3.275      4.960",
    keys: [
      ["Thu ngân sách xã 9 tháng", "triệu đồng", 3918, null],
      ["Thu ngân sách xã", "triệu đồng", 5340, null],
      ["Chi ngân sách xã 9 tháng", "triệu đồng", 3275, null],
      ["Chi ngân sách xã", "triệu đồng", 4960, null],
    ],
  },
  {
    id: "O24",
    text: "Phòng Y tế gửi nhanh số liệu dân số 2026:\nDân số trung bình | 48.216 người\nTỷ lệ tăng dân số tự nhiên | 0,92%\nTỷ lệ sinh con thứ 3 trở lên | 8,4%\nSố trẻ sinh ra | 612 trẻ",
    keys: [
      ["Dân số trung bình", "người", 48216, null],
      ["Tỷ lệ tăng dân số tự nhiên", "%", 0.92, null],
      ["Tỷ lệ sinh con thứ 3 trở lên", "%", 8.4, null],
      ["Số trẻ sinh ra", "trẻ", 612, null],
    ],
  },
];

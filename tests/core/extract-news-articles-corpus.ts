/**
 * tuneAN's own corpus of NEWS ARTICLES (online papers and agency news on the economy and local
 * results): a headline with a figure, a lead, officials, directors and farmers quoted with figures in
 * the quotes, 'hơn' / 'gần' / 'khoảng', 'gấp 1,3 lần', firms, co-operatives and households beside the
 * province or district, a closing line with next year's target. Fictional places and figures, keyed by
 * hand (conventions of /work/agree/conventions.md) before any rule was changed. Split once by parity:
 * the odd paragraphs were tuned on, the even ones held out.
 */
import { type OwnParagraph, resultKey as a, targetKey as p } from "./corpus-match";

export const NEWS_PARAGRAPHS: OwnParagraph[] = [
  {
    id: "n01",
    text: "Khánh Lam: xuất khẩu năm 2026 ước đạt 2,46 tỷ USD\nNăm 2026, kim ngạch xuất khẩu hàng hóa của tỉnh Khánh Lam ước đạt 2,46 tỷ USD, tăng 14,2% so với năm 2025 và vượt 6,5% kế hoạch. Kim ngạch nhập khẩu đạt khoảng 1,38 tỷ USD, tăng 9,1%. Năm 2027, tỉnh đặt mục tiêu xuất khẩu đạt 2,7 tỷ USD.",
    keys: [
      a("Kim ngạch xuất khẩu hàng hóa", "tỷ USD", 2.46, { estimate: true, changePct: 14.2, pctPlan: 106.5 }),
      a("Kim ngạch nhập khẩu", "tỷ USD", 1.38, { changePct: 9.1 }),
      p("Kim ngạch xuất khẩu", "tỷ USD", 2.7),
    ],
  },
  {
    id: "n02",
    text: 'Thu ngân sách huyện Đồng Vạn vượt dự toán gần 30%\nTheo UBND huyện Đồng Vạn, tổng thu ngân sách nhà nước trên địa bàn năm 2026 đạt 612,8 tỷ đồng, bằng 129,6% dự toán tỉnh giao, tăng 18,3% so với cùng kỳ. Trong đó, thu tiền sử dụng đất đạt hơn 245 tỷ đồng. "Nguồn thu tăng chủ yếu nhờ 3 phiên đấu giá đất thành công", ông Lê Văn Khải, Trưởng phòng Tài chính - Kế hoạch huyện, cho biết. Năm 2027, huyện phấn đấu thu ngân sách trên địa bàn đạt 650 tỷ đồng trở lên.',
    keys: [
      a("Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 612.8, { pctPlan: 129.6, changePct: 18.3 }),
      a("Thu tiền sử dụng đất", "tỷ đồng", 245),
      a("Phiên đấu giá đất thành công", "phiên", 3),
      p("Thu ngân sách trên địa bàn", "tỷ đồng", 650),
    ],
  },
  {
    id: "n03",
    text: 'Hợp tác xã Chè Suối Mây thu về 14,6 tỷ đồng\nNăm 2026, Hợp tác xã Chè Suối Mây (xã Phú Khê Hạ, huyện Sơn Lệ) có 86 thành viên, canh tác 124 ha chè theo tiêu chuẩn VietGAP, sản lượng chè búp tươi đạt 1.480 tấn. Doanh thu của hợp tác xã đạt 14,6 tỷ đồng, gấp 1,3 lần năm trước. "Mỗi thành viên có thu nhập bình quân khoảng 9,5 triệu đồng/tháng", ông Vi Văn Toản, Giám đốc hợp tác xã, chia sẻ.',
    keys: [
      a("Thành viên hợp tác xã", "thành viên", 86),
      a("Diện tích chè theo tiêu chuẩn VietGAP", "ha", 124),
      a("Sản lượng chè búp tươi", "tấn", 1480),
      a("Doanh thu hợp tác xã", "tỷ đồng", 14.6, { pctPrior: 130 }),
      a("Thu nhập bình quân của thành viên", "triệu đồng/tháng", 9.5),
    ],
  },
  {
    id: "n04",
    text: 'Lúa đông xuân ở Tân Lạc Đông đạt 68,2 tạ/ha\nVụ đông xuân 2026, xã Tân Lạc Đông gieo cấy 1.215 ha lúa, năng suất bình quân đạt 68,2 tạ/ha, cao hơn vụ trước 2,4 tạ/ha; sản lượng ước đạt 8.286 tấn. Trên cánh đồng nhà mình, ông Hà Văn Lộc phấn khởi: "Ruộng nhà tôi 1,2 ha, năm nay thu gần 9 tấn thóc, lãi hơn 60 triệu đồng".',
    keys: [
      a("Diện tích gieo cấy lúa đông xuân", "ha", 1215),
      a("Năng suất lúa bình quân", "tạ/ha", 68.2),
      a("Sản lượng lúa", "tấn", 8286, { estimate: true }),
      a("Diện tích ruộng của gia đình ông Hà Văn Lộc", "ha", 1.2),
      a("Sản lượng thóc của gia đình ông Hà Văn Lộc", "tấn", 9),
      a("Lãi của gia đình ông Hà Văn Lộc", "triệu đồng", 60),
    ],
  },
  {
    id: "n05",
    text: "Sơn Lệ giảm tỷ lệ hộ nghèo xuống còn 3,12%\nĐến cuối năm 2026, huyện Sơn Lệ còn 1.046 hộ nghèo, chiếm 3,12% tổng số hộ, giảm 1,48 điểm % so với đầu năm; hộ cận nghèo còn 1.387 hộ. Bà Nông Thị Hạnh, Phó Chủ tịch UBND huyện, cho biết năm 2027 huyện phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 2%.",
    keys: [
      a("Hộ nghèo", "hộ", 1046),
      a("Tỷ lệ hộ nghèo", "%", 3.12),
      a("Hộ cận nghèo", "hộ", 1387),
      p("Tỷ lệ hộ nghèo", "%", 2),
    ],
  },
  {
    id: "n06",
    text: "Công ty may Hòa Phong xuất khẩu 42,5 triệu USD\nNăm 2026, Công ty TNHH May mặc Hòa Phong tại Khu công nghiệp Bắc Lam đạt kim ngạch xuất khẩu 42,5 triệu USD, tăng 12,4% so với cùng kỳ, chiếm gần 1,7% kim ngạch xuất khẩu toàn tỉnh. Công ty hiện giải quyết việc làm cho 2.360 lao động với thu nhập bình quân 8,9 triệu đồng/người/tháng. Ông Park Min Soo, Tổng Giám đốc, cho biết năm 2027 công ty đặt mục tiêu xuất khẩu 48 triệu USD.",
    keys: [
      a("Kim ngạch xuất khẩu của công ty", "triệu USD", 42.5, { changePct: 12.4 }),
      a("Tỷ trọng xuất khẩu của công ty trong kim ngạch toàn tỉnh", "%", 1.7),
      a("Lao động có việc làm tại công ty", "lao động", 2360),
      a("Thu nhập bình quân của lao động", "triệu đồng/người/tháng", 8.9),
      p("Kim ngạch xuất khẩu của công ty", "triệu USD", 48),
    ],
  },
  {
    id: "n07",
    text: 'Lam Thành đón 3,2 triệu lượt khách du lịch\nNăm 2026, thành phố Lam Thành đón khoảng 3,2 triệu lượt khách du lịch, tăng 15,6% so với năm 2025, trong đó khách quốc tế đạt 286 nghìn lượt. Tổng thu từ du lịch ước đạt 4.850 tỷ đồng, gấp 1,2 lần năm trước. "Công suất phòng các cơ sở lưu trú dịp cao điểm đạt trên 90%", bà Đinh Thu Trang, Giám đốc Trung tâm Xúc tiến du lịch thành phố, cho biết.',
    keys: [
      a("Khách du lịch", "lượt khách", 3200000, { changePct: 15.6 }),
      a("Khách quốc tế", "lượt", 286000),
      a("Tổng thu từ du lịch", "tỷ đồng", 4850, { estimate: true, pctPrior: 120 }),
      a("Công suất phòng các cơ sở lưu trú dịp cao điểm", "%", 90),
    ],
  },
  {
    id: "n08",
    text: "Đàn bò sữa Đồng Vạn vượt 9.000 con\nTổng đàn bò sữa của huyện Đồng Vạn hiện có 9.214 con, tăng 8,7% so với cùng kỳ; sản lượng sữa tươi năm 2026 ước đạt 38.600 tấn. Hộ ông Trịnh Văn Bảo ở xã Vạn Phúc nuôi 45 con bò sữa, mỗi ngày bán gần 700 lít sữa. Năm 2027, huyện phấn đấu nâng tổng đàn bò sữa lên 10.000 con.",
    keys: [
      a("Tổng đàn bò sữa", "con", 9214, { changePct: 8.7 }),
      a("Sản lượng sữa tươi", "tấn", 38600, { estimate: true }),
      a("Bò sữa của hộ ông Trịnh Văn Bảo", "con", 45),
      a("Sữa bán mỗi ngày của hộ ông Trịnh Văn Bảo", "lít", 700),
      p("Tổng đàn bò sữa", "con", 10000),
    ],
  },
  {
    id: "n09",
    text: 'Giải ngân vốn đầu tư công Khánh Lam đạt 91,4%\nTính đến ngày 31/12/2026, tỉnh Khánh Lam đã giải ngân 5.318,6 tỷ đồng vốn đầu tư công, đạt 91,4% kế hoạch vốn được giao, cao hơn bình quân cả nước. Trong đó, 14/52 chủ đầu tư giải ngân dưới 70%. Ông Phạm Đức Tín, Giám đốc Sở Tài chính, cho biết: "Ước đến hết ngày 31/01/2027, tỷ lệ giải ngân sẽ đạt khoảng 97%".',
    keys: [
      a("Vốn đầu tư công giải ngân", "tỷ đồng", 5318.6, { pctPlan: 91.4 }),
      a("Chủ đầu tư giải ngân dưới 70%", "chủ đầu tư", 14, { total: 52 }),
      a("Tỷ lệ giải ngân đến hết ngày 31/01/2027", "%", 97, { estimate: true }),
    ],
  },
  {
    id: "n10",
    text: "Huyện Sơn Lệ có thêm 4 xã đạt chuẩn nông thôn mới nâng cao\nNăm 2026, huyện Sơn Lệ có thêm 4 xã được công nhận đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 9/17 xã. Thu nhập bình quân đầu người khu vực nông thôn đạt 58,4 triệu đồng/năm. Cả huyện hiện có 96 sản phẩm OCOP, trong đó 12 sản phẩm đạt 4 sao. Mục tiêu năm 2027, huyện có thêm 3 xã đạt chuẩn nâng cao.",
    keys: [
      a("Xã đạt chuẩn nông thôn mới nâng cao", "xã", 9, { total: 17 }),
      a("Thu nhập bình quân đầu người khu vực nông thôn", "triệu đồng/năm", 58.4),
      a("Sản phẩm OCOP", "sản phẩm", 96),
      a("Sản phẩm OCOP đạt 4 sao", "sản phẩm", 12),
    ],
  },
  {
    id: "n11",
    text: "Doanh nghiệp thành lập mới tăng 21,3%\nTrong 11 tháng năm 2026, toàn tỉnh Khánh Lam có 1.126 doanh nghiệp thành lập mới, tăng 21,3% so với cùng kỳ, với tổng vốn đăng ký gần 14.800 tỷ đồng; 412 doanh nghiệp quay trở lại hoạt động. Theo Sở Tài chính, số doanh nghiệp đang hoạt động trên địa bàn hiện là 9.635.",
    keys: [
      a("Doanh nghiệp thành lập mới", "doanh nghiệp", 1126, { changePct: 21.3 }),
      a("Vốn đăng ký của doanh nghiệp thành lập mới", "tỷ đồng", 14800),
      a("Doanh nghiệp quay trở lại hoạt động", "doanh nghiệp", 412),
      a("Doanh nghiệp đang hoạt động", "doanh nghiệp", 9635),
    ],
  },
  {
    id: "n12",
    text: 'Cảng cá Vũng Lam: sản lượng qua cảng gần 52 nghìn tấn\nNăm 2026, tổng sản lượng thủy sản khai thác của tỉnh đạt 86.420 tấn, tăng 4,3% so với năm 2025; trong đó sản lượng hàng hóa qua cảng cá Vũng Lam gần 52 nghìn tấn. Toàn tỉnh có 1.642 tàu cá, trong đó 418 tàu có chiều dài từ 15 m trở lên. "Có chuyến biển tàu tôi thu được hơn 800 triệu đồng", ngư dân Trần Văn Hải ở phường Cửa Lam kể.',
    keys: [
      a("Sản lượng thủy sản khai thác", "tấn", 86420, { changePct: 4.3 }),
      a("Sản lượng hàng hóa qua cảng cá Vũng Lam", "tấn", 52000),
      a("Tàu cá", "tàu", 1642),
      a("Tàu cá có chiều dài từ 15 m trở lên", "tàu", 418),
      a("Doanh thu một chuyến biển của tàu ngư dân Trần Văn Hải", "triệu đồng", 800),
    ],
  },
  {
    id: "n13",
    text: "Chỉ số sản xuất công nghiệp Khánh Lam tăng 11,8%\nChỉ số sản xuất công nghiệp (IIP) năm 2026 của tỉnh Khánh Lam ước tăng 11,8% so với năm trước. Một số sản phẩm tăng khá như xi măng đạt 2,14 triệu tấn, tăng 7,2%; điện sản xuất 1.860 triệu kWh; gạch ốp lát 18,6 triệu m2. Lãnh đạo Sở Công Thương cho biết năm 2027 tỉnh phấn đấu chỉ số IIP tăng từ 12% trở lên.",
    keys: [
      a("Chỉ số sản xuất công nghiệp (IIP)", "%", 11.8, { estimate: true }),
      a("Xi măng", "tấn", 2140000, { changePct: 7.2 }),
      a("Điện sản xuất", "kWh", 1860000000),
      a("Gạch ốp lát", "m2", 18600000),
      p("Chỉ số sản xuất công nghiệp (IIP)", "%", 12),
    ],
  },
  {
    id: "n14",
    text: 'Phú Khê Hạ: người trồng cam thu hơn 80 tỷ đồng\nXã Phú Khê Hạ hiện có 520 ha cam, trong đó 310 ha cho thu hoạch; sản lượng năm 2026 ước đạt 7.440 tấn, doanh thu hơn 80 tỷ đồng. Toàn xã có 46 hộ thu lãi từ 500 triệu đồng/năm trở lên. Ông Lò Văn Sáng, Chủ tịch UBND xã, cho biết: "Năm tới, xã sẽ cấp thêm 5 mã số vùng trồng để đưa cam đi xuất khẩu".',
    keys: [
      a("Diện tích cam", "ha", 520),
      a("Diện tích cam cho thu hoạch", "ha", 310),
      a("Sản lượng cam", "tấn", 7440, { estimate: true }),
      a("Doanh thu từ cam", "tỷ đồng", 80, { estimate: true }),
      a("Hộ thu lãi từ 500 triệu đồng/năm trở lên", "hộ", 46),
      p("Mã số vùng trồng cấp thêm", "mã số", 5),
    ],
  },
  {
    id: "n15",
    text: "Bảo hiểm xã hội: 41,2% lực lượng lao động tham gia\nĐến hết tháng 11/2026, toàn tỉnh có 248.600 người tham gia bảo hiểm xã hội, đạt 41,2% lực lượng lao động trong độ tuổi; số người tham gia bảo hiểm y tế đạt 1,52 triệu người, bao phủ 94,6% dân số. Tuy nhiên, số tiền chậm đóng vẫn ở mức 186,4 tỷ đồng, chiếm 2,8% số phải thu, theo Giám đốc Bảo hiểm xã hội tỉnh Vương Thị Lan.",
    keys: [
      a("Người tham gia bảo hiểm xã hội", "người", 248600),
      a("Tỷ lệ lao động tham gia bảo hiểm xã hội", "%", 41.2),
      a("Người tham gia bảo hiểm y tế", "người", 1520000),
      a("Tỷ lệ bao phủ bảo hiểm y tế", "%", 94.6),
      a("Số tiền chậm đóng bảo hiểm", "tỷ đồng", 186.4),
      a("Tỷ lệ chậm đóng", "%", 2.8),
    ],
  },
  {
    id: "n16",
    text: 'Huyện Đồng Vạn giảm 5 vụ tai nạn giao thông\nNăm 2026, trên địa bàn huyện Đồng Vạn xảy ra 27 vụ tai nạn giao thông, làm chết 19 người, bị thương 14 người; so với cùng kỳ giảm 5 vụ (-15,63%), giảm 3 người chết. Lực lượng chức năng đã xử phạt 4.860 trường hợp vi phạm, nộp kho bạc hơn 5,6 tỷ đồng. "Năm 2027, huyện phấn đấu kéo giảm từ 5% trở lên cả 3 tiêu chí", Trưởng Công an huyện nói.',
    keys: [
      a("Tai nạn giao thông", "vụ", 27, { changePct: -15.63 }),
      a("Người chết do tai nạn giao thông", "người", 19),
      a("Người bị thương do tai nạn giao thông", "người", 14),
      a("Trường hợp vi phạm bị xử phạt", "trường hợp", 4860),
      a("Tiền phạt nộp kho bạc", "tỷ đồng", 5.6),
      p("Mức giảm tai nạn giao thông", "%", 5),
    ],
  },
  {
    id: "n17",
    text: 'Lam Thành: 72 trường đạt chuẩn quốc gia\nNăm học 2026 - 2027, thành phố Lam Thành có 94 trường với 41.280 học sinh; 72/94 trường đạt chuẩn quốc gia, tỷ lệ 76,6%. Thành phố đầu tư 38,5 tỷ đồng xây mới 64 phòng học. "Đến năm 2030, chúng tôi phấn đấu 100% trường đạt chuẩn quốc gia", bà Lưu Thanh Hà, Trưởng phòng Giáo dục và Đào tạo, nói.',
    keys: [
      a("Trường học", "trường", 94),
      a("Học sinh", "học sinh", 41280),
      a("Trường đạt chuẩn quốc gia", "trường", 72, { total: 94 }),
      a("Tỷ lệ trường đạt chuẩn quốc gia", "%", 76.6),
      a("Vốn đầu tư xây mới phòng học", "tỷ đồng", 38.5),
      a("Phòng học xây mới", "phòng học", 64),
      p("Tỷ lệ trường đạt chuẩn quốc gia", "%", 100),
    ],
  },
  {
    id: "n18",
    text: "Xuất khẩu gạo của Công ty Lương thực Khánh Lam đạt 96.000 tấn\nTheo Công ty CP Lương thực Khánh Lam, năm 2026 công ty xuất khẩu 96.000 tấn gạo, trị giá khoảng 58,6 triệu USD, gấp 1,4 lần năm 2025; lợi nhuận trước thuế đạt 46,2 tỷ đồng. Công ty đã liên kết với 12 hợp tác xã và hơn 3.200 hộ nông dân trên diện tích 4.650 ha lúa.",
    keys: [
      a("Gạo xuất khẩu của công ty", "tấn", 96000),
      a("Trị giá gạo xuất khẩu", "triệu USD", 58.6, { pctPrior: 140 }),
      a("Lợi nhuận trước thuế của công ty", "tỷ đồng", 46.2),
      a("Hợp tác xã liên kết với công ty", "hợp tác xã", 12),
      a("Hộ nông dân liên kết với công ty", "hộ", 3200),
      a("Diện tích lúa liên kết", "ha", 4650),
    ],
  },
  {
    id: "n19",
    text: "Vốn tín dụng chính sách giúp 4.200 hộ thoát nghèo\nNăm 2026, Chi nhánh Ngân hàng Chính sách xã hội tỉnh Khánh Lam giải ngân 1.286 tỷ đồng cho 26.540 lượt hộ vay, góp phần giúp hơn 4.200 hộ vượt qua ngưỡng nghèo. Tổng dư nợ đến ngày 31/12/2026 đạt 6.912,4 tỷ đồng, tăng 10,6% so với đầu năm; nợ quá hạn chiếm 0,18% tổng dư nợ.",
    keys: [
      a("Doanh số cho vay", "tỷ đồng", 1286),
      a("Lượt hộ vay vốn", "lượt hộ", 26540),
      a("Hộ thoát nghèo nhờ vốn vay", "hộ", 4200),
      a("Tổng dư nợ", "tỷ đồng", 6912.4),
      a("Tỷ lệ nợ quá hạn", "%", 0.18),
    ],
  },
  {
    id: "n20",
    text: "Hội nghị tổng kết ngành nông nghiệp huyện Sơn Lệ\nSáng 18/12, UBND huyện Sơn Lệ tổ chức hội nghị tổng kết công tác năm 2026 với sự tham dự của 120 đại biểu. Phó Chủ tịch UBND huyện Hoàng Minh Quân đề nghị các xã hoàn thành kế hoạch năm 2027 trước ngày 15/1/2027.",
    keys: [],
  },
  {
    id: "n21",
    text: 'Chăn nuôi lợn công nghệ cao: trang trại Minh Phát lãi 12 tỷ đồng\nTrang trại chăn nuôi lợn Minh Phát ở xã Tân Lạc Đông hiện nuôi 8.500 con lợn thịt theo quy trình khép kín, mỗi năm xuất chuồng khoảng 21.000 con. "Năm 2026, trang trại lãi khoảng 12 tỷ đồng, tạo việc làm cho 38 lao động địa phương", ông Mai Xuân Phát, chủ trang trại, cho biết. Toàn huyện hiện có 64 trang trại chăn nuôi đạt tiêu chí kinh tế trang trại.',
    keys: [
      a("Lợn thịt của trang trại", "con", 8500),
      a("Lợn xuất chuồng mỗi năm", "con", 21000),
      a("Lãi của trang trại", "tỷ đồng", 12),
      a("Lao động có việc làm tại trang trại", "lao động", 38),
      a("Trang trại chăn nuôi đạt tiêu chí kinh tế trang trại", "trang trại", 64),
    ],
  },
  {
    id: "n22",
    text: "Giá trị sản xuất trên 1 ha đất trồng trọt đạt 142 triệu đồng\nNăm 2026, giá trị sản phẩm thu được trên 1 ha đất trồng trọt và nuôi trồng thủy sản của tỉnh Khánh Lam đạt 142 triệu đồng, tăng 6,8 triệu đồng so với năm trước. Diện tích sản xuất nông nghiệp ứng dụng công nghệ cao đạt 3.860 ha, chiếm 4,1% diện tích canh tác. Mục tiêu năm 2027: giá trị trên 1 ha đạt 150 triệu đồng trở lên; diện tích ứng dụng công nghệ cao đạt 4.500 ha.",
    keys: [
      a("Giá trị sản phẩm thu được trên 1 ha đất trồng trọt và nuôi trồng thủy sản", "triệu đồng/ha", 142),
      a("Diện tích sản xuất nông nghiệp ứng dụng công nghệ cao", "ha", 3860),
      a("Tỷ lệ diện tích ứng dụng công nghệ cao", "%", 4.1),
      p("Giá trị sản phẩm thu được trên 1 ha", "triệu đồng/ha", 150),
      p("Diện tích ứng dụng công nghệ cao", "ha", 4500),
    ],
  },
  {
    id: "n23",
    text: "Xã Vạn Phúc: 98,2% hộ dân dùng nước sạch\nĐến nay, xã Vạn Phúc (huyện Đồng Vạn) có 2.946/3.000 hộ sử dụng nước sạch theo quy chuẩn, đạt 98,2%; 100% thôn có đường bê tông đến trung tâm. Năm 2026, xã huy động hơn 6.400 triệu đồng làm 7,8 km đường giao thông nông thôn, trong đó nhân dân đóng góp 1.250 triệu đồng và hiến 4.600 m2 đất.",
    keys: [
      a("Hộ sử dụng nước sạch", "hộ", 2946, { total: 3000 }),
      a("Tỷ lệ hộ sử dụng nước sạch", "%", 98.2),
      a("Tỷ lệ thôn có đường bê tông đến trung tâm", "%", 100),
      a("Vốn huy động làm đường giao thông nông thôn", "triệu đồng", 6400),
      a("Đường giao thông nông thôn làm mới", "km", 7.8),
      a("Nhân dân đóng góp", "triệu đồng", 1250),
      a("Đất nhân dân hiến", "m2", 4600),
    ],
  },
  {
    id: "n24",
    text: "Khánh Lam thu hút 12 dự án FDI mới\nNăm 2026, tỉnh Khánh Lam cấp mới 12 dự án đầu tư trực tiếp nước ngoài với tổng vốn đăng ký 486 triệu USD, điều chỉnh tăng vốn 9 dự án với 124,5 triệu USD. Đáng chú ý, dự án nhà máy sản xuất pin của Tập đoàn Sunlite có vốn 210 triệu USD, dự kiến tạo việc làm cho khoảng 3.000 lao động. Năm 2027, tỉnh phấn đấu thu hút vốn FDI từ 500 triệu USD trở lên.",
    keys: [
      a("Dự án FDI cấp mới", "dự án", 12),
      a("Vốn đăng ký của dự án FDI cấp mới", "triệu USD", 486),
      a("Dự án điều chỉnh tăng vốn", "dự án", 9),
      a("Vốn điều chỉnh tăng", "triệu USD", 124.5),
      a("Vốn dự án nhà máy sản xuất pin", "triệu USD", 210),
      p("Lao động dự kiến được tạo việc làm", "lao động", 3000),
      p("Vốn FDI thu hút", "triệu USD", 500),
    ],
  },
  {
    id: "n25",
    text: "Huyện Sơn Lệ trồng mới 1.150 ha rừng\nNăm 2026, huyện Sơn Lệ trồng mới 1.150 ha rừng tập trung, vượt 15% kế hoạch; tỷ lệ che phủ rừng đạt 58,6%. Sản lượng gỗ rừng trồng khai thác ước đạt 96.400 m3. Anh Giàng A Páo, một hộ trồng rừng ở xã Nậm Khê, cho biết mỗi ha keo 6 năm tuổi cho thu khoảng 120 triệu đồng.",
    keys: [
      a("Diện tích trồng mới rừng tập trung", "ha", 1150, { pctPlan: 115 }),
      a("Tỷ lệ che phủ rừng", "%", 58.6),
      a("Sản lượng gỗ rừng trồng khai thác", "m3", 96400, { estimate: true }),
      a("Thu từ mỗi ha keo", "triệu đồng/ha", 120),
    ],
  },
  {
    id: "n26",
    text: 'Hợp tác xã Rau sạch Hòa Bình: doanh thu tăng 25%\nNăm 2026, Hợp tác xã Rau sạch Hòa Bình (phường Đông Lam, thành phố Lam Thành) đạt doanh thu 9,8 tỷ đồng, tăng 25% so với năm 2025, lợi nhuận 1,15 tỷ đồng. Hợp tác xã có 32 thành viên, 18 ha nhà màng, cung ứng mỗi ngày khoảng 6 tấn rau cho các siêu thị và bếp ăn trường học. "Năm 2027, hợp tác xã phấn đấu doanh thu đạt 12 tỷ đồng", bà Vũ Thị Mến, Giám đốc hợp tác xã, cho biết.',
    keys: [
      a("Doanh thu hợp tác xã", "tỷ đồng", 9.8, { changePct: 25 }),
      a("Lợi nhuận hợp tác xã", "tỷ đồng", 1.15),
      a("Thành viên hợp tác xã", "thành viên", 32),
      a("Diện tích nhà màng", "ha", 18),
      a("Rau cung ứng mỗi ngày", "tấn", 6),
      p("Doanh thu hợp tác xã", "tỷ đồng", 12),
    ],
  },
  {
    id: "n27",
    text: "Chỉ số giá tiêu dùng tháng 11 tăng 0,42%\nChỉ số giá tiêu dùng (CPI) tháng 11/2026 trên địa bàn tỉnh Khánh Lam tăng 0,42% so với tháng trước và tăng 3,18% so với cùng kỳ năm trước. Bình quân 11 tháng, CPI tăng 3,05%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 11 tháng đạt 68.420 tỷ đồng, tăng 10,2% so với cùng kỳ.",
    keys: [
      a("CPI tháng 11 so với tháng trước", "%", 0.42),
      a("CPI tháng 11 so với cùng kỳ", "%", 3.18),
      a("CPI bình quân 11 tháng", "%", 3.05),
      a("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", 68420, { changePct: 10.2 }),
    ],
  },
  {
    id: "n28",
    text: 'Phường Đông Lam: thu ngân sách đạt 142% dự toán\nNăm 2026, thu ngân sách trên địa bàn phường Đông Lam đạt 38.640 triệu đồng, bằng 142% dự toán; chi ngân sách 21.315 triệu đồng. Phường có 1.284 hộ kinh doanh cá thể, tăng 96 hộ so với năm trước. "Năm 2027, phường phấn đấu thu ngân sách đạt từ 40.000 triệu đồng trở lên", Chủ tịch UBND phường Tạ Quang Vinh cho biết.',
    keys: [
      a("Thu ngân sách trên địa bàn phường", "triệu đồng", 38640, { pctPlan: 142 }),
      a("Chi ngân sách phường", "triệu đồng", 21315),
      a("Hộ kinh doanh cá thể", "hộ", 1284),
      p("Thu ngân sách phường", "triệu đồng", 40000),
    ],
  },
  {
    id: "n29",
    text: "Khánh Lam tạo việc làm mới cho 24.600 lao động\nNăm 2026, toàn tỉnh giải quyết việc làm mới cho 24.600 lao động, đạt 105,1% kế hoạch; trong đó đưa 2.186 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ lao động qua đào tạo đạt 71,4%, trong đó có bằng cấp, chứng chỉ đạt 32,6%. Năm 2027, tỉnh phấn đấu tạo việc làm mới cho ít nhất 25.000 lao động, tỷ lệ lao động qua đào tạo đạt 73%.",
    keys: [
      a("Lao động được giải quyết việc làm mới", "lao động", 24600, { pctPlan: 105.1 }),
      a("Người đi làm việc ở nước ngoài theo hợp đồng", "người", 2186),
      a("Tỷ lệ lao động qua đào tạo", "%", 71.4),
      a("Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", 32.6),
      p("Lao động được tạo việc làm mới", "lao động", 25000),
      p("Tỷ lệ lao động qua đào tạo", "%", 73),
    ],
  },
  {
    id: "n30",
    text: "Làng nghề mây tre Phú Lễ xuất khẩu sang 18 quốc gia\nLàng nghề mây tre đan Phú Lễ (huyện Đồng Vạn) hiện có 640 hộ làm nghề, thu hút khoảng 1.900 lao động, thu nhập bình quân 7,2 triệu đồng/người/tháng. Năm 2026, giá trị sản xuất của làng nghề đạt 186 tỷ đồng, tăng 9,4% so với năm trước; sản phẩm xuất khẩu sang 18 quốc gia và vùng lãnh thổ. Theo ông Đặng Văn Mạnh, Chủ tịch Hội làng nghề, năm 2027 làng nghề phấn đấu giá trị sản xuất đạt 200 tỷ đồng.",
    keys: [
      a("Hộ làm nghề", "hộ", 640),
      a("Lao động làng nghề", "lao động", 1900),
      a("Thu nhập bình quân của lao động làng nghề", "triệu đồng/người/tháng", 7.2),
      a("Giá trị sản xuất làng nghề", "tỷ đồng", 186, { changePct: 9.4 }),
      a("Quốc gia và vùng lãnh thổ nhập khẩu sản phẩm", "quốc gia", 18),
      p("Giá trị sản xuất làng nghề", "tỷ đồng", 200),
    ],
  },
];

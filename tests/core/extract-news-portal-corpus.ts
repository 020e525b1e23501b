/**
 * tuneAY's own corpus of NEWS from online and printed papers and provincial portals on the local
 * economy and society: headlines with a figure, leads, quotes of officials and business owners,
 * single firms, projects and co-operatives beside the provincial totals, FDI, exports, industrial
 * parks, tourism, real estate, retail and prices, mixed tenses. Fictional province Tân Lãng, city Hòa
 * Lãng, districts Vân Khê, Mỹ Sơn and Bãi Ngọc, firms and figures; keyed by hand under the corpus
 * conventions (tests/extract-corpus/README.md "Fields", "Matching"; the notes of held-out 44, 48, 53:
 * a firm's figure its own row named with the firm, 'hơn'/'gần'/'khoảng' no estimate, 'ước' its
 * clause, a plan beside a result not keyed, ranges by the lower bound, scale words applied, triệu
 * and tỷ USD kept, 'chiếm X%' after a figure a rate row, changes against an earlier level and ranks
 * not keyed) BEFORE the extractor was run on it. Split once by parity: odd paragraphs tuned on, even
 * ones held out.
 */
import { type OwnParagraph, resultKey as a, targetKey as p } from "./corpus-match";

export const PORTAL_PARAGRAPHS: OwnParagraph[] = [
  {
    id: "q01",
    text: "Tân Lãng: vốn FDI 11 tháng tăng mạnh\nTính đến hết tháng 11/2026, tỉnh Tân Lãng cấp mới giấy chứng nhận đăng ký đầu tư cho 36 dự án FDI với tổng vốn đăng ký 942,7 triệu USD, tăng 31,5% so với cùng kỳ. Vốn FDI giải ngân ước đạt 518 triệu USD, bằng 88,4% kế hoạch năm.",
    keys: [
      a("Dự án FDI cấp mới", "dự án", 36),
      a("Tổng vốn đăng ký FDI cấp mới", "triệu USD", 942.7, { changePct: 31.5 }),
      a("Vốn FDI giải ngân", "triệu USD", 518, { estimate: true, pctPlan: 88.4 }),
    ],
  },
  {
    id: "q02",
    text: 'Theo bà Đinh Thị Hằng, Giám đốc Sở Du lịch, năm 2026 tỉnh đón khoảng 4,15 triệu lượt khách, tăng 16,8% so với năm trước; tổng thu từ du lịch đạt 7.930 tỷ đồng. "Riêng dịp lễ hội biển Bãi Ngọc, chúng tôi đón hơn 320 nghìn lượt khách trong 5 ngày", bà Hằng nói.',
    keys: [
      a("Khách du lịch", "lượt khách", 4150000, { changePct: 16.8 }),
      a("Tổng thu từ du lịch", "tỷ đồng", 7930),
      a("Khách dịp lễ hội biển Bãi Ngọc", "lượt khách", 320000),
    ],
  },
  {
    id: "q03",
    text: "Kim ngạch xuất khẩu của tỉnh 10 tháng năm 2026 đạt 1,73 tỷ USD, tăng 11,9% so với cùng kỳ. Trong đó, Công ty TNHH Điện tử Lãng Phong xuất khẩu 412,5 triệu USD, chiếm 23,8% kim ngạch toàn tỉnh. Nhóm hàng nông, thủy sản đạt 286,4 triệu USD, giảm 2,7%.",
    keys: [
      a("Kim ngạch xuất khẩu", "tỷ USD", 1.73, { changePct: 11.9 }),
      a("Kim ngạch xuất khẩu Công ty TNHH Điện tử Lãng Phong", "triệu USD", 412.5),
      a("Tỷ trọng xuất khẩu Công ty TNHH Điện tử Lãng Phong", "%", 23.8),
      a("Kim ngạch xuất khẩu nhóm hàng nông, thủy sản", "triệu USD", 286.4, { changePct: -2.7 }),
    ],
  },
  {
    id: "q04",
    text: "KCN Bắc Lãng lấp đầy 82%\nKhu công nghiệp Bắc Lãng có tổng diện tích 460 ha, đến nay đã thu hút 58 dự án, tỷ lệ lấp đầy đạt 82%. Các doanh nghiệp trong khu đang sử dụng khoảng 24.600 lao động, thu nhập bình quân 8,7 triệu đồng/người/tháng.",
    keys: [
      a("Diện tích Khu công nghiệp Bắc Lãng", "ha", 460),
      a("Dự án thu hút vào Khu công nghiệp Bắc Lãng", "dự án", 58),
      a("Tỷ lệ lấp đầy Khu công nghiệp Bắc Lãng", "%", 82),
      a("Lao động trong Khu công nghiệp Bắc Lãng", "lao động", 24600),
      a("Thu nhập bình quân lao động Khu công nghiệp Bắc Lãng", "triệu đồng/người/tháng", 8.7),
    ],
  },
  {
    id: "q05",
    text: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 11 ước đạt 6.284 tỷ đồng, tăng 2,3% so với tháng trước và tăng 10,7% so với cùng kỳ. Tính chung 11 tháng đạt 64.915 tỷ đồng, tăng 9,4%. Chỉ số giá tiêu dùng bình quân 11 tháng tăng 3,12%.",
    keys: [
      a("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 11", "tỷ đồng", 6284, {
        estimate: true,
        changePct: 10.7,
      }),
      a("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 11 tháng", "tỷ đồng", 64915, {
        changePct: 9.4,
      }),
      a("Chỉ số giá tiêu dùng bình quân", "%", 3.12),
    ],
  },
  {
    id: "q06",
    text: "Hợp tác xã Nông nghiệp Khê Thượng (huyện Vân Khê) hiện có 124 thành viên, liên kết trồng 210 ha bưởi đạt chuẩn VietGAP. Năm nay, hợp tác xã tiêu thụ hơn 2.900 tấn quả, doanh thu đạt 38,5 tỷ đồng, lợi nhuận khoảng 4,2 tỷ đồng. Ông Hà Văn Lợi, Giám đốc hợp tác xã, cho biết năm 2027 sẽ mở rộng thêm 40 ha.",
    keys: [
      a("Thành viên Hợp tác xã Nông nghiệp Khê Thượng", "thành viên", 124),
      a("Diện tích bưởi đạt chuẩn VietGAP", "ha", 210),
      a("Sản lượng bưởi tiêu thụ của hợp tác xã", "tấn", 2900),
      a("Doanh thu hợp tác xã", "tỷ đồng", 38.5),
      a("Lợi nhuận hợp tác xã", "tỷ đồng", 4.2),
      p("Diện tích bưởi mở rộng thêm", "ha", 40),
    ],
  },
  {
    id: "q07",
    text: "Giá căn hộ chung cư tại thành phố Hòa Lãng quý III/2026 bình quân 32,5 triệu đồng/m2, tăng 8,6% so với cùng kỳ. Trong quý, thị trường có 1.140 giao dịch căn hộ thành công, gấp 1,5 lần quý trước. Dự án Khu đô thị Sông Lãng mở bán 380 căn, tỷ lệ hấp thụ đạt 74%.",
    keys: [
      a("Giá căn hộ chung cư bình quân", "triệu đồng/m2", 32.5, { changePct: 8.6 }),
      a("Giao dịch căn hộ thành công", "giao dịch", 1140),
      a("Căn hộ mở bán Dự án Khu đô thị Sông Lãng", "căn", 380),
      a("Tỷ lệ hấp thụ Dự án Khu đô thị Sông Lãng", "%", 74),
    ],
  },
  {
    id: "q08",
    text: "Năm 2026, toàn tỉnh có 1.265 doanh nghiệp thành lập mới với tổng vốn đăng ký 14,2 nghìn tỷ đồng, tăng 12,1% về số doanh nghiệp; 412 doanh nghiệp quay trở lại hoạt động. Tuy nhiên, 538 doanh nghiệp tạm ngừng kinh doanh có thời hạn, tăng 6,4%.",
    keys: [
      a("Doanh nghiệp thành lập mới", "doanh nghiệp", 1265, { changePct: 12.1 }),
      a("Tổng vốn đăng ký doanh nghiệp thành lập mới", "tỷ đồng", 14200),
      a("Doanh nghiệp quay trở lại hoạt động", "doanh nghiệp", 412),
      a("Doanh nghiệp tạm ngừng kinh doanh có thời hạn", "doanh nghiệp", 538, { changePct: 6.4 }),
    ],
  },
  {
    id: "q09",
    text: 'Chỉ số sản xuất công nghiệp (IIP) năm 2026 ước tăng 9,6% so với năm 2025. "Sản lượng điện thương phẩm đạt 3,84 tỷ kWh, xi măng đạt 2,1 triệu tấn", ông Phan Quốc Hưng, Phó Giám đốc Sở Công Thương, cho biết. Năm 2027, tỉnh phấn đấu IIP tăng 10 - 11%.',
    keys: [
      a("Chỉ số sản xuất công nghiệp (IIP)", "%", 9.6, { estimate: true }),
      a("Sản lượng điện thương phẩm", "kWh", 3840000000),
      a("Sản lượng xi măng", "tấn", 2100000),
      p("Chỉ số sản xuất công nghiệp (IIP)", "%", 10),
    ],
  },
  {
    id: "q10",
    text: "Huyện Mỹ Sơn: 9 tháng thu ngân sách đạt 284,6 tỷ đồng\nTheo báo cáo của UBND huyện Mỹ Sơn, thu ngân sách nhà nước trên địa bàn 9 tháng năm 2026 đạt 284,6 tỷ đồng, bằng 91,3% dự toán; chi ngân sách địa phương 512,9 tỷ đồng. Giải ngân vốn đầu tư công đạt 68,2%.",
    keys: [
      a("Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 284.6, { pctPlan: 91.3 }),
      a("Chi ngân sách địa phương", "tỷ đồng", 512.9),
      a("Tỷ lệ giải ngân vốn đầu tư công", "%", 68.2),
    ],
  },
  {
    id: "q11",
    text: "Cảng hàng không Tân Lãng 11 tháng phục vụ 2,36 triệu lượt hành khách, tăng 13,4% so với cùng kỳ; sản lượng hàng hóa thông qua đạt 9.850 tấn. Hiện cảng khai thác 14 đường bay nội địa và 3 đường bay quốc tế.",
    keys: [
      a("Hành khách qua Cảng hàng không Tân Lãng", "lượt hành khách", 2360000, { changePct: 13.4 }),
      a("Sản lượng hàng hóa thông qua", "tấn", 9850),
      a("Đường bay nội địa", "đường bay", 14),
      a("Đường bay quốc tế", "đường bay", 3),
    ],
  },
  {
    id: "q12",
    text: 'Giám đốc Công ty CP Thủy sản Bãi Ngọc, ông Nguyễn Hữu Tín, chia sẻ: "Năm nay công ty xuất khẩu 6.200 tấn tôm, doanh thu đạt 1.180 tỷ đồng, tăng 15% so với năm ngoái. Chúng tôi đặt mục tiêu năm 2027 doanh thu 1.300 tỷ đồng".',
    keys: [
      a("Tôm xuất khẩu Công ty CP Thủy sản Bãi Ngọc", "tấn", 6200),
      a("Doanh thu Công ty CP Thủy sản Bãi Ngọc", "tỷ đồng", 1180, { changePct: 15 }),
      p("Doanh thu Công ty CP Thủy sản Bãi Ngọc", "tỷ đồng", 1300),
    ],
  },
  {
    id: "q13",
    text: "Toàn tỉnh hiện có 312 cơ sở lưu trú với 6.840 buồng, trong đó 27 khách sạn từ 3 đến 5 sao. Công suất sử dụng buồng phòng bình quân năm 2026 đạt 61,5%, cao hơn năm trước 4,2 điểm phần trăm.",
    keys: [
      a("Cơ sở lưu trú", "cơ sở lưu trú", 312),
      a("Buồng lưu trú", "buồng", 6840),
      a("Khách sạn từ 3 đến 5 sao", "khách sạn", 27),
      a("Công suất sử dụng buồng phòng bình quân", "%", 61.5),
    ],
  },
  {
    id: "q14",
    text: "Giá lúa tươi tại các huyện đồng bằng tuần qua dao động 7.200 - 7.600 đồng/kg. Vụ mùa năm 2026, toàn tỉnh gieo cấy 48.650 ha, năng suất ước đạt 57,8 tạ/ha, sản lượng ước 281,2 nghìn tấn, tăng 3,5% so với vụ mùa năm trước.",
    keys: [
      a("Diện tích gieo cấy vụ mùa", "ha", 48650),
      a("Năng suất lúa vụ mùa", "tạ/ha", 57.8, { estimate: true }),
      a("Sản lượng lúa vụ mùa", "tấn", 281200, { estimate: true, changePct: 3.5 }),
    ],
  },
  {
    id: "q15",
    text: "Dự án Nhà máy sản xuất linh kiện ô tô Kanemori (Nhật Bản) tại KCN Vân Khê có tổng vốn đầu tư 215 triệu USD, công suất thiết kế 1,8 triệu sản phẩm/năm, dự kiến tạo việc làm cho 2.400 lao động. Nhà máy sẽ đi vào vận hành từ quý II/2027.",
    keys: [
      a("Tổng vốn đầu tư Dự án Nhà máy sản xuất linh kiện ô tô Kanemori", "triệu USD", 215),
      a("Công suất thiết kế Nhà máy Kanemori", "sản phẩm/năm", 1800000),
      p("Lao động Nhà máy Kanemori", "lao động", 2400),
    ],
  },
  {
    id: "q16",
    text: "Trong năm 2026, các cơ quan chức năng đã kiểm tra 1.468 vụ việc, phát hiện 392 vụ vi phạm trong lĩnh vực thương mại, xử phạt hành chính 2,86 tỷ đồng. Trị giá hàng hóa vi phạm bị tịch thu, tiêu hủy khoảng 1,34 tỷ đồng.",
    keys: [
      a("Vụ việc kiểm tra", "vụ", 1468),
      a("Vụ vi phạm trong lĩnh vực thương mại", "vụ", 392),
      a("Xử phạt hành chính", "tỷ đồng", 2.86),
      a("Trị giá hàng hóa vi phạm bị tịch thu, tiêu hủy", "tỷ đồng", 1.34),
    ],
  },
  {
    id: "q17",
    text: "Năm 2026, tỉnh có thêm 11 sản phẩm đạt chuẩn OCOP 4 sao, nâng tổng số sản phẩm OCOP lên 186 sản phẩm. Doanh thu từ các sản phẩm OCOP ước đạt 642 tỷ đồng, tăng 21,3% so với năm 2025.",
    keys: [
      a("Sản phẩm OCOP", "sản phẩm", 186),
      a("Doanh thu từ các sản phẩm OCOP", "tỷ đồng", 642, { estimate: true, changePct: 21.3 }),
    ],
  },
  {
    id: "q18",
    text: "Xuất khẩu hạt điều của tỉnh năm 2026 đạt 96,4 nghìn tấn, trị giá 612,3 triệu USD, tăng 7,2% về lượng và 14,5% về giá trị. Riêng Công ty TNHH Chế biến Điều Hưng Lãng xuất khẩu 21.300 tấn, kim ngạch 138,6 triệu USD.",
    keys: [
      a("Lượng hạt điều xuất khẩu", "tấn", 96400, { changePct: 7.2 }),
      a("Kim ngạch xuất khẩu hạt điều", "triệu USD", 612.3, { changePct: 14.5 }),
      a("Hạt điều xuất khẩu Công ty TNHH Chế biến Điều Hưng Lãng", "tấn", 21300),
      a("Kim ngạch xuất khẩu Công ty TNHH Chế biến Điều Hưng Lãng", "triệu USD", 138.6),
    ],
  },
  {
    id: "q19",
    text: "Siêu thị Lãng Mart khai trương tại thị trấn Vân Khê\nSiêu thị có diện tích kinh doanh 3.200 m2, bày bán hơn 15.000 mặt hàng, trong đó 92% là hàng Việt Nam. Tổng vốn đầu tư của dự án khoảng 85 tỷ đồng, tạo việc làm cho 140 lao động địa phương.",
    keys: [
      a("Diện tích kinh doanh siêu thị", "m2", 3200),
      a("Mặt hàng bày bán", "mặt hàng", 15000),
      a("Tỷ lệ hàng Việt Nam", "%", 92),
      a("Tổng vốn đầu tư siêu thị", "tỷ đồng", 85),
      a("Lao động địa phương có việc làm", "lao động", 140),
    ],
  },
  {
    id: "q20",
    text: "Tổng sản phẩm trên địa bàn (GRDP) năm 2026 của tỉnh ước tăng 8,15%, đứng thứ 9/63 tỉnh, thành phố. Trong đó, khu vực công nghiệp - xây dựng tăng 11,6%; dịch vụ tăng 7,2%; nông, lâm nghiệp và thủy sản tăng 3,1%. GRDP bình quân đầu người đạt 86,4 triệu đồng.",
    keys: [
      a("Tốc độ tăng GRDP", "%", 8.15, { estimate: true }),
      a("Tăng trưởng khu vực công nghiệp - xây dựng", "%", 11.6),
      a("Tăng trưởng khu vực dịch vụ", "%", 7.2),
      a("Tăng trưởng khu vực nông, lâm nghiệp và thủy sản", "%", 3.1),
      a("GRDP bình quân đầu người", "triệu đồng", 86.4),
    ],
  },
  {
    id: "q21",
    text: "Lượng hàng hóa thông qua cảng biển Hòa Lãng 11 tháng đạt 14,6 triệu tấn, tăng 9,3% so với cùng kỳ, trong đó hàng container đạt 312 nghìn TEU. Số lượt tàu ra vào cảng là 4.870 lượt tàu. Năm 2027, cảng phấn đấu đón 16 triệu tấn hàng hóa.",
    keys: [
      a("Lượng hàng hóa thông qua cảng biển Hòa Lãng", "tấn", 14600000, { changePct: 9.3 }),
      a("Hàng container thông qua cảng", "TEU", 312000),
      a("Lượt tàu ra vào cảng", "lượt tàu", 4870),
      p("Lượng hàng hóa thông qua cảng", "tấn", 16000000),
    ],
  },
  {
    id: "q22",
    text: "Trang trại bò sữa của gia đình anh Lò Văn Sướng (xã Nậm Ty, huyện Mỹ Sơn) hiện nuôi 86 con bò, mỗi ngày cung cấp khoảng 1.100 lít sữa cho nhà máy. Anh Sướng cho biết mỗi năm trang trại lãi gần 900 triệu đồng.",
    keys: [
      a("Bò sữa trang trại gia đình anh Lò Văn Sướng", "con", 86),
      a("Sữa cung cấp mỗi ngày", "lít/ngày", 1100),
      a("Lãi trang trại", "triệu đồng", 900),
    ],
  },
  {
    id: "q23",
    text: "Tổng vốn đầu tư phát triển toàn xã hội năm 2026 ước đạt 41.250 tỷ đồng, tăng 10,8% so với năm 2025, bằng 35,2% GRDP. Vốn đầu tư công được giao 5.870 tỷ đồng, đến ngày 15/12 giải ngân được 4.912 tỷ đồng, đạt 83,7% kế hoạch.",
    keys: [
      a("Tổng vốn đầu tư phát triển toàn xã hội", "tỷ đồng", 41250, { estimate: true, changePct: 10.8 }),
      a("Tỷ lệ vốn đầu tư phát triển toàn xã hội so với GRDP", "%", 35.2),
      a("Vốn đầu tư công giải ngân", "tỷ đồng", 4912, { pctPlan: 83.7 }),
    ],
  },
  {
    id: "q24",
    text: "Chợ đêm Hòa Lãng thu hút 2.500 lượt khách mỗi tối\nSau 6 tháng hoạt động, chợ đêm có 168 gian hàng, mỗi tối đón bình quân 2.500 lượt khách. Theo Ban quản lý chợ, doanh thu của các hộ kinh doanh tăng khoảng 30% so với trước khi mở chợ.",
    keys: [a("Gian hàng chợ đêm", "gian hàng", 168), a("Lượt khách mỗi tối", "lượt khách", 2500)],
  },
  {
    id: "q25",
    text: "Sản lượng khai thác thủy sản năm 2026 ước đạt 128.400 tấn, tăng 4,6%; nuôi trồng đạt 74.900 tấn, tăng 8,2%. Giá trị sản xuất ngành thủy sản đạt 6.715 tỷ đồng, vượt 5,4% kế hoạch. Mục tiêu năm 2027, tổng sản lượng thủy sản đạt trên 210.000 tấn.",
    keys: [
      a("Sản lượng khai thác thủy sản", "tấn", 128400, { estimate: true, changePct: 4.6 }),
      a("Sản lượng nuôi trồng thủy sản", "tấn", 74900, { changePct: 8.2 }),
      a("Giá trị sản xuất ngành thủy sản", "tỷ đồng", 6715, { pctPlan: 105.4 }),
      p("Tổng sản lượng thủy sản", "tấn", 210000),
    ],
  },
  {
    id: "q26",
    text: 'Tại buổi làm việc, ông Vũ Đình Thắng, Chủ tịch UBND tỉnh, nhấn mạnh: "Năm 2027, tỉnh phấn đấu thu hút vốn FDI đạt ít nhất 1 tỷ USD, kim ngạch xuất khẩu đạt 2,1 tỷ USD và đón 4,6 triệu lượt khách du lịch".',
    keys: [
      p("Vốn FDI thu hút", "tỷ USD", 1),
      p("Kim ngạch xuất khẩu", "tỷ USD", 2.1),
      p("Khách du lịch", "lượt khách", 4600000),
    ],
  },
  {
    id: "q27",
    text: "Huyện Bãi Ngọc có 7/11 xã đạt chuẩn nông thôn mới nâng cao, chiếm 63,6%. Thu nhập bình quân đầu người khu vực nông thôn năm 2026 đạt 62,8 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 1,9%.",
    keys: [
      a("Xã đạt chuẩn nông thôn mới nâng cao", "xã", 7, { total: 11 }),
      a("Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao", "%", 63.6),
      a("Thu nhập bình quân đầu người khu vực nông thôn", "triệu đồng/người/năm", 62.8),
      a("Tỷ lệ hộ nghèo", "%", 1.9),
    ],
  },
  {
    id: "q28",
    text: "Năm 2026, toàn tỉnh giải quyết việc làm mới cho 24.360 lao động, đạt 104,1% kế hoạch, trong đó xuất khẩu lao động 2.180 người. Tỷ lệ lao động qua đào tạo đạt 71,4%.",
    keys: [
      a("Lao động được giải quyết việc làm mới", "lao động", 24360, { pctPlan: 104.1 }),
      a("Xuất khẩu lao động", "người", 2180),
      a("Tỷ lệ lao động qua đào tạo", "%", 71.4),
    ],
  },
  {
    id: "q29",
    text: "Giá xăng RON 95 tại các cửa hàng trong tỉnh từ 15 giờ chiều nay tăng 420 đồng/lít, lên 21.870 đồng/lít. Giá thịt lợn hơi tại các chợ đầu mối ổn định ở mức 62.000 đồng/kg. Sở Công Thương cho biết lượng hàng dự trữ phục vụ Tết đạt khoảng 1.450 tỷ đồng, tăng 12% so với Tết năm trước.",
    keys: [
      a("Giá xăng RON 95", "đồng/lít", 21870),
      a("Giá thịt lợn hơi", "đồng/kg", 62000),
      a("Hàng dự trữ phục vụ Tết", "tỷ đồng", 1450, { changePct: 12 }),
    ],
  },
  {
    id: "q30",
    text: "Mỹ Sơn đón 12 dự án đầu tư mới\nTrong 9 tháng, huyện Mỹ Sơn thu hút 12 dự án đầu tư trong nước với tổng vốn đăng ký 1.946 tỷ đồng. Trong đó, Dự án Cụm công nghiệp Mỹ Sơn 2 có quy mô 65 ha, vốn 420 tỷ đồng. Huyện phấn đấu đến cuối năm thu hút thêm ít nhất 5 dự án.",
    keys: [
      a("Dự án đầu tư trong nước", "dự án", 12),
      a("Tổng vốn đăng ký dự án đầu tư trong nước", "tỷ đồng", 1946),
      a("Quy mô Dự án Cụm công nghiệp Mỹ Sơn 2", "ha", 65),
      a("Vốn Dự án Cụm công nghiệp Mỹ Sơn 2", "tỷ đồng", 420),
      p("Dự án thu hút thêm", "dự án", 5),
    ],
  },
];

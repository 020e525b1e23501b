/**
 * tuneAU's own corpus of SOCIAL-SECTOR reports (education, health, population, social and health
 * insurance, labour and jobs, vocational training, poverty, social welfare, people with merit,
 * children, gender): provincial departments, district and commune committees, a hospital, a commune
 * health station, bullet lists, a label list, a speech, 2027 and 2030 targets. Fictional places and
 * figures, keyed by hand under the corpus conventions (tests/extract-corpus/README.md "Fields" and
 * "Matching", the notes of the held-out files) before any extractor was run on it. Split once by
 * parity: the odd paragraphs are tuned on, the even ones held out.
 */
import { type OwnParagraph, resultKey as a, targetKey as p } from "./corpus-match";

export const SOCIAL_PARAGRAPHS: OwnParagraph[] = [
  {
    id: "s01",
    text: "Năm học 2025 - 2026, tỉnh Hòa Sơn có 512 trường mầm non và phổ thông với 186.420 học sinh, tăng 2,3% so với năm học trước. Tỷ lệ huy động trẻ 3 - 5 tuổi đến trường mẫu giáo đạt 97,8%. Có 389/512 trường đạt chuẩn quốc gia, chiếm 76%. Tỷ lệ học sinh tốt nghiệp THPT đạt 99,12%.",
    keys: [
      a("Số trường mầm non và phổ thông", "trường", 512),
      a("Số học sinh", "học sinh", 186420, { changePct: 2.3 }),
      a("Tỷ lệ huy động trẻ 3 - 5 tuổi đến trường mẫu giáo", "%", 97.8),
      a("Trường đạt chuẩn quốc gia", "trường", 389, { total: 512 }),
      a("Tỷ lệ trường đạt chuẩn quốc gia", "%", 76),
      a("Tỷ lệ học sinh tốt nghiệp THPT", "%", 99.12),
    ],
  },
  {
    id: "s02",
    text: "Ngành y tế huyện Lạc Giang năm 2026 khám bệnh cho 312.450 lượt người, bằng 106,8% cùng kỳ; điều trị nội trú 18.760 lượt người bệnh. Công suất sử dụng giường bệnh của Trung tâm Y tế huyện đạt 112,4%. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 98,1%; tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi giảm còn 19,6%.",
    keys: [
      a("Khám bệnh", "lượt người", 312450, { pctPrior: 106.8 }),
      a("Điều trị nội trú", "lượt người bệnh", 18760),
      a("Công suất sử dụng giường bệnh của Trung tâm Y tế huyện", "%", 112.4),
      a("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", "%", 98.1),
      a("Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi", "%", 19.6),
    ],
  },
  {
    id: "s03",
    text: "Đến ngày 31/12/2026, toàn tỉnh có 1.184.300 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 93,7% dân số, vượt 0,7 điểm % so với chỉ tiêu. Số người tham gia bảo hiểm xã hội là 164.820 người, chiếm 31,4% lực lượng lao động trong độ tuổi; trong đó bảo hiểm xã hội tự nguyện 27.560 người, tăng 18,2% so với năm 2025. Tổng thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp ước đạt 5.420 tỷ đồng, đạt 101,3% kế hoạch.",
    keys: [
      a("Số người tham gia bảo hiểm y tế", "người", 1184300),
      a("Tỷ lệ bao phủ bảo hiểm y tế", "%", 93.7),
      a("Số người tham gia bảo hiểm xã hội", "người", 164820),
      a("Tỷ lệ tham gia bảo hiểm xã hội so với lực lượng lao động trong độ tuổi", "%", 31.4),
      a("Bảo hiểm xã hội tự nguyện", "người", 27560, { changePct: 18.2 }),
      a("Tổng thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp", "tỷ đồng", 5420, {
        estimate: true,
        pctPlan: 101.3,
      }),
    ],
  },
  {
    id: "s04",
    text: "Mục tiêu đến năm 2030: tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 40%; mỗi năm giải quyết việc làm cho 24.000 lao động trở lên; tỷ lệ thất nghiệp khu vực thành thị dưới 3%; đưa 2.500 lao động đi làm việc ở nước ngoài theo hợp đồng mỗi năm.",
    keys: [
      p("Tỷ lệ lao động qua đào tạo", "%", 75),
      p("Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", 40),
      p("Giải quyết việc làm", "lao động", 24000),
      p("Tỷ lệ thất nghiệp khu vực thành thị", "%", 3),
      p("Đưa lao động đi làm việc ở nước ngoài theo hợp đồng", "lao động", 2500),
    ],
  },
  {
    id: "s05",
    text: "Theo kết quả rà soát cuối năm 2026, huyện Mường Khoa còn 2.146 hộ nghèo theo chuẩn nghèo đa chiều, chiếm 9,82% tổng số hộ, giảm 3,15 điểm % so với đầu năm; số hộ cận nghèo là 1.873 hộ, chiếm 8,57%. Năm 2026 có 812 hộ thoát nghèo, vượt 12,8% kế hoạch.",
    keys: [
      a("Số hộ nghèo theo chuẩn nghèo đa chiều", "hộ", 2146),
      a("Tỷ lệ hộ nghèo", "%", 9.82),
      a("Số hộ cận nghèo", "hộ", 1873),
      a("Tỷ lệ hộ cận nghèo", "%", 8.57),
      a("Hộ thoát nghèo", "hộ", 812, { pctPlan: 112.8 }),
    ],
  },
  {
    id: "s06",
    text: "Trong năm, Phòng Lao động - Thương binh và Xã hội thị xã Bình Lộc đã chi trả trợ cấp xã hội hằng tháng cho 4.318 đối tượng bảo trợ xã hội với tổng kinh phí 31,6 tỷ đồng; tặng 6.250 suất quà cho người có công và thân nhân nhân dịp Tết, trị giá 2,8 tỷ đồng. Hỗ trợ xây mới 46 căn nhà cho hộ nghèo, mức hỗ trợ 50 triệu đồng/căn.",
    keys: [
      a("Chi trả trợ cấp xã hội hằng tháng", "đối tượng", 4318),
      a("Kinh phí chi trả trợ cấp xã hội hằng tháng", "tỷ đồng", 31.6),
      a("Quà tặng người có công và thân nhân", "suất", 6250),
      a("Trị giá quà tặng người có công và thân nhân", "tỷ đồng", 2.8),
      a("Hỗ trợ xây mới nhà cho hộ nghèo", "căn", 46),
      a("Mức hỗ trợ xây mới nhà cho hộ nghèo", "triệu đồng/căn", 50),
    ],
  },
  {
    id: "s07",
    text: "Kết quả thực hiện các chỉ tiêu xã hội năm 2026 của xã Phú Mỹ Thượng:\n+ Tỷ lệ người dân tham gia bảo hiểm y tế: 95,2%, đạt 100,2% kế hoạch;\n+ Số lao động được tạo việc làm mới: 186 người;\n+ Tỷ lệ hộ nghèo giảm còn 2,4%;\n+ Trạm y tế xã duy trì đạt Bộ tiêu chí quốc gia về y tế.",
    keys: [
      a("Tỷ lệ người dân tham gia bảo hiểm y tế", "%", 95.2, { pctPlan: 100.2 }),
      a("Số lao động được tạo việc làm mới", "người", 186),
      a("Tỷ lệ hộ nghèo", "%", 2.4),
    ],
  },
  {
    id: "s08",
    text: "Năm 2026, các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh tuyển sinh đào tạo được 38.640 người, đạt 103,5% kế hoạch, trong đó trình độ cao đẳng 4.120 người, trung cấp 7.380 người, sơ cấp và đào tạo dưới 3 tháng 27.140 người. Tỷ lệ học sinh, sinh viên có việc làm sau tốt nghiệp đạt 86,4%.",
    keys: [
      a("Tuyển sinh đào tạo", "người", 38640, { pctPlan: 103.5 }),
      a("Tuyển sinh trình độ cao đẳng", "người", 4120),
      a("Tuyển sinh trình độ trung cấp", "người", 7380),
      a("Tuyển sinh sơ cấp và đào tạo dưới 3 tháng", "người", 27140),
      a("Tỷ lệ học sinh, sinh viên có việc làm sau tốt nghiệp", "%", 86.4),
    ],
  },
  {
    id: "s09",
    text: "Dân số trung bình của tỉnh năm 2026 ước đạt 1.286.400 người, tăng 1,04% so với năm 2025; tỷ số giới tính khi sinh là 111,2 bé trai/100 bé gái; tổng tỷ suất sinh 2,08 con/phụ nữ; tuổi thọ trung bình đạt 74,3 tuổi.",
    keys: [
      a("Dân số trung bình", "người", 1286400, { estimate: true, changePct: 1.04 }),
      a("Tỷ số giới tính khi sinh", "bé trai/100 bé gái", 111.2),
      a("Tổng tỷ suất sinh", "con/phụ nữ", 2.08),
      a("Tuổi thọ trung bình", "tuổi", 74.3),
    ],
  },
  {
    id: "s10",
    text: "Bệnh viện Đa khoa tỉnh Hòa Sơn năm 2026 đã khám cho 286.300 lượt người bệnh, tăng 5,6% so với năm trước; thực hiện 9.845 ca phẫu thuật, trong đó 1.240 ca phẫu thuật nội soi. Tổng thu sự nghiệp đạt 412,7 tỷ đồng, bằng 108,3% năm 2025.",
    keys: [
      a("Khám bệnh", "lượt người bệnh", 286300, { changePct: 5.6 }),
      a("Ca phẫu thuật", "ca", 9845),
      a("Ca phẫu thuật nội soi", "ca", 1240),
      a("Tổng thu sự nghiệp", "tỷ đồng", 412.7, { pctPrior: 108.3 }),
    ],
  },
  {
    id: "s11",
    text: "Công tác bảo vệ, chăm sóc trẻ em được quan tâm: toàn huyện có 18/21 xã, thị trấn đạt tiêu chuẩn xã, phường phù hợp với trẻ em; 2.340 trẻ em có hoàn cảnh đặc biệt được hỗ trợ với kinh phí 1,17 tỷ đồng; cấp 9.860 thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.",
    keys: [
      a("Xã, thị trấn đạt tiêu chuẩn xã, phường phù hợp với trẻ em", "xã", 18, { total: 21 }),
      a("Trẻ em có hoàn cảnh đặc biệt được hỗ trợ", "trẻ em", 2340),
      a("Kinh phí hỗ trợ trẻ em có hoàn cảnh đặc biệt", "tỷ đồng", 1.17),
      a("Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", "thẻ", 9860),
    ],
  },
  {
    id: "s12",
    text: "Năm học 2026 - 2027, ngành giáo dục huyện phấn đấu: tỷ lệ huy động trẻ em nhà trẻ ra lớp đạt 35% trở lên; 100% trường tiểu học dạy học 2 buổi/ngày; công nhận mới 6 trường đạt chuẩn quốc gia; tỷ lệ học sinh THCS được xét công nhận tốt nghiệp đạt 99%.",
    keys: [
      p("Tỷ lệ huy động trẻ em nhà trẻ ra lớp", "%", 35),
      p("Trường tiểu học dạy học 2 buổi/ngày", "%", 100),
      p("Công nhận mới trường đạt chuẩn quốc gia", "trường", 6),
      p("Tỷ lệ học sinh THCS được xét công nhận tốt nghiệp", "%", 99),
    ],
  },
  {
    id: "s13",
    text: "Năm 2026, toàn tỉnh ghi nhận 1.126 ca mắc sốt xuất huyết, giảm 38,4% so với cùng kỳ, không có trường hợp tử vong; phát hiện mới 64 người nhiễm HIV; 2.318 người nhiễm HIV đang được điều trị ARV, đạt 91,6% số người nhiễm đang quản lý. Điều trị khỏi 742 bệnh nhân lao.",
    keys: [
      a("Ca mắc sốt xuất huyết", "ca", 1126, { changePct: -38.4 }),
      a("Phát hiện mới người nhiễm HIV", "người", 64),
      a("Người nhiễm HIV đang được điều trị ARV", "người", 2318),
      a("Tỷ lệ người nhiễm HIV được điều trị ARV", "%", 91.6),
      a("Điều trị khỏi bệnh nhân lao", "bệnh nhân", 742),
    ],
  },
  {
    id: "s14",
    text: "Trong 9 tháng đầu năm 2026, toàn tỉnh đã giải quyết việc làm cho 19.460 lao động, đạt 81,1% kế hoạch năm, bằng 104,7% cùng kỳ; trong đó đưa 1.935 lao động đi làm việc ở nước ngoài (Nhật Bản 1.120 người, Hàn Quốc 486 người, Đài Loan 329 người).",
    keys: [
      a("Giải quyết việc làm", "lao động", 19460, { pctPlan: 81.1, pctPrior: 104.7 }),
      a("Đưa lao động đi làm việc ở nước ngoài", "lao động", 1935),
      a("Lao động đi làm việc tại Nhật Bản", "người", 1120),
      a("Lao động đi làm việc tại Hàn Quốc", "người", 486),
      a("Lao động đi làm việc tại Đài Loan", "người", 329),
    ],
  },
  {
    id: "s15",
    text: "Trung tâm Dịch vụ việc làm tỉnh đã tiếp nhận 12.480 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 9,3% so với năm 2025; ra quyết định cho 12.106 người hưởng với số tiền 286,4 tỷ đồng. Tổ chức 24 phiên giao dịch việc làm, thu hút 3.650 lượt người tham gia.",
    keys: [
      a("Hồ sơ đề nghị hưởng trợ cấp thất nghiệp", "hồ sơ", 12480, { changePct: 9.3 }),
      a("Người hưởng trợ cấp thất nghiệp", "người", 12106),
      a("Số tiền trợ cấp thất nghiệp", "tỷ đồng", 286.4),
      a("Phiên giao dịch việc làm", "phiên", 24),
      a("Lượt người tham gia phiên giao dịch việc làm", "lượt người", 3650),
    ],
  },
  {
    id: "s16",
    text: "Nhân dịp kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ, huyện Đồng Xuyên đã tặng 3.214 suất quà với tổng trị giá 1,93 tỷ đồng; sửa chữa 28 nhà ở cho người có công; hiện toàn huyện có 1.462 người có công đang hưởng trợ cấp ưu đãi hằng tháng, 100% gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú.",
    keys: [
      a("Quà tặng", "suất", 3214),
      a("Tổng trị giá quà tặng", "tỷ đồng", 1.93),
      a("Sửa chữa nhà ở cho người có công", "nhà", 28),
      a("Người có công đang hưởng trợ cấp ưu đãi hằng tháng", "người", 1462),
      a("Gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình", "%", 100),
    ],
  },
  {
    id: "s17",
    text: "Trạm Y tế xã Tân Hòa Bắc năm 2026 đã khám, chữa bệnh cho 6.842 lượt người, trong đó khám bảo hiểm y tế 5.910 lượt; quản lý 412 người mắc tăng huyết áp và 186 người mắc đái tháo đường; tiêm chủng mở rộng cho 248 trẻ dưới 1 tuổi, đạt 99,2%.",
    keys: [
      a("Khám, chữa bệnh", "lượt người", 6842),
      a("Khám bảo hiểm y tế", "lượt", 5910),
      a("Quản lý người mắc tăng huyết áp", "người", 412),
      a("Quản lý người mắc đái tháo đường", "người", 186),
      a("Tiêm chủng mở rộng cho trẻ dưới 1 tuổi", "trẻ", 248),
      a("Tỷ lệ tiêm chủng mở rộng cho trẻ dưới 1 tuổi", "%", 99.2),
    ],
  },
  {
    id: "s18",
    text: "Các chỉ tiêu chủ yếu năm 2027:\n- Tỷ lệ hộ nghèo giảm 1,5 điểm % trở lên;\n- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94%;\n- Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội đạt 33%;\n- Giải quyết việc làm mới cho 3.200 lao động.",
    keys: [
      p("Mức giảm tỷ lệ hộ nghèo", "điểm %", 1.5),
      p("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 94),
      p("Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội", "%", 33),
      p("Giải quyết việc làm mới", "lao động", 3200),
    ],
  },
  {
    id: "s19",
    text: "Tổng chi ngân sách cho giáo dục và đào tạo năm 2026 là 2.184 tỷ đồng, chiếm 36,2% tổng chi thường xuyên. Trong năm đã đầu tư xây dựng 146 phòng học, 38 phòng bộ môn và 12 nhà đa năng; tỷ lệ phòng học kiên cố đạt 91,4%, tăng 2,1 điểm % so với năm 2025.",
    keys: [
      a("Tổng chi ngân sách cho giáo dục và đào tạo", "tỷ đồng", 2184),
      a("Tỷ lệ chi cho giáo dục và đào tạo trong tổng chi thường xuyên", "%", 36.2),
      a("Xây dựng phòng học", "phòng học", 146),
      a("Xây dựng phòng bộ môn", "phòng bộ môn", 38),
      a("Xây dựng nhà đa năng", "nhà", 12),
      a("Tỷ lệ phòng học kiên cố", "%", 91.4),
    ],
  },
  {
    id: "s20",
    text: "Tại kỳ thi chọn học sinh giỏi quốc gia năm 2026, đội tuyển của tỉnh đạt 42 giải, gồm 3 giải nhì, 14 giải ba và 25 giải khuyến khích; điểm trung bình thi tốt nghiệp THPT đạt 6,84 điểm, xếp thứ 21/63 cả nước.",
    keys: [
      a("Giải học sinh giỏi quốc gia", "giải", 42),
      a("Giải nhì", "giải", 3),
      a("Giải ba", "giải", 14),
      a("Giải khuyến khích", "giải", 25),
      a("Điểm trung bình thi tốt nghiệp THPT", "điểm", 6.84),
    ],
  },
  {
    id: "s21",
    text: "Năm 2026, các đoàn liên ngành đã kiểm tra 3.486 cơ sở sản xuất, kinh doanh thực phẩm, phát hiện 214 cơ sở vi phạm, xử phạt 168 cơ sở với số tiền 742 triệu đồng. Toàn tỉnh xảy ra 2 vụ ngộ độc thực phẩm với 37 người mắc, không có người tử vong.",
    keys: [
      a("Kiểm tra cơ sở sản xuất, kinh doanh thực phẩm", "cơ sở", 3486),
      a("Cơ sở vi phạm", "cơ sở", 214),
      a("Xử phạt cơ sở", "cơ sở", 168),
      a("Số tiền xử phạt", "triệu đồng", 742),
      a("Vụ ngộ độc thực phẩm", "vụ", 2),
      a("Người mắc ngộ độc thực phẩm", "người", 37),
    ],
  },
  {
    id: "s22",
    text: "Đến 31/12/2026, tổng dư nợ cho vay các chương trình tín dụng chính sách của Ngân hàng Chính sách xã hội tỉnh đạt 6.412 tỷ đồng, tăng 9,8% so với đầu năm, với 118.640 khách hàng còn dư nợ; doanh số cho vay trong năm đạt 1.986 tỷ đồng, giúp 3.240 lao động có việc làm. Tỷ lệ nợ quá hạn chiếm 0,18% tổng dư nợ.",
    keys: [
      a("Tổng dư nợ cho vay các chương trình tín dụng chính sách", "tỷ đồng", 6412, { changePct: 9.8 }),
      a("Khách hàng còn dư nợ", "khách hàng", 118640),
      a("Doanh số cho vay", "tỷ đồng", 1986),
      a("Lao động có việc làm", "lao động", 3240),
      a("Tỷ lệ nợ quá hạn", "%", 0.18),
    ],
  },
  {
    id: "s23",
    text: "Toàn huyện hiện có 3.126 người khuyết tật, trong đó 1.048 người khuyết tật đặc biệt nặng; 5.862 người cao tuổi đang hưởng trợ cấp xã hội hằng tháng. Năm 2026, huyện đã tổ chức chúc thọ, mừng thọ cho 1.430 người cao tuổi với kinh phí 715 triệu đồng.",
    keys: [
      a("Người khuyết tật", "người", 3126),
      a("Người khuyết tật đặc biệt nặng", "người", 1048),
      a("Người cao tuổi đang hưởng trợ cấp xã hội hằng tháng", "người", 5862),
      a("Chúc thọ, mừng thọ người cao tuổi", "người", 1430),
      a("Kinh phí chúc thọ, mừng thọ", "triệu đồng", 715),
    ],
  },
  {
    id: "s24",
    text: "Tỷ lệ nữ tham gia cấp ủy cấp huyện nhiệm kỳ 2025 - 2030 đạt 21,6%; tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh đạt 32,7%. Trong năm, Hội Liên hiệp Phụ nữ tỉnh phối hợp mở 46 lớp dạy nghề cho 1.380 phụ nữ nông thôn, hỗ trợ 214 phụ nữ khởi nghiệp.",
    keys: [
      a("Tỷ lệ nữ tham gia cấp ủy cấp huyện", "%", 21.6),
      a("Tỷ lệ nữ đại biểu Hội đồng nhân dân tỉnh", "%", 32.7),
      a("Lớp dạy nghề cho phụ nữ nông thôn", "lớp", 46),
      a("Phụ nữ nông thôn học nghề", "phụ nữ", 1380),
      a("Hỗ trợ phụ nữ khởi nghiệp", "phụ nữ", 214),
    ],
  },
  {
    id: "s25",
    text: "Kết quả thực hiện một số chỉ tiêu y tế năm 2026:\n- Số bác sĩ/vạn dân: 10,8 (KH 10,5)\n- Số giường bệnh/vạn dân: 30,2\n- Tỷ lệ trạm y tế xã có bác sĩ làm việc: 94,5%\n- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân: 10,4%.",
    keys: [
      a("Số bác sĩ/vạn dân", "bác sĩ/vạn dân", 10.8),
      a("Số giường bệnh/vạn dân", "giường bệnh/vạn dân", 30.2),
      a("Tỷ lệ trạm y tế xã có bác sĩ làm việc", "%", 94.5),
      a("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", "%", 10.4),
    ],
  },
  {
    id: "s26",
    text: 'Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Nguyễn Văn Đạt nhấn mạnh: "Năm 2026 toàn tỉnh đã xóa được 1.248 căn nhà tạm, nhà dột nát; năm 2027 chúng ta phải phấn đấu đưa tỷ lệ hộ nghèo xuống dưới 4% và hoàn thành xóa toàn bộ 612 căn nhà tạm còn lại".',
    keys: [
      a("Xóa nhà tạm, nhà dột nát", "căn", 1248),
      p("Tỷ lệ hộ nghèo", "%", 4),
      p("Xóa nhà tạm còn lại", "căn", 612),
    ],
  },
  {
    id: "s27",
    text: "Năm học 2026 - 2027, toàn huyện Lạc Giang tuyển mới 2.914 học sinh lớp 1, 2.706 học sinh lớp 6 và 1.985 học sinh lớp 10; số học sinh vào lớp 10 chiếm 73,4% số học sinh tốt nghiệp THCS. Còn thiếu 186 giáo viên so với định mức, chủ yếu ở bậc mầm non.",
    keys: [
      a("Tuyển mới học sinh lớp 1", "học sinh", 2914),
      a("Tuyển mới học sinh lớp 6", "học sinh", 2706),
      a("Tuyển mới học sinh lớp 10", "học sinh", 1985),
      a("Tỷ lệ học sinh vào lớp 10", "%", 73.4),
      a("Giáo viên còn thiếu so với định mức", "giáo viên", 186),
    ],
  },
  {
    id: "s28",
    text: "Phường Đông Hải báo cáo 6 tháng đầu năm 2026: giới thiệu việc làm cho 146 lao động; cấp 2.380 thẻ bảo hiểm y tế cho người thuộc hộ nghèo, cận nghèo và đối tượng bảo trợ; chi trả trợ cấp cho 312 đối tượng với số tiền 1.124 triệu đồng; vận động Quỹ Vì người nghèo được 186,5 triệu đồng, đạt 124,3% kế hoạch.",
    keys: [
      a("Giới thiệu việc làm", "lao động", 146),
      a("Cấp thẻ bảo hiểm y tế cho người thuộc hộ nghèo, cận nghèo và đối tượng bảo trợ", "thẻ", 2380),
      a("Chi trả trợ cấp", "đối tượng", 312),
      a("Số tiền chi trả trợ cấp", "triệu đồng", 1124),
      a("Vận động Quỹ Vì người nghèo", "triệu đồng", 186.5, { pctPlan: 124.3 }),
    ],
  },
  {
    id: "s29",
    text: "Số tiền chậm đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp đến cuối năm là 164,2 tỷ đồng, chiếm 2,9% số phải thu, giảm 0,8 điểm % so với năm 2025. Bảo hiểm xã hội tỉnh đã giải quyết cho 1.624 người hưởng lương hưu mới và 28.460 lượt người hưởng chế độ ốm đau, thai sản; chi các chế độ bảo hiểm xã hội 3.860 tỷ đồng.",
    keys: [
      a("Số tiền chậm đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp", "tỷ đồng", 164.2),
      a("Tỷ lệ chậm đóng trên số phải thu", "%", 2.9),
      a("Người hưởng lương hưu mới", "người", 1624),
      a("Người hưởng chế độ ốm đau, thai sản", "lượt người", 28460),
      a("Chi các chế độ bảo hiểm xã hội", "tỷ đồng", 3860),
    ],
  },
  {
    id: "s30",
    text: "Đến năm 2030, tỉnh phấn đấu đạt 13 bác sĩ và 35 giường bệnh trên một vạn dân; tỷ lệ dân số tham gia bảo hiểm y tế từ 95% trở lên, phấn đấu 97%; tuổi thọ trung bình đạt 75,5 tuổi; tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm xuống dưới 15%.",
    keys: [
      p("Số bác sĩ trên một vạn dân", "bác sĩ/vạn dân", 13),
      p("Số giường bệnh trên một vạn dân", "giường bệnh/vạn dân", 35),
      p("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, { stretch: 97 }),
      p("Tuổi thọ trung bình", "tuổi", 75.5),
      p("Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", "%", 15),
    ],
  },
];

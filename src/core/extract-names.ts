/**
 * The name of an indicator: read left of its figure (or right, for a measure), with filler words,
 * subjects and places trimmed, completed when it is only a generic word ("Vốn", "Diện tích").
 */
import { type Draft, lastOfSentence } from "./extract-drafts";
import { capitalize, decapitalize, dropPeriods, escapeRe, lower, stripEdges, words } from "./extract-text";
import { COUNT_UNITS, MEASURE_UNITS, MONEY } from "./extract-units";
import type { Clause } from "./extract-tense";
import { CLASSIFIERS } from "./extract-figures";

/** Words a name never starts with. */
export const LEAD_FILLERS = [
  "hằng năm",
  "hàng năm",
  // A leader quoted: "chúng ta phải phấn đấu có thêm …" (who speaks is no part of the name).
  "chúng ta phải",
  "chúng ta",
  "và",
  // "chủ yếu sang Nhật Bản (204 người)": how much of it, not what.
  "chủ yếu",
  "để",
  "nhằm",
  "với",
  "về",
  "làm",
  "phấn đấu",
  "đến cuối năm",
  // "Đến nay 19/21 xã …", "Hiện nay có …": when, not what.
  "đến nay",
  "hiện nay",
  "đến",
  "cuối năm",
  "được",
  "qua nghiệm thu",
  "đồng thời",
  "trong đó",
  // "27 huy chương, gồm 6 vàng, …": the word that opens a list of parts, not what a part is.
  "bao gồm",
  "gồm",
  "riêng",
  "ước",
  "các",
  "những",
  "đã",
  "còn",
  "kéo giảm",
  "giảm",
  "tăng",
  "thêm",
  "có",
  "trong năm",
  "năm nay",
  "toàn huyện",
  "toàn tỉnh",
  "toàn thành phố",
  "toàn xã",
  // "Cả nước cắt giảm 2.130 thủ tục": the scope of a national report, not what.
  "trên cả nước",
  "cả nước",
  "toàn quốc",
  // "Công tác thu hồi nợ đọng thuế đạt …": the work of, not what.
  "công tác",
  // "Trên địa bàn (tỉnh) xảy ra 6 vụ cháy": where, not what.
  "trên địa bàn tỉnh",
  "trên địa bàn huyện",
  "trên địa bàn thành phố",
  "trên địa bàn xã",
  "trên địa bàn",
];

/** Verbs that take the counted thing as object: "kết nạp 1.335 đảng viên" names "kết nạp đảng viên". */
export const COUNT_VERBS =
  "kết nạp|sửa chữa|xây dựng|xây mới|thu hút|thu hút thêm|đưa|tạo|giải quyết|hỗ trợ|đào tạo|tuyển|thành lập|công nhận|nghiệm thu|sử dụng|cấp|bàn giao|khởi công|hoàn thành|di dời|tiếp nhận|đầu tư|trồng mới|trồng|nâng cấp|cải tạo|phát hiện|bắt giữ|xử lý|kiểm tra|giám sát|chi trả|đón|chuyển đổi|tặng|trao|giải ngân|cho vay|điều tra|làm rõ|khám phá|triệt phá|tạm giữ|thu giữ|triển khai|thực hiện|phê duyệt|cấp phép|ban hành|khai trương|thẩm định|chấp thuận|thụ lý|xét xử|thu hồi|vận động|xác minh|rà soát|truy tố|khởi tố";
export const VERB_BEFORE_COUNT = new RegExp(`(${COUNT_VERBS})$`, "u");

/** A verb that starts what a count names, after its subject ("các cơ quan hành chính tiếp …"). */
export const SUBJECT_VERB = new RegExp(
  `^(?:${COUNT_VERBS}|tiếp|tạm giữ|thu giữ|bắt|triệt xóa|khám|phục vụ|tổ chức|sản xuất|đăng tải|phát sóng|xuất bản)$`,
  "u",
);

/**
 * "Đảng bộ huyện kết nạp", "các cơ quan hành chính tiếp", "lực lượng kiểm lâm trồng": who did it
 * leads the clause; the name starts at the verb. A name that is an indicator already ("Số hộ sử
 * dụng nước sạch") keeps its head.
 */
/**
 * Bodies that do what is counted, kept in its name after it ("… tại Bệnh viện …", "… của Lực lượng
 * quản lý thị trường"); a place that governs ("Huyện", "UBND tỉnh") or a generic force ("lực lượng
 * chức năng", "công an") is dropped as before.
 */
const INSTITUTION =
  /^(bệnh viện|trạm y tế|phòng khám|trung tâm|cổng thông tin|thư viện|bảo tàng|cảng|sân bay|bến xe|nhà ga|khu du lịch|khu di tích|lực lượng)(?!\p{L})(?!\s+(?:chức năng|công an))/u;

/** The body `dropSubject` took off the front of a name, when it is one to keep ("Bệnh viện …"). */
export function bodyDropped(before: string, after: string): string | null {
  // "Bệnh viện Đa khoa tỉnh dự kiến khám …": a hedge before the verb is no part of the body.
  const prefix = before
    .slice(0, before.length - after.length)
    .trim()
    .replace(/\s+(?:dự kiến|ước(?: tính)?|phấn đấu|sẽ|đã|tiếp tục)$/u, "");
  // "(Các) trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên": bodies of a kind, named in lower
  // case by the kind, may take more words than one body named by its own name (in capitals).
  const kind = !/\s\p{Lu}/u.test(prefix);
  const long = kind ? words(prefix).filter((w) => !/^[-–]$/u.test(w)).length > 11 : words(prefix).length > 8;
  if (after === before || prefix === "" || long) return null;
  // "Các trung tâm giáo dục nghề nghiệp tuyển sinh …": bodies of one kind, counted together.
  return INSTITUTION.test(lower(prefix).replace(/^(?:các|những|toàn bộ)\s+/u, "")) ? prefix : null;
}

export function dropSubject(name: string, unit: string): string {
  // Offsets by word; "phát hiện, bắt giữ": the comma is no part of the verb.
  const ws = words(name).map((w) => w.replace(/[,;:]+$/u, ""));
  const kept = words(name);
  if (/^(?:số|tổng|tỷ lệ)(?!\p{L})/u.test(lower(name))) return name;
  for (let i = 0; i < ws.length; i++) {
    const rest = lower(ws.slice(i).join(" "));
    const two = lower(ws.slice(i, i + 2).join(" "));
    if (!SUBJECT_VERB.test(two) && !SUBJECT_VERB.test(lower(ws[i] ?? ""))) continue;
    // "tổ chức đảng", "cấp xã", "trợ cấp": nouns, not verbs.
    if (/^(?:tổ chức\s+(?:đảng|cơ sở)|cấp\s+(?:xã|huyện|tỉnh|cơ sở|trên))/u.test(rest)) continue;
    if (i > 0 && SUBJECT_VERB.test(lower(`${ws[i - 1] ?? ""} ${ws[i] ?? ""}`))) continue;
    if (i > 0 && /^(?:trợ|phụ|thường)$/u.test(lower(ws[i - 1] ?? ""))) continue;
    // "Tòa án nhân dân hai cấp thụ lý": after a number word, a noun ("cấp" a level), not the verb.
    if (i > 0 && /^(?:hai|ba|bốn|các|mọi|những|\d+)$/u.test(lower(ws[i - 1] ?? ""))) continue;
    // "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận": a capital inside a name is a proper name.
    if (i > 0 && /^\p{Lu}/u.test(ws[i] ?? "")) continue;
    // A verb first ("phát hiện, bắt giữ", "hỗ trợ xây dựng") has no subject before it; the counted
    // thing before its verb ("doanh nghiệp thành lập mới … doanh nghiệp") is its object.
    const before = lower(ws.slice(0, i).join(" "));
    if (i < 2 || before.includes(lower(unit).split("/")[0] ?? unit)) return name;
    // "án hình sự thụ lý 1.131 vụ", "tội phạm về kinh tế phát hiện 148 vụ": the kind of case is what
    // the cases are, not who handled them.
    if (/^(?:án|vụ án|tội phạm)\s/u.test(before) && /^vụ/u.test(lower(unit))) return name;
    // "Ngành du lịch đón 4,26 triệu lượt khách": the sector says which visitors; it stays.
    if (/^ngành\s/u.test(before) && i <= 4) return name;
    return kept.slice(i).join(" ");
  }
  return name;
}

/** Words a name never ends with (verbs and hedges between the name and the figure). */
export const TAIL_FILLERS = [
  "duy trì ổn định ở mức",
  "duy trì ở mức",
  "ở mức",
  "duy trì",
  "theo dự toán",
  "theo kế hoạch",
  "hiện có",
  "ước cả năm đạt",
  "ước cả năm",
  // "thiệt hại tài sản ước tính 12,4 tỷ đồng": a hedge, not part of the name.
  "ước tính khoảng",
  "ước tính",
  "cả năm",
  "ước đạt",
  "chỉ đạt",
  "ước thực hiện",
  // "sản lượng dự kiến 2.900 tấn", "doanh thu dự kiến đạt …": a hedge of a target, not its name.
  "dự kiến đạt",
  "dự kiến",
  "ước tăng",
  "ước giảm",
  "ước",
  "xảy ra",
  "thực hiện",
  "đạt được",
  "đạt",
  "bằng",
  "là",
  "được",
  "có",
  "có thêm",
  "thêm",
  "chiếm",
  "còn",
  "kéo giảm",
  // "tỷ lệ trẻ suy dinh dưỡng giảm xuống 8%": the verb and its direction, before the verb alone.
  "giảm xuống",
  "tăng lên",
  "giảm",
  "tăng",
  // Before "dưới": the longer limit goes whole.
  "không dưới",
  "không thấp hơn",
  "không cao hơn",
  "không ít hơn",
  "khoảng",
  // "đàn lợn hiện đạt chừng 612,4 nghìn con": news write a hedge of speech too.
  "chừng",
  "gần",
  "hơn",
  "trên",
  "dưới",
  "xấp xỉ",
  "ít nhất",
  "tối thiểu",
  "tối đa",
  "không quá",
  "không vượt quá",
  "từ",
  "cho",
  "giao",
  "đã",
  "đến nay",
  "phấn đấu",
  "trong đó có",
  "trong đó",
  // "diện tích cây ăn quả toàn huyện đạt …", "tỷ lệ hộ nghèo của tỉnh": the scope, not the name.
  "của tỉnh",
  "của huyện",
  "của thành phố",
  "của thị xã",
  "của xã",
  "toàn huyện",
  "toàn tỉnh",
  "toàn thành phố",
  "toàn thị xã",
  "toàn xã",
  "của cả nước",
  "trên cả nước",
  "cả nước",
  "toàn quốc",
];

/** The name starts after the last of these ("… ổn định trở lại với tổng doanh thu …"). */
const CUT_WORDS = [
  " với ",
  " là ",
  " có ",
  " đã ",
  "đến nay",
  "trong đó",
  ": ",
  "tới thời điểm",
  "đặt mục tiêu ",
  "ra mục tiêu ",
  // "Chi cục Thuế khu vực 2 (…) cho biết tổng nợ thuế là …": who reports the figure is not what it counts.
  " cho biết ",
  " cho hay ",
];

// ---------------------------------------------------------------------------------------------
// Names

/** How far before a figure its name may start (characters). */
export const NAME_REACH = 600;

/**
 * Words between a label's colon and its figure that say how much, not what ("tối thiểu", "ổn định"),
 * or that it is an estimate ("Chi NSĐP: ước 3.120,5 tỷ đồng", "Thu nội địa: ước tính …").
 */
const HOW_MUCH =
  /^\s*(?:(?:ước tính|ước thực hiện|ước|phấn đấu|duy trì|giữ vững|giữ|ổn định|đạt|là|ở mức|mức|còn|giảm còn|tăng lên|lên|trên|dưới|khoảng|chừng|xấp xỉ|ít nhất|tối thiểu|tối đa|không dưới|không quá|không vượt quá|không thấp hơn|từ)(?!\p{L})\s*)+$/u;
const onlyHowMuch = (s: string): boolean => /\p{L}/u.test(s) && HOW_MUCH.test(lower(s));

/** A year, with the stage it is of before it ("kế hoạch năm 2027", "thực hiện 2026") and a verb after. */
const PERIOD = String.raw`\s*(?:(?:ước\s+)?(?:thực hiện|kế hoạch|dự toán|mục tiêu|chỉ tiêu)\s+)?(?:(?:năm|quý|tháng)\s+)?(?:19|20)\d\d\s*(?:(?:ước đạt|đạt|là|ước)\s*)?`;
const PERIOD_ONLY = new RegExp(`^${PERIOD}$`, "u");
const PERIOD_FIGURE = new RegExp(`^${PERIOD}\\d+(?:[.,]\\d+)*\\s*[\\p{L}/ ]{0,24}$`, "u");

/**
 * "Sản lượng lương thực: TH 2026 53.410 tấn, KH 2027 55.000 tấn": after a label's colon only years
 * with their stage and figures: the label names each figure, the year says when.
 */
const onlyPeriods = (s: string): boolean => {
  const pieces = lower(s).split(/(?<!\d),|,(?!\d)/u);
  const last = pieces.pop() ?? "";
  return PERIOD_ONLY.test(last) && pieces.every((p) => PERIOD_FIGURE.test(p));
};

/** The phrase before a figure that names it, from `from` (a boundary) to the figure. */
/**
 * "tính đến ngày 30/9/2025", "đến cuối năm 2025", "đến nay" inside a name: when, not what. The lead
 * is lazy so that "Tính" goes with the date it opens ("Tính đến ngày 31/01/2027, giải ngân …").
 */
const AS_OF =
  /(^|[\s\S]{0,20}?)(?<!\p{L})(?:tính\s+)?(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?(?:ngày\s+\d{1,2}\/\d{1,2}(?:\/\d{4})?|tháng\s+\d{1,2}(?:\/\d{4})?|năm\s+(?:19|20)\d\d|năm(?!\p{L})|nay)(?!\p{L}|\d)/giu;

export function leftName(text: string, from: number, to: number): { name: string; start: number } {
  // A name is never 600 characters long; the cap keeps a long clause without figures linear.
  // "Mục tiêu năm 2026: tỷ lệ chất thải rắn … được thu gom, xử lý đạt": a topic before a colon is a
  // clause of its own.
  // "Dân số xã Tân Mỹ Hạ đến ngày 30/9/2025 là 12.709 người": when it was counted is no part of the
  // name (blanked, so offsets stay); "giai đoạn đến năm 2030" names a standard and stays, "Lũy kế
  // đến ngày …" is a lead of its own (withoutTimeLead).
  const reach = text
    .slice(Math.max(from, to - NAME_REACH), to)
    .replace(AS_OF, (m, lead: string) =>
      /(?:giai đoạn|lũy kế(?:\s+từ đầu năm)?)\s*$/iu.test(lead)
        ? m
        : lead + " ".repeat(m.length - lead.length),
    );
  let colon = reach.lastIndexOf(":");
  // "Tỷ lệ hồ sơ giải quyết đúng hạn: tối thiểu 85%", "Tỷ lệ che phủ rừng: ổn định 52,5%": a label
  // before the colon and only a limit or a verb of keeping after it: the label names the figure.
  let read = reach;
  if (colon >= 0 && (onlyHowMuch(reach.slice(colon + 1)) || onlyPeriods(reach.slice(colon + 1)))) {
    read = reach.slice(0, colon).padEnd(reach.length, " ");
    colon = read.lastIndexOf(":");
  }
  // "KH 2027: 3,8 triệu lượt khách": a label that only says the stage and the year names nothing; the
  // figure is named as one with no label (by what it counts).
  const label = colon >= 0 ? read.slice(0, colon) : "";
  const stageOnly =
    colon >= 0 &&
    PERIOD_ONLY.test(lower(label.slice(Math.max(label.lastIndexOf("\n"), label.lastIndexOf(". ")) + 1)));
  const window =
    colon >= 0 && (stageOnly || /\p{L}/u.test(read.slice(colon + 1))) ? read.slice(colon + 1) : read;
  from = to - window.length;
  // "0,85": a decimal comma is no break between pieces.
  const pieces = window.split(/(?<!\d),|,(?!\d)/u);
  let i = pieces.length - 1;
  let name = pieces[i] ?? "";
  // "tổng doanh thu hàng hóa, dịch vụ năm 2020 ước đạt": a comma inside the name.
  const short = (s: string): boolean =>
    words(stripEdges(dropPeriods(s), LEAD_FILLERS, TAIL_FILLERS)).length <= 2;
  const leadsWithVerb = (s: string): boolean => /^\s*(ước|đạt|tăng|giảm|bằng|còn)\b/u.test(lower(s));
  // "giá trị sản xuất nông, lâm, thủy sản": as many short pieces as the list has (a few at most).
  if (i > 0 && stripEdges(dropPeriods(name), LEAD_FILLERS, TAIL_FILLERS) !== "") {
    // "Tổ chức 126 buổi biểu diễn …, thu hút": a piece with a figure of its own is another clause.
    for (
      let first = name;
      i > 0 &&
      i > pieces.length - 5 &&
      short(first) &&
      !leadsWithVerb(first) &&
      !/\d/u.test(pieces[i - 1] ?? "");
    ) {
      i--;
      first = pieces[i] ?? "";
      name = `${first},${name}`;
    }
    // "- Thu từ khu vực công thương nghiệp, ngoài quốc doanh: 3.152 tỷ đồng": a bullet's label before
    // the colon its figure follows is the name, commas and all.
    const label = /(?:^|\n)[ \t]*[-+•*][ \t]*(\p{L}[^\n\d:;()]{2,120}?)[ \t]*:[ \t]*$/u.exec(window);
    if (label?.[1] !== undefined && words(label[1]).length <= 14 && label[1].includes(",")) {
      name = window.slice(label.index + label[0].indexOf(label[1]));
      i = 0;
    }
    // "nông, lâm nghiệp và thủy sản chiếm 20,3%": a single lower-case word before the comma is the
    // first of a list whose head the last piece carries.
    const one = (pieces[i - 1] ?? "").trim();
    if (
      i > 0 &&
      /^\p{Ll}+$/u.test(one) &&
      !CLAUSE_WORDS.test(one) &&
      !LEAD_FILLERS.includes(one) &&
      !leadsWithVerb(name)
    ) {
      i--;
      name = `${pieces[i] ?? ""},${name}`;
    }
    // "khu vực nông, lâm nghiệp và thủy sản tăng 3,1%", "ngành nông, lâm, ngư nghiệp": a sector's
    // first syllable, whose "nghiệp" the next piece carries, ends a short piece that heads the name.
    const elided = (pieces[i - 1] ?? "").trim();
    if (
      i > 0 &&
      /(?:^|\s)(?:nông|lâm|ngư|công)$/u.test(lower(elided)) &&
      words(elided).length <= 4 &&
      !/\d/u.test(elided) &&
      !CLAUSE_WORDS.test(lower(elided)) &&
      /^\s*(?:lâm|ngư|nông|công|thủy sản|thương)(?!\p{L})/u.test(lower(name)) &&
      !leadsWithVerb(name)
    ) {
      i--;
      name = `${pieces[i] ?? ""},${name}`;
    }
    // "tỷ lệ điều tra, khám phá án hình sự đạt …", "tỷ lệ nước thải đô thị được thu gom, xử lý đạt
    // …": a name that leads its clause with a head word, cut by a comma of a list of verbs.
    const head = pieces[0] ?? "";
    // "tỷ lệ xã, phường, thị trấn đạt chuẩn …": short pieces between the head and the rest.
    const between = pieces.slice(1, i);
    if (
      i >= 1 &&
      i <= 4 &&
      between.every((p) => !/\d/u.test(p) && words(p).length <= 3) &&
      !/\d/u.test(head) &&
      NAME_HEAD.test(lower(stripEdges(head, LEAD_FILLERS, []))) &&
      !CLAUSE_WORDS.test(lower(stripEdges(name, [], [])))
    ) {
      name = [head, ...between, ""].join(",") + name;
      i = 0;
    }
    // "bảo đảm năm 2027 chỉ số hài lòng của người dân, tổ chức đối với … đạt trên 88%": a rate or
    // index named inside the piece before, whose list of who it is of the comma cut.
    const before = pieces[i - 1] ?? "";
    const inner = /(?<=\s)(?:tỷ lệ|chỉ số|tỷ trọng)\s/u.exec(lower(before));
    if (
      i >= 1 &&
      inner !== null &&
      !/\d/u.test(before.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, "")) &&
      words(before.slice(inner.index)).length <= 8 &&
      words(name).length <= 20 &&
      !CLAUSE_WORDS.test(lower(stripEdges(name, [], []))) &&
      !leadsWithVerb(name)
    ) {
      i--;
      name = `${before.slice(inner.index)},${name}`;
    }
  }
  let offset = from + window.length - name.length;
  const l = lower(name);
  let cut = -1;
  let cutLen = 0;
  for (const w of CUT_WORDS) {
    const at = l.lastIndexOf(w);
    // A cut word right at the end is a filler the tail strip takes care of.
    if (at < 0 || at + w.length >= l.trimEnd().length || at <= cut) continue;
    // "chỉ số hài lòng … đối với sự phục vụ": a preposition inside the name.
    if (w === " với " && /(?:đối|so)$/u.test(l.slice(Math.max(0, at - 4), at))) continue;
    // "tỷ lệ người dân hài lòng với dịch vụ y tế công": a rate's name goes on through "với".
    if (w === " với " && (/hài lòng$/u.test(l.slice(0, at)) || /^\s*(?:tỷ lệ|chỉ số|mức độ)\s/u.test(l)))
      continue;
    // "sản lượng lương thực có hạt", "tỷ lệ người dân có điện thoại": only "huyện X có" is where.
    if (w === " có " && !isPlace(name.slice(0, at))) continue;
    // "Cây ngô vụ Đông đã gieo trồng 815 ha": a crop or an area is what was sown, not who sowed it.
    if (
      w === " đã " &&
      /^\s*(?:tổng\s+)?(?:diện tích|cây)\s\p{L}/u.test(l.slice(cut < 0 ? 0 : cut + cutLen, at))
    )
      continue;
    cut = at;
    cutLen = w.length;
  }
  if (cut >= 0) {
    offset += cut + cutLen;
    name = name.slice(cut + cutLen);
  }
  // "toàn huyện Mỹ Phước xuống giống": the place that leads the clause is not part of the name.
  const place = PLACE_LEAD.exec(name);
  if (place !== null && place[0].length < name.trimEnd().length) {
    offset += place[0].length;
    name = name.slice(place[0].length);
  }
  // "nông dân huyện Phú Lâm gieo sạ …": who and where lead the clause, the verb phrase names it.
  const subject = SUBJECT_PLACE.exec(name);
  if (
    subject !== null &&
    words(stripEdges(name.slice(subject[0].length), LEAD_FILLERS, TAIL_FILLERS)).length >= 2
  ) {
    offset += subject[0].length;
    name = name.slice(subject[0].length);
  }
  // "mạng lưới xe buýt thành phố Hòa An được mở rộng lên 12 tuyến": a passive verb raising the
  // subject to its figure, then the place the subject belongs to, are no part of the name.
  const raised = RAISED_TAIL.exec(name);
  if (raised !== null) name = name.slice(0, raised.index).replace(PLACE_END_NAMED, "");
  // "tổng lượt khách đến huyện đảo Long Châu": where the figure was counted is not its name.
  name = name.replace(PLACE_INSIDE, " ");
  let cleaned = stripEdges(dropPeriods(name), LEAD_FILLERS, TAIL_FILLERS);
  // "Huyện có 245 km đê bao": where, then "có"; the words after the figure name it.
  const co = /(?<!\p{L})(?:hiện\s+)?có\s*$/u.exec(lower(name));
  if (co !== null && isPlace(name.slice(0, co.index))) cleaned = "";
  // "Ngành giáo dục tỉnh quản lý 587 trường học", "Liên đoàn Lao động huyện quản lý 142 công đoàn cơ
  // sở": a body's stock, held as "có" would say it; the words after the figure name it.
  const held = /(?<!\p{L})(?:hiện\s+|đang\s+|trực tiếp\s+)?quản lý\s*$/u.exec(lower(name));
  if (held !== null && HOLDER.test(lower(name.slice(0, held.index)).trim())) cleaned = "";
  // "Tỷ lệ hộ nghèo giảm 0,85 điểm phần trăm, còn 2,14%": the name before the change in points.
  if (
    cleaned === "" &&
    pieces.length >= 2 &&
    /^\s*(?:còn|xuống còn|lên|đạt|ở mức)?\s*$/u.test(lower(pieces[pieces.length - 1] ?? ""))
  ) {
    const before = pieces[pieces.length - 2] ?? "";
    const change = /\s(?:tăng|giảm)\s+[\d.,]+\s*(?:điểm(?:\s*(?:%|phần trăm))?|%)?\s*$/u.exec(lower(before));
    if (change !== null) {
      const named = stripEdges(dropPeriods(before.slice(0, change.index)), LEAD_FILLERS, TAIL_FILLERS);
      if (!/\d/u.test(named)) {
        cleaned = named;
        offset = from;
      }
    }
  }
  const at = cleaned === "" ? -1 : text.indexOf(cleaned.split(" ")[0] ?? "", offset);
  return { name: cleaned, start: at >= 0 && at < to ? at : to };
}

/** Measures of two words that head an indicator's name ("sản lượng lúa", "tỷ lệ hộ nghèo"). */
export const MEASURE_WORDS: readonly string[] = [
  "tỷ lệ",
  "tỷ trọng",
  "chỉ số",
  "giá trị",
  "sản lượng",
  "diện tích",
  "năng suất",
  "thu nhập",
  "kim ngạch",
];

/** Words that start the name of an indicator. */
export const NAME_HEAD = new RegExp(`^(?:số|tổng|${MEASURE_WORDS.join("|")})(?!\\p{L})`, "u");

/**
 * A body that holds a stock ("ngành giáo dục tỉnh", "Liên đoàn Lao động huyện …", "Sở Y tế"); a
 * company's "quản lý 52 hồ chứa" stays its work (extract-enterprise.ts names it "Quản lý hồ chứa").
 */
const HOLDER =
  /^(?:toàn\s+)?(?:các\s+)?(?:ngành|sở|phòng|liên đoàn|hội|ban|ủy ban|ubnd|trung tâm|chi cục|cục|đảng bộ|đảng ủy|huyện|tỉnh|thành phố|thị xã|quận|xã|phường|kho bạc|ngân hàng|bảo hiểm xã hội)(?!\p{L})[^\d]{0,60}$/u;

/** "nông dân huyện Phú Lâm": one or two words of who, then a place with its proper name. */
const SUBJECT_PLACE =
  /^\s*(?:\p{L}+\s+){1,2}(?:huyện|tỉnh|thành phố|quận|thị xã|thị trấn|xã|phường)\s+(?:\p{Lu}\p{Ll}*\s+)+(?=\p{Ll})/u;

/** "đến huyện đảo Long Châu", "tại xã Tân Phú", "của huyện Hòa Vang": a place inside a name. */
const PLACE_INSIDE =
  /\s(?:đến|tại|ở|của)\s+(?:huyện|tỉnh|thành phố|quận|thị xã|thị trấn|xã|phường)(?:\s+đảo)?(?:\s+\p{Lu}\p{Ll}*)+(?=\s|$)/gu;

/** "… được mở rộng lên", "… được nâng lên": a passive verb that raises its subject to the figure. */
const RAISED_TAIL = /\s+(?:đã\s+|đều\s+)?được\s+(?:\p{Ll}+\s+){1,2}lên\s*$/u;

/** "… thành phố Hòa An" ending a subject: the place it belongs to, by its proper name. */
const PLACE_END_NAMED =
  /\s+(?:huyện|tỉnh|thành phố|quận|thị xã|thị trấn|xã|phường)(?:\s+\p{Lu}\p{Ll}*)+\s*$/u;

/** "(toàn) huyện Mỹ Phước" at the start of a name, a proper name after a place word. */
const PLACE_LEAD =
  /^\s*(?:[Tt]oàn\s+)?(?:[Hh]uyện|[Tt]ỉnh|[Tt]hành phố|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|[Xx]ã|[Pp]hường)\s+(?:\p{Lu}\p{Ll}*\s+)+(?=\p{Ll})/u;

/** Words that say where when they end the text before "có" ("toàn huyện có 212 doanh nghiệp"). */
const PLACE_END =
  /(?:^|\s)(?:toàn|địa bàn|huyện|tỉnh|thành phố|quận|thị xã|thị trấn|xã|phường|ấp|thôn|khu phố|địa phương|đơn vị|cả nước|nay|năm|năm học)$/u;

/**
 * True when the text before a "có" is where or when ("Toàn huyện", "huyện Tân Hồng", "đến nay"),
 * so what follows "có" is the name; false when it is a name itself ("Sản lượng lương thực có hạt",
 * "Số xã có trạm y tế", "Tổng đàn heo hiện có").
 */
export function isPlace(before: string): boolean {
  // "Toàn Đảng bộ hiện có": "hiện" says now, the subject is before it.
  const b = stripEdges(dropPeriods(before), LEAD_FILLERS, ["hiện nay", "hiện", "đến nay", "phấn đấu"]);
  if (b === "") return true;
  const l = lower(b);
  if (/^(?:số|tỷ lệ)\s/u.test(l)) return false;
  // "Tổng đàn lợn của tỉnh hiện có", "đàn trâu toàn tỉnh có": a herd or a total before the scope is
  // what is counted; the scope ("của tỉnh", "toàn tỉnh") only says whose.
  // (the clause's own words: after a lead's colon or a time's comma, "Chăn nuôi: Ước tính …, tổng đàn …")
  const clause = l.slice(Math.max(l.lastIndexOf(","), l.lastIndexOf(":"), l.lastIndexOf(";")) + 1).trim();
  if (/^(?:tổng\s+)?(?:đàn|tổng số|diện tích|sản lượng)\s/u.test(clause)) return false;
  // "Toàn Đảng bộ", "toàn ngành": the whole of something is a scope, not a name.
  if (/^toàn\s/u.test(l) && words(l).length <= 3) return true;
  // "Ngành giáo dục có 96/112 trường": a sector is a scope too.
  if (/^ngành\s/u.test(l) && words(l).length <= 4) return true;
  return PLACE_END.test(l) || /\s\p{Lu}\p{Ll}*$/u.test(b);
}

/** First words after a comma that start a new clause, not the rest of a name ("xã, thị trấn"). */
const CLAUSE_WORDS =
  /^(?:tăng|giảm|đạt|bằng|chiếm|vượt|trong|so|với|là|góp|nâng|đưa|còn|riêng|có|được|đã|không|và|ước|gấp|xếp|đứng|cao|thấp|trị|tổng|tỷ lệ|tỷ trọng|chỉ số|số|qua|nhờ|do|theo|từ|sau|trước|hoàn|bình|phấn|làm|nhưng|song|tuy|đến (?:nay|năm|cuối|hết|ngày))(?!\p{L})/u;

/** Places and bodies listed with a counted one ("thôn, bản", "cơ quan, đơn vị") that no unit names. */
const LISTED_PLACES = [
  "bản",
  "buôn",
  "làng",
  "xóm",
  "khóm",
  "sóc",
  "khu",
  "cụm",
  "cơ quan",
  "đơn vị",
  "tổ",
  // "huyện, thị xã, thành phố": the kinds of district listed together.
  "thị xã",
  "thành phố",
  "quận",
];

/**
 * A figure with a measure or money unit ("62 ha", "3,5 tỷ đồng"), which no name holds ("trẻ 6 tuổi"
 * says who, and stays).
 */
const MEASURED_FIGURE = new RegExp(
  `\\s\\d[\\d.,]*\\s*(?:(?:nghìn|ngàn|triệu|tỷ)\\s+)?(?:${[
    ...MEASURE_UNITS.filter((u) => u !== "tuổi"),
    ...MONEY,
  ]
    .map(escapeRe)
    .join("|")})(?![\\p{L}\\d])`,
  "u",
);

/** Words after a count's unit that belong to its name ("doanh nghiệp mới thành lập"). */
/** "trên 90%", "dưới 2%", "từ 95% trở lên": a threshold a count's predicate sets, part of its name. */
const THRESHOLD =
  /(?<!\p{L})(?:trên|dưới|từ|không dưới|không quá|ít nhất|tối thiểu)\s+\d+(?:,\d+)?\s*%(?:\s+trở lên)?/gu;

/** "có trên 85% tổ chức cơ sở đảng": a share had by a stock, said with its bound. */
const SHARE_HAD =
  /(?<!\p{L})có\s+(?:trên|dưới|từ|không dưới|không quá|ít nhất|tối thiểu)\s+\d+(?:,\d+)?\s*%/u;

/** "mức độ 3", "hạng II": a level named by a small number, part of a name. */
const LEVEL = /(?<!\p{L})(?:mức độ|cấp độ|hạng|loại)\s+\d{1,2}(?![\d.,])/gu;

export function rightPhrase(text: string, from: number, limit: number): { phrase: string; end: number } {
  // At most 12 words are kept: 300 characters hold them, and keep long clauses linear.
  const rest = text.slice(from, Math.min(limit, from + 300));
  // "đạt 42 nghìn tấn trở lên", "58 tạ/ha trở xuống": a limit on the figure, not what it counts;
  // what it counts may follow ("có từ 80% trở lên tổ chức cơ sở được xếp loại …").
  const limitWords = /^\s*trở\s+(?:lên|xuống)(?!\p{L})/u.exec(lower(rest));
  if (limitWords !== null) return rightPhrase(text, from + limitWords[0].length, limit);
  // "hỗ trợ 45 hộ chuyển đổi 62 ha đất lúa": a measure or money of its own is another figure.
  const measuredAt = (t: string): number => MEASURED_FIGURE.exec(t)?.index ?? t.length;
  const stopAt = (t: string): number => {
    // "xã đạt 4 tiêu chí" is part of a name; "đạt 117,33%" is not. "ha lúa và hoa màu bị ngập", "người
    // chết và mất tích": two nouns sharing one "bị/được" predicate, or the fixed pair of the dead and
    // missing, are one name; any other "và" starts the next item. "… cho hơn 9.000 lượt người": who
    // it was done for is the next count, whatever limit word comes before it. "1.125 suất quà trị giá
    // 478 triệu đồng": the money's name starts the next figure's. "25 triệu lượt trở lên": the limit
    // right after the unit, ending its clause, is no name ("từ 80% trở lên tổ chức …" goes on into it).
    // "450 m kè mềm bằng cọc bê tông", "1.200 m2 mái che bằng tôn": how or of what it is made is no
    // part of what is measured. "xã không để xảy ra tai nạn": "không để" is no purpose.
    const stop =
      /[,;.…()“"]|\/(?=\d)|\svà\s(?!mất tích(?!\p{L})|[^\d,;.:()]{1,24}?\s(?:bị|được)\s)|\s(?:với|trong đó|so với|theo|(?<!không\s)để|nhằm|sang|trị giá|bằng)\s|\scho\s+(?:năng suất|sản lượng)(?!\p{L})|\s(?:tổng\s+)?(?:trị giá|kinh phí|số tiền)\s+(?=\d)|\scho\s+(?:(?:gần|hơn|khoảng|ít nhất|tối thiểu|trên|không dưới)\s+)?(?=\d)|\s(?:đạt|tăng|giảm|bằng)\s+\d[\d.,]*\s?%|\slà\s+\d|^\s*trở\s+(?:lên|xuống)\s*(?=[,;.)]|$)/u.exec(
        t,
      );
    return stop ? stop.index : t.length;
  };
  let cut = stopAt(rest);
  const listed = (segment: string): string | undefined =>
    [...COUNT_UNITS, ...LISTED_PLACES].find(
      (u) => lower(segment) === u || lower(segment).startsWith(`${u} `),
    );
  // "19/19 xã, thị trấn có bác sĩ", "100% chi bộ, đảng bộ cơ sở được kiểm tra": a short head, a comma
  // and more of the same name (no figure, not a new clause). "9/11 huyện, thị xã, thành phố duy trì
  // …": a list of such nouns goes on while each piece is one of them.
  /** Words of the listed nouns after the first ("thị xã, thành phố"): no part of the name's length. */
  let listWords = 0;
  let more = rest.charAt(cut) === "," && words(rest.slice(0, cut)).length <= 3;
  for (let first = true; more; first = false) {
    more = false;
    const next = rest.slice(cut + 1);
    const nextCut = stopAt(next);
    const segment = next.slice(0, nextCut).trim();
    // Right after the unit ("184.300 lượt người, công suất …"), only another noun of the same list
    // ("19/19 xã, thị trấn") goes on; anything else is the next clause.
    const afterUnit = !first || words(rest.slice(0, cut)).length === 0;
    const noun = listed(segment);
    if (
      segment !== "" &&
      // "17/21 xã, thị trấn đạt tỷ lệ bao phủ trên 90%": a threshold is part of the name.
      // "thôn, bản được phủ sóng di động 4G": a digit inside a word ("4G", "5G") is no figure.
      !/\d(?!\p{L})/u.test(segment.replace(THRESHOLD, "").replace(LEVEL, "")) &&
      !CLAUSE_WORDS.test(lower(segment)) &&
      // "kết nạp 90 đảng viên mới, hằng năm có trên 85% tổ chức cơ sở đảng …": a share that a stock
      // "có" is a rate of its own, not a threshold of the count's name (after a listed noun it is:
      // "19/21 xã, thị trấn có trên 90% hộ dùng nước sạch").
      (noun !== undefined || !SHARE_HAD.test(lower(segment))) &&
      // "16/16 xã, thị trấn có đài truyền thanh ứng dụng công nghệ thông tin - viễn thông": the name
      // is cut to 14 words below; a long one after a listed noun still goes on.
      words(segment).length <= 18 &&
      (!afterUnit || noun !== undefined)
    ) {
      cut = cut + 1 + nextCut;
      more = noun !== undefined && lower(segment) === noun && rest.charAt(cut) === ",";
      if (noun !== undefined) listWords += words(noun).length;
    }
  }
  // "tổ chức 14 giải thể thao cấp tỉnh thu hút 6.240 vận động viên": a number written with thousands
  // separators, or counted by "thu hút", is a figure of its own (a threshold in a name, "xã đạt 4 tiêu
  // chí", is small and bare); the name stops before it rather than at its separator. "326 sản phẩm
  // còn hiệu lực của 187 chủ thể": whose they are is a count of its own.
  const another =
    /\s(?:thu hút(?:\s+được)?\s+)?\d{1,3}(?:\.\d{3})+(?![\d,])|\s(?:thu hút(?:\s+được)?|của)\s+(?=\d)/u.exec(
      rest,
    );
  cut = Math.min(cut, measuredAt(rest), another?.index ?? rest.length);
  const raw = rest.slice(0, cut);
  const all = words(raw);
  // "… công nghệ thông tin - viễn thông": a cut never leaves a dash, or half the compound after it.
  const ws = all.slice(0, (all.slice(11, 14).some((w) => /^[-–]$/u.test(w)) ? 16 : 14) + listWords);
  // "xã" + ", thị trấn": the comma sticks to the word before it.
  const phrase = ws.join(" ").replace(/^,\s*/u, ", ");
  const last = ws[ws.length - 1] ?? "";
  const end = ws.length === all.length ? raw.trimEnd().length : raw.indexOf(last) + last.length;
  return { phrase, end: from + (phrase === "" ? 0 : end) };
}

/** Names that say how, not what: completed from the sentence ("Sản lượng" → "Sản lượng lúa"). */
export const GENERIC_NAMES = new Set([
  "sản lượng",
  "diện tích",
  "tổng diện tích",
  "tổng giá trị",
  "giá trị",
  "tổng kinh phí",
  "kinh phí",
  "tổng số",
  "tổng",
  // "đưa vào khai thác 3 công trình … với tổng chiều dài 46,8 km": the length of what was counted.
  "chiều dài",
  "tổng chiều dài",
  // "đội tàu … có 318 chiếc với tổng công suất 142.600 CV": the power of what was counted.
  "công suất",
  "tổng công suất",
  // "đang triển khai 6 dự án với quy mô 3.200 căn": the size of what was counted.
  "quy mô",
  "tổng quy mô",
]);

/** "suất quà cho hội viên khó khăn" → "suất quà": the thing counted without whom it went to. */
export function withoutRecipient(counted: string): string {
  const at = /\scho\s/u.exec(counted);
  return at === null || at.index === 0 ? counted : counted.slice(0, at.index);
}

/**
 * What a count draft counts: "Trao phần quà cho hộ nghèo" → "phần quà cho hộ nghèo" (its verb is
 * the lead); a name without a lead ("Chi trả trợ cấp thường xuyên", named before "cho") is whole.
 */
export function countedOf(d: Draft): string {
  const lead = lower(d.lead);
  const name = d.name;
  return lead !== "" && lower(name).startsWith(`${lead} `) ? name.slice(lead.length + 1) : name;
}

/** Names of money that say how much, not for what ("kinh phí", "trị giá", "vốn đăng ký"). */
/** Money as the subject of a sentence: a fund, a reserve, a budget ("Dự phòng ngân sách đã sử dụng"). */
export const MONEY_SUBJECT =
  /^(?:tổng\s+)?(?:dự phòng|quỹ|nguồn|vốn|kinh phí|ngân sách|số tiền|tiền)(?!\p{L})/u;

// "với tổng số vốn đăng ký 1.120 tỷ đồng": "số" before the money's word says no more.
// "khởi công 6 dự án … với tổng mức đầu tư …": the sum planned to be invested says no more either.
const MONEY_GENERIC =
  /^(?:tổng\s+)?(?:số\s+)?(?:kinh phí|giá trị|trị giá|số tiền|dư nợ|mức đầu tư|vốn(?:\s+(?:đăng ký|đầu tư|thực hiện))?)$/u;

/** "…, các hội nhận ủy thác vốn vay với dư nợ": the verb phrase before "với" and the money's word. */
const HELD_AT_CLAUSE = /(?:^|[,;:])\s*([^\d;:,]*?\p{L}{2}[^\d;:,]*?)\s+với\s+[^\d;:,]*$/u;
const HELD_AFTER_COMMA = /[,;:]\s*([^\d;:,]*?\p{L}{2}[^\d;:,]*?)\s+với\s+[^\d;:,]*$/u;

/** The measure word that heads a name ("tổng diện tích gieo trồng …" → "diện tích"). */
export const MEASURE_HEAD = /^(?:tổng\s+)?(diện tích|sản lượng|giá trị|doanh thu|kim ngạch|vốn|số)(?!\p{L})/u;

/** An area and what it is of ("diện tích nuôi tôm" → "nuôi tôm"), for the output that follows it. */
const GENERIC_LEAD = /^(?:tổng\s+)?diện tích\s+(.+)$/u;

/** Words that end the subject of a clause ("Sản xuất công nghiệp - xây dựng cơ bản ổn định"). */
export const SUBJECT_END =
  /\s(?:cơ bản|tiếp tục|ổn định|đã|được|có|tăng|giảm|đạt|phát triển|gặp|còn|dần)(?!\p{L})/u;

export function completeGeneric(
  name: string,
  src: string,
  clause: Clause,
  figureStart: number,
  drafts: readonly Draft[],
  money = false,
): string {
  const prev = drafts[drafts.length - 1];
  // "…, 9 công trình vệ sinh; mua sắm thiết bị … với kinh phí 17,35 tỷ đồng": a clause with a verb
  // phrase of its own names its money by it, not by the count of the clause before.
  // "1.274 người … được thăm hỏi, tặng quà với tổng kinh phí …": a comma alone between them parts
  // the verbs of one phrase; a clause of its own follows a semicolon or a new line.
  const ownPhrase =
    prev !== undefined &&
    prev.source.end < clause.start &&
    /[;:\n]/u.test(src.slice(prev.source.end, clause.start)) &&
    /\p{L}{2}/u.test(
      src
        .slice(clause.start, figureStart)
        .replace(/(?:với\s+)?(?:tổng\s+)?(?:kinh phí|giá trị|trị giá|số tiền|vốn)\s*$/u, "")
        .replace(/^[\s;]+/u, ""),
    );
  // "chi trả trợ cấp cho 4.618 đối tượng … với kinh phí 38,7 tỷ đồng", "7 dự án …, vốn đăng ký 152,8
  // triệu USD": what the money was for is what the figure before it counts.
  if (
    money &&
    MONEY_GENERIC.test(lower(name)) &&
    prev !== undefined &&
    prev.sentence === clause.sentence &&
    !ownPhrase &&
    prev.unit !== "%" &&
    !MONEY.some((m) => lower(prev.unit).includes(m)) &&
    // "… cho 11.384 người có công với cách mạng, tổng kinh phí 216,3 tỷ đồng": the rest of the
    // count's phrase, then a comma and only the money's own name.
    // "tặng 320 suất quà trị giá 160 triệu đồng": the worth of what was counted, with no comma.
    (/^[\s,;]*(?:với|và)?[^\d,;]*$|^[^\d,;]*(?:,\s*|\s)(?:với\s+)?(?:tổng\s+)?(?:kinh phí|số tiền|trị giá)\s*$/u.test(
      src.slice(prev.source.end, figureStart),
    ) ||
      // "1.274 người … được thăm hỏi, tặng quà với tổng kinh phí …": the cost of the whole phrase of
      // the count, its verbs listed with commas.
      /^[^\d;:.]{0,160}\svới\s+(?:tổng\s+)?kinh phí\s*$/u.test(src.slice(prev.source.end, figureStart)))
  )
    // "Kinh phí" is the cost of doing something (the whole phrase); "vốn", "trị giá" belong to
    // the thing counted.
    // "xử phạt 118 trường hợp vi phạm với số tiền 1,86 tỷ đồng": the sum is the fine, a cost too.
    // "trao 2.400 suất quà cho hội viên với tổng trị giá …": the worth joined by "với" is of the gifts,
    // whoever got them (after a comma, ", trị giá …", writers keep whom they went to).
    return `${name} ${decapitalize(
      /kinh phí|số tiền/u.test(lower(name))
        ? // "hỗ trợ sửa chữa 96 căn nhà cho hộ nghèo, hộ khó khăn với tổng kinh phí …": the cost of
          // what was done, not of the list of whom it was for.
          // (a single recipient, "cho hộ nghèo", stays: only a list of them is left out.)
          /^\s*với\s/u.test(src.slice(prev.source.end, figureStart)) && /\scho\s[^,]*,/u.test(prev.name)
          ? withoutRecipient(prev.name)
          : prev.name
        : /^\s*với\s/u.test(src.slice(prev.source.end, figureStart))
          ? withoutRecipient(countedOf(prev))
          : countedOf(prev),
    )}`;
  // "các hội nhận ủy thác vốn vay ngân hàng với dư nợ 41,2 tỷ đồng": loans the clause's own verb
  // phrase holds, with no count before it, are named by that phrase ("kinh phí" is named elsewhere,
  // its verb phrase without whom it was spent on).
  // The last 200 characters at most: a clause with no comma for pages must not be read per figure.
  const heldFrom = Math.max(clause.start, figureStart - 200);
  const held =
    money &&
    /^(?:tổng\s+)?dư nợ$/u.test(lower(name)) &&
    (prev === undefined || prev.source.end <= clause.start)
      ? (heldFrom === clause.start ? HELD_AT_CLAUSE : HELD_AFTER_COMMA).exec(
          src.slice(heldFrom, figureStart),
        )?.[1]
      : undefined;
  if (held !== undefined && words(held).length >= 2 && words(held).length <= 14)
    return `${name} ${decapitalize(held.trim())}`;
  // "Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 của tỉnh có tổng mức 58.640 tỷ đồng", "Dự án
  // … có tổng vốn 1.200 tỷ đồng": a total that only says how much is the total of the subject that has
  // it (less whose it is).
  if (money && /^tổng\s+(?:mức|vốn|kinh phí|giá trị)$/u.test(lower(name))) {
    const had =
      /^[\s;,]*(\p{Lu}[^\d;:]*?(?:\d{4}\s*[-–]\s*\d{4})?[^\d;:]*?)\s+(?:hiện\s+)?có\s+(?:tổng\s+)?\p{L}+(?:\s+\p{L}+)?\s*(?:là\s*)?$/u.exec(
        src.slice(clause.start, figureStart),
      )?.[1];
    const subject = had?.replace(/\s+của\s+(?:tỉnh|huyện|thành phố|thị xã|xã|phường|thị trấn)\s.*$/u, "");
    if (subject !== undefined && words(subject).length >= 2 && words(subject).length <= 14)
      return `${name} ${decapitalize(subject)}`;
  }
  // "tôm thẻ chân trắng nuôi siêu thâm canh 214 ha cho năng suất bình quân 30,5 tấn/ha", "trồng 80 ha
  // bưởi, cho năng suất 18 tấn/ha": the yield of the area measured just before.
  const givenBy = /^cho\s+(năng suất(?:\s+bình quân)?|sản lượng)$/iu.exec(name.trim());
  if (givenBy?.[1] !== undefined && prev?.sentence === clause.sentence && lower(prev.unit) === "ha") {
    const crop = prev.head !== "" ? prev.head : (GENERIC_LEAD.exec(lower(prev.name))?.[1] ?? prev.name);
    if (crop !== "") return `${givenBy[1]} ${decapitalize(crop)}`;
  }
  // "xử lý vi phạm hành chính 412 trường hợp, nộp kho bạc 1,86 tỷ đồng": the fines of the cases
  // counted just before, paid in ("Tiền phạt nộp kho bạc").
  if (
    money &&
    /^(?:thu\s+)?nộp\s+(?:vào\s+)?(?:kho bạc|ngân sách)/u.test(lower(name)) &&
    prev !== undefined &&
    prev.sentence === clause.sentence &&
    /^(?:trường hợp|vụ|lượt)$/u.test(lower(prev.unit)) &&
    /phạt|xử lý|vi phạm/u.test(lower(prev.name))
  )
    return `Tiền phạt ${lower(name)}`;
  // "gieo cấy 48.260 ha lúa …; năng suất bình quân 64,8 tạ/ha": a yield is of the crop measured
  // before it in the sentence (left as it is when none was).
  const yieldOnly = /^năng suất(?:\s+bình quân)?$/u.test(lower(name));
  if (!GENERIC_NAMES.has(lower(name)) && !yieldOnly) return name;
  // "74 vùng sản xuất … với diện tích 5.318 ha": a head that is only a classifier says too little; the
  // whole of what was counted names the measure.
  if (prev && prev.sentence === clause.sentence && prev.head !== "" && !ownPhrase && !yieldOnly)
    // "3 nhà máy xử lý nước thải với tổng công suất …": a plant's capacity says which plants (a bare
    // "nhà máy" says nothing of what they do).
    return `${name} ${CLASSIFIERS.has(lower(prev.head)) || /^(?:tổng\s+)?công suất$/u.test(lower(name)) ? decapitalize(countedOf(prev)) : prev.head}`;
  // "diện tích nuôi tôm nước lợ 3.850 ha, sản lượng 14.600 tấn": what the measure before measured.
  // "Diện tích lúa 15.840 ha, năng suất …; sản lượng đạt 96.940 tấn": the area measured earlier in
  // the sentence, not only just before.
  // "gieo trồng 9.846 ha lúa, …; sản lượng ước đạt 65.670 tấn": or what was sown.
  // "…; trong đó lúa 11.325 ha, năng suất …, sản lượng 69.988 tấn": a crop's area named by the crop
  // alone, a part of the area before, is what the measures after it are of.
  const cropOnly = (d: Draft): boolean =>
    lower(d.unit) === "ha" &&
    d.head === "" &&
    words(d.name).length <= 2 &&
    !MEASURE_HEAD.test(lower(d.name)) &&
    /^[\s,;]*trong đó\s*$/u.test(
      lower(src.slice(Math.max(clause.start, d.source.start - 12), d.source.start)),
    );
  const area = lastOfSentence(
    drafts,
    clause.sentence,
    (d) => GENERIC_LEAD.test(lower(d.name)) || (lower(d.unit) === "ha" && d.head !== "") || cropOnly(d),
  );
  const measured =
    area === null
      ? null
      : (GENERIC_LEAD.exec(lower(area.name)) ??
        (cropOnly(area) ? ([area.name, lower(area.name)] as const) : ([area.head, area.head] as const)));
  if (measured !== null && measured[1] !== undefined && words(measured[1]).length >= 1)
    return `${name} ${measured[1]}`;
  if (yieldOnly) return name;
  // The clause's subject, before the first comma: "Sản xuất công nghiệp - xây dựng cơ bản ổn định, tổng giá trị …".
  const from = Math.max(clause.start, figureStart - NAME_REACH);
  const comma = src.indexOf(",", from);
  const head =
    src
      .slice(from, comma >= 0 && comma < figureStart ? comma : figureStart)
      .split(/\d/u)[0]
      ?.split(/\s(?:cho|với)\s/u)[0] ?? "";
  const subject = stripEdges(head.split(SUBJECT_END)[0] ?? "", LEAD_FILLERS, TAIL_FILLERS);
  return subject !== "" && words(subject).length <= 8 && lower(subject) !== lower(name)
    ? `${name} ${lower(subject)}`
    : name;
}

/**
 * A count's unit is its written classifier or head noun, the rest of the noun stays in the name:
 * "120 căn nhà" is 120 `căn`, "2.350 suất quà" 2 350 `suất`, "46 tổ chức đảng" 46 `tổ chức` (the
 * convention of held-out 4, 5 and 6, written by three examiners apart; the earlier keys were changed
 * to it, see the corpus README item 14). Read after the name and its confidence are made, so the
 * longer noun still ends the figure's phrase.
 */
const COUNT_UNIT_HEAD: Readonly<Record<string, string>> = {
  "căn nhà": "căn",
  "suất quà": "suất",
  "phần quà": "phần",
  "tổ chức đảng": "tổ chức",
  "tổ chức cơ sở đảng": "tổ chức",
};

export function countUnitHead(unit: string): string {
  const head = COUNT_UNIT_HEAD[lower(unit)];
  return head === undefined ? unit : head;
}

/**
 * "Trong nhiệm kỳ 2026 - 2031 trồng mới rừng", "Quý 3 vụ cháy", "(tính đến) 30/9/2026 tổng vốn": when
 * is no part of a name.
 */
const TIME_LEAD =
  /^(?:(?:trong\s+)?(?:nhiệm kỳ|giai đoạn|quý|tháng)\s+(?:[IVX]+|\d{1,4})(?:\s*[-–/]\s*\d{1,4})?|lũy kế(?:\s+từ đầu năm)?\s+đến\s+(?:(?:hết\s+|cuối\s+)?(?:ngày|tháng)\s+\d{1,2}(?:\/\d{1,2})?(?:\/\d{4})?|nay)|(?:(?:tính\s+)?(?:đến|tới)\s+)?(?:(?:hết|cuối)\s+)?(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?)(?:\s*,)?\s+/iu;

/**
 * "Ngành phấn đấu đón …", "Tỉnh phấn đấu có …": the speaker and the word that marks a target lead no
 * name; a named body before it ("Ngành du lịch phấn đấu đón") keeps its body.
 */
const AIM_LEAD =
  /^(?:(?:ngành|tỉnh|huyện|thành phố|thị xã|xã|sở|địa phương|đơn vị|toàn ngành|toàn tỉnh|toàn huyện)\s+)?phấn đấu\s+/iu;
const AIM_INSIDE = /^(\p{L}+(?:\s+\p{L}+){0,3})\s+phấn đấu\s+(?=\p{L})/u;

export function withoutAim(name: string): string {
  const bare = name.replace(AIM_LEAD, "");
  if (bare !== name) return words(bare).length === 0 ? name : capitalize(bare);
  const inside = AIM_INSIDE.exec(name);
  return inside === null ? name : name.replace(/\s+phấn đấu\s+/u, " ");
}

/**
 * "Đồng chí Phó Giám đốc Sở nêu rõ, toàn ngành có …", "Báo cáo cho biết, …": who reports, and says so,
 * before a comma is no part of a name (nor after "của": "Hội viên của ông … cho biết, Hội").
 */
const SAYS = "(?:nêu rõ|cho biết|thông tin|nhấn mạnh|khẳng định|phát biểu|báo cáo)\\s*,\\s*";
const SPEAKER_OF = new RegExp(`\\scủa\\s[^,;:()]{0,120}?\\s${SAYS}`, "iu");
const SPEAKER_LEAD = new RegExp(`^[^,;:()]{0,120}?\\s${SAYS}`, "iu");

export function withoutSpeaker(name: string): string {
  const of = SPEAKER_OF.exec(name);
  const rest =
    of !== null
      ? `${name.slice(0, of.index)} của ${name.slice(of.index + of[0].length)}`
      : name.replace(SPEAKER_LEAD, "");
  return rest === name || words(rest).length === 0 ? name : capitalize(rest.trim());
}

/**
 * "Một số sản phẩm tăng khá như xi măng đạt 2,14 triệu tấn": a bulletin or an article gives examples
 * of a group after "như"; the example is what the figure counts, the group and its verb are the lead.
 */
const EXAMPLE_LEAD = /^(?:một số|các|nhiều|những)\s[^,;:]{0,60}?\snhư:?\s+(?=\p{L})/iu;

export function withoutExampleLead(name: string): string {
  const rest = name.replace(EXAMPLE_LEAD, "");
  return rest === name || words(rest).length === 0 ? name : capitalize(rest);
}

/**
 * "Tổng dư nợ đến 30/9/2026": the date a stock is told at ends no name either. A rate keeps it: "Tỷ
 * lệ giải ngân vốn đầu tư công đến 31/01/2027" is a row of its own beside the year's rate.
 */
// ("… ước đến 31/01/2027": an estimate to a later cut-off is a row of its own and keeps its date.)
const DATE_TAIL =
  /(?<!(?:^|\s)ước)\s+(?:(?:tính|lũy kế)\s+)?(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?$/iu;

export function withoutTimeLead(name: string): string {
  const led = name.replace(TIME_LEAD, "");
  const due = DATE_TAIL.exec(led)?.[0] ?? "";
  // (a rate's date at the year's end is the year's rate: "đến 31/12" says nothing more)
  const rest = /^tỷ lệ\s/iu.test(led) && !/31\s*\/\s*12/u.test(due) ? led : led.replace(DATE_TAIL, "");
  return rest === name || words(rest).length === 0 ? name : capitalize(rest);
}

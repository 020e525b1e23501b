/**
 * The figures of a clause: each number with its unit, scale word, fraction or range, the part of a
 * whole it may be, and the modifier written after it ("tăng", "giảm", "so với cùng kỳ").
 */
import type { NumberConvention } from "./model";
import { formatNumber, parseNumber } from "./numbers";
import { workCountUnit } from "./extract-work-counts";
import { lower, words } from "./extract-text";
import { ALL_UNITS, COUNT_UNITS, MEASURE_UNITS, MONEY, SCALES } from "./extract-units";
import type { Clause } from "./extract-tense";

/** "trẻ 5 tuổi", "dưới 1 tuổi": an age that says who, not a figure. */
const AGE_LABEL_BEFORE = new Set(["trẻ", "em", "dưới", "trên", "từ", "đủ", "độ"]);

/** Words before a figure that make it a label, not a measurement ("Nghị quyết số 07", "năm 2020"). */
const LABEL_BEFORE = new Set([
  "số",
  "thứ",
  "năm",
  "khóa",
  "khoá",
  "phường",
  "quận",
  "kênh",
  // "quốc lộ 1A", "tỉnh lộ 8": a road's number.
  "lộ",
  // "theo Phụ lục 2 kèm theo", "Biểu 05": an annex or a form of a document named by its number.
  "lục",
  "biểu",
  // "có tên trong bảng xếp hạng Top 500 doanh nghiệp lớn nhất": the name of a ranking, not a count.
  "top",
  "điều",
  "khoản",
  "lần",
]);

// ---------------------------------------------------------------------------------------------
// Figures

export interface Figure {
  start: number;
  end: number;
  value: number;
  typed: string;
  ambiguous: { alternative: number } | null;
  /** "25/42 công trình": 42. */
  of: number | null;
  percent: boolean;
  unit: string;
  scaleApplied: boolean;
  countUnit: boolean;
  /** The unit was read by its shape (a noun after the figure), not from the known units. */
  shaped: boolean;
  /** "tại 9 xã": a count of where, a figure only when nothing else is counted before it. */
  place: boolean;
  /** "1.642,5 tỷ đồng/2.310 tỷ đồng kế hoạch": the plan written beside the figure. */
  statedPlan: number | null;
  /** "9 - 9,5%": the upper bound of a range (the figure is its lower bound), else null. */
  hi: number | null;
}

// "0,6124 điểm": a group of three after the mark is thousands only when no digit follows it.
const NUMBER = /\d{1,3}(?:[.,]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?/gu;

/**
 * Grammar words that end the noun phrase after a figure ("412 phương tiện bị tạm giữ", "24 giải thể
 * thao cấp huyện, thu hút …"): verbs of result and comparison, prepositions, conjunctions.
 */
const PHRASE_STOP = new Set([
  "được",
  "bị",
  // "117 nhà phải di dời": a modal before the verb.
  "phải",
  "đạt",
  "tăng",
  "giảm",
  "bằng",
  "so",
  "với",
  "và",
  "của",
  "cho",
  "tại",
  "trên",
  "dưới",
  "trong",
  "đến",
  "từ",
  "có",
  "là",
  "chiếm",
  "thuộc",
  "đã",
  "đang",
  "sẽ",
  "như",
  "theo",
  "về",
  "ở",
  "khi",
  "vượt",
  "còn",
  "gồm",
  "trở",
  "lên",
  "xuống",
  "ra",
  "vào",
  "tham",
  "hoặc",
  "hay",
  "nhưng",
  "một",
  "mỗi",
  "các",
  "những",
  "này",
  "đó",
  "trước",
  "sau",
  "do",
  "nhằm",
  "để",
  "phục",
  "hoàn",
  "thực",
  // "Thuế cơ sở 5 rà soát …", "Đội 2 triển khai …": first syllables of verbs, never of a counted noun.
  "rà",
  "triển",
  "cấp",
]);

/**
 * Nouns after a figure that say when, how often or which rank ("3 năm", "lần thứ", "4 sao"), and the
 * administration's own paperwork and meetings ("14 văn bản chỉ đạo", "4 hội nghị", "150 đại biểu"),
 * which resolutions report but never set as indicators.
 */
const NOT_COUNTED = [
  // "cầu Lạc Hải 2 dài 1.860 m", "tuyến số 3 rộng 12 m": a measure's adjective after a number that
  // is part of a name says what the next figure measures; it counts nothing.
  "dài",
  "rộng",
  "cao",
  "sâu",
  "nghìn",
  "ngàn",
  "triệu",
  "tỷ",
  "tỉ",
  "năm",
  "tháng",
  "ngày",
  "giờ",
  "phút",
  "quý",
  "tuần",
  "lần",
  "kỳ",
  "đợt",
  "khóa",
  "khoá",
  "nhiệm kỳ",
  "giai đoạn",
  "sao",
  "bước",
  "mục",
  "nội dung",
  "chỉ",
  "nhóm",
  "loại",
  "hạng",
  "cấp",
  "tầng",
  "tiết",
  "chương",
  "phần",
  "buổi",
  "văn bản",
  "kế hoạch",
  "chỉ thị",
  "nghị quyết",
  "quyết định",
  "công văn",
  "thông báo",
  "báo cáo",
  // "xem xét 27 báo cáo, 19 tờ trình", "thảo luận 4 dự thảo văn bản": papers put to a session.
  "tờ trình",
  "dự thảo",
  // "Biểu mẫu kèm theo gồm 12 phụ lục", "kèm 3 biểu mẫu": the annexes of a paper, not a result.
  "phụ lục",
  "biểu mẫu",
  "hội nghị",
  "cuộc họp",
  // "Hội nghị … với 16 ý kiến phát biểu": a meeting's speeches; "46 lượt ý kiến thảo luận tại tổ và
  // 19 lượt chất vấn", "14 lượt đại biểu phát biểu": a session's debate.
  "ý kiến phát biểu",
  "ý kiến thảo luận",
  // "hội nghị đã nghe 7 ý kiến tham luận": papers read at a meeting, like its speeches.
  // "ước đến 31/12 giải ngân 17,3 tỷ đồng": a verb after a date, not prizes ("giải").
  "giải ngân",
  // "Dự án 1 giải quyết …", "Chi nhánh Khu vực 7 đề ra: …": the number of a numbered body or
  // programme, then its verb; a verb counts nothing ("12 đề tài", "24 giải thể thao" still count).
  "giải quyết",
  "đề ra",
  "đề xuất",
  "đề nghị",
  "ý kiến tham luận",
  "bài tham luận",
  "tham luận",
  "lượt ý kiến thảo luận",
  "lượt ý kiến phát biểu",
  "chất vấn",
  "lượt chất vấn",
  "lượt đại biểu",
  // "kết nối trực tuyến đến 21 điểm cầu", "3 khâu đột phá": a meeting's links, a plan's structure.
  "điểm cầu",
  "khâu",
  "đại biểu",
  "đoàn",
  // "các phòng, ban, ngành và 14 đảng ủy xã": bodies addressed, not counted.
  "đơn vị",
  "cơ quan",
  "địa phương",
  "đảng ủy",
  "đảng uỷ",
  "ủy ban",
  "ban",
  "ngành",
  "phòng",
  "sở",
  // "(bản Word và Excel, 6 phụ lục kèm theo)", "Biểu mẫu kèm theo gồm 12 phụ lục": a document's annexes
  // and forms are its paperwork; "theo Phụ lục 01, 02 kèm theo": a list of annexes' numbers.
  "phụ lục",
  "biểu mẫu",
  "kèm",
  // "Chỉ 19 thôi.": a particle of speech after a bare figure is no unit (the figure counts nothing said).
  "thôi",
];

/** Classifiers: a counted noun of one syllable that leads a longer phrase ("cây phân tán"). */
export const CLASSIFIERS = new Set([
  "xe",
  "phiên",
  "chuyến",
  "suất",
  "gian",
  "cây",
  "con",
  "cuộc",
  "giải",
  "đơn",
  "chiếc",
  "cái",
  "bộ",
  "quyển",
  "cuốn",
  "tờ",
  "bức",
  "ngôi",
  "tấm",
  "mảnh",
  "trận",
  "bài",
  "lớp",
  "gói",
  "bản",
  // "12.350 trang tài liệu Hán Nôm được số hóa": pages, whatever they hold.
  "trang",
  "ổ",
  // "47 khoản chi chưa đủ thủ tục", "1.250 khoản vay": an item of money, counted by its classifier.
  "khoản",
  "tuyến",
  "đầu",
  "mẫu",
  "thửa",
  "lô",
  // "3.115 thẻ bảo hiểm y tế", "612 tàu dài từ 15 m trở lên": the head noun counts; the words after
  // it say which ones (a two-word cut "thẻ bảo", "tàu dài" reads nothing).
  "thẻ",
  "tàu",
  // "74 vùng sản xuất …", "312 camera an ninh": the head noun counts.
  "vùng",
  "camera",
  // "96 tổ phụ nữ tiết kiệm", "32 tổ tự quản": a group is counted as "tổ" (held-out 10 keys it so).
  "tổ",
  // "318.452 liều vắc xin các loại": doses are counted as "liều" whatever the vaccine.
  "liều",
  // Works and gear of irrigation, storms and fish farming ("14 hồ chứa bị thấm", "6 đập dâng",
  // "215 lồng nuôi cá", "960 bồn chứa nước"): the head noun counts, the rest says which ones.
  "hồ",
  "đập",
  "lồng",
  "bồn",
  // "đăng ký kết hôn 176 cặp", "nâng cấp 2 cặp chợ biên giới": pairs, whatever is paired.
  "cặp",
  // "21 quỹ tín dụng nhân dân", "2/21 quỹ hoạt động yếu kém": a fund, whatever kind follows.
  "quỹ",
]);

/**
 * Words NOT_COUNTED sets aside that count in these shapes, the keys of every writer agreeing:
 * "xảy ra 9 đợt rét đậm", "tổ chức 4 đợt ra quân" (a round of something, not "chia 2 đợt", "trong 3
 * đợt"); "đón 96 đoàn khách", "cử 21 đoàn đi nước ngoài", "41 đoàn đông người" (delegations and
 * crowds, not the teams a body sends to inspect); "26 nhóm, lớp", "14 nhóm trẻ" (a nursery's
 * classes); "sáp nhập 12 đơn vị sự nghiệp công lập", "7 đơn vị học tập" (bodies reorganised or
 * titled, not those addressed); "11 bằng độc quyền sáng chế", "văn bằng … 9 bằng trở lên" (patents).
 * `before` is the lower-case text before the figure, `tail` after it. Returns the unit, else null.
 */
function countedShape(before: string, tail: string): string | null {
  if (/^đợt\s+\p{Ll}/u.test(tail) && !/^đợt\s+(?:năm|tháng|quý|tiếp theo|sau|này|\p{Ll}+\s+\d)/u.test(tail))
    return /(?<!\p{L})(?:trong|làm|thành|chia|qua|theo|sau|mỗi|từng)[\s\d.,]*$/u.test(before) ? null : "đợt";
  if (/^đoàn\s+(?:khách|đi|ra|vào|đông người)(?!\p{L})/u.test(tail)) return "đoàn";
  if (/^nhóm(?:\s*,\s*lớp|\s+trẻ)(?!\p{L})/u.test(tail)) return "nhóm";
  if (/^đơn vị\s+(?:sự nghiệp|học tập)(?!\p{L})/u.test(tail)) return "đơn vị";
  if (/^bằng\s+(?:độc quyền|sáng chế)(?!\p{L})/u.test(tail)) return "bằng";
  if (/^bằng\s*(?:trở lên|[,;.]|$)/u.test(tail) && /(?:văn bằng|sáng chế)/u.test(before)) return "bằng";
  return null;
}

/**
 * The noun phrase right after a figure, read by its shape: lower-case words up to a grammar word,
 * a capital, a digit or punctuation, at most 6 words.
 */
function nounPhrase(text: string, at: number): string[] {
  const m = /^[ \u00a0]*((?:\p{Ll}+(?:[ \u00a0]+|$|(?=[^\p{L}\d])))+)/u.exec(text.slice(at, at + 80));
  if (m?.[1] === undefined) return [];
  const out: string[] = [];
  const ws = words(m[1]);
  for (const [k, w] of ws.entries()) {
    // "tham" stops "… tham gia", not "ý kiến tham luận" (a paper read at a meeting, not counted).
    if ((PHRASE_STOP.has(w) && !(w === "tham" && ws[k + 1] === "luận")) || out.length >= 6) break;
    out.push(w);
  }
  return out;
}

/**
 * What a figure counts when no known unit follows it: the head of the noun phrase after it. A
 * person noun in "-viên" takes its syllables ("vận động viên", "thành viên"); a phrase of one or two
 * words is the unit ("phương tiện", "đơn"); a longer one starts with a classifier ("cây phân tán",
 * "giải thể thao cấp huyện", "cuộc thanh tra") or a noun of two syllables ("hội viên mới", "điểm
 * trường lẻ").
 */
function shapedUnit(phrase: readonly string[]): string | null {
  const first = phrase[0];
  const all = phrase.join(" ");
  // "126 buổi biểu diễn nghệ thuật", "48 buổi chiếu phim": sessions of something done for people are
  // counted; a session alone ("3 buổi") is time.
  if (
    /^buổi (?:biểu diễn|chiếu phim|tuyên truyền|tập huấn|nói chuyện|trình diễn|sinh hoạt|ngoại khóa|khám)/u.test(
      all,
    )
  )
    return "buổi";
  // "khởi kiện 14 đơn vị nợ đọng", "thanh tra 386 đơn vị sử dụng lao động": employers that owe, are
  // late or break the rules are counted (a body addressed, "14 đơn vị trực thuộc", is not).
  if (/^đơn vị (?:sử dụng lao động|nợ|chậm|trốn|vi phạm)(?!\p{L})/u.test(all)) return "đơn vị";
  if (first === undefined || NOT_COUNTED.some((w) => all === w || all.startsWith(`${w} `))) return null;
  // "Khu vực 7 đề ra: …": "đề" alone is "đề ra" cut at its "ra" (a stop word), a verb ("12 đề tài" counts).
  if (all === "đề") return null;
  const viên = phrase.slice(0, 3).lastIndexOf("viên");
  if (viên > 0) return phrase.slice(0, viên + 1).join(" ");
  // "1.146 bài thi đạt điểm 10": exam papers ("bài" alone is any piece of writing).
  if (first === "bài" && phrase[1] === "thi") return "bài thi";
  if (CLASSIFIERS.has(first)) return first;
  // "216 khẩu súng các loại", "12 khẩu pháo": guns counted by their classifier ("khẩu trang" is a mask).
  if (first === "khẩu" && /^(?:súng|pháo)$/u.test(phrase[1] ?? "")) return "khẩu";
  // "14.218 trẻ nhà trẻ", "57.686 trẻ mẫu giáo": children counted by their age group ("trẻ em" whole).
  if (first === "trẻ") return phrase[1] === "em" ? "trẻ em" : "trẻ";
  // "37 nhà tình nghĩa", "12 nhà đại đoàn kết", "còn 347 nhà tạm": homes built for someone, or still to
  // be rebuilt, are counted in "nhà" (not
  // "nhà máy", "nhà văn hóa", "nhà đầu tư", nouns of their own); "48 nhà đồng đội" (built by comrades
  // for a soldier's family) too, not "nhà" + money in "đồng".
  if (
    /^nhà (?:tình nghĩa|tình thương|đại đoàn kết|nhân ái|chữ thập đỏ|chống lũ|cộng đồng|tạm|dột nát|đồng đội|nghĩa tình|an sinh|nhân đạo)(?!\p{L})/u.test(
      all,
    )
  )
    return "nhà";
  // "52 tin báo, tố giác tội phạm": reports of crime are counted in "tin", as the police's own tables
  // count them ("giải quyết 1.003 tin"); "tin bài" (news items) is a noun of its own.
  if (/^tin báo(?!\p{L})/u.test(all)) return "tin";
  return phrase.length <= 2 ? all : phrase.slice(0, 2).join(" ");
}

/**
 * "Chi đoàn xếp loại vững mạnh: 161/215": a fraction with no unit after it, in a bullet whose topic
 * before the colon starts with a counted noun, counts that noun.
 */
function topicUnit(text: string, start: number, end: number): ReturnType<typeof readUnit> {
  // "Huyện Bình Lũy:\n1. Tai nạn giao thông …": the number of the first item under a heading.
  if (
    /\n[ \t]*$/u.test(text.slice(Math.max(0, start - 4), start)) &&
    /^[.)]\s+\p{Lu}/u.test(text.slice(end, end + 4))
  )
    return null;
  const topic = /(?:^|[\n;.])\s*[-–•+*]?\s*([^:;.\n\d]{2,80}):\s*$/u.exec(
    text.slice(Math.max(0, start - 90), start),
  )?.[1];
  if (topic === undefined) return null;
  const t = lower(topic.trim());
  // ("Thôn, tổ dân phố văn hóa: 412/448": the first of two nouns a comma joins.)
  const unit = COUNT_UNITS.find((u) => t === u || t.startsWith(`${u} `) || t.startsWith(`${u},`));
  return unit === undefined ? null : { unit, end, scale: 1, scaleWord: null, shaped: false, stacked: 1 };
}

/**
 * "- Số bác sĩ/vạn dân: 13,2", "Giường bệnh/vạn dân: 32": a table's row pasted as text, its unit a
 * count per a base of people written in the label before the colon, its figure bare after it.
 */
function labelPerBaseUnit(text: string, start: number, end: number): ReturnType<typeof readUnit> {
  const label =
    /(?:^|[\n;.])\s*[-–•+*]?\s*(?:(?:tổng\s+)?số\s+)?((?:\p{L}+\s)?\p{L}+\/(?:vạn|nghìn|[\d.]+)\s+(?:dân|người|bé gái))\s*:\s*$/iu.exec(
      text.slice(Math.max(0, start - 60), start),
    )?.[1];
  return label === undefined
    ? null
    : { unit: lower(label), end, scale: 1, scaleWord: null, shaped: false, stacked: 1 };
}

/**
 * "Tổng số khách hàng đến cuối năm là 118.405;": a bare number said to be the number of a counted
 * noun named before it counts that noun (with the topic's bare count, "Doanh nghiệp giải thể: 128,").
 */
function numberedUnit(text: string, start: number, end: number): ReturnType<typeof readUnit> {
  // ("Số doanh nghiệp đang hoạt động đạt khoảng 7.840": a bound between changes nothing.)
  const named =
    /(?<!\p{L})(?:tổng\s+)?số\s+([^,;:.()\d]{2,60}?)\s+(?:là|đạt|có)(?:\s+(?:khoảng|gần|hơn|trên|ước))?\s*$/u.exec(
      lower(text.slice(Math.max(0, start - 90), start)),
    )?.[1];
  if (named === undefined) return null;
  const unit = COUNT_UNITS.find((u) => named === u || named.startsWith(`${u} `));
  return unit === undefined ? null : { unit, end, scale: 1, scaleWord: null, shaped: false, stacked: 1 };
}

/**
 * "Số bác sĩ/vạn dân 9,6; giường bệnh/vạn dân 28,5": a per-head unit written as the name, the bare
 * number after it is in that unit.
 */
function perHeadBefore(text: string, start: number, end: number): ReturnType<typeof readUnit> {
  const m =
    /(?<!\p{L})(\p{Ll}+(?:\s\p{Ll}+)?)\s*\/\s*(vạn|nghìn|ngàn|1\.000|10\.000|100\.000|100)\s+dân\s*(?::|là|đạt)?\s*$/u.exec(
      lower(text.slice(Math.max(0, start - 40), start)),
    );
  if (m?.[1] === undefined || m[2] === undefined) return null;
  const counted = m[1].replace(/^số\s+/u, "");
  return { unit: `${counted}/${m[2]} dân`, end, scale: 1, scaleWord: null, shaped: false, stacked: 1 };
}

/** Population bases of a per-head figure ("giường bệnh trên một vạn dân"). */
const PER_POPULATION =
  /^\s*(?:\/|trên|mỗi)\s*(?:một|1)?\s*(vạn|nghìn|ngàn|10\.000|100\.000|1\.000)\s+dân(?!\p{L})/u;

/**
 * "/người/năm", "/doanh nghiệp", "/ngày đêm", "/100.000 dân": what a per-something unit is per,
 * each part one or two lower-case words (two only when a third does not follow, so "/ha đất trồng
 * trọt" is per ha). Returns the suffix as written without spaces around "/", and its length.
 */
function perSuffix(text: string): { suffix: string; length: number } | null {
  let at = 0;
  let suffix = "";
  for (;;) {
    const slash = /^\s*\/\s*/u.exec(text.slice(at));
    if (slash === null) break;
    const rest = text.slice(at + slash[0].length);
    // "/100 dân", "/1.000 dân", "111 bé trai/100 bé gái": a base counted in a noun of one or two words.
    const based = /^(?:\d{1,3}(?:\.\d{3})+|\d+|vạn|nghìn|ngàn)\s+(\p{Ll}+)(?:\s(\p{Ll}+))?(?!\p{L})/u.exec(
      rest,
    );
    // "1.131 vụ/1.867 bị cáo": a base is a round number; any other is a second count of its own.
    if (based !== null && !isRoundBase(based[0])) break;
    const baseWords = based === null ? [] : [based[1], based[2]].filter((w): w is string => w !== undefined);
    // "88 thuê bao/100 hộ gia đình": a household is one noun of three words.
    if (
      based !== null &&
      baseWords.join(" ") === "hộ gia" &&
      /^\s*đình(?!\p{L})/u.test(rest.slice(based[0].length))
    ) {
      const tail = /^\s*đình/u.exec(rest.slice(based[0].length))?.[0] ?? "";
      based[0] += tail;
      baseWords.push("đình");
    }
    const stop = baseWords.findIndex((w) => PHRASE_STOP.has(w));
    const baseKept = stop < 0 ? baseWords : baseWords.slice(0, stop);
    // "1.642,5 tỷ đồng/2.310 tỷ đồng kế hoạch": a plan beside the figure, not its base.
    // "2,84 vụ/100 km/năm", "tỷ đồng/100 ha": a round base of length or area is a rate's base, unless
    // a plan follows it ("80 km/100 km kế hoạch").
    const perLength =
      based !== null &&
      /^(?:km|km2|ha)$/u.test(baseKept[0] ?? "") &&
      baseKept.length === 1 &&
      !/^\s*(?:kế hoạch|chỉ tiêu|được giao|theo)/u.test(
        lower(rest.slice(based[0].length, based[0].length + 20)),
      );
    const measured =
      !perLength &&
      baseKept[0] !== undefined &&
      (baseKept[0] in SCALES || [...MONEY, ...MEASURE_UNITS].includes(baseKept[0]));
    const pop =
      based === null || baseKept.length === 0 || measured
        ? null
        : [`${based[0].slice(0, based[0].length - baseWords.join(" ").length)}${baseKept.join(" ")}`];
    // "2.146,8 đồng/kWh", "tấn/m3": a measure written with a capital or a digit is read whole.
    const measure = MEASURE_UNITS.find(
      (u) =>
        /[^\p{Ll}]/u.test(rest.slice(0, u.length)) &&
        lower(rest).startsWith(u) &&
        !/[\p{L}\d]/u.test(rest.charAt(u.length)),
    );
    if (measure !== undefined) {
      suffix += `/${rest.slice(0, measure.length)}`;
      at += slash[0].length + measure.length;
      continue;
    }
    // Up to three words when they end the unit ("/hợp tác xã/năm"); one when more words run on.
    const run = /^\p{Ll}+(?:\s\p{Ll}+)*/u.exec(rest)?.[0] ?? "";
    const ws = words(run);
    const upTo = ws.findIndex((w) => PHRASE_STOP.has(w) || PER_BASE_VERB.has(w) || SPOKEN_PARTICLES.has(w));
    const kept = upTo < 0 ? ws : ws.slice(0, upTo);
    let part: string | null = pop?.[0] ?? null;
    if (part === null && kept.length > 0)
      part =
        kept.length === ws.length && kept.length <= 3
          ? kept.join(" ")
          : // "24.000 m3/ngày đêm đã vận hành": "ngày đêm" is one time unit whatever runs on.
            kept[0] === "ngày" && kept[1] === "đêm"
            ? "ngày đêm"
            : (kept[0] as string);
    if (part === null) break;
    suffix += `/${part}`;
    at += slash[0].length + part.length;
  }
  return suffix === "" ? null : { suffix, length: at };
}

/**
 * "58 triệu đồng/người/năm rồi", "8 - 10 km/năm nữa": a particle of speech that ends a sentence
 * said aloud is no part of what a unit is per.
 */
const SPOKEN_PARTICLES = new Set(["rồi", "nữa", "thôi", "ạ", "nhé", "nhỉ", "đấy", "đó", "luôn"]);

/**
 * "60 triệu đồng/căn xây mới", "15 triệu đồng/nhà sửa chữa": the base of a per-something unit is a
 * noun; a verb after it says which of them (a part of the name), not what the unit is per.
 */
const PER_BASE_VERB = new Set([
  "xây",
  "sửa",
  "cải",
  "nâng",
  "làm",
  "mua",
  "hỗ",
  "dựng",
  "lắp",
  "thuê",
  "vay",
  "nhận",
]);

/** "100 bé gái", "1.000 dân", "vạn dân": the base of a per-something unit is 1 or a power of ten. */
function isRoundBase(base: string): boolean {
  const n = /^[\d.]+/u.exec(base)?.[0];
  return n === undefined || /^10*$/u.test(n.replace(/\./gu, ""));
}

/**
 * A change said before the figure at `start`, as a figure in points must have: the verb just before
 * it ("giảm", "tăng bình quân", "giảm trên 3 điểm %"), or the verb leading the rate it moves, after
 * a mark or mid-sentence ("4. Giảm tỷ lệ hộ nghèo 0,5 điểm %", "…, giảm tỷ lệ hộ nghèo (chuẩn đa
 * chiều) 1 điểm %"). The upper bound of a range ("giảm 0,8 - 1 điểm %") has the verb before its
 * lower bound: the lower bound is passed over first, so both bounds read alike.
 */
function changedBefore(text: string, start: number): boolean {
  const said = lower(text.slice(Math.max(0, start - 80), start)).replace(/[\d.,]+\s*(?:[-–]|đến)\s*$/u, "");
  return (
    /(?:giảm|tăng)(?:\s+(?:bình quân|trên|từ|ít nhất|tối thiểu|khoảng))*\s*$/u.test(said.slice(-30)) ||
    // "giảm tỷ lệ sinh con thứ 3 trở lên 0,3 điểm %": an ordinal or an age in the rate's name.
    /(?<![\p{L}\d])(?:giảm|tăng)\s+(?:tỷ lệ|tỷ trọng)(?!\p{L})(?:[^\d,;:.]|(?<=(?:thứ|dưới|trên|từ)\s)\d{1,2}(?![\d.,]))*$/u.test(
      said.slice(-60),
    )
  );
}

/** Where the `n`th word after `from` ends (`from` itself when `n` is 0). */
function wordsEnd(text: string, from: number, n: number): number {
  let at = from;
  for (let k = 0; k < n; k++) {
    const m = /^\s*\S+?(?=[\s,;.:()“”"]|$)/u.exec(text.slice(at, at + 40));
    if (m === null) break;
    at += m[0].length;
  }
  return at;
}

function readUnit(
  text: string,
  at: number,
): {
  unit: string;
  end: number;
  scale: number;
  scaleWord: string | null;
  shaped: boolean;
  stacked: number;
} | null {
  let i = at;
  while (text[i] === " " || text[i] === "\u00a0") i++;
  const rest = lower(text.slice(i, i + 40));
  let scale = 1;
  let scaleWord: string | null = null;
  /** "1,32 nghìn tỷ đồng": a stacked scale, 1,32 × 1 000 tỷ đồng; the figure takes the 1 000. */
  let stacked = 1;
  for (const [w, s] of Object.entries(SCALES)) {
    if (rest.startsWith(w) && !/\p{L}/u.test(rest.charAt(w.length))) {
      scale = s;
      scaleWord = w;
      i += w.length;
      while (text[i] === " ") i++;
      const next = /^(tỷ|tỉ|triệu)(?!\p{L})/u.exec(lower(text.slice(i, i + 8)));
      // "2,61 triệu tỷ đồng" (national budgets, credit): 2,61 × 1 000 000 tỷ đồng, as "nghìn tỷ".
      if (next?.[1] !== undefined && (s === 1e3 || (s === 1e6 && next[1] !== "triệu"))) {
        stacked = s;
        scale = SCALES[next[1]] ?? 1;
        scaleWord = next[1];
        i += next[1].length;
        while (text[i] === " ") i++;
      }
      break;
    }
  }
  const tail = lower(text.slice(i, i + 40));
  const withPer = (unit: string, end: number, shaped: boolean) => {
    // "giảm tỷ suất sinh thô bình quân 0,2‰/năm": a yearly rate of a rate, in "‰" as "%/năm" is in "%".
    const yearly = unit === "‰" ? /^\s*\/\s*năm(?!\p{L})/u.exec(text.slice(end, end + 12)) : null;
    if (yearly !== null) return { unit, end: end + yearly[0].length, scale, scaleWord, shaped, stacked };
    const per = perSuffix(text.slice(end, end + 40));
    if (per !== null)
      return { unit: unit + per.suffix, end: end + per.length, scale, scaleWord, shaped, stacked };
    // "28,4 giường bệnh trên một vạn dân": per head in words.
    const pop = PER_POPULATION.exec(lower(text.slice(end, end + 40)));
    if (pop?.[1] !== undefined && !MONEY.includes(lower(unit))) {
      return { unit: `${unit}/${pop[1]} dân`, end: end + pop[0].length, scale, scaleWord, shaped, stacked };
    }
    return null;
  };
  for (const u of ALL_UNITS) {
    if (tail.startsWith(u) && !/\p{L}/u.test(tail.charAt(u.length))) {
      // "21 điểm cầu": a longer word that is not counted wins over the unit it starts with.
      if (
        NOT_COUNTED.some(
          (w) => w.length > u.length && tail.startsWith(w) && !/\p{L}/u.test(tail.charAt(w.length)),
        )
      )
        return null;
      // "312 đồng chí", "đồng bào": people, not money.
      // "5.926 đồng hồ nước": a meter, counted by its shape.
      if (u === "đồng" && scaleWord === null && /^đồng (?:chí|bào|hồ)(?!\p{L})/u.test(tail)) continue;
      let end = i + u.length;
      // "1.420 lượt cơ sở", "41.250 lượt bạn đọc": what is counted, in times.
      if (u === "lượt") {
        const what = nounPhrase(text, end);
        const known = COUNT_UNITS.find(
          (c) => c !== "lượt" && (what.join(" ") === c || what.join(" ").startsWith(`${c} `)),
        );
        // "41.206 lượt phương tiện xuất nhập cảnh": a longer phrase is counted by its head, read by
        // shape as after any figure.
        const head = known === undefined && what.length > 2 ? shapedUnit(what) : null;
        end = wordsEnd(
          text,
          end,
          known !== undefined
            ? words(known).length
            : what.length <= 2
              ? what.length
              : head === null
                ? 0
                : words(head).length,
        );
      }
      // The unit as written ("triệu USD"), scale word kept by the caller.
      const unit = text.slice(i, end);
      const per = withPer(unit, end, false);
      if (per !== null) return per;
      // "thu gom 72,5 tấn rác thải sinh hoạt/ngày", "cấp 18.000 m3 nước sạch/ngày đêm": a time base
      // written after the measured thing is still the measure's ("tấn/ngày"); the name reads on.
      const late = MEASURE_UNITS.includes(u)
        ? /^[ \u00a0]+(?:\p{Ll}+[ \u00a0]+){0,4}\p{Ll}+(?:\/(ngày đêm|ngày|tháng|năm)|[ \u00a0]+mỗi[ \u00a0]+(ngày đêm|ngày))(?!\p{L})/u.exec(
            text.slice(end, end + 60),
          )
        : null;
      // ("thu gom 186 tấn rác thải mỗi ngày" is a daily measure too; "trồng 500 ha rừng mỗi năm" is a
      // yearly target in ha, as the keys write it.)
      const daily = late?.[1] ?? late?.[2];
      if (daily !== undefined)
        return { unit: `${unit}/${daily}`, end, scale, scaleWord, shaped: false, stacked };
      // "xã đạt 4 tiêu chí cứng" is a threshold in a name; "17,8 tiêu chí/xã", "bình quân mỗi xã
      // đạt 18,4 tiêu chí" (not a whole number) are figures.
      if (
        u === "tiêu chí" &&
        /^\d+$/u.test(
          text
            .slice(at - 12, at)
            .trim()
            .split(/\s/u)
            .pop() ?? "",
        )
      )
        return null;
      return { unit, end, scale, scaleWord, shaped: false, stacked };
    }
  }
  // "4.835 tỷ" alone is money in every report we have seen.
  if (scaleWord === "tỷ" || scaleWord === "tỉ")
    return { unit: "tỷ đồng", end: i, scale, scaleWord, shaped: false, stacked };
  // "410 nghìn cây phân tán", "412 phương tiện", "3.640 vận động viên": a counted noun by its shape.
  // "lưu trú bình quân 1,9 ngày/khách", "3,2 giờ/ngày": time is no count, but time per something
  // is a measure.
  const time = /^(ngày|giờ|phút|tháng)(?=\s*\/)/u.exec(tail);
  if (time?.[1] !== undefined) {
    const per = withPer(text.slice(i, i + time[1].length), i + time[1].length, false);
    if (per !== null) return per;
  }
  // "thời gian thông quan bình quân còn 1,4 giờ", "rút ngắn thời gian giải quyết xuống 5 ngày": time
  // is a measure when the clause says it measures time.
  const span = /^(giờ|ngày|phút)(?!\p{L})/u.exec(tail);
  if (span?.[1] !== undefined) {
    const said = lower(text.slice(Math.max(0, at - 120), at));
    const clause = said.slice(
      Math.max(said.lastIndexOf(";"), said.lastIndexOf(". "), said.lastIndexOf(":"), said.lastIndexOf("\n")) +
        1,
    );
    // ("Thời gian qua, … tổ chức 3 ngày hội": "thời gian qua / tới" is when, not a measure.)
    // "ngày điều trị trung bình 6,2 ngày", "lưu trú bình quân 2,1 ngày": a mean of time is a measure.
    if (
      (/(?<!\p{L})thời gian(?!\s+(?:qua|tới|này|đến|gần đây)(?!\p{L}))(?!\p{L})/u.test(clause) ||
        // "- Ngày điều trị trung bình: 6,4 ngày": a bullet whose label before the colon names a mean.
        /(?:^|\n)[ \t]*[-–•+*]?[ \t]*[^\n:;\d]{0,60}(?:trung bình|bình quân)[^\n:;\d]{0,30}:\s*[\d.,]+$/u.test(
          said,
        ) ||
        // "Chỉ số SAIDI 312 phút", "phát sóng 6.570 giờ truyền hình": the power-cut index and airtime
        // are durations by what they are, though the clause never says "thời gian".
        // ("- Chỉ số SAIDI: không quá 180 phút": said in the label before the colon too.)
        (/(?<!\p{L})(?:saidi|saifi|phát sóng|thời lượng)(?!\p{L})/u.test(
          said.slice(Math.max(said.lastIndexOf(";"), said.lastIndexOf(". "), said.lastIndexOf("\n")) + 1),
        ) &&
          !/^\p{L}+\s*\//u.test(tail)) ||
        ((/(?<!\p{L})(?:trung bình|bình quân)(?:\s+(?:là|còn|đạt|khoảng|giảm còn|tăng lên))?\s*[\d.,]+\s*$/u.test(
          clause,
        ) ||
          // "- Ngày điều trị trung bình: 6,4 ngày": the label before the colon names the time.
          lineLabelOpensWith(said, span[1])) &&
          /^\p{L}+\s*(?:[,;.()]|$|\s(?:so với|tăng|giảm|rút ngắn)(?!\p{L}))/u.test(tail))) &&
      !/^\p{L}+\s+(?:hội|lễ|làm việc|thứ)(?!\p{L})/u.test(tail)
    )
      return {
        unit: text.slice(i, i + span[1].length),
        end: i + span[1].length,
        scale,
        scaleWord,
        shaped: false,
        stacked,
      };
  }
  // "có 287 ngày chất lượng không khí tốt", "ghi nhận 41 ngày có chỉ số AQI ở mức kém": days are
  // counted by the air quality measured on them (an environment report's indicator, not a span).
  const airDays =
    /^ngày\s+(?:có\s+)?(?:chất lượng không khí|chỉ số (?:chất lượng không khí|aqi))(?!\p{L})/u.exec(
      lower(tail),
    );
  // "Số ngày có chất lượng không khí tốt: không dưới 300 ngày": a bullet labelled "số ngày" counts days.
  const dayLabel =
    /^ngày(?!\p{L})/u.test(tail) &&
    /(?:^|[\n;.])\s*[-–•+*]?\s*(?:tổng\s+)?số\s+ngày(?!\p{L})[^:;.\n\d]{0,90}:\s*(?:\p{L}+\s+){0,3}[\d.,]+$/u.test(
      lower(text.slice(Math.max(0, at - 120), at)),
    );
  // "được cấp 11 bằng độc quyền sáng chế": patents are counted in "bằng", no comparison.
  // A word that mostly counts nothing ("3 đợt", "6 đoàn kiểm tra", "4 nhóm giải pháp", "12 đơn vị
  // trực thuộc") counts what reports count in the shapes below.
  const counted = countedShape(lower(text.slice(Math.max(0, at - 60), at)), lower(tail));
  if (counted !== null)
    return {
      unit: text.slice(i, i + counted.length),
      end: i + counted.length,
      scale,
      scaleWord,
      shaped: true,
      stacked,
    };
  if (airDays !== null || dayLabel)
    return { unit: text.slice(i, i + 4), end: i + 4, scale, scaleWord, shaped: false, stacked };
  const phrase = nounPhrase(text, i);
  let head =
    workCountUnit(text.slice(Math.max(0, at - 200), at), phrase, lower(text.slice(i, i + 40))) ??
    shapedUnit(phrase);
  // "làm 450 m kè mềm", "nạo vét 820 m kênh": a length read by shape is the measure; the thing
  // measured is named, not counted.
  // It is a measure, no counted noun: the name takes the words after it, as after "km".
  if (head !== null && /^m\s/u.test(head))
    return { unit: text.slice(i, i + 1), end: i + 1, scale, scaleWord, shaped: false, stacked };
  // "số phòng học tạm còn 146 phòng": a noun not counted elsewhere (a room, not a department) counts
  // what the clause named by "số" + that noun before the figure.
  const noun = phrase[0];
  if (head === null && noun !== undefined) {
    const said = lower(text.slice(Math.max(0, at - 100), at));
    const clause = said.slice(
      Math.max(said.lastIndexOf(";"), said.lastIndexOf(". "), said.lastIndexOf(":")) + 1,
    );
    if (new RegExp(`(?<!\\p{L})số\\s+${noun}(?!\\p{L})`, "u").test(clause)) head = noun;
    // "- Phòng học được kiên cố hóa: 164 phòng", a table's row "Phòng học kiên cố (phòng) | 164": a
    // line whose label opens with that noun counts it, as "số" + the noun would.
    // (The noun alone after the figure: "120 đại biểu" is no count of "Đại hội …".)
    else if (
      new RegExp(`^${noun}[ \\t]*(?:[,;.)\\n]|$)`, "u").test(lower(text.slice(i, i + noun.length + 3))) &&
      lineLabelOpensWith(said, noun)
    )
      head = noun;
  }
  if (head === null) return null;
  let end = wordsEnd(text, i, words(head).length);
  // "111 bé trai/100 bé gái": the last word ends at its "/", which starts the per-something suffix.
  const slash = text.slice(i, end).indexOf("/");
  if (slash > 0) end = i + slash;
  // "612.480 thẻ BHYT", "9.310 sổ BHXH": a noun of one word is named by the acronym after it.
  const acronym =
    words(head).length === 1 ? /^[ \u00a0]+\p{Lu}{2,6}(?![\p{L}\d])/u.exec(text.slice(end, end + 12)) : null;
  if (acronym !== null) end += acronym[0].length;
  return (
    withPer(text.slice(i, end), end, true) ?? {
      unit: text.slice(i, end),
      end,
      scale,
      scaleWord,
      shaped: true,
      stacked,
    }
  );
}

/** Quotation marks, as typed or as a word processor curls them. */
const OPEN_QUOTE = /[“"]/u;
const CLOSE_QUOTE = /[”"]/u;

/**
 * The figure at [start, end) stands inside a quoted name of a few words ("“Chi hội 5 không, 3
 * sạch”", "\"Xã 3 không\""), not a quoted sentence (a speech quoted holds figures of its own). Looks
 * at most 50 characters either side, so it stays linear in a long paste.
 */
function insideShortQuote(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  let open = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before.charAt(i);
    if (c === "\n" || (CLOSE_QUOTE.test(c) && c !== '"')) return false;
    if (OPEN_QUOTE.test(c)) {
      // A straight quote opens only after a blank or the line's start, before a letter or digit.
      if (c === '"' && (!/^[\s(:]?$/u.test(before.charAt(i - 1)) || /\s/u.test(before.charAt(i + 1))))
        return false;
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const after = text.slice(end, end + 50);
  const close = after.search(/[”"\n]/u);
  if (close < 0 || after.charAt(close) === "\n") return false;
  const quoted = before.slice(open + 1) + text.slice(start, end) + after.slice(0, close);
  return quoted.trim().split(/\s+/u).length <= 8;
}

/**
 * "Lễ hội Biển Hòn Sâm 2026 thu hút …", "Chỉ số PCI (PCI) 2025 công bố …": a year written after a
 * proper name (two capitalised words, or a closing bracket) and before a verb is the edition of the
 * event or index, no count. A counted thing after it ("Hàn Quốc 2025 lượt") keeps it a figure, and
 * so does a single capitalised word opening the sentence ("Đón 2025 lượt khách").
 */
function yearOfName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (!/(?:\p{Lu}\p{L}*\s+\p{Lu}[\p{L}\d]*|\))\s+$/u.test(before)) return false;
  const next = /^\s+(\p{Ll}[\p{L}\s]{0,30})/u.exec(text.slice(end, end + 40))?.[1];
  if (next === undefined) return false;
  const said = lower(next);
  return !ALL_UNITS.some((u) => said.startsWith(u) && !/^\p{L}/u.test(said.slice(u.length)));
}

function figureAt(
  text: string,
  start: number,
  raw: string,
  convention: NumberConvention,
  rangeEnd = false,
): Figure | null {
  let end = start + raw.length;
  const prev = text.charAt(start - 1);
  // "(-30,8%)": a signed change in brackets, read by the figure it follows.
  const bracketSign = /[-−]/u.test(prev) && text.charAt(start - 2) === "(";
  // "thụ lý 1.131 vụ/1.867 bị cáo": after a count's unit, a count that is no round base is a figure.
  const secondCount =
    prev === "/" &&
    /\p{L}$/u.test(text.slice(0, start - 1)) &&
    !isRoundBase(raw) &&
    /^\s+\p{Ll}/u.test(text.slice(start + raw.length, start + raw.length + 4)) &&
    // "quý III/2026 ước tính …": the year of a quarter, a date.
    !(
      /^(?:19|20)\d\d$/u.test(raw) &&
      /(?<!\p{L})[IVX]{1,4}$/u.test(text.slice(Math.max(0, start - 6), start - 1))
    );
  if (/[\p{L}\d\-/.,]/u.test(prev) && !bracketSign && !rangeEnd && !secondCount) return null;
  // '"Năm 2026 huyện trồng mới …' (a quote opens before the year): the word, not the quote mark.
  const before = lower(/(\S+)\s*$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1] ?? "").replace(
    /^["“(]+/u,
    "",
  );
  // "năm 2020" is a year; "cả năm 412.800 tấn" is a figure.
  // "với tổng số 128.400 thành viên": a total, not a label.
  const total = before === "số" && /tổng\s+số\s*$/u.test(lower(text.slice(Math.max(0, start - 12), start)));
  // "phường 17", "khóa 12" name by a whole number; "chi ngân sách phường 17,94 tỷ đồng" is a figure.
  // "doanh thu bình quân 1 hợp tác xã": the base of a mean, not a count.
  // "giảm … bình quân 1 - 1,5%/năm" is a range of rates.
  if (
    raw === "1" &&
    /(?:bình quân|trung bình|mỗi)\s*$/u.test(lower(text.slice(Math.max(0, start - 16), start))) &&
    !/^\s*(?:[-–]\s*\d[\d.,]*\s*)?%/u.test(text.slice(start + raw.length, start + raw.length + 16))
  )
    return null;
  // "đường tỉnh 871", "đường huyện 12": a road named by its number.
  if (
    /(?:^|\s)đường\s+(?:tỉnh|huyện|xã)\s*$/u.test(lower(text.slice(Math.max(0, start - 16), start))) &&
    /^\d+$/u.test(raw)
  )
    return null;
  // "dân tộc thiểu số 1.240 hộ", "dân số 125.400 người": "số" ends a noun there, it numbers nothing.
  const compoundSo =
    before === "số" &&
    /(?:^|\s)(?:thiểu|đa|dân|chỉ|hệ|tỷ|con|điểm|tần|cử|doanh)\s+số\s*$/u.test(
      lower(text.slice(Math.max(0, start - 16), start)),
    );
  if (
    LABEL_BEFORE.has(before) &&
    !total &&
    !compoundSo &&
    (before !== "năm" || /^(?:19|20)\d\d$/u.test(raw)) &&
    (/^\d+$/u.test(raw) || before === "số")
  )
    return null;
  // "Thuế cơ sở 2 tỉnh Phong Nhạn": a tax office named by its number.
  if (
    before === "sở" &&
    /(?<!\p{L})thuế\s+cơ\s+sở\s*$/u.test(lower(text.slice(Math.max(0, start - 16), start)))
  )
    return null;
  // "năm thứ ba vượt mốc 20 nghìn tỷ đồng": a milestone passed says how far the level went, no level
  // of its own. Followed by the level reached ("…, đạt 3,12 tỷ USD"), it stays a draft: it names that
  // level and is then dropped (nameResultsPastThreshold).
  if (
    before === "mốc" &&
    /(?<!\p{L})(?:vượt|cán|chạm|qua)\s+mốc\s*$/u.test(lower(text.slice(Math.max(0, start - 16), start))) &&
    !/^[^,.;\d]{0,30},?\s*(?:và\s+)?(?:đạt|lên|ở mức|với)\s+\d/u.test(
      lower(text.slice(start + raw.length, start + raw.length + 60)),
    )
  )
    return null;
  // "tháng 10 làm 3 người chết", "quý 3", "nhiệm kỳ 2025 - 2030", "ngày 30/9": a date or a term, not
  // a measurement.
  if (
    // "11 tháng 286,74 triệu kWh": after a span of months the figure is the period's, no month.
    (before === "tháng" &&
      (/^(?:0?[1-9]|1[0-2])$/u.test(raw) ||
        !/\d\s+tháng\s*$/u.test(text.slice(Math.max(0, start - 12), start)))) ||
    before === "quý" ||
    // "GRDP quý III/2026 ước tính tăng 8,1%": the year of a quarter written in Roman numerals.
    (/^(?:19|20)\d\d$/u.test(raw) &&
      /(?<!\p{L})quý\s+(?:I|II|III|IV)\s*\/\s*$/iu.test(text.slice(Math.max(0, start - 12), start))) ||
    // "tuyển sinh lớp 10", "khối 6": a grade names who are counted; it is no figure.
    ((before === "lớp" || before === "khối") && /^(?:0?[1-9]|1[0-2])$/u.test(raw)) ||
    // "kết thúc lúc 16 giờ 30 cùng ngày": the minutes of a time of day.
    (/^\d{1,2}$/u.test(raw) &&
      /(?<!\p{L})(?:lúc|trước|từ|đến|vào|khoảng)\s+\d{1,2}\s*giờ\s*$/u.test(
        lower(text.slice(Math.max(0, start - 20), start)),
      )) ||
    // "trước 10h ngày 20/12", "lúc 14h30": a time of day.
    (/^\d{1,2}$/u.test(raw) &&
      /^h(?:\d{2})?(?!\p{L})/u.test(text.slice(end, end + 4)) &&
      /(?:lúc|trước|từ|đến|vào|khoảng)\s*$/u.test(lower(text.slice(Math.max(0, start - 8), start)))) ||
    ((before === "kỳ" || before === "đoạn") && /^(?:19|20)\d\d$/u.test(raw)) ||
    // "Dự thảo chỉ tiêu KH 2027 huyện …", "mục tiêu 2030": a plan named by its year, "năm" left out.
    (/^(?:19|20)\d\d$/u.test(raw) &&
      /(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|niên vụ|tầm nhìn)\s*$/u.test(
        lower(text.slice(Math.max(0, start - 16), start)),
      )) ||
    // "năm học 2025 - 2026", "niên khóa 2024 - 2025": a school year is when, like a term.
    (/^(?:19|20)\d\d$/u.test(raw) &&
      /(?:năm học|niên khóa|khóa học)\s*$/u.test(lower(text.slice(Math.max(0, start - 16), start)))) ||
    (before === "ngày" && text.charAt(end) === "/") ||
    // "tỷ lệ đô thị hóa 2026 ước 36,2%", "sản lượng 2025 đạt 12.400 tấn", "Lễ hội Hoa Đào 2026 thu hút
    // …", "bảng xếp hạng PAPI 2025 công bố ngày …": a bare year right before the figure's verb or an
    // event's says when ("năm" left out as briefs do); a count has its noun after it.
    (/^20\d\d$/u.test(raw) &&
      /^\s+(?:(?:ước(?:\s+(?:tính|đạt))?|đạt|dự kiến(?:\s+đạt)?)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?\d|(?:thu hút|công bố|diễn ra|khai mạc|bế mạc|kết thúc|chính thức|được tổ chức|tổ chức|ghi nhận)(?!\p{L}))/u.test(
        lower(text.slice(end, end + 30)),
      )) ||
    // "báo cáo trước ngày 20 hằng tháng", "ngày 15 tháng 3": a day of the month, not a count of days.
    (before === "ngày" &&
      /^\d{1,2}$/u.test(raw) &&
      /^\s+(?:(?:hằng|hàng|mỗi)\s+tháng|tháng\s+\d)/u.test(lower(text.slice(end, end + 16)))) ||
    (/^(?:19|20)\d\d$/u.test(raw) &&
      /(?:kỳ|đoạn|năm|học|khóa)\s+(?:19|20)\d\d\s*[-–]\s*$/u.test(
        lower(text.slice(Math.max(0, start - 20), start)),
      ))
  )
    return null;
  // "vụ đông xuân 2026 - 2027": the second year of a period (the first is no figure either, below).
  const yearBefore = /(?<![\d.,])((?:19|20)\d\d)\s*[-–]\s*$/u.exec(text.slice(Math.max(0, start - 8), start));
  if (
    yearBefore?.[1] !== undefined &&
    /^(?:19|20)\d\d$/u.test(raw) &&
    Number(raw) - Number(yearBefore[1]) >= 1 &&
    Number(raw) - Number(yearBefore[1]) <= 10
  )
    return null;
  if (/^(?:19|20)\d\d$/u.test(raw) && yearOfName(text, start, end)) return null;
  // "đêm 14 rạng sáng 15/8", "rạng sáng 15": the night or dawn of a day of the month, no count.
  if (
    /^(?:0?[1-9]|[12]\d|3[01])$/u.test(raw) &&
    /(?:^|[\s,(])(?:đêm|rạng sáng)\s*$/u.test(lower(text.slice(Math.max(0, start - 12), start)))
  )
    return null;
  // "mô hình “Chi hội 5 không, 3 sạch”": a short quoted name holds its figures as words of the name.
  if (insideShortQuote(text, start, end)) return null;
  // "tổ chức 4 hội nghị tại 9 xã": where, not what; but "kiểm tra … tại 38 tổ chức đảng" with no
  // figure before it in its clause counts where it was done (the caller decides).
  const place = before === "tại" || before === "ở";
  // "thanh niên (15 - 24 tuổi)", "người cao tuổi (từ 60 tuổi trở lên)": an age in brackets after a
  // noun says which of them, as the age label words do.
  const bracketAge = /\(\s*(?:(?:từ|dưới|trên|đủ|độ tuổi)\s+)?$/u.test(
    lower(text.slice(Math.max(0, start - 12), start)),
  );
  if (
    (AGE_LABEL_BEFORE.has(before) || bracketAge) &&
    /^\s*(?:[-–]\s*\d{1,3}\s*)?tuổi/u.test(lower(text.slice(end, end + 14)))
  )
    return null;
  // "trẻ 3 - 5 tuổi", "(15 - 24 tuổi)": the upper bound of an age range that says who.
  if (
    /^\s*tuổi/u.test(lower(text.slice(end, end + 8))) &&
    /(?:(?:^|[\s(])(?:trẻ|em|từ|dưới|trên|độ|đủ)\s+|\(\s*)\d{1,3}\s*[-–]\s*$/u.test(
      lower(text.slice(Math.max(0, start - 16), start)),
    )
  )
    return null;
  // "giá trị sản xuất trên 1 ha đất trồng trọt", "bình quân mỗi 1 km": the measure of a ratio.
  if (raw === "1" && /^(?:trên|mỗi)$/u.test(before)) return null;
  const parsed = parseNumber(raw, convention);
  if (parsed.kind !== "number") return null;
  let of: number | null = null;
  // "12/15." ends a sentence: the stop is no part of the whole.
  const frac = /^\/(\d+(?:[.,]\d+)*)/u.exec(text.slice(end, end + 40));
  if (frac?.[1] !== undefined) {
    const total = parseNumber(frac[1], convention);
    if (total.kind !== "number") return null;
    of = total.value;
    end += frac[0].length;
  }
  // "9 - 9,5%/năm", "52 - 53%", "từ 6,5 đến 7%": a range, read as its lower bound with the range as
  // typed; "giai đoạn 2026 - 2030" has no unit after it and is no figure.
  const range =
    of === null || rangeEnd
      ? /^\s*(?:[-–—]|đến)\s*(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)/u.exec(
          text.slice(end, end + 40),
        )
      : null;
  // "Kế hoạch vụ đông xuân 2026 - 2027 gieo cấy …": two years a few apart are a season or a period,
  // whatever word follows them.
  if (
    range?.[1] !== undefined &&
    /^(?:19|20)\d\d$/u.test(raw) &&
    /^(?:19|20)\d\d$/u.test(range[1]) &&
    Number(range[1]) - Number(raw) >= 1 &&
    Number(range[1]) - Number(raw) <= 10
  )
    return null;
  if (range?.[1] !== undefined && !rangeEnd) {
    const hiStart = end + range[0].length - range[1].length;
    const hi = figureAt(text, hiStart, range[1], convention, true);
    const hiValue = parseNumber(range[1], convention);
    if (
      hi !== null &&
      hiValue.kind === "number" &&
      hiValue.value > parsed.value &&
      // "giảm 1,5 - 2 điểm %": a range in points is a change as its bounds are, said after its verb.
      (hi.unit !== "điểm %" || changedBefore(text, start))
    ) {
      const scale = hiValue.value === 0 ? 1 : hi.value / hiValue.value;
      const lo = Number((parsed.value * scale).toPrecision(15));
      return {
        ...hi,
        start,
        value: lo,
        // "58 - 60 nghìn tỷ đồng", "7 - 7,2 triệu lượt khách": a scale is written into the range, as
        // the unit no longer says it.
        typed:
          scale !== 1
            ? `${formatNumber(lo, convention, 6)} - ${hi.typed}`
            : text.slice(start, hiStart + range[1].length).replace(/\s+/gu, " "),
        ambiguous: null,
        of: null,
        hi: hi.value,
      };
    }
  }
  if (/^[-–]\d|^\s*-\s*\p{Lu}/u.test(text.slice(end, end + 40))) return null;
  const ambiguous = parsed.ambiguous;
  // "tăng 4,1 điểm %": a change of a rate, told with the rate itself.
  // A target's fall in points ("tỷ lệ hộ nghèo giảm trên 3 điểm %") is a plan in "điểm %"; the caller
  // drops it from a sentence of results.
  // "giảm 1 - 1,5 điểm %/năm": a yearly fall in points; "/năm" belongs to the figure, not the name.
  const points = /^\s*điểm\s*(?:%|phần trăm)(?:\s*\/\s*năm(?!\p{L}))?/u.exec(text.slice(end, end + 26));
  if (points !== null) {
    // The upper bound of a range ("1,5 - 2 điểm %") is read with its lower bound, checked there.
    if (!rangeEnd && !changedBefore(text, start)) return null;
    return {
      start,
      end: end + points[0].length,
      value: parsed.value,
      typed: raw,
      ambiguous: null,
      of: null,
      percent: false,
      unit: "điểm %",
      scaleApplied: false,
      countUnit: false,
      shaped: false,
      place: false,
      statedPlan: null,
      hi: null,
    };
  }
  const pct = /^\s?%/u.exec(text.slice(end, end + 2));
  if (pct) {
    return {
      start,
      end: end + pct[0].length,
      value: parsed.value,
      typed: raw,
      ambiguous,
      of,
      percent: true,
      unit: "%",
      scaleApplied: false,
      countUnit: false,
      shaped: false,
      place,
      statedPlan: null,
      hi: null,
    };
  }
  const unit =
    readUnit(text, end) ??
    (of !== null
      ? topicUnit(text, start, end)
      : // "Số giường bệnh/vạn dân: 34,5 (không tính …)": a note in brackets after the figure.
        /^\s*(?:[,;.\n(]|$)/u.test(text.slice(end, end + 2))
        ? (topicUnit(text, start, end) ??
          numberedUnit(text, start, end) ??
          labelPerBaseUnit(text, start, end) ??
          perHeadBefore(text, start, end))
        : null);
  if (unit === null) return null;
  const unitLower = lower(unit.unit);
  const money = MONEY.some((w) => unitLower === w || unitLower.startsWith(`${w}/`));
  const keepScale = unit.scaleWord !== null && (money || unit.unit === "tỷ đồng");
  const scaleApplied = unit.scale !== 1 && !keepScale;
  const fullUnit = keepScale && unit.unit !== "tỷ đồng" ? `${unit.scaleWord} ${unit.unit}` : unit.unit;
  const base = unit.stacked === 1 ? parsed.value : Number((parsed.value * unit.stacked).toPrecision(15));
  const value = scaleApplied ? Number((base * unit.scale).toPrecision(15)) : base;
  let statedPlan: number | null = null;
  let figureEnd = unit.end;
  const over = /^\s*\/\s*(\d[\d.,]*)\s+([^\d,;()]{1,20}?)\s*(?:kế hoạch|dự toán|kh|chỉ tiêu)(?!\p{L})/u.exec(
    lower(text.slice(unit.end, unit.end + 60)),
  );
  const overValue = over?.[1] === undefined ? null : parseNumber(over[1], convention);
  // The plan's unit must be the figure's own ("tỷ đồng/2.310 tỷ đồng").
  if (
    over !== null &&
    overValue?.kind === "number" &&
    (over[2] ?? "").trim() === lower(text.slice(start + raw.length, unit.end)).trim()
  ) {
    statedPlan = scaleApplied ? Number((overValue.value * unit.scale).toPrecision(15)) : overValue.value;
    figureEnd = unit.end + over[0].length;
  }
  return {
    start,
    end: figureEnd,
    value,
    // "132,6 nghìn tỷ đồng" in "tỷ đồng": the figure as the unit reads it, 132.600; "trên 1,2 triệu
    // tấn" in "tấn" a target of 1.200.000, not of 1,2.
    typed: scaleApplied
      ? formatNumber(value, convention, 6)
      : unit.stacked === 1
        ? raw
        : formatNumber(base, convention, 6),
    ambiguous: scaleApplied || ambiguous === null ? null : ambiguous,
    // "187,42 tỷ đồng/318,5 tỷ đồng kế hoạch vốn được giao": the money is counted out of its plan, as
    // "9/14 xã" is out of its whole (the share after it is a rate of its own), and the plan is its KH.
    of: of ?? statedPlan,
    percent: false,
    unit: fullUnit,
    scaleApplied,
    statedPlan,
    hi: null,
    // "241 đảng viên/năm", "32,6 giường bệnh/vạn dân": counted things per something.
    countUnit:
      unit.shaped || COUNT_UNITS.includes(unitLower.split("/")[0] ?? "") || unitLower.startsWith("lượt "),
    shaped: unit.shaped,
    place,
  };
}

/**
 * "Thi hành kỷ luật 212 đảng viên, trong đó khiển trách 134, cảnh cáo 51": a bare number listed
 * after "trong đó" (a verb or noun before it, nothing after it but the list's punctuation) is a part
 * of the figure before "trong đó", in its unit and scale. Looks back at most 200 characters.
 */
function partOfWhole(text: string, start: number, raw: string, convention: NumberConvention): Figure | null {
  const after = text.slice(start + raw.length, start + raw.length + 6);
  if (!/^\s*(?:[,;.)]|và\s|$)/u.test(after) || /^\.\d/u.test(after)) return null;
  // "trong đó năm 2025 …", "trong đó tháng 12": a date or a label, not a part.
  const before = lower(/(\S+)\s*$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1] ?? "");
  if (LABEL_BEFORE.has(before) || /^(?:tháng|quý|ngày|kỳ|đoạn|lần|thứ)$/u.test(before)) return null;
  const back = text.slice(Math.max(0, start - 200), start);
  const at = lower(back).lastIndexOf("trong đó");
  if (at < 0) return null;
  // The list from "trong đó" to the figure: "verb N, verb N, verb" with no other break or unit.
  const list = back.slice(at + "trong đó".length);
  if (
    !/^[\s,:]*(?:\p{L}[\p{L} ]*?\s\d[\d.,]*(?:\s+\p{L}[\p{L} ]*?)?\s*(?:,|và)\s*)*\p{L}[\p{L} ]*?\s$/u.test(
      list,
    )
  )
    return null;
  const whole = /(\d[\d.,]*)(\s+\p{L}[^\d,;:()]*?)\s*[,(]?\s*$/u.exec(back.slice(0, at));
  if (whole?.[1] === undefined) return null;
  const headStart = Math.max(0, start - 200) + whole.index;
  const head = figureAt(text, headStart, whole[1], convention);
  const parsed = parseNumber(raw, convention);
  const headRaw = parseNumber(whole[1], convention);
  if (head === null || head.percent || parsed.kind !== "number" || headRaw.kind !== "number") return null;
  // "18,4 nghìn tấn, trong đó khai thác 9,1": the part is written in the whole's scale.
  const scale = headRaw.value === 0 ? 1 : head.value / headRaw.value;
  const value = Number((parsed.value * scale).toPrecision(15));
  return {
    start,
    end: start + raw.length,
    value,
    // In the unit's terms, as the whole is: "9,1" of "18,4 nghìn tấn" in "tấn" is 9.100, "0,6" of
    // "1,5 nghìn tỷ đồng" in "tỷ đồng" is 600 (money keeps "tỷ" in its unit, not the "nghìn" before it).
    typed: scale !== 1 ? formatNumber(value, convention, 6) : raw,
    ambiguous: parsed.ambiguous,
    of: null,
    percent: false,
    unit: head.unit,
    scaleApplied: head.scaleApplied,
    countUnit: head.countUnit,
    shaped: head.shaped,
    place: false,
    statedPlan: null,
    hi: null,
  };
}

/** "97 hoàn thành tốt nhiệm vụ", "2 không hoàn thành nhiệm vụ": a bare number, then what it did. */
const PREDICATE_AFTER =
  /^\s+((?:không\s+|chưa\s+)?(?:hoàn thành|đạt|được|xếp loại|bị)(?!\p{L})[^\d,;:.()]{0,60})/u;

/** Words a list's items share that say nothing of what they did ("của", "và"). */
const GRAMMAR = new Set(["của", "và", "các", "với", "trong", "có", "được", "không", "chưa"]);

/**
 * "38 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ (chiếm 26%), 97 hoàn thành tốt nhiệm vụ, 9 hoàn
 * thành nhiệm vụ và 2 không hoàn thành nhiệm vụ": a rating's classes listed after the first, each a
 * bare number and what it did, counted in the first item's noun (items split by ",", ";", "và", or
 * after "trong đó" as its part). The first item's predicate and this one's must share a word ("hoàn
 * thành"), so a bare number of another list is not taken. Looks back at most 200 characters.
 */
function listedLikeFirst(
  text: string,
  start: number,
  raw: string,
  convention: NumberConvention,
): Figure | null {
  const pred = PREDICATE_AFTER.exec(text.slice(start + raw.length, start + raw.length + 80))?.[1];
  if (pred === undefined) return null;
  const from = Math.max(0, start - 200);
  const back = text.slice(from, start);
  const first =
    /(?<![\d.,])(\d[\d.,]*)(\s+\p{L}[^\d,;:()]*?)(?:\s*\([^()]*\))?\s*(?:[,;]|và|,?\s*trong đó)\s*(?:\d[\d.,]*\s+\p{L}[^\d,;:()]*?\s*(?:[,;]|và)\s*)*$/u.exec(
      back,
    );
  if (first?.[1] === undefined || first[2] === undefined) return null;
  const head = figureAt(text, from + first.index, first[1], convention);
  const parsed = parseNumber(raw, convention);
  if (head === null || !head.countUnit || head.percent || parsed.kind !== "number") return null;
  const headPred = lower(text.slice(head.end, from + first.index + first[1].length + first[2].length));
  const own = new Set(words(lower(pred)).filter((w) => !GRAMMAR.has(w)));
  if (!words(headPred).some((w) => own.has(w))) return null;
  return bareCount(start, raw, parsed, head.unit, head.shaped);
}

/**
 * A bare number inside brackets as a part of the count written right before the bracket
 * (`beforeOpen`, the text up to "(", starting at `from`): in that count's unit; null when what
 * stands before the bracket is no count.
 */
function partOfCountBefore(
  text: string,
  from: number,
  beforeOpen: string,
  start: number,
  raw: string,
  convention: NumberConvention,
): Figure | null {
  // "3.412 lao động …, bằng 113,7% kế hoạch (Nhật Bản 2.106, …)": the count's own comparison may
  // stand between it and the bracket of its parts.
  const bare = beforeOpen.replace(
    /,\s*(?:bằng|đạt|tăng|giảm|vượt)\s[^,;:()\d]{0,30}?\d[\d.,]*\s*%[^\d,;:()]*$/u,
    "",
  );
  const whole = /(\d[\d.,]*)(\s+\p{L}[^\d,;:()]*?)\s*$/u.exec(bare);
  if (whole?.[1] === undefined) return null;
  const head = figureAt(text, from + whole.index, whole[1], convention);
  const parsed = parseNumber(raw, convention);
  if (head === null || !head.countUnit || head.percent || parsed.kind !== "number") return null;
  return bareCount(start, raw, parsed, head.unit, head.shaped);
}

/**
 * "- Phòng học kiên cố: 164", "Ngày điều trị trung bình 6,4": the line (a list's item or a table's
 * row) before a figure opens with `noun` (after a list mark or "số") and holds no other figure.
 * `said` is the lower-cased text up to the figure's end.
 */
function lineLabelOpensWith(said: string, noun: string): boolean {
  const line = said.slice(said.lastIndexOf("\n") + 1).replace(/\d[\d.,]{0,20}\s*$/u, "");
  const label =
    /^\s*(?:[-–•+*]|[a-zđ]\)|\d{1,2}[.)])?\s*(?:(?:tổng\s+)?số\s+)?(\p{L}+)[^\d;:\n]{0,80}?:?\s*$/u.exec(
      line,
    );
  return label?.[1] === noun && line.length <= 100;
}

/** A bare number counted in a unit said elsewhere ("(34 vàng, …)", "Số hộ nghèo: 412"). */
function bareCount(
  start: number,
  raw: string,
  parsed: Pick<Figure, "value" | "ambiguous">,
  unit: string,
  shaped: boolean,
): Figure {
  return {
    start,
    end: start + raw.length,
    value: parsed.value,
    typed: raw,
    ambiguous: parsed.ambiguous,
    of: null,
    percent: false,
    unit,
    scaleApplied: false,
    countUnit: true,
    shaped,
    place: false,
    statedPlan: null,
    hi: null,
  };
}

/**
 * "giành 112 huy chương (34 vàng, 35 bạc, 43 đồng)": parts of a count listed in brackets right after
 * it, each a bare number and a word that is no unit of its own, counted in the whole's unit ("43
 * đồng" is bronze medals, not money). Looks back at most 120 characters.
 */
function bracketPart(text: string, start: number, raw: string, convention: NumberConvention): Figure | null {
  const lead = text.slice(Math.max(0, start - 5), start);
  if (!/(?:[(,]|(?<!\p{L})gồm)\s*$/u.test(lead)) return labelledPart(text, start, raw, convention);
  const label = /^\s+(\p{Ll}+(?:\s\p{Ll}+)?)\s*[,)]/u.exec(
    text.slice(start + raw.length, start + raw.length + 30),
  );
  const first = label?.[1] === undefined ? undefined : words(label[1])[0];
  if (label?.[1] === undefined || first === undefined) return null;
  if (first in SCALES || [...COUNT_UNITS, ...MEASURE_UNITS].includes(first)) return null;
  if ([...COUNT_UNITS, ...MEASURE_UNITS].includes(label[1])) return null;
  const from = Math.max(0, start - 120);
  const back = text.slice(from, start);
  // "giành 27 huy chương, gồm 6 vàng, 9 bạc, 12 đồng": a list opened by "gồm" right after the count
  // is read as its bracket is.
  const listWord = [...back.matchAll(/,?\s*(?:bao\s+)?gồm\s/gu)].pop();
  const bracket = back.lastIndexOf("(");
  const open =
    listWord?.index !== undefined && listWord.index > bracket
      ? listWord.index
      : back.includes(")", bracket)
        ? -1
        : bracket;
  if (open < 0) return null;
  const items = open === bracket ? back.slice(open + 1) : back.slice(open + (listWord?.[0].length ?? 0));
  if (!/^\s*(?:\d[\d.,]*\s+\p{Ll}+(?:\s\p{Ll}+)?\s*,\s*)*$/u.test(items)) return null;
  return partOfCountBefore(text, from, back.slice(0, open), start, raw, convention);
}

/**
 * "đưa 318 lao động đi làm việc ở nước ngoài (Nhật Bản 204, Hàn Quốc 71, Đài Loan 43)": parts of a
 * count in brackets right after it, each a label and a bare number, counted in the whole's unit.
 */
const LABELLED_ITEM = /^[\s,]*[\p{L}][\p{L} ]{0,30}?\s\d[\d.,]*\s*$/u;

export function labelledPart(
  text: string,
  start: number,
  raw: string,
  convention: NumberConvention,
): Figure | null {
  if (!/^\s*[,)]/u.test(text.slice(start + raw.length, start + raw.length + 3))) return null;
  const from = Math.max(0, start - 160);
  const back = text.slice(from, start);
  const open = back.lastIndexOf("(");
  if (open < 0 || back.includes(")", open)) return null;
  const items = `${back.slice(open + 1)}${raw}`.split(",");
  if (!items.every((it) => LABELLED_ITEM.test(it))) return null;
  const label = /([\p{L}][\p{L} ]*?)\s+$/u.exec(back)?.[1] ?? "";
  if ([...COUNT_UNITS, ...MEASURE_UNITS, ...MONEY, ...NOT_COUNTED].includes(lower(label)) || label in SCALES)
    return null;
  return partOfCountBefore(text, from, back.slice(0, open), start, raw, convention);
}

/**
 * "Số doanh nghiệp tạm ngừng kinh doanh 10 tháng là 214, giảm 6,1%", "Số hộ nghèo cuối năm: 412": a
 * bare number after "là" or a colon, in a clause led by "Số" and a counted noun, is counted in that
 * noun. Looks back at most 120 characters.
 */
function countNamedBefore(
  text: string,
  start: number,
  raw: string,
  convention: NumberConvention,
): Figure | null {
  const after = text.slice(start + raw.length, start + raw.length + 6);
  // (A line's end closes the figure too: "- Số ca đẻ: 1.836" above the next item.)
  if (!/^[ \t]*(?:[,;.)\n]|và\s|$)/u.test(after) || /^[.,]\d/u.test(after)) return null;
  const back = lower(text.slice(Math.max(0, start - 120), start));
  const said =
    // ("Số hộ nghèo cuối năm: 412": the colon follows the last word, no blank between.)
    /(?:^|[\s,;:(])số\s+(\p{L}+(?:\s\p{L}+){0,2})(?:[^\d,;:.()]|\d+\s+(?:tháng|năm|quý)(?!\p{L})|(?<!\d)(?:19|20)\d\d(?!\d))*?(?:\slà|\s*:)\s*$/u.exec(
      back,
    ) ??
    // "số khách hàng 48.615, tăng …", a table's row "Số vụ tai nạn giao thông | 38": the counted noun
    // and what it counts, right before a bare number (not a year's or a month's).
    /(?:^|[\s,;:(])số\s+(\p{L}+(?:\s\p{L}+){0,5})(?<!(?:năm|tháng|quý|ngày|thứ|khóa))\s+$/u.exec(back);
  if (said?.[1] === undefined) return null;
  const ws = words(said[1]);
  const unit = [3, 2, 1]
    .map((n) => ws.slice(0, n).join(" "))
    .find((u) => u !== "" && COUNT_UNITS.includes(u) && !MONEY.includes(u));
  const parsed = parseNumber(raw, convention);
  if (unit === undefined || parsed.kind !== "number" || !Number.isInteger(parsed.value)) return null;
  return bareCount(start, raw, parsed, unit, false);
}

export function figuresIn(text: string, clause: Clause, convention: NumberConvention): Figure[] {
  const out: Figure[] = [];
  // Matched in the clause only: a search from the clause to the next digit of the whole text
  // would make many clauses without figures quadratic.
  const re = new RegExp(NUMBER.source, "gu");
  const body = text.slice(clause.start, clause.end);
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const f =
      listedLikeFirst(text, clause.start + m.index, m[0], convention) ??
      bracketPart(text, clause.start + m.index, m[0], convention) ??
      figureAt(text, clause.start + m.index, m[0], convention) ??
      partOfWhole(text, clause.start + m.index, m[0], convention) ??
      countNamedBefore(text, clause.start + m.index, m[0], convention);
    if (f !== null && f.end <= clause.end + 1) {
      out.push(f);
      re.lastIndex = f.end - clause.start;
    }
  }
  // "9,8 bác sĩ và 28,4 giường bệnh trên một vạn dân", "14 bác sĩ và 35 giường bệnh/vạn dân": the
  // population base written once is shared by the count before it.
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k] as Figure;
    const b = out[k + 1] as Figure;
    const base = /\/(?:vạn|nghìn|ngàn|\d[\d.]*) dân$/u.exec(b.unit)?.[0];
    if (
      base !== undefined &&
      a.countUnit &&
      !a.unit.includes("/") &&
      /^\s*(?:và|,)\s*$/u.test(text.slice(a.end, b.start))
    )
      a.unit += base;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Modifiers after a figure

export type Modifier =
  | { kind: "pctPlan"; value: number; end: number }
  | { kind: "pctPrior"; value: number; end: number }
  | { kind: "change"; value: number; end: number }
  | null;

/** What a percentage says about the figure before it: % KH, % CK, or tăng/giảm. */
export function modifierOf(text: string, f: Figure, clauseStart: number): Modifier {
  // "kh", "ck", "nq" end at a letter not ASCII too ("68,5% khá, giỏi" states no % KH): no `\b`.
  const before = lower(text.slice(Math.max(clauseStart, f.start - 30), f.start));
  const after = lower(text.slice(f.end, f.end + 60));
  const planWord =
    /^\s*(?:so với\s+|so\s+)?(kế hoạch|kh(?!\p{L})|dự toán|chỉ tiêu|mục tiêu|nghị quyết|nq(?!\p{L}))/u.exec(
      after,
    );
  const priorWord = /^\s*(?:so với\s+|so\s+)?(cùng kỳ|ck(?!\p{L})|năm trước|năm (?:19|20)\d\d)/u.exec(after);
  // "giảm ít nhất 15% so với năm 2025": a limit between the verb and a change against a period
  // (not a share "bằng 15% so với năm 2025", which left nothing of the figure).
  const changeVerb =
    /(tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/u.exec(before) ??
    (priorWord ? /(tăng|giảm)\s+(?:ít nhất|tối thiểu|không dưới|tối đa|không quá)\s*$/u.exec(before) : null);
  if (changeVerb?.[1] !== undefined) {
    const sign = changeVerb[1] === "giảm" ? -1 : 1;
    // "tăng 21,3% CK về số DN": "cùng kỳ" typed without "so với" is the same comparison.
    const vs =
      /^\s*so với\s+(cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?|năm\s+(?:trước|\d{4})|ck)/u.exec(after) ??
      /^\s*(cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?)(?!\p{L})/u.exec(after);
    return { kind: "change", value: sign * f.value, end: f.end + (vs ? vs[0].length : 0) };
  }
  // "vượt 8% kế hoạch" is 108% of plan.
  if (planWord && /vượt\s*$/u.test(before)) {
    return {
      kind: "pctPlan",
      value: Number((100 + f.value).toPrecision(12)),
      end: f.end + planWord[0].length,
    };
  }
  // "giao 1.280 công dân nhập ngũ, bảo đảm 100% chỉ tiêu trên giao": the same % KH.
  const ofVerb = /(đạt|bằng|được|hoàn thành|đạt được|bảo đảm|đảm bảo|tương đương|tương ứng)\s*$/u.test(
    before,
  );
  // "đạt 97% kế hoạch", "bằng 47,3% so với kế hoạch", and the bare "171% dự toán" all give % KH.
  // "hoàn thành giao quân 100% chỉ tiêu với 186 công dân": the % KH of the count after "với".
  const ofCountAfter = /^\s*(?:chỉ tiêu|kế hoạch)\s+với\s+\d/u.test(after);
  if (planWord && (ofVerb || ofCountAfter || /^\s*(so|kế hoạch|kh(?!\p{L})|dự toán)/u.test(after))) {
    return { kind: "pctPlan", value: f.value, end: f.end + planWord[0].length };
  }
  if (priorWord && (ofVerb || /^\s*so/u.test(after)))
    return { kind: "pctPrior", value: f.value, end: f.end + priorWord[0].length };
  return null;
}

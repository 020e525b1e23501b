import type { TextEdit } from "./extract-edit";
import { placeAsideEdits } from "./extract-place-aside";

/**
 * Office shorthand, written out before extraction: briefs pasted from e-mails, chats and minutes
 * type "Thu NS: TH 45,2 tỷ đ/KH 52 tỷ đ, đạt 86,9% KH, bằng 104% CK" and "ĐVT: tr.đ" above a list of
 * bare figures. The extractor reads whole words ("kế hoạch", "cùng kỳ", "triệu đồng"), so the
 * abbreviations are spelt out as a user's table would mean them, each only in the context that
 * gives it that meaning ("KH" after a count is khách hàng, "TH" in a school list is tiểu học), and
 * the offsets of the written-out text map back to the pasted one.
 */

import { answerEdits, topicFigureEdits } from "./extract-question-answer";
import { correctionEdits } from "./extract-spoken-corrections";

export interface Expanded {
  /** The text with the shorthand written out. */
  text: string;
  /** An offset into `text` → the offset into the pasted text it came from. */
  toSource: (at: number) => number;
}

/** Not inside a word: letters, digits or the joiners of a compound abbreviation ("TC-KH", "GD&ĐT"). */
const B = String.raw`(?<![\p{L}\p{N}&\-])`;
const E = String.raw`(?![\p{L}\p{N}&]|-\p{L})`;
const FIG = String.raw`\d+(?:[.,]\d+)*`;

/** Money units typed short: "tr.đ", "trđ", "tỷ đ" (never the "đ" of a word). */
const MONEY: readonly [RegExp, string][] = [
  [/(?<![\p{L}])(?:tr\.\s?đ|trđ|tr\.?\s?đồng)(?![\p{L}])/giu, "triệu đồng"],
  [/(?<![\p{L}])(tỷ|tỉ)\s?đ(?![\p{L}])/gu, "$1 đồng"],
];

/** "thu nhập bq 58 tr/người/năm", "hỗ trợ 600 tr.": a chat's "tr" after a figure, before a per-base or a stop. */
function millionEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of src.matchAll(/(?<=\d[ \t]?)tr(?=\/|[ \t]*[,;)]|[ \t]*\.(?:\s|$)|[ \t]*$)/gmu))
    edits.push({ start: m.index, end: m.index + 2, insert: "triệu đồng" });
  return edits;
}

/**
 * Abbreviations with one meaning in a report, written in capitals as offices type them. Acronyms a
 * table keeps as they are (UBND, HĐND, OCOP, THCS, DTI; BHYT, BHXH, BHTN, which the keys of all
 * sets keep 119 times to 10) are not here.
 */
const WORDS: readonly [string, string][] = [
  ["NSNN", "ngân sách nhà nước"],
  ["NSĐP", "ngân sách địa phương"],
  ["NS", "ngân sách"],
  ["BQ", "bình quân"],
  // chats type it in lower case ("thu nhập bq"); no Vietnamese word is spelt so.
  ["bq", "bình quân"],
  ["SL", "sản lượng"],
  ["GTSX", "giá trị sản xuất"],
  ["SX", "sản xuất"],
  ["SDĐ", "sử dụng đất"],
  ["NQD", "ngoài quốc doanh"],
  ["QG", "quốc gia"],
  ["HTX", "hợp tác xã"],
  ["DN", "doanh nghiệp"],
  ["DL", "du lịch"],
  ["HS", "học sinh"],
  ["SDD", "suy dinh dưỡng"],
  ["LMLM", "lở mồm long móng"],
  ["CN-XD", "công nghiệp - xây dựng"],
  ["CN-TTCN", "công nghiệp - tiểu thủ công nghiệp"],
  ["DV", "dịch vụ"],
  ["HTXSNV", "hoàn thành xuất sắc nhiệm vụ"],
  ["HTTNV", "hoàn thành tốt nhiệm vụ"],
  ["HTNV", "hoàn thành nhiệm vụ"],
  ["KHTNV", "không hoàn thành nhiệm vụ"],
  ["NTM", "nông thôn mới"],
  ["GPMB", "giải phóng mặt bằng"],
  ["ĐKKD", "đăng ký kinh doanh"],
  ["CNTT", "công nghệ thông tin"],
  ["ATTP", "an toàn thực phẩm"],
  ["KCN", "khu công nghiệp"],
  ["CCN", "cụm công nghiệp"],
  // Briefs of every sector type the same few dozen: a table spells each out.
  ["XKLĐ", "xuất khẩu lao động"],
  ["XNK", "xuất nhập khẩu"],
  ["XK", "xuất khẩu"],
  ["NK", "nhập khẩu"],
  ["LĐ", "lao động"],
  ["TNGT", "tai nạn giao thông"],
  ["TTATGT", "trật tự an toàn giao thông"],
  ["ATGT", "an toàn giao thông"],
  ["ANTT", "an ninh trật tự"],
  ["PCCC", "phòng cháy chữa cháy"],
  ["CCCD", "căn cước công dân"],
  ["KCB", "khám chữa bệnh"],
  ["NVQS", "nghĩa vụ quân sự"],
  ["TTXD", "trật tự xây dựng"],
  ["XDCB", "xây dựng cơ bản"],
  ["XD", "xây dựng"],
  ["QĐ", "quyết định"],
  ["GCN", "giấy chứng nhận"],
  ["QSDĐ", "quyền sử dụng đất"],
  ["TTHC", "thủ tục hành chính"],
  ["GTNT", "giao thông nông thôn"],
  ["ĐTC", "đầu tư công"],
  ["VSMT", "vệ sinh môi trường"],
  ["SXKD", "sản xuất kinh doanh"],
  ["GV", "giáo viên"],
  // Budget, tax, traffic and reform lines: the keys of every set spell these out.
  ["ĐTPT", "đầu tư phát triển"],
  ["TNCN", "thu nhập cá nhân"],
  ["TNDN", "thu nhập doanh nghiệp"],
  ["GPLX", "giấy phép lái xe"],
  ["CCHC", "cải cách hành chính"],
  ["TDTT", "thể dục thể thao"],
];

/**
 * Staff typed as a row of initials ("CB, GV, NV", "CB-CC-VC"): spelt out only inside such a row,
 * where each can mean nothing else ("NV" alone may be nhiệm vụ).
 */
const STAFF: Readonly<Record<string, string>> = {
  CB: "cán bộ",
  GV: "giáo viên",
  NV: "nhân viên",
  CC: "công chức",
  VC: "viên chức",
};

function wordEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  // "KN xuất khẩu": kim ngạch; "KN đảng viên": kết nạp. "DT gieo cấy 412 ha": diện tích, "DT 4,2 tỷ
  // đ": doanh thu; "NS lúa 61,8 tạ/ha": năng suất, as a yield's unit says (else ngân sách, below); first, so
  // that they win over the one meaning of the list.
  for (const m of src.matchAll(new RegExp(`${B}(KN|DT|NS)${E}`, "gu"))) {
    const after = src.slice(m.index + 2, m.index + 48);
    const figure =
      /^[^;\n\d]{0,30}?\d+(?:[.,]\d+)*\s*(?:nghìn\s+|triệu\s+|tỷ\s+)?(\S+)/u.exec(after)?.[1] ?? "";
    let full: string | null = null;
    if (m[1] === "KN") {
      if (/^\s+(?:xuất|nhập|XK|NK|XNK)/u.test(after)) full = "kim ngạch";
      else if (/^\s+(?:mới\s+)?(?:đảng viên|ĐV|hội viên|đoàn viên)/u.test(after)) full = "kết nạp";
    } else if (m[1] === "DT") {
      // "Năm 2027 giao DT thu tiền sử dụng đất …", "DT chi thường xuyên …": a budget assigned, or the
      // budget of a revenue or a spending, is the estimate (whatever money figure follows it).
      if (
        /(?<!\p{L})giao\s+$/iu.test(src.slice(Math.max(0, m.index - 6), m.index)) ||
        /^\s+(?:giao|thu|chi|ngân sách|NS)(?!\p{L})/u.test(after)
      )
        full = "dự toán";
      else if (
        /^(?:ha|m2|km2|héc)/u.test(figure) ||
        /^\s+(?:gieo|trồng|canh tác|lúa|rừng|đất|nuôi|sàn)/u.test(after)
      )
        full = "diện tích";
      else if (/^(?:đồng|đ|tr\.?đ|trđ|USD)/u.test(figure) || /^\s+(?:du lịch|DL|bán|thuần)/u.test(after))
        full = "doanh thu";
      // "đạt 104,6% DT": a ratio's base, the budget estimate.
      else if (/%\s*$/u.test(src.slice(Math.max(0, m.index - 3), m.index))) full = "dự toán";
    } else if (/^(?:tạ|tấn|kg)\/ha/u.test(figure)) full = "năng suất";
    if (full !== null) edits.push({ start: m.index, end: m.index + 2, insert: full });
  }
  for (const [abbr, full] of WORDS) {
    const re = new RegExp(`${B}${abbr}${E}`, "gu");
    for (const m of src.matchAll(re)) {
      const at = m.index;
      // "thu BHXH, BHYT, BHTN": a row of acronyms is one name as typed; written out, its commas would
      // cut it.
      if (
        /^\s*(?:,|và|\/)\s*\p{Lu}{2,}(?!\p{Ll})/u.test(src.slice(at + abbr.length, at + abbr.length + 8)) ||
        /\p{Lu}{2,}\s*(?:,|và|\/)\s*$/u.test(src.slice(Math.max(0, at - 10), at))
      )
        continue;
      edits.push({ start: at, end: at + abbr.length, insert: full });
    }
  }
  // "cơ cấu NN", "Phòng NN", "HTX NN": nông nghiệp; after money or a body it owns, nhà nước.
  for (const m of src.matchAll(new RegExp(`${B}NN${E}`, "gu"))) {
    const owned = /(?:vốn|ngân sách|doanh nghiệp|DN|cơ quan|quản lý|QL)\s+$/iu.test(
      src.slice(Math.max(0, m.index - 14), m.index),
    );
    edits.push({ start: m.index, end: m.index + 2, insert: owned ? "nhà nước" : "nông nghiệp" });
  }
  // "Chi TX": the budget's recurrent spending, chi thường xuyên (TX elsewhere may be thị xã).
  for (const m of src.matchAll(new RegExp(`(?<=(?:^|[^\\p{L}])chi\\s)TX${E}`, "giu")))
    if (m[0] === "TX") edits.push({ start: m.index, end: m.index + 2, insert: "thường xuyên" });
  // "thu NS 11T:", "lũy kế 9T": a chat's months, the number of them before a capital T.
  for (const m of src.matchAll(/(?<=(?:^|\s)(?:[1-9]|1[0-2]))T(?=[\s:,;.)]|$)/gmu))
    edits.push({ start: m.index, end: m.index + 1, insert: " tháng" });
  // "đ/c Chủ tịch", "dự họp 14 đ/c": đồng chí.
  for (const m of src.matchAll(/(?<![\p{L}])đ\/c(?![\p{L}])/gu))
    edits.push({ start: m.index, end: m.index + 3, insert: "đồng chí" });
  return edits;
}

/** "CB, GV, NV: 42 người", "CB-CC-VC": a row of two or more staff initials, each spelt out. */
function staffEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const row = new RegExp(`${B}(?:CB|GV|NV|CC|VC)(?:\\s{0,2}[,/-]\\s{0,2}(?:CB|GV|NV|CC|VC)){1,4}${E}`, "gu");
  for (const m of src.matchAll(row))
    for (const w of m[0].matchAll(/[A-Z]{2}/gu)) {
      const full = STAFF[w[0]];
      if (full !== undefined)
        edits.push({ start: m.index + w.index, end: m.index + w.index + 2, insert: full });
    }
  return edits;
}

/**
 * "KH" is kế hoạch beside a percentage, a figure of the plan or a year ("đạt 86,9% KH", "/KH 52",
 * "(KH 5%)", "KH 2027:"), and khách hàng as the noun after a count ("tăng 1.204 KH", "số KH");
 * "CK" is cùng kỳ after a percentage or a comparison ("bằng 104% CK", "so với CK"). Elsewhere either
 * is left as typed ("Phòng TC-KH" is a name).
 */
function planPriorEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const customers =
    /điện lực|điện năng|kwh|cấp nước|nước sạch|ngân hàng|nhcsxh|tín dụng|viễn thông|thuê bao|khách hàng/iu.test(
      src,
    );
  for (const m of src.matchAll(new RegExp(`${B}KH${E}`, "gu"))) {
    const before = src.slice(Math.max(0, m.index - 24), m.index);
    const after = src.slice(m.index + 2, m.index + 24);
    let full: string | null = null;
    // "KH sử dụng điện", "KH vay vốn": customers, whatever stands before.
    if (/^\s+(?:vay|sử dụng|dùng|mới|được|hộ gia đình|doanh nghiệp|tổ chức|cá nhân)(?!\p{L})/u.test(after))
      full = "khách hàng";
    // "2.135/3.480 KH vốn": the figure after the slash is the plan it is written against.
    else if (/\d\s*\/\s*\d+(?:[.,]\d+)*\s+$/u.test(before)) full = "kế hoạch";
    else if (
      /(?:^|[^%\d.,])\d+(?:[.,]\d+)*\s+$/u.test(before) ||
      /(?<![\p{L}])(?:số|các|mới)\s+$/iu.test(before)
    )
      full = "khách hàng";
    else if (
      /(?:%\s*|\/\s*|\(\s*|(?:so với|theo|vượt|đạt|với|của)\s+|^\s*|[:;.\n–-]\s*)$/iu.test(before) ||
      /^\s*(?:(?:năm\s+)?(?:19|20)\d\d|:|\d)/u.test(after)
    )
      full = "kế hoạch";
    // A power company's, a water company's or a bank's brief counts customers where no plan is said.
    else if (customers) full = "khách hàng";
    if (full !== null) edits.push({ start: m.index, end: m.index + 2, insert: full });
  }
  for (const m of src.matchAll(new RegExp(`${B}CK${E}`, "gu"))) {
    const before = src.slice(Math.max(0, m.index - 16), m.index);
    // "giảm 52 ca so CK": "so" alone is "so với", as the comparisons are read.
    if (/(?<!\p{L})so\s+$/iu.test(before))
      edits.push({ start: m.index, end: m.index + 2, insert: "với cùng kỳ" });
    else if (/(?:%\s*|(?:so với|bằng|với)\s+)$/iu.test(before))
      edits.push({ start: m.index, end: m.index + 2, insert: "cùng kỳ" });
    // "…, CK tăng 9,4%": the change on last year, said before its verb.
    else if (/^\s+(?:tăng|giảm)\s+\d/u.test(src.slice(m.index + 2, m.index + 10)))
      edits.push({ start: m.index, end: m.index + 2, insert: "so với cùng kỳ" });
    // "Thu thuế phi NN: 286, CK 241": last year's level beside this year's, as reports bracket it
    // ("286 (cùng kỳ năm trước 241)"): no figure of its own.
    else if (/\d\s*,\s*$/u.test(before)) {
      const prior = new RegExp(`^\\s+${FIG}(?![.,]?\\d)`, "u").exec(src.slice(m.index + 2, m.index + 24));
      if (prior === null) continue;
      const comma = m.index - before.length + before.lastIndexOf(",");
      const end = m.index + 2 + prior[0].length;
      edits.push({ start: comma, end: m.index + 2, insert: " (cùng kỳ năm trước" });
      edits.push({ start: end, end, insert: ")" });
    }
  }
  return edits;
}

/**
 * "TH 45,2 tỷ đ/KH 52 tỷ đ" and "TH 2.846/KH 3.200": a result and its plan typed as a pair → the
 * result, with its plan in brackets after it ("45,2 tỷ đ (kế hoạch 52 tỷ đ)"), as reports write the
 * plan beside a result. "ước TH" is ước thực hiện.
 */
function pairEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  // "Thu NS: 1.234,5 tỷ đồng/KH 1.180 tỷ": after a label's colon the result needs no "TH".
  const pair = new RegExp(
    `(?:${B}(TH)\\s+(?:\\d{1,2}T\\s+)?|(?<=:\\s{0,3}))(${FIG})([^/\\n;\\d]{0,16}?)\\s*\\/\\s*KH\\s+(${FIG})([^,;\\n\\d()]{0,16}?)(?=\\s*(?:[,;\\n()]|\\.(?:\\s|$)|$))`,
    "gu",
  );
  for (const m of src.matchAll(pair)) {
    const start = m.index;
    // "TH 10T 4.826,3/KH 5.600": the months done so far ("10T", 10 tháng) go with "TH".
    const lead = m[1] === undefined ? "" : (/^TH\s+(?:\d{1,2}T\s+)?/u.exec(m[0])?.[0] ?? "");
    const figureEnd = start + m[0].indexOf(m[2] ?? "", lead.length) + (m[2]?.length ?? 0);
    const slash = src.indexOf("/", figureEnd);
    const planAt = src.indexOf("KH", slash) + 2;
    if (m[1] !== undefined) edits.push({ start, end: start + lead.trimEnd().length, insert: "" });
    // "TH 1.865/KH 2.000 lao động": a unit typed once, after the plan, is the result's too.
    const resultUnit = (m[3] ?? "").trim();
    // Inserted, the unit is written out here: "tr.đ" typed after the plan is "triệu đồng" after the result.
    let planUnit = (m[5] ?? "").trim();
    for (const [re, full] of MONEY) planUnit = planUnit.replace(new RegExp(re.source, re.flags), full);
    // "TH 386/KH 350 LĐ": a count's unit typed short is written out where it is copied, as in place.
    planUnit = COUNT_UNITS[planUnit] ?? WORDS.find(([abbr]) => abbr === planUnit)?.[1] ?? planUnit;
    if (resultUnit === "" && /^\p{L}/u.test(planUnit))
      edits.push({ start: figureEnd, end: figureEnd, insert: ` ${planUnit}` });
    // the blank after "TH" stays as the figure's lead; "/KH" → " (kế hoạch".
    edits.push({ start: slash, end: planAt, insert: " (kế hoạch" });
    edits.push({ start: start + m[0].length, end: start + m[0].length, insert: ")" });
  }
  // "- Đường điện hạ thế cải tạo: TH 2,6" among "TH …/KH …" lines: a result typed alone, its plan not
  // given; the figure is what was done, as in the pairs.
  for (const m of src.matchAll(new RegExp(`:[ \\t]*(TH)[ \\t]+${FIG}(?![\\d/])(?![ \\t]*\\/)`, "gu"))) {
    const at = m.index + m[0].indexOf("TH");
    if (!edits.some((e) => e.start === at)) edits.push({ start: at, end: at + 2, insert: "" });
  }
  // "TH 1.045,8 = 74,7% KH": a result typed equal to its share of the plan, "đạt" as reports write it.
  for (const m of src.matchAll(/(?<=\d)[ \t]{0,3}=[ \t]{0,3}(?=\d[\d.,]{0,12}[ \t]?%)/gu))
    edits.push({ start: m.index, end: m.index + m[0].length, insert: ", đạt " });
  // "ƯTH 2.412,8 tỷ đồng": ước thực hiện typed as one word.
  for (const m of src.matchAll(new RegExp(`${B}ƯTH${E}`, "gu")))
    edits.push({ start: m.index, end: m.index + 3, insert: "ước" });
  for (const m of src.matchAll(new RegExp(`(?<![\\p{L}])(ước\\s+)TH${E}`, "giu"))) {
    const at = m.index + (m[1]?.length ?? 0);
    // "Thu NS: ước TH 2.412,8 tỷ đ": before its figure, "ước" alone says it, and the label stays the name.
    const figure = /^\s*\d/u.test(src.slice(at + 2, at + 6));
    edits.push({ start: at, end: at + 2, insert: figure ? "" : "thực hiện" });
  }
  return edits;
}

/** "(MN 21, TH 20, THCS 17)": a list of school levels, where TH is tiểu học and MN mầm non. */
function schoolEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of src.matchAll(/\(([^()]{0,120})\)/gu)) {
    const inside = m[1] ?? "";
    if (!/(?<![\p{L}])(?:THCS|THPT|MN|MG)(?![\p{L}])/u.test(inside)) continue;
    const base = m.index + 1;
    for (const w of inside.matchAll(/(?<![\p{L}])(MN|MG|TH)(?![\p{L}])/gu)) {
      const full = w[1] === "MN" ? "mầm non" : w[1] === "MG" ? "mẫu giáo" : "tiểu học";
      edits.push({ start: base + w.index, end: base + w.index + (w[1]?.length ?? 0), insert: full });
    }
  }
  return edits;
}

/**
 * "ĐVT: tr.đ" (or "Đơn vị tính: …") above a list: the figures below it that carry no unit of their
 * own are in that unit ("Tổng thu NS xã: 14.826,4, đạt …" → "14.826,4 tr.đ").
 */
function declaredUnitEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const declared =
    /(?<![\p{L}])(?:ĐVT|Đvt|đvt|Đơn vị tính|đơn vị tính)\s*:\s*([^()\n;,:]{1,20}?)\s*(?=[)\n;,]|$)/gu;
  const all = [...src.matchAll(declared)];
  all.forEach((d, i) => {
    let unit = (d[1] ?? "").trim();
    for (const [re, full] of MONEY) unit = unit.replace(new RegExp(re.source, re.flags), full);
    if (unit === "" || /\d/u.test(unit)) return;
    // Its line too: "Phí, lệ phí: TH 612/KH 700 (ĐVT: tr.đ)" declares the unit after the figures.
    const from = src.lastIndexOf("\n", d.index) + 1;
    const to = all[i + 1]?.index ?? src.length;
    // "2.135/3.480 KH vốn": the plan after a slash, written before "KH", takes the unit too.
    const bare = new RegExp(
      `(?<![\\d.,\\p{L}])${FIG}(?=\\s*(?:[,;)\\n=]|\\/\\s*KH|\\.(?:\\s|$)|$)|\\s+KH(?![\\p{L}]))(?![.,]\\d)`,
      "gu",
    );
    for (const f of src.slice(from, to).matchAll(bare)) {
      const end = from + f.index + f[0].length;
      // "ngày 05/12/2026", "năm 2026)", "11 tháng": dates and periods are no figures of the list.
      const lead = src.slice(Math.max(0, from + f.index - 8), from + f.index);
      if (
        (/\/\s*$/u.test(lead) && !/^\s+KH(?![\p{L}])/u.test(src.slice(end, end + 4))) ||
        /(?:năm|tháng|ngày|quý|số)\s+$/iu.test(lead) ||
        (end > d.index && end <= d.index + d[0].length)
      )
        continue;
      edits.push({ start: end, end, insert: ` ${unit}` });
    }
  });
  return edits;
}

/**
 * A PDF pasted with its lines hard-wrapped mid-sentence ("- Tỷ lệ hộ được dùng nước sạch theo quy
 * chuẩn\nđạt 85%."): a line that opens in lower case, or opens with a figure after a line left on a
 * verb that wants one ("… là\n214 thôn."), continues the line before, which no stop closes. Rows of a
 * table (tabs, bars) and list marks ("a)", "b.") keep their breaks.
 */
function wrapEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  // Each line break once, by indexOf: a pattern that looks back over the line from every position
  // is quadratic on a long line of blanks.
  for (let at = src.indexOf("\n"); at >= 0; at = src.indexOf("\n", at + 1)) {
    const lineStart = src.lastIndexOf("\n", at - 1) + 1;
    const line = src.slice(lineStart, at);
    const nextEnd = src.indexOf("\n", at + 1);
    const next = src.slice(at + 1, nextEnd < 0 ? src.length : nextEnd);
    // The line before ends on no stop; the next opens in lower case (not "a)", "b.") or with a figure.
    const last = line.trimEnd().slice(-1);
    if (last === "" || /[.;:!?\t|]/u.test(last) || !/^[ \t]*(?:\p{Ll}(?![.)])|\d)/u.test(next)) continue;
    if (/[\t|]/u.test(line) || /[\t|]/u.test(next) || !/\p{L}/u.test(line)) continue;
    if (
      /^\s*\d/u.test(next) &&
      !/(?<!\p{L})(?:là|đạt|còn|có|gồm|được|với|của|trên|tăng|giảm|bằng|lên)\s*$/iu.test(line)
    )
      continue;
    edits.push({ start: at, end: at + 1, insert: " " });
  }
  return edits;
}

/**
 * "12.430 hs", "3.215 BN": a count's unit typed short, after its figure or alone in a table's unit
 * cell ("…\ths\t8.412"); spelt out only there, where it can mean nothing else ("BN" elsewhere may be
 * a province's initials). The blanks around a cell are bounded: an unbounded look back from every
 * position of a long run of spaces is quadratic.
 */
const COUNT_UNITS: Readonly<Record<string, string>> = {
  hs: "học sinh",
  BN: "bệnh nhân",
  bn: "bệnh nhân",
  // "giải quyết việc làm 150 lđ": a chat types the worker count in lower case.
  lđ: "lao động",
};

function countUnitEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const re =
    /(?:(?<=\d[ \t]{0,2})|(?<=(?:^|\t|\|)[ \t]{0,3})(?=(?:hs|BN|bn|lđ)[ \t]{0,3}(?:\t|\||$)))(hs|BN|bn|lđ)(?![\p{L}\p{N}])/gmu;
  for (const m of src.matchAll(re)) {
    const full = COUNT_UNITS[m[1] ?? ""];
    if (full !== undefined) edits.push({ start: m.index, end: m.index + m[0].length, insert: full });
  }
  return edits;
}

/**
 * "cơ cấu NN 32,6% - CN-XD 38,1% - DV 29,3%": shares typed in a row with dashes between them; each
 * dash after a percentage that a label and a figure follow separates two items, as ";" would.
 */
function dashListEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of src.matchAll(/%(\s+[-–]\s+)(?=\p{L}[^\d\n;.]{0,40}?\d)/gu))
    edits.push({ start: m.index + 1, end: m.index + 1 + (m[1]?.length ?? 0), insert: "; " });
  return edits;
}

/**
 * "trẻ <1 tuổi", "hộ có thu nhập >5 triệu đồng": a chat types a limit as a sign before its figure;
 * reports write "dưới" and "trên", which names and limits are read by.
 */
function signEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of src.matchAll(/(?<=[\p{L}\s(])[<>≤≥][ \t]?(?=\d)/gu)) {
    const sign = m[0].trim();
    const full = sign === "<" ? "dưới " : sign === ">" ? "trên " : sign === "≤" ? "không quá " : "từ ";
    edits.push({ start: m.index, end: m.index + m[0].length, insert: full });
  }
  return edits;
}

/**
 * "đón hơn 3 vạn lượt khách", "2,5 vạn tấn": speech counts in vạn (ten thousand), which reports
 * write in nghìn ("30 nghìn lượt khách"); "bác sĩ trên 1 vạn dân" is a base, left as written.
 */
function tenThousandEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of src.matchAll(
    /(?<![\d.,/])(\d{1,3}(?:,\d{1,2})?)[ \t]vạn(?=[ \t]+\p{L})(?![ \t]+dân(?!\p{L}))/gu,
  )) {
    const value = Number((m[1] ?? "").replace(",", ".")) * 10;
    const written = String(Math.round(value * 10) / 10).replace(".", ",");
    edits.push({ start: m.index, end: m.index + m[0].length, insert: `${written} nghìn` });
  }
  return edits;
}

/**
 * Speech says the base of a comparison in its own words and order: "vượt kế hoạch 7%" is "vượt 7% kế
 * hoạch" as reports write it, "năm ngoái" is "năm trước".
 */
function spokenComparisonEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of src.matchAll(
    /(?<![\p{L}])(vượt)[ \t]+(kế hoạch|chỉ tiêu|dự toán)[ \t]+(\d{1,3}(?:,\d{1,2})?)[ \t]?%(?![ \t]*(?:kế hoạch|chỉ tiêu|dự toán|KH))/gu,
  ))
    edits.push({ start: m.index, end: m.index + m[0].length, insert: `${m[1]} ${m[3]}% ${m[2]}` });
  for (const m of src.matchAll(/(?<![\p{L}])([Nn])ăm ngoái(?![\p{L}])/gu))
    edits.push({ start: m.index, end: m.index + m[0].length, insert: `${m[1]}ăm trước` });
  return edits;
}

/**
 * What a chat or a speech adds around its figures and no table writes: the particles "ạ", "nhé" at a
 * clause's end ("đàn bò 3.860 con ạ."), the speaker's "Tôi đề nghị", "Tôi xin báo cáo" before what
 * is said, and a pair typed "TH/KH: 14,2/15 tỷ đ" (as "TH 14,2/KH 15 tỷ đ" reads).
 */
function chatEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of src.matchAll(/(?<=\S)[ \t]{1,3}(?:ạ|nhé|nha|nhen)(?=[ \t]{0,3}(?:[.,;!\n]|$))/gu))
    edits.push({ start: m.index, end: m.index + m[0].length, insert: "" });
  for (const m of src.matchAll(
    /(?<![\p{L}])(?:[Tt]ôi|[Cc]húng tôi|[Ee]m)\s+(?:xin\s+)?(?:đề nghị|báo cáo|thông tin|gửi số liệu)(?:\s+(?:với|để)\s+[^:,;.\d]{1,30}?)?(?:\s*:\s*|\s+)(?=\p{L})/gu,
  ))
    edits.push({ start: m.index, end: m.index + m[0].length, insert: "" });
  const pair = new RegExp(
    `${B}TH\\s*\\/\\s*KH\\s*:?\\s*(${FIG})\\s*\\/\\s*(${FIG})((?:[ \\t]*(?:tỷ|tỉ|triệu|nghìn)?[ \\t]*\\p{L}+(?:\\.\\p{L}+)?)?)(?=[ \\t]*(?:[,;)\\n]|\\.(?:\\s|$)|$))`,
    "gu",
  );
  for (const m of src.matchAll(pair)) {
    let unit = (m[3] ?? "").trim();
    for (const [re, full] of MONEY) unit = unit.replace(new RegExp(re.source, re.flags), full);
    unit = COUNT_UNITS[unit] ?? WORDS.find(([abbr]) => abbr === unit)?.[1] ?? unit;
    const u = unit === "" ? "" : ` ${unit}`;
    // Written out as the pairs are: the result, its plan in brackets after it.
    edits.push({ start: m.index, end: m.index + m[0].length, insert: `${m[1]}${u} (kế hoạch ${m[2]}${u})` });
  }
  return edits;
}

/** The pasted text with its shorthand written out, and the way back to the pasted offsets. */
export function expandShorthand(src: string): Expanded {
  const raw: TextEdit[] = [
    ...declaredUnitEdits(src),
    ...pairEdits(src),
    ...planPriorEdits(src),
    ...schoolEdits(src),
    ...dashListEdits(src),
    ...countUnitEdits(src),
    ...wrapEdits(src),
    ...correctionEdits(src),
    ...signEdits(src),
    ...tenThousandEdits(src),
    ...millionEdits(src),
    ...spokenComparisonEdits(src),
    ...answerEdits(src),
    ...topicFigureEdits(src),
    ...chatEdits(src),
    // "Hợp tác xã … (xã …, huyện …) có": a place in brackets after a body is read as unwritten.
    ...placeAsideEdits(src),
    ...staffEdits(src),
  ];
  for (const [re, full] of MONEY)
    for (const m of src.matchAll(new RegExp(re.source, re.flags)))
      raw.push({
        start: m.index,
        end: m.index + m[0].length,
        insert: m[0].replace(new RegExp(re.source, "iu"), full),
      });
  raw.push(...wordEdits(src));
  // Earlier first, an insertion before a replacement at the same place; overlaps keep the first.
  raw.sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  const edits: TextEdit[] = [];
  let reach = 0;
  for (const e of raw) {
    if (e.start < reach) continue;
    edits.push(e);
    reach = e.end > e.start ? e.end : e.start;
  }
  if (edits.length === 0) return { text: src, toSource: (at) => at };
  let text = "";
  /** [offset in text, offset in src, length of the stretch that maps one to one]. */
  const marks: [number, number, number][] = [];
  let at = 0;
  for (const e of edits) {
    marks.push([text.length, at, e.start - at]);
    text += src.slice(at, e.start);
    marks.push([text.length, e.start, 0]);
    // "… dân số. KH 2027: …": a word that opens a sentence or a line keeps its capital.
    const opens = e.end > e.start && /(?:^|[.!?]\s+|\n[\s\-+•]*)$/u.test(text.slice(-8));
    text += opens ? e.insert.charAt(0).toUpperCase() + e.insert.slice(1) : e.insert;
    at = e.end;
  }
  marks.push([text.length, at, src.length - at]);
  text += src.slice(at);
  const toSource = (i: number): number => {
    let k = marks.length - 1;
    while (k > 0 && (marks[k]?.[0] ?? 0) > i) k--;
    const [t, s, len] = marks[k] ?? [0, 0, 0];
    return s + Math.min(i - t, len);
  };
  return { text, toSource };
}

import { capitalize, decapitalize, lower, words } from "./extract-text";

/**
 * An enterprise's report names its figures after the enterprise that speaks: "Công ty cổ phần Bia
 * Hạc Thành tiêu thụ 142,7 triệu lít bia", "Công ty … ước sản lượng điện đạt …", "hợp tác xã vận
 * chuyển 1,86 triệu lượt hành khách". A table names the row by what was done or measured
 * ("Tiêu thụ bia", "Sản lượng điện"), not by who reported it: the subject and the reporting verb
 * after it are no part of the name.
 */
const BODY =
  /^(?:các\s+)?(?:tổng\s+)?(?:công ty|hợp tác xã|quỹ tín dụng nhân dân|quỹ tín dụng|quỹ|ngân hàng|nhà máy|xí nghiệp|doanh nghiệp|liên hiệp hợp tác xã|cảng|chi nhánh)(?!\p{L})/u;
/** The legal form after the kind of body ("cổ phần", "TNHH một thành viên"). */
const FORM =
  /^(?:cổ phần|tnhh(?:\s+(?:một thành viên|mtv|hai thành viên trở lên))?|tmcp|trách nhiệm hữu hạn)(?!\p{L})/u;
/** Verbs of reporting between the body and what it reports: no part of the name. */
const SAYS =
  /^(?:cho biết|công bố|báo cáo|thông tin|ước tính|ước|dự kiến|đã|đạt|đặt mục tiêu|đặt kế hoạch|lên kế hoạch|phấn đấu|cũng|hiện|đang|vẫn|tiếp tục)(?!\p{L})/u;
/** A verb the body did: what it did names the row ("Vận chuyển hành khách"). */
const DID =
  /^(?:vận chuyển|tiêu thụ|sản xuất|bán ra|bán|xuất khẩu|chế biến|thu mua|cung cấp|cung ứng|khai thác|nộp|huy động|cho vay|giải ngân|đạt|ước|quản lý|phát hành|đón|phục vụ|bảo đảm|đảm bảo|duy trì|kiên cố hóa|tạo|trồng|xây dựng|sửa chữa|phát triển|chi trả|trích|ký kết|ký|tái canh|thanh lý|tiếp nhận|xử lý|thu gom|lắp đặt|đầu tư)(?!\p{L})/u;

/** "Công ty … đón", "Hợp tác xã … có": a name that opens with the body that reports. */
export const opensWithBody = (name: string): boolean => BODY.test(lower(name.trim()));

/**
 * "Hợp tác xã hiện có 684 thành viên", "Công ty cổ phần Dệt may Hưng Vân có 8.640 lao động": the body
 * that reports, by its kind alone or with its own name, is who has the count, not what is counted;
 * "Các doanh nghiệp khu công nghiệp có …" names a kind of body and stays in the name.
 */
export function isReportingBody(subject: string): boolean {
  const s = subject.trim().replace(/\s+(?:hiện nay|hiện|đến nay)$/u, "");
  const body = BODY.exec(lower(s));
  if (body === null || /^các\s/u.test(body[0])) return false;
  let rest = s.slice(body[0].length).trimStart();
  const form = FORM.exec(lower(rest));
  if (form !== null) rest = rest.slice(form[0].length).trimStart();
  return rest === "" || /^\p{Lu}/u.test(rest);
}

/** A plan adopted or set by someone named before it: group 1 is what the plan is of. */
const ADOPTED =
  /^\p{L}.*?\s(?:thông qua|đặt ra|đặt|đề ra|phê duyệt|duyệt)\s+(?:kế hoạch|chỉ tiêu|mục tiêu)\s+(\p{Ll}.*)$/u;

/** The same bodies anywhere in the text before a figure. */
const BODY_BEFORE = new RegExp(BODY.source.replace("^", "(?<!\\p{L})"), "u");

/** What is left after the reporting verbs at the start of `said`, or null when nothing is. */
function afterSays(said: string): string | null {
  let rest = said;
  for (let m = SAYS.exec(lower(rest)); m !== null; m = SAYS.exec(lower(rest)))
    rest = rest.slice(m[0].length).trimStart();
  return words(rest).length === 0 || /^[^\p{L}]/u.test(rest) ? null : capitalize(rest);
}

/**
 * `before` is the text before the figure: the name chooser may have cut the body's name inside it
 * ("Chế biến gỗ Phú Sa công bố doanh thu thuần" of "Công ty TNHH Chế biến gỗ Phú Sa"); a proper name
 * then a verb, after a body named just before, is cut the same way.
 */
export function withoutEnterpriseSubject(name: string, before = ""): string {
  // "Đại hội đồng cổ đông … thông qua kế hoạch doanh thu", "Ngân hàng đặt chỉ tiêu dư nợ": who
  // adopted or set a plan, and the plan word, are no part of what the plan is of.
  const adopted = ADOPTED.exec(name);
  if (adopted !== null && words(adopted[1] ?? "").length >= 1) return capitalize(adopted[1] ?? "");
  const low = lower(name);
  const body = BODY.exec(low);
  if (body === null) {
    if (!BODY_BEFORE.test(lower(before.slice(-160)))) return name;
    const cut = /^(?:\p{Lu}\p{Ll}*\s+)?(?:\p{Ll}+\s+){0,3}(?:\p{Lu}\p{Ll}*\s+){1,4}/u.exec(name);
    if (cut === null) return name;
    const rest = name.slice(cut[0].length);
    if (!DID.test(lower(rest)) && !SAYS.test(lower(rest))) return name;
    return afterSays(rest) ?? name;
  }
  let at = body[0].length;
  const skipSpace = (): void => {
    while (/\s/u.test(name[at] ?? "")) at++;
  };
  skipSpace();
  const form = FORM.exec(low.slice(at));
  if (form !== null) {
    at += form[0].length;
    skipSpace();
  }
  // The body's own name starts with a capital and may run on in lower case ("Thủy điện Suối Lệ",
  // "Chính sách xã hội huyện"); the first verb after it ends it. Without a proper name, only a verb
  // right after the body shows it speaks or acts: "hợp tác xã nông nghiệp" is a kind of body counted.
  const tail = name.slice(at);
  const proper = /^\p{Lu}/u.test(tail);
  // Its last capital within reach ends the proper name ("Chế biến gỗ Phú Sa", where "chế biến" is no
  // verb); the first verb after it is what the body did or said.
  const reach = /^(?:[^\s,;:()]+\s+){0,8}/u.exec(tail)?.[0] ?? "";
  const capitals = proper ? [...reach.matchAll(/(?<=^|\s)\p{Lu}\S*\s+/gu)] : [];
  const last = capitals[capitals.length - 1];
  let from = last === undefined ? 0 : (last.index ?? 0) + last[0].length;
  let rest: string | null = null;
  for (let w = 0; w <= (proper ? 8 : 0); w++) {
    const here = tail.slice(from);
    // "Chi nhánh thu dịch vụ ròng": right after a bare body, "thu" is what it collected (elsewhere
    // the word may end a name, "Doanh thu").
    const collects = !proper && w === 0 && /^thu\s+\p{L}/u.test(lower(here));
    if (DID.test(lower(here)) || SAYS.test(lower(here)) || collects) {
      rest = here;
      break;
    }
    const next = /^\S+\s*/u.exec(here);
    if (next === null || /[,;:()]/u.test(next[0])) break;
    from += next[0].length;
  }
  if (rest === null) return name;
  return afterSays(rest) ?? name;
}

/**
 * A share named after its figure by "với tỷ lệ" ("chi trả cổ tức năm 2026 với tỷ lệ 25% bằng tiền",
 * "hoàn thành tiêm chủng với tỷ lệ 97%") is the rate of what stands before it; a dividend in % is
 * always a rate ("chia cổ tức tối thiểu 20%" is keyed as "Tỷ lệ cổ tức").
 */
export function rateName(name: string, unit: string, before: string, figure: string): string {
  if (unit !== "%") return name;
  const clause = before.slice(
    Math.max(
      before.lastIndexOf(","),
      before.lastIndexOf(";"),
      before.lastIndexOf("."),
      before.lastIndexOf(":"),
    ) + 1,
  );
  // The figure's own text may start with "tỷ lệ" ("với | tỷ lệ 25%"); a rate named by its own words
  // ("với tỷ lệ tán thành 100%") keeps them.
  const rated = /^\s*(?:mức\s+)?tỷ lệ\s*(?:là\s+)?\d/u.test(lower(figure));
  if (!rated && /^\s*(?:mức\s+)?tỷ lệ(?!\p{L})/u.test(lower(figure))) return name;
  const withRate = new RegExp(
    `^(.*?)\\s+với\\s+${rated ? "" : "(?:mức\\s+)?tỷ lệ\\s*(?:là\\s+)?"}$`,
    "u",
  ).exec(clause.trimStart());
  if (withRate?.[1] !== undefined) {
    // "Đại hội cũng thông qua việc chi trả cổ tức …": what was done starts after "việc".
    const did = withRate[1]
      .replace(/^.*?(?<!\p{L})việc\s+/u, "")
      .replace(/^(?:toàn\s+(?:tỉnh|huyện|thành phố|thị xã|xã|phường|ngành)\s+)/iu, "")
      .trim();
    if (words(did).length >= 1 && words(did).length <= 10) return `Tỷ lệ ${decapitalize(did)}`;
  }
  if (/(?<!\p{L})cổ tức(?!\p{L})/u.test(lower(name)) && !/^tỷ lệ(?!\p{L})/u.test(lower(name)))
    return `Tỷ lệ ${decapitalize(name)}`;
  return name;
}

/**
 * A news article sets one business beside the area's totals: "Kim ngạch xuất khẩu của tỉnh đạt 3,86
 * tỷ USD … Riêng Công ty TNHH Dệt may Viễn Phát xuất khẩu gần 186 triệu USD", "diện tích bưởi toàn
 * huyện đạt 2.340 ha … Hợp tác xã Bưởi Khê Thượng với 68 thành viên đã xuất khẩu …". There the business
 * is part of what is counted (its export beside the province's), so its name stays in the row's name;
 * so does a household told of after the district's totals ("Gia đình ông … thuê 32 ha ruộng, mỗi năm
 * thu lãi khoảng 850 triệu đồng");
 * in a business's own report (the paragraph opens with it, or it heads a list with ":") it is only who
 * reports and is cut (withoutEnterpriseSubject). The sentence is the one the figure stands in.
 */
const BESIDE_LEAD = /^(?:(?:Riêng|Trong đó|Đáng chú ý|Điển hình(?: là)?|Tiêu biểu(?: là)?|Như),?\s+)?/u;
const BUSINESS_NAMED =
  /^(?:(?:[Tt]ổng\s+)?(?:[Cc]ông ty|[Hh]ợp tác xã|HTX|[Tt]ập đoàn|[Tt]rang trại)(?:\s+(?:[Cc]ổ phần|CP|TNHH(?:\s+(?:[Mm]ột thành viên|MTV))?|MTV))?(?:\s+\p{Lu}[\p{L}\d-]*|\s+(?!(?:ở|tại|với|của|và|có|đã|đạt)(?!\p{L}))\p{Ll}+(?=(?:\s+\p{Ll}+)?\s+\p{Lu})){1,8}|(?:[Gg]ia đình|[Hh]ộ(?: gia đình)?)\s+(?:ông|bà|anh|chị)(?:\s+\p{Lu}\p{Ll}*){1,5})/u;
/** A business or a kind of body anywhere in the text before: the paragraph is its own report. */
const ANY_BODY =
  /(?<!\p{L})(?:công ty|hợp tác xã|htx|tập đoàn|trang trại|ngân hàng|chi nhánh|quỹ tín dụng)(?!\p{L})/u;

/**
 * The business the figure at `at` is told of when it stands beside the area's totals, or null: its
 * sentence opens with the business by its proper name (after "Riêng", "Trong đó", a year), and the
 * paragraph before that sentence gave figures of its own and named no business.
 */
export function businessBesideTotals(src: string, at: number): string | null {
  const lineStart = src.lastIndexOf("\n", at - 1) + 1;
  const line = src.slice(lineStart, at);
  // The last stop before the figure ("1.150" is a figure, not a stop: the stop is followed by a space).
  let opens = 0;
  for (const m of line.matchAll(/[.!?]["”]?\s+(?=\S)/gu)) opens = m.index + m[0].length;
  const sentence = line.slice(opens);
  const lead = BESIDE_LEAD.exec(sentence)?.[0] ?? "";
  const afterLead = sentence.slice(lead.length).replace(/^(?:[Nn]ăm\s+\d{4},?\s+)/u, "");
  const named = BUSINESS_NAMED.exec(afterLead);
  if (named === null) return null;
  const next = afterLead.slice(named[0].length);
  // "Công ty Điện lực … cho biết, …" reports the area's figure; "Công ty …:" heads a list of its own.
  if (!/^\s+\p{Ll}/u.test(next) || /^\s+(?:cho biết|thông tin|báo cáo|công bố)(?!\p{L})/u.test(next))
    return null;
  const before = line.slice(0, opens);
  if (!/\d/u.test(before) || ANY_BODY.test(lower(before))) return null;
  return named[0].trim();
}

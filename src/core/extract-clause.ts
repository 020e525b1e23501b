/**
 * The clause model of extraction: a sentence cut into its clauses (by ";", ":", ",", brackets,
 * "trong đó", "và" before a new verb), each with the part it plays (a comparison, a part of what
 * came before, a topic before a colon, or a plain statement), and the lists of shares a clause can
 * hold ("91,5% hộ gia đình, 87,3% thôn, khu phố và 98,6% cơ quan … đạt danh hiệu văn hóa").
 *
 * The extractor names a figure from the clause that holds it; these functions say which clause
 * that is and what the clause is, so a rule can ask "is this figure stated against an earlier
 * level?" without matching the sentence's words again.
 */

/** What a clause does in its sentence. */
export type ClauseRole =
  /** "so với cùng kỳ giảm 21 vụ, giảm 12 người chết": figures here are changes, not levels. */
  | "comparison"
  /** "trong đó 14 huy chương vàng": a part of the figure before. */
  | "part"
  /** "Chỉ tiêu năm 2026:": a topic that names what follows. */
  | "topic"
  | "plain";

export interface ClausePart {
  start: number;
  end: number;
  role: ClauseRole;
}

/** Verbs that open a clause of their own after "và" ("… và giảm 15 người bị thương"). */
const NEW_VERB = /^(?:tăng|giảm|đạt|vượt|bằng|chiếm|còn|xảy ra|làm|phát hiện|xử lý|hoàn thành)(?!\p{L})/u;

/** The earlier level a comparison is against: "so với cùng kỳ", "so với năm 2024", "so với năm trước". */
const COMPARISON_OPEN =
  /^(?:\(\s*)?(?:và\s+)?so với\s+(?:cùng kỳ|năm trước|kỳ trước|năm\s+(?:19|20)\d\d|đầu năm|cuối năm)/u;

const CHANGE_OPEN = /^(?:và\s+)?(?:tăng|giảm)(?!\p{L})/u;

/**
 * The clauses of `text` between `from` and `to`, in order. A comma between digits ("0,85") is no
 * break; a comparison goes on through the clauses that only add changes to it ("so với cùng kỳ
 * giảm 21 vụ, giảm 12 người chết và giảm 15 người bị thương").
 */
export function clauseParts(text: string, from: number, to: number): ClausePart[] {
  const parts: ClausePart[] = [];
  const cut = /[;:()]|(?<!\d),|,(?!\d)|\s(?=trong đó(?!\p{L}))|\s(?=và\s)/gu;
  const body = text.slice(from, to);
  let start = 0;
  const push = (end: number, closer: string): void => {
    const raw = body.slice(start, end);
    const said = raw.toLowerCase().replace(/^[\s,;:()]+/u, "");
    if (said.trim() === "") return;
    // "và" before a noun ("thôn, khu phố và 98,6% cơ quan") stays in its clause.
    const prev = parts[parts.length - 1];
    if (prev !== undefined && /^và\s/u.test(said) && !NEW_VERB.test(said.slice(3))) {
      prev.end = from + end;
      return;
    }
    let role: ClauseRole = "plain";
    if (COMPARISON_OPEN.test(said)) role = "comparison";
    // "giảm 4 vụ (-17,39%), giảm 3 người chết": a signed change in brackets goes on with it too.
    else if (prev?.role === "comparison" && (CHANGE_OPEN.test(said) || /^[-−+]?\d/u.test(said)))
      role = "comparison";
    else if (/^trong đó(?!\p{L})/u.test(said)) role = "part";
    else if (closer === ":") role = "topic";
    parts.push({ start: from + start, end: from + end, role });
  };
  for (let m = cut.exec(body); m !== null; m = cut.exec(body)) {
    push(m.index, m[0]);
    start = m.index + (m[0].trim() === "" ? 1 : m[0].length);
  }
  push(body.length, "");
  return parts;
}

/**
 * The clause that holds the offset `at`, or null. The parts are clauseParts's: in order, none
 * overlapping the next (a merged "và" part ends where the next starts), so a binary search finds
 * what a scan from the first would; a scan per figure of a clause of thousands was quadratic.
 */
export function partAt(parts: readonly ClausePart[], at: number): ClausePart | null {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = parts[mid] as ClausePart;
    if (at < p.start) hi = mid - 1;
    else if (at >= p.end) lo = mid + 1;
    else return p;
  }
  return null;
}

/**
 * True when the figure at `at` is a change against an earlier level stated in a comparison clause
 * ("so với cùng kỳ giảm 21 vụ, giảm 12 người chết và giảm 15 người bị thương"): it is no level of
 * its own.
 */
export function inComparison(text: string, parts: readonly ClausePart[], at: number): boolean {
  const part = partAt(parts, at);
  if (part === null || part.role !== "comparison") return false;
  // "so với cùng kỳ giảm 5 vụ, 3 người chết": a figure that opens a clause of the comparison shares
  // its verb.
  return /(?:(?:tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn))?|^[\s,]*(?:và)?)\s*$/u.test(
    text.slice(part.start, at).toLowerCase(),
  );
}

/** Verbs that start what is said of a share's noun ("… đạt danh hiệu văn hóa", "… có kết nối"). */
const PREDICATE =
  /\s(?=(?:đã\s+|được\s+|đang\s+)?(?:đạt|có|được|hoàn thành|thực hiện|sử dụng|tham gia|đăng ký|triển khai|kết nối|áp dụng|bố trí|duy trì|xử lý|giải quyết|ứng dụng|thanh toán|gửi|nhận)(?!\p{L}))/u;

/** After "%": what shows the percentage is of a plan, a prior or a whole, not of a noun list. */
const NOT_A_NOUN =
  /^(?:so|kế hoạch|kh|dự toán|chỉ tiêu|mục tiêu|nghị quyết|nq|cùng kỳ|ck|năm|trở lên|trở xuống|của|trên|dưới|grdp|gdp|\/|[-–]|\d)(?!\p{L})/u;

export interface Share {
  /** "Tỷ lệ hộ gia đình đạt danh hiệu văn hóa". */
  name: string;
  /** Where the share's words end (its predicate, said once after the list, ends the last). */
  end: number;
}

/**
 * Leading shares of a clause: "Toàn tỉnh có 91,5% hộ gia đình, 87,3% thôn, khu phố và 98,6% cơ
 * quan, đơn vị đạt danh hiệu văn hóa" → for each figure's start, the rate it states, named
 * "Tỷ lệ" + its noun + the predicate the list shares. A share stands first in its clause, or after
 * a place and "có" or a time lead; a percentage after a verb ("đạt 40%") or after a name is not one.
 */
export function leadingShares(text: string, from: number, to: number): Map<number, Share> {
  const out = new Map<number, Share>();
  const body = text.slice(from, to);
  // "95 - 96% hộ gia đình": a ranged share starts at its lower bound.
  const item = /(?:\d+(?:,\d+)?\s*[-–]\s*)?(\d+(?:,\d+)?)\s*%\s+/gu;
  const items: { start: number; nounStart: number; from: boolean }[] = [];
  for (let m = item.exec(body); m !== null; m = item.exec(body)) {
    const rest = body.slice(m.index + m[0].length).toLowerCase();
    // "trong đó 98,5% đạt chuẩn": a share of the figure before, with no noun of its own.
    if (!/^\p{L}/u.test(rest) || NOT_A_NOUN.test(rest) || PREDICATE.exec(` ${rest}`)?.index === 0) continue;
    const before = body.slice(0, m.index).toLowerCase();
    const prev = items[items.length - 1];
    // "…, 87,3% thôn", "… và 98,6% cơ quan": the next item of a list.
    const next = prev !== undefined && /^[^\d;:]*?(?:,|\svà)\s*$/u.test(body.slice(prev.nounStart, m.index));
    // First in its clause: nothing before but a lead ("Toàn tỉnh có", "Đến hết năm 2025,", ":", "đến
    // năm 2025 có", "Hiện nay có").
    // "Năm 2027, phấn đấu 95% hộ gia đình …": an aim leads a list of targets as "có" a list of results.
    const lead =
      /(?:^|[;:.]|,)\s*(?:trong đó\s+(?:có\s+)?)?(?:(?:(?:tính\s+)?(?:đến|tới)(?:\s+(?:hết|cuối))?\s+|hiện\s+)?(?:năm\s+(?:19|20)\d\d|nay)\s*,?\s+)?(?:(?:toàn|cả|ngành)\s+[\p{L}\s]{1,20}?\s+)?(?:(?:đã\s+)?có\s+|phấn đấu\s+(?:(?:đến|tới)\s+năm\s+(?:19|20)\d\d\s*,?\s*)?(?:có\s+)?)?(?:(?:từ|trên|ít nhất|tối thiểu|khoảng|gần|hơn)\s+)?$/u.test(
        before,
      );
    if (next || lead)
      items.push({
        start: m.index,
        nounStart: m.index + m[0].length,
        from: /(?<!\p{L})từ\s+$/u.test(before),
      });
  }
  if (items.length === 0) return out;
  // Group the items into lists: consecutive items whose gaps are only a noun and a separator.
  const lists: (typeof items)[] = [];
  for (const it of items) {
    const last = lists[lists.length - 1];
    const prev = last?.[last.length - 1];
    if (
      last !== undefined &&
      prev !== undefined &&
      /^[^\d;:]*?(?:,|\svà)\s*$/u.test(body.slice(prev.nounStart, it.start)) &&
      !PREDICATE.test(` ${body.slice(prev.nounStart, it.start)}`)
    )
      last.push(it);
    else lists.push([it]);
  }
  for (const list of lists) {
    const last = list[list.length - 1];
    if (last === undefined) continue;
    // The last item runs to the end of its clause: a ";", a "." or a bracket, or a comma before a
    // figure or a new clause ("…, tăng 2,1 điểm"), or "và" before another rate ("… và tỷ lệ bao phủ
    // bảo hiểm y tế đạt 96%").
    // "100% văn bản đi, đến (trừ văn bản mật) được trao đổi …": a bracket inside is no part of it.
    const tail = body.slice(last.nounStart).replace(/\([^()]*\)/gu, (b) => " ".repeat(b.length));
    const stop =
      /[;.(]|,\s*(?=\d|tăng|giảm|vượt|bằng|so với|trong đó|chiếm|tỷ lệ\s|tỷ trọng\s)|\s(?:với|so với|trong đó)\s|\svà\s+(?=tỷ lệ\s|tỷ trọng\s)/u.exec(
        tail,
      );
    let lastText = tail.slice(0, stop === null ? tail.length : stop.index).trimEnd();
    // "100% hộ được lập hồ sơ sức khỏe, số trạm đạt chuẩn là 12": once the share has its predicate,
    // a comma before a clause with a figure of its own ends it.
    const own = [...lastText.matchAll(/,/gu)].find(
      (c) => PREDICATE.test(` ${lastText.slice(0, c.index)}`) && /\d/u.test(lastText.slice(c.index)),
    );
    if (own !== undefined) lastText = lastText.slice(0, own.index).trimEnd();
    if (lastText.split(/\s+/u).length > 24) continue;
    // "95% hộ gia đình và từ 32 tổ dân phố trở lên đạt danh hiệu văn hóa": a count listed last shares
    // the predicate; the share's own words stop before it.
    const count = /\s(?:và|,)\s+(?:từ\s+|trên\s+|ít nhất\s+|tối thiểu\s+)?\d/u.exec(lastText);
    const rest = count === null ? lastText : lastText.slice(count.index);
    if (count !== null) lastText = lastText.slice(0, count.index).trimEnd();
    const split = PREDICATE.exec(rest);
    const predicate = split === null ? "" : rest.slice(split.index + 1);
    list.forEach((it, k) => {
      const own =
        k === list.length - 1
          ? lastText
          : body
              .slice(it.nounStart, (list[k + 1] as { start: number }).start)
              .replace(/\([^()]*\)/gu, " ")
              .replace(/\s*(?:,|\svà)\s*$/u, "")
              .replace(/\s+và$/u, "");
      const hasOwn = PREDICATE.test(` ${own}`);
      // "từ 60% hộ hội viên trở lên đăng ký": the bound the "từ" opened closes the figure, no word of
      // the name ("xếp loại khá trở lên" with no "từ" is a grade and stays).
      const bare = it.from ? own.replace(/\s+trở\s+(?:lên|xuống)(?!\p{L})/u, "") : own;
      const name = hasOwn || predicate === "" ? bare : `${bare} ${predicate}`;
      const end =
        k === list.length - 1 ? from + last.nounStart + lastText.length : from + it.nounStart + own.length;
      out.set(from + it.start, { name: `Tỷ lệ ${name.replace(/\s+/gu, " ").trim()}`, end });
    });
  }
  return out;
}

/** How sure a proposal is: the doubt reasons read from its name and figures, and whether the pane pre-ticks it. */
import type { Confidence, DoubtReason, Proposal } from "./extract-types";
import { lower, words } from "./extract-text";
import { MONEY } from "./extract-units";
import { COUNT_VERBS, GENERIC_NAMES } from "./extract-names";

/** True when the pane pre-ticks the proposal. */
export const isSure = (p: Pick<Proposal, "confidence">): boolean => p.confidence.level === "chac";

/** Names a table would not hold as they are: a verb or a filler first, or only a unit or generic word. */
const DOUBTFUL_START =
  /^(?:mỗi|nâng(?!\s+cấp)|tăng(?!\s+trưởng)|giảm|đạt|bằng|còn|thêm|lên|so với|trong đó|là|vượt|dự(?!\s+(?:án|toán|kiến|trữ|báo|phòng|thi))|ở|tại|theo|do|nhờ|làm|sự|cả năm|(?:cao|thấp)\s+hơn)(?!\p{L})/u;

/** Verbs a name may start with when it names what was done ("Khám, chữa bệnh", "Phủ xã"). */
const NAME_VERB = new RegExp(
  `^(?:${COUNT_VERBS}|tiếp|bắt|khám|phục vụ|tổ chức|sản xuất|phủ|lập|tiêm|huy động|vận động|tuyên truyền|mở|cứng hóa|kiên cố hóa|nạo vét|xuất khẩu|nhập khẩu|tiêu thụ)(?!\\p{L})(?!\\s+(?:cơ sở|đảng|chính trị|hội|tín dụng))`,
  "u",
);

/** Heads of a name that say what a percentage is ("Tỷ lệ …", "Tốc độ tăng …", "Chỉ số …"). */
export const RATE_HEAD =
  /^(?:tỷ lệ|tỷ trọng|tỷ suất|tốc độ|chỉ số|hệ số|mức|độ|tăng trưởng|cơ cấu|giá trị|tổng sản phẩm|grdp|gdp|cpi|iip|thu nhập|năng suất|số)(?!\p{L})/u;

/**
 * Cues that each alone are common in right proposals, so one of them is no reason to doubt; two
 * that agree are. Independent of the rule that made the name.
 */
function softCues(p: Omit<Proposal, "confidence">, given: readonly DoubtReason[]): DoubtReason[] {
  const name = lower(p.name);
  const cues = new Set<DoubtReason>(given);
  // "Khám, chữa bệnh", "Hỗ trợ xây mới, sửa chữa căn nhà": what was done rather than what is counted.
  if (NAME_VERB.test(name)) cues.add("ten_la_viec_lam");
  // "Dân số 88,7%": a percentage whose name does not say what it is a share of.
  // A verb first ("Tiêm vắc xin … cho trẻ") says what the share is of by itself.
  if (
    p.unit === "%" &&
    p.kind !== "growth" &&
    p.changePct === null &&
    !RATE_HEAD.test(name) &&
    !NAME_VERB.test(name)
  )
    cues.add("ty_le_khong_ro_goc");
  if (words(name).length > 14) cues.add("ten_dai");
  return [...cues];
}

export function confidenceOf(
  p: Omit<Proposal, "confidence">,
  doubts: readonly DoubtReason[],
  soft: readonly DoubtReason[] = [],
): Confidence {
  const name = lower(p.name);
  const unit = lower(p.unit);
  const reasons = new Set<DoubtReason>(doubts);
  const cues = softCues(p, soft);
  if (cues.length >= 2) for (const c of cues) reasons.add(c);
  if (DOUBTFUL_START.test(name)) reasons.add("ten_bat_dau_bang_dong_tu");
  if (words(name).length < 2) reasons.add("ten_qua_ngan");
  // "Giải ngân 138,4 tỷ đồng", "Xử phạt 642 triệu đồng": money needs to say what for.
  if (words(name).length <= 2 && MONEY.some((m) => unit.includes(m))) reasons.add("ten_qua_ngan");
  // "Tổng kế hoạch vốn … là 684,3 tỷ đồng; đã giải ngân 651,8 tỷ đồng": the plan of another figure.
  if (
    p.actual !== null &&
    /(?:^|\s)(?:kế hoạch|dự toán)(?:\s|$)|(?:^|\s)(?:phân bổ|bố trí|được giao)$/u.test(name)
  )
    reasons.add("ten_la_ke_hoach");
  // "Giường bệnh/vạn dân" is how tables name a per-head figure; "Đảng viên" alone says nothing.
  if (GENERIC_NAMES.has(name) || (name === unit && !unit.includes("/"))) reasons.add("ten_chung_chung");
  // "Khai trừ trường hợp": a verb and a unit that says only "cases" or "times" does not say who or
  // what was counted.
  if (
    /^(?:trường hợp|lượt|lượt người)$/u.test(unit) &&
    p.actual !== null &&
    name.endsWith(` ${unit}`) &&
    words(name.replace(unit, "")).length <= 3
  )
    reasons.add("ten_chung_chung");
  if (words(name).length > 20) reasons.add("ten_qua_dai");
  // "Hạ tầng viễn thông phủ sóng 4G đến", "Thu ngân sách xã … vượt": a name that stops on a word
  // that needs what follows; "Trường )", ". Đợt mưa lũ": cut through a bracket or a sentence.
  if (
    /(?<!\p{L})(?:và|với|của|cho|về|tại|ở|từ|trong|các|những|(?<!đi,\s)đến|tới|(?<!trở\s)lên|vượt|đạt|(?<!mặt\s)bằng|là)$/u.test(
      name,
    ) ||
    !/^[\p{L}\d]/u.test(name) ||
    (name.split("(").length !== name.split(")").length && !/^[^()]*\([^()]*$/u.test(name))
  )
    reasons.add("ten_bi_cat");
  if (p.ambiguous !== null) reasons.add("so_doc_hai_cach");
  const [first, ...rest] = [...reasons];
  return first === undefined ? { level: "chac" } : { level: "khong_chac", reasons: [first, ...rest] };
}

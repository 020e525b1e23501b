/**
 * Figures of a government report that count no result: who a task was given to ("giao nhiệm vụ cụ
 * thể cho 47 bộ, cơ quan và 34 địa phương"), where an online meeting reached ("trực tuyến tới 63
 * tỉnh, thành phố"), how far a rank moved ("xếp thứ 44/133, tăng 2 bậc"), who attended a meeting
 * or sits on a body ("với sự tham dự của 33 đồng chí", "Ban Chấp hành gồm 39 đồng chí").
 */
import { lower } from "./extract-text";

/** Bodies a task is given to, places a meeting reaches ("bộ, cơ quan", "tỉnh, thành phố"). */
const BODIES =
  /^(?:bộ|ngành|cơ quan|địa phương|đơn vị|sở|ban|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|điểm|đầu cầu)(?!\p{L})/u;

/** "… cho 47 bộ, cơ quan và 34 địa phương": the list after the verb, up to each of its counts. */
const LIST = String.raw`(?:các\s+)?(?:(?:\d+\s+)?[^\d,;:.]{1,30}?(?:,|\svà)\s+)*$`;

const TASKED = new RegExp(String.raw`(?<!\p{L})giao\s+nhiệm vụ(?:\s+[^\d,;:.]{1,30}?)?\s+cho\s+${LIST}`, "u");
const REACHED = new RegExp(
  String.raw`(?<!\p{L})(?:trực tuyến|kết nối)(?:\s+trực tuyến)?\s+(?:tới|đến|với)\s+${LIST}`,
  "u",
);
const RANK_MOVE = /(?<!\p{L})(?:tăng|giảm|tụt|lên|vượt)(?:\s+thêm)?\s*$/u;

/** People who sit in a meeting or on a body ("33/35 đồng chí ủy viên", "57 ủy viên"). */
const MEMBERS = /^(?:đồng chí|ủy viên|uỷ viên|thành viên|đại biểu|người)$/u;

/**
 * "với sự tham dự của 33/35 đồng chí ủy viên", "Dự hội nghị có 46 đồng chí": who attended a meeting;
 * "Ủy ban Mặt trận khóa mới gồm 57 ủy viên", "bầu Ban Chấp hành gồm 39 đồng chí": who sits on a body.
 * A meeting's own account, no result of the year.
 */
const ATTENDED =
  /(?<!\p{L})(?:sự tham dự của|(?:tham dự|dự)\s+(?:hội nghị|đại hội|kỳ họp|cuộc họp|buổi lễ|lễ)(?:\s+\p{L}+){0,3}?\s+(?:có|gồm))\s*$/u;
const COMPOSED =
  /(?<!\p{L})(?:ban chấp hành|ban thường vụ|ban kiểm tra|ủy ban|uỷ ban|hội đồng|ban chỉ đạo)(?:\s+[^\d,;:.]{1,60}?)?\s+gồm(?:\s+có)?\s*$/u;

/** Whether the figure after `before` (its clause up to the figure) in `unit` counts no result. */
export function notCounted(before: string, unit: string): boolean {
  const u = lower(unit);
  const b = lower(before);
  if (/^(?:bậc|hạng)$/u.test(u)) return RANK_MOVE.test(b);
  if (MEMBERS.test(u) && (ATTENDED.test(b) || COMPOSED.test(b))) return true;
  // "250 đại biểu đại diện cho hơn 7.000 đảng viên": whom the delegates stand for.
  if (/(?<!\p{L})đại biểu\s+đại diện\s+cho(?:\s+(?:hơn|gần|khoảng|trên|tổng số))?\s*$/u.test(b)) return true;
  return BODIES.test(u) && (TASKED.test(b) || REACHED.test(b));
}

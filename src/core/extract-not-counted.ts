/**
 * Figures of a government report that count no result: who a task was given to ("giao nhiệm vụ cụ
 * thể cho 47 bộ, cơ quan và 34 địa phương"), where an online meeting reached ("trực tuyến tới 63
 * tỉnh, thành phố"), how far a rank moved ("xếp thứ 44/133, tăng 2 bậc"), who attended a meeting
 * ("Dự hội nghị có 61 đồng chí …", "với sự tham dự của 33 đồng chí") or sits on a body ("Ban Chấp
 * hành gồm 39 đồng chí"), and how its delegates voted. A shareholders' vote's rate stays, unticked
 * (extract-enterprise.test.ts).
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
/**
 * "Dự hội nghị có 61 đồng chí … và 120 đại biểu", "với sự tham dự của 58/62 đại biểu": who attended;
 * a last item may name whose it is before its count ("…, phòng Kinh tế của 11 huyện").
 */
const ATTENDED_BY = new RegExp(
  String.raw`(?<!\p{L})(?:(?:tham\s+)?dự\s+(?:hội nghị|kỳ họp|đại hội|phiên họp)|sự tham dự)(?:\s+(?:có|gồm|của))?\s+${LIST.slice(0, -1)}(?:[^\d,;:.]{1,30}?\s(?:của|thuộc)\s+(?:các\s+)?)?$`,
  "u",
);
/**
 * "với 31/33 đồng chí ủy viên tham dự": who attended, said after the count; minutes write it short
 * too ("có 15 thành viên dự.").
 */
const ATTENDING_AFTER =
  /^\s*(?:(?:ủy viên|uỷ viên|đại biểu|thành viên)(?:\s+\p{L}+){0,3}?\s+)?(?:tham dự|dự họp|có mặt|dự(?=\s*(?:[,;.)\n]|$)))(?!\p{L})/u;
/**
 * "52/54 đại biểu có mặt biểu quyết tán thành với tỷ lệ 96,3%": how the delegates of a council or
 * congress voted narrates its session (a shareholders' vote on a
 * submission, "thông qua với tỷ lệ tán thành 99,2%", stays, unticked).
 */
const DELEGATES_VOTED =
  /(?<!\p{L})đại biểu(?:\s+(?:có mặt|dự họp|tham dự|dự kỳ họp|dự đại hội))?\s+(?:biểu quyết\s+)?(?:tán thành|nhất trí)(?:\s+(?:với\s+)?(?:tỷ lệ|đạt))?\s*$/u;
/** "yêu cầu Công an 126 xã, phường báo cáo …", "đề nghị 38 xã, phường rà soát": the bodies a directive is addressed to. */
const DIRECTED =
  /(?<!\p{L})(?:yêu cầu|chỉ đạo|đề nghị)\s+(?:cho\s+)?(?:các\s+)?(?:(?:công an|ubnd|ủy ban nhân dân|chủ tịch ubnd|trưởng công an)\s+)?(?:các\s+)?$/u;
/**
 * "Hội nghị đã biểu quyết thông qua Nghị quyết về nhiệm vụ năm 2027 với 100% đại biểu tán thành": the
 * share of a meeting's delegates who passed a text narrates the meeting, as their vote above does.
 */
const PASSED_WITH =
  /(?<!\p{L})biểu quyết\s+thông qua\s+[^;:.]{0,80}?\s+với(?:\s+(?:tỷ lệ|sự nhất trí của))?\s*$/u;
const RANK_MOVE = /(?<!\p{L})(?:tăng|giảm|tụt|lên|vượt)(?:\s+thêm)?\s*$/u;

/** People who sit in a meeting or on a body ("33/35 đồng chí ủy viên", "57 ủy viên"). */
const MEMBERS = /^(?:đồng chí|ủy viên|uỷ viên|thành viên|đại biểu|người)$/u;

/**
 * "với sự tham dự của 33/35 đồng chí ủy viên", "Dự hội nghị có 46 đồng chí": who attended a meeting;
 * "Ủy ban Mặt trận khóa mới gồm 57 ủy viên", "bầu Ban Chấp hành gồm 39 đồng chí": who sits on a body.
 * A meeting's own account, no result of the year.
 */
// "Dự họp có 19 đồng chí Ủy viên …": "họp" alone names the meeting too.
const ATTENDED =
  /(?<!\p{L})(?:sự tham dự của|(?:tham dự|dự)\s+(?:hội nghị|đại hội|kỳ họp|cuộc họp|buổi lễ|lễ|họp)(?:\s+\p{L}+){0,3}?\s+(?:có|gồm))\s*$/u;
/**
 * "giao chỉ tiêu … cho các sở, ngành và 46 xã, phường", "gửi các sở, ban, ngành và UBND 17 xã,
 * phường đề nghị …": the communes a document is sent or a task given to, listed after the
 * departments, are its addressees, not a count of communes that did something; "nghe 9 tham luận
 * của các sở, ngành và 4 huyện": whose papers a meeting heard, likewise.
 */
const ADDRESSED =
  /(?<!\p{L})(?:cho|gửi|tới|của|lãnh đạo)\s+(?:các\s+)?(?:sở|phòng|ban|ngành|cơ quan|đơn vị)(?:\s*,\s*(?:sở|phòng|ban|ngành|cơ quan|đơn vị|đoàn thể)(?!\p{L}))*\s+và\s+(?:ubnd\s+|ủy ban nhân dân\s+)?(?:các\s+)?$/u;
/**
 * "Dự họp có 46 đại biểu là lãnh đạo các sở, ngành và 9 huyện, thành phố", "Dự hội nghị có 45 đồng
 * chí … và chủ tịch hội nông dân 14 xã": the places whose people attended, later in the list of those
 * who attended.
 */
const ATTENDANCE_LIST =
  /(?<!\p{L})(?:sự tham dự của|(?:tham dự|dự)\s+(?:hội nghị|đại hội|kỳ họp|cuộc họp|buổi lễ|lễ|họp)(?:\s+\p{L}+){0,3}?\s+(?:có|gồm))\s+\d[^;:.]{0,160}$/u;
const COMPOSED =
  /(?<!\p{L})(?:ban chấp hành|ban thường vụ|ban kiểm tra|ủy ban|uỷ ban|hội đồng|ban chỉ đạo)(?:\s+[^\d,;:.]{1,60}?)?\s+gồm(?:\s+có)?\s*$/u;

/** Whether the figure after `before` (its clause up to the figure) in `unit` counts no result. */
export function notCounted(before: string, unit: string, after = ""): boolean {
  const u = lower(unit);
  const b = lower(before);
  // (People who took part in a class or a campaign, "2.140 người tham dự", are counted.)
  if (/^(?:đồng chí|ủy viên|uỷ viên|đại biểu|thành viên)$/u.test(u) && ATTENDING_AFTER.test(lower(after)))
    return true;
  if (/^(?:bậc|hạng)$/u.test(u)) return RANK_MOVE.test(b);
  // "đồng gửi 02 bản giấy": the copies a document is sent in.
  if (/^bản(?:\s+giấy)?$/u.test(u) && /(?<!\p{L})gửi(?:\s+kèm)?\s*$/u.test(b)) return true;
  if (ATTENDED_BY.test(b)) return true;
  if (u === "%" && (DELEGATES_VOTED.test(b) || PASSED_WITH.test(b))) return true;
  if (MEMBERS.test(u) && (ATTENDED.test(b) || COMPOSED.test(b))) return true;
  // "250 đại biểu đại diện cho hơn 7.000 đảng viên": whom the delegates stand for.
  if (/(?<!\p{L})đại biểu\s+đại diện\s+cho(?:\s+(?:hơn|gần|khoảng|trên|tổng số))?\s*$/u.test(b)) return true;
  return (
    BODIES.test(u) &&
    (TASKED.test(b) || REACHED.test(b) || DIRECTED.test(b) || ADDRESSED.test(b) || ATTENDANCE_LIST.test(b))
  );
}

/**
 * The end of a name that says where, when or how the figure was said, not what it counts. Report
 * rows keep what is counted and cut:
 * - an event's own name after "tại" when the sentence opens on it ("Tại Đại hội Thể dục thể thao
 *   tỉnh lần thứ IX, đoàn … giành 64 huy chương vàng"): the frame of every count of the sentence,
 *   named by the kind of event, "Huy chương vàng tại Đại hội", as a report names an area by its kind
 *   (withoutOwnAreaName in extract.ts); the edition and level change each time. Said after the count
 *   ("giành 30 huy chương tại Đại hội Thể thao khu vực") it is the count's own and stays;
 * - the moment a stock was counted, "tại thời điểm 30/9": the period of the report says it;
 * - the predicate left after the subject: "Đàn bò của huyện hiện đạt khoảng" (the hedge, "hiện
 *   đạt", and the province or district that owns every row of the report), "Thuyền của tỉnh … đã
 *   ra khơi trong …", "Giáo viên trường Tiểu học … có" (the verb "có" after the body that has it);
 * - who sent the figures, "… trường Tiểu học … báo cáo số liệu …": the sender is no part of a row;
 * - the poverty standard in a count of households ("Hộ nghèo theo chuẩn nghèo đa chiều");
 * - the subject place that leads what it counts ("Xã vùng cao Nậm Lương hộ nghèo").
 * Each cut keeps at least one word of the name.
 */
import { capitalize } from "./extract-text";

/** Kinds of event whose own name follows in capitals with an edition ("lần thứ IX") or a level. */
const KIND = "(?:[Đđ]ại hội|[Hh]ội thi|[Hh]ội thao|[Ll]iên hoan|[Hh]ội diễn)";

/** An event's kind, then its own name (a capital) and up to 12 words of edition and level. */
const EVENT = new RegExp(`(\\s(?:tại|ở)\\s+${KIND})\\s+\\p{Lu}\\S*(?:\\s+\\S+){0,12}$`, "u");

/** The sentence before the figure opens on "Tại <event> …," (its text up to the figure, bounded). */
const EVENT_FRAME = new RegExp(
  `(?:^|[.;:!?\\n]\\s*)[Tt]ại\\s+${KIND}\\s+\\p{Lu}[^.;:!?\\n,]{0,120},[^.;:!?\\n]{0,160}$`,
  "u",
);

/** "tại thời điểm 30/9", "vào thời điểm 01/10/2026": the day a stock was counted. */
const MOMENT = /\s+(?:tại|vào)\s+thời điểm\s+\d{1,2}\/\d{1,2}(?:\/\d{4})?(?=$|[\s,;])/u;

/** Words a predicate opens with after a subject that owns it. */
const PREDICATE = "(?:hiện|đã|đang|vẫn|đều|hiện nay)";

/** "của tỉnh Bình An đã …": the place that owns every row, then the predicate the name ran into. */
const OWNER_PREDICATE = new RegExp(
  `\\s+của\\s+(?:toàn\\s+)?(?:tỉnh|huyện|thành phố|thị xã|quận)(?:\\s+\\p{Lu}\\p{Ll}*){0,4}\\s+${PREDICATE}(?:\\s[^,;:]{0,80})?$`,
  "u",
);

/**
 * A hedge left at the end ("… hiện đạt khoảng"), or a bare "có"/"còn" after a proper name (the
 * subject that has the count: "… trường Tiểu học An Phú có"); after a common noun "còn" says what
 * is counted ("Thôn còn …" of "9 thôn còn vùng lõm sóng") and stays.
 */
const VERB_END = new RegExp(
  `(?:(?<=\\s\\p{Lu}\\p{Ll}*)(?:\\s+${PREDICATE})?\\s+(?:có|còn)|(?:\\s+${PREDICATE})?(?:\\s+đạt)?\\s+(?:chừng|khoảng|gần|xấp xỉ))$`,
  "u",
);

/** "… trường Mầm non … báo cáo số liệu đầu năm": the body that sends the figures, and its verb. */
const SENDER =
  /\s+(?:trường|công ty|hợp tác xã|bệnh viện|trung tâm|ủy ban nhân dân|ubnd)\s[^,;:]{0,60}?\s(?:báo cáo|cho biết|thông báo)(?:\s[^,;:]{0,60})?$/iu;

/**
 * "theo chuẩn nghèo đa chiều (giai đoạn 2026 - 2030)": the standard a rate of poor households is
 * measured by; the households counted are named "Hộ nghèo" whatever the standard (a rate keeps it).
 */
const STANDARD =
  /\s+theo chuẩn(?:\s+nghèo)?(?:\s+đa chiều)?(?:\s+(?:giai đoạn|mới|của Trung ương|quốc gia|của tỉnh))?(?:\s+\(?\s*(?:giai đoạn\s+)?\d{4}\s*[-–]\s*\d{4}\s*\)?)?(?=$|[\s,;])/u;

/**
 * "Xã vùng cao Nậm Lương hộ nghèo", "Tỷ lệ huyện miền núi Sa Pha hộ nghèo": the subject place, with
 * a word or two of what kind it is and its proper name, leads what it counts ("Tỉnh được Trung
 * ương giao …" is a verb after the place, and stays).
 */
const PLACE_LEAD =
  /^((?:[Tt]ỷ lệ|[Ss]ố)\s+)?(?:[Xx]ã|[Hh]uyện|[Tt]ỉnh|[Pp]hường|[Tt]hị xã|[Tt]hị trấn|[Qq]uận|[Tt]hành phố)(?:\s+(?!(?:được|đã|có|còn|đang|sẽ|vẫn|bị|do|và|cho|giao|đạt)(?!\p{L}))\p{Ll}+){0,2}(?:\s+\p{Lu}\p{Ll}*){1,4}\s+(?=\p{Ll})/u;

const keep = (name: string, cut: string): string => (/\p{L}/u.test(cut) ? capitalize(cut.trim()) : name);

/**
 * `before`: the text before the figure (a couple of hundred characters are enough); `unit`: the
 * proposal's unit (a rate keeps the standard it is measured by).
 */
export function withoutNameTail(name: string, before = "", unit = ""): string {
  let out = name;
  // A rate, or its change in points ("Mức giảm tỷ lệ hộ nghèo theo chuẩn …"), keeps its standard.
  if (unit !== "%" && !/tỷ lệ/iu.test(out)) out = out.replace(STANDARD, "");
  const place = PLACE_LEAD.exec(out);
  if (place !== null) out = keep(out, `${place[1] ?? ""}${out.slice(place[0].length)}`);
  const event = EVENT_FRAME.test(before) ? EVENT.exec(out) : null;
  if (event !== null) out = out.slice(0, event.index) + (event[1] ?? "");
  out = out.replace(MOMENT, "");
  const owner = OWNER_PREDICATE.exec(out);
  if (owner !== null && owner.index > 0) out = keep(out, out.slice(0, owner.index));
  const sender = SENDER.exec(out);
  if (sender !== null && sender.index > 0) out = keep(out, out.slice(0, sender.index));
  const end = VERB_END.exec(out);
  if (end !== null && end.index > 0) out = keep(out, out.slice(0, end.index));
  return out === name ? name : keep(name, out);
}

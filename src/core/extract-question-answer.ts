/**
 * A press-conference transcript asks "… giải quyết việc làm cho bao nhiêu lao động?" and answers
 * with the figure alone ("Đáp: Khoảng 21.500 lao động, vượt kế hoạch 7%."). The answer means the
 * question's words with its figure in place of "bao nhiêu", so those words are set before it (and the
 * "Đáp:" that opens it dropped), as a report would have written the sentence.
 */
import type { TextEdit } from "./extract-edit";

/** Who asks and how, before the words that name what is asked ("Xin ông cho biết", "PV:"). */
const ASKING =
  /^(?:(?:hỏi|phóng viên|pv|câu hỏi)\s*:\s*)?(?:(?:xin|đề nghị)\s+)?(?:(?:ông|bà|anh|chị|đồng chí)\s+)?(?:(?:có thể\s+)?cho biết\s+)?/iu;

/** The words that open an answer before its figure: "Đáp:", "Trả lời của …:", "Ông X:", "Dạ,". */
const ANSWER_OPEN =
  /^\s{1,3}(?:(?:đáp|trả lời|tl)(?:\s[^:\n?.]{0,80})?:\s*|(?:ông|bà)\s[^:\n?.,]{0,60}:\s*)?(?:(?:dạ|vâng|thưa\s+(?:anh|chị|nhà báo|phóng viên))[,\s]\s*)?(?=(?:(?:khoảng|gần|hơn|trên|chừng|xấp xỉ|ước|đạt)\s{1,2}){0,2}\d)/iu;

export function answerEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let q = src.indexOf("?"); q >= 0; q = src.indexOf("?", q + 1)) {
    const from = Math.max(0, q - 200);
    const before = src.slice(from, q);
    // The question opens after the last stop or line before it.
    let open = 0;
    for (const m of before.matchAll(/[.!?\n]\s*/gu)) open = m.index + m[0].length;
    const question = before.slice(open);
    const asked =
      /^(.*?)\s+(?:là\s+)?bao nhiêu(?:\s+([^,;:]{1,30}?))?(?:\s*,\s*thưa\s+\p{L}+(?:\s\p{L}+)?)?\s*$/iu.exec(
        question,
      );
    if (asked === null) continue;
    const answer = ANSWER_OPEN.exec(src.slice(q + 1, q + 1 + 140));
    if (answer === null) continue;
    const words = (asked[1] ?? "").replace(ASKING, "").trim();
    if (words.split(/\s+/u).length < 2) continue;
    const at = q + 1 + answer[0].length;
    // "Đáp:" and its like go; the question's words stand before the figure, lower case after a stop.
    edits.push({ start: q + 1, end: at, insert: ` ${words.charAt(0).toUpperCase()}${words.slice(1)} ` });
    const next = src.charAt(at);
    if (next !== next.toLowerCase()) edits.push({ start: at, end: at + 1, insert: next.toLowerCase() });
  }
  return edits;
}

/**
 * "Về thu ngân sách, con số năm nay là 12.400 tỷ đồng": a speaker names the topic first, then says
 * "con số" (the figure) of it; the topic is what the figure is, so it stands in the place of "Về …, con số".
 */
export function topicFigureEdits(src: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of src.matchAll(
    /(?:^|[.!?:\n]\s{0,3})[Vv]ề\s+([^,;:.!?\n\d]{3,60}),\s{0,3}(?:thì\s+)?(con số|số liệu)(?=\s)/gu,
  )) {
    // "Về X, con số" → "X": said once, where the figure's name stands.
    const start = m.index + m[0].search(/[Vv]ề\s/u);
    edits.push({ start, end: m.index + m[0].length, insert: (m[1] ?? "").trim() });
  }
  return edits;
}

/**
 * Nouns that are usually a report's own paperwork, meetings or time ("14 văn bản chỉ đạo", "3
 * buổi", "2 đợt"), counted when the sentence says they are the work an office did or the cases it
 * met: a justice office "thẩm định 214 dự thảo", "kiểm tra 1.386 văn bản"; an inspectorate "ban hành
 * 91 quyết định xử phạt"; a theatre "biểu diễn 186 buổi"; the police "tổ chức 2 đợt cao điểm";
 * citizens' reception "47 đoàn đông người".
 */
import { lower } from "./extract-text";

/** Verbs of checking papers: the papers checked are the work done. */
const CHECKED =
  /(?<!\p{L})(?:thẩm định|thẩm tra|kiểm tra|tự kiểm tra|rà soát|phát hiện|hệ thống hóa|góp ý)\s*$/u;

/** A work noun counted whole before "trong đó" ("54 quyết định xử phạt …, trong đó"): its parts count it too. */
const WHOLE_THEN_PARTS =
  /(?<![\p{L}\d.,])\d[\d.,]*\s+(quyết định|văn bản|dự thảo|đợt|buổi)\s(?:[^.;]|\.(?=\d))*?(?<!\p{L})trong đó(?!\p{L})(?:[^.;]|\.(?=\d))*$/u;

/**
 * What `phrase` (the lower-case words after a figure) counts, given the text up to the figure's end
 * (up to 200 characters) and `rest`, the lower-case text after the figure (the phrase stops at a
 * grammar word: "đợt ra quân" is read "đợt").
 */
export function workCountUnit(before: string, phrase: readonly string[], rest = ""): string | null {
  const all = phrase.join(" ");
  // The clause before the figure, the figure itself (and a bound before it) left out.
  const b = lower(before.slice(-100)).replace(
    /(?:\s+(?:ít nhất|tối thiểu|khoảng|trên|hơn|gần))?\s*[\d.,]+\s*$/u,
    "",
  );
  // "ban hành 54 quyết định xử phạt …, trong đó lĩnh vực khoáng sản 19 quyết định, …": a part of a
  // count of work is counted in the whole's noun.
  const noun = /^(?:quyết định|văn bản|dự thảo|đợt|buổi)(?!\p{L})/u.exec(all)?.[0];
  if (noun !== undefined && WHOLE_THEN_PARTS.exec(lower(before).replace(/[\d.,]+\s*$/u, ""))?.[1] === noun)
    return noun;
  if (/^(?:dự thảo|văn bản)(?!\p{L})/u.test(all) && CHECKED.test(b.replace(/\s+(?:được|có)\s*$/u, "")))
    return all.startsWith("dự thảo") ? "dự thảo" : "văn bản";
  // "91 quyết định xử phạt", "3.217 quyết định cưỡng chế nợ thuế": sanctions decided, one by one.
  if (/^quyết định (?:xử phạt|cưỡng chế|thu hồi|xử lý)(?!\p{L})/u.test(all)) return "quyết định";
  if (/^đoàn đông người(?!\p{L})/u.test(all)) return "đoàn";
  // "kiểm tra … tại 61 cơ quan, đơn vị", "thanh tra 12 đơn vị": the bodies inspected, not addressed.
  if (/^(?:cơ quan|đơn vị)(?!\p{L})/u.test(all)) {
    const clause = b.slice(Math.max(b.lastIndexOf(";"), b.lastIndexOf(". "), b.lastIndexOf(":")) + 1);
    if (
      /(?<!\p{L})(?:kiểm tra|thanh tra|giám sát)(?!\p{L})[^;]{0,100}?(?:\stại)?\s*$/u.test(clause) ||
      // "sắp xếp còn 17 cơ quan chuyên môn", "hợp nhất thành 9 đơn vị": the bodies left after a merger.
      /(?<!\p{L})(?:sắp xếp|tinh gọn|sáp nhập|hợp nhất|kiện toàn)(?!\p{L})[^;]{0,80}?\s(?:còn|thành)\s*$/u.test(
        clause,
      )
    )
      return all.startsWith("cơ quan") ? "cơ quan" : "đơn vị";
  }
  // "Đến nay, 29/36 địa phương đã hoàn thành mục tiêu", "11/14 đơn vị đạt chuẩn": bodies that met a
  // goal are a result counted, not bodies addressed ("giao cho 34 địa phương" stays uncounted).
  const body =
    /^(địa phương|đơn vị|cơ quan)\s+(?:đã\s+|đều\s+|cơ bản\s+)?(?:hoàn thành|đạt|vượt|có tỷ lệ|được công nhận)(?!\p{L})/u.exec(
      rest,
    );
  if (body?.[1] !== undefined) return body[1];
  // "36 khách sạn với 1.420 phòng", "1.250 phòng nghỉ": rooms of lodgings, not a department ("phòng").
  if (
    phrase[0] === "phòng" &&
    (/^phòng (?:nghỉ|lưu trú|khách sạn)(?!\p{L})/u.test(all) ||
      /(?<!\p{L})(?:lưu trú|khách sạn|nhà nghỉ|homestay)(?!\p{L})[^;:.]{0,40}?\svới$/u.test(b))
  )
    return "phòng";
  // "2 đợt cao điểm tấn công, trấn áp tội phạm", "3 đợt ra quân": campaigns, not a span of time.
  if (/^đợt (?:cao điểm|ra quân|tổng kiểm tra|truy quét)(?!\p{L})/u.test(phrase[0] === "đợt" ? rest : all))
    return "đợt";
  // "biểu diễn 186 buổi phục vụ nhân dân, trong đó 74 buổi tại vùng sâu", "chiếu 1.064 buổi tại 312
  // thôn", "46 buổi hướng dẫn": performances and sessions held for people, not a span of time.
  if (phrase[0] === "buổi") {
    const clause = b.slice(Math.max(b.lastIndexOf(";"), b.lastIndexOf(". "), b.lastIndexOf(":")) + 1);
    if (
      /^buổi (?:phục vụ|hướng dẫn|biểu diễn|chiếu|tư vấn|truyền thông|giao lưu)(?!\p{L})/u.test(all) ||
      /(?<!\p{L})(?:biểu diễn|chiếu phim|chiếu|trình diễn)(?!\p{L})/u.test(clause)
    )
      return "buổi";
  }
  return null;
}

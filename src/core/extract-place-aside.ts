/**
 * A news article places a business, a village or a household in brackets right after it: "Hợp tác xã
 * Chè Suối Mây (xã Phú Khê Hạ, huyện Sơn Lệ) có 86 thành viên", "xã Vạn Phúc (huyện Đồng Vạn) có …".
 * The aside says where, not what is counted: it is read as if it were not written, so that its comma
 * opens no clause and its place joins no name. Only an aside that opens with a kind of place and a
 * proper name and holds no figure; "(Hàn Quốc 12, Nhật Bản 8)" or "(huyện: 12 xã)" stay.
 */
import type { TextEdit } from "./extract-edit";
const ASIDE =
  /\s?\((?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|thôn|bản|ấp|TP\.?)\s+\p{Lu}[^()\d\n:;]{0,80}\)/gu;

/** Edits that drop each place aside (an empty insert over it). */
export function placeAsideEdits(src: string): TextEdit[] {
  return [...src.matchAll(ASIDE)].map((m) => ({ start: m.index, end: m.index + m[0].length, insert: "" }));
}

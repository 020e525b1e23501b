/**
 * The unit an office writes inside the indicator's name when its table has no ĐVT column:
 * "Tổng vốn đầu tư (tỷ đồng)", "Tỷ lệ đô thị hóa (%)", "Thu nhập bình quân (triệu đồng/người/năm)".
 * Only a last bracket that starts with a unit word counts: "(theo chuẩn mới)", "(ước)" or
 * "(Nghị quyết 15)" are notes, not units.
 */
import { foldWord } from "./numbers";

/** First words of units, folded ("tỷ đồng" → "ty", "lao động" → "lao", "điểm %" → "diem"). */
const UNIT_START = new Set([
  "%",
  "diem",
  "ty",
  "ti",
  "trieu",
  "nghin",
  "ngan",
  "dong",
  "usd",
  "nguoi",
  "lao",
  "ho",
  "doanh",
  "xa",
  "phuong",
  "cong",
  "ha",
  "tan",
  "kg",
  "km",
  "m2",
  "m3",
  "vu",
  "luot",
  "chiec",
  "giuong",
  "bac",
  "truong",
  "kwh",
  "hop",
  "dang",
]);

/** A unit's text is short: a longer bracket is a note. */
const MAX_UNIT_CHARS = 40;

const LAST_BRACKET = /\(([^()]+)\)\s*$/;

/** The unit written in the name's last bracket, as written (trimmed); "" when there is none. */
export function unitInName(name: string): string {
  const m = LAST_BRACKET.exec(name);
  const inside = m?.[1]?.trim() ?? "";
  if (inside === "" || inside.length > MAX_UNIT_CHARS) return "";
  const first = foldWord(inside.normalize("NFC")).split(/[\s/]+/)[0] ?? "";
  return UNIT_START.has(first) ? inside : "";
}

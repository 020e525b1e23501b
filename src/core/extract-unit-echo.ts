/**
 * "+ Hàn Quốc: 412.600 lượt, tăng 19,4%": a list item's label joined with the word after its figure
 * reads "Hàn Quốc lượt"; that last word is the unit, already in the unit column, and names nothing.
 * A name that ends on its own unit right after a proper name (the label: a market, a place, a firm)
 * drops it; "Số lượt khách", "Liên hiệp hợp tác xã" end on their unit too and keep it.
 */
import { lower, words } from "./extract-text";

export function withoutUnitEcho(name: string, unit: string): string {
  const u = lower(unit).trim();
  if (u === "" || /[^\p{L}\s]/u.test(u)) return name;
  const low = lower(name).trimEnd();
  if (!low.endsWith(` ${u}`)) return name;
  const rest = name
    .trimEnd()
    .slice(0, low.length - u.length)
    .trimEnd();
  // The name's first word is capitalized anyway: a proper name shows as a later word in capitals.
  const ws = words(rest);
  return ws.length >= 2 && /^\p{Lu}\p{Ll}/u.test(ws[ws.length - 1] ?? "") ? rest : name;
}

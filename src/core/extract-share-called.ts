/**
 * "bày bán 15.000 mặt hàng, trong đó 92% là hàng Việt Nam", "1.240 doanh nghiệp, 96,5% là doanh
 * nghiệp nhỏ và vừa": a share said as "X% là …" is the rate of what follows "là", "Tỷ lệ hàng Việt
 * Nam"; the words before it (the whole it is a share of) name no row of their own.
 */
import { decapitalize, lower, words } from "./extract-text";

/** "là" and what the share is of, up to a stop, a bracket or another figure. */
const CALLED =
  /^[\d.,\s]*%\s*là\s+((?!(?:do|vì|mức|một|nhờ|những|các)(?!\p{L}))[^,;.:()\d\n]{2,60}?)\s*(?=$|[,;.:()\n])/u;

/** The rate's name for a share whose figure's text, and the text after it, is `after`; or `name`. */
export function shareCalledBy(name: string, unit: string, after: string): string {
  if (unit !== "%") return name;
  const m = CALLED.exec(lower(after.slice(0, 120)));
  const what = m?.[1]?.trim() ?? "";
  const n = words(what).length;
  if (n < 1 || n > 8) return name;
  // The written case of the words is kept ("hàng Việt Nam").
  const start = after.toLowerCase().indexOf(what);
  return `Tỷ lệ ${decapitalize(after.slice(start, start + what.length))}`;
}

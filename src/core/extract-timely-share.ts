/**
 * "giải quyết 5.942 hồ sơ, đúng hạn 99,3%", "tiếp nhận 2.410 hồ sơ, giải quyết đúng hạn 99,1%": a
 * percentage named only by how timely the work was is the share of the files (cases, tasks) just
 * counted that were done so; keys and tables name it "Tỷ lệ hồ sơ giải quyết đúng hạn".
 */
import type { Draft } from "./extract-drafts";
import { MONEY } from "./extract-units";
import { capitalize, lower } from "./extract-text";

/** What lies between the count and the figure: a comma, then the timeliness and its own verb. */
const TIMELY =
  /^[\s,;]*(?:trong đó\s+)?(?:((?:đã\s+)?(?:giải quyết|xử lý|trả kết quả|hoàn thành|thực hiện))\s+)?(đúng hạn|trước hạn|trễ hạn|quá hạn|đúng thời hạn)(?:\s+(?:đạt|là|chiếm))?\s+[\d.,]+\s*%$/u;

/** The count's own verb, the words of its name before its unit ("Giải quyết hồ sơ" → "giải quyết"). */
const verbOf = (d: Draft): string => {
  const name = lower(d.name).trim();
  const unit = lower(d.unit).trim();
  const at = name.indexOf(` ${unit}`);
  return at > 0 && at <= 30 ? name.slice(0, at).trim() : "";
};

/** Names each bare timely share by the count just before it in the sentence; in place. */
export function nameTimelyShares(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    const prev = drafts[k - 1];
    if (d.unit !== "%" || prev === undefined || prev.sentence !== d.sentence) return;
    const unit = lower(prev.unit).trim();
    if (unit === "" || unit === "%" || MONEY.some((m) => unit.includes(m))) return;
    // Bounded: only the few words between the count and this figure are read.
    if (d.source.end - prev.source.end > 60 || d.source.end < prev.source.end) return;
    const m = TIMELY.exec(lower(src.slice(prev.source.end, d.source.end)));
    if (m?.[2] === undefined) return;
    const verb = m[1]?.replace(/^đã\s+/u, "") ?? verbOf(prev);
    d.name = capitalize(["tỷ lệ", unit, verb, m[2]].filter((s) => s !== "").join(" "));
  });
}

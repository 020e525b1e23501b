/**
 * Disbursed money named by its verb alone ("huyện giải ngân 186,4 tỷ đồng", "ước đến 31/12 giải ngân
 * 26.900 triệu đồng"): a report says once which fund it is spending ("Kế hoạch vốn đầu tư công …",
 * "Cập nhật giải ngân vốn đầu tư công:") or on a bullet led by the project ("- Dự án …: giải ngân …"),
 * and every later "giải ngân" of the paragraph is of that fund or project. Reads a bounded window
 * before each such figure, so a long paste stays linear.
 */
import type { Draft } from "./extract-drafts";
import { withoutTimeLead } from "./extract-names";
import { MONEY } from "./extract-units";
import { capitalize, decapitalize, lower } from "./extract-text";

/** "huyện giải ngân", "đã giải ngân được": the verb alone, with at most who and when before it. */
const BARE_VERB =
  /^(?:(?:ước\s+)?(?:đến|tới)(?:\s+ngày)?(?:\s+\d{1,2}\/\d{1,2}(?:\/\d{4})?)?\s+)?(?:(?:toàn\s+)?(?:tỉnh|huyện|xã|phường|thị xã|thành phố|thị trấn)\s+)?(?:(?:đã|ước|lũy kế)\s+)*giải ngân(?:\s+được)?$/u;
/** "vốn đầu tư công", "vốn nông thôn mới": the fund, up to a word that ends its name. */
const FUND_WORDS =
  /(?<!\p{L})vốn\s+((?:\p{Ll}+\s+){0,5}?\p{Ll}+)(?=\s*(?:[,;:.()]|$|\s(?:năm|của|sau|giai đoạn|được|đã|do|đến|tới|giao|là|đạt|trong|tỉnh|huyện|thành phố|thị xã|xã|phường)(?!\p{L})))/gu;
/** Words after "vốn" that say how much or which plan, not which fund. */
const NOT_A_FUND = /^(?:giao|được|đã|năm|kế hoạch|điều chỉnh|bố trí|còn|là|đạt|của)(?!\p{L})/u;
/** How far back a fund or a bullet's lead is looked for. */
const WINDOW = 400;

const isMoney = (unit: string): boolean => MONEY.some((m) => lower(unit).endsWith(m));

/** The fund named last before `at`, within the paragraph. */
function fundBefore(src: string, at: number): string | null {
  const from = Math.max(0, at - WINDOW);
  let back = src.slice(from, at);
  const para = back.lastIndexOf("\n\n");
  if (para >= 0) back = back.slice(para + 2);
  let fund: string | null = null;
  for (const m of back.matchAll(FUND_WORDS)) {
    const what = m[1]?.trim() ?? "";
    if (what !== "" && !NOT_A_FUND.test(what)) fund = what;
  }
  return fund;
}

/** "- Dự án đường ven sông (giai đoạn 1): …": the project a bullet reports on. */
function bulletProject(src: string, at: number): string | null {
  const back = src.slice(Math.max(0, at - WINDOW), at);
  const line = back.slice(back.lastIndexOf("\n") + 1);
  const lead = /^\s*[-–•+*]\s*((?:dự án|công trình|gói thầu|chương trình)\s[^:;\n]{3,120}?)\s*:/iu.exec(line);
  return lead?.[1] === undefined ? null : decapitalize(lead[1].trim());
}

export function nameDisbursements(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (!isMoney(d.unit)) continue;
    if (!BARE_VERB.test(lower(withoutTimeLead(d.name)).trim())) continue;
    const project = bulletProject(src, d.source.start);
    const fund = project === null ? fundBefore(src, d.source.start) : null;
    const what = project ?? (fund === null ? null : `vốn ${fund}`);
    if (what === null) continue;
    d.name = capitalize(`giải ngân ${what}`);
    if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
  }
}

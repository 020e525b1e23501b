/**
 * "Trong năm, toàn tỉnh cứng hóa 312 km đường giao thông nông thôn … Dự kiến năm 2027 sẽ cứng hóa
 * thêm 250 km": a target said by its verb alone, after a result of the same verb and unit, is the
 * next step of that result and is named as it is (a report's table keeps one row name for both).
 * Looks back a few drafts only, within the paragraph.
 */
import type { Draft } from "./extract-drafts";
import { decapitalize, lower, words } from "./extract-text";

/** Hedges and time before a target's verb ("dự kiến năm 2027 sẽ", "phấn đấu", "thêm"). */
const HEDGES =
  /^(?:(?:dự kiến|phấn đấu|sẽ|tiếp tục|thêm|(?:trong\s+|đến\s+|cuối\s+)?năm\s+(?:19|20)\d\d|năm tới)\s+)*/u;
/** A rate's direction alone ("giảm xuống", "nâng lên", "giảm còn"): no name of what moves. */
const RATE_DIRECTION = /^(?:giảm|tăng|hạ|nâng|đưa|xuống|lên|còn)(?:\s+(?:xuống|lên|còn|mức))*$/u;
/** How many drafts back the result is looked for. */
const LOOK_BACK = 8;

export function nameTargetsByEarlierVerb(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    if (d.actual !== null || (d.plan === null && d.planText === null)) return;
    const verb = lower(d.name)
      .trim()
      .replace(HEDGES, "")
      .replace(/\s+thêm$/u, "");
    // "tỷ lệ hộ nghèo ước còn 3,12%, năm 2027 phấn đấu giảm xuống còn 2,5%": a target rate said by
    // its direction alone is the rate the paragraph reported last.
    if (d.unit === "%" && RATE_DIRECTION.test(verb)) {
      for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
        const prev = drafts[j] as Draft;
        if (src.slice(prev.source.end, d.source.start).includes("\n\n")) return;
        if (prev.unit !== "%" || prev.actual === null) continue;
        if (!/^(?:tỷ lệ|tỷ trọng|tỷ số)\s/u.test(lower(prev.name))) return;
        d.name = prev.name;
        if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
        return;
      }
      return;
    }
    if (verb === "" || words(verb).length > 2 || ` ${verb} `.includes(` ${lower(d.unit)} `)) return;
    for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
      const prev = drafts[j] as Draft;
      if (src.slice(prev.source.end, d.source.start).includes("\n\n")) return;
      if (prev.unit !== d.unit || prev.actual === null) continue;
      if (!` ${lower(prev.name)} `.includes(` ${verb} `) || words(prev.name).length <= words(verb).length)
        continue;
      d.name = prev.name;
      if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
      return;
    }
  });
}

/** "Dự toán năm 2027 bố trí 352 tỷ đồng": a plan of money named by the plan's word alone. */
const BARE_PLAN =
  /^(dự toán|kế hoạch)(?:\s+(?:(?:năm\s+)?(?:19|20)\d\d|năm tới|năm sau))?(?:\s+(?:bố trí|giao|được giao|là|dự kiến))?$/u;

/**
 * "tổng lượt khách ước 2,91 triệu lượt … KH 2027: 3,2 triệu lượt khách": a count's plan under a
 * heading of the plan alone is the next step of the count the paragraph reported, in its unit or in
 * its unit with the counted noun after it, and keeps its row name.
 */
/** A line's heading of the plan alone, just before its figure: "KH 2027:", "Kế hoạch năm 2027:". */
const PLAN_HEADING = /(?:^|\n|[.;]\s)\s*(?:[-+•]\s*)?(?:kh|kế hoạch)\s+(?:năm\s+)?(?:19|20)\d\d\s*:\s*$/u;

const sameCount = (prev: Draft, d: Draft): boolean => {
  const unit = lower(prev.unit);
  const own = lower(d.unit);
  if (unit === "" || unit === "%" || prev.actual === null) return false;
  if (own === unit) return true;
  const noun = own.startsWith(`${unit} `) ? own.slice(unit.length + 1) : "";
  return noun !== "" && ` ${lower(prev.name)} `.includes(` ${noun} `);
};

/**
 * "Chi sự nghiệp bảo vệ môi trường năm 2026 ước đạt 318 tỷ đồng … Dự toán năm 2027 bố trí 352 tỷ
 * đồng": the next year's plan of the money the paragraph has just reported ("Dự toán chi sự nghiệp
 * bảo vệ môi trường").
 */
export function namePlansOfEarlierMoney(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    if (d.actual !== null) return;
    const bare = BARE_PLAN.exec(lower(d.name).trim());
    // "KH 2027: 52.000 lượt bạn đọc": the label that names nothing (leftName) is the plan's heading.
    const heading = PLAN_HEADING.test(lower(src.slice(Math.max(0, d.source.start - 24), d.source.start)));
    if (bare?.[1] === undefined && !heading) return;
    if (!/(?:đồng|usd)$/u.test(lower(d.unit))) {
      // The first count of the paragraph in that unit: the whole, not its part ("trong đó khách quốc tế").
      let count: Draft | null = null;
      for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
        const prev = drafts[j] as Draft;
        if (src.slice(prev.source.end, d.source.start).includes("\n\n")) break;
        if (sameCount(prev, d) && words(prev.name).length >= 2) count = prev;
      }
      if (count === null) return;
      d.name = count.name;
      if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
      return;
    }
    let first: Draft | null = null;
    for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
      const prev = drafts[j] as Draft;
      if (src.slice(prev.source.end, d.source.start).includes("\n\n")) break;
      if (
        prev.unit === d.unit &&
        prev.actual !== null &&
        !/^(?:dự toán|kế hoạch)(?!\p{L})/u.test(lower(prev.name))
      )
        first = prev;
    }
    if (bare?.[1] === undefined || first === null || words(first.name).length < 2) return;
    d.name = `${bare[1] === "dự toán" ? "Dự toán" : "Kế hoạch"} ${decapitalize(first.name)}`;
    if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
  });
}

/**
 * "Tỷ lệ thất nghiệp ở khu vực thành thị và nông thôn lần lượt là 2,61% và 1,84%": a list of things
 * and, after "lần lượt" (or "tương ứng"), a list of as many figures, the first figure of the first
 * thing and so on. The clause rules read such a sentence as one name and lose figures after the
 * first; here each figure gets its own row, named by the words the list shares and its own item.
 */
import type { Draft } from "./extract-drafts";
import { figuresIn, type Figure } from "./extract-figures";
import type { Clause } from "./extract-tense";
import { capitalize, decapitalize, lower, words } from "./extract-text";
import type { NumberConvention } from "./model";
import { formatNumber, parseNumber } from "./numbers";
import { COUNT_UNITS, MEASURE_UNITS } from "./extract-units";
import { MEASURE_WORDS } from "./extract-names";

/**
 * Nouns of two words or more, which a list's head never cuts ("doanh nghiệp"), and the measures a
 * head starts with ("sản lượng chè và cà phê": not "sản" + "lượng chè").
 */
const NOUNS = [...COUNT_UNITS, ...MEASURE_UNITS, ...MEASURE_WORDS].filter((u) => u.includes(" ")).map(lower);

const RESPECTIVELY = /(?<!\p{L})(?:lần lượt|tương ứng)(?!\p{L})/gu;

/** The verb after "lần lượt": a level ("là", "đạt", "chiếm") or a change ("tăng", "giảm"). */
const VERB =
  /^\s*(?:là|đạt|chiếm|ở mức|bằng|tăng|giảm(?:\s+còn)?|còn)?(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s*(?=\d)/u;

/** When the list is dated ("… và cà phê năm 2026 lần lượt"): no part of an item. */
const TRAILING_TIME =
  /\s+(?:trong\s+(?:năm|kỳ)(?:\s+qua)?|năm nay|(?:trong\s+)?(?:\d{1,2}\s+tháng(?:\s+đầu)?\s+)?năm\s+(?:19|20)\d\d|quý\s+[IVX]+(?:\s*\/\s*(?:19|20)\d\d)?|tháng\s+\d{1,2}(?:\s*\/\s*(?:19|20)\d\d)?)\s*,?$/iu;

/** "Đến năm 2030, tỷ lệ … và tỷ lệ … lần lượt đạt": when, before the list. */
const LEADING_TIME =
  /^\s*(?:đến|tới|tính đến|trong|năm|cuối|đầu)(?:\s+(?:hết|cuối|đầu))?[^,;:]{0,24}?(?:19|20)\d\d\s*,\s*/iu;

/** Where the sentence or clause that holds `at` starts (after ". ", ";", ":" or a line break). */
function listStart(src: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = src.charAt(i);
    if (c === ";" || c === ":" || c === "\n") return i + 1;
    if ((c === "." || c === "!" || c === "?") && /\s/u.test(src.charAt(i + 1))) return i + 1;
  }
  return 0;
}

/**
 * The list's pieces: the first holds the shared head and the first item, the others are items
 * ("Xuất khẩu gạo", "cà phê"). Null when the list has fewer items than `n`.
 */
function itemsOf(list: string, n: number): { head: string; items: string[] } | null {
  const and = list.lastIndexOf(" và ");
  if (and < 0) return null;
  const last = list.slice(and + 4).trim();
  const pieces = list
    .slice(0, and)
    .split(/,\s*/u)
    .map((p) => p.trim());
  const items = [...pieces.slice(1), last];
  const first = pieces[0] ?? "";
  if (items.length + 1 < n || items.some((it) => it === "" || /\d/u.test(it))) return null;
  // Only the last n − 1 pieces are items; earlier pieces belong to the head.
  const rest = items.slice(items.length - (n - 1));
  const lead = [first, ...items.slice(0, items.length - (n - 1))].join(", ");
  const ws = words(lead);
  // "… bằng đường hàng không, đường bộ và đường biển": the first item starts where the word the
  // other items start with last appears.
  const anchor = words(rest[0] ?? "")[0];
  let k =
    anchor === undefined
      ? -1
      : ws.length - 1 - [...ws].reverse().findIndex((w) => lower(w) === lower(anchor));
  // "tỷ lệ đô thị hóa và tỷ lệ lao động qua đào tạo": items named in full share no head.
  if (k === 0) return { head: "", items: [ws.join(" "), ...rest] };
  if (k < 0 || k >= ws.length) {
    // Else after the counted noun the head names ("Số hợp tác xã | thành lập mới và giải thể"), or
    // as long as the last item, leaving a head of two words at least ("Xuất khẩu | gạo").
    const lowered = ws.map(lower);
    let afterNoun = -1;
    for (const u of NOUNS) {
      const n = words(u).length;
      for (let i = 1; i + n < ws.length; i++)
        if (lowered.slice(i, i + n).join(" ") === u) afterNoun = Math.max(afterNoun, i + n);
    }
    const size = Math.min(words(last).length, Math.max(1, ws.length - 2));
    k = afterNoun > 0 ? afterNoun : ws.length - size;
  }
  // "Số doanh nghiệp thành lập mới và …": the head never ends inside a noun the units know.
  const folded = ws.map(lower);
  for (const u of NOUNS) {
    const n = words(u).length;
    for (let j = 1; j < n; j++)
      if (k - j >= 0 && k - j + n < ws.length && folded.slice(k - j, k - j + n).join(" ") === u)
        k = k - j + n;
  }
  if (k < 1) return null;
  return { head: ws.slice(0, k).join(" "), items: [ws.slice(k).join(" "), ...rest] };
}

/**
 * Replaces the drafts read from each such list by one draft per figure. A draft of the list's first
 * figure lends its tense, estimate and kind to all of them; without one the list is left as read.
 */
export function distributeRespectively(src: string, drafts: Draft[], convention: NumberConvention): Draft[] {
  let out = drafts;
  for (const m of src.matchAll(RESPECTIVELY)) {
    const at = m.index;
    const verb = VERB.exec(src.slice(at + m[0].length, at + m[0].length + 40));
    if (verb === null) continue;
    const from = at + m[0].length + verb[0].length;
    const start = listStart(src, at);
    const list = src
      .slice(start, at)
      .replace(LEADING_TIME, "")
      .replace(/^[\s,]+/u, "")
      .replace(TRAILING_TIME, "")
      .trim()
      .replace(/\s+(?:có|đều có)$/u, "");
    // "lần lượt 12, 14 và 9 phường": bare figures share the unit (and scale) of the last one.
    const bare = /^(\d[\d.,]*)((?:\s*,\s*\d[\d.,]*)*)\s+và\s+(?=\d)/u.exec(src.slice(from, from + 80));
    // The figures: each after a comma or "và", up to the end of the list of them.
    let end = bare === null ? from : from + bare[0].length;
    const figs: Figure[] = [];
    const sentence = out.find((d) => d.source.start >= start && d.source.start < from + 200)?.sentence ?? -1;
    const clause: Clause = {
      start: from,
      end: Math.min(src.length, from + 200),
      sentence,
      plan: false,
      marked: false,
      estimateFrom: -1,
    };
    for (const f of figuresIn(src, clause, convention)) {
      if (!/^(?:\s*,\s*|\s+và\s+|\s*)$/u.test(src.slice(end, f.start))) break;
      figs.push(f);
      end = f.end;
    }
    if (figs.length === 1 && bare !== null) {
      const last = figs[0] as Figure;
      const raws = [bare[1] ?? "", ...(bare[2] ?? "").split(",").map((r) => r.trim())].filter(Boolean);
      const lastRaw = /^\d[\d.,]*/u.exec(src.slice(last.start, last.end))?.[0] ?? "";
      const lastRead = parseNumber(lastRaw, convention);
      const scale = lastRead.kind === "number" && lastRead.value !== 0 ? last.value / lastRead.value : 1;
      const read = raws.map((r) => parseNumber(r, convention));
      if (last.start === from + bare[0].length && read.every((r) => r.kind === "number")) {
        let pos = from;
        const made = read.map((r, i): Figure => {
          const raw = raws[i] ?? "";
          const begin = src.indexOf(raw, pos);
          pos = begin + raw.length;
          const value = r.kind === "number" ? Number((r.value * scale).toPrecision(15)) : 0;
          // Typed in the unit's terms, as the last one is: "1,2 và 0,35 triệu tấn" plans 1.200.000 tấn.
          const typed = scale !== 1 ? formatNumber(value, convention, 6) : raw;
          return { ...last, start: begin, end: pos, value, typed, of: null };
        });
        figs.unshift(...made);
      }
    }
    if (figs.length < 2) continue;
    const split = itemsOf(list, figs.length);
    if (split === null) continue;
    const inSpan = (d: Draft): boolean => d.source.end > start && d.source.start < end;
    const template = out.find(inSpan);
    if (template === undefined) continue;
    const share = /^\s*chiếm/u.test(verb[0]) && !/^(?:tỷ lệ|tỷ trọng)(?!\p{L})/u.test(lower(split.head));
    const made = figs.map((f, i): Draft => {
      const head = share ? `Tỷ lệ ${decapitalize(split.head)}` : split.head;
      const name = capitalize(`${head} ${split.items[i] ?? ""}`.trim());
      const unit = f.percent ? "%" : f.unit;
      const planned = template.actual === null;
      return {
        ...template,
        name,
        unit,
        actual: planned ? null : f.value,
        plan: planned ? f.value : null,
        planText: planned ? (f.percent ? `${f.typed}%` : f.typed) : null,
        scaleApplied: f.scaleApplied,
        changePct: null,
        pctPlan: null,
        pctPrior: null,
        total: f.of,
        source: { start: i === 0 ? start : f.start, end: f.end },
        doubts: [...template.doubts],
      };
    });
    const first = out.findIndex(inSpan);
    out = [
      ...out.slice(0, first).filter((d) => !inSpan(d)),
      ...made,
      ...out.slice(first).filter((d) => !inSpan(d)),
    ];
  }
  return out;
}

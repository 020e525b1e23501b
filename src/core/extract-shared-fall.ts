/**
 * One target fall shared by several counts: "mỗi năm kéo giảm từ 5% trở lên số vụ, số người chết và
 * số người bị thương do tai nạn giao thông", "kéo giảm số vụ, số người chết, số người bị thương, mỗi
 * tiêu chí từ 5% trở lên". Security and traffic reports set it this way year after year; the table
 * that follows has one row per count ("Mức giảm số vụ tai nạn giao thông", …), each with the same
 * target in %. The clause rules read one row named by the first words; here it becomes one per count.
 */
import type { Draft } from "./extract-drafts";
import { capitalize, lower } from "./extract-text";

/** "số vụ, số người chết và số người bị thương do tai nạn giao thông": two counts or more, each "số …". */
const COUNTS = String.raw`số\s[^,;.:()\d]+?(?:\s*(?:,\s*(?:và\s+)?|\svà\s)số\s[^,;.:()\d]+?)+`;

/** The list after the fall's figure ("giảm từ 5% trở lên số vụ, …"), up to a comparison or the end. */
const AFTER = new RegExp(
  String.raw`^\s*(?:trở\s+(?:lên|xuống)\s+)?(${COUNTS})(?=\s*(?:so với|mỗi năm|hằng năm|hàng năm|[;.,]|$))`,
  "u",
);

/** The list before it ("kéo giảm số vụ, …, mỗi tiêu chí từ 5%"), the figure shared by "mỗi …". */
const BEFORE = new RegExp(
  String.raw`(?:kéo\s+)?giảm\s+(${COUNTS})\s*,\s*(?:mỗi|từng)\s+(?:tiêu chí|chỉ tiêu|loại|mặt)[^\d,;]*$`,
  "u",
);

/** What the last count says it is of ("… do tai nạn giao thông"), said once for them all. */
const OF = /\s((?:do|về|trong|liên quan đến|của)\s.+)$/u;

function countsOf(src: string, d: Draft): string[] | null {
  if (d.unit !== "%" || d.actual !== null) return null;
  const from = Math.max(0, d.source.start - 200);
  const before = lower(src.slice(from, d.source.start + figureOffset(src, d)));
  const lastStop = Math.max(before.lastIndexOf(";"), before.lastIndexOf("."), before.lastIndexOf(":"));
  const said = before.slice(lastStop + 1);
  const fallBefore = /(?:kéo\s+)?giảm\s+(?:(?:từ|ít nhất|tối thiểu|trên)\s+)?$/u.test(said);
  // Matched on lower case, read from the text as written (lower case keeps the length of Vietnamese).
  // After the figure itself: the source may already hold the words after it ("trở lên số vụ").
  const figure = d.source.start + figureOffset(src, d);
  const afterAt = figure + (/^[\d.,]+\s*%/u.exec(src.slice(figure, figure + 24))?.[0].length ?? 0);
  const m = fallBefore ? AFTER.exec(lower(src.slice(afterAt, afterAt + 240))) : BEFORE.exec(said);
  if (m?.[1] === undefined) return null;
  const at = (fallBefore ? afterAt : from + lastStop + 1) + m.index + m[0].indexOf(m[1]);
  const list = src.slice(at, at + m[1].length);
  const items = list.split(/\s*,\s*(?:và\s+)?|\svà\s/u).map((s) => s.trim());
  if (items.length < 2 || items.some((it) => !lower(it).startsWith("số "))) return null;
  const of = OF.exec(items[items.length - 1] ?? "")?.[1];
  return items.map((it) => (of === undefined || it.endsWith(of) ? it : `${it} ${of}`));
}

/** Where the draft's figure starts within its source ("từ 5% trở lên": after the limit's word). */
const figureOffset = (src: string, d: Draft): number =>
  /\d/u.exec(src.slice(d.source.start, d.source.end))?.index ?? 0;

export function splitSharedFalls(src: string, drafts: readonly Draft[]): Draft[] {
  return drafts.flatMap((d) => {
    const counts = countsOf(src, d);
    if (counts === null) return [d];
    return counts.map((c) => ({
      ...d,
      name: capitalize(`mức giảm ${lower(c.slice(0, 3))}${c.slice(3)}`),
      source: { ...d.source },
      doubts: d.doubts.includes("ten_ghep_tu_menh_de_khac")
        ? [...d.doubts]
        : [...d.doubts, "ten_ghep_tu_menh_de_khac" as const],
    }));
  });
}

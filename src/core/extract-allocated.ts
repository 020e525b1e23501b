/**
 * "Năm 2027, tỉnh bố trí 312 tỷ đồng chi trợ cấp …", "dành 40 tỷ đồng để xóa 52 phòng học tạm": money
 * set aside is named by what it is set aside for, the words after its unit, not by who sets it aside
 * ("Tỉnh dự kiến bố trí") nor by a total of an earlier sentence.
 */
import type { Draft } from "./extract-drafts";
import { capitalize, lower, words } from "./extract-text";

/** The verb that sets money aside, right before the figure (a limit word between them allowed). */
const SET_ASIDE = /(?<!\p{L})(?:bố trí|dành|phân bổ)(?:\s+(?:khoảng|trên|gần|hơn|ít nhất|tối thiểu))?\s*$/u;

/**
 * The figure, its unit in đồng, then what for: to " cho " (whom it goes to), a clause mark or a full
 * stop (not one between digits).
 */
const PURPOSE =
  /^[\d.,]+\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)*đồng\s+(?:để\s+|nhằm\s+|cho việc\s+)?([^,;:()\n]+?)(?=\s+cho\s|[,;:()\n]|\.(?!\d)|$)/u;

export function nameAllocatedMoney(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (!/đồng/u.test(lower(d.unit))) continue;
    // "Bố trí khắc phục 5 đoạn đê": named by its verb and purpose already.
    if (/^(?:bố trí|dành|phân bổ)\s+\p{L}/u.test(lower(d.name))) continue;
    // The figure within the draft's span (which may hold its name before it): a number set aside.
    const span = src.slice(d.source.start, d.source.end);
    const at = [...span.matchAll(/(?<![\d.,])\d/gu)]
      .map((m) => d.source.start + (m.index ?? 0))
      .find((i) => SET_ASIDE.test(lower(src.slice(Math.max(0, i - 40), i))));
    if (at === undefined) continue;
    const purpose = PURPOSE.exec(src.slice(at, at + 200))?.[1];
    if (purpose === undefined) continue;
    // "xóa 146 phòng học tạm": what is done, less how many.
    const what = words(purpose).filter((w) => !/\d/u.test(w));
    if (what.length < 2 || what.length > 12) continue;
    // "phân bổ 9.846 triệu đồng vốn các chương trình …": the money's own name after its unit.
    const own = /^(?:vốn|nguồn|kinh phí|ngân sách)(?!\p{L})/u.test(lower(what.join(" ")));
    d.name = capitalize(own ? what.join(" ") : `kinh phí ${what.join(" ")}`);
  }
}

/**
 * A list of short items after a lead that names the measure once ("Tỷ lệ giáo viên đạt chuẩn: mầm non
 * 91,4%, tiểu học 88,7%, …", "Số hộ nghèo: xã A 112 hộ, xã B 96 hộ"): each item is a part of that
 * measure, so its figure is named by the lead and the item ("Tỷ lệ giáo viên đạt chuẩn mầm non"), not
 * by the item alone ("Mầm non"). Reports write such lists after a colon wherever a measure is broken
 * down by level, sector or place.
 */
import type { Draft } from "./extract-drafts";
import { capitalize, decapitalize, lower, words } from "./extract-text";
import { MONEY } from "./extract-units";

/** A lead that names a measure: a rate, a share, a ratio or a count ("Số …"). */
const MEASURE_LEAD = /^(?:tỷ lệ|tỷ trọng|tỷ số|số lượng|số)\s+\p{L}/u;

/** A legal basis at the end of a lead: "theo Luật Giáo dục 2019", "theo Nghị định số 07/2021/NĐ-CP". */
const LEGAL_BASIS =
  /\s+(?:theo|tại)\s+(?:bộ luật|luật|nghị định|nghị quyết|thông tư|quyết định|quy định)(?!\p{L})[^:]*$/iu;

/** Where a lead opens: a line, a sentence or a semicolon before it. */
const LEAD_OPEN = /[\n;]|\.\s/gu;

/**
 * Names each short item of a colon list by the list's lead. Looks back at most 300 characters from
 * each figure, so a long paste stays linear.
 */
export function nameItemsByListLead(src: string, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.name === "" || words(d.name).length > 4) continue;
    // A draft's source starts at its name when the name is written before the figure.
    const named = lower(src.slice(d.source.start, d.source.start + d.name.length)) === lower(d.name);
    const from = Math.max(0, d.source.start - 300);
    const before = src.slice(from, d.source.start + (named ? d.name.length : 0));
    const colon = before.lastIndexOf(":");
    if (colon < 0) continue;
    // The items between the colon and this figure: short labels and figures, no new clause.
    const items = before.slice(colon + 1);
    if (/[;.\n]|\s(?:và|trong đó|gồm)\s/u.test(items.replace(/\d[.,]\d/gu, "0"))) continue;
    let open = 0;
    for (const m of before.slice(0, colon).matchAll(LEAD_OPEN)) open = m.index + m[0].length;
    if (open === 0 && from > 0) continue;
    // "… đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019:": the legal basis a measure is read
    // by says how it is counted, not what; its number and year are no part of the name.
    const lead = before
      .slice(open, colon)
      .trim()
      .replace(/^[-–•+*]\s*/u, "")
      .replace(LEGAL_BASIS, "");
    if (!MEASURE_LEAD.test(lower(lead)) || words(lead).length > 12 || /[\d,()]/u.test(lead)) continue;
    // The item is this figure's own label, right before it ("…, tiểu học 88,7%").
    const label = items.slice(items.lastIndexOf(",") + 1).trim();
    if (lower(label) !== lower(d.name) || lower(lead).includes(lower(label))) continue;
    d.name = capitalize(`${lead} ${decapitalize(label)}`);
  }
}

/** A head over a list of traded goods: "Một số mặt hàng xuất khẩu chủ yếu 9 tháng", "Các mặt hàng nhập khẩu chính". */
const TRADE_HEAD =
  /(?:mặt hàng|nhóm hàng|sản phẩm|hàng hóa)(?:\s+\p{L}+){0,3}?\s+(xuất khẩu|nhập khẩu)(?!\p{L})/u;

/** Names already saying the trade or a whole ("Kim ngạch …", "Tổng …"), which no head changes. */
const TRADE_NAMED = /(?:^|\s)(?:xuất khẩu|nhập khẩu|kim ngạch|xuất siêu|nhập siêu)(?!\p{L})|^tổng\s/u;

/** The head a figure's list item sits under, inline after a colon or as the line over its bullets. */
function tradeHeadOver(src: string, figure: number): string | null {
  const lineStart = src.lastIndexOf("\n", figure - 1) + 1;
  const line = src.slice(lineStart, figure);
  if (/^\s*[-–•+*]/u.test(line)) {
    // Bullets one under another: the first line above them that is not one, ending in a colon.
    let end = lineStart - 1;
    for (let n = 0; n < 12 && end > 0; n++) {
      const start = src.lastIndexOf("\n", end - 1) + 1;
      const above = src.slice(start, end);
      if (end - start > 300) return null;
      if (!/^\s*[-–•+*]/u.test(above)) return /:\s*$/u.test(above) ? above : null;
      end = start - 1;
    }
    return null;
  }
  // "Các mặt hàng xuất khẩu chủ lực: dệt may 416,3 triệu USD, đồ gỗ …": the lead of the line's colon.
  const colon = line.lastIndexOf(":");
  if (colon < 0 || line.length - colon > 300 || /\.\s/u.test(line.slice(colon))) return null;
  const open = Math.max(line.lastIndexOf(". ", colon), line.lastIndexOf(";", colon));
  return line.slice(open + 1, colon);
}

/**
 * "Các mặt hàng xuất khẩu chủ lực: dệt may 416,3 triệu USD, …", "- Hạt điều: 46,8 nghìn tấn, trị
 * giá 289,5 triệu USD" under "Một số mặt hàng xuất khẩu chủ yếu …:": each item of a list headed by
 * traded goods is that trade of the item. Keys name the money "Xuất khẩu dệt may" (or "Kim ngạch
 * xuất khẩu …") and a quantity "Hạt điều xuất khẩu", never the goods alone.
 */
export function nameGoodsByTradeHead(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    const name = lower(d.name).trim();
    if (name === "" || d.unit === "%" || words(name).length > 6 || TRADE_NAMED.test(name)) continue;
    const digit = /\d/u.exec(src.slice(d.source.start, d.source.end));
    const head = tradeHeadOver(src, d.source.start + (digit?.index ?? 0));
    const trade = head === null ? undefined : TRADE_HEAD.exec(lower(head))?.[1];
    if (trade === undefined) continue;
    const money = MONEY.some((m) => lower(d.unit).includes(m));
    d.name =
      money && !/^(?:trị giá|giá trị)\s/u.test(name)
        ? capitalize(`${trade} ${decapitalize(d.name.trim())}`)
        : `${d.name.trim()} ${trade}`;
  }
}

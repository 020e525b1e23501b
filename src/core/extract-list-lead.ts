/**
 * A list of short items after a lead that names the measure once ("Tỷ lệ giáo viên đạt chuẩn: mầm non
 * 91,4%, tiểu học 88,7%, …", "Số hộ nghèo: xã A 112 hộ, xã B 96 hộ"): each item is a part of that
 * measure, so its figure is named by the lead and the item ("Tỷ lệ giáo viên đạt chuẩn mầm non"), not
 * by the item alone ("Mầm non"). Reports write such lists after a colon wherever a measure is broken
 * down by level, sector or place.
 */
import type { Draft } from "./extract-drafts";
import { capitalize, decapitalize, lower, words } from "./extract-text";

/** A lead that names a measure: a rate, a share, a ratio or a count ("Số …"). */
const MEASURE_LEAD = /^(?:tỷ lệ|tỷ trọng|tỷ số|số lượng|số)\s+\p{L}/u;

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
    const lead = before
      .slice(open, colon)
      .trim()
      .replace(/^[-–•+*]\s*/u, "");
    if (!MEASURE_LEAD.test(lower(lead)) || words(lead).length > 12 || /[\d,()]/u.test(lead)) continue;
    // The item is this figure's own label, right before it ("…, tiểu học 88,7%").
    const label = items.slice(items.lastIndexOf(",") + 1).trim();
    if (lower(label) !== lower(d.name) || lower(lead).includes(lower(label))) continue;
    d.name = capitalize(`${lead} ${decapitalize(label)}`);
  }
}

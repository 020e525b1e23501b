/**
 * "… tỷ lệ đáp ứng nhu cầu đi lại đạt 11,6%. Năm 2027 phấn đấu đưa tỷ lệ này lên 14%": a measure
 * pointed back to ("tỷ lệ này", "chỉ số này", "con số này") is the last one of the same unit named
 * before it in the paragraph.
 */
import type { Draft } from "./extract-drafts";
import { lower } from "./extract-text";

const POINTED_BACK = /^(?:tỷ lệ|chỉ số|con số|chỉ tiêu|mức|số)\s+(?:này|đó|trên)$/u;

export function namePointedBack(drafts: readonly Draft[]): void {
  drafts.forEach((d, i) => {
    if (!POINTED_BACK.test(lower(d.name).trim())) return;
    // A few dozen figures back at most: a long paste must not make each look a scan of all drafts.
    for (let j = i - 1; j >= Math.max(0, i - 40); j--) {
      const before = drafts[j] as Draft;
      if (before.unit !== d.unit || POINTED_BACK.test(lower(before.name).trim())) continue;
      d.name = before.name;
      return;
    }
  });
}

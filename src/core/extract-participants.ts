/**
 * "tổ chức 38 phiên giao dịch việc làm với sự tham gia của 640 lượt doanh nghiệp": who took part is
 * counted by the thing they took part in, counted just before ("Doanh nghiệp tham gia phiên giao
 * dịch việc làm"), not by the words "sự tham gia của".
 */
import type { Draft } from "./extract-drafts";
import { capitalize } from "./extract-text";
export function nameParticipants(drafts: readonly Draft[]): void {
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k] as Draft;
    const prev = drafts[k - 1] as Draft;
    if (prev.sentence !== d.sentence || prev.actual === null || d.actual === null || d.unit === "%") continue;
    if (!/^(?:với\s+|có\s+)?sự tham gia của$/iu.test(d.name.trim())) continue;
    const at = prev.name.toLowerCase().indexOf(prev.unit.toLowerCase());
    if (prev.unit === "" || prev.unit === "%" || at < 0) continue;
    const event = prev.name.slice(at).replace(/\s+(?:tại|ở|của)\s.*$/u, "");
    const who = d.unit.replace(/^lượt\s+/u, "");
    d.name = capitalize(`${who} tham gia ${event.toLowerCase()}`);
  }
}

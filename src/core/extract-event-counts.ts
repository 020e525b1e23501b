/**
 * "Tai nạn giao thông năm 2026 giảm trên cả ba tiêu chí: số vụ giảm 11%, còn 96 vụ; số người chết …,
 * còn 58 người": a count named only by what it counts ("Số vụ", "Người chết") is a count of the
 * event the sentence opened with, named as the reports name it: "Số vụ tai nạn giao thông",
 * "Số người chết do tai nạn giao thông".
 */
import type { Draft } from "./extract-drafts";
import { capitalize, lower } from "./extract-text";

/** A name that says only what an event's count counts ("Số vụ", "Người bị thương do vụ"). */
const BARE = /^(số\s+)?(vụ|người chết|người tử vong|người bị thương)(?:\s+do\s+vụ)?$/u;

/** The events reports count by cases and casualties, longest first. */
const EVENT =
  /(?<!\p{L})(tai nạn giao thông|tai nạn lao động|cháy,\s*nổ|cháy nổ|cháy rừng|đuối nước|cháy)(?!\p{L})/gu;

/** Names each bare count of cases or casualties after the event its sentence names before it; in place. */
export function nameEventCounts(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (d.unit !== "vụ" && d.unit !== "người") continue;
    const bare = BARE.exec(lower(d.name).trim());
    if (bare?.[2] === undefined || (bare[2] === "vụ") !== (d.unit === "vụ")) continue;
    const before = src.slice(Math.max(0, d.source.start - 240), d.source.start);
    // Back to where the sentence starts (a period not inside a number, a line).
    const opens = [...before.matchAll(/[.\n](?!\d)/gu)].pop();
    const sentence = lower(before.slice(opens === undefined ? 0 : opens.index + 1));
    const event = [...sentence.matchAll(EVENT)].pop()?.[1];
    if (event === undefined) continue;
    const what = bare[2] === "vụ" ? `vụ ${event}` : `${bare[2]} do ${event}`;
    d.name = capitalize(`${bare[1] ?? ""}${what}`);
  }
}

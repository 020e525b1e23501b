/**
 * "Tiếp nhận 5.210 hồ sơ đề nghị hưởng trợ cấp thất nghiệp; ra quyết định cho 5.006 người hưởng với
 * số tiền 96,4 tỷ đồng": a report names the benefit once ("hưởng trợ cấp thất nghiệp", "hưởng chế độ
 * thai sản") and then writes the verb alone ("người hưởng", "quyết định hưởng"). The bare "hưởng" of a
 * later name means the benefit last named before it, which tables write out ("Người hưởng trợ cấp
 * thất nghiệp", "Số tiền … hưởng trợ cấp thất nghiệp").
 */
import type { Draft } from "./extract-drafts";
import { lower } from "./extract-text";

/** "hưởng" with what is received after it: a few words up to a figure, a mark or a new clause. */
const BENEFIT =
  /(?<!\p{L})hưởng\s+((?:(?!(?:được|với|cho|tăng|giảm|đạt|là|của|tại|từ|năm|tháng)(?!\p{L}))\p{L}+\s*){1,5})/gu;

/** A name whose "hưởng" says nothing of what was received: at its end or before "được" / "với". */
const BARE = /(?<!\p{L})hưởng(?=$|\s+(?:được|với|cho)(?!\p{L}))/u;

/** Completes each bare "hưởng" of a name by the benefit named last before its figure (one pass). */
export function completeBareBenefit(src: string, drafts: readonly Draft[]): void {
  const low = lower(src);
  const named = [...low.matchAll(BENEFIT)].map((m) => {
    const from = m.index + m[0].indexOf(m[1] as string);
    return { at: m.index, what: src.slice(from, from + (m[1] as string).trimEnd().length) };
  });
  if (named.length === 0) return;
  for (const d of drafts) {
    if (!BARE.test(lower(d.name))) continue;
    const last = named.filter((n) => n.at < d.source.start).pop();
    if (last === undefined || lower(d.name).includes(lower(last.what))) continue;
    d.name = d.name.replace(
      /(?<!\p{L})hưởng(?=$|\s+(?:được|với|cho)(?!\p{L}))/u,
      `hưởng ${lower(last.what)}`,
    );
  }
}

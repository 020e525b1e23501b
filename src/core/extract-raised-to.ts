/**
 * "Giá xăng RON 95 tăng 420 đồng/lít, lên 21.870 đồng/lít", "Giá vàng giảm 500.000 đồng/lượng xuống
 * 151,8 triệu đồng/lượng": the first figure is the step, the second the level reached. A report
 * keeps the level under the measure's name; the step, a change against the earlier level, is no row.
 */
import type { Proposal } from "./extract-types";
import { lower, words } from "./extract-text";

/** From the step's verb to the level: "tăng 420 đồng/lít, lên 21.870". */
const STEP_TO_LEVEL =
  /(?<!\p{L})(?:tăng|giảm)(?:\s+thêm)?\s+(?:khoảng\s+)?[\d.,]+\s*([^\d,;.:()\n]{0,25}?),?\s+(?:lên|xuống|còn)\s+(?:mức\s+)?[\d.,]+\s*([^\d,;.:()\n]{0,30})$/u;

/** A unit without its scale word, so "đồng/lượng" and "triệu đồng/lượng" are the same measure. */
const bareUnit = (u: string): string =>
  lower(u)
    .replace(/^(?:nghìn|ngàn|triệu|tỷ)\s+/u, "")
    .trim();

/** The step's name less the verbs the name ran into. */
const measureName = (name: string): string => {
  const cut = name.replace(/(?:\s+(?:tăng|giảm|lên|xuống|thêm))+\s*$/u, "").trim();
  return words(cut).length >= 1 ? cut : name;
};

/** The text ends on a step in `a`'s unit then a level in `b`'s ("giảm 14,6%, còn 131 người" is no step of people). */
function stepThenLevel(text: string, a: Proposal, b: Proposal): boolean {
  const m = STEP_TO_LEVEL.exec(text);
  return (
    m !== null &&
    (m[1] ?? "").trim().startsWith(bareUnit(a.unit)) &&
    (m[2] ?? "").trim().startsWith(lower(b.unit).trim())
  );
}

export function levelAfterStep(src: string, proposals: readonly Proposal[]): Proposal[] {
  const out: Proposal[] = [];
  for (let i = 0; i < proposals.length; i++) {
    const a = proposals[i] as Proposal;
    const b = proposals[i + 1];
    if (
      b !== undefined &&
      a.actual !== null &&
      b.actual !== null &&
      bareUnit(a.unit) === bareUnit(b.unit) &&
      bareUnit(a.unit) !== "" &&
      b.source.end > a.source.end &&
      b.source.end - a.source.start < 400 &&
      stepThenLevel(lower(src.slice(Math.max(a.source.start, b.source.end - 160), b.source.end)), a, b)
    ) {
      out.push({ ...b, name: measureName(a.name) });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

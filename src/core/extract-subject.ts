/**
 * "Vùng đồng bào dân tộc thiểu số và miền núi của tỉnh có 142 xã, 1.086 thôn, bản với 96.712 hộ":
 * counts of what a subject that is no place "has" are counts of that subject's parts ("Xã vùng đồng
 * bào …"), not bare units; a share said of them after ("chiếm 58,3% số hộ") follows their new name.
 */
import type { Draft } from "./extract-drafts";
import { isPlace } from "./extract-names";
import { decapitalize, lower, words } from "./extract-text";
import { opensWithBody } from "./extract-enterprise";

/** "… của tỉnh": whose the subject is, which a table's name leaves out. */
const OWNER_TAIL = /\s+của\s+(?:tỉnh|huyện|thành phố|thị xã|xã|phường|thị trấn|cả nước)$/u;

/** The subject that opens a sentence and "has" counts, or "" (a place, a scope, a name-like head). */
function owningSubject(said: string): string {
  const m = /^\s*(\p{Lu}[^\d,;:.()]{8,100}?)\s+(?:hiện\s+)?có\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d/u.exec(
    said,
  );
  const subject = (m?.[1] ?? "").replace(OWNER_TAIL, "").trim();
  // "Toàn tỉnh có", "Huyện Tân Hồng có", "Số xã có": where, or a name that already says what it counts.
  // "Hợp tác xã … có 684 thành viên": a business's own members, vehicles or staff, named as a table
  // names them ("Số thành viên"), not after the business that reports.
  if (
    words(subject).length < 2 ||
    isPlace(subject) ||
    opensWithBody(subject) ||
    /^(?:toàn|số|tổng|tỷ lệ|tỉnh|huyện|xã|phường|thành phố|thị xã|thị trấn|năm|đến|trong)(?!\p{L})/u.test(
      lower(subject),
    )
  )
    return "";
  return subject;
}

export function nameCountsBySubject(
  src: string,
  drafts: readonly Draft[],
  sentenceStart: ReadonlyMap<number, number>,
): void {
  const renamed = new Map<string, string>();
  for (const d of drafts) {
    const start = sentenceStart.get(d.sentence);
    if (start === undefined || d.head === "") continue;
    const said = src.slice(start, d.source.start);
    // The counts of the clause that "có" opens: not past a ";" or a new sentence.
    if (/[;.]\s/u.test(said)) continue;
    const subject = owningSubject(src.slice(start));
    const name = lower(d.name);
    if (subject === "" || !name.startsWith(lower(d.unit))) continue;
    if (words(d.name).length > 3 && !name.includes(" của ")) continue;
    const base = d.name.split(" của ")[0] ?? d.name;
    const next = `${base} ${decapitalize(subject)}`;
    renamed.set(`${d.sentence}|${lower(`tỷ lệ ${decapitalize(d.name)}`)}`, `Tỷ lệ ${decapitalize(next)}`);
    d.name = next;
  }
  for (const d of drafts) {
    const share = renamed.get(`${d.sentence}|${lower(d.name)}`);
    if (d.unit === "%" && share !== undefined) d.name = share;
  }
}

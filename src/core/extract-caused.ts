/**
 * "Dịch bệnh buộc tiêu hủy 420 con lợn", "Sạt lở làm đổ 9 căn nhà": a count of what an event caused to
 * suffer is named by the thing, then what happened to it ("Lợn bị tiêu hủy", "Nhà bị đổ"), the way the
 * keys of every readable set write it; "Buộc tiêu hủy con lợn" keeps the cause's verb and the classifier.
 * Only a name that is the causing verb, the suffered verb, the unit's classifier and the thing.
 */
import { CLASSIFIERS } from "./extract-figures";
import { capitalize, lower } from "./extract-text";

// No event may lead: "Hội viên làm chủ … trang trại" owns, it does not cause.
const CAUSED = /^(?:buộc|làm|khiến)\s+(\p{L}+(?:\s+\p{L}+)?)\s+(\p{L}+)\s+(\p{L}+(?:\s+\p{L}+){0,2})$/iu;

export function causedAsSuffered(name: string, unit: string): string {
  const m = CAUSED.exec(name.trim());
  // The unit is the classifier, or still the classifier and its noun ("căn nhà", read as "căn" later).
  const classifier = lower(m?.[2] ?? "");
  // Only a written classifier ("việc làm cho lao động" counts workers, no thing an event hurt).
  if (!CLASSIFIERS.has(classifier) && classifier !== "căn") return name;
  if (m === null || (lower(unit) !== classifier && !lower(unit).startsWith(`${classifier} `))) return name;
  return capitalize(`${m[3] ?? ""} bị ${lower(m[1] ?? "")}`);
}

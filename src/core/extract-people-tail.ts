/**
 * A count of people named by what was done and the unit after it: "tuyển sinh 4.512 người" →
 * "Tuyển sinh người", "trung cấp 1.230 người" → "Trung cấp người". Vietnamese puts "người" before
 * what qualifies it ("người lao động"), so a name that ends in the unit "người" only repeats the unit;
 * keys drop it ("Tuyển sinh giáo dục nghề nghiệp", "Tuyển sinh trình độ trung cấp"). Only after
 * enrolment and training levels: after a qualifier of whom ("bắt buộc 11.472 người", "cứu 58 người")
 * keys start with "Người …", which the trailing word still matches.
 */

/** Enrolment and the levels it is counted by, the names that only repeat the unit after them. */
const ENROLMENT = /(?<!\p{L})(?:tuyển sinh|tuyển mới|sơ cấp|trung cấp|cao đẳng|đại học|thạc sĩ|tiến sĩ)$/u;

/** The name without a trailing "người" when the unit is "người" and enrolment names it. */
export function withoutPeopleTail(name: string, unit: string): string {
  if (unit.toLowerCase() !== "người") return name;
  const m = /^(.*\p{L})\s+người$/u.exec(name);
  if (m === null) return name;
  const rest = m[1] as string;
  return ENROLMENT.test(rest.toLowerCase()) ? rest : name;
}

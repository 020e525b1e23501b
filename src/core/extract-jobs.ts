/**
 * "giải quyết việc làm cho 19.645 lao động", "duy trì việc làm ổn định cho 8.640 lao động": the count
 * is of the workers who got or kept work, and tables name it by them ("Lao động được giải quyết việc
 * làm", "Lao động có việc làm"), while the verb alone ("Giải quyết việc làm") names the work done.
 * A business reporting its own staff is read that way ("Lao động có việc làm"); a public report's
 * "Giải quyết việc làm" is its own indicator's name and stays. Naming the workers with the verb kept
 * says both.
 */
import { capitalize, decapitalize, lower } from "./extract-text";

/** Verbs that give or keep work, opening a name: "Tạo việc làm mới", "Duy trì việc làm ổn định". */
const GIVES_WORK = /^(?:giải quyết|tạo ra|tạo|duy trì|bố trí|sắp xếp)\s+việc làm(?!\p{L})/u;

/** One business that reports (not "doanh nghiệp", which public reports count in the plural). */
const ONE_BUSINESS =
  /(?<!\p{L})(?:công ty|hợp tác xã|ngân hàng|chi nhánh|nhà máy|xí nghiệp|quỹ tín dụng)(?!\p{L})/u;

/**
 * The name of a business's workers counted as given work by the verb that opens `name`, or `name` as
 * it was; `before` is the text up to the figure (a few hundred characters).
 */
export function workersGivenWork(name: string, unit: string, before: string): string {
  const u = lower(unit);
  if ((u !== "lao động" && u !== "người") || !GIVES_WORK.test(lower(name))) return name;
  if (!ONE_BUSINESS.test(lower(before))) return name;
  return `${capitalize(u)} được ${decapitalize(name)}`;
}

/**
 * A share of the plan with no amount beside it is the rate of what is done against the plan:
 * "bảo đảm đến 31/12 giải ngân từ 95% kế hoạch vốn trở lên", "thu đạt 102% dự toán". It is named
 * "Tỷ lệ" + the doing verb and its object + what the plan is of ("Tỷ lệ giải ngân vốn"): not by the
 * words that promise it or the date it is due ("bảo đảm đến 31/12/2026"), nor by the plan itself.
 */
import { capitalize, decapitalize, lower, words } from "./extract-text";

/** What promises a figure and when it is due: no part of what is measured. */
const PROMISE =
  /^(?:.*?(?<!\p{L})(?:bảo đảm|đảm bảo|phấn đấu|quyết tâm)\s+)?(?:(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?\s*,?\s+)?/iu;

/** The verb's link and limit before the figure ("đạt ít nhất", "từ", "trên"). */
const LINK = /(?:\s+(?:đạt|là|bằng))?(?:\s+(?:ít nhất|tối thiểu|không dưới|từ|trên))?$/iu;

/** When it is due, after the object ("… có tính chất đầu tư lũy kế đến 31/3"). */
const DUE =
  /\s+(?:(?:lũy kế|tính)\s+)?(?:đến|tới)\s+(?:(?:hết|cuối)\s+)?(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?$/iu;

/**
 * The name of the share, or null when the words before it are no doing verb and object (the caller
 * keeps its own name then). `said` is the text before the figure, `plan` the plan word after it
 * ("kế hoạch", "dự toán"), `of` what follows the plan word ("vốn", "vốn trở lên", "").
 */
export function planShareName(said: string, plan: string, of: string): string | null {
  if (!/^(?:kế hoạch|dự toán)$/u.test(lower(plan))) return null;
  const what = said.replace(PROMISE, "").replace(LINK, "").replace(DUE, "").trim();
  // "Đạt", "Bảo đảm": no verb of its own left.
  if (words(what).length < 2 && !/^(?:giải ngân|thu|chi)$/iu.test(what)) return null;
  if (/^tỷ lệ\s/iu.test(what)) return capitalize(what);
  const object = of.replace(/\s*trở\s+lên$/u, "").trim();
  return `Tỷ lệ ${decapitalize(what)}${object === "" || /\d/u.test(object) ? "" : ` ${object}`}`;
}

/**
 * "Mục tiêu giải ngân đạt từ 95% trở lên": a rate whose name is only the word of the aim and a verb
 * of disbursing or collecting is the rate of that verb ("Tỷ lệ giải ngân"); the aim is its tense,
 * no part of its name. Other names are left as they are.
 */
export function aimedRateName(name: string, unit: string): string {
  if (unit !== "%") return name;
  const rest = /^(?:mục tiêu|chỉ tiêu)\s+((?:giải ngân|thu|thực hiện)(?:\s+\p{L}+){0,4})$/iu.exec(name)?.[1];
  return rest === undefined ? name : `Tỷ lệ ${lower(rest)}`;
}

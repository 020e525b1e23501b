/**
 * Money disbursed, named by the verb alone ("…, đã giải ngân 9.114 triệu đồng", "Ngân hàng … giải
 * ngân 246,3 tỷ đồng cho …"): a table names it by the fund ("Giải ngân vốn các chương trình mục tiêu
 * quốc gia"), said earlier in the sentence or the paragraph ("được phân bổ … vốn …", "Kế hoạch vốn đầu
 * tư công …"), or at least as money ("Giải ngân vốn"), with the lender that disbursed it when a fund
 * or a bank did; on a bullet led by a project ("- Dự án …: giải ngân …"), by the project. The estimate to a later cut-off ("Ước đến 31/01/2027 giải ngân 229,8 tỷ đồng") is a
 * row of its own beside the amount to date, and keeps its date ("… ước đến 31/01/2027").
 */
import type { Draft } from "./extract-drafts";
import { decapitalize, lower, words } from "./extract-text";

/** How far back a fund is looked for: the paragraph's few sentences before the figure, not a whole paste. */
const REACH = 600;

/**
 * A name that says only that money was disbursed ("Giải ngân", "Mới giải ngân", "31/01/2027 giải
 * ngân"), maybe after who disbursed it: group 1 is who, if said.
 */
const VERB_ONLY =
  /^(?:\d{1,2}\/\d{1,2}(?:\/\d{4})?\s+)?(?:(.+?)\s+)?(?:(?:mới|đã|ước|lũy kế|cả năm)\s+)*giải ngân(?:\s+(?:được|đạt))?$/iu;

/** Who disbursed, as a place or a body that holds the plan ("Huyện", "Toàn tỉnh"): no part of the name. */
const HOLDER =
  /^(?:toàn\s+)?(?:huyện|tỉnh|xã|phường|thị xã|thành phố|thị trấn|đơn vị|ngành)(?:\s+\p{L}+){0,3}$/iu;

/** A fund or a bank that lent the money: part of the name ("… của Quỹ Phát triển khoa học và công nghệ"). */
const LENDER = /^(?:quỹ|ngân hàng)\s[^,;:.()\d]{2,80}$/iu;

/**
 * "vốn các chương trình mục tiêu quốc gia", "kế hoạch vốn đầu tư công năm 2026": the fund, up to a
 * stop (punctuation, a figure, a year, a verb, or a place named by its proper name: "vốn ngân sách
 * thành phố" is the city's budget, "vốn … huyện Tân Hòa" says whose).
 */
const FUND =
  /(?<!\p{L})(?<![Vv]ay\s)[Vv]ốn\s+(?!(?:năm|của|sau|được|đã|do|đến|tới|tại|cho|là|đạt|ước|giao)(?!\p{L}))(\p{L}+(?:\s+\p{L}+){0,7}?)(?=\s*(?:[,;:.()\d]|$)|\s+(?:năm|của|sau|giai đoạn|được|đã|do|đến|tới|tại|cho|là|đạt|ước|trung ương giao|giao)(?!\p{L})|\s+(?:xã|huyện|tỉnh|thành phố|thị xã|phường|quận)\s+\p{Lu})/gu;

/** "Ước đến 31/01/2027", "ước đến hết ngày 31/01/2027": an estimate to a cut-off date. */
const ESTIMATE_TO =
  /(?<!\p{L})ước(?:\s+(?:thực hiện|tính))?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2}\/\d{1,2}(?:\/\d{4})?)/u;

/** A clause about a project or a work, which disbursed the money: its own name is the project's. */
const PROJECT_SUBJECT =
  /(?:^|[,;:]\s*)\s*(?:dự án|công trình|chương trình|gói thầu|hạng mục)(?!\p{L})[^,;:]*?\s(?:(?:đã|mới|ước)\s+)*giải ngân(?:\s+(?:được|đạt))?\s*$/iu;

/** "1.247,6 tỷ đồng", "9.114 triệu đồng", "2,3 triệu USD": an amount with its currency. */
const AMOUNT = /(\d[\d.,]*)\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)*(?:đồng|usd)(?!\p{L})/giu;

const isMoney = (unit: string): boolean => /(?:^|\s)(?:đồng|usd)$/u.test(lower(unit));

/**
 * Where a draft's amount of money is written: its source runs from its name past the figure (a date or
 * another amount may come first), so the amount of its value; else where the source starts.
 */
export function moneyFigureAt(src: string, d: Draft): number {
  const value = d.actual ?? d.plan;
  if (value === null) return d.source.start;
  for (const m of src.slice(d.source.start, d.source.end).matchAll(AMOUNT)) {
    const said = Number((m[1] ?? "").replace(/\./gu, "").replace(",", "."));
    if (Math.abs(said - value) < 1e-9 * Math.max(1, Math.abs(value))) return d.source.start + m.index;
  }
  return d.source.start;
}

/** "- Dự án đường ven sông (giai đoạn 1): …": the project the bullet the figure is on reports on. */
function bulletProject(before: string): string | undefined {
  const line = before.slice(before.lastIndexOf("\n") + 1);
  const lead = /^\s*[-–•+*]\s*((?:dự án|công trình|gói thầu|chương trình)\s[^:;\n]{3,120}?)\s*:/iu.exec(line);
  return lead?.[1] === undefined ? undefined : decapitalize(lead[1].trim());
}

/**
 * What is written before a figure, back to REACH characters: the paragraph (a blank line ends it) and
 * the clause the figure is in (back to a period not inside a number, a semicolon or a line), as written.
 */
export function paragraphAndClauseBefore(src: string, figure: number): { paragraph: string; clause: string } {
  const before = src.slice(Math.max(0, figure - REACH), figure);
  const paragraph = before.slice(before.lastIndexOf("\n\n") + 1);
  const opens = [...paragraph.matchAll(/[.;\n](?!\d)/gu)].pop();
  return { paragraph, clause: paragraph.slice(opens === undefined ? 0 : opens.index + 1) };
}

/** The last fund named in `text` ("vốn …" with words after it), or "". */
function lastFund(text: string): string {
  let fund = "";
  for (const m of text.matchAll(FUND)) fund = m[1] ?? fund;
  return fund;
}

/** Renames money named by "giải ngân" alone after its fund, and dates its estimate; in place. */
export function nameDisbursedMoney(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (!isMoney(d.unit)) continue;
    const verbOnly = VERB_ONLY.exec(d.name.trim());
    // ("Mới giải ngân": the lazy group takes the marker when no one is said)
    const who = verbOnly?.[1]?.replace(/(?:(?:^|\s+)(?:mới|đã|ước|lũy kế|cả năm))+$/iu, "") || undefined;
    const lender = who !== undefined && LENDER.test(who) && words(who).length <= 12 ? who : undefined;
    const bare = verbOnly !== null && (who === undefined || HOLDER.test(who) || lender !== undefined);
    if (!bare && !/(?<!\p{L})giải ngân(?!\p{L})/iu.test(d.name)) continue;
    const figure = moneyFigureAt(src, d);
    // The paragraph only: a blank line ends what an earlier fund could name.
    const { paragraph, clause } = paragraphAndClauseBefore(src, figure);
    let next = d.name;
    // A fund said only in an earlier clause is a guess at what this money is of.
    let borrowed = false;
    // "Dự án đã giải ngân 1.205,6 tỷ đồng": money of the project the clause is about, named by it elsewhere.
    if (bare && PROJECT_SUBJECT.test(clause)) continue;
    // "- Dự án kè sông Lam Hạ: giải ngân 41,9 tỷ đồng": money of the project the bullet reports on.
    const project = bare ? bulletProject(paragraph) : undefined;
    if (project !== undefined) next = `Giải ngân ${project}`;
    else if (bare) {
      const fund = lastFund(paragraph);
      next = `Giải ngân vốn${fund === "" ? "" : ` ${fund}`}${lender === undefined ? "" : ` của ${lender}`}`;
      borrowed = fund !== "" && lastFund(clause) !== fund;
    }
    const due = ESTIMATE_TO.exec(lower(clause))?.[1];
    if (due !== undefined && !lower(next).includes(due)) next += ` ước đến ${due}`;
    if (next === d.name) continue;
    d.name = next;
    if (borrowed && !d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
    // "Giải ngân vốn" of no fund and no lender says only that money went out.
    if (/^giải ngân vốn$/iu.test(next) && !d.doubts.includes("ten_qua_ngan")) d.doubts.push("ten_qua_ngan");
  }
}

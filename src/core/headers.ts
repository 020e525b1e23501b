/**
 * Header text → ColumnKey. Offices write the same column many ways ("KH", "Kế hoạch năm 2021",
 * "Chỉ tiêu NQ", "Plan"); a header is folded (case, diacritics, spaces) and stripped of years and
 * periods before it is looked up. The parent of a merged two-row header and the reported year
 * change some meanings: "KH" under "So sánh (%)" is % KH, "Thực hiện năm 2020" in a 2021 table is CK.
 */
import type { ColumnKey, Period, TermComputedColumn } from "./model";
import { foldWord } from "./numbers";
import { MAX_HEADER_CHARS, charsIn, trimEndWhere, trimSpaces } from "./trim";
import { isPartial, periodColumn } from "./period";

/** What the reader knows around a header cell. */
export interface HeaderContext {
  /** The parent header text of a merged two-row header ("Năm 2021", "So sánh (%)"). */
  above?: string;
  /** The year the table reports on; a "Thực hiện năm <year − 1>" column is then the prior year. */
  year?: number | null;
  /** Same as `above`: the name other modules were told to use. */
  parent?: string;
  /** Same as `year`: the name other modules were told to use. */
  reportYear?: number | null;
  /** The table's period: in a partial one, "cả năm" columns are the year's estimate or the prior year. */
  period?: Period;
}

/**
 * Accepted headers per column, folded (lower case, no diacritics, đ → d), after years, periods and
 * parenthesised notes are taken out. Headers of computed columns are listed without their "%".
 */
export const HEADER_ALIASES: Record<ColumnKey, readonly string[]> = {
  stt: ["stt", "tt", "no", "no.", "#", "so tt", "so thu tu", "number"],
  name: [
    "chi tieu",
    "ten chi tieu",
    "cac chi tieu",
    "noi dung",
    "noi dung chi tieu",
    "indicator",
    "indicators",
    "name",
  ],
  unit: ["don vi", "dvt", "don vi tinh", "dv", "dv tinh", "unit", "units"],
  kind: ["loai", "loai chi tieu", "kind", "type"],
  direction: ["chieu", "huong", "chieu danh gia", "direction"],
  plan: [
    "ke hoach",
    "kh",
    "chi tieu nq",
    "chi tieu nghi quyet",
    "chi tieu ke hoach",
    "ke hoach giao",
    "ke hoach duoc giao",
    "kh giao",
    "chi tieu giao",
    "chi tieu duoc giao",
    "du toan giao",
    // Budget tables: the estimate a higher level set ("Dự toán TW giao", "Dự toán HĐND tỉnh giao").
    "du toan duoc giao",
    "du toan tw giao",
    "du toan trung uong giao",
    "du toan hdnd giao",
    "du toan hdnd tinh giao",
    "du toan hdnd huyen giao",
    "du toan tinh giao",
    "du toan huyen giao",
    "nghi quyet",
    "nq",
    "muc tieu",
    "du toan",
    "plan",
    "target",
    "planned",
  ],
  stretch: [
    "phan dau",
    "muc phan dau",
    "muc tieu phan dau",
    "chi tieu phan dau",
    "ke hoach phan dau",
    "kh phan dau",
    "stretch",
    "stretch target",
  ],
  actual: [
    "thuc hien",
    "th",
    "uoc th",
    "uoc thuc hien",
    "uoc",
    "ket qua thuc hien",
    "so thuc hien",
    "actual",
    "actuals",
    "estimate",
    "estimated",
  ],
  prior: [
    "cung ky",
    "ck",
    "cung ky nam truoc",
    "thuc hien cung ky",
    "th cung ky",
    "nam truoc",
    "thuc hien nam truoc",
    "prior year",
    "prior",
    "previous year",
    "last year",
    "same period last year",
  ],
  reportedPct: ["bao cao", "ty le bao cao", "reported", "reported %"],
  note: ["ghi chu", "note", "notes", "remarks", "comment", "comments"],
  pctPlan: ["kh", "ke hoach", "so kh", "so voi kh", "so ke hoach", "so voi ke hoach", "plan", "of plan"],
  pctStretch: ["phan dau", "so phan dau", "so voi phan dau", "stretch", "of stretch", "of stretch target"],
  pctPrior: [
    "ck",
    "cung ky",
    "so ck",
    "so voi ck",
    "so cung ky",
    "so voi cung ky",
    "prior",
    "of prior year",
    "prior year",
  ],
  changePct: [
    "tang/giam",
    "tang giam",
    "tang/giam so ck",
    "tang/giam so voi cung ky",
    "change",
    "change vs prior year",
  ],
  diffPoints: ["chenh lech", "chenh lech diem", "diem", "difference", "difference points", "points"],
  verdict: ["danh gia", "ket qua danh gia", "xep loai", "verdict", "assessment"],
  // In a partial-period table only, and through period.ts (periodColumn): an actual header that
  // names the whole year ("cả năm" is taken out before lookUp, so these are the forms, not keys).
  // The years are examples: a year before the reported one makes the prior full year.
  yearEstimate: ["uoc thuc hien ca nam", "uoc th ca nam", "uoc ca nam", "full year estimate"],
  priorYear: ["thuc hien nam 2020", "th ca nam 2020", "prior full year"],
};

const PERCENT_KEYS = ["reportedPct", "pctPlan", "pctStretch", "pctPrior"] as const;
const INPUT_KEYS = [
  "stt",
  "name",
  "unit",
  "kind",
  "direction",
  "plan",
  "stretch",
  "actual",
  "prior",
  "note",
] as const;

/** Folded, punctuation around words tidied: "Tăng/giảm so CK (%)" → "tang/giam so ck (%)". */
export function foldHeader(text: string): string {
  // A header is a few words; a longer cell is cut first so no pattern below sees 32 767 characters.
  const cut = text.length > MAX_HEADER_CHARS ? text.slice(0, MAX_HEADER_CHARS) : text;
  const spaced = foldWord(cut.normalize("NFC"))
    .replace(/[\s\u00a0\u202f\u2009]+/g, " ")
    .replace(/ ?\/ ?/g, "/");
  return trimSpaces(trimEndWhere(spaced, HEADER_END));
}
const HEADER_END = charsIn(":*");
const CORE_END = charsIn(".,;:");

/** The first year (1900–2099) a header mentions, or null. */
export function headerYear(text: string): number | null {
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(text);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** Years, periods and parenthesised notes out: "ke hoach nam 2021 (ty dong)" → "ke hoach". */
function core(folded: string): string {
  const cleaned = folded
    .replace(/\([^)]*\)/g, " ")
    .replace(/%/g, " ")
    // The period a column covers, before the years: "quý I/2021", "6 tháng đầu năm 2021" (whose
    // "năm 2021" would otherwise go with the year and leave "đầu" behind), "Q1".
    .replace(/\b(?:3|6|9|ba|sau|chin) thang(?: dau nam| dau| dau ky)?\b/g, " ")
    .replace(
      /\bquy (?:iv|iii|ii|i|[1-4])\b|\bq[1-4]\b|\b(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter\b/g,
      " ",
    )
    // Before the years: "cả năm 2020" must not leave its "cả" behind, nor "Mục tiêu đến năm 2025"
    // its "đến", nor "Thực hiện các năm 2021" its "các".
    .replace(/\b(?:ca nam|nhiem ky|full year)\b/g, " ")
    .replace(/\b(?:den|toi|by) (?:nam |year )?(?:19|20)\d{2}\b/g, " ")
    .replace(/\b(?:cac|tung) nam\b/g, " ")
    .replace(/\b(?:nam|year)?\s*(?:19|20)\d{2}(?:\s*-\s*(?:19|20)\d{2})?\b/g, " ")
    .replace(/\b(?:3|6|9|three|six|nine) months?\b/g, " ")
    .replace(/\b(?:ca nam|nhiem ky|full year)\b/g, " ")
    // The slash of "quý I/2021" or "6 tháng/2021", left alone once both sides are gone.
    .replace(/(^|\s)\/+(?=\s|$)/g, " ");
  // "Kế hoạch năm", "KH năm" (the annual plan of a 6- or 9-month review) name no year: the word goes too.
  return trimEndWhere(cleaned, CORE_END)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(.+?) nam$/, "$1");
}

function lookUp(key: string, candidates: readonly ColumnKey[]): ColumnKey | null {
  return candidates.find((c) => HEADER_ALIASES[c].includes(key)) ?? null;
}

/** The actual named before a base: "th/kh", "th so voi ck", "uoc th/kh", "thuc hien so voi ke hoach". */
const ACTUAL_OVER =
  /^(?:ty le |ti le )?(?:uoc )?(?:th|thuc hien|actual)(?:\/| so voi | so | vs\.? | over )(.+)$/;

/** "So sánh (%)", "Tỷ lệ %", "Comparison (%)": a parent whose children are percentages. */
function isComparisonParent(above: string): boolean {
  const f = foldHeader(above);
  return /^(so sanh|ty le|ti le|comparison|compared|percent)/.test(f) || /^%/.test(f);
}

/** A header's column, or null when it is not one we know. */
export function matchHeader(text: string, context: HeaderContext = {}): ColumnKey | null {
  const folded = foldHeader(text);
  if (folded === "") return null;
  const above = context.above ?? context.parent;
  const key = core(folded);

  // Our computed columns first: "% KH" must not be read as the plan, "Tăng/giảm so CK" not as CK.
  if (/^(tang\/giam|tang giam|tang \(giam\)|change\b)/.test(folded)) return "changePct";
  if (/^(chenh lech|difference\b)/.test(folded)) return "diffPoints";
  if (/^(danh gia|ket qua danh gia|xep loai|verdict|assessment)\b/.test(folded)) return "verdict";
  // "% KH" is ours; "Kế hoạch (%)" is a plan whose unit is %.
  const percent = folded.replace(/\([^)]*\)/g, "").includes("%") || /^(ty le|ti le)\b/.test(folded);
  const underComparison = above !== undefined && isComparisonParent(above);
  // "So cùng kỳ (%)", "So sánh với KH": a comparison whatever its "%" (a unit in brackets elsewhere).
  const comparison = /^so (sanh |voi )/.test(key) || /^so (kh|ck|ke hoach|cung ky)$/.test(key);
  // "TH/KH", "TH/CK", "TH so KH", "TH so với KH (%)", "Ước TH/KH": the actual over a base is a
  // comparison column whatever its parent says; its base names which one.
  const over = ACTUAL_OVER.exec(key);
  if (over?.[1] !== undefined) {
    const pct = lookUp(over[1], PERCENT_KEYS);
    if (pct !== null) return pct;
  }
  if (percent || underComparison || comparison) {
    const pct = lookUp(key.replace(/^(ty le|ti le)\s*/, "").replace(/^so sanh\b/, "so"), PERCENT_KEYS);
    if (pct !== null) return pct;
  }

  const input = lookUp(key, INPUT_KEYS);
  if (input !== "actual" && input !== "prior") return input;
  // "Thực hiện năm 2020" in a table about 2021 is the prior year's actual.
  const year = headerYear(folded) ?? (above === undefined ? null : headerYear(above));
  const reported = context.year ?? context.reportYear ?? null;
  if (context.period !== undefined && isPartial(context.period)) {
    const special = periodColumn(folded, above, input, year, reported);
    if (special !== null) return special;
  }
  if (input === "prior") return input;
  return year !== null && reported !== null && year < reported ? "prior" : "actual";
}

/** "Ước TH", "Ước thực hiện năm 2021", "Estimate": the actual is an estimate. */
export function isEstimateHeader(text: string): boolean {
  return /^(uoc|estimate)/.test(foldHeader(text));
}

/** A header of a term table: the base year, one year of the term, or one of our term columns. */
export type TermHeader =
  | { role: "base"; year: number }
  | { role: "year"; year: number; estimate: boolean }
  | { role: "computed"; column: TermComputedColumn };

/** Folded headers of our term columns (vi and en), as term.ts writes them. */
export const TERM_HEADER_FORMS: Record<TermComputedColumn, readonly string[]> = {
  termToDate: ["dat duoc den nay", "achieved so far"],
  termNeeded: ["can moi nam con lai", "needed a year", "needed per year left"],
  termProjected: ["du kien cuoi nhiem ky", "projected at the term's end", "projected at term end"],
};

const YEAR_WORDS =
  /^(?:thuc hien|th|uoc th|uoc thuc hien|uoc|ket qua thuc hien|ket qua|so thuc hien|actual|estimate)$/;

/**
 * "Năm 2020 (gốc)", "Thực hiện 2021", "TH 2022", "Ước 2023", or a bare "2021" / "Năm 2021" under
 * "Thực hiện các năm": the base and the years of a term table. Null for any other header.
 */
export function termHeaderOf(text: string, above?: string): TermHeader | null {
  const folded = foldHeader(text);
  if (folded === "") return null;
  for (const [column, forms] of Object.entries(TERM_HEADER_FORMS) as [
    TermComputedColumn,
    readonly string[],
  ][])
    if (forms.some((f) => folded.startsWith(f))) return { role: "computed", column };
  const parent = above === undefined ? "" : foldHeader(above);
  const year = headerYear(folded) ?? (parent === "" ? null : headerYear(parent));
  if (year === null) return null;
  if (/\b(goc|base|baseline|xuat phat)\b/.test(folded)) return { role: "base", year };
  const words = (t: string): string =>
    t
      .replace(/\([^)]*\)/g, " ")
      .replace(/\b(?:nam|year)?\s*(?:19|20)\d{2}\b/g, " ")
      .replace(/\b(?:cac|tung) nam\b/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const own = words(folded);
  const from = own === "" ? words(parent) : own;
  if (!YEAR_WORDS.test(from)) return null;
  return { role: "year", year, estimate: /^(uoc|estimate)/.test(from) };
}

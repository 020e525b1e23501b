/** Word matching for rules: names compared case- and diacritic-insensitively, units and hints. */
import type { CellValue } from "../model";
import { foldLatin, remember } from "../numbers";
import { charsIn, trimEndWhere } from "../trim";

/** An empty cell, or one holding only spaces. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** "Doanh nghiệp  MỚI" → "doanh nghiep moi": the key under which two names count as the same. */
export function foldText(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    folded = foldName(text);
    remember(FOLDED, text, folded);
  }
  return folded;
}

/**
 * foldText without remembering the text: for indicator names, each of which a table has once,
 * so that a cache of them would only fill and empty (duplicate names are found by the fold).
 */
export function foldName(text: string): string {
  // foldLatin gives the same letters for the Latin text it accepts, without normalizing it all.
  const letters =
    foldLatin(text) ?? text.normalize("NFD").replace(COMBINING, "").replace(D_BAR, "d").toLowerCase();
  return isTidy(letters) ? letters : trimEndWhere(letters, END_PUNCTUATION).replace(SPACES, " ").trim();
}

/** No trailing punctuation, no space at either end, no run of spaces, no other white space. */
function isTidy(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  let previous = 0x20;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (previous === 0x20) return false;
    } else if (c < 0x21 || c > 0x7e) return false; // other white space, or not ASCII: the general way
    previous = c;
  }
  return previous !== 0x20 && !TRAILING_MARK.has(previous);
}
const TRAILING_MARK = new Set([...".,;:!?"].map((c) => c.charCodeAt(0)));

const COMBINING = /[\u0300-\u036f]/g;
const D_BAR = /[đĐ]/g;
const END_PUNCTUATION = charsIn(".,;:!?…");
const SPACES = /\s+/g;
/** Units and kinds repeat on every row of a sheet: each distinct text is folded once. */
const FOLDED = new Map<string, string>();

/** A test on a unit or name, remembered per distinct text. */
function memo(test: (text: string) => boolean): (text: string) => boolean {
  const known = new Map<string, boolean>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = test(text);
      remember(known, text, value);
    }
    return value;
  };
}

/** Units that count whole things (folded). A figure in one of these is a non-negative integer. */
const COUNT_UNITS: readonly string[] = [
  "nguoi",
  "lao dong",
  "ho",
  "doanh nghiep",
  "xa",
  "phuong",
  "thi tran",
  "ap",
  "khu pho",
  "to dan pho",
  "cong trinh",
  "truong",
  "du an",
  "dang vien",
  "chi bo",
  "to chuc",
  "co so",
  "hop tac xa",
  "vu",
  "vu viec",
  "luot",
  "luot nguoi",
  "hoc sinh",
  "sinh vien",
  "giuong",
  "bac si",
  "can",
  "can nha",
  "nha",
  "chiec",
  "cai",
  "con",
  "don vi",
  "ho so",
  "the",
  "lop",
  "tram",
  "cuoc",
  "buoi",
  "van ban",
  "sang kien",
  "san pham",
  "cho",
  "person",
  "people",
  "persons",
  "worker",
  "workers",
  "household",
  "households",
  "firm",
  "firms",
  "enterprise",
  "enterprises",
  "commune",
  "communes",
  "project",
  "projects",
  "school",
  "schools",
  "case",
  "cases",
  "member",
  "members",
];

/** True for "người", "hộ", "Doanh nghiệp", "hộ gia đình" (a count word followed by more words). */
export const isCountUnit: (unit: string) => boolean = memo((unit) => {
  const folded = foldText(unit);
  if (folded === "") return false;
  return COUNT_UNITS.some((word) => folded === word || folded.startsWith(`${word} `));
});

/** Unit "%" (or "% dân số"…), but not "điểm %", which is a difference and may be negative. */
export const isPercentUnit: (unit: string) => boolean = memo((unit) => {
  const folded = foldText(unit);
  return folded.startsWith("%") || folded === "phan tram" || folded === "percent";
});

export const isPointsUnit: (unit: string) => boolean = memo((unit) => {
  const folded = foldText(unit);
  return folded.startsWith("diem %") || folded.startsWith("diem phan tram") || folded.includes("point");
});

/** The vocabulary lives in direction.ts, with the inference that uses it. */
export { hintsLowerIsBetter } from "../direction";

/** "Tốc độ tăng trưởng GRDP", "Tăng trưởng xuất khẩu", "growth": a rate of change, may be below 0. */
export function namesGrowth(name: string): boolean {
  return GROWTH.test(foldText(name));
}
const GROWTH = /\b(tang truong|toc do tang|growth)\b/;

/** Word matching for rules: names compared case- and diacritic-insensitively, units and hints. */
import type { CellValue } from "../model";

/** An empty cell, or one holding only spaces. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** "Doanh nghiệp  MỚI" → "doanh nghiep moi": the key under which two names count as the same. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[.,;:!?…]+$/u, "")
    .replace(/\s+/g, " ")
    .trim();
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
export function isCountUnit(unit: string): boolean {
  const folded = foldText(unit);
  if (folded === "") return false;
  return COUNT_UNITS.some((word) => folded === word || folded.startsWith(`${word} `));
}

/** Unit "%" (or "% dân số"…), but not "điểm %", which is a difference and may be negative. */
export function isPercentUnit(unit: string): boolean {
  const folded = foldText(unit);
  return folded.startsWith("%") || folded === "phan tram" || folded === "percent";
}

export function isPointsUnit(unit: string): boolean {
  const folded = foldText(unit);
  return folded.startsWith("diem %") || folded.startsWith("diem phan tram") || folded.includes("point");
}

/**
 * Words that, in an indicator's name, suggest lower is better (accidents, poverty…). Matched with
 * diacritics kept, since folding merges words ("cháy" fire, "chạy" run). Not "giảm": "Giảm tỷ lệ
 * hộ nghèo" counts the reduction, where more is better.
 */
const LOWER_IS_BETTER_HINTS: readonly string[] = [
  "tai nạn",
  "nghèo",
  "vi phạm",
  "kỷ luật",
  "tội phạm",
  "ô nhiễm",
  "thất nghiệp",
  "tử vong",
  "suy dinh dưỡng",
  "ma túy",
  "ma tuý",
  "khiếu nại",
  "tố cáo",
  "nợ xấu",
  "thua lỗ",
  "trộm cắp",
  "tham nhũng",
  "bỏ học",
  "lấn chiếm",
  "cháy",
  "accident",
  "poverty",
  "poor",
  "crime",
  "violation",
  "disciplin",
  "unemploy",
  "death",
  "pollution",
  "reduce",
  "decrease",
];

/** Names that carry a hint word but count a good thing: households that left poverty, prevention work. */
const HIGHER_IS_BETTER_PHRASES: readonly string[] = [
  "thoát nghèo",
  "giảm nghèo",
  "phòng chống",
  "phòng, chống",
  "out of poverty",
  "poverty reduction",
  "prevention",
];

export function hintsLowerIsBetter(name: string): boolean {
  const lower = name.normalize("NFC").toLowerCase();
  if (HIGHER_IS_BETTER_PHRASES.some((phrase) => lower.includes(phrase))) return false;
  return LOWER_IS_BETTER_HINTS.some((hint) => lower.includes(hint));
}

/** "Tốc độ tăng trưởng GRDP", "Tăng trưởng xuất khẩu", "growth": a rate of change, may be below 0. */
export function namesGrowth(name: string): boolean {
  const folded = foldText(name);
  return /\b(tang truong|toc do tang|growth)\b/.test(folded);
}
